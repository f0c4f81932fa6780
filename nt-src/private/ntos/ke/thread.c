/*++

Module Name:

    thread.c

Abstract:

    Threads and the scheduler. Each thread runs in a guest context of its own (machine.h); exactly one runs.
    Ready threads wait in 32 queues, one per priority; the scheduler runs the highest-priority ready thread,
    and the idle thread when none is ready. Scheduling happens at DISPATCH_LEVEL: a thread that waits or ends
    switches away itself (KiSwapThread); a thread made ready at a higher priority than the running one, or the
    end of the running thread's quantum with another of its priority ready, is acted on by KiDispatchThreads
    from the DISPATCH_LEVEL software interrupt. A thread's IRQL is the HAL's while it runs: it switches at
    DISPATCH_LEVEL and resumes there.

--*/

#include <ke.h>
#include <excpt.h>
#include <machine.h>

static LIST_ENTRY KiReadyQueues[MAXIMUM_PRIORITY];
static ULONG KiReadySummary;
static PKTHREAD KiCurrentThread;
static KTHREAD KiInitialThreadStorage;
static PKTHREAD KiInitialThread = &KiInitialThreadStorage; // moved into an ETHREAD by Ps (KiRelocateThread)
static KTHREAD KiIdleThreadStorage;
static PKTHREAD KiIdleThread = &KiIdleThreadStorage;   // moved into an ETHREAD by Ps (KiRelocateThread)
static PKTHREAD KiReapThread;
static BOOLEAN KiPreemptPending;
static BOOLEAN KiQuantumEnded;

#define INITIAL_THREAD_PRIORITY 8

PKTHREAD
NTAPI
KeGetCurrentThread(
    VOID
    )
{
    return KiCurrentThread;
}

static
VOID
KiInitializeThreadObject(
    OUT PKTHREAD Thread,
    IN KPRIORITY Priority
    )
{
    RtlZeroMemory(Thread, sizeof(KTHREAD));
    Thread->Header.Type = THREAD_OBJECT;
    Thread->Header.Size = sizeof(KTHREAD) / sizeof(LONG);
    InitializeListHead(&Thread->Header.WaitListHead);
    Thread->Priority = Priority;
    Thread->Quantum = KI_QUANTUM_TICKS;
    Thread->State = Initialized;
    KeInitializeTimer(&Thread->Timer);
    InitializeListHead(&Thread->MutantListHead);
    KiInitializeApcState(Thread);
    Thread->BasePriority = Priority;
}

static
VOID
KiIdleLoop(
    IN PVOID Context
    )
{
    UNREFERENCED_PARAMETER(Context);

    KeLowerIrql(PASSIVE_LEVEL);
    for (;;) {
        _enable();
        __halt();
    }
}

/*++

Routine Description:

    Deletes the context and frees the stack of a thread that ended, once another thread runs: a context cannot
    delete itself.

--*/

static
VOID
KiReapTerminatedThread(
    VOID
    )
{
    PKTHREAD Dead = KiReapThread;

    if (Dead != NULL && Dead != KiCurrentThread) {
        KiReapThread = NULL;
        __machine_delete_context(Dead->Context);
        if (Dead->StackBase != NULL) {
            MiFreePages(Dead->StackBase);
        }
    }
}

static
LONG
KiSystemThreadExceptionFilter(
    IN PEXCEPTION_POINTERS Exception
    )

/*++

Routine Description:

    An exception no handler in a system thread took: the system stops (SYSTEM_THREAD_EXCEPTION_NOT_HANDLED),
    from the filter, while the faulting frames are still on the stack for the STOP line's C stack.

--*/

{
    KeBugCheckEx(SYSTEM_THREAD_EXCEPTION_NOT_HANDLED,
                 Exception->ExceptionRecord->ExceptionCode,
                 (ULONG_PTR)Exception->ExceptionRecord->ExceptionAddress,
                 (ULONG_PTR)Exception->ExceptionRecord,
                 0);
    return EXCEPTION_CONTINUE_SEARCH;
}

