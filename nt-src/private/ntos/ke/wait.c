/*++

Module Name:

    wait.c

Abstract:

    Dispatcher objects and waits. A waiting thread links one wait block per object into the objects' wait
    lists (and its own timer's, when the wait has a timeout). When an object becomes signalled, KiWaitTest
    satisfies the waits it can: a wait for any one object as soon as that object is signalled; a wait for all
    when every object is. Satisfying a wait consumes what the object type says (a synchronization event or
    timer resets, a semaphore's count drops); notification objects stay signalled and release every waiter.
    The signaller's priority increment boosts each thread it wakes (priority.c). A wait may also end without
    its objects: an alert or a user APC ends an alertable one (STATUS_ALERTED, STATUS_USER_APC); a kernel APC
    ends one begun at PASSIVE_LEVEL with STATUS_KERNEL_APC, and the wait routine lets the APC run and waits
    again, for what is left of its timeout.

--*/

#include <ke.h>

#define KI_TIMEOUT_WAIT_KEY ((USHORT)STATUS_TIMEOUT)

static
BOOLEAN
KiIsSignalled(
    IN DISPATCHER_HEADER *Header,
    IN PKTHREAD Thread
    )

/*++

Routine Description:

    Whether a wait by Thread on the object is satisfied now: a mutant also for the thread that owns it
    (acquisition is recursive).

--*/

{
    return (BOOLEAN)(Header->SignalState > 0 || (Header->Type == MUTANT_OBJECT && ((PKMUTANT)Header)->OwnerThread == Thread));
}

static
NTSTATUS
KiConsume(
    IN DISPATCHER_HEADER *Header,
    IN PKTHREAD Thread
    )

/*++

Routine Description:

    Takes what a satisfied wait takes from the object. A mutant becomes Thread's (once more, if it was), and a
    mutex (ApcDisable) puts its owner in a critical region; acquiring an abandoned one returns
    STATUS_ABANDONED, which the caller adds to the wait's status.

--*/

{
    PKMUTANT Mutant;

    switch (Header->Type) {
    case EVENT_SYNCHRONIZATION_OBJECT:
    case 9: // TIMER_SYNCHRONIZATION_OBJECT
        Header->SignalState = 0;
        break;
    case SEMAPHORE_OBJECT:
        Header->SignalState -= 1;
        break;
    case MUTANT_OBJECT:
        Mutant = (PKMUTANT)Header;
        Header->SignalState -= 1;
        if (Header->SignalState == 0) {
            Mutant->OwnerThread = Thread;
            Thread->KernelApcDisable = (SHORT)(Thread->KernelApcDisable - Mutant->ApcDisable);
            InsertTailList(&Thread->MutantListHead, &Mutant->MutantListEntry);
            if (Mutant->Abandoned) {
                Mutant->Abandoned = FALSE;
                return STATUS_ABANDONED;
            }
        }
        break;
    default:
        break;
    }
    return STATUS_SUCCESS;
}

VOID
KiUnwaitThreadEx(
    IN PKTHREAD Thread,
    IN NTSTATUS WaitStatus,
    IN KPRIORITY Increment
    )

/*++

Routine Description:

    Ends a thread's wait with WaitStatus: its wait blocks leave every list, its timeout is cancelled, and it is
    ready to run, boosted by Increment.

--*/

{
    PKWAIT_BLOCK Block = Thread->WaitBlockList;

    do {
        RemoveEntryList(&Block->WaitListEntry);
        Block = Block->NextWaitBlock;
    } while (Block != Thread->WaitBlockList);
    KeCancelTimer(&Thread->Timer);
    Thread->WaitStatus = WaitStatus;
    if (Increment != 0) {
        KiBoostPriority(Thread, Increment);
    }
    KiReadyThread(Thread);
}

VOID
KiUnwaitThread(
    IN PKTHREAD Thread,
    IN NTSTATUS WaitStatus
    )
{
    KiUnwaitThreadEx(Thread, WaitStatus, 0);
}

