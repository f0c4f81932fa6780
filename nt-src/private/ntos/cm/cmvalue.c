/*++

Module Name:

    cmvalue.c

Abstract:

    Values of a key: its value list (a cell of vk cell indexes, in the order the values were added), each
    value's name, type and data. Data of at most four bytes is kept in the vk cell itself, up to
    CM_MAXIMUM_CELL_DATA bytes in one data cell, and beyond that in segments of CM_MAXIMUM_CELL_DATA bytes
    listed by a db cell.

--*/

#include "cmp.h"

HCELL_INDEX
CmpValueAt(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    IN ULONG Index
    )
{
    PCM_KEY_NODE Node = HvGetKeyNode(Hive, KeyCell);

    if (Index >= Node->ValueCount) {
        return HCELL_NIL;
    }
    return ((PHCELL_INDEX)HvGetCell(Hive, Node->ValueList))[Index];
}

HCELL_INDEX
CmpFindValueByName(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    IN PCUNICODE_STRING Name,
    OUT PULONG Index OPTIONAL
    )

/*++

Return Value:

    The value named Name (without regard to case; an empty name is the default value), or HCELL_NIL.

--*/

{
    ULONG Count = HvGetKeyNode(Hive, KeyCell)->ValueCount;
    PCM_KEY_VALUE Value;
    HCELL_INDEX Cell;
    ULONG Position;

    for (Position = 0; Position < Count; Position += 1) {
        Cell = CmpValueAt(Hive, KeyCell, Position);
        Value = HvGetKeyValue(Hive, Cell);
        if (CmpCompareName(Name, Value->Name, Value->NameLength, (BOOLEAN)((Value->Flags & VALUE_COMP_NAME) != 0)) == 0) {
            if (ARGUMENT_PRESENT(Index)) {
                *Index = Position;
            }
            return Cell;
        }
    }
    return HCELL_NIL;
}

ULONG
CmpValueDataLength(
    IN PCM_KEY_VALUE Value
    )
{
    return Value->DataLength & ~CM_KEY_VALUE_SPECIAL_SIZE;
}

static
BOOLEAN
CmpIsBigData(
    IN PCMHIVE Hive,
    IN PCM_KEY_VALUE Value
    )
{
    return (BOOLEAN)(Value->DataLength <= MAXLONG && Value->DataLength > CM_MAXIMUM_CELL_DATA &&
                     HvBaseBlock(Hive)->Minor >= 4 &&
                     ((PCM_BIG_DATA)HvGetCell(Hive, Value->Data))->Signature == CM_BIG_DATA_SIGNATURE);
}

VOID
CmpCopyValueData(
    IN PCMHIVE Hive,
    IN HCELL_INDEX ValueCell,
    OUT PUCHAR Buffer,
    IN ULONG Length
    )

/*++

Routine Description:

    Copies the first Length bytes (at most the data's length) of a value's data to Buffer.

--*/

{
    PCM_KEY_VALUE Value = HvGetKeyValue(Hive, ValueCell);
    ULONG DataLength = CmpValueDataLength(Value);
    PCM_BIG_DATA Big;
    PHCELL_INDEX Segments;
    ULONG Segment;
    ULONG Chunk;

    if (Length > DataLength) {
        Length = DataLength;
    }
    if ((Value->DataLength & CM_KEY_VALUE_SPECIAL_SIZE) != 0) {
        RtlCopyMemory(Buffer, &Value->Data, Length);
        return;
    }
    if (!CmpIsBigData(Hive, Value)) {
        RtlCopyMemory(Buffer, HvGetCell(Hive, Value->Data), Length);
        return;
    }
    Big = (PCM_BIG_DATA)HvGetCell(Hive, Value->Data);
    Segments = (PHCELL_INDEX)HvGetCell(Hive, Big->List);
    for (Segment = 0; Segment < Big->Count && Length != 0; Segment += 1) {
        Chunk = Length < CM_MAXIMUM_CELL_DATA ? Length : CM_MAXIMUM_CELL_DATA;
        RtlCopyMemory(Buffer, HvGetCell(Hive, Segments[Segment]), Chunk);
        Buffer += Chunk;
        Length -= Chunk;
    }
}

