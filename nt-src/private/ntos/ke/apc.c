/*++

Module Name:

    apc.c

Abstract:

    Asynchronous procedure calls. Each thread has a kernel and a user APC queue (KAPC_STATE); special kernel
    APCs (no NormalRoutine) queue ahead of normal ones, in the order they came. A kernel APC is delivered by
    KiDeliverApc, the HAL's APC_LEVEL software interrupt, in its thread's context once that thread runs below
    APC_LEVEL: queued to the running thread, it asks for the interrupt; queued to a thread that waits at
    PASSIVE_LEVEL, it ends the wait with STATUS_KERNEL_APC, and the wait routine lets the APC run and waits
    again; a thread switched in with kernel APCs pending asks for the interrupt too. A special APC's
    KernelRoutine runs at APC_LEVEL; a normal one's KernelRoutine runs at APC_LEVEL and then its NormalRoutine
    at PASSIVE_LEVEL, one at a time, and not inside a critical region (KeEnterCriticalRegion). A guarded region
    (KeEnterGuardedRegion) holds off every kernel APC. User APCs wait for a return to user mode, which does not
    exist yet: one queued to a thread in an alertable user-mode wait ends it with STATUS_USER_APC, and the wait
    routine delivers the thread's user APCs before it returns (KiDeliverUserApcs), where a return to user mode
    would have (the DDK's "Waits and APCs": an alertable user-mode wait is interrupted and the APC delivered).

--*/

#include <ke.h>

#define APC_OBJECT_TYPE 18

VOID
KiInitializeApcState(
    IN PKTHREAD Thread
    )
{
    InitializeListHead(&Thread->ApcState.ApcListHead[KernelMode]);
    InitializeListHead(&Thread->ApcState.ApcListHead[UserMode]);
    Thread->ApcQueueable = TRUE;
}

VOID
NTAPI
KeInitializeApc(
    OUT PRKAPC Apc,
    IN PRKTHREAD Thread,
    IN KAPC_ENVIRONMENT Environment,
    IN PKKERNEL_ROUTINE KernelRoutine,
    IN PKRUNDOWN_ROUTINE RundownRoutine OPTIONAL,
    IN PKNORMAL_ROUTINE NormalRoutine OPTIONAL,
    IN KPROCESSOR_MODE ApcMode OPTIONAL,
    IN PVOID NormalContext OPTIONAL
    )

/*++

Routine Description:

    Initialises an APC for Thread. Without a NormalRoutine it is a special kernel APC, whatever ApcMode and
    NormalContext say. There is one APC environment until processes can be attached to: every environment is
    the thread's own.

--*/

{
    Apc->Type = APC_OBJECT_TYPE;
    Apc->Size = sizeof(KAPC);
    Apc->Spare0 = 0;
    Apc->Thread = Thread;
    Apc->ApcStateIndex = (CCHAR)(Environment == InsertApcEnvironment ? OriginalApcEnvironment : Environment);
    Apc->KernelRoutine = KernelRoutine;
    Apc->RundownRoutine = RundownRoutine;
    Apc->NormalRoutine = NormalRoutine;
    if (NormalRoutine != NULL) {
        Apc->ApcMode = ApcMode;
        Apc->NormalContext = NormalContext;
    } else {
        Apc->ApcMode = KernelMode;
        Apc->NormalContext = NULL;
    }
    Apc->SystemArgument1 = NULL;
    Apc->SystemArgument2 = NULL;
    Apc->Inserted = FALSE;
}

static
BOOLEAN
KiCanInterruptWait(
    IN PKTHREAD Thread,
    IN PKAPC Apc
    )

/*++

Routine Description:

    Whether a kernel APC may end Thread's wait to run: the wait began at PASSIVE_LEVEL, outside a guarded
    region, and for a normal APC outside a critical region with no normal APC in progress.

--*/

{
    if (Thread->State != Waiting || Thread->WaitIrql != PASSIVE_LEVEL || Thread->SpecialApcDisable != 0) {
        return FALSE;
    }
    return (BOOLEAN)(Apc->NormalRoutine == NULL ||
                     (Thread->KernelApcDisable == 0 && !Thread->ApcState.KernelApcInProgress));
}