static
BOOLEAN
KiAllSignalled(
    IN PKTHREAD Thread
    )
{
    PKWAIT_BLOCK Block = Thread->WaitBlockList;

    do {
        if (Block->WaitKey != KI_TIMEOUT_WAIT_KEY && !KiIsSignalled((DISPATCHER_HEADER *)Block->Object, Thread)) {
            return FALSE;
        }
        Block = Block->NextWaitBlock;
    } while (Block != Thread->WaitBlockList);
    return TRUE;
}

static
NTSTATUS
KiConsumeAll(
    IN PKTHREAD Thread
    )
{
    PKWAIT_BLOCK Block = Thread->WaitBlockList;
    NTSTATUS Abandoned = STATUS_SUCCESS;

    do {
        if (Block->WaitKey != KI_TIMEOUT_WAIT_KEY) {
            Abandoned |= KiConsume((DISPATCHER_HEADER *)Block->Object, Thread);
        }
        Block = Block->NextWaitBlock;
    } while (Block != Thread->WaitBlockList);
    return Abandoned;
}

VOID
KiWaitTestEx(
    IN PVOID Object,
    IN KPRIORITY Increment
    )

/*++

Routine Description:

    At DISPATCH_LEVEL or above, after Object became signalled: satisfies the waits on it that now can be, in
    the order they began, while it stays signalled; each thread woken is boosted by Increment (one its own
    timeout wakes is not).

--*/

{
    DISPATCHER_HEADER *Header = (DISPATCHER_HEADER *)Object;
    PLIST_ENTRY Entry = Header->WaitListHead.Flink;
    PKWAIT_BLOCK Block;
    PKTHREAD Thread;

    //
    // Ending a wait removes all of that thread's blocks (the object may hold two of them), so the scan starts
    // over after each; a WaitAll block whose other objects are not signalled yet is passed over.
    //

    while (Entry != &Header->WaitListHead && Header->SignalState > 0) {
        Block = CONTAINING_RECORD(Entry, KWAIT_BLOCK, WaitListEntry);
        Thread = Block->Thread;
        if (Block->WaitKey == KI_TIMEOUT_WAIT_KEY) {
            KiUnwaitThreadEx(Thread, STATUS_TIMEOUT, 0);
        } else if (Block->WaitType == WaitAny) {
            KiUnwaitThreadEx(Thread, KiConsume(Header, Thread) + (NTSTATUS)Block->WaitKey, Increment);
        } else if (KiAllSignalled(Thread)) {
            KiUnwaitThreadEx(Thread, KiConsumeAll(Thread) + STATUS_WAIT_0, Increment);
        } else {
            Entry = Entry->Flink;
            continue;
        }
        Entry = Header->WaitListHead.Flink;
    }
}

VOID
KiWaitTest(
    IN PVOID Object
    )
{
    KiWaitTestEx(Object, 0);
}

static
NTSTATUS
KiTestAlertOrUserApc(
    IN PKTHREAD Thread,
    IN KPROCESSOR_MODE WaitMode
    )

/*++

Routine Description:

    At DISPATCH_LEVEL, for an alertable wait about to block: a pending alert (kernel mode's, or the wait
    mode's) ends it with STATUS_ALERTED and is taken; queued user APCs end a user-mode one with STATUS_USER_APC
    unless the thread's kernel APCs are disabled (which disables user APC delivery too, the DDK says).

Return Value:

    STATUS_ALERTED, STATUS_USER_APC, or STATUS_SUCCESS to go on waiting.

--*/

{
    if (Thread->Alerted[KernelMode]) {
        Thread->Alerted[KernelMode] = FALSE;
        return STATUS_ALERTED;
    }
    if (WaitMode == UserMode) {
        if (Thread->Alerted[UserMode]) {
            Thread->Alerted[UserMode] = FALSE;
            return STATUS_ALERTED;
        }
        if (!IsListEmpty(&Thread->ApcState.ApcListHead[UserMode]) && Thread->KernelApcDisable == 0 &&
            Thread->SpecialApcDisable == 0) {
            Thread->ApcState.UserApcPending = TRUE;
            return STATUS_USER_APC;
        }
    }
    return STATUS_SUCCESS;
}

