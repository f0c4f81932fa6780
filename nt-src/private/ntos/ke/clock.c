/*++

Module Name:

    clock.c

Abstract:

    Time: the clock interrupt counts ticks (HAL_CLOCK_INTERVAL, 10 ms, each) and advances the interrupt time
    (since boot) and the system time (since 1601, started from the real-time clock).

--*/

#include <ke.h>

static KINTERRUPT KiClockInterruptObject;
static volatile ULONGLONG KiTickCount;
static volatile ULONGLONG KiInterruptTime;
static volatile LONGLONG KiSystemTime;

static
BOOLEAN
NTAPI
KiClockInterrupt(
    IN PKINTERRUPT Interrupt,
    IN PVOID ServiceContext
    )
{
    UNREFERENCED_PARAMETER(Interrupt);
    UNREFERENCED_PARAMETER(ServiceContext);

    KiTickCount += 1;
    KiInterruptTime += HAL_CLOCK_INTERVAL;
    KiSystemTime += HAL_CLOCK_INTERVAL;
    if (KiTimerDue(KiInterruptTime)) {
        HalRequestSoftwareInterrupt(DISPATCH_LEVEL);
    }
    KiQuantumTick();
    return TRUE;
}

VOID
KiInitializeClock(
    VOID
    )

/*++

Routine Description:

    Sets the system time from the real-time clock and connects the clock interrupt at CLOCK2_LEVEL.

--*/

{
    TIME_FIELDS Now;
    LARGE_INTEGER Time;

    if (HalQueryRealTimeClock(&Now) && RtlTimeFieldsToTime(&Now, &Time)) {
        KiSystemTime = Time.QuadPart;
    }
    KeInitializeInterrupt(&KiClockInterruptObject, KiClockInterrupt, NULL, NULL, HAL_CLOCK_VECTOR, CLOCK2_LEVEL,
                          CLOCK2_LEVEL, Latched, FALSE, 0, FALSE);
    if (!KeConnectInterrupt(&KiClockInterruptObject)) {
        KeBugCheckEx(PHASE0_INITIALIZATION_FAILED, HAL_CLOCK_VECTOR, CLOCK2_LEVEL, 0, 0);
    }
}

VOID
NTAPI
KeQueryTickCount(
    OUT PLARGE_INTEGER TickCount
    )
{
    TickCount->QuadPart = (LONGLONG)KiTickCount;
}

ULONG
NTAPI
KeQueryTimeIncrement(
    VOID
    )
{
    return HAL_CLOCK_INTERVAL;
}

ULONGLONG
NTAPI
KeQueryInterruptTime(
    VOID
    )
{
    return KiInterruptTime;
}

VOID
NTAPI
KeQuerySystemTime(
    OUT PLARGE_INTEGER CurrentTime
    )
{
    CurrentTime->QuadPart = KiSystemTime;
}
