/*++

Module Name:

    kewait.c

Abstract:

    Self-tests of threads, dispatcher objects and waits: events (notification releases every waiter,
    synchronization one and resets), semaphores and their limit, timeouts and zero timeouts, waiting for any
    or all of several objects, waiting for a thread to end, delays, preemption by a higher-priority thread and
    round robin between threads of one priority at the end of their quanta.

--*/

#include <kmtest.h>
#include <excpt.h>
#include <ke.h>

#define MILLISECONDS(Count) ((LONGLONG)(Count) * -10000)

typedef struct _KMT_WAITER {
    KTHREAD Thread;
    PVOID Object;
    NTSTATUS Status;
    ULONG Woken;
    ULONG Order;
} KMT_WAITER;

static ULONG KmtWakeOrder;
static KEVENT KmtGate;

static
VOID
NTAPI
KmtWaiterRoutine(
    IN PVOID Context
    )
{
    KMT_WAITER *Waiter = (KMT_WAITER *)Context;

    Waiter->Status = KeWaitForSingleObject(Waiter->Object, Executive, KernelMode, FALSE, NULL);
    Waiter->Woken += 1;
    KmtWakeOrder += 1;
    Waiter->Order = KmtWakeOrder;
}

static
VOID
KmtSleep(
    IN ULONG Milliseconds
    )
{
    LARGE_INTEGER Interval;

    Interval.QuadPart = MILLISECONDS(Milliseconds);
    KeDelayExecutionThread(KernelMode, FALSE, &Interval);
}

START_TEST(KeEvent)
{
    KEVENT Event;
    KMT_WAITER Waiters[2];
    LARGE_INTEGER Timeout;
    ULONG Index;
    NTSTATUS Status;

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    ok_eq_long(KeReadStateEvent(&Event), 0);
    Timeout.QuadPart = 0;
    ok_eq_hex(KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, &Timeout), STATUS_TIMEOUT);

    //
    // Two threads above the tester's priority wait on a notification event: setting it releases both, and
    // they run before KeSetEvent returns (they preempt the tester).
    //

    RtlZeroMemory(Waiters, sizeof(Waiters));
    KmtWakeOrder = 0;
    for (Index = 0; Index < 2; Index += 1) {
        Waiters[Index].Object = &Event;
        ok_eq_hex(KiCreateThread(&Waiters[Index].Thread, KmtWaiterRoutine, &Waiters[Index], 10), STATUS_SUCCESS);
    }
    ok(Waiters[0].Woken == 0 && Waiters[1].Woken == 0, "waiters block on a clear event");
    ok_eq_long(KeSetEvent(&Event, 0, FALSE), 0);
    ok(Waiters[0].Woken == 1 && Waiters[1].Woken == 1, "a notification event releases every waiter");
    ok(Waiters[0].Order == 1 && Waiters[1].Order == 2, "in the order they waited");
    ok_eq_hex(Waiters[0].Status, STATUS_WAIT_0);
    ok_eq_long(KeReadStateEvent(&Event), 1);
    for (Index = 0; Index < 2; Index += 1) {
        Status = KeWaitForSingleObject(&Waiters[Index].Thread, Executive, KernelMode, FALSE, NULL);
        ok_eq_hex(Status, STATUS_WAIT_0);
    }

    //
    // A synchronization event releases one waiter per setting and resets itself.
    //

    KeInitializeEvent(&Event, SynchronizationEvent, FALSE);
    RtlZeroMemory(Waiters, sizeof(Waiters));
    KmtWakeOrder = 0;
    for (Index = 0; Index < 2; Index += 1) {
        Waiters[Index].Object = &Event;
        KiCreateThread(&Waiters[Index].Thread, KmtWaiterRoutine, &Waiters[Index], 10);
    }
    KeSetEvent(&Event, 0, FALSE);
    ok(Waiters[0].Woken + Waiters[1].Woken == 1 && Waiters[0].Woken == 1, "a synchronization event releases the first waiter only");
    ok_eq_long(KeReadStateEvent(&Event), 0);
    KeSetEvent(&Event, 0, FALSE);
    ok(Waiters[1].Woken == 1, "and the next one when set again");
    KeSetEvent(&Event, 0, FALSE);
    ok_eq_long(KeReadStateEvent(&Event), 1);
    ok_eq_hex(KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL), STATUS_WAIT_0);
    ok_eq_long(KeReadStateEvent(&Event), 0);
    KeWaitForSingleObject(&Waiters[0].Thread, Executive, KernelMode, FALSE, NULL);
    KeWaitForSingleObject(&Waiters[1].Thread, Executive, KernelMode, FALSE, NULL);
    ok_eq_long(KeResetEvent(&Event), 0);
}