static
NTSTATUS
KiEndUserApcWait(
    IN PKTHREAD Thread,
    IN NTSTATUS Status,
    IN KIRQL WaitIrql
    )

/*++

Routine Description:

    A wait ends with Status: one a user APC ended delivers the thread's user APCs first, as the return to
    user mode would (waits begun at PASSIVE_LEVEL only; above it they stay queued).

--*/

{
    if (Status == STATUS_USER_APC && WaitIrql == PASSIVE_LEVEL) {
        KiDeliverUserApcs(Thread);
    }
    return Status;
}

NTSTATUS
NTAPI
KeWaitForMultipleObjects(
    IN ULONG Count,
    IN PVOID Object[],
    IN WAIT_TYPE WaitType,
    IN KWAIT_REASON WaitReason,
    IN KPROCESSOR_MODE WaitMode,
    IN BOOLEAN Alertable,
    IN PLARGE_INTEGER Timeout OPTIONAL,
    OUT PKWAIT_BLOCK WaitBlockArray OPTIONAL
    )

/*++

Routine Description:

    Waits until any one (WaitAny) or all (WaitAll) of the objects are signalled, or the timeout passes (a
    relative interval when negative, an absolute system time when positive; 0 tests without waiting). Up to
    THREAD_WAIT_OBJECTS objects use the thread's own wait blocks; more need WaitBlockArray. An alertable wait
    also ends when the thread is alerted, and a user-mode one when a user APC is queued to it (delivered before
    the wait returns STATUS_USER_APC). Kernel APCs
    run during a wait begun at PASSIVE_LEVEL, which then goes on.

Return Value:

    STATUS_WAIT_0 + the index of the object that satisfied a WaitAny (STATUS_WAIT_0 for a WaitAll), or
    STATUS_TIMEOUT, STATUS_ALERTED or STATUS_USER_APC.

--*/