static
VOID
CmpFreeBigData(
    IN PCMHIVE Hive,
    IN HCELL_INDEX BigCell
    )
{
    PCM_BIG_DATA Big = (PCM_BIG_DATA)HvGetCell(Hive, BigCell);
    PHCELL_INDEX Segments = (PHCELL_INDEX)HvGetCell(Hive, Big->List);
    ULONG Segment;

    for (Segment = 0; Segment < Big->Count; Segment += 1) {
        HvFreeCell(Hive, Segments[Segment]);
    }
    HvFreeCell(Hive, Big->List);
    HvFreeCell(Hive, BigCell);
}

static
VOID
CmpFreeValueData(
    IN PCMHIVE Hive,
    IN HCELL_INDEX ValueCell
    )
{
    PCM_KEY_VALUE Value = HvGetKeyValue(Hive, ValueCell);

    if ((Value->DataLength & CM_KEY_VALUE_SPECIAL_SIZE) != 0 || Value->DataLength == 0 || Value->Data == HCELL_NIL) {
        return;
    }
    if (CmpIsBigData(Hive, Value)) {
        CmpFreeBigData(Hive, Value->Data);
    } else {
        HvFreeCell(Hive, Value->Data);
    }
}

VOID
CmpFreeValue(
    IN PCMHIVE Hive,
    IN HCELL_INDEX ValueCell
    )
{
    CmpFreeValueData(Hive, ValueCell);
    HvFreeCell(Hive, ValueCell);
}

static
NTSTATUS
CmpStoreValueData(
    IN PCMHIVE Hive,
    IN PUCHAR Data,
    IN ULONG DataSize,
    OUT PHCELL_INDEX DataCell
    )

/*++

Routine Description:

    Stores more than four bytes of data in a data cell, or in db segments when it is larger than one cell
    may hold. Nothing stays allocated on failure.

--*/

