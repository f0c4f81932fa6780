/*
 * Events, timers and TPLs on virtual time: relative and periodic timers (their notifications at each period),
 * WaitForEvent and CheckEvent, SignalEvent with the TPL holding notifications back until RestoreTPL, wait events
 * whose notification signals them, event groups, Stall measured with the RTC, the monotonic count, bad use of
 * each; it ends by arming a 2-second watchdog and waiting longer, which ends the run.
 */
#include "efitest.h"

static UINTN Ticks, Signals, GroupA, GroupB;
static EFI_EVENT WaitEvent;
static EFI_GUID Group = { 0x5EE5EE55, 0x1234, 0x5678, { 1, 2, 3, 4, 5, 6, 7, 8 } };

static VOID EFIAPI Tick(EFI_EVENT Event, VOID *Context)
{
    Ticks++;
}

static VOID EFIAPI Count(EFI_EVENT Event, VOID *Context)
{
    (*(UINTN *)Context)++;
}

/* A wait event's notification: the event is ready on the third check. */
static VOID EFIAPI ReadyOnThird(EFI_EVENT Event, VOID *Context)
{
    if (++*(UINTN *)Context == 3)
        gBS->SignalEvent(Event);
}

static UINT32 Seconds(void)
{
    EFI_TIME Time;
    gRT->GetTime(&Time, NULL);
    return Time.Hour * 3600 + Time.Minute * 60 + Time.Second;
}

EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable)
{
    EFI_EVENT Timer, Periodic, Signal, A, B;
    UINTN Index, Checks = 0;
    UINT64 First, Second;

    TestInit(SystemTable);
    PrintStatus("SetWatchdogTimer off", gBS->SetWatchdogTimer(0, 0, 0, NULL));

    /* A relative timer: not ready before it is due, ready once, then clear again. */
    PrintStatus("CreateEvent timer", gBS->CreateEvent(EVT_TIMER, 0, NULL, NULL, &Timer));
    PrintStatus("SetTimer relative 50 ms", gBS->SetTimer(Timer, TimerRelative, 500000));
    PrintStatus("CheckEvent at once", gBS->CheckEvent(Timer));
    gBS->Stall(60000);
    PrintStatus("CheckEvent after 60 ms", gBS->CheckEvent(Timer));
    PrintStatus("CheckEvent again", gBS->CheckEvent(Timer));
    UINT32 Before = Seconds();
    PrintStatus("SetTimer relative 2 s", gBS->SetTimer(Timer, TimerRelative, 20000000));
    PrintStatus("WaitForEvent", gBS->WaitForEvent(1, &Timer, &Index));
    PrintValue("index", Index);
    PrintValue("seconds waited by the RTC", Seconds() - Before);
    PrintStatus("SetTimer cancel", gBS->SetTimer(Timer, TimerCancel, 0));
    PrintStatus("SetTimer bad type", gBS->SetTimer(Timer, (EFI_TIMER_DELAY)3, 0));

    /* A periodic timer with a notification: once per period while the application stalls. */
    PrintStatus("CreateEvent periodic", gBS->CreateEvent(EVT_TIMER | EVT_NOTIFY_SIGNAL, TPL_CALLBACK, Tick, NULL, &Periodic));
    PrintStatus("SetTimer periodic 10 ms", gBS->SetTimer(Periodic, TimerPeriodic, 100000));
    gBS->Stall(105000);
    PrintValue("ticks in 105 ms", Ticks);
    EFI_TPL Old = gBS->RaiseTPL(TPL_NOTIFY);
    gBS->Stall(30000);
    PrintValue("ticks while at TPL_NOTIFY", Ticks);
    gBS->RestoreTPL(Old);
    PrintValue("ticks after RestoreTPL", Ticks);
    PrintStatus("CloseEvent periodic", gBS->CloseEvent(Periodic));
    gBS->Stall(50000);
    PrintValue("ticks after closing", Ticks);
    PrintStatus("CloseEvent again", gBS->CloseEvent(Periodic));

    /* SignalEvent: at once below the notification TPL, held back above it. */
    gBS->CreateEvent(EVT_NOTIFY_SIGNAL, TPL_CALLBACK, Count, &Signals, &Signal);
    PrintStatus("SignalEvent", gBS->SignalEvent(Signal));
    PrintValue("notifications", Signals);
    Old = gBS->RaiseTPL(TPL_CALLBACK);
    PrintValue("TPL before", Old);
    gBS->SignalEvent(Signal);
    PrintValue("notifications at TPL_CALLBACK", Signals);
    gBS->RestoreTPL(Old);
    PrintValue("notifications after RestoreTPL", Signals);
    PrintStatus("CheckEvent on a notify-signal event", gBS->CheckEvent(Signal));
    Index = 99;
    EFI_EVENT Both[2] = { Timer, Signal };
    PrintStatus("WaitForEvent on a notify-signal event", gBS->WaitForEvent(2, Both, &Index));
    PrintValue("index", Index);
    Old = gBS->RaiseTPL(TPL_CALLBACK);
    PrintStatus("WaitForEvent at TPL_CALLBACK", gBS->WaitForEvent(1, &Timer, &Index));
    gBS->RestoreTPL(Old);

    /* A wait event: its notification runs at each check until it signals the event. */
    PrintStatus("CreateEvent wait", gBS->CreateEvent(EVT_NOTIFY_WAIT, TPL_NOTIFY, ReadyOnThird, &Checks, &WaitEvent));
    PrintStatus("CheckEvent 1", gBS->CheckEvent(WaitEvent));
    PrintStatus("CheckEvent 2", gBS->CheckEvent(WaitEvent));
    PrintStatus("CheckEvent 3", gBS->CheckEvent(WaitEvent));

    /* Event groups. */
    PrintStatus("CreateEventEx A", gBS->CreateEventEx(EVT_NOTIFY_SIGNAL, TPL_CALLBACK, Count, &GroupA, &Group, &A));
    PrintStatus("CreateEventEx B", gBS->CreateEventEx(EVT_NOTIFY_SIGNAL, TPL_CALLBACK, Count, &GroupB, &Group, &B));
    gBS->SignalEvent(A);
    PrintValue("group notifications A", GroupA);
    PrintValue("group notifications B", GroupB);

    /* Bad creations. */
    PrintStatus("CreateEvent notify without a function", gBS->CreateEvent(EVT_NOTIFY_SIGNAL, TPL_CALLBACK, NULL, NULL, &A));
    PrintStatus("CreateEvent notify at TPL_APPLICATION", gBS->CreateEvent(EVT_NOTIFY_SIGNAL, TPL_APPLICATION, Count, NULL, &A));
    PrintStatus("CreateEvent wait and signal", gBS->CreateEvent(EVT_NOTIFY_WAIT | EVT_NOTIFY_SIGNAL, TPL_CALLBACK, Count, NULL, &A));
    PrintStatus("CreateEvent NULL", gBS->CreateEvent(EVT_TIMER, 0, NULL, NULL, NULL));
    PrintStatus("SetTimer on no timer", gBS->SetTimer(Signal, TimerRelative, 1));

    /* Stall and the monotonic count. */
    Before = Seconds();
    PrintStatus("Stall 3 s", gBS->Stall(3000000));
    PrintValue("seconds stalled by the RTC", Seconds() - Before);
    gBS->GetNextMonotonicCount(&First);
    gBS->GetNextMonotonicCount(&Second);
    PrintValue("monotonic count step", Second - First);
    PrintStatus("GetNextMonotonicCount NULL", gBS->GetNextMonotonicCount(NULL));

    /* The watchdog ends the run. */
    PrintStatus("SetWatchdogTimer 2 s", gBS->SetWatchdogTimer(2, 0x10001, 12, L"events"));
    gBS->SetTimer(Timer, TimerRelative, 50000000);
    gBS->WaitForEvent(1, &Timer, &Index);
    Print("the watchdog did not fire\n");
    return EFI_SUCCESS;
}
