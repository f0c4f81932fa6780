/*++

Module Name:

    bl.h

Abstract:

    What every part of the OS loader shares. The loader is an EFI application that imports from no image, so
    it carries its own small run-time routines (blrtl.c).

--*/

#ifndef _BL_
#define _BL_

#include <ntdef.h>
#include <ntstatus.h>

VOID
BlCopyMemory(
    OUT PVOID Destination,
    IN CONST VOID *Source,
    IN ULONG Length
    );

VOID
BlZeroMemory(
    OUT PVOID Destination,
    IN ULONG Length
    );

#endif // _BL_