static
VOID
KiThreadStartup(
    IN PVOID Argument
    )
{
    PKTHREAD Thread = (PKTHREAD)Argument;

    KiReapTerminatedThread();
    KeLowerIrql(PASSIVE_LEVEL);
    _enable();
    __try {
        Thread->StartRoutine(Thread->StartContext);
    } __except (KiSystemThreadExceptionFilter(GetExceptionInformation())) {
        NOTHING;
    }
    KeTerminateThread();
}

VOID
KiInitializeThreads(
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )

/*++

Routine Description:

    Makes the thread the loader started the kernel on (context 1, the initial kernel stack) the initial thread,
    and creates the idle thread.

--*/

{
    ULONG Priority;

    UNREFERENCED_PARAMETER(LoaderBlock);

    for (Priority = 0; Priority < MAXIMUM_PRIORITY; Priority += 1) {
        InitializeListHead(&KiReadyQueues[Priority]);
    }
    KiInitializeThreadObject(KiInitialThread, INITIAL_THREAD_PRIORITY);
    KiInitialThread->Context = __machine_current_context();
    KiInitialThread->State = Running;
    KiCurrentThread = KiInitialThread;
    KiInitializeThreadObject(KiIdleThread, LOW_PRIORITY);
    KiIdleThread->StackBase = MiAllocatePages(KI_THREAD_STACK_SIZE / PAGE_SIZE, MAXULONG >> PAGE_SHIFT);
    if (KiIdleThread->StackBase == NULL) {
        KeBugCheckEx(PHASE0_INITIALIZATION_FAILED, 0, 0, 0, 0);
    }
    KiIdleThread->StackSize = KI_THREAD_STACK_SIZE;
    KiIdleThread->Context = __machine_create_context(KiIdleLoop, NULL, KiIdleThread->StackBase, KI_THREAD_STACK_SIZE);
    KiIdleThread->State = Ready;
}

NTSTATUS
KiCreateThread(
    OUT PKTHREAD Thread,
    IN PKSTART_ROUTINE StartRoutine,
    IN PVOID StartContext,
    IN KPRIORITY Priority
    )

/*++

Routine Description:

    Creates a thread that calls StartRoutine(StartContext) at PASSIVE_LEVEL on a stack of its own and ends when
    it returns; it is ready at once (and runs at once if its priority is above the caller's).

Return Value:

    STATUS_INSUFFICIENT_RESOURCES when no stack can be had; STATUS_INVALID_PARAMETER for a priority out of range.

--*/

