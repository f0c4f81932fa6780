/*++

Module Name:

    kedpc.c

Abstract:

    Self-tests of DPCs, spin locks and kernel timers: when a DPC runs (at once below DISPATCH_LEVEL, when the
    IRQL drops otherwise), at what IRQL, in what order, with what arguments; queueing twice and removing;
    spin locks and IRQL; relative, absolute and periodic timers, cancellation and the timer's signal state.

--*/

#include <kmtest.h>
#include <ntos.h>

#define MILLISECONDS(Count) ((LONGLONG)(Count) * -10000)
#define MAX_ORDER 8

typedef struct _KMT_DPC_LOG {
    ULONG Calls;
    KIRQL Irql;
    PVOID Context;
    PVOID Argument1;
    PVOID Argument2;
    ULONG Order[MAX_ORDER];
    ULONG OrderCount;
} KMT_DPC_LOG;

static KMT_DPC_LOG KmtLog;

static
VOID
NTAPI
KmtDpcRoutine(
    IN PKDPC Dpc,
    IN PVOID DeferredContext,
    IN PVOID SystemArgument1,
    IN PVOID SystemArgument2
    )
{
    UNREFERENCED_PARAMETER(Dpc);

    KmtLog.Calls += 1;
    KmtLog.Irql = KeGetCurrentIrql();
    KmtLog.Context = DeferredContext;
    KmtLog.Argument1 = SystemArgument1;
    KmtLog.Argument2 = SystemArgument2;
    if (KmtLog.OrderCount < MAX_ORDER) {
        KmtLog.Order[KmtLog.OrderCount] = (ULONG)(ULONG_PTR)DeferredContext;
        KmtLog.OrderCount += 1;
    }
}

static
VOID
KmtResetLog(
    VOID
    )
{
    RtlZeroMemory(&KmtLog, sizeof(KmtLog));
}

START_TEST(KeDpc)
{
    KDPC Dpc;
    KDPC First;
    KDPC Second;
    KDPC Urgent;
    KIRQL OldIrql;
    KSPIN_LOCK Lock;

    //
    // Below DISPATCH_LEVEL a queued DPC runs before KeInsertQueueDpc returns, at DISPATCH_LEVEL.
    //

    KmtResetLog();
    KeInitializeDpc(&Dpc, KmtDpcRoutine, (PVOID)7);
    ok(KeInsertQueueDpc(&Dpc, (PVOID)11, (PVOID)13), "a DPC not queued is queued");
    ok_eq_ulong(KmtLog.Calls, 1);
    ok_eq_ulong(KmtLog.Irql, DISPATCH_LEVEL);
    ok_eq_pointer(KmtLog.Context, (PVOID)7);
    ok_eq_pointer(KmtLog.Argument1, (PVOID)11);
    ok_eq_pointer(KmtLog.Argument2, (PVOID)13);
    ok_eq_ulong(KeGetCurrentIrql(), PASSIVE_LEVEL);

    //
    // At DISPATCH_LEVEL it waits for the IRQL to drop; queued twice, it runs once with the first arguments.
    //

    KmtResetLog();
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    ok(KeInsertQueueDpc(&Dpc, (PVOID)1, NULL), "queued at DISPATCH_LEVEL");
    ok(!KeInsertQueueDpc(&Dpc, (PVOID)2, NULL), "a queued DPC is not queued again");
    ok_eq_ulong(KmtLog.Calls, 0);
    KeLowerIrql(OldIrql);
    ok_eq_ulong(KmtLog.Calls, 1);
    ok_eq_pointer(KmtLog.Argument1, (PVOID)1);

    //
    // Medium-importance DPCs run in the order queued; a high-importance one goes first.
    //

    KmtResetLog();
    KeInitializeDpc(&First, KmtDpcRoutine, (PVOID)1);
    KeInitializeDpc(&Second, KmtDpcRoutine, (PVOID)2);
    KeInitializeDpc(&Urgent, KmtDpcRoutine, (PVOID)3);
    KeSetImportanceDpc(&Urgent, HighImportance);
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    KeInsertQueueDpc(&First, NULL, NULL);
    KeInsertQueueDpc(&Second, NULL, NULL);
    KeInsertQueueDpc(&Urgent, NULL, NULL);
    KeLowerIrql(OldIrql);
    ok_eq_ulong(KmtLog.OrderCount, 3);
    ok(KmtLog.Order[0] == 3 && KmtLog.Order[1] == 1 && KmtLog.Order[2] == 2,
       "DPCs ran in the order %lu %lu %lu, expected 3 1 2", KmtLog.Order[0], KmtLog.Order[1], KmtLog.Order[2]);

    //
    // A removed DPC does not run; removing one not queued says so.
    //

    KmtResetLog();
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    KeInsertQueueDpc(&First, NULL, NULL);
    ok(KeRemoveQueueDpc(&First), "a queued DPC is removed");
    ok(!KeRemoveQueueDpc(&First), "a DPC not queued is not removed");
    KeLowerIrql(OldIrql);
    ok_eq_ulong(KmtLog.Calls, 0);

    //
    // A spin lock raises to DISPATCH_LEVEL and back; at DPC level the IRQL does not change.
    //

    KeInitializeSpinLock(&Lock);
    ok_eq_ulong(Lock, 0);
    KeAcquireSpinLock(&Lock, &OldIrql);
    ok_eq_ulong(OldIrql, PASSIVE_LEVEL);
    ok_eq_ulong(KeGetCurrentIrql(), DISPATCH_LEVEL);
    ok(Lock != 0, "an acquired spin lock is marked owned");
    KeReleaseSpinLock(&Lock, OldIrql);
    ok_eq_ulong(KeGetCurrentIrql(), PASSIVE_LEVEL);
    ok_eq_ulong(Lock, 0);
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    KeAcquireSpinLockAtDpcLevel(&Lock);
    ok_eq_ulong(KeGetCurrentIrql(), DISPATCH_LEVEL);
    KeReleaseSpinLockFromDpcLevel(&Lock);
    KeLowerIrql(OldIrql);
}

