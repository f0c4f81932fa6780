/*++

Module Name:

    string.c

Abstract:

    Counted single-byte strings (STRING, ANSI_STRING): initialization, copy, comparison, concatenation and
    the single-byte upcase. Length and MaximumLength count bytes; the buffer need not be NUL-terminated.

Environment:

    Kernel mode, any IRQL when the buffers are resident.

--*/

#include <ntddk.h>

//
// The longest NUL-terminated string a STRING can describe: Length plus the terminator must fit a USHORT.
//

#define RTLP_MAX_ANSI_LENGTH (MAXUSHORT - 1)

VOID
NTAPI
RtlInitString (
    OUT PSTRING DestinationString,
    IN PCSZ SourceString OPTIONAL
    )

/*++

Routine Description:

    Initializes a counted string to describe a NUL-terminated string in place: Length is its length in
    bytes without the terminator, MaximumLength one more. The buffer is not copied.

Arguments:

    DestinationString - Supplies the counted string to initialize.

    SourceString - Supplies the NUL-terminated string, or NULL, which gives an empty string with a NULL
        buffer and both lengths zero.

Return Value:

    None.

--*/

{
    ULONG Length;

    DestinationString->Buffer = (PCHAR)SourceString;
    if (SourceString == NULL) {
        DestinationString->Length = 0;
        DestinationString->MaximumLength = 0;
        return;
    }

    Length = 0;
    while (SourceString[Length] != '\0') {
        Length += 1;
    }

    if (Length > RTLP_MAX_ANSI_LENGTH) {
        Length = RTLP_MAX_ANSI_LENGTH;
    }

    DestinationString->Length = (USHORT)Length;
    DestinationString->MaximumLength = (USHORT)(Length + 1);
}

VOID
NTAPI
RtlInitAnsiString (
    OUT PANSI_STRING DestinationString,
    IN PCSZ SourceString OPTIONAL
    )

/*++

Routine Description:

    Initializes an ANSI_STRING to describe a NUL-terminated string in place, as RtlInitString does.

Arguments:

    DestinationString - Supplies the counted string to initialize.

    SourceString - Supplies the NUL-terminated string, or NULL.

Return Value:

    None.

--*/

{
    RtlInitString(DestinationString, SourceString);
}

VOID
NTAPI
RtlCopyString (
    OUT PSTRING DestinationString,
    IN const STRING *SourceString OPTIONAL
    )

/*++

Routine Description:

    Copies a counted string into the buffer of another. The number of bytes copied is the smaller of the
    source's Length and the destination's MaximumLength; the destination is NUL-terminated when a byte of
    its buffer remains. The destination's Buffer and MaximumLength are not changed.

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

    memmove(DestinationString->Buffer, SourceString->Buffer, Length);
    DestinationString->Length = Length;
    if (Length < DestinationString->MaximumLength) {
        DestinationString->Buffer[Length] = '\0';
    }
}

CHAR
NTAPI
RtlUpperChar (
    IN CHAR Character
    )

/*++

Routine Description:

    Returns the uppercase form of a single-byte character in the system's ANSI code page (Windows-1252):
    the ASCII letters, the Latin-1 letters 0xE0-0xFE except the division sign 0xF7, and the letters of
    0x80-0x9F that have an uppercase form there.

Arguments:

    Character - Supplies the character.

Return Value:

    The uppercase character, or Character itself when it has no uppercase form.

--*/

{
    UCHAR Code = (UCHAR)Character;

    if (Code >= 'a' && Code <= 'z') {
        return (CHAR)(Code - ('a' - 'A'));
    }

    if (Code >= 0xE0 && Code <= 0xFE && Code != 0xF7) {
        return (CHAR)(Code - 0x20);
    }

    if (Code == 0x9A || Code == 0x9C || Code == 0x9E) {

        //
        // s caron, oe ligature, z caron.
        //

        return (CHAR)(Code - 0x10);
    }

    if (Code == 0xFF) {

        //
        // y diaeresis.
        //

        return (CHAR)0x9F;
    }

    return Character;
}

LONG
NTAPI
RtlCompareString (
    IN const STRING *String1,
    IN const STRING *String2,
    IN BOOLEAN CaseInSensitive
    )

/*++

Routine Description:

    Compares two counted strings character by character (as unsigned bytes, upcased first when
    CaseInSensitive); when one is a prefix of the other the shorter one is less.

Arguments:

    String1 - Supplies the first string.

    String2 - Supplies the second string.

    CaseInSensitive - Supplies TRUE to ignore case.

Return Value:

    Less than zero, zero, or greater than zero as String1 is less than, equal to, or greater than String2.

--*/

{
    USHORT Index;
    USHORT Length;
    UCHAR Left;
    UCHAR Right;

    Length = String1->Length < String2->Length ? String1->Length : String2->Length;
    for (Index = 0; Index < Length; Index += 1) {
        Left = (UCHAR)String1->Buffer[Index];
        Right = (UCHAR)String2->Buffer[Index];
        if (Left != Right && CaseInSensitive) {
            Left = (UCHAR)RtlUpperChar((CHAR)Left);
            Right = (UCHAR)RtlUpperChar((CHAR)Right);
        }

        if (Left != Right) {
            return (LONG)Left - (LONG)Right;
        }
    }

    return (LONG)String1->Length - (LONG)String2->Length;
}

BOOLEAN
NTAPI
RtlEqualString (
    IN const STRING *String1,
    IN const STRING *String2,
    IN BOOLEAN CaseInSensitive
    )

/*++

Routine Description:

    Determines whether two counted strings are equal: the same length and the same characters (upcased
    first when CaseInSensitive).

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

    return (BOOLEAN)(RtlCompareString(String1, String2, CaseInSensitive) == 0);
}

NTSTATUS
NTAPI
RtlAppendStringToString (
    IN OUT PSTRING Destination,
    IN const STRING *Source
    )

/*++

Routine Description:

    Appends a counted string to another, in the destination's buffer.

Arguments:

    Destination - Supplies the string to extend; its Length grows by the source's Length.

    Source - Supplies the string to append.

Return Value:

    STATUS_SUCCESS, or STATUS_BUFFER_TOO_SMALL when the result would exceed the destination's
    MaximumLength (the destination is then unchanged).

--*/

{
    ULONG NewLength;

    if (Source->Length == 0) {
        return STATUS_SUCCESS;
    }

    NewLength = (ULONG)Destination->Length + Source->Length;
    if (NewLength > Destination->MaximumLength) {
        return STATUS_BUFFER_TOO_SMALL;
    }

    memmove(Destination->Buffer + Destination->Length, Source->Buffer, Source->Length);
    Destination->Length = (USHORT)NewLength;
    return STATUS_SUCCESS;
}
