/*++

Module Name:

    cancel.c

Abstract:

    Cancelling IRPs. A driver that holds an IRP for a while sets a cancel routine on it (IoSetCancelRoutine)
    and clears it again before completing the IRP. IoCancelIrp marks the IRP cancelled and, if a cancel
    routine is set, takes it off the IRP and calls it at DISPATCH_LEVEL with the cancel spin lock held: the
    routine releases the lock (IoReleaseCancelSpinLock with Irp->CancelIrql) and completes the IRP with
    STATUS_CANCELLED.

--*/

#include <io.h>

VOID
NTAPI
IoAcquireCancelSpinLock(
    OUT PKIRQL Irql
    )

/*++

Routine Description:

    Acquires the cancel spin lock (raising the IRQL to DISPATCH_LEVEL); *Irql receives the IRQL to return to.

--*/

{
    KeAcquireSpinLock(&IopCancelSpinLock, Irql);
}

VOID
NTAPI
IoReleaseCancelSpinLock(
    IN KIRQL Irql
    )
{
    KeReleaseSpinLock(&IopCancelSpinLock, Irql);
}

BOOLEAN
NTAPI
IoCancelIrp(
    IN PIRP Irp
    )

/*++

Routine Description:

    Marks an IRP cancelled (Irp->Cancel) and calls its cancel routine, if it has one, with the cancel spin
    lock held at DISPATCH_LEVEL (the IRQL to restore in Irp->CancelIrql) and the routine already taken off
    the IRP, so it runs once. Callable at DISPATCH_LEVEL or below. Cancelling an IRP that has completed
    already is CANCEL_STATE_IN_COMPLETED_IRP.

Return Value:

    TRUE when a cancel routine was called; FALSE when the IRP had none (it stays marked cancelled, for the
    driver to see).

--*/

{
    PDRIVER_CANCEL CancelRoutine;
    KIRQL Irql;

    ASSERT(KeGetCurrentIrql() <= DISPATCH_LEVEL);

    IoAcquireCancelSpinLock(&Irql);
    Irp->Cancel = TRUE;
    CancelRoutine = IoSetCancelRoutine(Irp, NULL);
    if (CancelRoutine == NULL) {
        IoReleaseCancelSpinLock(Irql);
        return FALSE;
    }
    if (Irp->CurrentLocation > Irp->StackCount + 1) {
        KeBugCheckEx(CANCEL_STATE_IN_COMPLETED_IRP, (ULONG_PTR)Irp, (ULONG_PTR)CancelRoutine, 0, 0);
    }
    Irp->CancelIrql = Irql;
    CancelRoutine(IoGetCurrentIrpStackLocation(Irp)->DeviceObject, Irp);
    return TRUE;
}

//
// How long a thread that ends waits for its cancelled requests to complete (NT waits minutes; this kernel's
// drivers complete a cancelled request at once, so a request still there after this never will be).
//

#define IOP_THREAD_IO_WAIT_STEPS 50
#define IOP_THREAD_IO_WAIT_STEP_MS 10

VOID
IoCancelThreadIo(
    IN PETHREAD Thread
    )

/*++

Routine Description:

    Called by a thread that is ending, at PASSIVE_LEVEL: cancels every request it still has in progress and
    waits for their completions (APCs to this thread). A request that does not complete in time is
    disassociated from the thread: when it completes, nothing is written to the ended thread's status block,
    event or buffer, and the IRP is just freed.

--*/

{
    LARGE_INTEGER Interval;
    PLIST_ENTRY Link;
    KIRQL OldIrql;
    ULONG Step;
    PIRP Irp;

    PAGED_CODE();
    ASSERT(Thread == PsGetCurrentThread());

    KeRaiseIrql(APC_LEVEL, &OldIrql);
    for (Link = Thread->IrpList.Flink; Link != &Thread->IrpList; Link = Link->Flink) {
        IoCancelIrp(CONTAINING_RECORD(Link, IRP, ThreadListEntry));
    }
    KeLowerIrql(OldIrql);

    Interval.QuadPart = -(LONGLONG)IOP_THREAD_IO_WAIT_STEP_MS * 10000;
    for (Step = 0; Step < IOP_THREAD_IO_WAIT_STEPS && !IsListEmpty(&Thread->IrpList); Step += 1) {
        KeDelayExecutionThread(KernelMode, FALSE, &Interval);
    }

    KeRaiseIrql(APC_LEVEL, &OldIrql);
    while (!IsListEmpty(&Thread->IrpList)) {
        Irp = CONTAINING_RECORD(RemoveHeadList(&Thread->IrpList), IRP, ThreadListEntry);
        InitializeListHead(&Irp->ThreadListEntry);
        DbgPrint("IO: IRP 0x%p of an ending thread did not complete when cancelled: disassociated\n", Irp);
        Irp->Tail.Overlay.Thread = NULL;
        Irp->UserIosb = NULL;
        Irp->UserEvent = NULL;
        Irp->UserBuffer = NULL;
        Irp->Overlay.AsynchronousParameters.UserApcRoutine = NULL;
        Irp->Flags &= ~IRP_INPUT_OPERATION;
    }
    KeLowerIrql(OldIrql);
}