BOOLEAN
NTAPI
KeInsertQueueApc(
    IN PRKAPC Apc,
    IN PVOID SystemArgument1 OPTIONAL,
    IN PVOID SystemArgument2 OPTIONAL,
    IN KPRIORITY Increment
    )

/*++

Routine Description:

    Queues an APC to its thread, at DISPATCH_LEVEL or below. A thread whose wait the APC ends gets Increment
    added to its priority.

Return Value:

    TRUE when queued; FALSE when the APC is queued already or its thread is ending.

--*/

{
    KIRQL OldIrql;
    PKTHREAD Thread = Apc->Thread;
    PLIST_ENTRY ListHead;
    PLIST_ENTRY Entry;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    if (Apc->Inserted || !Thread->ApcQueueable) {
        KeLowerIrql(OldIrql);
        return FALSE;
    }
    Apc->SystemArgument1 = SystemArgument1;
    Apc->SystemArgument2 = SystemArgument2;
    Apc->Inserted = TRUE;
    ListHead = &Thread->ApcState.ApcListHead[Apc->ApcMode];

    //
    // A special APC goes after the special APCs already queued and ahead of every normal one.
    //

    if (Apc->ApcMode == KernelMode && Apc->NormalRoutine == NULL) {
        Entry = ListHead->Flink;
        while (Entry != ListHead && CONTAINING_RECORD(Entry, KAPC, ApcListEntry)->NormalRoutine == NULL) {
            Entry = Entry->Flink;
        }
        InsertTailList(Entry, &Apc->ApcListEntry);
    } else {
        InsertTailList(ListHead, &Apc->ApcListEntry);
    }

    if (Apc->ApcMode == KernelMode) {
        Thread->ApcState.KernelApcPending = TRUE;
        if (Thread == KeGetCurrentThread()) {
            HalRequestSoftwareInterrupt(APC_LEVEL);
        } else if (KiCanInterruptWait(Thread, Apc)) {
            KiUnwaitThreadEx(Thread, STATUS_KERNEL_APC, Increment);
        }
    } else if (Thread->State == Waiting && Thread->WaitMode == UserMode && Thread->Alertable &&
               Thread->KernelApcDisable == 0 && Thread->SpecialApcDisable == 0) {
        Thread->ApcState.UserApcPending = TRUE;
        KiUnwaitThreadEx(Thread, STATUS_USER_APC, Increment);
    }
    KeLowerIrql(OldIrql);
    return TRUE;
}

BOOLEAN
NTAPI
KeRemoveQueueApc(
    IN PKAPC Apc
    )

/*++

Return Value:

    TRUE when the APC was queued (it will not run); FALSE when it was not.

--*/

{
    KIRQL OldIrql;
    BOOLEAN Inserted;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Inserted = Apc->Inserted;
    if (Inserted) {
        RemoveEntryList(&Apc->ApcListEntry);
        Apc->Inserted = FALSE;
    }
    KeLowerIrql(OldIrql);
    return Inserted;
}

VOID
NTAPI
KiDeliverApc(
    VOID
    )

/*++

Routine Description:

    The APC_LEVEL software interrupt: runs the current thread's deliverable kernel APCs in queue order, each
    taken off the queue before its routines run (so it may be queued again). It stops at a normal APC inside a
    critical region or while another normal APC's NormalRoutine runs; KeLeaveCriticalRegion and the end of
    that routine's delivery ask again. User APCs are left for the return to user mode.

--*/

