/* time.c - GetTime (UEFI 2.10, 8.3): the fields are in their ranges, and the time is reported for the host to
   compare with the RTC it set. */
#include "../lib/efitest.h"

static VOID PrintTwo(UINTN Value)
{
    if (Value < 10)
        Print(L"0");
    PrintDec(Value);
}

VOID TestTime(VOID)
{
    EFI_TIME Time;
    EFI_TIME_CAPABILITIES Capabilities;

    MemFill(&Time, sizeof Time, 0xFF);
    MemFill(&Capabilities, sizeof Capabilities, 0xFF);
    if (!CheckStatus(gRT->GetTime(&Time, &Capabilities), EFI_SUCCESS, L"GetTime"))
        return;
    Check(Time.Year >= 1900 && Time.Year <= 9999, L"  Year is 1900-9999");
    Check(Time.Month >= 1 && Time.Month <= 12, L"  Month is 1-12");
    Check(Time.Day >= 1 && Time.Day <= 31, L"  Day is 1-31");
    Check(Time.Hour <= 23 && Time.Minute <= 59 && Time.Second <= 59, L"  Hour, Minute and Second are in range");
    Check(Time.Nanosecond <= 999999999, L"  Nanosecond is 0-999,999,999");
    Check(Time.TimeZone == EFI_UNSPECIFIED_TIMEZONE || (Time.TimeZone >= -1440 && Time.TimeZone <= 1440),
        L"  TimeZone is -1440 to 1440 or unspecified");
    Check((Time.Daylight & ~(EFI_TIME_ADJUST_DAYLIGHT | EFI_TIME_IN_DAYLIGHT)) == 0, L"  Daylight has only defined bits");
    Check(Capabilities.Resolution != 0, L"  the clock's Resolution is reported");
    Fact(L"time");
    PrintDec(Time.Year);
    Print(L"-");
    PrintTwo(Time.Month);
    Print(L"-");
    PrintTwo(Time.Day);
    Print(L" ");
    PrintTwo(Time.Hour);
    Print(L":");
    PrintTwo(Time.Minute);
    Print(L":");
    PrintTwo(Time.Second);
    PrintLine();
    CheckStatus(gRT->GetTime(NULL, NULL), EFI_INVALID_PARAMETER, L"GetTime(NULL)");
}
