#include <kmtest.h>

/*++

Module Name:

    rtlmisc.c

Abstract:

    Self-tests of the rest of the run-time library: the memory routines (rtl\memory.c) with overlapping
    moves, checked arithmetic at its overflow boundaries (rtl\intsafe.c), time conversion across leap
    years and invalid fields (rtl\time.c), and _snprintf's conversions, flags and truncation
    (rtl\format.c).

--*/

static
VOID
RtlpTestMemory (
    VOID
    )
{
    UCHAR Buffer[16];
    UCHAR Other[16];
    ULONG Index;
    SIZE_T Matched;
    int Result;

    for (Index = 0; Index < sizeof(Buffer); Index += 1) {
        Buffer[Index] = (UCHAR)Index;
    }

    //
    // Overlapping moves, upward and downward.
    //

    memmove(Buffer + 2, Buffer, 8);
    ok(Buffer[2] == 0 && Buffer[9] == 7 && Buffer[10] == 10, "memmove upward copies from the end");
    for (Index = 0; Index < sizeof(Buffer); Index += 1) {
        Buffer[Index] = (UCHAR)Index;
    }

    memmove(Buffer, Buffer + 3, 10);
    ok(Buffer[0] == 3 && Buffer[9] == 12 && Buffer[10] == 10, "memmove downward copies from the start");

    RtlFillMemory(Other, sizeof(Other), 0xAB);
    ok(Other[0] == 0xAB && Other[15] == 0xAB, "RtlFillMemory fills every byte");
    RtlZeroMemory(Other + 1, 14);
    ok(Other[0] == 0xAB && Other[1] == 0 && Other[14] == 0 && Other[15] == 0xAB,
       "RtlZeroMemory zeroes exactly the range");

    RtlCopyMemory(Other, Buffer, sizeof(Other));
    ok(RtlEqualMemory(Other, Buffer, sizeof(Other)), "RtlCopyMemory copies every byte");
    Matched = RtlCompareMemory(Other, Buffer, sizeof(Other));
    ok_eq_ulong(Matched, sizeof(Other));

    Other[5] = 0xFF;
    Matched = RtlCompareMemory(Other, Buffer, sizeof(Other));
    ok_eq_ulong(Matched, 5);
    Result = memcmp(Other, Buffer, sizeof(Other));
    ok(Result > 0, "memcmp compares bytes as unsigned (0xFF > 0x08), got %d", Result);
    Result = memcmp(Buffer, Other, 5);
    ok_eq_long(Result, 0);
}

static
VOID
RtlpTestCheckedArithmetic (
    VOID
    )
{
    NTSTATUS Status;
    ULONG Result;

    Status = RtlULongAdd(0xFFFFFFFE, 1, &Result);
    ok(Status == STATUS_SUCCESS && Result == 0xFFFFFFFF, "0xFFFFFFFE + 1 fits");
    Status = RtlULongAdd(0xFFFFFFFF, 1, &Result);
    ok_eq_hex(Status, STATUS_INTEGER_OVERFLOW);
    ok_eq_hex(Result, ULONG_ERROR);

    Status = RtlULongSub(5, 5, &Result);
    ok(Status == STATUS_SUCCESS && Result == 0, "5 - 5 is 0");
    Status = RtlULongSub(1, 2, &Result);
    ok(Status == STATUS_INTEGER_OVERFLOW && Result == ULONG_ERROR, "1 - 2 underflows");

    Status = RtlULongMult(0xFFFF, 0x10001, &Result);
    ok(Status == STATUS_SUCCESS && Result == 0xFFFFFFFF, "0xFFFF * 0x10001 is 0xFFFFFFFF");
    Status = RtlULongMult(0x10000, 0x10000, &Result);
    ok(Status == STATUS_INTEGER_OVERFLOW && Result == ULONG_ERROR, "0x10000 * 0x10000 overflows");
}

static
VOID
RtlpSetFields (
    OUT PTIME_FIELDS Fields,
    IN CSHORT Year,
    IN CSHORT Month,
    IN CSHORT Day,
    IN CSHORT Hour,
    IN CSHORT Minute,
    IN CSHORT Second,
    IN CSHORT Milliseconds
    )
{
    Fields->Year = Year;
    Fields->Month = Month;
    Fields->Day = Day;
    Fields->Hour = Hour;
    Fields->Minute = Minute;
    Fields->Second = Second;
    Fields->Milliseconds = Milliseconds;
    Fields->Weekday = 0;
}