{
    ULONG Count = (DataSize + CM_MAXIMUM_CELL_DATA - 1) / CM_MAXIMUM_CELL_DATA;
    HCELL_INDEX List;
    HCELL_INDEX Big;
    HCELL_INDEX Segment;
    ULONG Index;
    ULONG Chunk;
    PCM_BIG_DATA BigData;

    if (DataSize <= CM_MAXIMUM_CELL_DATA) {
        *DataCell = HvAllocateCell(Hive, DataSize);
        if (*DataCell == HCELL_NIL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        RtlCopyMemory(HvGetCell(Hive, *DataCell), Data, DataSize);
        return STATUS_SUCCESS;
    }
    if (Count > MAXUSHORT) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    List = HvAllocateCell(Hive, Count * sizeof(HCELL_INDEX));
    Big = HvAllocateCell(Hive, sizeof(CM_BIG_DATA));
    if (List == HCELL_NIL || Big == HCELL_NIL) {
        if (List != HCELL_NIL) {
            HvFreeCell(Hive, List);
        }
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    BigData = (PCM_BIG_DATA)HvGetCell(Hive, Big);
    BigData->Signature = CM_BIG_DATA_SIGNATURE;
    BigData->List = List;
    for (Index = 0; Index < Count; Index += 1) {
        Chunk = DataSize - Index * CM_MAXIMUM_CELL_DATA;
        if (Chunk > CM_MAXIMUM_CELL_DATA) {
            Chunk = CM_MAXIMUM_CELL_DATA;
        }
        Segment = HvAllocateCell(Hive, Chunk);
        if (Segment == HCELL_NIL) {
            CmpFreeBigData(Hive, Big);
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        RtlCopyMemory(HvGetCell(Hive, Segment), Data + Index * CM_MAXIMUM_CELL_DATA, Chunk);
        ((PHCELL_INDEX)HvGetCell(Hive, List))[Index] = Segment;
        ((PCM_BIG_DATA)HvGetCell(Hive, Big))->Count = (USHORT)(Index + 1);
    }
    *DataCell = Big;
    return STATUS_SUCCESS;
}

NTSTATUS
CmpSetValue(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    IN PCUNICODE_STRING Name,
    IN ULONG Type,
    IN PVOID Data,
    IN ULONG DataSize
    )

/*++

Routine Description:

    Gives the key's value Name (made when there is none) Type and a copy of DataSize bytes of Data. Nothing
    changes on failure.

--*/

{
    HCELL_INDEX ValueCell = CmpFindValueByName(Hive, KeyCell, Name, NULL);
    HCELL_INDEX DataCell = HCELL_NIL;
    HCELL_INDEX NewValue = HCELL_NIL;
    HCELL_INDEX List;
    PCM_KEY_NODE Node;
    PCM_KEY_VALUE Value;
    ULONG Inline = 0;
    BOOLEAN Compressed;
    USHORT NameLength;
    NTSTATUS Status;

    if (DataSize > sizeof(ULONG)) {
        Status = CmpStoreValueData(Hive, Data, DataSize, &DataCell);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
    } else {
        RtlCopyMemory(&Inline, Data, DataSize);
    }

    if (ValueCell == HCELL_NIL) {
        NameLength = CmpStoreName(NULL, Name, &Compressed);
        NewValue = HvAllocateCell(Hive, FIELD_OFFSET(CM_KEY_VALUE, Name) + NameLength);
        Node = HvGetKeyNode(Hive, KeyCell);
        List = NewValue == HCELL_NIL ? HCELL_NIL :
               Node->ValueList == HCELL_NIL ? HvAllocateCell(Hive, sizeof(HCELL_INDEX)) :
               HvReallocateCell(Hive, Node->ValueList, (Node->ValueCount + 1) * sizeof(HCELL_INDEX));
        if (List == HCELL_NIL) {
            if (NewValue != HCELL_NIL) {
                HvFreeCell(Hive, NewValue);
            }
            if (DataCell != HCELL_NIL && DataSize > CM_MAXIMUM_CELL_DATA) {
                CmpFreeBigData(Hive, DataCell);
            } else if (DataCell != HCELL_NIL) {
                HvFreeCell(Hive, DataCell);
            }
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        Value = HvGetKeyValue(Hive, NewValue);
        Value->Signature = CM_KEY_VALUE_SIGNATURE;
        Value->NameLength = CmpStoreName(Value->Name, Name, &Compressed);
        Value->Flags = Compressed ? VALUE_COMP_NAME : 0;
        Value->DataLength = CM_KEY_VALUE_SPECIAL_SIZE;
        Value->Data = HCELL_NIL;
        Node = HvGetKeyNode(Hive, KeyCell);
        Node->ValueList = List;
        ((PHCELL_INDEX)HvGetCell(Hive, List))[Node->ValueCount] = NewValue;
        Node->ValueCount += 1;
        ValueCell = NewValue;
    } else {
        CmpFreeValueData(Hive, ValueCell);
    }

    Value = HvGetKeyValue(Hive, ValueCell);
    Value->Type = Type;
    if (DataSize > sizeof(ULONG)) {
        Value->DataLength = DataSize;
        Value->Data = DataCell;
    } else {
        Value->DataLength = DataSize | CM_KEY_VALUE_SPECIAL_SIZE;
        Value->Data = Inline;
    }
    CmpUpdateMaxima(Hive, KeyCell);
    CmpTouchKey(Hive, KeyCell);
    return STATUS_SUCCESS;
}

NTSTATUS
CmpDeleteValue(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    IN PCUNICODE_STRING Name
    )
{
    HCELL_INDEX ValueCell;
    PCM_KEY_NODE Node;
    PHCELL_INDEX List;
    ULONG Index;

    ValueCell = CmpFindValueByName(Hive, KeyCell, Name, &Index);
    if (ValueCell == HCELL_NIL) {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    CmpFreeValue(Hive, ValueCell);
    Node = HvGetKeyNode(Hive, KeyCell);
    List = (PHCELL_INDEX)HvGetCell(Hive, Node->ValueList);
    RtlMoveMemory(&List[Index], &List[Index + 1], (Node->ValueCount - Index - 1) * sizeof(HCELL_INDEX));
    Node->ValueCount -= 1;
    if (Node->ValueCount == 0) {
        HvFreeCell(Hive, Node->ValueList);
        Node->ValueList = HCELL_NIL;
    }
    CmpUpdateMaxima(Hive, KeyCell);
    CmpTouchKey(Hive, KeyCell);
    return STATUS_SUCCESS;
}
