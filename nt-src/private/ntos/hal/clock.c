/*++

Module Name:

    clock.c

Abstract:

    The system clock on the 8254's counter 0 (rate generator, 1.193182 MHz input) at 100 Hz; stalls by the
    processor's time-stamp counter; the real-time clock's date and time.

--*/

#include "halp.h"

#define PIT_COUNTER0 0x40
#define PIT_CONTROL 0x43
#define PIT_COUNTER0_RATE_GENERATOR 0x34
#define PIT_INPUT_HZ 1193182
#define CLOCK_HZ 100

#define CMOS_ADDRESS 0x70
#define CMOS_DATA 0x71
#define RTC_SECONDS 0x00
#define RTC_MINUTES 0x02
#define RTC_HOURS 0x04
#define RTC_DAY 0x07
#define RTC_MONTH 0x08
#define RTC_YEAR 0x09
#define RTC_STATUS_A 0x0A
#define RTC_STATUS_B 0x0B
#define RTC_CENTURY 0x32
#define RTC_A_UPDATE_IN_PROGRESS 0x80
#define RTC_B_24_HOUR 0x02
#define RTC_B_BINARY 0x04
#define RTC_HOURS_PM 0x80

#define TSC_TICKS_PER_MICROSECOND 1000

VOID
HalpInitializeClock(
    VOID
    )
{
    USHORT Count = (USHORT)((PIT_INPUT_HZ + CLOCK_HZ / 2) / CLOCK_HZ);

    __outbyte(PIT_CONTROL, PIT_COUNTER0_RATE_GENERATOR);
    __outbyte(PIT_COUNTER0, (UCHAR)(Count & 0xFF));
    __outbyte(PIT_COUNTER0, (UCHAR)(Count >> 8));
}

VOID
NTAPI
KeStallExecutionProcessor(
    IN ULONG MicroSeconds
    )

/*++

Routine Description:

    Spins for at least MicroSeconds, measured by the time-stamp counter (one tick per nanosecond on this
    machine), at any IRQL and with interrupts as they are.

--*/

{
    ULONGLONG End = __rdtsc() + (ULONGLONG)MicroSeconds * TSC_TICKS_PER_MICROSECOND;

    while (__rdtsc() < End) {
        NOTHING;
    }
}

static
UCHAR
HalpReadCmos(
    IN UCHAR Register
    )
{
    __outbyte(CMOS_ADDRESS, Register);
    return __inbyte(CMOS_DATA);
}

static
CSHORT
HalpFromBcd(
    IN UCHAR Value,
    IN BOOLEAN Binary
    )
{
    return (CSHORT)(Binary ? Value : (Value >> 4) * 10 + (Value & 0xF));
}

BOOLEAN
NTAPI
HalQueryRealTimeClock(
    OUT PTIME_FIELDS TimeFields
    )

/*++

Routine Description:

    Reads the date and time from the MC146818 real-time clock, waiting out an update in progress, in BCD or
    binary and 12- or 24-hour form as status register B says.

--*/

{
    UCHAR StatusB;
    BOOLEAN Binary;
    UCHAR Hours;

    while ((HalpReadCmos(RTC_STATUS_A) & RTC_A_UPDATE_IN_PROGRESS) != 0) {
        NOTHING;
    }
    StatusB = HalpReadCmos(RTC_STATUS_B);
    Binary = (BOOLEAN)((StatusB & RTC_B_BINARY) != 0);
    TimeFields->Second = HalpFromBcd(HalpReadCmos(RTC_SECONDS), Binary);
    TimeFields->Minute = HalpFromBcd(HalpReadCmos(RTC_MINUTES), Binary);
    Hours = HalpReadCmos(RTC_HOURS);
    TimeFields->Hour = HalpFromBcd((UCHAR)(Hours & ~RTC_HOURS_PM), Binary);
    if ((StatusB & RTC_B_24_HOUR) == 0) {
        TimeFields->Hour = (CSHORT)(TimeFields->Hour % 12 + ((Hours & RTC_HOURS_PM) != 0 ? 12 : 0));
    }
    TimeFields->Day = HalpFromBcd(HalpReadCmos(RTC_DAY), Binary);
    TimeFields->Month = HalpFromBcd(HalpReadCmos(RTC_MONTH), Binary);
    TimeFields->Year = (CSHORT)(HalpFromBcd(HalpReadCmos(RTC_CENTURY), Binary) * 100 + HalpFromBcd(HalpReadCmos(RTC_YEAR), Binary));
    TimeFields->Milliseconds = 0;
    TimeFields->Weekday = 0;
    return TRUE;
}
