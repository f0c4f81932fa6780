/* events.c - task priority, events and timers, Stall and the monotonic count (UEFI 2.10, 7.1 and 7.5). */
#include "../lib/efitest.h"

static VOID EFIAPI CountNotify(IN EFI_EVENT Event, IN VOID *Context)
{
    (VOID)Event;
    (*(UINTN *)Context)++;
}

VOID TestEvents(VOID)
{
    EFI_EVENT Event = NULL;
    UINTN Notified = 0, Index = 99;
    UINT64 First = 0, Second = 0;
    EFI_TPL Old;

    Old = gBS->RaiseTPL(TPL_NOTIFY);
    CheckValue(Old, TPL_APPLICATION, L"RaiseTPL(TPL_NOTIFY) returns TPL_APPLICATION, the application's level");
    gBS->RestoreTPL(Old);

    /* A notify-signal event runs its function when signaled, once the TPL is below its own. */
    if (CheckStatus(gBS->CreateEvent(EVT_NOTIFY_SIGNAL, TPL_CALLBACK, CountNotify, &Notified, &Event), EFI_SUCCESS,
            L"CreateEvent(EVT_NOTIFY_SIGNAL, TPL_CALLBACK)")) {
        CheckStatus(gBS->SignalEvent(Event), EFI_SUCCESS, L"SignalEvent");
        CheckValue(Notified, 1, L"  the notification function ran once");
        Old = gBS->RaiseTPL(TPL_NOTIFY);
        gBS->SignalEvent(Event);
        Check(Notified == 1, L"  at TPL_NOTIFY a TPL_CALLBACK notification waits");
        gBS->RestoreTPL(Old);
        CheckValue(Notified, 2, L"  and runs when the TPL is restored");
        CheckStatus(gBS->WaitForEvent(1, &Event, &Index), EFI_INVALID_PARAMETER,
            L"WaitForEvent on an EVT_NOTIFY_SIGNAL event");
        CheckStatus(gBS->CloseEvent(Event), EFI_SUCCESS, L"CloseEvent");
    }

    /* A timer event, waited for. */
    if (CheckStatus(gBS->CreateEvent(EVT_TIMER, 0, NULL, NULL, &Event), EFI_SUCCESS, L"CreateEvent(EVT_TIMER)")) {
        CheckStatus(gBS->SetTimer(Event, TimerRelative, 200000), EFI_SUCCESS, L"SetTimer(TimerRelative, 20 ms)");
        CheckStatus(gBS->CheckEvent(Event), EFI_NOT_READY, L"  CheckEvent at once: not signaled yet");
        CheckStatus(gBS->WaitForEvent(1, &Event, &Index), EFI_SUCCESS, L"  WaitForEvent");
        CheckValue(Index, 0, L"  Index names the event");
        CheckStatus(gBS->CheckEvent(Event), EFI_NOT_READY, L"  WaitForEvent cleared the signal");
        CheckStatus(gBS->SetTimer(Event, TimerCancel, 0), EFI_SUCCESS, L"SetTimer(TimerCancel)");
        CheckStatus(gBS->CloseEvent(Event), EFI_SUCCESS, L"CloseEvent");
    }
    CheckStatus(gBS->CreateEvent(EVT_NOTIFY_SIGNAL, TPL_CALLBACK, NULL, NULL, &Event), EFI_INVALID_PARAMETER,
        L"CreateEvent(EVT_NOTIFY_SIGNAL) without a notification function");

    CheckStatus(gBS->Stall(1000), EFI_SUCCESS, L"Stall(1000)");
    CheckStatus(gBS->GetNextMonotonicCount(&First), EFI_SUCCESS, L"GetNextMonotonicCount");
    gBS->GetNextMonotonicCount(&Second);
    Check(Second > First, L"  the count increases");
    CheckStatus(gBS->GetNextMonotonicCount(NULL), EFI_INVALID_PARAMETER, L"GetNextMonotonicCount(NULL)");
}