{
    PKTHREAD Thread = KeGetCurrentThread();
    PLIST_ENTRY ListHead = &Thread->ApcState.ApcListHead[KernelMode];
    PKAPC Apc;
    KIRQL OldIrql;
    PKKERNEL_ROUTINE KernelRoutine;
    PKNORMAL_ROUTINE NormalRoutine;
    PVOID NormalContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;

    if (Thread->SpecialApcDisable != 0) {
        return;
    }
    Thread->ApcState.KernelApcPending = FALSE;
    for (;;) {
        KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
        if (IsListEmpty(ListHead)) {
            KeLowerIrql(OldIrql);
            return;
        }
        Apc = CONTAINING_RECORD(ListHead->Flink, KAPC, ApcListEntry);
        NormalRoutine = Apc->NormalRoutine;
        if (NormalRoutine != NULL && (Thread->KernelApcDisable != 0 || Thread->ApcState.KernelApcInProgress)) {
            KeLowerIrql(OldIrql);
            return;
        }
        RemoveEntryList(&Apc->ApcListEntry);
        Apc->Inserted = FALSE;
        KernelRoutine = Apc->KernelRoutine;
        NormalContext = Apc->NormalContext;
        SystemArgument1 = Apc->SystemArgument1;
        SystemArgument2 = Apc->SystemArgument2;
        KeLowerIrql(OldIrql);

        //
        // The kernel routine may change what the normal routine gets, or cancel it (the APC may be freed by
        // then: only the copies are used).
        //

        KernelRoutine(Apc, &NormalRoutine, &NormalContext, &SystemArgument1, &SystemArgument2);
        if (NormalRoutine != NULL) {
            Thread->ApcState.KernelApcInProgress = TRUE;
            KeLowerIrql(PASSIVE_LEVEL);
            NormalRoutine(NormalContext, SystemArgument1, SystemArgument2);
            KeRaiseIrql(APC_LEVEL, &OldIrql);
            Thread->ApcState.KernelApcInProgress = FALSE;
        }
    }
}

VOID
KiDeliverUserApcs(
    IN PKTHREAD Thread
    )

/*++

Routine Description:

    At PASSIVE_LEVEL, for the current thread whose alertable user-mode wait ended with STATUS_USER_APC: runs
    its user APCs in queue order, each taken off the queue first, its KernelRoutine at APC_LEVEL and then its
    NormalRoutine at PASSIVE_LEVEL. Nothing runs while the thread's kernel APCs are disabled (the DDK: user
    APC delivery is disabled with them; such a wait is not ended by them either); the APCs stay queued.

--*/

{
    PLIST_ENTRY ListHead = &Thread->ApcState.ApcListHead[UserMode];
    PKAPC Apc;
    KIRQL OldIrql;
    PKKERNEL_ROUTINE KernelRoutine;
    PKNORMAL_ROUTINE NormalRoutine;
    PVOID NormalContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;

    ASSERT(KeGetCurrentIrql() == PASSIVE_LEVEL);

    if (Thread->KernelApcDisable != 0 || Thread->SpecialApcDisable != 0) {
        return;
    }
    for (;;) {
        KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
        if (IsListEmpty(ListHead)) {
            Thread->ApcState.UserApcPending = FALSE;
            KeLowerIrql(OldIrql);
            return;
        }
        Apc = CONTAINING_RECORD(RemoveHeadList(ListHead), KAPC, ApcListEntry);
        Apc->Inserted = FALSE;
        KernelRoutine = Apc->KernelRoutine;
        NormalRoutine = Apc->NormalRoutine;
        NormalContext = Apc->NormalContext;
        SystemArgument1 = Apc->SystemArgument1;
        SystemArgument2 = Apc->SystemArgument2;
        KeLowerIrql(APC_LEVEL);
        KernelRoutine(Apc, &NormalRoutine, &NormalContext, &SystemArgument1, &SystemArgument2);
        KeLowerIrql(PASSIVE_LEVEL);
        if (NormalRoutine != NULL) {
            NormalRoutine(NormalContext, SystemArgument1, SystemArgument2);
        }
    }
}

VOID
KiCheckForKernelApcDelivery(
    IN PKTHREAD Thread
    )

/*++

Routine Description:

    After a region ends (or a mutex that made one is released): asks for the APC interrupt if kernel APCs wait
    in the queue and none is held off.

--*/

{
    if (Thread->KernelApcDisable == 0 && Thread->SpecialApcDisable == 0 &&
        !IsListEmpty(&Thread->ApcState.ApcListHead[KernelMode])) {
        Thread->ApcState.KernelApcPending = TRUE;
        HalRequestSoftwareInterrupt(APC_LEVEL);
    }
}

VOID
NTAPI
KeEnterCriticalRegion(
    VOID
    )

/*++

Routine Description:

    Holds off the calling thread's normal kernel APCs (and user APCs) until the matching KeLeaveCriticalRegion;
    regions nest.

--*/

{
    PKTHREAD Thread = KeGetCurrentThread();

    Thread->KernelApcDisable -= 1;
}

VOID
NTAPI
KeLeaveCriticalRegion(
    VOID
    )

/*++

Routine Description:

    Ends a critical region; leaving the outermost one delivers the normal kernel APCs it held off. A leave
    without its enter is a bug check (APC_INDEX_MISMATCH).

--*/

