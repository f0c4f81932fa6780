/*++

Module Name:

    dpc.c

Abstract:

    Deferred procedure calls and spin locks. A DPC is queued at any IRQL and runs at DISPATCH_LEVEL once the
    IRQL drops below it: KeInsertQueueDpc requests the HAL's DISPATCH_LEVEL software interrupt, which calls
    KiDispatchInterrupt. High-importance DPCs go to the head of the queue, the rest to its tail. On this
    uniprocessor a spin lock is the IRQL raise plus an owner mark, which catches recursive acquisition.

--*/

#include <ke.h>

#define DPC_OBJECT_TYPE 19

static LIST_ENTRY KiDpcListHead = { &KiDpcListHead, &KiDpcListHead };
static BOOLEAN KiDpcRoutineActive;

BOOLEAN
KiDpcActive(
    VOID
    )
{
    return KiDpcRoutineActive;
}

VOID
NTAPI
KeInitializeDpc(
    OUT PRKDPC Dpc,
    IN PKDEFERRED_ROUTINE DeferredRoutine,
    IN PVOID DeferredContext OPTIONAL
    )
{
    Dpc->Type = DPC_OBJECT_TYPE;
    Dpc->Number = 0;
    Dpc->Importance = MediumImportance;
    Dpc->DeferredRoutine = DeferredRoutine;
    Dpc->DeferredContext = DeferredContext;
    Dpc->SystemArgument1 = NULL;
    Dpc->SystemArgument2 = NULL;
    Dpc->Inserted = FALSE;
}

VOID
NTAPI
KeSetImportanceDpc(
    IN PRKDPC Dpc,
    IN KDPC_IMPORTANCE Importance
    )
{
    Dpc->Importance = (UCHAR)Importance;
}

BOOLEAN
NTAPI
KeInsertQueueDpc(
    IN PRKDPC Dpc,
    IN PVOID SystemArgument1 OPTIONAL,
    IN PVOID SystemArgument2 OPTIONAL
    )

/*++

Return Value:

    TRUE when the DPC was queued; FALSE when it was in the queue already (its arguments are then unchanged).

--*/

{
    KIRQL OldIrql;

    KeRaiseIrql(HIGH_LEVEL, &OldIrql);
    if (Dpc->Inserted) {
        KeLowerIrql(OldIrql);
        return FALSE;
    }
    Dpc->SystemArgument1 = SystemArgument1;
    Dpc->SystemArgument2 = SystemArgument2;
    Dpc->Inserted = TRUE;
    if (Dpc->Importance == HighImportance) {
        InsertHeadList(&KiDpcListHead, &Dpc->DpcListEntry);
    } else {
        InsertTailList(&KiDpcListHead, &Dpc->DpcListEntry);
    }
    KeLowerIrql(OldIrql);
    HalRequestSoftwareInterrupt(DISPATCH_LEVEL);
    return TRUE;
}

BOOLEAN
NTAPI
KeRemoveQueueDpc(
    IN PRKDPC Dpc
    )

/*++

Return Value:

    TRUE when the DPC was in the queue (it will not run); FALSE when it was not.

--*/

{
    KIRQL OldIrql;
    BOOLEAN Inserted;

    KeRaiseIrql(HIGH_LEVEL, &OldIrql);
    Inserted = Dpc->Inserted;
    if (Inserted) {
        RemoveEntryList(&Dpc->DpcListEntry);
        Dpc->Inserted = FALSE;
    }
    KeLowerIrql(OldIrql);
    return Inserted;
}

VOID
NTAPI
KiDispatchInterrupt(
    VOID
    )

/*++

Routine Description:

    The DISPATCH_LEVEL software interrupt: processes expired timers, then runs the queued DPCs in order, each
    taken off the queue before its routine runs (so it may queue itself again), then lets the scheduler
    preempt the running thread if it should.

--*/

{
    PLIST_ENTRY Entry;
    PKDPC Dpc;
    KIRQL OldIrql;
    PKDEFERRED_ROUTINE Routine;
    PVOID Context;
    PVOID Argument1;
    PVOID Argument2;

    KiExpireTimers();
    for (;;) {
        KeRaiseIrql(HIGH_LEVEL, &OldIrql);
        if (IsListEmpty(&KiDpcListHead)) {
            KeLowerIrql(OldIrql);
            break;
        }
        Entry = RemoveHeadList(&KiDpcListHead);
        Dpc = CONTAINING_RECORD(Entry, KDPC, DpcListEntry);
        Dpc->Inserted = FALSE;
        Routine = Dpc->DeferredRoutine;
        Context = Dpc->DeferredContext;
        Argument1 = Dpc->SystemArgument1;
        Argument2 = Dpc->SystemArgument2;
        KeLowerIrql(OldIrql);
        KiDpcRoutineActive = TRUE;
        Routine(Dpc, Context, Argument1, Argument2);
        KiDpcRoutineActive = FALSE;
    }
    KiDispatchThreads();
}

VOID
NTAPI
KeInitializeSpinLock(
    OUT PKSPIN_LOCK SpinLock
    )
{
    *SpinLock = 0;
}

VOID
NTAPI
KeAcquireSpinLockAtDpcLevel(
    IN PKSPIN_LOCK SpinLock
    )
{
    if (*SpinLock != 0) {
        KeBugCheckEx(SPIN_LOCK_ALREADY_OWNED, (ULONG_PTR)SpinLock, 0, 0, 0);
    }
    *SpinLock = 1;
}

VOID
NTAPI
KeReleaseSpinLockFromDpcLevel(
    IN PKSPIN_LOCK SpinLock
    )
{
    if (*SpinLock == 0) {
        KeBugCheckEx(SPIN_LOCK_NOT_OWNED, (ULONG_PTR)SpinLock, 0, 0, 0);
    }
    *SpinLock = 0;
}

VOID
NTAPI
KeAcquireSpinLock(
    IN PKSPIN_LOCK SpinLock,
    OUT PKIRQL OldIrql
    )
{
    KeRaiseIrql(DISPATCH_LEVEL, OldIrql);
    KeAcquireSpinLockAtDpcLevel(SpinLock);
}

VOID
NTAPI
KeReleaseSpinLock(
    IN PKSPIN_LOCK SpinLock,
    IN KIRQL NewIrql
    )
{
    KeReleaseSpinLockFromDpcLevel(SpinLock);
    KeLowerIrql(NewIrql);
}
