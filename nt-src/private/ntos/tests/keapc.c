/*++

Module Name:

    keapc.c

Abstract:

    Self-tests of APCs and alerts: kernel APCs delivered when the IRQL drops below APC_LEVEL and not at it,
    special ones ahead of normal ones, a normal APC's two routines at their IRQLs, APCs run in a waiting
    thread's context while its wait goes on (its timeout still counted from the start), critical and guarded
    regions holding APCs off, user APCs ending alertable user-mode waits (STATUS_USER_APC) and run down when
    their thread ends; alerts ending alertable waits (STATUS_ALERTED) and not others, pending alerts, and
    alertable delays.

--*/

#include <kmtest.h>
#include <ke.h>

#define MILLISECONDS(Count) ((LONGLONG)(Count) * -10000)

typedef struct _KMT_APC {
    KAPC Apc;
    CHAR Tag;
    BOOLEAN CancelNormal;
    ULONG KernelRuns;
    ULONG NormalRuns;
    ULONG RundownRuns;
    KIRQL KernelIrql;
    KIRQL NormalIrql;
    PKTHREAD KernelThread;
    PKTHREAD NormalThread;
    KPRIORITY KernelPriority;
    PVOID KernelArgument1;
    PVOID KernelArgument2;
    PVOID NormalContext;
    PVOID NormalArgument1;
    PVOID NormalArgument2;
} KMT_APC;

static CHAR KmtApcOrder[32];
static ULONG KmtApcOrderLength;

static
VOID
KmtApcLog(
    IN CHAR Tag
    )
{
    if (KmtApcOrderLength < sizeof(KmtApcOrder) - 1) {
        KmtApcOrder[KmtApcOrderLength] = Tag;
        KmtApcOrderLength += 1;
        KmtApcOrder[KmtApcOrderLength] = '\0';
    }
}

static
VOID
KmtApcLogReset(
    VOID
    )
{
    KmtApcOrderLength = 0;
    KmtApcOrder[0] = '\0';
}

static
VOID
NTAPI
KmtKernelRoutine(
    IN PKAPC Apc,
    IN OUT PKNORMAL_ROUTINE *NormalRoutine,
    IN OUT PVOID *NormalContext,
    IN OUT PVOID *SystemArgument1,
    IN OUT PVOID *SystemArgument2
    )
{
    KMT_APC *Record = CONTAINING_RECORD(Apc, KMT_APC, Apc);

    UNREFERENCED_PARAMETER(NormalContext);

    Record->KernelRuns += 1;
    Record->KernelIrql = KeGetCurrentIrql();
    Record->KernelThread = KeGetCurrentThread();
    Record->KernelPriority = KeQueryPriorityThread(KeGetCurrentThread());
    Record->KernelArgument1 = *SystemArgument1;
    Record->KernelArgument2 = *SystemArgument2;
    KmtApcLog(Record->Tag);
    if (Record->CancelNormal) {
        *NormalRoutine = NULL;
    }
}

static
VOID
NTAPI
KmtNormalRoutine(
    IN PVOID NormalContext,
    IN PVOID SystemArgument1,
    IN PVOID SystemArgument2
    )
{
    KMT_APC *Record = (KMT_APC *)NormalContext;

    Record->NormalRuns += 1;
    Record->NormalIrql = KeGetCurrentIrql();
    Record->NormalThread = KeGetCurrentThread();
    Record->NormalContext = NormalContext;
    Record->NormalArgument1 = SystemArgument1;
    Record->NormalArgument2 = SystemArgument2;
    KmtApcLog((CHAR)(Record->Tag + ('a' - 'A')));
}

static
VOID
NTAPI
KmtRundownRoutine(
    IN PKAPC Apc
    )
{
    CONTAINING_RECORD(Apc, KMT_APC, Apc)->RundownRuns += 1;
}

static
VOID
KmtInitApc(
    OUT KMT_APC *Record,
    IN PKTHREAD Thread,
    IN CHAR Tag,
    IN BOOLEAN Normal,
    IN KPROCESSOR_MODE Mode
    )
{
    RtlZeroMemory(Record, sizeof(KMT_APC));
    Record->Tag = Tag;
    KeInitializeApc(&Record->Apc, Thread, OriginalApcEnvironment, KmtKernelRoutine, KmtRundownRoutine,
                    Normal ? KmtNormalRoutine : NULL, Mode, Record);
}