{
    PKTHREAD Thread = KeGetCurrentThread();
    PKWAIT_BLOCK Blocks;
    KIRQL OldIrql;
    ULONG Index;
    DISPATCHER_HEADER *Header;
    NTSTATUS Status;
    LARGE_INTEGER WaitTimeout;
    ULONGLONG Deadline = 0;
    BOOLEAN Restarted = FALSE;

    UNREFERENCED_PARAMETER(WaitReason);

    if (Count == 0 || Count > MAXIMUM_WAIT_OBJECTS || (Count > THREAD_WAIT_OBJECTS && WaitBlockArray == NULL)) {
        KeBugCheckEx(KMODE_EXCEPTION_NOT_HANDLED, (ULONG_PTR)STATUS_INVALID_PARAMETER, Count, 0, 0);
    }
    Blocks = Count > THREAD_WAIT_OBJECTS ? WaitBlockArray : Thread->WaitBlock;

    //
    // A relative timeout is a deadline in interrupt time, so a wait begun again after a kernel APC waits only
    // for what is left of it.
    //

    if (Timeout != NULL) {
        WaitTimeout = *Timeout;
        if (Timeout->QuadPart < 0) {
            Deadline = KeQueryInterruptTime() + (ULONGLONG)(-Timeout->QuadPart);
        }
    }

    for (;;) {
        KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);

        //
        // A kernel APC the thread may run now runs before it waits (lowering the IRQL delivers it).
        //

        if (Thread->ApcState.KernelApcPending && Thread->SpecialApcDisable == 0 && OldIrql < APC_LEVEL) {
            HalRequestSoftwareInterrupt(APC_LEVEL);
            KeLowerIrql(OldIrql);
            continue;
        }

        //
        // One block per object, linked in a ring: the same ring answers whether a WaitAll is satisfied now
        // and, if not, waits.
        //

        for (Index = 0; Index < Count; Index += 1) {
            Blocks[Index].Thread = Thread;
            Blocks[Index].Object = Object[Index];
            Blocks[Index].WaitKey = (USHORT)Index;
            Blocks[Index].WaitType = (USHORT)WaitType;
            Blocks[Index].NextWaitBlock = &Blocks[Index + 1 < Count ? Index + 1 : 0];
        }
        Thread->WaitBlockList = &Blocks[0];

        //
        // Satisfied already?
        //

        if (WaitType == WaitAny) {
            for (Index = 0; Index < Count; Index += 1) {
                Header = (DISPATCHER_HEADER *)Object[Index];
                if (KiIsSignalled(Header, Thread)) {
                    Status = KiConsume(Header, Thread);
                    KeLowerIrql(OldIrql);
                    return Status + (NTSTATUS)(STATUS_WAIT_0 + Index);
                }
            }
        } else if (KiAllSignalled(Thread)) {
            Status = KiConsumeAll(Thread) + STATUS_WAIT_0;
            KeLowerIrql(OldIrql);
            return Status;
        }
        if (Alertable) {
            Status = KiTestAlertOrUserApc(Thread, WaitMode);
            if (Status != STATUS_SUCCESS) {
                KeLowerIrql(OldIrql);
                return KiEndUserApcWait(Thread, Status, OldIrql);
            }
        }
        if (Timeout != NULL && Restarted && Timeout->QuadPart < 0) {
            ULONGLONG Now = KeQueryInterruptTime();

            WaitTimeout.QuadPart = Now >= Deadline ? 0 : -(LONGLONG)(Deadline - Now);
        }
        if (Timeout != NULL && WaitTimeout.QuadPart == 0) {
            KeLowerIrql(OldIrql);
            return STATUS_TIMEOUT;
        }
        if (OldIrql >= DISPATCH_LEVEL) {
            KeBugCheckEx(KiDpcActive() ? ATTEMPTED_SWITCH_FROM_DPC : IRQL_NOT_LESS_OR_EQUAL,
                         (ULONG_PTR)Thread, (ULONG_PTR)Object[0], OldIrql, 0);
        }

        //
        // Wait: each block joins its object's list, and the timer's block the timer's when there is a timeout.
        //

        for (Index = 0; Index < Count; Index += 1) {
            InsertTailList(&((DISPATCHER_HEADER *)Object[Index])->WaitListHead, &Blocks[Index].WaitListEntry);
        }
        if (Timeout != NULL) {
            PKWAIT_BLOCK TimerBlock = &Thread->WaitBlock[THREAD_WAIT_OBJECTS];

            KeSetTimer(&Thread->Timer, WaitTimeout, NULL);
            TimerBlock->Thread = Thread;
            TimerBlock->Object = &Thread->Timer;
            TimerBlock->WaitKey = KI_TIMEOUT_WAIT_KEY;
            TimerBlock->WaitType = WaitAny;
            TimerBlock->NextWaitBlock = &Blocks[0];
            Blocks[Count - 1].NextWaitBlock = TimerBlock;
            InsertTailList(&Thread->Timer.Header.WaitListHead, &TimerBlock->WaitListEntry);
        }
        Thread->WaitType = WaitType;
        Thread->WaitMode = WaitMode;
        Thread->Alertable = Alertable;
        Thread->WaitIrql = OldIrql;
        Thread->State = Waiting;
        KiSwapThread();
        Status = Thread->WaitStatus;
        if (Status != STATUS_KERNEL_APC) {
            KeLowerIrql(OldIrql);
            return KiEndUserApcWait(Thread, Status, OldIrql);
        }

        //
        // A kernel APC ended the wait: it runs as the IRQL drops, and the wait begins again.
        //

        HalRequestSoftwareInterrupt(APC_LEVEL);
        KeLowerIrql(OldIrql);
        Restarted = TRUE;
    }
}

NTSTATUS
NTAPI
KeWaitForSingleObject(
    IN PVOID Object,
    IN KWAIT_REASON WaitReason,
    IN KPROCESSOR_MODE WaitMode,
    IN BOOLEAN Alertable,
    IN PLARGE_INTEGER Timeout OPTIONAL
    )
{
    PVOID Objects[1];

    Objects[0] = Object;
    return KeWaitForMultipleObjects(1, Objects, WaitAny, WaitReason, WaitMode, Alertable, Timeout, NULL);
}

