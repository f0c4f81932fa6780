/*++

Module Name:

    time.c

Abstract:

    Conversion between system time (a count of 100-nanosecond intervals since January 1, 1601, UTC) and
    calendar fields, in the proleptic Gregorian calendar: a year is a leap year when divisible by 4,
    except years divisible by 100 that are not divisible by 400.

    The calendar repeats every 400 years (146097 days), and 1601 begins such a cycle. Within a cycle the
    first three centuries have 36524 days and the last 36525; within a century each four-year group has
    1461 days except the last group of the first three centuries (1460); within a group the first three
    years have 365 days and the last 365 or 366.

Environment:

    Kernel mode, any IRQL.

--*/

#include <ntddk.h>

#define RTLP_TICKS_PER_MILLISECOND 10000
#define RTLP_MILLISECONDS_PER_SECOND 1000
#define RTLP_MILLISECONDS_PER_DAY (24UL * 60 * 60 * 1000)

#define RTLP_DAYS_PER_YEAR 365
#define RTLP_DAYS_PER_4_YEARS (4 * RTLP_DAYS_PER_YEAR + 1)
#define RTLP_DAYS_PER_CENTURY (25 * RTLP_DAYS_PER_4_YEARS - 1)
#define RTLP_DAYS_PER_400_YEARS (4 * RTLP_DAYS_PER_CENTURY + 1)

#define RTLP_BASE_YEAR 1601

//
// January 1, 1601 was a Monday; Weekday counts from Sunday (0).
//

#define RTLP_BASE_WEEKDAY 1

//
// Days before the first of each month, in common and leap years.
//

static const USHORT RtlpDaysBeforeMonth[2][13] = {
    { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 },
    { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 },
};

static
BOOLEAN
RtlpIsLeapYear (
    IN ULONG Year
    )

/*++

Routine Description:

    Determines whether a Gregorian year has 366 days.

Arguments:

    Year - Supplies the year.

Return Value:

    TRUE for a leap year, FALSE otherwise.

--*/

{
    return (BOOLEAN)((Year % 4 == 0 && Year % 100 != 0) || Year % 400 == 0);
}

VOID
NTAPI
RtlTimeToTimeFields (
    IN PLARGE_INTEGER Time,
    OUT PTIME_FIELDS TimeFields
    )

/*++

Routine Description:

    Converts a system time to its calendar fields, the day of the week included.

Arguments:

    Time - Supplies the time, a non-negative count of 100-nanosecond intervals since January 1, 1601.

    TimeFields - Receives the fields.

Return Value:

    None.

--*/

{
    ULONGLONG Milliseconds;
    ULONG Days;
    ULONG MillisecondOfDay;
    ULONG Cycles;
    ULONG Centuries;
    ULONG Groups;
    ULONG Years;
    ULONG Year;
    ULONG Month;
    const USHORT *DaysBefore;

    Milliseconds = (ULONGLONG)Time->QuadPart / RTLP_TICKS_PER_MILLISECOND;
    Days = (ULONG)(Milliseconds / RTLP_MILLISECONDS_PER_DAY);
    MillisecondOfDay = (ULONG)(Milliseconds % RTLP_MILLISECONDS_PER_DAY);

    TimeFields->Weekday = (CSHORT)((Days + RTLP_BASE_WEEKDAY) % 7);

    //
    // The year: whole 400-year cycles, centuries, four-year groups and years. The last century of a cycle
    // and the last year of a group are one day longer, so the quotient of their final day is clamped.
    //

    Cycles = Days / RTLP_DAYS_PER_400_YEARS;
    Days %= RTLP_DAYS_PER_400_YEARS;

    Centuries = Days / RTLP_DAYS_PER_CENTURY;
    if (Centuries == 4) {
        Centuries = 3;
    }

    Days -= Centuries * RTLP_DAYS_PER_CENTURY;

    Groups = Days / RTLP_DAYS_PER_4_YEARS;
    Days -= Groups * RTLP_DAYS_PER_4_YEARS;

    Years = Days / RTLP_DAYS_PER_YEAR;
    if (Years == 4) {
        Years = 3;
    }

    Days -= Years * RTLP_DAYS_PER_YEAR;

    Year = RTLP_BASE_YEAR + Cycles * 400 + Centuries * 100 + Groups * 4 + Years;

    //
    // The month and day from the day of the year.
    //

    DaysBefore = RtlpDaysBeforeMonth[RtlpIsLeapYear(Year) ? 1 : 0];
    Month = 1;
    while (Days >= DaysBefore[Month]) {
        Month += 1;
    }

    TimeFields->Year = (CSHORT)Year;
    TimeFields->Month = (CSHORT)Month;
    TimeFields->Day = (CSHORT)(Days - DaysBefore[Month - 1] + 1);

    TimeFields->Milliseconds = (CSHORT)(MillisecondOfDay % RTLP_MILLISECONDS_PER_SECOND);
    MillisecondOfDay /= RTLP_MILLISECONDS_PER_SECOND;
    TimeFields->Second = (CSHORT)(MillisecondOfDay % 60);
    MillisecondOfDay /= 60;
    TimeFields->Minute = (CSHORT)(MillisecondOfDay % 60);
    TimeFields->Hour = (CSHORT)(MillisecondOfDay / 60);
}

