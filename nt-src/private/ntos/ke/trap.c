/*++

Module Name:

    trap.c

Abstract:

    The page-fault trap. The machine delivers #PF synchronously at the faulting access and retries the access
    when the handler returns, so a fault Mm resolves is invisible to the code that took it. A fault Mm cannot
    resolve is a bug check for a system address (PAGE_FAULT_IN_NONPAGED_AREA: no kernel code may touch invalid
    system space) and an access violation raised at the faulting point for any other, which the caller's __try
    sees. A page fault above APC_LEVEL is IRQL_NOT_LESS_OR_EQUAL whatever the address: such code may touch only
    memory that is resident, and must not wait for a page.

--*/

#include <ntos.h>
#include <machine.h>
#include <excpt.h>

#define PF_WRITE 0x2

VOID
KiPageFault(
    IN MACHINE_TRAP_FRAME *Frame
    )
{
    PVOID Address = (PVOID)__readcr2();
    KIRQL Irql = KeGetCurrentIrql();
    ULONG Write = (Frame->ErrorCode & PF_WRITE) != 0;
    ULONG_PTR Information[2];

    if (Irql > APC_LEVEL) {
        KeBugCheckEx(IRQL_NOT_LESS_OR_EQUAL, (ULONG_PTR)Address, Irql, Write, Frame->Eip);
    }
    if (NT_SUCCESS(MmAccessFault(Frame->ErrorCode, Address, KernelMode, Frame))) {
        return;
    }
    if ((ULONG_PTR)Address >= (ULONG_PTR)MM_SYSTEM_RANGE_START) {
        KeBugCheckEx(PAGE_FAULT_IN_NONPAGED_AREA, (ULONG_PTR)Address, Write, Frame->Eip, 0);
    }

    //
    // The exception record of an access violation says whether it was a write and where.
    //

    Information[0] = Write;
    Information[1] = (ULONG_PTR)Address;
    RaiseException((ULONG)STATUS_ACCESS_VIOLATION, 0, 2, Information);
}
