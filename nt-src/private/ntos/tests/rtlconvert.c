#include <kmtest.h>

/*++

Module Name:

    rtlconvert.c

Abstract:

    Self-tests of the Rtl integer conversions (rtl\convert.c): white space and signs, the 0x/0o/0b
    prefixes, digits that end the number, unsupported bases, empty strings, and output buffers that are
    too small or exactly large enough.

--*/

static
VOID
RtlpTestCharToInteger (
    VOID
    )
{
    NTSTATUS Status;
    ULONG Value;

    Status = RtlCharToInteger("123", 10, &Value);
    ok(Status == STATUS_SUCCESS && Value == 123, "\"123\" base 10 is 123, got 0x%08lx %lu", Status, Value);

    Status = RtlCharToInteger(" \t-42", 0, &Value);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_long((LONG)Value, -42);

    RtlCharToInteger("0x1F", 0, &Value);
    ok_eq_ulong(Value, 31);
    RtlCharToInteger("0o17", 0, &Value);
    ok_eq_ulong(Value, 15);
    RtlCharToInteger("0b101", 0, &Value);
    ok_eq_ulong(Value, 5);
    RtlCharToInteger("017", 0, &Value);
    ok_eq_ulong(Value, 17);

    RtlCharToInteger("+678abc", 10, &Value);
    ok_eq_ulong(Value, 678);
    RtlCharToInteger("+678abc", 16, &Value);
    ok_eq_hex(Value, 0x678ABC);
    RtlCharToInteger("fF", 16, &Value);
    ok_eq_ulong(Value, 255);
    RtlCharToInteger("1012", 2, &Value);
    ok_eq_ulong(Value, 5);

    Value = 99;
    Status = RtlCharToInteger("xyz", 10, &Value);
    ok(Status == STATUS_SUCCESS && Value == 0, "a string without digits converts to 0");

    Status = RtlCharToInteger("12", 7, &Value);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    Status = RtlCharToInteger("12", 36, &Value);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
}

static
VOID
RtlpTestUnicodeStringToInteger (
    VOID
    )
{
    NTSTATUS Status;
    ULONG Value;
    UNICODE_STRING String;
    static const WCHAR Minus345[] = { '-', '3', '4', '5', 0 };
    static const WCHAR Hex10[] = { '0', 'x', '1', '0', 0 };
    static const WCHAR Digits[] = { '1', '2', '3', '4', '5', 0 };
    static const WCHAR Xyz[] = { 'x', 'y', 'z', 0 };

    RtlInitUnicodeString(&String, Minus345);
    Status = RtlUnicodeStringToInteger(&String, 10, &Value);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_long((LONG)Value, -345);

    RtlInitUnicodeString(&String, Hex10);
    RtlUnicodeStringToInteger(&String, 0, &Value);
    ok_eq_ulong(Value, 16);

    //
    // Only Length bytes count: the buffer's further digits are not part of the string.
    //

    RtlInitUnicodeString(&String, Digits);
    String.Length = 3 * sizeof(WCHAR);
    RtlUnicodeStringToInteger(&String, 10, &Value);
    ok_eq_ulong(Value, 123);

    RtlInitUnicodeString(&String, Xyz);
    Value = 7;
    Status = RtlUnicodeStringToInteger(&String, 10, &Value);
    ok(Status == STATUS_SUCCESS && Value == 0, "\"xyz\" converts to 0 with success");

    String.Length = 0;
    Status = RtlUnicodeStringToInteger(&String, 10, &Value);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);

    RtlInitUnicodeString(&String, Digits);
    Status = RtlUnicodeStringToInteger(&String, 3, &Value);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
}

static
VOID
RtlpTestIntegerToChar (
    VOID
    )
{
    NTSTATUS Status;
    CHAR Buffer[40];
    WCHAR WideBuffer[8];
    UNICODE_STRING String;

    Status = RtlIntegerToChar(255, 16, sizeof(Buffer), Buffer);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_str(Buffer, "FF");

    RtlIntegerToChar(255, 2, sizeof(Buffer), Buffer);
    ok_eq_str(Buffer, "11111111");
    RtlIntegerToChar(8, 8, sizeof(Buffer), Buffer);
    ok_eq_str(Buffer, "10");
    RtlIntegerToChar(0, 0, sizeof(Buffer), Buffer);
    ok_eq_str(Buffer, "0");
    RtlIntegerToChar(MAXULONG, 10, sizeof(Buffer), Buffer);
    ok_eq_str(Buffer, "4294967295");

    Status = RtlIntegerToChar(12345, 10, 4, Buffer);
    ok_eq_hex(Status, STATUS_BUFFER_OVERFLOW);

    //
    // Exactly as many bytes as digits: the digits are written without a terminator.
    //

    Buffer[3] = '#';
    Status = RtlIntegerToChar(987, 10, 3, Buffer);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok(Buffer[0] == '9' && Buffer[2] == '7' && Buffer[3] == '#', "three digits, no terminator");

    Status = RtlIntegerToChar(1, 3, sizeof(Buffer), Buffer);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);

    String.Buffer = WideBuffer;
    String.Length = 0;
    String.MaximumLength = sizeof(WideBuffer);
    Status = RtlIntegerToUnicodeString(1234, 0, &String);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(String.Length, 8);
    ok(WideBuffer[0] == '1' && WideBuffer[3] == '4' && WideBuffer[4] == 0, "L\"1234\" NUL-terminated");

    Status = RtlIntegerToUnicodeString(0xBEEF, 16, &String);
    ok(Status == STATUS_SUCCESS && String.Length == 8 && WideBuffer[0] == 'B' && WideBuffer[3] == 'F',
       "0xBEEF in base 16 is L\"BEEF\"");

    String.MaximumLength = 4 * sizeof(WCHAR);
    Status = RtlIntegerToUnicodeString(1234, 10, &String);
    ok_eq_hex(Status, STATUS_BUFFER_OVERFLOW);

    Status = RtlIntegerToUnicodeString(1, 5, &String);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
}

START_TEST(RtlConvert)
{
    RtlpTestCharToInteger();
    RtlpTestUnicodeStringToInteger();
    RtlpTestIntegerToChar();
}