//
// A thread that waits as told and reports how its wait ended.
//

typedef struct _KMT_APC_WAITER {
    KTHREAD Thread;
    PVOID Objects[2];
    ULONG Count;
    KPROCESSOR_MODE WaitMode;
    BOOLEAN Alertable;
    BOOLEAN Delay;
    BOOLEAN CriticalRegion;
    LARGE_INTEGER Timeout;          // none when 0
    NTSTATUS Status;
    ULONG Woken;
    ULONG Ticks;
    BOOLEAN TestAlert[2];
} KMT_APC_WAITER;

static
VOID
NTAPI
KmtApcWaiterRoutine(
    IN PVOID Context
    )
{
    KMT_APC_WAITER *Waiter = (KMT_APC_WAITER *)Context;
    LARGE_INTEGER Before;
    LARGE_INTEGER After;
    PLARGE_INTEGER Timeout = Waiter->Timeout.QuadPart != 0 ? &Waiter->Timeout : NULL;

    if (Waiter->CriticalRegion) {
        KeEnterCriticalRegion();
    }
    KeQueryTickCount(&Before);
    if (Waiter->Delay) {
        Waiter->Status = KeDelayExecutionThread(Waiter->WaitMode, Waiter->Alertable, Timeout);
    } else if (Waiter->Count == 1) {
        Waiter->Status = KeWaitForSingleObject(Waiter->Objects[0], Executive, Waiter->WaitMode, Waiter->Alertable, Timeout);
    } else {
        Waiter->Status = KeWaitForMultipleObjects(Waiter->Count, Waiter->Objects, WaitAny, Executive, Waiter->WaitMode,
                                                  Waiter->Alertable, Timeout, NULL);
    }
    KeQueryTickCount(&After);
    Waiter->Ticks = (ULONG)(After.QuadPart - Before.QuadPart);
    Waiter->Woken += 1;
    if (Waiter->CriticalRegion) {
        KeLeaveCriticalRegion();
    }
    Waiter->TestAlert[0] = KeTestAlertThread(KernelMode);
    Waiter->TestAlert[1] = KeTestAlertThread(KernelMode);
}

static
VOID
KmtStartWaiter(
    OUT KMT_APC_WAITER *Waiter,
    IN PVOID Object,
    IN KPROCESSOR_MODE WaitMode,
    IN BOOLEAN Alertable,
    IN KPRIORITY Priority
    )
{
    RtlZeroMemory(Waiter, sizeof(KMT_APC_WAITER));
    Waiter->Objects[0] = Object;
    Waiter->Count = 1;
    Waiter->WaitMode = WaitMode;
    Waiter->Alertable = Alertable;
    KiCreateThread(&Waiter->Thread, KmtApcWaiterRoutine, Waiter, Priority);
}

static
VOID
KmtSleepMs(
    IN ULONG Milliseconds
    )
{
    LARGE_INTEGER Interval;

    Interval.QuadPart = MILLISECONDS(Milliseconds);
    KeDelayExecutionThread(KernelMode, FALSE, &Interval);
}

static
VOID
KmtJoin(
    IN KMT_APC_WAITER *Waiter
    )
{
    KeWaitForSingleObject(&Waiter->Thread, Executive, KernelMode, FALSE, NULL);
}

//
// A normal routine that queues a special and a normal APC to its own thread: the special one runs at once
// (PASSIVE_LEVEL), the normal one only after this routine returns.
//

static KMT_APC KmtNestedSpecial;
static KMT_APC KmtNestedNormal;
static ULONG KmtNestedSpecialRunsInside;
static ULONG KmtNestedNormalRunsInside;

static
VOID
NTAPI
KmtNestingNormalRoutine(
    IN PVOID NormalContext,
    IN PVOID SystemArgument1,
    IN PVOID SystemArgument2
    )
{
    KmtNormalRoutine(NormalContext, SystemArgument1, SystemArgument2);
    KmtInitApc(&KmtNestedSpecial, KeGetCurrentThread(), 'S', FALSE, KernelMode);
    KmtInitApc(&KmtNestedNormal, KeGetCurrentThread(), 'T', TRUE, KernelMode);
    KeInsertQueueApc(&KmtNestedNormal.Apc, NULL, NULL, IO_NO_INCREMENT);
    KeInsertQueueApc(&KmtNestedSpecial.Apc, NULL, NULL, IO_NO_INCREMENT);
    KmtNestedSpecialRunsInside = KmtNestedSpecial.KernelRuns;
    KmtNestedNormalRunsInside = KmtNestedNormal.KernelRuns;
}