START_TEST(KeSemaphore)
{
    KSEMAPHORE Semaphore;
    LARGE_INTEGER Timeout;
    NTSTATUS Status = STATUS_SUCCESS;

    KeInitializeSemaphore(&Semaphore, 2, 3);
    ok_eq_long(KeReadStateSemaphore(&Semaphore), 2);
    Timeout.QuadPart = 0;
    ok_eq_hex(KeWaitForSingleObject(&Semaphore, Executive, KernelMode, FALSE, &Timeout), STATUS_WAIT_0);
    ok_eq_hex(KeWaitForSingleObject(&Semaphore, Executive, KernelMode, FALSE, &Timeout), STATUS_WAIT_0);
    ok_eq_hex(KeWaitForSingleObject(&Semaphore, Executive, KernelMode, FALSE, &Timeout), STATUS_TIMEOUT);
    ok_eq_long(KeReleaseSemaphore(&Semaphore, 0, 3, FALSE), 0);
    ok_eq_long(KeReadStateSemaphore(&Semaphore), 3);
    __try {
        KeReleaseSemaphore(&Semaphore, 0, 1, FALSE);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        Status = GetExceptionCode();
    }
    ok_eq_hex(Status, STATUS_SEMAPHORE_LIMIT_EXCEEDED);
    ok_eq_long(KeReadStateSemaphore(&Semaphore), 3);
}

START_TEST(KeTimeout)
{
    KEVENT Event;
    KEVENT Other;
    KTIMER Timer;
    PVOID Objects[2];
    LARGE_INTEGER Timeout;
    LARGE_INTEGER Before;
    LARGE_INTEGER After;

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    KeInitializeEvent(&Other, NotificationEvent, FALSE);

    //
    // A 50 ms timeout ends the wait after 5 ticks (the idle thread halts meanwhile).
    //

    KeQueryTickCount(&Before);
    Timeout.QuadPart = MILLISECONDS(50);
    ok_eq_hex(KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, &Timeout), STATUS_TIMEOUT);
    KeQueryTickCount(&After);
    ok((ULONG)(After.QuadPart - Before.QuadPart) >= 5 && (ULONG)(After.QuadPart - Before.QuadPart) <= 6,
       "a 50 ms timeout took %lu ticks", (ULONG)(After.QuadPart - Before.QuadPart));

    KeQueryTickCount(&Before);
    KmtSleep(30);
    KeQueryTickCount(&After);
    ok((ULONG)(After.QuadPart - Before.QuadPart) >= 3 && (ULONG)(After.QuadPart - Before.QuadPart) <= 4,
       "a 30 ms delay took %lu ticks", (ULONG)(After.QuadPart - Before.QuadPart));

    //
    // WaitAny names the object that satisfied it; WaitAll needs every object; a timer is a waitable object.
    //

    Objects[0] = &Event;
    Objects[1] = &Other;
    KeSetEvent(&Other, 0, FALSE);
    ok_eq_hex(KeWaitForMultipleObjects(2, Objects, WaitAny, Executive, KernelMode, FALSE, NULL, NULL), STATUS_WAIT_0 + 1);
    Timeout.QuadPart = MILLISECONDS(20);
    ok_eq_hex(KeWaitForMultipleObjects(2, Objects, WaitAll, Executive, KernelMode, FALSE, &Timeout, NULL), STATUS_TIMEOUT);
    KeSetEvent(&Event, 0, FALSE);
    ok_eq_hex(KeWaitForMultipleObjects(2, Objects, WaitAll, Executive, KernelMode, FALSE, NULL, NULL), STATUS_WAIT_0);

    KeInitializeTimer(&Timer);
    Timeout.QuadPart = MILLISECONDS(40);
    KeSetTimer(&Timer, Timeout, NULL);
    KeQueryTickCount(&Before);
    ok_eq_hex(KeWaitForSingleObject(&Timer, Executive, KernelMode, FALSE, NULL), STATUS_WAIT_0);
    KeQueryTickCount(&After);
    ok((ULONG)(After.QuadPart - Before.QuadPart) >= 4, "a 40 ms timer signalled after %lu ticks", (ULONG)(After.QuadPart - Before.QuadPart));
}

