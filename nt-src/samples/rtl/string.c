/*++

Module Name:

    string.c

Abstract:

    Counted strings: a length, a capacity and a buffer that need not be NUL-terminated.

--*/

#include "precomp.h"

VOID
NTAPI
RtlInitString(
    OUT PSTRING DestinationString,
    IN PCSZ SourceString OPTIONAL
    )
{
    USHORT Length = 0;

    DestinationString->Buffer = (PCHAR)SourceString;
    if (SourceString != NULL) {
        while (SourceString[Length] != '\0') {
            Length += 1;
        }
        DestinationString->Length = Length;
        DestinationString->MaximumLength = (USHORT)(Length + 1);
    } else {
        DestinationString->Length = DestinationString->MaximumLength = 0;
    }
}

static CHAR
RtlpUpcase(
    IN CHAR Character
    )
{
    return (Character >= 'a' && Character <= 'z') ? (CHAR)(Character - ('a' - 'A')) : Character;
}

LONG
NTAPI
RtlCompareString(
    IN PSTRING String1,
    IN PSTRING String2,
    IN BOOLEAN CaseInsensitive
    )
{
    USHORT Index;
    USHORT Length = String1->Length < String2->Length ? String1->Length : String2->Length;

    for (Index = 0; Index < Length; Index += 1) {
        CHAR C1 = String1->Buffer[Index];
        CHAR C2 = String2->Buffer[Index];
        if (CaseInsensitive) {
            C1 = RtlpUpcase(C1);
            C2 = RtlpUpcase(C2);
        }
        if (C1 != C2) {
            return (LONG)(UCHAR)C1 - (LONG)(UCHAR)C2;
        }
    }
    return (LONG)String1->Length - (LONG)String2->Length;
}

NTSTATUS
NTAPI
RtlAppendStringToString(
    IN OUT PSTRING Destination,
    IN PSTRING Source
    )
{
    USHORT Index;

    if (Source->Length == 0) {
        return STATUS_SUCCESS;
    }
    if ((ULONG)Destination->Length + Source->Length > Destination->MaximumLength) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    for (Index = 0; Index < Source->Length; Index += 1) {
        Destination->Buffer[Destination->Length + Index] = Source->Buffer[Index];
    }
    Destination->Length = (USHORT)(Destination->Length + Source->Length);
    return STATUS_SUCCESS;
}
