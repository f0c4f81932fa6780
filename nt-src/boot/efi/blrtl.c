/*++

Module Name:

    blrtl.c

Abstract:

    The loader's run-time routines: it links no C run-time library and imports from no image.

--*/

#include "bl.h"

VOID
BlCopyMemory(
    OUT PVOID Destination,
    IN CONST VOID *Source,
    IN ULONG Length
    )
{
    PUCHAR To = (PUCHAR)Destination;
    CONST UCHAR *From = (CONST UCHAR *)Source;

    while (Length-- != 0) {
        *To++ = *From++;
    }
}

VOID
BlZeroMemory(
    OUT PVOID Destination,
    IN ULONG Length
    )
{
    PUCHAR To = (PUCHAR)Destination;

    while (Length-- != 0) {
        *To++ = 0;
    }
}
