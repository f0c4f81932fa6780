/*++

Module Name:

    fault.c

Abstract:

    The memory manager's part of a page fault: a not-present demand-zero page gets its page; anything else is
    an access violation, which the trap handler turns into a bug check or an exception.

--*/

#include "mi.h"

NTSTATUS
MmAccessFault(
    IN ULONG FaultStatus,
    IN PVOID VirtualAddress,
    IN KPROCESSOR_MODE PreviousMode,
    IN PVOID TrapInformation
    )

/*++

Arguments:

    FaultStatus - The processor's error code: bit 0 set for a protection fault on a present page, bit 1 for a
        write.

Return Value:

    STATUS_SUCCESS when the access can be retried; STATUS_ACCESS_VIOLATION otherwise.

--*/

{
    UNREFERENCED_PARAMETER(PreviousMode);
    UNREFERENCED_PARAMETER(TrapInformation);

    if ((FaultStatus & MM_PTE_VALID) == 0 && MiResolveDemandZero(VirtualAddress)) {
        return STATUS_SUCCESS;
    }
    return STATUS_ACCESS_VIOLATION;
}
