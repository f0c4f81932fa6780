/*++

Module Name:

    blhive.c

Abstract:

    A read-only walk of a regf hive image for the OS loader: the base block checked (signature, checksum,
    length), cells found by index with their bounds and kind checked on every access, subkeys enumerated in
    the order their lists keep (li, lf, lh leaves, and ri roots of leaves), names compared without regard to
    case, value data inline, in a cell or in the segments of a big data (db) cell.

--*/

#include "blhive.h"

#define BL_MAXIMUM_SEGMENT_DATA CM_MAXIMUM_CELL_DATA

static
PUCHAR
BlpCell(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Cell,
    IN ULONG MinimumSize,
    OUT PULONG Size OPTIONAL
    )

/*++

Routine Description:

    Finds the data of an allocated cell: its index must be 8-byte aligned and inside the bins, its size field
    negative (allocated), and the cell, at least MinimumSize bytes of data, must end within the bins.

Return Value:

    The cell's data, or NULL when any of that fails.

--*/

{
    LONG Header;
    ULONG CellSize;

    if (Cell % HCELL_ALIGN != 0 || Cell >= Hive->Length || Hive->Length - Cell < sizeof(LONG)) {
        return NULL;
    }
    Header = *(LONG *)(Hive->Bins + Cell);
    if (Header >= 0) {
        return NULL;
    }
    CellSize = (ULONG)(-Header);
    if (CellSize < sizeof(LONG) + MinimumSize || CellSize > Hive->Length - Cell) {
        return NULL;
    }
    if (ARGUMENT_PRESENT(Size)) {
        *Size = CellSize - sizeof(LONG);
    }
    return Hive->Bins + Cell + sizeof(LONG);
}

static
PCM_KEY_NODE
BlpKeyNode(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Cell
    )
{
    ULONG Size;
    PCM_KEY_NODE Node;

    Node = (PCM_KEY_NODE)BlpCell(Hive, Cell, FIELD_OFFSET(CM_KEY_NODE, Name), &Size);
    if (Node == NULL || Node->Signature != CM_KEY_NODE_SIGNATURE ||
        Node->NameLength > Size - FIELD_OFFSET(CM_KEY_NODE, Name)) {
        return NULL;
    }
    return Node;
}

static
PCM_INDEX
BlpIndex(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Cell
    )

/*++

Routine Description:

    Finds a subkey list cell and checks that its entries fit in it: li and ri hold a cell index each, lf and lh
    a cell index and a hint.

--*/

{
    ULONG Size;
    ULONG EntrySize;
    PCM_INDEX Index;

    Index = (PCM_INDEX)BlpCell(Hive, Cell, FIELD_OFFSET(CM_INDEX, List), &Size);
    if (Index == NULL) {
        return NULL;
    }
    switch (Index->Signature) {
    case CM_INDEX_LEAF_SIGNATURE:
    case CM_INDEX_ROOT_SIGNATURE:
        EntrySize = sizeof(ULONG);
        break;
    case CM_INDEX_FAST_SIGNATURE:
    case CM_INDEX_HASH_SIGNATURE:
        EntrySize = 2 * sizeof(ULONG);
        break;
    default:
        return NULL;
    }
    if (Index->Count > (Size - FIELD_OFFSET(CM_INDEX, List)) / EntrySize) {
        return NULL;
    }
    return Index;
}

static
HCELL_INDEX
BlpLeafEntry(
    IN PCM_INDEX Leaf,
    IN ULONG Entry
    )
{
    if (Leaf->Signature == CM_INDEX_LEAF_SIGNATURE) {
        return Leaf->List[Entry];
    }
    return Leaf->List[2 * Entry];
}

NTSTATUS
BlHiveInitialize(
    OUT PBL_HIVE Hive,
    IN PVOID Image,
    IN ULONG ImageLength
    )

/*++

Routine Description:

    Checks a hive image's base block (the regf signature, the XOR checksum of its first 127 ULONGs, the bins'
    length within the image) and that its root cell is a key.

Return Value:

    STATUS_SUCCESS, or STATUS_REGISTRY_CORRUPT.

--*/

