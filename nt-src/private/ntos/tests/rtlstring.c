#include <kmtest.h>

/*++

Module Name:

    rtlstring.c

Abstract:

    Self-tests of the Rtl counted-string routines (rtl\string.c, rtl\unicode.c): initialization from NUL-
    terminated strings and NULL, copies into short buffers, case-sensitive and case-insensitive comparison,
    prefixes, concatenation that does not fit, and the case mapping of characters.

--*/

#define RTLP_TEST_SENTINEL 0x5A5A

static
VOID
RtlpTestInitStrings (
    VOID
    )
{
    STRING Ansi;
    UNICODE_STRING Unicode;
    static const CHAR Hello[] = "hello";
    static const WCHAR Abc[] = { 'a', 'b', 'c', 0 };

    RtlInitString(&Ansi, Hello);
    ok_eq_ulong(Ansi.Length, 5);
    ok_eq_ulong(Ansi.MaximumLength, 6);
    ok_eq_pointer(Ansi.Buffer, Hello);

    Ansi.Length = 7;
    Ansi.MaximumLength = 7;
    Ansi.Buffer = (PCHAR)Hello;
    RtlInitAnsiString(&Ansi, NULL);
    ok(Ansi.Length == 0 && Ansi.MaximumLength == 0 && Ansi.Buffer == NULL,
       "RtlInitAnsiString(NULL) gives 0/0/NULL, got %u/%u/%p", Ansi.Length, Ansi.MaximumLength, Ansi.Buffer);

    RtlInitUnicodeString(&Unicode, Abc);
    ok_eq_ulong(Unicode.Length, 6);
    ok_eq_ulong(Unicode.MaximumLength, 8);
    ok_eq_pointer(Unicode.Buffer, Abc);

    Unicode.Length = 2;
    Unicode.MaximumLength = 2;
    RtlInitUnicodeString(&Unicode, NULL);
    ok(Unicode.Length == 0 && Unicode.MaximumLength == 0 && Unicode.Buffer == NULL,
       "RtlInitUnicodeString(NULL) gives 0/0/NULL");
}

static
VOID
RtlpTestCopyStrings (
    VOID
    )
{
    WCHAR Buffer[8];
    CHAR AnsiBuffer[8];
    UNICODE_STRING Source;
    UNICODE_STRING Destination;
    STRING AnsiSource;
    STRING AnsiDestination;
    static const WCHAR Abcdef[] = { 'a', 'b', 'c', 'd', 'e', 'f', 0 };
    ULONG Index;

    //
    // The destination holds four characters: the copy is cut to MaximumLength and not terminated.
    //

    for (Index = 0; Index < RTL_NUMBER_OF(Buffer); Index += 1) {
        Buffer[Index] = RTLP_TEST_SENTINEL;
    }

    RtlInitUnicodeString(&Source, Abcdef);
    Destination.Buffer = Buffer;
    Destination.Length = 0;
    Destination.MaximumLength = 4 * sizeof(WCHAR);
    RtlCopyUnicodeString(&Destination, &Source);
    ok_eq_ulong(Destination.Length, 8);
    ok(Buffer[0] == 'a' && Buffer[3] == 'd', "the first four characters are copied");
    ok_eq_hex(Buffer[4], RTLP_TEST_SENTINEL);
    ok_eq_ulong(Destination.MaximumLength, 8);

    //
    // With room to spare the copy is NUL-terminated.
    //

    Destination.MaximumLength = sizeof(Buffer);
    RtlCopyUnicodeString(&Destination, &Source);
    ok_eq_ulong(Destination.Length, 12);
    ok_eq_hex(Buffer[6], 0);

    //
    // A NULL source empties the destination and leaves its buffer and capacity alone.
    //

    RtlCopyUnicodeString(&Destination, NULL);
    ok_eq_ulong(Destination.Length, 0);
    ok(Destination.Buffer == Buffer && Destination.MaximumLength == sizeof(Buffer),
       "a NULL source changes neither Buffer nor MaximumLength");

    //
    // The single-byte copy cuts the same way.
    //

    RtlInitString(&AnsiSource, "0123456789");
    AnsiDestination.Buffer = AnsiBuffer;
    AnsiDestination.Length = 0;
    AnsiDestination.MaximumLength = sizeof(AnsiBuffer);
    RtlCopyString(&AnsiDestination, &AnsiSource);
    ok_eq_ulong(AnsiDestination.Length, 8);
    ok(AnsiBuffer[7] == '7', "RtlCopyString copies MaximumLength bytes");
}

