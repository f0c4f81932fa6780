/*++

Module Name:

    kepriority.c

Abstract:

    Self-tests of priority boosts and their decay: the increment a signaller passes (events, semaphores,
    mutexes) raises a woken variable-priority thread's priority above its base, at most to 15, never a
    real-time thread's; the boost decays by one level per quantum back to the base; a boosted thread runs
    before a thread of the same base priority; KeSetBasePriorityThread and KeSetPriorityThread set the base.

--*/

#include <kmtest.h>
#include <ke.h>

#define MILLISECONDS(Count) ((LONGLONG)(Count) * -10000)
#define KMT_DECAY_SAMPLES 16
#define KMT_DECAY_TICK_LIMIT 200

typedef struct _KMT_BOOSTED {
    KTHREAD Thread;
    PVOID Object;
    PVOID SecondObject;             // waited for after the first, when set
    KPRIORITY PriorityAfter;
    KPRIORITY PriorityAfterSecond;
    ULONG Order;
    BOOLEAN Decay;                  // after the wait, spin and sample the priority until it is back at base
    ULONG Samples;
    KPRIORITY SamplePriority[KMT_DECAY_SAMPLES];
    ULONG SampleTick[KMT_DECAY_SAMPLES];
} KMT_BOOSTED;

static ULONG KmtRunOrder;

static
ULONG
KmtTicks(
    VOID
    )
{
    LARGE_INTEGER Now;

    KeQueryTickCount(&Now);
    return (ULONG)Now.QuadPart;
}

static
VOID
NTAPI
KmtBoostedRoutine(
    IN PVOID Context
    )
{
    KMT_BOOSTED *Boosted = (KMT_BOOSTED *)Context;
    PKTHREAD Self = KeGetCurrentThread();
    KPRIORITY Priority;
    ULONG Start;

    if (Boosted->Object != NULL) {
        KeWaitForSingleObject(Boosted->Object, Executive, KernelMode, FALSE, NULL);
    }
    KmtRunOrder += 1;
    Boosted->Order = KmtRunOrder;
    Boosted->PriorityAfter = KeQueryPriorityThread(Self);
    if (Boosted->SecondObject != NULL) {
        KeWaitForSingleObject(Boosted->SecondObject, Executive, KernelMode, FALSE, NULL);
        Boosted->PriorityAfterSecond = KeQueryPriorityThread(Self);
    }
    if (Boosted->Decay) {
        Start = KmtTicks();
        Priority = -1;
        while (Boosted->Samples < KMT_DECAY_SAMPLES && KmtTicks() - Start < KMT_DECAY_TICK_LIMIT) {
            if (KeQueryPriorityThread(Self) != Priority) {
                Priority = KeQueryPriorityThread(Self);
                Boosted->SamplePriority[Boosted->Samples] = Priority;
                Boosted->SampleTick[Boosted->Samples] = KmtTicks();
                Boosted->Samples += 1;
                if (Priority == Self->BasePriority) {
                    break;
                }
            }
        }
    }
}

static
VOID
KmtLetRun(
    VOID
    )

/*++

Routine Description:

    Sleeps 10 ms, so threads below the tester run (and begin their waits).

--*/

{
    LARGE_INTEGER Interval;

    Interval.QuadPart = MILLISECONDS(10);
    KeDelayExecutionThread(KernelMode, FALSE, &Interval);
}

static
VOID
KmtStartBoosted(
    OUT KMT_BOOSTED *Boosted,
    IN PVOID Object,
    IN KPRIORITY Priority
    )
{
    RtlZeroMemory(Boosted, sizeof(KMT_BOOSTED));
    Boosted->Object = Object;
    KiCreateThread(&Boosted->Thread, KmtBoostedRoutine, Boosted, Priority);
    KmtLetRun();
}

static
VOID
KmtJoinBoosted(
    IN KMT_BOOSTED *Boosted
    )
{
    KeWaitForSingleObject(&Boosted->Thread, Executive, KernelMode, FALSE, NULL);
}

static
KPRIORITY
KmtBoostOnce(
    IN KPRIORITY Base,
    IN KPRIORITY Increment
    )