{
    KIRQL OldIrql;

    if (Priority <= LOW_PRIORITY || Priority > HIGH_PRIORITY) {
        return STATUS_INVALID_PARAMETER;
    }
    KiInitializeThreadObject(Thread, Priority);
    Thread->StackBase = MiAllocatePages(KI_THREAD_STACK_SIZE / PAGE_SIZE, MAXULONG >> PAGE_SHIFT);
    if (Thread->StackBase == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Thread->StackSize = KI_THREAD_STACK_SIZE;
    Thread->StartRoutine = StartRoutine;
    Thread->StartContext = StartContext;
    Thread->Context = __machine_create_context(KiThreadStartup, Thread, Thread->StackBase, KI_THREAD_STACK_SIZE);
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    KiReadyThread(Thread);
    KeLowerIrql(OldIrql);
    return STATUS_SUCCESS;
}

VOID
KiReadyThread(
    IN PKTHREAD Thread
    )

/*++

Routine Description:

    At DISPATCH_LEVEL or above: queues a thread to run, and asks for a dispatch when it should preempt the
    running thread.

--*/

{
    Thread->State = Ready;
    InsertTailList(&KiReadyQueues[Thread->Priority], &Thread->ReadyListEntry);
    KiReadySummary |= 1UL << Thread->Priority;
    if (KiCurrentThread == KiIdleThread || Thread->Priority > KiCurrentThread->Priority) {
        KiPreemptPending = TRUE;
        HalRequestSoftwareInterrupt(DISPATCH_LEVEL);
    }
}

static
PKTHREAD
KiTakeReadyThread(
    IN KPRIORITY Lowest
    )

/*++

Routine Description:

    Takes the highest-priority ready thread whose priority is at least Lowest, or returns NULL.

--*/

{
    KPRIORITY Priority;
    PKTHREAD Thread;

    for (Priority = HIGH_PRIORITY; Priority >= Lowest && Priority >= 0; Priority -= 1) {
        if ((KiReadySummary & (1UL << Priority)) != 0) {
            Thread = CONTAINING_RECORD(RemoveHeadList(&KiReadyQueues[Priority]), KTHREAD, ReadyListEntry);
            if (IsListEmpty(&KiReadyQueues[Priority])) {
                KiReadySummary &= ~(1UL << Priority);
            }
            return Thread;
        }
    }
    return NULL;
}

static
VOID
KiSwapContext(
    IN PKTHREAD Next
    )
{
    if (Next == KiCurrentThread) {
        Next->State = Running;
        return;
    }
    KiCurrentThread = Next;
    Next->State = Running;
    Next->Quantum = KI_QUANTUM_TICKS;

    //
    // Its kernel APCs run once it drops below APC_LEVEL (an earlier request may have been taken by another
    // thread).
    //

    if (Next->ApcState.KernelApcPending) {
        HalRequestSoftwareInterrupt(APC_LEVEL);
    }
    __machine_switch_context(Next->Context);

    //
    // Running again, at DISPATCH_LEVEL.
    //

    KiReapTerminatedThread();
}

VOID
KiSwapThread(
    VOID
    )

/*++

Routine Description:

    At DISPATCH_LEVEL, for a thread that is not running any more (waiting or terminated): runs the next thread.
    Returns when the thread runs again.

--*/

{
    PKTHREAD Next = KiTakeReadyThread(LOW_PRIORITY + 1);

    KiSwapContext(Next != NULL ? Next : KiIdleThread);
}

VOID
KiDispatchThreads(
    VOID
    )

/*++

Routine Description:

    From the DISPATCH_LEVEL software interrupt: preempts the running thread for a higher-priority one made
    ready, or at the end of its quantum for one of the same priority (round robin), after a level of its boost
    decays. A preempted thread goes to the tail of its ready queue; the idle thread is never queued.

--*/

{
    PKTHREAD Current = KiCurrentThread;
    PKTHREAD Next;
    BOOLEAN Preempt = KiPreemptPending;
    BOOLEAN QuantumEnded = KiQuantumEnded;

    KiPreemptPending = FALSE;
    KiQuantumEnded = FALSE;
    if (!Preempt && !QuantumEnded) {
        return;
    }
    if (QuantumEnded && Current->Quantum <= 0) {
        KiDecayPriority(Current);
    }
    if (Current == KiIdleThread) {
        Next = KiTakeReadyThread(LOW_PRIORITY + 1);
    } else {
        Next = KiTakeReadyThread(QuantumEnded ? Current->Priority : Current->Priority + 1);
    }
    if (Next == NULL) {
        Current->Quantum = KI_QUANTUM_TICKS;
        return;
    }
    if (Current != KiIdleThread) {
        KiReadyThread(Current);
        KiPreemptPending = FALSE;
    }
    KiSwapContext(Next);
}

VOID
KiQuantumTick(
    VOID
    )

/*++

Routine Description:

    From the clock interrupt: charges the running thread one tick of its quantum.

--*/

{
    PKTHREAD Current = KiCurrentThread;

    if (Current != NULL && Current != KiIdleThread) {
        Current->Quantum -= 1;
        if (Current->Quantum <= 0) {
            KiQuantumEnded = TRUE;
            HalRequestSoftwareInterrupt(DISPATCH_LEVEL);
        }
    }
}

DECLSPEC_NORETURN
VOID
KeTerminateThread(
    VOID
    )

/*++

Routine Description:

    Ends the calling thread: it takes no more APCs (its user APCs are run down), its object is signalled
    (waiters on it are satisfied) and it never runs again. Its context and stack are released by the next
    thread that runs.

--*/

{
    KIRQL OldIrql;
    PKTHREAD Thread = KiCurrentThread;

    KiRundownApcs(Thread);
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    if (Thread == KiInitialThread || Thread == KiIdleThread) {
        KeBugCheckEx(SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, STATUS_INVALID_PARAMETER, (ULONG_PTR)Thread, 0, 0);
    }
    KiAbandonMutants(Thread);
    Thread->Header.SignalState = 1;
    KiWaitTest(Thread);
    Thread->State = Terminated;
    KiReapThread = Thread;
    KiSwapThread();
    for (;;) {
        NOTHING;
    }
}

KPRIORITY
NTAPI
KeQueryPriorityThread(
    IN PKTHREAD Thread
    )
{
    return Thread->Priority;
}

VOID
KiSetPriorityThread(
    IN PKTHREAD Thread,
    IN KPRIORITY Priority
    )

/*++

Routine Description:

    At DISPATCH_LEVEL: sets a thread's current priority; a ready thread moves to its new queue, and the running
    thread yields if a ready thread now has a higher priority.

--*/

{
    KPRIORITY Previous = Thread->Priority;

    if (Thread->State == Ready) {
        RemoveEntryList(&Thread->ReadyListEntry);
        if (IsListEmpty(&KiReadyQueues[Previous])) {
            KiReadySummary &= ~(1UL << Previous);
        }
        Thread->Priority = Priority;
        KiReadyThread(Thread);
    } else {
        Thread->Priority = Priority;
        if (Thread == KiCurrentThread && KiReadySummary >= (1UL << (Priority + 1))) {
            KiPreemptPending = TRUE;
            HalRequestSoftwareInterrupt(DISPATCH_LEVEL);
        }
    }
}

KPRIORITY
NTAPI
KeSetPriorityThread(
    IN PKTHREAD Thread,
    IN KPRIORITY Priority
    )

/*++

Routine Description:

    Sets a thread's priority (1 to 31), which becomes its base priority too: a boost in progress ends, and
    later ones decay back to it.

Return Value:

    The previous priority.

--*/

{
    KIRQL OldIrql;
    KPRIORITY Previous = Thread->Priority;

    if (Priority <= LOW_PRIORITY || Priority > HIGH_PRIORITY) {
        KeBugCheckEx(KMODE_EXCEPTION_NOT_HANDLED, (ULONG_PTR)STATUS_INVALID_PARAMETER, (ULONG_PTR)Priority, (ULONG_PTR)Thread, 0);
    }
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Thread->BasePriority = Priority;
    KiSetPriorityThread(Thread, Priority);
    KeLowerIrql(OldIrql);
    return Previous;
}

VOID
KiRelocateThread(
    IN PKTHREAD Thread,
    OUT PKTHREAD NewThread
    )

/*++

Routine Description:

    Moves the initial thread's object (which is running) or the idle thread's (which has not run yet) to
    NewThread, so that Ps can embed it in an ETHREAD as it does every thread's. Phase 0 only: before the thread
    has waited, set its timer, owned a mutant or had an APC queued, when nothing links to its object; the list
    heads that point at themselves are made anew.

--*/

{
    if (Thread != KiInitialThread && Thread != KiIdleThread) {
        KeBugCheckEx(PHASE0_INITIALIZATION_FAILED, (ULONG_PTR)Thread, 0, 0, 0);
    }
    RtlCopyMemory(NewThread, Thread, sizeof(KTHREAD));
    InitializeListHead(&NewThread->Header.WaitListHead);
    InitializeListHead(&NewThread->MutantListHead);
    InitializeListHead(&NewThread->ApcState.ApcListHead[KernelMode]);
    InitializeListHead(&NewThread->ApcState.ApcListHead[UserMode]);
    KeInitializeTimer(&NewThread->Timer);
    if (Thread == KiInitialThread) {
        KiInitialThread = NewThread;
        KiCurrentThread = NewThread;
    } else {
        KiIdleThread = NewThread;
    }
}

PKTHREAD
KiGetIdleThread(
    VOID
    )
{
    return KiIdleThread;
}
