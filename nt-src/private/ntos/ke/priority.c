/*++

Module Name:

    priority.c

Abstract:

    Priority boosts and their decay. A thread has a base priority and a current one. Priorities 1 to 15 are
    variable: a thread woken from a wait with an increment (KeSetEvent's, KeReleaseSemaphore's, an APC's...)
    runs at its base priority plus the increment, never above 15 and never lower than it already was; each end
    of a quantum then takes one level off until it is back at its base. Real-time priorities (16 to 31) are
    never boosted and never decay.

--*/

#include <ke.h>

VOID
KiBoostPriority(
    IN PKTHREAD Thread,
    IN KPRIORITY Increment
    )

/*++

Routine Description:

    At DISPATCH_LEVEL, for a thread leaving a wait (not in a ready queue): applies the wake-up's boost.

--*/

{
    KPRIORITY Boosted;

    if (Thread->Priority >= LOW_REALTIME_PRIORITY || Increment <= 0) {
        return;
    }
    Boosted = Thread->BasePriority + Increment;
    if (Boosted >= LOW_REALTIME_PRIORITY) {
        Boosted = LOW_REALTIME_PRIORITY - 1;
    }
    if (Boosted > Thread->Priority) {
        Thread->Priority = Boosted;
    }
}

VOID
KiDecayPriority(
    IN PKTHREAD Thread
    )

/*++

Routine Description:

    At DISPATCH_LEVEL, at the end of the running thread's quantum: one level of a boost goes.

--*/

{
    if (Thread->Priority < LOW_REALTIME_PRIORITY && Thread->Priority > Thread->BasePriority) {
        Thread->Priority -= 1;
    }
}

LONG
NTAPI
KeSetBasePriorityThread(
    IN PKTHREAD Thread,
    IN LONG Increment
    )

/*++

Routine Description:

    Sets the thread's base priority to its process's base priority plus Increment, kept within the process's
    class (variable, 1 to 15: the system process's); the current priority becomes the new base (a boost in
    progress ends).

Return Value:

    The previous increment: the old base priority less the process's base priority.

--*/

{
    KIRQL OldIrql;
    LONG Previous;
    KPRIORITY Base = KI_PROCESS_BASE_PRIORITY + Increment;

    if (Base < LOW_PRIORITY + 1) {
        Base = LOW_PRIORITY + 1;
    } else if (Base >= LOW_REALTIME_PRIORITY) {
        Base = LOW_REALTIME_PRIORITY - 1;
    }
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Previous = Thread->BasePriority - KI_PROCESS_BASE_PRIORITY;
    Thread->BasePriority = Base;
    KiSetPriorityThread(Thread, Base);
    KeLowerIrql(OldIrql);
    return Previous;
}
