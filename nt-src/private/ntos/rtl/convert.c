/*++

Module Name:

    convert.c

Abstract:

    Conversions between ULONG values and their text in base 2, 8, 10 or 16: RtlCharToInteger and
    RtlUnicodeStringToInteger parse, RtlIntegerToChar and RtlIntegerToUnicodeString format.

    Parsing skips leading white space, accepts one '+' or '-' sign, and with Base 0 reads the base from a
    "0x" (16), "0o" (8) or "0b" (2) prefix, decimal otherwise. Digits are read until the first character
    that is not a digit of the base; a string without digits converts to zero. The value wraps modulo 2^32,
    and a '-' sign negates it.

Environment:

    Kernel mode.

--*/

#include <ntddk.h>

//
// The longest text of a ULONG: 32 binary digits.
//

#define RTLP_MAX_DIGITS 32

static const CHAR RtlpDigits[] = "0123456789ABCDEF";

static
BOOLEAN
RtlpIsValidBase (
    IN ULONG Base
    )

/*++

Routine Description:

    Determines whether a base is one the conversions support.

Arguments:

    Base - Supplies the base.

Return Value:

    TRUE for 2, 8, 10 and 16, FALSE otherwise.

--*/

{
    return (BOOLEAN)(Base == 2 || Base == 8 || Base == 10 || Base == 16);
}

static
ULONG
RtlpDigitValue (
    IN ULONG Character
    )

/*++

Routine Description:

    Returns the value of a digit character in bases up to 16, either case for the letters.

Arguments:

    Character - Supplies the character (single-byte or UTF-16).

Return Value:

    The digit's value, or 16 (not a digit of any supported base) for any other character.

--*/

{
    if (Character >= '0' && Character <= '9') {
        return Character - '0';
    }

    if (Character >= 'a' && Character <= 'f') {
        return Character - 'a' + 10;
    }

    if (Character >= 'A' && Character <= 'F') {
        return Character - 'A' + 10;
    }

    return 16;
}

static
BOOLEAN
RtlpIsSpace (
    IN ULONG Character
    )

/*++

Routine Description:

    Determines whether a character is white space: space, tab, line feed, vertical tab, form feed or
    carriage return.

Arguments:

    Character - Supplies the character (single-byte or UTF-16).

Return Value:

    TRUE for white space, FALSE otherwise.

--*/

{
    return (BOOLEAN)(Character == ' ' || (Character >= '\t' && Character <= '\r'));
}

static
NTSTATUS
RtlpParseInteger (
    IN PCSZ AnsiText OPTIONAL,
    IN PCWSTR WideText OPTIONAL,
    IN ULONG Count,
    IN ULONG Base,
    OUT PULONG Value
    )

/*++

Routine Description:

    Parses the text of an integer, single-byte or UTF-16, under the rules of the module header.

Arguments:

    AnsiText - Supplies the single-byte text, or NULL when WideText is given.

    WideText - Supplies the UTF-16 text, or NULL when AnsiText is given.

    Count - Supplies the number of characters of the text (the parse also stops at a NUL).

    Base - Supplies 2, 8, 10 or 16, or 0 to read the base from the text's prefix.

    Value - Receives the value.

Return Value:

    STATUS_SUCCESS, or STATUS_INVALID_PARAMETER for an unsupported base.

--*/

{
    ULONG Index;
    ULONG Character;
    ULONG Next;
    ULONG Digit;
    ULONG Result;
    BOOLEAN Negative;

    if (Base != 0 && !RtlpIsValidBase(Base)) {
        return STATUS_INVALID_PARAMETER;
    }

#define RTLP_CHAR_AT(i) \
    ((i) >= Count ? 0 : (AnsiText != NULL ? (ULONG)(UCHAR)AnsiText[(i)] : (ULONG)WideText[(i)]))

    Index = 0;
    while (Index < Count && RtlpIsSpace(RTLP_CHAR_AT(Index))) {
        Index += 1;
    }

    Negative = FALSE;
    Character = RTLP_CHAR_AT(Index);
    if (Character == '-' || Character == '+') {
        Negative = (BOOLEAN)(Character == '-');
        Index += 1;
    }

    if (Base == 0) {
        Base = 10;
        if (RTLP_CHAR_AT(Index) == '0') {
            Next = RTLP_CHAR_AT(Index + 1);
            if (Next == 'x') {
                Base = 16;
            } else if (Next == 'o') {
                Base = 8;
            } else if (Next == 'b') {
                Base = 2;
            }

            if (Base != 10) {
                Index += 2;
            }
        }
    }

    Result = 0;
    for (;;) {
        Character = RTLP_CHAR_AT(Index);
        Digit = RtlpDigitValue(Character);
        if (Character == 0 || Digit >= Base) {
            break;
        }

        Result = Result * Base + Digit;
        Index += 1;
    }

#undef RTLP_CHAR_AT

    *Value = Negative ? (ULONG)(0 - Result) : Result;
    return STATUS_SUCCESS;
}

static
ULONG
RtlpFormatDigits (
    IN ULONG Value,
    IN ULONG Base,
    OUT CHAR Digits[RTLP_MAX_DIGITS]
    )

/*++

Routine Description:

    Produces the digits of a value, most significant first, uppercase letters for base 16.

Arguments:

    Value - Supplies the value.

    Base - Supplies 2, 8, 10 or 16.

    Digits - Receives the digits (not NUL-terminated).

Return Value:

    The number of digits, at least one.

--*/