static
VOID
RtlpTestTime (
    VOID
    )
{
    LARGE_INTEGER Time;
    LARGE_INTEGER Back;
    TIME_FIELDS Fields;
    BOOLEAN Converted;

    //
    // The epoch: January 1, 1601, a Monday.
    //

    Time.QuadPart = 0;
    RtlTimeToTimeFields(&Time, &Fields);
    ok(Fields.Year == 1601 && Fields.Month == 1 && Fields.Day == 1 && Fields.Hour == 0 &&
       Fields.Minute == 0 && Fields.Second == 0 && Fields.Milliseconds == 0,
       "time 0 is 1601-01-01 00:00:00.000, got %d-%d-%d", Fields.Year, Fields.Month, Fields.Day);
    ok_eq_long(Fields.Weekday, 1);

    //
    // The Unix epoch, January 1, 1970 (a Thursday), is 116444736000000000.
    //

    Time.QuadPart = 116444736000000000LL;
    RtlTimeToTimeFields(&Time, &Fields);
    ok(Fields.Year == 1970 && Fields.Month == 1 && Fields.Day == 1, "116444736000000000 is 1970-01-01");
    ok_eq_long(Fields.Weekday, 4);
    RtlpSetFields(&Fields, 1970, 1, 1, 0, 0, 0, 0);
    Converted = RtlTimeFieldsToTime(&Fields, &Back);
    ok(Converted && Back.QuadPart == 116444736000000000LL, "1970-01-01 converts to 116444736000000000");

    //
    // February 29 exists in 2000 and 2024 but not in 1900 or 2100.
    //

    RtlpSetFields(&Fields, 2000, 2, 29, 12, 34, 56, 789);
    Fields.Weekday = 6;
    Converted = RtlTimeFieldsToTime(&Fields, &Time);
    ok_eq_bool(Converted, TRUE);
    RtlTimeToTimeFields(&Time, &Fields);
    ok(Fields.Year == 2000 && Fields.Month == 2 && Fields.Day == 29 && Fields.Hour == 12 &&
       Fields.Minute == 34 && Fields.Second == 56 && Fields.Milliseconds == 789,
       "2000-02-29 12:34:56.789 round-trips");
    ok_eq_long(Fields.Weekday, 2);

    RtlpSetFields(&Fields, 2024, 2, 29, 0, 0, 0, 0);
    ok_eq_bool(RtlTimeFieldsToTime(&Fields, &Time), TRUE);
    RtlpSetFields(&Fields, 1900, 2, 29, 0, 0, 0, 0);
    ok_eq_bool(RtlTimeFieldsToTime(&Fields, &Time), FALSE);
    RtlpSetFields(&Fields, 2100, 2, 29, 0, 0, 0, 0);
    ok_eq_bool(RtlTimeFieldsToTime(&Fields, &Time), FALSE);

    //
    // The last day of a 400-year cycle (a leap day 366), and the first of the next, a Monday.
    //

    RtlpSetFields(&Fields, 2000, 12, 31, 23, 59, 59, 999);
    RtlTimeFieldsToTime(&Fields, &Time);
    Time.QuadPart += 10000;
    RtlTimeToTimeFields(&Time, &Fields);
    ok(Fields.Year == 2001 && Fields.Month == 1 && Fields.Day == 1 && Fields.Hour == 0 &&
       Fields.Milliseconds == 0,
       "one millisecond after 2000-12-31 23:59:59.999 is 2001-01-01, got %d-%d-%d",
       Fields.Year, Fields.Month, Fields.Day);
    ok_eq_long(Fields.Weekday, 1);
    Time.QuadPart -= 10000;
    RtlTimeToTimeFields(&Time, &Fields);
    ok(Fields.Year == 2000 && Fields.Month == 12 && Fields.Day == 31, "the 366th day of 2000 is 12-31");

    //
    // Fields out of range.
    //

    RtlpSetFields(&Fields, 1600, 12, 31, 0, 0, 0, 0);
    ok_eq_bool(RtlTimeFieldsToTime(&Fields, &Time), FALSE);
    RtlpSetFields(&Fields, 2001, 13, 1, 0, 0, 0, 0);
    ok_eq_bool(RtlTimeFieldsToTime(&Fields, &Time), FALSE);
    RtlpSetFields(&Fields, 2001, 4, 31, 0, 0, 0, 0);
    ok_eq_bool(RtlTimeFieldsToTime(&Fields, &Time), FALSE);
    RtlpSetFields(&Fields, 2001, 4, 30, 24, 0, 0, 0);
    ok_eq_bool(RtlTimeFieldsToTime(&Fields, &Time), FALSE);
    RtlpSetFields(&Fields, 2001, 4, 30, 0, 0, 0, 1000);
    ok_eq_bool(RtlTimeFieldsToTime(&Fields, &Time), FALSE);
}