{
    PKTHREAD Thread = KeGetCurrentThread();

    if (Thread->KernelApcDisable >= 0) {
        KeBugCheckEx(APC_INDEX_MISMATCH, (ULONG_PTR)Thread, 0, (ULONG_PTR)Thread->KernelApcDisable, 0);
    }
    Thread->KernelApcDisable += 1;
    KiCheckForKernelApcDelivery(Thread);
}

VOID
NTAPI
KeEnterGuardedRegion(
    VOID
    )

/*++

Routine Description:

    Holds off every kernel APC of the calling thread, special ones included, until the matching
    KeLeaveGuardedRegion; regions nest.

--*/

{
    PKTHREAD Thread = KeGetCurrentThread();

    Thread->SpecialApcDisable -= 1;
}

VOID
NTAPI
KeLeaveGuardedRegion(
    VOID
    )
{
    PKTHREAD Thread = KeGetCurrentThread();

    if (Thread->SpecialApcDisable >= 0) {
        KeBugCheckEx(APC_INDEX_MISMATCH, (ULONG_PTR)Thread, 0, (ULONG_PTR)Thread->SpecialApcDisable, 1);
    }
    Thread->SpecialApcDisable += 1;
    KiCheckForKernelApcDelivery(Thread);
}

BOOLEAN
NTAPI
KeAreApcsDisabled(
    VOID
    )

/*++

Return Value:

    TRUE inside a critical or a guarded region (normal kernel APCs are held off).

--*/

{
    PKTHREAD Thread = KeGetCurrentThread();

    return (BOOLEAN)(Thread->KernelApcDisable != 0 || Thread->SpecialApcDisable != 0);
}

BOOLEAN
NTAPI
KeAreAllApcsDisabled(
    VOID
    )

/*++

Return Value:

    TRUE inside a guarded region or at APC_LEVEL or above (special kernel APCs are held off too).

--*/

{
    return (BOOLEAN)(KeGetCurrentThread()->SpecialApcDisable != 0 || KeGetCurrentIrql() >= APC_LEVEL);
}

VOID
KiRundownApcs(
    IN PKTHREAD Thread
    )

/*++

Routine Description:

    At PASSIVE_LEVEL, for the calling thread as it ends: it takes no more APCs; the user APCs still queued
    never run, and each one's RundownRoutine is called instead (one without is freed to pool). A thread that
    ends inside a critical or guarded region of its own (the mutexes it still holds are abandoned next), or
    with a kernel APC it never let run, is a bug check (KERNEL_APC_PENDING_DURING_EXIT).

--*/

{
    KIRQL OldIrql;
    PKAPC Apc;
    PLIST_ENTRY UserList = &Thread->ApcState.ApcListHead[UserMode];
    PLIST_ENTRY KernelList = &Thread->ApcState.ApcListHead[KernelMode];
    PLIST_ENTRY Entry;
    LONG Disable;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Thread->ApcQueueable = FALSE;
    Disable = Thread->KernelApcDisable;
    for (Entry = Thread->MutantListHead.Flink; Entry != &Thread->MutantListHead; Entry = Entry->Flink) {
        Disable += CONTAINING_RECORD(Entry, KMUTANT, MutantListEntry)->ApcDisable;
    }
    if (Disable != 0 || Thread->SpecialApcDisable != 0 || !IsListEmpty(KernelList)) {
        KeBugCheckEx(KERNEL_APC_PENDING_DURING_EXIT,
                     IsListEmpty(KernelList) ? 0 : (ULONG_PTR)CONTAINING_RECORD(KernelList->Flink, KAPC, ApcListEntry),
                     (ULONG_PTR)Disable,
                     OldIrql,
                     0);
    }
    while (!IsListEmpty(UserList)) {
        Apc = CONTAINING_RECORD(RemoveHeadList(UserList), KAPC, ApcListEntry);
        Apc->Inserted = FALSE;
        KeLowerIrql(OldIrql);
        if (Apc->RundownRoutine != NULL) {
            Apc->RundownRoutine(Apc);
        } else {
            ExFreePool(Apc);
        }
        KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    }
    Thread->ApcState.UserApcPending = FALSE;
    KeLowerIrql(OldIrql);
}