START_TEST(KeTimer)
{
    KTIMER Timer;
    KDPC Dpc;
    LARGE_INTEGER Due;
    LARGE_INTEGER Start;
    LARGE_INTEGER Now;
    ULONG Ticks;

    KeInitializeTimer(&Timer);
    KeInitializeDpc(&Dpc, KmtDpcRoutine, (PVOID)5);
    ok(!KeReadStateTimer(&Timer), "a new timer is not signalled");
    ok(!KeCancelTimer(&Timer), "a timer not set is not cancelled");

    //
    // A relative due time of 50 ms: not before, the DPC and the signal state after.
    //

    KmtResetLog();
    KmtWaitTicks(1);
    KeQueryTickCount(&Start);
    Due.QuadPart = MILLISECONDS(50);
    ok(!KeSetTimer(&Timer, Due, &Dpc), "a timer not set was not in the queue");
    KmtWaitTicks(4);
    ok_eq_ulong(KmtLog.Calls, 0);
    ok(!KeReadStateTimer(&Timer), "not signalled before its due time");
    while (KmtLog.Calls == 0) {
        __halt();
    }
    KeQueryTickCount(&Now);
    Ticks = (ULONG)(Now.QuadPart - Start.QuadPart);
    ok(Ticks >= 5 && Ticks <= 6, "a 50 ms timer expired after %lu ticks", Ticks);
    ok(KeReadStateTimer(&Timer), "signalled at its due time");
    ok_eq_pointer(KmtLog.Context, (PVOID)5);
    ok(!KeCancelTimer(&Timer), "an expired timer is no longer set");

    //
    // Setting a set timer again says it was set; a cancelled timer never expires.
    //

    KmtResetLog();
    Due.QuadPart = MILLISECONDS(20);
    KeSetTimer(&Timer, Due, &Dpc);
    ok(!KeReadStateTimer(&Timer), "setting a timer clears its signal");
    Due.QuadPart = MILLISECONDS(30);
    ok(KeSetTimer(&Timer, Due, &Dpc), "setting a set timer reports it was set");
    ok(KeCancelTimer(&Timer), "a set timer is cancelled");
    KmtWaitTicks(5);
    ok_eq_ulong(KmtLog.Calls, 0);

    //
    // An absolute due time: a system time 30 ms from now.
    //

    KmtResetLog();
    KeQuerySystemTime(&Due);
    Due.QuadPart += 300000;
    KeSetTimer(&Timer, Due, &Dpc);
    KmtWaitTicks(2);
    ok_eq_ulong(KmtLog.Calls, 0);
    KmtWaitTicks(2);
    ok_eq_ulong(KmtLog.Calls, 1);

    //
    // A periodic timer every 20 ms: five expirations in 100 ms after the first.
    //

    KmtResetLog();
    KeInitializeTimerEx(&Timer, SynchronizationTimer);
    Due.QuadPart = MILLISECONDS(20);
    KeSetTimerEx(&Timer, Due, 20, &Dpc);
    while (KmtLog.Calls == 0) {
        __halt();
    }
    KmtWaitTicks(10);
    ok(KmtLog.Calls >= 5 && KmtLog.Calls <= 6, "a 20 ms periodic timer expired %lu times in 100 ms", KmtLog.Calls);
    ok(KeCancelTimer(&Timer), "a periodic timer stays set");
    ok_eq_ulong(KeGetCurrentIrql(), PASSIVE_LEVEL);
}