static
VOID
RtlpTestFormat (
    VOID
    )
{
    CHAR Buffer[64];
    int Written;
    STRING Ansi;
    UNICODE_STRING Unicode;
    static const WCHAR Wide[] = { 'w', 'i', 'd', 'e', 0 };

    Written = _snprintf(Buffer, sizeof(Buffer), "%d", -42);
    ok_eq_long(Written, 3);
    ok_eq_str(Buffer, "-42");

    //
    // Truncation: -1, Count characters written, no terminator.
    //

    memset(Buffer, '#', sizeof(Buffer));
    Written = _snprintf(Buffer, 4, "abcdef");
    ok_eq_long(Written, -1);
    ok(Buffer[0] == 'a' && Buffer[3] == 'd' && Buffer[4] == '#', "truncated output fills Count characters only");

    memset(Buffer, '#', sizeof(Buffer));
    Written = _snprintf(Buffer, 3, "%s", "abc");
    ok_eq_long(Written, 3);
    ok_eq_hex(Buffer[3], '#');

    Written = _snprintf(Buffer, 0, "x");
    ok_eq_long(Written, -1);
    ok_eq_hex(Buffer[0], 'a');

    _snprintf(Buffer, sizeof(Buffer), "%5d|%-5d|%05d|%+d|% d", 42, 42, 42, 5, 5);
    ok_eq_str(Buffer, "   42|42   |00042|+5| 5");
    _snprintf(Buffer, sizeof(Buffer), "%x %X %#x %o %#o %#x", 255, 255, 255, 255, 255, 0);
    ok_eq_str(Buffer, "ff FF 0xff 377 0377 0");
    _snprintf(Buffer, sizeof(Buffer), "%.3d|%.0d|%08.3d|%-+6d|", 7, 0, -7, 12);
    ok_eq_str(Buffer, "007||    -007|+12   |");
    _snprintf(Buffer, sizeof(Buffer), "%*d|%-*d|%.*s|", 6, 1, 3, 2, 2, "hello");
    ok_eq_str(Buffer, "     1|2  |he|");
    _snprintf(Buffer, sizeof(Buffer), "%p", (PVOID)0x1234ABCD);
    ok_eq_str(Buffer, "1234ABCD");
    _snprintf(Buffer, sizeof(Buffer), "%p", (PVOID)0x42);
    ok_eq_str(Buffer, "00000042");
    _snprintf(Buffer, sizeof(Buffer), "[%s] [%8.2s]", (PCSTR)NULL, "xyz");
    ok_eq_str(Buffer, "[(null)] [      xy]");
    _snprintf(Buffer, sizeof(Buffer), "%lu %ld %u", 4000000000UL, -1L, 0xFFFFFFFF);
    ok_eq_str(Buffer, "4000000000 -1 4294967295");
    _snprintf(Buffer, sizeof(Buffer), "%I64d %llu", -1234567890123LL, 0xFFFFFFFFFFFFFFFFULL);
    ok_eq_str(Buffer, "-1234567890123 18446744073709551615");
    _snprintf(Buffer, sizeof(Buffer), "%I64X|%d", 0x123456789ABCDEF0ULL, 7);
    ok_eq_str(Buffer, "123456789ABCDEF0|7");
    _snprintf(Buffer, sizeof(Buffer), "%hd %hu %hhd %hhu", 65535, 65537, 255, 257);
    ok_eq_str(Buffer, "-1 1 -1 1");

    RtlInitString(&Ansi, "ansi");
    RtlInitUnicodeString(&Unicode, Wide);
    _snprintf(Buffer, sizeof(Buffer), "%c%wc %ws %S %Z %wZ %wZ %%", 'A', (WCHAR)'B', Wide, Wide, &Ansi, &Unicode,
              (PUNICODE_STRING)NULL);
    ok_eq_str(Buffer, "AB wide wide ansi wide (null) %");
}

START_TEST(RtlMisc)
{
    RtlpTestMemory();
    RtlpTestCheckedArithmetic();
    RtlpTestTime();
    RtlpTestFormat();
}