{
    CHAR Reversed[RTLP_MAX_DIGITS];
    ULONG Count = 0;
    ULONG Index;

    do {
        Reversed[Count] = RtlpDigits[Value % Base];
        Value /= Base;
        Count += 1;
    } while (Value != 0);

    for (Index = 0; Index < Count; Index += 1) {
        Digits[Index] = Reversed[Count - 1 - Index];
    }

    return Count;
}

NTSTATUS
NTAPI
RtlCharToInteger (
    IN PCSZ String,
    IN ULONG Base OPTIONAL,
    OUT PULONG Value
    )

/*++

Routine Description:

    Converts a NUL-terminated single-byte string to a ULONG: [white space] [+|-] [0x|0o|0b] [digits].

Arguments:

    String - Supplies the string.

    Base - Supplies 2, 8, 10 or 16, or 0 to read the base from a 0x, 0o or 0b prefix (decimal without
        one).

    Value - Receives the value.

Return Value:

    STATUS_SUCCESS, or STATUS_INVALID_PARAMETER for an unsupported base or a NULL string.

--*/

{
    if (String == NULL) {
        return STATUS_INVALID_PARAMETER;
    }

    return RtlpParseInteger(String, NULL, MAXULONG, Base, Value);
}

NTSTATUS
NTAPI
RtlUnicodeStringToInteger (
    IN PCUNICODE_STRING String,
    IN ULONG Base OPTIONAL,
    OUT PULONG Value
    )

/*++

Routine Description:

    Converts a counted Unicode string to a ULONG: [white space] [+|-] [0x|0o|0b] [digits]. A string that
    does not begin with a number converts to zero.

Arguments:

    String - Supplies the string.

    Base - Supplies 2, 8, 10 or 16, or 0 to read the base from a 0x, 0o or 0b prefix (decimal without
        one).

    Value - Receives the value.

Return Value:

    STATUS_SUCCESS, or STATUS_INVALID_PARAMETER for an unsupported base or an empty string.

--*/

{
    if (String->Length < sizeof(WCHAR) || String->Buffer == NULL) {
        return STATUS_INVALID_PARAMETER;
    }

    return RtlpParseInteger(NULL, String->Buffer, String->Length / sizeof(WCHAR), Base, Value);
}

NTSTATUS
NTAPI
RtlIntegerToChar (
    IN ULONG Value,
    IN ULONG Base OPTIONAL,
    IN LONG OutputLength,
    OUT PCHAR String
    )

/*++

Routine Description:

    Converts a ULONG to single-byte text in the given base (uppercase letters for base 16), without a
    sign or prefix. The text is NUL-terminated when the buffer has room for the terminator.

Arguments:

    Value - Supplies the value.

    Base - Supplies 2, 8, 10 or 16, or 0 for decimal.

    OutputLength - Supplies the size of the buffer in bytes.

    String - Receives the text.

Return Value:

    STATUS_SUCCESS, STATUS_INVALID_PARAMETER for an unsupported base, or STATUS_BUFFER_OVERFLOW when the
    digits do not fit in OutputLength bytes (nothing is written then).

--*/

{
    CHAR Digits[RTLP_MAX_DIGITS];
    ULONG Count;

    if (Base == 0) {
        Base = 10;
    }

    if (!RtlpIsValidBase(Base)) {
        return STATUS_INVALID_PARAMETER;
    }

    Count = RtlpFormatDigits(Value, Base, Digits);
    if (OutputLength < 0 || Count > (ULONG)OutputLength) {
        return STATUS_BUFFER_OVERFLOW;
    }

    memcpy(String, Digits, Count);
    if (Count < (ULONG)OutputLength) {
        String[Count] = '\0';
    }

    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
RtlIntegerToUnicodeString (
    IN ULONG Value,
    IN ULONG Base OPTIONAL,
    IN OUT PUNICODE_STRING String
    )

/*++

Routine Description:

    Converts a ULONG to NUL-terminated UTF-16 text in the given base (uppercase letters for base 16) in
    the buffer of a counted string, whose Length is set to the text's length without the terminator.

Arguments:

    Value - Supplies the value.

    Base - Supplies 2, 8, 10 or 16, or 0 for decimal.

    String - Supplies the counted string whose buffer (of MaximumLength bytes) receives the text.

Return Value:

    STATUS_SUCCESS, STATUS_INVALID_PARAMETER for an unsupported base, or STATUS_BUFFER_OVERFLOW when the
    text and its terminator do not fit in MaximumLength bytes (the string is unchanged then).

--*/

{
    CHAR Digits[RTLP_MAX_DIGITS];
    ULONG Count;
    ULONG Index;

    if (Base == 0) {
        Base = 10;
    }

    if (!RtlpIsValidBase(Base)) {
        return STATUS_INVALID_PARAMETER;
    }

    Count = RtlpFormatDigits(Value, Base, Digits);
    if ((Count + 1) * sizeof(WCHAR) > String->MaximumLength) {
        return STATUS_BUFFER_OVERFLOW;
    }

    for (Index = 0; Index < Count; Index += 1) {
        String->Buffer[Index] = (WCHAR)Digits[Index];
    }

    String->Buffer[Count] = 0;
    String->Length = (USHORT)(Count * sizeof(WCHAR));
    return STATUS_SUCCESS;
}