typedef struct _KMT_SPINNER {
    KTHREAD Thread;
    volatile ULONG Count;
    volatile BOOLEAN Stop;
} KMT_SPINNER;

static
VOID
NTAPI
KmtSpinnerRoutine(
    IN PVOID Context
    )
{
    KMT_SPINNER *Spinner = (KMT_SPINNER *)Context;

    while (!Spinner->Stop) {
        Spinner->Count += 1;
    }
}

static volatile ULONG KmtHighRan;

static
VOID
NTAPI
KmtHighRoutine(
    IN PVOID Context
    )
{
    UNREFERENCED_PARAMETER(Context);

    KmtHighRan = 1;
}

START_TEST(KeScheduler)
{
    KMT_SPINNER Spinners[2];
    KTHREAD High;
    KPRIORITY Old;
    ULONG Index;

    ok_eq_long(KeQueryPriorityThread(KeGetCurrentThread()), 8);

    //
    // A thread of higher priority runs at once; one of lower priority only when the tester waits.
    //

    KmtHighRan = 0;
    KiCreateThread(&High, KmtHighRoutine, NULL, 12);
    ok_eq_ulong(KmtHighRan, 1);
    KeWaitForSingleObject(&High, Executive, KernelMode, FALSE, NULL);
    KmtHighRan = 0;
    KiCreateThread(&High, KmtHighRoutine, NULL, 4);
    ok_eq_ulong(KmtHighRan, 0);
    ok_eq_hex(KeWaitForSingleObject(&High, Executive, KernelMode, FALSE, NULL), STATUS_WAIT_0);
    ok_eq_ulong(KmtHighRan, 1);
    ok_eq_hex(KiCreateThread(&High, KmtHighRoutine, NULL, 32), STATUS_INVALID_PARAMETER);

    //
    // Two spinning threads of one priority above the tester's share the processor at the end of their quanta:
    // while the tester sleeps at a higher priority, both make progress.
    //

    RtlZeroMemory(Spinners, sizeof(Spinners));
    Old = KeSetPriorityThread(KeGetCurrentThread(), 20);
    ok_eq_long(Old, 8);
    for (Index = 0; Index < 2; Index += 1) {
        KiCreateThread(&Spinners[Index].Thread, KmtSpinnerRoutine, &Spinners[Index], 15);
    }
    ok(Spinners[0].Count == 0 && Spinners[1].Count == 0, "lower-priority threads wait for the tester");
    KmtSleep(100);
    ok(Spinners[0].Count > 0 && Spinners[1].Count > 0, "both spinners ran in 100 ms (%lu and %lu)", Spinners[0].Count, Spinners[1].Count);
    for (Index = 0; Index < 2; Index += 1) {
        Spinners[Index].Stop = TRUE;
    }
    for (Index = 0; Index < 2; Index += 1) {
        ok_eq_hex(KeWaitForSingleObject(&Spinners[Index].Thread, Executive, KernelMode, FALSE, NULL), STATUS_WAIT_0);
    }
    KeSetPriorityThread(KeGetCurrentThread(), Old);
    ok_eq_long(KeQueryPriorityThread(KeGetCurrentThread()), 8);
}