START_TEST(KeApc)
{
    PKTHREAD Self = KeGetCurrentThread();
    KMT_APC Apcs[4];
    KMT_APC_WAITER Waiter;
    KEVENT Event;
    KMUTEX Mutex;
    KIRQL OldIrql;

    //
    // Without a normal routine an APC is a special kernel APC, whatever mode and context it was given.
    //

    RtlZeroMemory(&Apcs[0], sizeof(KMT_APC));
    KeInitializeApc(&Apcs[0].Apc, Self, OriginalApcEnvironment, KmtKernelRoutine, NULL, NULL, UserMode, (PVOID)1);
    ok_eq_long(Apcs[0].Apc.ApcMode, KernelMode);
    ok_eq_pointer(Apcs[0].Apc.NormalContext, NULL);
    ok_eq_pointer(Apcs[0].Apc.Thread, Self);
    ok_eq_bool(Apcs[0].Apc.Inserted, FALSE);

    //
    // Queued at APC_LEVEL, a kernel APC waits for the IRQL to drop below it, then runs at APC_LEVEL.
    //

    KmtInitApc(&Apcs[0], Self, 'A', FALSE, KernelMode);
    KeRaiseIrql(APC_LEVEL, &OldIrql);
    ok(KeInsertQueueApc(&Apcs[0].Apc, (PVOID)0x11, (PVOID)0x22, IO_NO_INCREMENT), "the APC is queued");
    ok(!KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT), "an APC queued already is not queued again");
    ok_eq_ulong(Apcs[0].KernelRuns, 0);
    KeLowerIrql(PASSIVE_LEVEL);
    ok_eq_ulong(Apcs[0].KernelRuns, 1);
    ok_eq_ulong(Apcs[0].KernelIrql, APC_LEVEL);
    ok_eq_pointer(Apcs[0].KernelThread, Self);
    ok_eq_pointer(Apcs[0].KernelArgument1, (PVOID)0x11);
    ok_eq_pointer(Apcs[0].KernelArgument2, (PVOID)0x22);
    ok_eq_bool(Apcs[0].Apc.Inserted, FALSE);

    //
    // A removed APC never runs.
    //

    KmtInitApc(&Apcs[0], Self, 'A', FALSE, KernelMode);
    KeRaiseIrql(APC_LEVEL, &OldIrql);
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok(KeRemoveQueueApc(&Apcs[0].Apc), "a queued APC is removed");
    KeLowerIrql(PASSIVE_LEVEL);
    ok_eq_ulong(Apcs[0].KernelRuns, 0);
    ok(!KeRemoveQueueApc(&Apcs[0].Apc), "an APC not queued is not removed");

    //
    // Special APCs run first, in the order queued; each normal APC's kernel routine (APC_LEVEL) is followed
    // by its normal routine (PASSIVE_LEVEL) before the next APC.
    //

    KmtApcLogReset();
    KmtInitApc(&Apcs[0], Self, 'A', TRUE, KernelMode);
    KmtInitApc(&Apcs[1], Self, 'B', FALSE, KernelMode);
    KmtInitApc(&Apcs[2], Self, 'C', TRUE, KernelMode);
    KmtInitApc(&Apcs[3], Self, 'D', FALSE, KernelMode);
    KeRaiseIrql(APC_LEVEL, &OldIrql);
    KeInsertQueueApc(&Apcs[0].Apc, (PVOID)3, (PVOID)4, IO_NO_INCREMENT);
    KeInsertQueueApc(&Apcs[1].Apc, NULL, NULL, IO_NO_INCREMENT);
    KeInsertQueueApc(&Apcs[2].Apc, NULL, NULL, IO_NO_INCREMENT);
    KeInsertQueueApc(&Apcs[3].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_str(KmtApcOrder, "");
    KeLowerIrql(PASSIVE_LEVEL);
    ok_eq_str(KmtApcOrder, "BDAaCc");
    ok_eq_ulong(Apcs[0].KernelIrql, APC_LEVEL);
    ok_eq_ulong(Apcs[0].NormalIrql, PASSIVE_LEVEL);
    ok_eq_pointer(Apcs[0].NormalContext, &Apcs[0]);
    ok(Apcs[0].NormalArgument1 == (PVOID)3 && Apcs[0].NormalArgument2 == (PVOID)4, "the normal routine gets the system arguments");

    //
    // A kernel routine may cancel the normal routine.
    //

    KmtInitApc(&Apcs[0], Self, 'A', TRUE, KernelMode);
    Apcs[0].CancelNormal = TRUE;
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok(Apcs[0].KernelRuns == 1 && Apcs[0].NormalRuns == 0, "the kernel routine cancelled the normal routine");

    //
    // While a normal routine runs, a special APC it queues runs at once, a normal one after it returns.
    //

    KmtInitApc(&Apcs[0], Self, 'N', TRUE, KernelMode);
    Apcs[0].Apc.NormalRoutine = KmtNestingNormalRoutine;
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_ulong(KmtNestedSpecialRunsInside, 1);
    ok_eq_ulong(KmtNestedNormalRunsInside, 0);
    ok_eq_ulong(KmtNestedNormal.NormalRuns, 1);

    //
    // A critical region holds off normal kernel APCs until it ends, not special ones; a guarded region holds
    // off both.
    //

    KmtApcLogReset();
    KmtInitApc(&Apcs[0], Self, 'N', TRUE, KernelMode);
    KmtInitApc(&Apcs[1], Self, 'S', FALSE, KernelMode);
    ok(!KeAreApcsDisabled(), "APCs are enabled outside regions");
    KeEnterCriticalRegion();
    ok(KeAreApcsDisabled(), "a critical region disables normal kernel APCs");
    ok(!KeAreAllApcsDisabled(), "but not special ones");
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT);
    KeInsertQueueApc(&Apcs[1].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_str(KmtApcOrder, "S");
    KeLeaveCriticalRegion();
    ok_eq_str(KmtApcOrder, "SNn");
    ok(!KeAreApcsDisabled(), "leaving the region enables them");

    //
    // Holding a mutex is being in a critical region.
    //

    KeInitializeMutex(&Mutex, 0);
    KeWaitForSingleObject(&Mutex, Executive, KernelMode, FALSE, NULL);
    ok(KeAreApcsDisabled(), "a mutex's owner is in a critical region");
    KmtInitApc(&Apcs[0], Self, 'N', TRUE, KernelMode);
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT);
    KeWaitForSingleObject(&Mutex, Executive, KernelMode, FALSE, NULL);
    KeReleaseMutex(&Mutex, FALSE);
    ok_eq_ulong(Apcs[0].KernelRuns, 0);
    KeReleaseMutex(&Mutex, FALSE);
    ok_eq_ulong(Apcs[0].NormalRuns, 1);
    ok(!KeAreApcsDisabled(), "releasing the mutex ends the region");

    KmtInitApc(&Apcs[1], Self, 'S', FALSE, KernelMode);
    KeEnterGuardedRegion();
    ok(KeAreAllApcsDisabled(), "a guarded region disables every APC");
    KeInsertQueueApc(&Apcs[1].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_ulong(Apcs[1].KernelRuns, 0);
    KeLeaveGuardedRegion();
    ok_eq_ulong(Apcs[1].KernelRuns, 1);

    //
    // An APC to a thread in a wait runs in that thread, which goes on waiting: the event still ends its wait.
    //

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    KmtStartWaiter(&Waiter, &Event, KernelMode, FALSE, 10);
    KmtInitApc(&Apcs[0], &Waiter.Thread, 'A', FALSE, KernelMode);
    KmtInitApc(&Apcs[1], &Waiter.Thread, 'B', TRUE, KernelMode);
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_ulong(Apcs[0].KernelRuns, 1);
    ok_eq_pointer(Apcs[0].KernelThread, &Waiter.Thread);
    ok_eq_ulong(Apcs[0].KernelIrql, APC_LEVEL);
    KeInsertQueueApc(&Apcs[1].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_ulong(Apcs[1].NormalRuns, 1);
    ok_eq_pointer(Apcs[1].NormalThread, &Waiter.Thread);
    ok_eq_ulong(Apcs[1].NormalIrql, PASSIVE_LEVEL);
    ok_eq_ulong(Waiter.Woken, 0);
    ok_eq_long(Waiter.Thread.State, Waiting);
    KeSetEvent(&Event, IO_NO_INCREMENT, FALSE);
    ok_eq_hex(Waiter.Status, STATUS_WAIT_0);
    KmtJoin(&Waiter);

    //
    // A waiting thread of lower priority runs the APC when it next runs, with the APC's boost.
    //

    KeClearEvent(&Event);
    KmtStartWaiter(&Waiter, &Event, KernelMode, FALSE, 5);
    KmtSleepMs(10);
    KmtInitApc(&Apcs[0], &Waiter.Thread, 'A', FALSE, KernelMode);
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, 3);
    ok_eq_ulong(Apcs[0].KernelRuns, 0);
    KmtSleepMs(10);
    ok_eq_ulong(Apcs[0].KernelRuns, 1);
    ok_eq_long(Apcs[0].KernelPriority, 8);
    ok_eq_ulong(Waiter.Woken, 0);
    KeSetEvent(&Event, IO_NO_INCREMENT, FALSE);
    KmtJoin(&Waiter);
    ok_eq_hex(Waiter.Status, STATUS_WAIT_0);

    //
    // A timeout counts from the start of the wait, whatever APCs ran meanwhile: 100 ms are 10 ticks.
    //

    KeClearEvent(&Event);
    RtlZeroMemory(&Waiter, sizeof(Waiter));
    Waiter.Objects[0] = &Event;
    Waiter.Count = 1;
    Waiter.Timeout.QuadPart = MILLISECONDS(100);
    KiCreateThread(&Waiter.Thread, KmtApcWaiterRoutine, &Waiter, 10);
    KmtSleepMs(30);
    KmtInitApc(&Apcs[0], &Waiter.Thread, 'A', TRUE, KernelMode);
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_ulong(Apcs[0].NormalRuns, 1);
    KmtJoin(&Waiter);
    ok_eq_hex(Waiter.Status, STATUS_TIMEOUT);
    ok(Waiter.Ticks >= 10 && Waiter.Ticks <= 11, "a 100 ms wait with an APC in it took %lu ticks", Waiter.Ticks);

    //
    // A thread waiting in a critical region runs special APCs only; the normal one runs when it leaves.
    //

    KeClearEvent(&Event);
    RtlZeroMemory(&Waiter, sizeof(Waiter));
    Waiter.Objects[0] = &Event;
    Waiter.Count = 1;
    Waiter.CriticalRegion = TRUE;
    KiCreateThread(&Waiter.Thread, KmtApcWaiterRoutine, &Waiter, 10);
    KmtInitApc(&Apcs[0], &Waiter.Thread, 'N', TRUE, KernelMode);
    KmtInitApc(&Apcs[1], &Waiter.Thread, 'S', FALSE, KernelMode);
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_ulong(Apcs[0].KernelRuns, 0);
    KeInsertQueueApc(&Apcs[1].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_ulong(Apcs[1].KernelRuns, 1);
    ok_eq_ulong(Waiter.Woken, 0);
    KeSetEvent(&Event, IO_NO_INCREMENT, FALSE);
    KmtJoin(&Waiter);
    ok_eq_ulong(Apcs[0].NormalRuns, 1);
    ok_eq_pointer(Apcs[0].NormalThread, &Waiter.Thread);

    //
    // A user APC ends an alertable user-mode wait with STATUS_USER_APC and is delivered before the wait returns
    // (where a return to user mode would deliver it): its kernel routine at APC_LEVEL, then its normal routine
    // at PASSIVE_LEVEL, in the waiting thread, once.
    //

    KeClearEvent(&Event);
    KmtStartWaiter(&Waiter, &Event, UserMode, TRUE, 10);
    KmtInitApc(&Apcs[0], &Waiter.Thread, 'U', TRUE, UserMode);
    ok_eq_long(Apcs[0].Apc.ApcMode, UserMode);
    KeInsertQueueApc(&Apcs[0].Apc, (PVOID)0x31, (PVOID)0x32, IO_NO_INCREMENT);
    ok_eq_hex(Waiter.Status, STATUS_USER_APC);
    ok_eq_ulong(Apcs[0].KernelRuns, 1);
    ok_eq_ulong(Apcs[0].KernelIrql, APC_LEVEL);
    ok_eq_ulong(Apcs[0].NormalRuns, 1);
    ok_eq_ulong(Apcs[0].NormalIrql, PASSIVE_LEVEL);
    ok_eq_pointer(Apcs[0].NormalThread, &Waiter.Thread);
    ok_eq_pointer(Apcs[0].NormalArgument1, (PVOID)0x31);
    ok_eq_pointer(Apcs[0].NormalArgument2, (PVOID)0x32);
    KmtJoin(&Waiter);
    ok_eq_ulong(Apcs[0].RundownRuns, 0);
    ok_eq_ulong(Apcs[0].NormalRuns, 1);
    ok(!KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT), "an ended thread takes no APC");

    //
    // Left queued when the thread ends (a non-alertable wait does not take it), a user APC is run down.
    //

    KmtStartWaiter(&Waiter, &Event, UserMode, FALSE, 10);
    KmtInitApc(&Apcs[0], &Waiter.Thread, 'U', TRUE, UserMode);
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_ulong(Waiter.Woken, 0);
    KeSetEvent(&Event, IO_NO_INCREMENT, FALSE);
    KmtJoin(&Waiter);
    ok_eq_hex(Waiter.Status, STATUS_WAIT_0);
    ok_eq_ulong(Apcs[0].RundownRuns, 1);
    ok_eq_ulong(Apcs[0].NormalRuns, 0);

    //
    // Nor does an alertable kernel-mode wait.
    //

    KeClearEvent(&Event);
    KmtStartWaiter(&Waiter, &Event, KernelMode, TRUE, 10);
    KmtInitApc(&Apcs[0], &Waiter.Thread, 'U', TRUE, UserMode);
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_ulong(Waiter.Woken, 0);
    KeSetEvent(&Event, IO_NO_INCREMENT, FALSE);
    KmtJoin(&Waiter);
    ok_eq_hex(Waiter.Status, STATUS_WAIT_0);

    //
    // A user APC queued before the alertable user-mode wait begins ends it at once, delivered.
    //

    KeClearEvent(&Event);
    KmtStartWaiter(&Waiter, &Event, UserMode, TRUE, 5);
    KmtInitApc(&Apcs[0], &Waiter.Thread, 'U', TRUE, UserMode);
    KeInsertQueueApc(&Apcs[0].Apc, NULL, NULL, IO_NO_INCREMENT);
    ok_eq_ulong(Waiter.Woken, 0);
    KmtJoin(&Waiter);
    ok_eq_hex(Waiter.Status, STATUS_USER_APC);
    ok_eq_ulong(Waiter.Ticks, 0);
    ok_eq_ulong(Apcs[0].NormalRuns, 1);
    ok_eq_ulong(Apcs[0].RundownRuns, 0);
}

