/*++

Module Name:

    cmindex.c

Abstract:

    Subkey lists. Any list the format allows is read: a leaf (li, lf, lh) or a root (ri) of leaves. A change
    writes the key's whole list anew, sorted by upcased name, as lh leaves of at most CM_MAXIMUM_LEAF_COUNT
    entries (under an ri root when there are several), and frees the old one: simple, and what hivex and NT
    read.

--*/

#include "cmp.h"

#define CM_INDEX_TAG 'xImC'

static
ULONG
CmpLeafStride(
    IN PCM_INDEX Leaf
    )
{
    return Leaf->Signature == CM_INDEX_LEAF_SIGNATURE ? 1 : 2;
}

static
HCELL_INDEX
CmpLeafEntry(
    IN PCM_INDEX Leaf,
    IN ULONG Index
    )
{
    return Leaf->List[Index * CmpLeafStride(Leaf)];
}

HCELL_INDEX
CmpFindSubKeyByNumber(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    IN ULONG Number
    )

/*++

Return Value:

    The key's Number-th subkey in name order, or HCELL_NIL.

--*/

{
    PCM_KEY_NODE Node = HvGetKeyNode(Hive, KeyCell);
    PCM_INDEX List;
    PCM_INDEX Leaf;
    ULONG Index;

    if (Number >= Node->SubKeyCounts[0] || Node->SubKeyLists[0] == HCELL_NIL) {
        return HCELL_NIL;
    }
    List = HvGetIndex(Hive, Node->SubKeyLists[0]);
    if (List->Signature != CM_INDEX_ROOT_SIGNATURE) {
        return Number < List->Count ? CmpLeafEntry(List, Number) : HCELL_NIL;
    }
    for (Index = 0; Index < List->Count; Index += 1) {
        Leaf = HvGetIndex(Hive, List->List[Index]);
        if (Number < Leaf->Count) {
            return CmpLeafEntry(Leaf, Number);
        }
        Number -= Leaf->Count;
    }
    return HCELL_NIL;
}

HCELL_INDEX
CmpFindSubKeyByName(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    IN PCUNICODE_STRING Name
    )

/*++

Return Value:

    The subkey named Name (without regard to case), or HCELL_NIL.

--*/

{
    PCM_KEY_NODE Node = HvGetKeyNode(Hive, KeyCell);
    PCM_INDEX List;
    PCM_INDEX Leaf;
    ULONG Leaves;
    ULONG LeafIndex;
    ULONG Index;
    HCELL_INDEX Child;

    if (Node->SubKeyCounts[0] == 0 || Node->SubKeyLists[0] == HCELL_NIL) {
        return HCELL_NIL;
    }
    List = HvGetIndex(Hive, Node->SubKeyLists[0]);
    Leaves = List->Signature == CM_INDEX_ROOT_SIGNATURE ? List->Count : 1;
    for (LeafIndex = 0; LeafIndex < Leaves; LeafIndex += 1) {
        Leaf = List->Signature == CM_INDEX_ROOT_SIGNATURE ? HvGetIndex(Hive, List->List[LeafIndex]) : List;
        for (Index = 0; Index < Leaf->Count; Index += 1) {
            Child = CmpLeafEntry(Leaf, Index);
            if (CmpCompareKeyName(Name, HvGetKeyNode(Hive, Child)) == 0) {
                return Child;
            }
        }
    }
    return HCELL_NIL;
}

static
VOID
CmpFreeIndex(
    IN PCMHIVE Hive,
    IN HCELL_INDEX ListCell
    )
{
    PCM_INDEX List;
    ULONG Index;

    if (ListCell == HCELL_NIL) {
        return;
    }
    List = HvGetIndex(Hive, ListCell);
    if (List->Signature == CM_INDEX_ROOT_SIGNATURE) {
        for (Index = 0; Index < List->Count; Index += 1) {
            HvFreeCell(Hive, List->List[Index]);
        }
    }
    HvFreeCell(Hive, ListCell);
}

static
NTSTATUS
CmpWriteIndex(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    IN PHCELL_INDEX Cells,
    IN ULONG Count
    )

/*++

Routine Description:

    Replaces the key's subkey list by one of Cells (sorted), as lh leaves under an ri root when one leaf is
    not enough. Nothing changes when pool runs out.

--*/

