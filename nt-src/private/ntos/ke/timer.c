/*++

Module Name:

    timer.c

Abstract:

    Kernel timers. A set timer waits on one list, due in interrupt time (100-ns units since boot): a relative
    due time (negative) counts from now; an absolute one (positive) is a system time, converted with the
    current bias. The clock interrupt requests the DISPATCH_LEVEL software interrupt when a timer is due;
    KiExpireTimers then signals each due timer, queues its DPC and sets a periodic one again.

--*/

#include <ke.h>

#define TIMER_NOTIFICATION_OBJECT 8
#define TIMER_SYNCHRONIZATION_OBJECT 9
#define MILLISECOND 10000

static LIST_ENTRY KiTimerListHead = { &KiTimerListHead, &KiTimerListHead };

VOID
NTAPI
KeInitializeTimerEx(
    OUT PKTIMER Timer,
    IN TIMER_TYPE Type
    )
{
    Timer->Header.Type = (UCHAR)(Type == NotificationTimer ? TIMER_NOTIFICATION_OBJECT : TIMER_SYNCHRONIZATION_OBJECT);
    Timer->Header.Absolute = FALSE;
    Timer->Header.Size = sizeof(KTIMER) / sizeof(LONG);
    Timer->Header.Inserted = FALSE;
    Timer->Header.SignalState = 0;
    InitializeListHead(&Timer->Header.WaitListHead);
    Timer->DueTime.QuadPart = 0;
    Timer->Dpc = NULL;
    Timer->Period = 0;
}

VOID
NTAPI
KeInitializeTimer(
    OUT PKTIMER Timer
    )
{
    KeInitializeTimerEx(Timer, NotificationTimer);
}

static
BOOLEAN
KiRemoveTimer(
    IN PKTIMER Timer
    )
{
    if (!Timer->Header.Inserted) {
        return FALSE;
    }
    RemoveEntryList(&Timer->TimerListEntry);
    Timer->Header.Inserted = FALSE;
    return TRUE;
}

static
VOID
KiInsertTimer(
    IN PKTIMER Timer,
    IN ULONGLONG DueInterruptTime
    )
{
    Timer->DueTime.QuadPart = DueInterruptTime;
    Timer->Header.Inserted = TRUE;
    InsertTailList(&KiTimerListHead, &Timer->TimerListEntry);
}

BOOLEAN
NTAPI
KeSetTimerEx(
    IN OUT PKTIMER Timer,
    IN LARGE_INTEGER DueTime,
    IN LONG Period OPTIONAL,
    IN PKDPC Dpc OPTIONAL
    )

/*++

Routine Description:

    Sets the timer (cancelling it first if it was set): not signalled until DueTime, then signalled with its DPC
    queued, and every Period milliseconds after that if Period is not 0.

Return Value:

    TRUE when the timer was set already.

--*/

{
    KIRQL OldIrql;
    BOOLEAN WasSet;
    ULONGLONG Now;
    LARGE_INTEGER SystemTime;
    ULONGLONG Due;

    KeRaiseIrql(HIGH_LEVEL, &OldIrql);
    WasSet = KiRemoveTimer(Timer);
    Timer->Header.SignalState = 0;
    Timer->Dpc = Dpc;
    Timer->Period = Period;
    Now = KeQueryInterruptTime();
    if (DueTime.QuadPart < 0) {
        Due = Now + (ULONGLONG)(-DueTime.QuadPart);
        Timer->Header.Absolute = FALSE;
    } else {
        KeQuerySystemTime(&SystemTime);
        Due = DueTime.QuadPart > SystemTime.QuadPart ? Now + (ULONGLONG)(DueTime.QuadPart - SystemTime.QuadPart) : Now;
        Timer->Header.Absolute = TRUE;
    }
    KiInsertTimer(Timer, Due);
    KeLowerIrql(OldIrql);
    if (Due <= Now) {
        HalRequestSoftwareInterrupt(DISPATCH_LEVEL);
    }
    return WasSet;
}

BOOLEAN
NTAPI
KeSetTimer(
    IN OUT PKTIMER Timer,
    IN LARGE_INTEGER DueTime,
    IN PKDPC Dpc OPTIONAL
    )
{
    return KeSetTimerEx(Timer, DueTime, 0, Dpc);
}

BOOLEAN
NTAPI
KeCancelTimer(
    IN OUT PKTIMER Timer
    )

/*++

Return Value:

    TRUE when the timer was set (it will not expire); FALSE when it was not.

--*/

{
    KIRQL OldIrql;
    BOOLEAN WasSet;

    KeRaiseIrql(HIGH_LEVEL, &OldIrql);
    WasSet = KiRemoveTimer(Timer);
    KeLowerIrql(OldIrql);
    return WasSet;
}

BOOLEAN
NTAPI
KeReadStateTimer(
    IN PKTIMER Timer
    )
{
    return (BOOLEAN)(Timer->Header.SignalState != 0);
}

BOOLEAN
KiTimerDue(
    IN ULONGLONG InterruptTime
    )

/*++

Routine Description:

    Whether a set timer is due at InterruptTime: the clock interrupt asks, at CLOCK2_LEVEL.

--*/

{
    PLIST_ENTRY Entry;

    for (Entry = KiTimerListHead.Flink; Entry != &KiTimerListHead; Entry = Entry->Flink) {
        if (CONTAINING_RECORD(Entry, KTIMER, TimerListEntry)->DueTime.QuadPart <= InterruptTime) {
            return TRUE;
        }
    }
    return FALSE;
}

VOID
KiExpireTimers(
    VOID
    )

/*++

Routine Description:

    At DISPATCH_LEVEL: signals every due timer, queues its DPC (with the due time as its arguments, as the DDK
    describes for timer DPCs) and sets a periodic timer again one period after its due time.

--*/

{
    KIRQL OldIrql;
    PLIST_ENTRY Entry;
    PLIST_ENTRY Next;
    PKTIMER Timer;
    ULONGLONG Now;
    ULONGLONG Due;

    KeRaiseIrql(HIGH_LEVEL, &OldIrql);
    Now = KeQueryInterruptTime();
    for (Entry = KiTimerListHead.Flink; Entry != &KiTimerListHead; Entry = Next) {
        Next = Entry->Flink;
        Timer = CONTAINING_RECORD(Entry, KTIMER, TimerListEntry);
        Due = Timer->DueTime.QuadPart;
        if (Due > Now) {
            continue;
        }
        KiRemoveTimer(Timer);
        Timer->Header.SignalState = 1;
        KiWaitTest(Timer);
        if (Timer->Period != 0) {
            KiInsertTimer(Timer, Due + (ULONGLONG)Timer->Period * MILLISECOND);
        }
        if (Timer->Dpc != NULL) {
            KeInsertQueueDpc(Timer->Dpc, (PVOID)(ULONG_PTR)(ULONG)Due, (PVOID)(ULONG_PTR)(ULONG)(Due >> 32));
        }
    }
    KeLowerIrql(OldIrql);
}
