/*++

Module Name:

    cmname.c

Abstract:

    Names of keys and values as a hive stores them: one byte a character (compressed) when every character is
    below 0x80, else UTF-16; compared and hashed without regard to case, as NT upcases them. The hash is the
    one lh subkey lists hold: for each character, hash * 37 plus the upcased character.

--*/

#include "cmp.h"

ULONG
CmpNameSize(
    IN USHORT Length,
    IN BOOLEAN Compressed
    )

/*++

Return Value:

    The bytes of a stored name as UTF-16.

--*/

{
    return Compressed ? (ULONG)Length * sizeof(WCHAR) : Length;
}

static
WCHAR
CmpStoredChar(
    IN PUCHAR Name,
    IN ULONG Index,
    IN BOOLEAN Compressed
    )
{
    return Compressed ? (WCHAR)Name[Index] : (WCHAR)(Name[Index * 2] | (Name[Index * 2 + 1] << 8));
}

LONG
CmpCompareName(
    IN PCUNICODE_STRING Name,
    IN PUCHAR Stored,
    IN USHORT Length,
    IN BOOLEAN Compressed
    )

/*++

Return Value:

    Negative, zero or positive as Name sorts before, with or after the stored name, both upcased.

--*/

{
    ULONG NameChars = Name->Length / sizeof(WCHAR);
    ULONG StoredChars = Compressed ? Length : Length / sizeof(WCHAR);
    ULONG Index;
    WCHAR A;
    WCHAR B;

    for (Index = 0; Index < NameChars && Index < StoredChars; Index += 1) {
        A = RtlUpcaseUnicodeChar(Name->Buffer[Index]);
        B = RtlUpcaseUnicodeChar(CmpStoredChar(Stored, Index, Compressed));
        if (A != B) {
            return (LONG)A - (LONG)B;
        }
    }
    return (LONG)NameChars - (LONG)StoredChars;
}

USHORT
CmpStoreName(
    OUT PUCHAR Destination OPTIONAL,
    IN PCUNICODE_STRING Name,
    OUT PBOOLEAN Compressed
    )

/*++

Routine Description:

    Stores Name as a hive does (when Destination is given).

Return Value:

    The stored name's length in bytes; *Compressed says whether it is one byte a character.

--*/

{
    ULONG Chars = Name->Length / sizeof(WCHAR);
    ULONG Index;

    *Compressed = TRUE;
    for (Index = 0; Index < Chars; Index += 1) {
        if (Name->Buffer[Index] >= 0x80) {
            *Compressed = FALSE;
        }
    }
    if (!*Compressed) {
        if (ARGUMENT_PRESENT(Destination)) {
            RtlCopyMemory(Destination, Name->Buffer, Name->Length);
        }
        return Name->Length;
    }
    if (ARGUMENT_PRESENT(Destination)) {
        for (Index = 0; Index < Chars; Index += 1) {
            Destination[Index] = (UCHAR)Name->Buffer[Index];
        }
    }
    return (USHORT)Chars;
}

ULONG
CmpHashName(
    IN PCUNICODE_STRING Name
    )
{
    ULONG Hash = 0;
    ULONG Index;

    for (Index = 0; Index < Name->Length / sizeof(WCHAR); Index += 1) {
        Hash = Hash * 37 + RtlUpcaseUnicodeChar(Name->Buffer[Index]);
    }
    return Hash;
}

ULONG
CmpHashKeyName(
    IN PCM_KEY_NODE Node
    )

/*++

Return Value:

    The lh hash of a key's stored name.

--*/

{
    BOOLEAN Compressed = (BOOLEAN)((Node->Flags & KEY_COMP_NAME) != 0);
    ULONG Chars = Compressed ? Node->NameLength : Node->NameLength / sizeof(WCHAR);
    ULONG Hash = 0;
    ULONG Index;

    for (Index = 0; Index < Chars; Index += 1) {
        Hash = Hash * 37 + RtlUpcaseUnicodeChar(CmpStoredChar(Node->Name, Index, Compressed));
    }
    return Hash;
}

LONG
CmpCompareKeyName(
    IN PCUNICODE_STRING Name,
    IN PCM_KEY_NODE Node
    )
{
    return CmpCompareName(Name, Node->Name, Node->NameLength, (BOOLEAN)((Node->Flags & KEY_COMP_NAME) != 0));
}

VOID
CmpCopyNameBounded(
    OUT PUCHAR Buffer,
    IN ULONG Length,
    IN ULONG Offset,
    IN PUCHAR Name,
    IN USHORT NameLength,
    IN BOOLEAN Compressed
    )

/*++

Routine Description:

    Writes a stored name as UTF-16 at Offset in a caller's buffer of Length bytes, as much of it as fits.

--*/

{
    ULONG Room = CmpRoom(Length, Offset, CmpNameSize(NameLength, Compressed));
    ULONG Index;

    if (!Compressed) {
        RtlCopyMemory(Buffer + Offset, Name, Room);
        return;
    }
    for (Index = 0; Index < Room; Index += 1) {
        Buffer[Offset + Index] = (Index & 1) != 0 ? 0 : Name[Index / 2];
    }
}