NTSTATUS
NTAPI
KeDelayExecutionThread(
    IN KPROCESSOR_MODE WaitMode,
    IN BOOLEAN Alertable,
    IN PLARGE_INTEGER Interval
    )

/*++

Routine Description:

    Puts the calling thread to sleep for the interval (relative when negative, until an absolute system time
    when positive): a wait on an event nothing signals, ended by its timeout, or early by an alert or a user
    APC when Alertable.

Return Value:

    STATUS_SUCCESS when the interval passed; STATUS_ALERTED or STATUS_USER_APC.

--*/

{
    KEVENT Never;
    NTSTATUS Status;

    KeInitializeEvent(&Never, NotificationEvent, FALSE);
    Status = KeWaitForSingleObject(&Never, DelayExecution, WaitMode, Alertable, Interval);
    return Status == STATUS_TIMEOUT ? STATUS_SUCCESS : Status;
}

VOID
NTAPI
KeInitializeEvent(
    OUT PRKEVENT Event,
    IN EVENT_TYPE Type,
    IN BOOLEAN State
    )
{
    Event->Header.Type = (UCHAR)(Type == NotificationEvent ? EVENT_NOTIFICATION_OBJECT : EVENT_SYNCHRONIZATION_OBJECT);
    Event->Header.Absolute = FALSE;
    Event->Header.Size = sizeof(KEVENT) / sizeof(LONG);
    Event->Header.Inserted = FALSE;
    Event->Header.SignalState = State ? 1 : 0;
    InitializeListHead(&Event->Header.WaitListHead);
}

LONG
NTAPI
KeSetEvent(
    IN PRKEVENT Event,
    IN KPRIORITY Increment,
    IN BOOLEAN Wait
    )

/*++

Routine Description:

    Signals the event; each thread it wakes gets Increment added to its priority (EVENT_INCREMENT,
    IO_*_INCREMENT, or IO_NO_INCREMENT for none).

Return Value:

    The event's previous state (nonzero when it was signalled).

--*/

{
    KIRQL OldIrql;
    LONG Previous;

    UNREFERENCED_PARAMETER(Wait);

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Previous = Event->Header.SignalState;
    Event->Header.SignalState = 1;
    KiWaitTestEx(Event, Increment);
    KeLowerIrql(OldIrql);
    return Previous;
}

LONG
NTAPI
KeResetEvent(
    IN PRKEVENT Event
    )
{
    KIRQL OldIrql;
    LONG Previous;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Previous = Event->Header.SignalState;
    Event->Header.SignalState = 0;
    KeLowerIrql(OldIrql);
    return Previous;
}

VOID
NTAPI
KeClearEvent(
    IN PRKEVENT Event
    )
{
    Event->Header.SignalState = 0;
}

LONG
NTAPI
KeReadStateEvent(
    IN PRKEVENT Event
    )
{
    return Event->Header.SignalState;
}

VOID
NTAPI
KeInitializeSemaphore(
    OUT PRKSEMAPHORE Semaphore,
    IN LONG Count,
    IN LONG Limit
    )
{
    Semaphore->Header.Type = SEMAPHORE_OBJECT;
    Semaphore->Header.Absolute = FALSE;
    Semaphore->Header.Size = sizeof(KSEMAPHORE) / sizeof(LONG);
    Semaphore->Header.Inserted = FALSE;
    Semaphore->Header.SignalState = Count;
    InitializeListHead(&Semaphore->Header.WaitListHead);
    Semaphore->Limit = Limit;
}

LONG
NTAPI
KeReleaseSemaphore(
    IN PRKSEMAPHORE Semaphore,
    IN KPRIORITY Increment,
    IN LONG Adjustment,
    IN BOOLEAN Wait
    )

/*++

Routine Description:

    Adds Adjustment to the semaphore's count; each thread it wakes gets Increment added to its priority. A
    count beyond the limit raises STATUS_SEMAPHORE_LIMIT_EXCEEDED, as the DDK says, and leaves the count
    unchanged.

Return Value:

    The previous count.

--*/