BOOLEAN
NTAPI
RtlTimeFieldsToTime (
    IN PTIME_FIELDS TimeFields,
    OUT PLARGE_INTEGER Time
    )

/*++

Routine Description:

    Converts calendar fields to a system time. The Weekday field is ignored.

Arguments:

    TimeFields - Supplies the fields: Year from 1601, Month 1-12, Day within the month, Hour 0-23,
        Minute 0-59, Second 0-59, Milliseconds 0-999.

    Time - Receives the time; unchanged when the fields are invalid.

Return Value:

    TRUE when the fields were converted; FALSE when a field is out of range or the time does not fit in a
    LARGE_INTEGER.

--*/

{
    ULONG Year;
    ULONG Elapsed;
    ULONG Days;
    ULONGLONG Milliseconds;
    ULONGLONG Ticks;
    const USHORT *DaysBefore;

    if (TimeFields->Year < RTLP_BASE_YEAR ||
        TimeFields->Month < 1 || TimeFields->Month > 12 ||
        TimeFields->Day < 1 ||
        TimeFields->Hour < 0 || TimeFields->Hour > 23 ||
        TimeFields->Minute < 0 || TimeFields->Minute > 59 ||
        TimeFields->Second < 0 || TimeFields->Second > 59 ||
        TimeFields->Milliseconds < 0 || TimeFields->Milliseconds > 999) {

        return FALSE;
    }

    Year = (ULONG)TimeFields->Year;
    DaysBefore = RtlpDaysBeforeMonth[RtlpIsLeapYear(Year) ? 1 : 0];
    if ((ULONG)TimeFields->Day > (ULONG)(DaysBefore[TimeFields->Month] - DaysBefore[TimeFields->Month - 1])) {
        return FALSE;
    }

    //
    // Days before January 1 of the year: 365 a year plus one for each leap year passed.
    //

    Elapsed = Year - RTLP_BASE_YEAR;
    Days = Elapsed * RTLP_DAYS_PER_YEAR + Elapsed / 4 - Elapsed / 100 + Elapsed / 400;
    Days += DaysBefore[TimeFields->Month - 1] + (ULONG)TimeFields->Day - 1;

    Milliseconds = (ULONGLONG)Days * RTLP_MILLISECONDS_PER_DAY +
                   (((ULONG)TimeFields->Hour * 60 + (ULONG)TimeFields->Minute) * 60 +
                    (ULONG)TimeFields->Second) * RTLP_MILLISECONDS_PER_SECOND +
                   (ULONG)TimeFields->Milliseconds;

    //
    // The largest CSHORT year keeps the count of ticks within 64 unsigned bits; it must also fit the signed
    // LARGE_INTEGER.
    //

    Ticks = Milliseconds * RTLP_TICKS_PER_MILLISECOND;
    if (Ticks > 0x7FFFFFFFFFFFFFFFULL) {
        return FALSE;
    }

    Time->QuadPart = (LONGLONG)Ticks;
    return TRUE;
}
