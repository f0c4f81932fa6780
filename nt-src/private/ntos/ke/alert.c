/*++

Module Name:

    alert.c

Abstract:

    Alerts. An alert for a mode ends a thread's alertable wait of that mode or of user mode (a kernel-mode
    alert ends either) with STATUS_ALERTED; when the thread is not in such a wait, the alert stays pending
    and the thread's next alertable wait ends at once, or KeTestAlertThread takes it. A non-alertable wait is
    never ended by an alert.

--*/

#include <ke.h>

BOOLEAN
NTAPI
KeAlertThread(
    IN PKTHREAD Thread,
    IN KPROCESSOR_MODE AlertMode
    )

/*++

Routine Description:

    Alerts Thread for AlertMode: ends its alertable wait if it is in one that the alert may end, else leaves
    the alert pending.

Return Value:

    Whether the thread had an alert pending for AlertMode already (nothing changes then).

--*/

{
    KIRQL OldIrql;
    BOOLEAN Alerted;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Alerted = Thread->Alerted[AlertMode];
    if (!Alerted) {
        if (Thread->State == Waiting && Thread->Alertable && AlertMode <= Thread->WaitMode) {
            KiUnwaitThreadEx(Thread, STATUS_ALERTED, ALERT_INCREMENT);
        } else {
            Thread->Alerted[AlertMode] = TRUE;
        }
    }
    KeLowerIrql(OldIrql);
    return Alerted;
}

BOOLEAN
NTAPI
KeTestAlertThread(
    IN KPROCESSOR_MODE AlertMode
    )

/*++

Routine Description:

    Takes the calling thread's pending alert for AlertMode. For user mode with no alert pending, queued user
    APCs are marked pending for the return to user mode.

Return Value:

    Whether an alert was pending.

--*/

{
    KIRQL OldIrql;
    PKTHREAD Thread = KeGetCurrentThread();
    BOOLEAN Alerted;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Alerted = Thread->Alerted[AlertMode];
    if (Alerted) {
        Thread->Alerted[AlertMode] = FALSE;
    } else if (AlertMode == UserMode && !IsListEmpty(&Thread->ApcState.ApcListHead[UserMode])) {
        Thread->ApcState.UserApcPending = TRUE;
    }
    KeLowerIrql(OldIrql);
    return Alerted;
}