{
    PHBASE_BLOCK BaseBlock;
    PULONG Words;
    ULONG CheckSum;
    ULONG Index;

    BaseBlock = (PHBASE_BLOCK)Image;
    if (Image == NULL || ImageLength < HBLOCK_SIZE || BaseBlock->Signature != HBASE_SIGNATURE) {
        return STATUS_REGISTRY_CORRUPT;
    }
    Words = (PULONG)Image;
    CheckSum = 0;
    for (Index = 0; Index < HBASE_CHECKSUM_OFFSET / sizeof(ULONG); Index += 1) {
        CheckSum ^= Words[Index];
    }
    if (CheckSum != BaseBlock->CheckSum || BaseBlock->Length > ImageLength - HBLOCK_SIZE) {
        return STATUS_REGISTRY_CORRUPT;
    }
    Hive->Bins = (PUCHAR)Image + HBLOCK_SIZE;
    Hive->Length = BaseBlock->Length;
    Hive->Minor = BaseBlock->Minor;
    Hive->RootCell = BaseBlock->RootCell;
    if (BlpKeyNode(Hive, Hive->RootCell) == NULL) {
        return STATUS_REGISTRY_CORRUPT;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
BlHiveEnumerateSubKey(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Key,
    IN ULONG Index,
    OUT PHCELL_INDEX SubKey
    )

/*++

Routine Description:

    Finds the Index'th stable subkey of Key in the order its list keeps them (the format keeps them sorted by
    upcased name). A root's entries must be leaves.

Return Value:

    STATUS_SUCCESS, STATUS_NO_MORE_ENTRIES past the last subkey, or STATUS_REGISTRY_CORRUPT.

--*/

{
    PCM_KEY_NODE Node;
    PCM_INDEX List;
    PCM_INDEX Leaf;
    ULONG Entry;

    Node = BlpKeyNode(Hive, Key);
    if (Node == NULL) {
        return STATUS_REGISTRY_CORRUPT;
    }
    if (Index >= Node->SubKeyCounts[0]) {
        return STATUS_NO_MORE_ENTRIES;
    }
    List = BlpIndex(Hive, Node->SubKeyLists[0]);
    if (List == NULL) {
        return STATUS_REGISTRY_CORRUPT;
    }
    if (List->Signature != CM_INDEX_ROOT_SIGNATURE) {
        if (Index >= List->Count) {
            return STATUS_REGISTRY_CORRUPT;
        }
        *SubKey = BlpLeafEntry(List, Index);
        return BlpKeyNode(Hive, *SubKey) != NULL ? STATUS_SUCCESS : STATUS_REGISTRY_CORRUPT;
    }
    for (Entry = 0; Entry < List->Count; Entry += 1) {
        Leaf = BlpIndex(Hive, List->List[Entry]);
        if (Leaf == NULL || Leaf->Signature == CM_INDEX_ROOT_SIGNATURE) {
            return STATUS_REGISTRY_CORRUPT;
        }
        if (Index < Leaf->Count) {
            *SubKey = BlpLeafEntry(Leaf, Index);
            return BlpKeyNode(Hive, *SubKey) != NULL ? STATUS_SUCCESS : STATUS_REGISTRY_CORRUPT;
        }
        Index -= Leaf->Count;
    }
    return STATUS_REGISTRY_CORRUPT;
}

static
WCHAR
BlpUpcase(
    IN WCHAR Char
    )

/*++

Routine Description:

    Upcases the ASCII and Latin-1 letters, which is what the names a loader looks for use.

--*/

{
    if ((Char >= L'a' && Char <= L'z') || (Char >= 0xE0 && Char <= 0xFE && Char != 0xF7)) {
        return (WCHAR)(Char - 0x20);
    }
    return Char;
}

BOOLEAN
BlEqualNames(
    IN PCWSTR First,
    IN ULONG FirstChars,
    IN PCWSTR Second,
    IN ULONG SecondChars
    )
{
    ULONG Index;

    if (FirstChars != SecondChars) {
        return FALSE;
    }
    for (Index = 0; Index < FirstChars; Index += 1) {
        if (BlpUpcase(First[Index]) != BlpUpcase(Second[Index])) {
            return FALSE;
        }
    }
    return TRUE;
}

static
ULONG
BlpStringLength(
    IN PCWSTR String
    )
{
    ULONG Length;

    for (Length = 0; String[Length] != L'\0'; Length += 1) {
    }
    return Length;
}

static
BOOLEAN
BlpStoredNameEquals(
    IN PUCHAR Stored,
    IN ULONG StoredBytes,
    IN BOOLEAN Compressed,
    IN PCWSTR Name,
    IN ULONG NameChars
    )

/*++

Routine Description:

    Compares a name as a cell stores it (one byte a character when Compressed, else UTF-16) with Name.

--*/

{
    ULONG Index;
    WCHAR Char;

    if ((Compressed ? StoredBytes : StoredBytes / sizeof(WCHAR)) != NameChars) {
        return FALSE;
    }
    for (Index = 0; Index < NameChars; Index += 1) {
        Char = Compressed ? (WCHAR)Stored[Index] : *(WCHAR *)(Stored + Index * sizeof(WCHAR));
        if (BlpUpcase(Char) != BlpUpcase(Name[Index])) {
            return FALSE;
        }
    }
    return TRUE;
}

NTSTATUS
BlHiveOpenSubKey(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Key,
    IN PCWSTR Name,
    OUT PHCELL_INDEX SubKey
    )

/*++

Routine Description:

    Finds Key's subkey called Name (compared without regard to case).

Return Value:

    STATUS_SUCCESS, STATUS_OBJECT_NAME_NOT_FOUND, or STATUS_REGISTRY_CORRUPT.

--*/

{
    NTSTATUS Status;
    ULONG Index;
    HCELL_INDEX Cell;
    PCM_KEY_NODE Node;
    ULONG NameChars;

    NameChars = BlpStringLength(Name);
    for (Index = 0; ; Index += 1) {
        Status = BlHiveEnumerateSubKey(Hive, Key, Index, &Cell);
        if (Status == STATUS_NO_MORE_ENTRIES) {
            return STATUS_OBJECT_NAME_NOT_FOUND;
        }
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        Node = BlpKeyNode(Hive, Cell);
        if (BlpStoredNameEquals(Node->Name, Node->NameLength, (BOOLEAN)((Node->Flags & KEY_COMP_NAME) != 0), Name, NameChars)) {
            *SubKey = Cell;
            return STATUS_SUCCESS;
        }
    }
}

NTSTATUS
BlHiveKeyName(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Key,
    OUT PWCHAR Buffer,
    IN ULONG BufferChars
    )

/*++

Routine Description:

    Copies Key's name, NUL-terminated, into Buffer.

Return Value:

    STATUS_SUCCESS, STATUS_BUFFER_TOO_SMALL when the name and its NUL do not fit, or STATUS_REGISTRY_CORRUPT.

--*/

{
    PCM_KEY_NODE Node;
    ULONG Chars;
    ULONG Index;
    BOOLEAN Compressed;

    Node = BlpKeyNode(Hive, Key);
    if (Node == NULL) {
        return STATUS_REGISTRY_CORRUPT;
    }
    Compressed = (BOOLEAN)((Node->Flags & KEY_COMP_NAME) != 0);
    Chars = Compressed ? Node->NameLength : Node->NameLength / sizeof(WCHAR);
    if (Chars >= BufferChars) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    for (Index = 0; Index < Chars; Index += 1) {
        Buffer[Index] = Compressed ? (WCHAR)Node->Name[Index] : *(WCHAR *)(Node->Name + Index * sizeof(WCHAR));
    }
    Buffer[Chars] = L'\0';
    return STATUS_SUCCESS;
}

static
NTSTATUS
BlpCopyBigData(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Cell,
    IN ULONG Length,
    OUT PUCHAR Data
    )

/*++

Routine Description:

    Copies Length bytes of value data kept in the segments of the big data cell Cell, each segment holding up
    to BL_MAXIMUM_SEGMENT_DATA bytes.

--*/

{
    PCM_BIG_DATA BigData;
    PULONG Segments;
    PUCHAR Segment;
    ULONG SegmentSize;
    ULONG Index;
    ULONG Chunk;

    BigData = (PCM_BIG_DATA)BlpCell(Hive, Cell, sizeof(CM_BIG_DATA), NULL);
    if (BigData == NULL || BigData->Signature != CM_BIG_DATA_SIGNATURE ||
        (ULONG)BigData->Count * BL_MAXIMUM_SEGMENT_DATA < Length) {
        return STATUS_REGISTRY_CORRUPT;
    }
    Segments = (PULONG)BlpCell(Hive, BigData->List, BigData->Count * sizeof(ULONG), NULL);
    if (Segments == NULL) {
        return STATUS_REGISTRY_CORRUPT;
    }
    for (Index = 0; Length != 0; Index += 1) {
        Chunk = Length < BL_MAXIMUM_SEGMENT_DATA ? Length : BL_MAXIMUM_SEGMENT_DATA;
        Segment = BlpCell(Hive, Segments[Index], Chunk, &SegmentSize);
        if (Segment == NULL) {
            return STATUS_REGISTRY_CORRUPT;
        }
        BlCopyMemory(Data, Segment, Chunk);
        Data += Chunk;
        Length -= Chunk;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
BlHiveQueryValue(
    IN PBL_HIVE Hive,
    IN HCELL_INDEX Key,
    IN PCWSTR Name,
    OUT PULONG Type,
    OUT PVOID Data,
    IN OUT PULONG DataLength
    )

/*++

Routine Description:

    Finds Key's value called Name (compared without regard to case) and copies its type and data; on entry
    *DataLength is Data's size, on return the data's length.

Return Value:

    STATUS_SUCCESS, STATUS_OBJECT_NAME_NOT_FOUND, STATUS_BUFFER_OVERFLOW (the data does not fit: *DataLength
    says how much it needs, nothing is copied), or STATUS_REGISTRY_CORRUPT.

--*/

{
    PCM_KEY_NODE Node;
    PULONG Values;
    PCM_KEY_VALUE Value;
    ULONG ValueSize;
    ULONG NameChars;
    ULONG Index;
    ULONG Length;
    PUCHAR Cell;

    Node = BlpKeyNode(Hive, Key);
    if (Node == NULL) {
        return STATUS_REGISTRY_CORRUPT;
    }
    if (Node->ValueCount == 0) {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    if (Node->ValueCount > Hive->Length / sizeof(ULONG)) {
        return STATUS_REGISTRY_CORRUPT;
    }
    Values = (PULONG)BlpCell(Hive, Node->ValueList, Node->ValueCount * sizeof(ULONG), NULL);
    if (Values == NULL) {
        return STATUS_REGISTRY_CORRUPT;
    }
    NameChars = BlpStringLength(Name);
    for (Index = 0; Index < Node->ValueCount; Index += 1) {
        Value = (PCM_KEY_VALUE)BlpCell(Hive, Values[Index], FIELD_OFFSET(CM_KEY_VALUE, Name), &ValueSize);
        if (Value == NULL || Value->Signature != CM_KEY_VALUE_SIGNATURE ||
            Value->NameLength > ValueSize - FIELD_OFFSET(CM_KEY_VALUE, Name)) {
            return STATUS_REGISTRY_CORRUPT;
        }
        if (BlpStoredNameEquals(Value->Name, Value->NameLength, (BOOLEAN)((Value->Flags & VALUE_COMP_NAME) != 0), Name, NameChars)) {
            break;
        }
    }
    if (Index == Node->ValueCount) {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    *Type = Value->Type;
    Length = Value->DataLength & ~CM_KEY_VALUE_SPECIAL_SIZE;
    if ((Value->DataLength & CM_KEY_VALUE_SPECIAL_SIZE) != 0 && Length > sizeof(ULONG)) {
        return STATUS_REGISTRY_CORRUPT;
    }
    if (Length > *DataLength) {
        *DataLength = Length;
        return STATUS_BUFFER_OVERFLOW;
    }
    *DataLength = Length;
    if ((Value->DataLength & CM_KEY_VALUE_SPECIAL_SIZE) != 0) {
        BlCopyMemory(Data, &Value->Data, Length);
        return STATUS_SUCCESS;
    }
    if (Length == 0) {
        return STATUS_SUCCESS;
    }
    if (Length > BL_MAXIMUM_SEGMENT_DATA && Hive->Minor >= 4) {
        return BlpCopyBigData(Hive, Value->Data, Length, (PUCHAR)Data);
    }
    Cell = BlpCell(Hive, Value->Data, Length, NULL);
    if (Cell == NULL) {
        return STATUS_REGISTRY_CORRUPT;
    }
    BlCopyMemory(Data, Cell, Length);
    return STATUS_SUCCESS;
}