{
    ULONG Leaves = (Count + CM_MAXIMUM_LEAF_COUNT - 1) / CM_MAXIMUM_LEAF_COUNT;
    HCELL_INDEX Root = HCELL_NIL;
    HCELL_INDEX Leaf;
    HCELL_INDEX First = HCELL_NIL;
    PCM_INDEX Index;
    ULONG LeafIndex;
    ULONG Entry;
    ULONG InLeaf;
    PCM_KEY_NODE Node;

    if (Leaves > 1) {
        Root = HvAllocateCell(Hive, FIELD_OFFSET(CM_INDEX, List) + Leaves * sizeof(ULONG));
        if (Root == HCELL_NIL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        Index = HvGetIndex(Hive, Root);
        Index->Signature = CM_INDEX_ROOT_SIGNATURE;
    }
    for (LeafIndex = 0; LeafIndex < Leaves; LeafIndex += 1) {
        InLeaf = Count - LeafIndex * CM_MAXIMUM_LEAF_COUNT;
        if (InLeaf > CM_MAXIMUM_LEAF_COUNT) {
            InLeaf = CM_MAXIMUM_LEAF_COUNT;
        }
        Leaf = HvAllocateCell(Hive, FIELD_OFFSET(CM_INDEX, List) + InLeaf * 2 * sizeof(ULONG));
        if (Leaf == HCELL_NIL) {
            CmpFreeIndex(Hive, Root);
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        Index = HvGetIndex(Hive, Leaf);
        Index->Signature = CM_INDEX_HASH_SIGNATURE;
        Index->Count = (USHORT)InLeaf;
        for (Entry = 0; Entry < InLeaf; Entry += 1) {
            Index->List[Entry * 2] = Cells[LeafIndex * CM_MAXIMUM_LEAF_COUNT + Entry];
            Index->List[Entry * 2 + 1] = CmpHashKeyName(HvGetKeyNode(Hive, Index->List[Entry * 2]));
        }
        if (Root != HCELL_NIL) {
            Index = HvGetIndex(Hive, Root);
            Index->List[LeafIndex] = Leaf;
            Index->Count = (USHORT)(LeafIndex + 1);
        } else {
            First = Leaf;
        }
    }
    Node = HvGetKeyNode(Hive, KeyCell);
    CmpFreeIndex(Hive, Node->SubKeyLists[0]);
    Node->SubKeyLists[0] = Root != HCELL_NIL ? Root : First;
    Node->SubKeyCounts[0] = Count;
    HvMarkDirty(Hive);
    return STATUS_SUCCESS;
}

static
PHCELL_INDEX
CmpCollectSubKeys(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    IN ULONG Extra
    )

/*++

Return Value:

    A pool block of the key's subkeys in order, with room for Extra more; NULL when pool runs out.

--*/

{
    ULONG Count = HvGetKeyNode(Hive, KeyCell)->SubKeyCounts[0];
    PHCELL_INDEX Cells;
    ULONG Index;

    Cells = ExAllocatePoolWithTag(PagedPool, (Count + Extra) * sizeof(HCELL_INDEX) + sizeof(HCELL_INDEX), CM_INDEX_TAG);
    if (Cells == NULL) {
        return NULL;
    }
    for (Index = 0; Index < Count; Index += 1) {
        Cells[Index] = CmpFindSubKeyByNumber(Hive, KeyCell, Index);
    }
    return Cells;
}

NTSTATUS
CmpAddSubKey(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    IN HCELL_INDEX SubKeyCell,
    IN PCUNICODE_STRING Name
    )

/*++

Routine Description:

    Enters SubKeyCell, named Name (not yet a subkey), in the key's list at its place in name order.

--*/

{
    ULONG Count = HvGetKeyNode(Hive, KeyCell)->SubKeyCounts[0];
    PHCELL_INDEX Cells;
    ULONG Position;
    NTSTATUS Status;

    Cells = CmpCollectSubKeys(Hive, KeyCell, 1);
    if (Cells == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    for (Position = 0; Position < Count; Position += 1) {
        if (CmpCompareKeyName(Name, HvGetKeyNode(Hive, Cells[Position])) < 0) {
            break;
        }
    }
    RtlMoveMemory(&Cells[Position + 1], &Cells[Position], (Count - Position) * sizeof(HCELL_INDEX));
    Cells[Position] = SubKeyCell;
    Status = CmpWriteIndex(Hive, KeyCell, Cells, Count + 1);
    ExFreePoolWithTag(Cells, CM_INDEX_TAG);
    return Status;
}

NTSTATUS
CmpRemoveSubKey(
    IN PCMHIVE Hive,
    IN HCELL_INDEX KeyCell,
    IN HCELL_INDEX SubKeyCell
    )
{
    ULONG Count = HvGetKeyNode(Hive, KeyCell)->SubKeyCounts[0];
    PHCELL_INDEX Cells;
    ULONG Position;
    NTSTATUS Status;

    Cells = CmpCollectSubKeys(Hive, KeyCell, 0);
    if (Cells == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    for (Position = 0; Position < Count && Cells[Position] != SubKeyCell; Position += 1) {
        NOTHING;
    }
    ASSERT(Position < Count);
    RtlMoveMemory(&Cells[Position], &Cells[Position + 1], (Count - Position - 1) * sizeof(HCELL_INDEX));
    Status = CmpWriteIndex(Hive, KeyCell, Cells, Count - 1);
    ExFreePoolWithTag(Cells, CM_INDEX_TAG);
    return Status;
}
