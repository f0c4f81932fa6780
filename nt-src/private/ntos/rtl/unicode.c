/*++

Module Name:

    unicode.c

Abstract:

    Counted UTF-16 strings (UNICODE_STRING): initialization, copy, comparison, prefix test, concatenation,
    and the case mapping of single characters. Length and MaximumLength count bytes, not characters; the
    buffer need not be NUL-terminated.

Environment:

    Kernel mode, any IRQL when the buffers are resident.

--*/

#include <ntddk.h>

//
// The longest NUL-terminated string a UNICODE_STRING can describe, in bytes: Length plus the terminator
// must fit a USHORT, and Length must be even.
//

#define RTLP_MAX_UNICODE_LENGTH (MAXUSHORT - 3)

//
// The case mapping, as ranges of code points. A range of kind RtlpCaseOffset lists uppercase letters
// First..Last whose lowercase letters are Delta code points higher. Ranges of kind RtlpCaseEvenOdd and
// RtlpCaseOddEven hold adjacent pairs, First..Last, whose uppercase letter is at the even (respectively
// odd) code point with its lowercase letter right after it.
//

typedef enum _RTLP_CASE_KIND {
    RtlpCaseOffset,
    RtlpCaseEvenOdd,
    RtlpCaseOddEven
} RTLP_CASE_KIND;

typedef struct _RTLP_CASE_RANGE {
    WCHAR First;
    WCHAR Last;
    RTLP_CASE_KIND Kind;
    USHORT Delta;                       // lowercase = uppercase + Delta (offset ranges only)
} RTLP_CASE_RANGE, *PRTLP_CASE_RANGE;

static const RTLP_CASE_RANGE RtlpCaseRanges[] = {
    { 0x0041, 0x005A, RtlpCaseOffset, 0x20 },       // Basic Latin
    { 0x00C0, 0x00D6, RtlpCaseOffset, 0x20 },       // Latin-1, before the multiplication sign
    { 0x00D8, 0x00DE, RtlpCaseOffset, 0x20 },       // Latin-1, after it
    { 0x0100, 0x012F, RtlpCaseEvenOdd, 0 },         // Latin Extended-A
    { 0x0132, 0x0137, RtlpCaseEvenOdd, 0 },
    { 0x0139, 0x0148, RtlpCaseOddEven, 0 },
    { 0x014A, 0x0177, RtlpCaseEvenOdd, 0 },
    { 0x0179, 0x017E, RtlpCaseOddEven, 0 },
    { 0x0391, 0x03A1, RtlpCaseOffset, 0x20 },       // Greek, before the gap at 0x03A2
    { 0x03A3, 0x03AB, RtlpCaseOffset, 0x20 },
    { 0x0400, 0x040F, RtlpCaseOffset, 0x50 },       // Cyrillic
    { 0x0410, 0x042F, RtlpCaseOffset, 0x20 },
    { 0xFF21, 0xFF3A, RtlpCaseOffset, 0x20 },       // Fullwidth Latin
};

WCHAR
NTAPI
RtlUpcaseUnicodeChar (
    IN WCHAR SourceCharacter
    )

/*++

Routine Description:

    Returns the uppercase form of a UTF-16 character: the ASCII and Latin-1 letters (0xFF, y diaeresis,
    maps to 0x0178), Latin Extended-A, Greek, Cyrillic and the fullwidth Latin letters.

Arguments:

    SourceCharacter - Supplies the character.

Return Value:

    The uppercase character, or SourceCharacter itself when it has no uppercase form.

--*/

{
    ULONG Index;
    const RTLP_CASE_RANGE *Range;
    WCHAR Character = SourceCharacter;

    if (Character < 'a') {
        return Character;
    }

    if (Character <= 'z') {
        return (WCHAR)(Character - ('a' - 'A'));
    }

    if (Character == 0x00FF) {
        return 0x0178;
    }

    for (Index = 0; Index < RTL_NUMBER_OF(RtlpCaseRanges); Index += 1) {
        Range = &RtlpCaseRanges[Index];
        if (Range->Kind == RtlpCaseOffset) {
            if (Character >= Range->First + Range->Delta &&
                Character <= Range->Last + Range->Delta) {

                return (WCHAR)(Character - Range->Delta);
            }

        } else if (Character > Range->First && Character <= Range->Last) {
            if ((Character & 1) == (Range->Kind == RtlpCaseEvenOdd ? 1 : 0)) {
                return (WCHAR)(Character - 1);
            }
        }
    }

    return Character;
}

WCHAR
NTAPI
RtlDowncaseUnicodeChar (
    IN WCHAR SourceCharacter
    )

/*++

Routine Description:

    Returns the lowercase form of a UTF-16 character; the inverse of RtlUpcaseUnicodeChar over the same
    ranges.

Arguments:

    SourceCharacter - Supplies the character.

Return Value:

    The lowercase character, or SourceCharacter itself when it has no lowercase form.

--*/