static
VOID
RtlpTestCompareStrings (
    VOID
    )
{
    STRING Abc;
    STRING Abd;
    STRING UpperAbc;
    STRING Ab;
    UNICODE_STRING Accented;
    UNICODE_STRING UpperAccented;
    UNICODE_STRING Device;
    UNICODE_STRING DevicePath;
    UNICODE_STRING LowerDevice;
    UNICODE_STRING Empty;
    static const WCHAR AccentedText[] = { 0x00E9, 't', 0x00E9, 0 };
    static const WCHAR UpperAccentedText[] = { 0x00C9, 'T', 0x00C9, 0 };
    static const WCHAR DeviceText[] = { '\\', 'D', 'e', 'v', 'i', 'c', 'e', 0 };
    static const WCHAR LowerDeviceText[] = { '\\', 'd', 'E', 'V', 'I', 'C', 'E', 0 };
    static const WCHAR DevicePathText[] = { '\\', 'D', 'e', 'v', 'i', 'c', 'e', '\\', 'C', 'd', 0 };
    LONG Result;

    RtlInitString(&Abc, "abc");
    RtlInitString(&Abd, "abd");
    RtlInitString(&UpperAbc, "ABC");
    RtlInitString(&Ab, "ab");

    Result = RtlCompareString(&Abc, &Abd, FALSE);
    ok(Result < 0, "\"abc\" < \"abd\", got %ld", Result);
    Result = RtlCompareString(&Abd, &Abc, FALSE);
    ok(Result > 0, "\"abd\" > \"abc\", got %ld", Result);
    Result = RtlCompareString(&Ab, &Abc, FALSE);
    ok(Result < 0, "a prefix compares less, got %ld", Result);
    Result = RtlCompareString(&UpperAbc, &Abc, TRUE);
    ok_eq_long(Result, 0);
    Result = RtlCompareString(&UpperAbc, &Abc, FALSE);
    ok(Result < 0, "case-sensitive \"ABC\" < \"abc\", got %ld", Result);
    ok_eq_bool(RtlEqualString(&Ab, &Abc, TRUE), FALSE);
    ok_eq_bool(RtlEqualString(&UpperAbc, &Abc, TRUE), TRUE);

    RtlInitUnicodeString(&Accented, AccentedText);
    RtlInitUnicodeString(&UpperAccented, UpperAccentedText);
    ok_eq_bool(RtlEqualUnicodeString(&Accented, &UpperAccented, TRUE), TRUE);
    ok_eq_bool(RtlEqualUnicodeString(&Accented, &UpperAccented, FALSE), FALSE);
    Result = RtlCompareUnicodeString(&UpperAccented, &Accented, FALSE);
    ok(Result < 0, "0xC9 < 0xE9 case-sensitively, got %ld", Result);

    RtlInitUnicodeString(&Device, DeviceText);
    RtlInitUnicodeString(&LowerDevice, LowerDeviceText);
    RtlInitUnicodeString(&DevicePath, DevicePathText);
    RtlInitUnicodeString(&Empty, NULL);
    ok_eq_bool(RtlPrefixUnicodeString(&Device, &DevicePath, FALSE), TRUE);
    ok_eq_bool(RtlPrefixUnicodeString(&LowerDevice, &DevicePath, FALSE), FALSE);
    ok_eq_bool(RtlPrefixUnicodeString(&LowerDevice, &DevicePath, TRUE), TRUE);
    ok_eq_bool(RtlPrefixUnicodeString(&DevicePath, &Device, TRUE), FALSE);
    ok_eq_bool(RtlPrefixUnicodeString(&Empty, &Device, FALSE), TRUE);
}

