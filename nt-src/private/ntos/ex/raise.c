/*++

Module Name:

    raise.c

Abstract:

    ExRaiseStatus: raises a non-continuable exception with the given status, which the nearest __except whose
    filter accepts it handles.

--*/

#include <ntos.h>

VOID
NTAPI
ExRaiseStatus(
    IN NTSTATUS Status
    )
{
    RtlRaiseStatus(Status);
}