{
    ULONG Index;
    const RTLP_CASE_RANGE *Range;
    WCHAR Character = SourceCharacter;

    if (Character < 'A') {
        return Character;
    }

    if (Character <= 'Z') {
        return (WCHAR)(Character + ('a' - 'A'));
    }

    if (Character == 0x0178) {
        return 0x00FF;
    }

    for (Index = 0; Index < RTL_NUMBER_OF(RtlpCaseRanges); Index += 1) {
        Range = &RtlpCaseRanges[Index];
        if (Range->Kind == RtlpCaseOffset) {
            if (Character >= Range->First && Character <= Range->Last) {
                return (WCHAR)(Character + Range->Delta);
            }

        } else if (Character >= Range->First && Character < Range->Last) {
            if ((Character & 1) == (Range->Kind == RtlpCaseEvenOdd ? 0 : 1)) {
                return (WCHAR)(Character + 1);
            }
        }
    }

    return Character;
}

VOID
NTAPI
RtlInitUnicodeString (
    OUT PUNICODE_STRING DestinationString,
    IN PCWSTR SourceString OPTIONAL
    )

/*++

Routine Description:

    Initializes a counted Unicode string to describe a NUL-terminated UTF-16 string in place: Length is
    its length in bytes without the terminator, MaximumLength two bytes more. The buffer is not copied.

Arguments:

    DestinationString - Supplies the counted string to initialize.

    SourceString - Supplies the NUL-terminated string, or NULL, which gives an empty string with a NULL
        buffer and both lengths zero.

Return Value:

    None.

--*/

{
    ULONG Length;

    DestinationString->Buffer = (PWSTR)SourceString;
    if (SourceString == NULL) {
        DestinationString->Length = 0;
        DestinationString->MaximumLength = 0;
        return;
    }

    Length = 0;
    while (SourceString[Length] != 0) {
        Length += 1;
    }

    Length *= sizeof(WCHAR);
    if (Length > RTLP_MAX_UNICODE_LENGTH) {
        Length = RTLP_MAX_UNICODE_LENGTH;
    }

    DestinationString->Length = (USHORT)Length;
    DestinationString->MaximumLength = (USHORT)(Length + sizeof(WCHAR));
}

VOID
NTAPI
RtlCopyUnicodeString (
    IN OUT PUNICODE_STRING DestinationString,
    IN PCUNICODE_STRING SourceString OPTIONAL
    )

/*++

Routine Description:

    Copies a counted Unicode string into the buffer of another. The number of bytes copied is the smaller
    of the source's Length and the destination's MaximumLength (rounded down to whole characters); the
    destination is NUL-terminated when a character of its buffer remains. The destination's Buffer and
    MaximumLength are not changed.

Arguments:

    DestinationString - Supplies the counted string that receives the copy.

    SourceString - Supplies the string to copy, or NULL, which sets the destination's Length to zero.

Return Value:

    None.

--*/

{
    USHORT Length;

    if (SourceString == NULL) {
        DestinationString->Length = 0;
        return;
    }

    Length = SourceString->Length;
    if (Length > DestinationString->MaximumLength) {
        Length = DestinationString->MaximumLength;
    }

    Length &= ~(USHORT)(sizeof(WCHAR) - 1);
    memmove(DestinationString->Buffer, SourceString->Buffer, Length);
    DestinationString->Length = Length;
    if ((ULONG)Length + sizeof(WCHAR) <= DestinationString->MaximumLength) {
        DestinationString->Buffer[Length / sizeof(WCHAR)] = 0;
    }
}

LONG
NTAPI
RtlCompareUnicodeString (
    IN PCUNICODE_STRING String1,
    IN PCUNICODE_STRING String2,
    IN BOOLEAN CaseInSensitive
    )

/*++

Routine Description:

    Compares two counted Unicode strings character by character (upcased first when CaseInSensitive);
    when one is a prefix of the other the shorter one is less.

Arguments:

    String1 - Supplies the first string.

    String2 - Supplies the second string.

    CaseInSensitive - Supplies TRUE to ignore case.

Return Value:

    Less than zero, zero, or greater than zero as String1 is less than, equal to, or greater than String2.

--*/

{
    ULONG Index;
    ULONG Count;
    ULONG Count1 = String1->Length / sizeof(WCHAR);
    ULONG Count2 = String2->Length / sizeof(WCHAR);
    WCHAR Left;
    WCHAR Right;

    Count = Count1 < Count2 ? Count1 : Count2;
    for (Index = 0; Index < Count; Index += 1) {
        Left = String1->Buffer[Index];
        Right = String2->Buffer[Index];
        if (Left != Right && CaseInSensitive) {
            Left = RtlUpcaseUnicodeChar(Left);
            Right = RtlUpcaseUnicodeChar(Right);
        }

        if (Left != Right) {
            return (LONG)Left - (LONG)Right;
        }
    }

    return (LONG)Count1 - (LONG)Count2;
}