START_TEST(KeAlert)
{
    PKTHREAD Self = KeGetCurrentThread();
    KMT_APC_WAITER Waiter;
    KEVENT Event;
    KEVENT Other;
    LARGE_INTEGER Timeout;
    LARGE_INTEGER Before;
    LARGE_INTEGER After;

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    KeInitializeEvent(&Other, NotificationEvent, FALSE);

    //
    // An alert ends an alertable wait with STATUS_ALERTED and leaves nothing pending.
    //

    KmtStartWaiter(&Waiter, &Event, KernelMode, TRUE, 10);
    ok_eq_ulong(Waiter.Woken, 0);
    ok(!KeAlertThread(&Waiter.Thread, KernelMode), "the thread was not alerted before");
    ok_eq_ulong(Waiter.Woken, 1);
    ok_eq_hex(Waiter.Status, STATUS_ALERTED);
    ok_eq_bool(Waiter.TestAlert[0], FALSE);
    KmtJoin(&Waiter);

    //
    // A non-alertable wait goes on; the alert stays pending until KeTestAlertThread takes it.
    //

    KmtStartWaiter(&Waiter, &Event, KernelMode, FALSE, 10);
    ok(!KeAlertThread(&Waiter.Thread, KernelMode), "the thread was not alerted before");
    ok_eq_ulong(Waiter.Woken, 0);
    ok_eq_bool(Waiter.Thread.Alerted[KernelMode], TRUE);
    ok(KeAlertThread(&Waiter.Thread, KernelMode), "a second alert finds the first pending");
    KeSetEvent(&Event, IO_NO_INCREMENT, FALSE);
    ok_eq_hex(Waiter.Status, STATUS_WAIT_0);
    ok_eq_bool(Waiter.TestAlert[0], TRUE);
    ok_eq_bool(Waiter.TestAlert[1], FALSE);
    KmtJoin(&Waiter);
    KeClearEvent(&Event);

    //
    // A pending alert ends the next alertable wait at once; the one after times out.
    //

    ok(!KeAlertThread(Self, KernelMode), "the tester was not alerted before");
    Timeout.QuadPart = MILLISECONDS(20);
    KeQueryTickCount(&Before);
    ok_eq_hex(KeWaitForSingleObject(&Event, Executive, KernelMode, TRUE, &Timeout), STATUS_ALERTED);
    KeQueryTickCount(&After);
    ok_eq_ulong((ULONG)(After.QuadPart - Before.QuadPart), 0);
    ok_eq_hex(KeWaitForSingleObject(&Event, Executive, KernelMode, TRUE, &Timeout), STATUS_TIMEOUT);
    KeQueryTickCount(&Before);
    ok((ULONG)(Before.QuadPart - After.QuadPart) >= 2, "the alertable wait timed out after %lu ticks",
       (ULONG)(Before.QuadPart - After.QuadPart));

    //
    // An alertable delay ends early; a non-alertable one does not.
    //

    RtlZeroMemory(&Waiter, sizeof(Waiter));
    Waiter.Delay = TRUE;
    Waiter.Alertable = TRUE;
    Waiter.Timeout.QuadPart = MILLISECONDS(1000);
    KiCreateThread(&Waiter.Thread, KmtApcWaiterRoutine, &Waiter, 10);
    KmtSleepMs(20);
    KeAlertThread(&Waiter.Thread, KernelMode);
    ok_eq_hex(Waiter.Status, STATUS_ALERTED);
    ok(Waiter.Ticks >= 2 && Waiter.Ticks < 10, "the alerted delay lasted %lu ticks", Waiter.Ticks);
    KmtJoin(&Waiter);

    RtlZeroMemory(&Waiter, sizeof(Waiter));
    Waiter.Delay = TRUE;
    Waiter.Timeout.QuadPart = MILLISECONDS(50);
    KiCreateThread(&Waiter.Thread, KmtApcWaiterRoutine, &Waiter, 10);
    KeAlertThread(&Waiter.Thread, KernelMode);
    KmtJoin(&Waiter);
    ok_eq_hex(Waiter.Status, STATUS_SUCCESS);
    ok(Waiter.Ticks >= 5, "the non-alertable delay lasted %lu ticks", Waiter.Ticks);

    //
    // KeWaitForMultipleObjects too; and an alertable wait nobody alerts still times out on time.
    //

    RtlZeroMemory(&Waiter, sizeof(Waiter));
    Waiter.Objects[0] = &Event;
    Waiter.Objects[1] = &Other;
    Waiter.Count = 2;
    Waiter.Alertable = TRUE;
    KiCreateThread(&Waiter.Thread, KmtApcWaiterRoutine, &Waiter, 10);
    KeAlertThread(&Waiter.Thread, KernelMode);
    ok_eq_hex(Waiter.Status, STATUS_ALERTED);
    KmtJoin(&Waiter);

    Waiter.Timeout.QuadPart = MILLISECONDS(50);
    KiCreateThread(&Waiter.Thread, KmtApcWaiterRoutine, &Waiter, 10);
    KmtJoin(&Waiter);
    ok_eq_hex(Waiter.Status, STATUS_TIMEOUT);
    ok(Waiter.Ticks >= 5 && Waiter.Ticks <= 6, "a 50 ms alertable wait took %lu ticks", Waiter.Ticks);

    //
    // A user-mode alert does not end a kernel-mode wait (it stays pending); a kernel-mode alert ends a
    // user-mode one.
    //

    KmtStartWaiter(&Waiter, &Event, KernelMode, TRUE, 10);
    ok(!KeAlertThread(&Waiter.Thread, UserMode), "no user-mode alert was pending");
    ok_eq_ulong(Waiter.Woken, 0);
    ok_eq_bool(Waiter.Thread.Alerted[UserMode], TRUE);
    KeAlertThread(&Waiter.Thread, KernelMode);
    ok_eq_hex(Waiter.Status, STATUS_ALERTED);
    KmtJoin(&Waiter);

    KmtStartWaiter(&Waiter, &Event, UserMode, TRUE, 10);
    KeAlertThread(&Waiter.Thread, KernelMode);
    ok_eq_hex(Waiter.Status, STATUS_ALERTED);
    KmtJoin(&Waiter);
}