static
VOID
RtlpTestAppendStrings (
    VOID
    )
{
    WCHAR Buffer[6];
    CHAR AnsiBuffer[4];
    UNICODE_STRING Destination;
    UNICODE_STRING Source;
    STRING AnsiDestination;
    STRING AnsiSource;
    NTSTATUS Status;
    ULONG Index;
    static const WCHAR Ab[] = { 'a', 'b', 0 };
    static const WCHAR Cdef[] = { 'c', 'd', 'e', 'f', 0 };
    static const WCHAR Ghi[] = { 'g', 'h', 'i', 0 };

    for (Index = 0; Index < RTL_NUMBER_OF(Buffer); Index += 1) {
        Buffer[Index] = RTLP_TEST_SENTINEL;
    }

    Destination.Buffer = Buffer;
    Destination.Length = 0;
    Destination.MaximumLength = sizeof(Buffer);

    Status = RtlAppendUnicodeToString(&Destination, Ab);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(Destination.Length, 4);
    ok_eq_hex(Buffer[2], 0);

    Status = RtlAppendUnicodeToString(&Destination, NULL);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(Destination.Length, 4);

    //
    // "ab" + "cdef" fills the six characters exactly: no room for a terminator.
    //

    Buffer[5] = RTLP_TEST_SENTINEL;
    RtlInitUnicodeString(&Source, Cdef);
    Status = RtlAppendUnicodeStringToString(&Destination, &Source);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(Destination.Length, 12);
    ok(Buffer[2] == 'c' && Buffer[5] == 'f', "the appended characters follow the old ones");

    Destination.Length = 8;
    Status = RtlAppendUnicodeToString(&Destination, Ghi);
    ok_eq_hex(Status, STATUS_BUFFER_TOO_SMALL);
    ok_eq_ulong(Destination.Length, 8);
    ok_eq_hex(Buffer[4], 'e');

    AnsiDestination.Buffer = AnsiBuffer;
    AnsiDestination.Length = 2;
    AnsiDestination.MaximumLength = sizeof(AnsiBuffer);
    AnsiBuffer[0] = 'x';
    AnsiBuffer[1] = 'y';
    RtlInitString(&AnsiSource, "zzz");
    Status = RtlAppendStringToString(&AnsiDestination, &AnsiSource);
    ok_eq_hex(Status, STATUS_BUFFER_TOO_SMALL);
    ok_eq_ulong(AnsiDestination.Length, 2);
    AnsiSource.Length = 2;
    Status = RtlAppendStringToString(&AnsiDestination, &AnsiSource);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(AnsiDestination.Length, 4);
}

static
VOID
RtlpTestCaseMapping (
    VOID
    )
{
    ok_eq_hex((UCHAR)RtlUpperChar('a'), 'A');
    ok_eq_hex((UCHAR)RtlUpperChar('1'), '1');
    ok_eq_hex((UCHAR)RtlUpperChar((CHAR)0xE9), 0xC9);
    ok_eq_hex((UCHAR)RtlUpperChar((CHAR)0xF7), 0xF7);

    ok_eq_hex(RtlUpcaseUnicodeChar('z'), 'Z');
    ok_eq_hex(RtlUpcaseUnicodeChar('Z'), 'Z');
    ok_eq_hex(RtlUpcaseUnicodeChar(0x00E0), 0x00C0);
    ok_eq_hex(RtlUpcaseUnicodeChar(0x00FE), 0x00DE);
    ok_eq_hex(RtlUpcaseUnicodeChar(0x00F7), 0x00F7);
    ok_eq_hex(RtlUpcaseUnicodeChar(0x00FF), 0x0178);
    ok_eq_hex(RtlUpcaseUnicodeChar(0x0101), 0x0100);
    ok_eq_hex(RtlUpcaseUnicodeChar(0x03B1), 0x0391);
    ok_eq_hex(RtlUpcaseUnicodeChar(0x0430), 0x0410);

    ok_eq_hex(RtlDowncaseUnicodeChar('Q'), 'q');
    ok_eq_hex(RtlDowncaseUnicodeChar(0x00C9), 0x00E9);
    ok_eq_hex(RtlDowncaseUnicodeChar(0x00D7), 0x00D7);
    ok_eq_hex(RtlDowncaseUnicodeChar(0x0178), 0x00FF);
    ok_eq_hex(RtlDowncaseUnicodeChar(0x0139), 0x013A);
}

START_TEST(RtlString)
{
    RtlpTestInitStrings();
    RtlpTestCopyStrings();
    RtlpTestCompareStrings();
    RtlpTestAppendStrings();
    RtlpTestCaseMapping();
}