//
// Bug check tests, run by boot options instead of the suites (kmtest.h).
//

static KDPC KmtWaitingDpc;

static
VOID
NTAPI
KmtWaitInDpc(
    IN PKDPC Dpc,
    IN PVOID DeferredContext,
    IN PVOID SystemArgument1,
    IN PVOID SystemArgument2
    )
{
    KEVENT Event;
    LARGE_INTEGER Timeout;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Timeout.QuadPart = MILLISECONDS(10);
    KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, &Timeout);
}

VOID
KmtWaitFromDpc(
    VOID
    )
{
    KeInitializeDpc(&KmtWaitingDpc, KmtWaitInDpc, NULL);
    KeInsertQueueDpc(&KmtWaitingDpc, NULL, NULL);
}

VOID
KmtLowerIrqlAbove(
    VOID
    )
{
    KeLowerIrql(DISPATCH_LEVEL);
}

static volatile LONG KmtDivisor;

static
VOID
NTAPI
KmtDivideByZero(
    IN PVOID Context
    )
{
    UNREFERENCED_PARAMETER(Context);

    KmtDivisor = 100 / KmtDivisor;
}

VOID
KmtFaultInInitialThread(
    VOID
    )

/*++

Routine Description:

    /KMODEFAULT: divides by zero in the initial thread, outside any __try: KMODE_EXCEPTION_NOT_HANDLED.

--*/

{
    KmtDivideByZero(NULL);
}

VOID
KmtFaultInSystemThread(
    VOID
    )
{
    static KTHREAD Thread;

    KiCreateThread(&Thread, KmtDivideByZero, NULL, 12);
}

//
// The context-switch benchmark (/SWITCHBENCH, bench/kernel-switch): two threads ping-pong through two
// synchronization events; each round trip is two switches.
//

#define KMT_ROUND_TRIPS 50000

static KEVENT KmtPing;
static KEVENT KmtPong;

static
VOID
NTAPI
KmtPongRoutine(
    IN PVOID Context
    )
{
    ULONG Index;

    UNREFERENCED_PARAMETER(Context);

    for (Index = 0; Index < KMT_ROUND_TRIPS; Index += 1) {
        KeWaitForSingleObject(&KmtPing, Executive, KernelMode, FALSE, NULL);
        KeSetEvent(&KmtPong, 0, FALSE);
    }
}

VOID
KmtSwitchBenchmark(
    VOID
    )
{
    static KTHREAD Partner;
    ULONG Index;

    KeInitializeEvent(&KmtPing, SynchronizationEvent, FALSE);
    KeInitializeEvent(&KmtPong, SynchronizationEvent, FALSE);
    KiCreateThread(&Partner, KmtPongRoutine, NULL, 8);
    for (Index = 0; Index < KMT_ROUND_TRIPS; Index += 1) {
        KeSetEvent(&KmtPing, 0, FALSE);
        KeWaitForSingleObject(&KmtPong, Executive, KernelMode, FALSE, NULL);
    }
    KeWaitForSingleObject(&Partner, Executive, KernelMode, FALSE, NULL);
    DbgPrint("context switches: %lu\n", 2UL * KMT_ROUND_TRIPS);
}

VOID
KmtIdleBenchmark(
    VOID
    )

/*++

Routine Description:

    Sleeps ten seconds of virtual time (/IDLEBENCH): the idle thread halts between clock ticks.

--*/

{
    LARGE_INTEGER Interval;

    Interval.QuadPart = -10 * 1000 * 10000LL;
    KeDelayExecutionThread(KernelMode, FALSE, &Interval);
    DbgPrint("idle: 10 s\n");
}