/*++

Routine Description:

    A thread of priority Base waits on an event set with Increment: its priority right after the wake-up.

--*/

{
    KMT_BOOSTED Boosted;
    KEVENT Event;
    KPRIORITY Priority;

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    KmtStartBoosted(&Boosted, &Event, Base);
    KeSetEvent(&Event, Increment, FALSE);
    Priority = KeQueryPriorityThread(&Boosted.Thread);
    KmtJoinBoosted(&Boosted);
    return Priority;
}

START_TEST(KePriority)
{
    PKTHREAD Self = KeGetCurrentThread();
    KMT_BOOSTED Boosted;
    KMT_BOOSTED Plain;
    KEVENT Event;
    KEVENT Second;
    KSEMAPHORE Semaphore;
    KMUTEX Mutex;
    PVOID Objects[2];
    ULONG Index;
    ULONG BadGap;
    ULONG BadStep;

    ok_eq_long(KeQueryPriorityThread(Self), 8);
    ok_eq_long(Self->BasePriority, 8);

    //
    // An event's increment: base plus increment, at most 15; a real-time thread is not boosted.
    //

    ok_eq_long(KmtBoostOnce(6, IO_NO_INCREMENT), 6);
    ok_eq_long(KmtBoostOnce(6, EVENT_INCREMENT), 7);
    ok_eq_long(KmtBoostOnce(6, IO_KEYBOARD_INCREMENT), 12);
    ok_eq_long(KmtBoostOnce(4, IO_SOUND_INCREMENT), 12);
    ok_eq_long(KmtBoostOnce(12, IO_SOUND_INCREMENT), 15);
    ok_eq_long(KmtBoostOnce(16, IO_KEYBOARD_INCREMENT), 16);

    //
    // The woken thread runs at its boosted priority, which does not decay while it does not run a quantum.
    //

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    KmtStartBoosted(&Boosted, &Event, 5);
    KeSetEvent(&Event, IO_DISK_INCREMENT, FALSE);
    KmtJoinBoosted(&Boosted);
    ok_eq_long(Boosted.PriorityAfter, 6);

    //
    // Semaphores and mutexes boost the threads they wake.
    //

    KeInitializeSemaphore(&Semaphore, 0, 10);
    KmtStartBoosted(&Boosted, &Semaphore, 6);
    KeReleaseSemaphore(&Semaphore, SEMAPHORE_INCREMENT, 1, FALSE);
    ok_eq_long(KeQueryPriorityThread(&Boosted.Thread), 7);
    KmtJoinBoosted(&Boosted);

    KeInitializeMutex(&Mutex, 0);
    KeWaitForSingleObject(&Mutex, Executive, KernelMode, FALSE, NULL);
    KmtStartBoosted(&Boosted, &Mutex, 6);
    KeReleaseMutex(&Mutex, FALSE);
    ok_eq_long(KeQueryPriorityThread(&Boosted.Thread), 6 + MUTANT_INCREMENT);
    KmtJoinBoosted(&Boosted);
    ok(Mutex.Abandoned, "the woken thread owned the mutex (and ended owning it)");

    //
    // A smaller boost never lowers a thread still running boosted.
    //

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    KeInitializeEvent(&Second, NotificationEvent, FALSE);
    RtlZeroMemory(&Boosted, sizeof(Boosted));
    Boosted.Object = &Event;
    Boosted.SecondObject = &Second;
    KiCreateThread(&Boosted.Thread, KmtBoostedRoutine, &Boosted, 4);
    KmtLetRun();
    KeSetEvent(&Event, IO_SOUND_INCREMENT, FALSE);
    ok_eq_long(Boosted.PriorityAfter, 12);
    KeSetEvent(&Second, EVENT_INCREMENT, FALSE);
    ok_eq_long(Boosted.PriorityAfterSecond, 12);
    KmtJoinBoosted(&Boosted);

    //
    // A boosted thread runs before a thread of its base priority that was ready first; without the boost,
    // after it.
    //

    for (Index = 0; Index < 2; Index += 1) {
        KeInitializeEvent(&Event, NotificationEvent, FALSE);
        KmtStartBoosted(&Boosted, &Event, 6);
        RtlZeroMemory(&Plain, sizeof(Plain));
        KiCreateThread(&Plain.Thread, KmtBoostedRoutine, &Plain, 6);
        KmtRunOrder = 0;
        KeSetEvent(&Event, Index == 0 ? 2 : IO_NO_INCREMENT, FALSE);
        Objects[0] = &Boosted.Thread;
        Objects[1] = &Plain.Thread;
        KeWaitForMultipleObjects(2, Objects, WaitAll, Executive, KernelMode, FALSE, NULL, NULL);
        if (Index == 0) {
            ok(Boosted.Order == 1 && Plain.Order == 2, "the boosted thread ran first (%lu, %lu)", Boosted.Order, Plain.Order);
        } else {
            ok(Boosted.Order == 2 && Plain.Order == 1, "the unboosted thread ran second (%lu, %lu)", Boosted.Order, Plain.Order);
        }
    }

    //
    // Decay: a thread of base 4 boosted by 10 loses a level per quantum (KI_QUANTUM_TICKS ticks) while it
    // runs, down to its base. The tester waits at a real-time priority meanwhile.
    //

    KeSetPriorityThread(Self, 20);
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    RtlZeroMemory(&Boosted, sizeof(Boosted));
    Boosted.Object = &Event;
    Boosted.Decay = TRUE;
    KiCreateThread(&Boosted.Thread, KmtBoostedRoutine, &Boosted, 4);
    KmtLetRun();
    KeSetEvent(&Event, 10, FALSE);
    KmtJoinBoosted(&Boosted);
    KeSetPriorityThread(Self, 8);
    ok_eq_ulong(Boosted.Samples, 11);
    ok_eq_long(Boosted.SamplePriority[0], 14);
    ok_eq_long(Boosted.SamplePriority[Boosted.Samples - 1], 4);
    BadStep = 0;
    BadGap = 0;
    for (Index = 1; Index < Boosted.Samples; Index += 1) {
        if (Boosted.SamplePriority[Index] != Boosted.SamplePriority[Index - 1] - 1) {
            BadStep = Index;
        }
        if (Index > 1 && Boosted.SampleTick[Index] - Boosted.SampleTick[Index - 1] != KI_QUANTUM_TICKS) {
            BadGap = Index;
        }
    }
    ok(BadStep == 0, "the priority fell by one level at a time (sample %lu)", BadStep);
    ok(BadGap == 0, "one level per quantum (sample %lu: %lu ticks)", BadGap,
       BadGap != 0 ? Boosted.SampleTick[BadGap] - Boosted.SampleTick[BadGap - 1] : 0);
    ok(Boosted.SampleTick[1] - Boosted.SampleTick[0] <= KI_QUANTUM_TICKS, "the first level went within a quantum");

    //
    // KeSetBasePriorityThread counts from the process's base priority (8), within 1 to 15.
    //

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    KmtStartBoosted(&Boosted, &Event, 6);
    ok_eq_long(KeSetBasePriorityThread(&Boosted.Thread, 2), -2);
    ok_eq_long(KeQueryPriorityThread(&Boosted.Thread), 10);
    ok_eq_long(KeSetBasePriorityThread(&Boosted.Thread, 20), 2);
    ok_eq_long(KeQueryPriorityThread(&Boosted.Thread), 15);
    ok_eq_long(KeSetBasePriorityThread(&Boosted.Thread, -10), 7);
    ok_eq_long(KeQueryPriorityThread(&Boosted.Thread), 1);

    //
    // KeSetPriorityThread sets the base too: a boost then counts from it.
    //

    ok_eq_long(KeSetPriorityThread(&Boosted.Thread, 3), 1);
    ok_eq_long(Boosted.Thread.BasePriority, 3);
    KeSetEvent(&Event, 2, FALSE);
    ok_eq_long(KeQueryPriorityThread(&Boosted.Thread), 5);
    KmtJoinBoosted(&Boosted);
}