{
    KIRQL OldIrql;
    LONG Previous;

    UNREFERENCED_PARAMETER(Wait);

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Previous = Semaphore->Header.SignalState;
    if (Adjustment <= 0 || Previous > Semaphore->Limit - Adjustment) {
        KeLowerIrql(OldIrql);
        ExRaiseStatus(STATUS_SEMAPHORE_LIMIT_EXCEEDED);
    }
    Semaphore->Header.SignalState = Previous + Adjustment;
    KiWaitTestEx(Semaphore, Increment);
    KeLowerIrql(OldIrql);
    return Previous;
}

LONG
NTAPI
KeReadStateSemaphore(
    IN PRKSEMAPHORE Semaphore
    )
{
    return Semaphore->Header.SignalState;
}

VOID
NTAPI
KeInitializeMutex(
    OUT PRKMUTEX Mutex,
    IN ULONG Level
    )
{
    UNREFERENCED_PARAMETER(Level);

    Mutex->Header.Type = MUTANT_OBJECT;
    Mutex->Header.Absolute = FALSE;
    Mutex->Header.Size = sizeof(KMUTEX) / sizeof(LONG);
    Mutex->Header.Inserted = FALSE;
    Mutex->Header.SignalState = 1;
    InitializeListHead(&Mutex->Header.WaitListHead);
    Mutex->OwnerThread = NULL;
    Mutex->Abandoned = FALSE;
    Mutex->ApcDisable = 1;
}

LONG
NTAPI
KeReleaseMutex(
    IN PRKMUTEX Mutex,
    IN BOOLEAN Wait
    )

/*++

Routine Description:

    Releases one acquisition of a mutex the calling thread owns; the last makes it free (ending the critical
    region it made: held-off APCs run) and satisfies a waiter, boosted by MUTANT_INCREMENT. A thread that does not own the mutex is a bug check (THREAD_NOT_MUTEX_OWNER).

Return Value:

    The mutex's previous state.

--*/

{
    KIRQL OldIrql;
    LONG Previous;
    PKTHREAD Thread = KeGetCurrentThread();

    UNREFERENCED_PARAMETER(Wait);

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Previous = Mutex->Header.SignalState;
    if (Mutex->OwnerThread != Thread) {
        KeBugCheckEx(THREAD_NOT_MUTEX_OWNER, (ULONG_PTR)Thread, (ULONG_PTR)Mutex, (ULONG_PTR)Mutex->OwnerThread, 0);
    }
    Mutex->Header.SignalState += 1;
    if (Mutex->Header.SignalState == 1) {
        RemoveEntryList(&Mutex->MutantListEntry);
        Mutex->OwnerThread = NULL;
        Thread->KernelApcDisable = (SHORT)(Thread->KernelApcDisable + Mutex->ApcDisable);
        KiCheckForKernelApcDelivery(Thread);
        KiWaitTestEx(Mutex, MUTANT_INCREMENT);
    }
    KeLowerIrql(OldIrql);
    return Previous;
}

LONG
NTAPI
KeReadStateMutex(
    IN PRKMUTEX Mutex
    )
{
    return Mutex->Header.SignalState;
}

VOID
KiAbandonMutants(
    IN PKTHREAD Thread
    )

/*++

Routine Description:

    At DISPATCH_LEVEL, for a thread that ends: every mutant it still owns is freed and marked abandoned; the
    next thread to acquire it learns so from STATUS_ABANDONED_WAIT_n.

--*/

{
    PKMUTANT Mutant;

    while (!IsListEmpty(&Thread->MutantListHead)) {
        Mutant = CONTAINING_RECORD(RemoveHeadList(&Thread->MutantListHead), KMUTANT, MutantListEntry);
        Thread->KernelApcDisable = (SHORT)(Thread->KernelApcDisable + Mutant->ApcDisable);
        Mutant->OwnerThread = NULL;
        Mutant->Abandoned = TRUE;
        Mutant->Header.SignalState = 1;
        KiWaitTest(Mutant);
    }
}