BOOLEAN
NTAPI
RtlEqualUnicodeString (
    IN PCUNICODE_STRING String1,
    IN PCUNICODE_STRING String2,
    IN BOOLEAN CaseInSensitive
    )

/*++

Routine Description:

    Determines whether two counted Unicode strings are equal: the same length and the same characters
    (upcased first when CaseInSensitive).

Arguments:

    String1 - Supplies the first string.

    String2 - Supplies the second string.

    CaseInSensitive - Supplies TRUE to ignore case.

Return Value:

    TRUE when the strings are equal, FALSE otherwise.

--*/

{
    if (String1->Length != String2->Length) {
        return FALSE;
    }

    return (BOOLEAN)(RtlCompareUnicodeString(String1, String2, CaseInSensitive) == 0);
}

BOOLEAN
NTAPI
RtlPrefixUnicodeString (
    IN PCUNICODE_STRING String1,
    IN PCUNICODE_STRING String2,
    IN BOOLEAN CaseInSensitive
    )

/*++

Routine Description:

    Determines whether String1 is a prefix of String2. An empty String1 is a prefix of every string.

Arguments:

    String1 - Supplies the candidate prefix.

    String2 - Supplies the string to test.

    CaseInSensitive - Supplies TRUE to ignore case.

Return Value:

    TRUE when String2 begins with String1, FALSE otherwise.

--*/

{
    ULONG Index;
    ULONG Count = String1->Length / sizeof(WCHAR);
    WCHAR Left;
    WCHAR Right;

    if (String1->Length > String2->Length) {
        return FALSE;
    }

    for (Index = 0; Index < Count; Index += 1) {
        Left = String1->Buffer[Index];
        Right = String2->Buffer[Index];
        if (Left != Right && CaseInSensitive) {
            Left = RtlUpcaseUnicodeChar(Left);
            Right = RtlUpcaseUnicodeChar(Right);
        }

        if (Left != Right) {
            return FALSE;
        }
    }

    return TRUE;
}

static
NTSTATUS
RtlpAppendUnicodeCharacters (
    IN OUT PUNICODE_STRING Destination,
    IN const WCHAR *Source,
    IN ULONG SourceLength
    )

/*++

Routine Description:

    Appends SourceLength bytes of UTF-16 text to a counted string, NUL-terminating the result when a
    character of the buffer remains.

Arguments:

    Destination - Supplies the string to extend.

    Source - Supplies the text to append (it may lie in the destination's own buffer).

    SourceLength - Supplies the number of bytes to append.

Return Value:

    STATUS_SUCCESS, or STATUS_BUFFER_TOO_SMALL when the result would exceed the destination's
    MaximumLength (the destination is then unchanged).

--*/

{
    ULONG NewLength;

    if (SourceLength == 0) {
        return STATUS_SUCCESS;
    }

    NewLength = (ULONG)Destination->Length + SourceLength;
    if (NewLength > Destination->MaximumLength) {
        return STATUS_BUFFER_TOO_SMALL;
    }

    memmove((PUCHAR)Destination->Buffer + Destination->Length, Source, SourceLength);
    Destination->Length = (USHORT)NewLength;
    if (NewLength + sizeof(WCHAR) <= Destination->MaximumLength) {
        Destination->Buffer[NewLength / sizeof(WCHAR)] = 0;
    }

    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
RtlAppendUnicodeStringToString (
    IN OUT PUNICODE_STRING Destination,
    IN PCUNICODE_STRING Source
    )

/*++

Routine Description:

    Appends a counted Unicode string to another, in the destination's buffer.

Arguments:

    Destination - Supplies the string to extend; its Length grows by the source's Length.

    Source - Supplies the string to append.

Return Value:

    STATUS_SUCCESS, or STATUS_BUFFER_TOO_SMALL when the result would exceed the destination's
    MaximumLength (the destination is then unchanged).

--*/

{
    return RtlpAppendUnicodeCharacters(Destination, Source->Buffer, Source->Length);
}

NTSTATUS
NTAPI
RtlAppendUnicodeToString (
    IN OUT PUNICODE_STRING Destination,
    IN PCWSTR Source OPTIONAL
    )

/*++

Routine Description:

    Appends a NUL-terminated UTF-16 string (without its terminator) to a counted Unicode string.

Arguments:

    Destination - Supplies the string to extend.

    Source - Supplies the NUL-terminated string to append, or NULL, which appends nothing.

Return Value:

    STATUS_SUCCESS, or STATUS_BUFFER_TOO_SMALL when the result would exceed the destination's
    MaximumLength (the destination is then unchanged).

--*/

{
    ULONG Count;

    if (Source == NULL) {
        return STATUS_SUCCESS;
    }

    Count = 0;
    while (Source[Count] != 0) {
        Count += 1;
        if (Count * sizeof(WCHAR) > MAXUSHORT) {
            return STATUS_BUFFER_TOO_SMALL;
        }
    }

    return RtlpAppendUnicodeCharacters(Destination, Source, Count * sizeof(WCHAR));
}
