/*++

Module Name:

    cmcheck.c

Abstract:

    Checking a hive image before it is used, so that nothing the kernel later reads in it can lie outside it:
    the base block (signature, version, memory-image format, checksum, equal sequence numbers: there is no
    log to finish an interrupted write), the bins one after another, the cells filling each bin exactly, and
    every cell the key tree reaches (keys, subkey lists, values and their data, classes, security) an
    allocated cell of the right kind and size. Subkey lists must hold as many keys as their key counts, and
    each key must name its parent.

--*/

#include "cmp.h"

#define CM_CHECK_TAG 'kCmC'
#define CM_MAXIMUM_CHECK_DEPTH 64

typedef struct _CM_CHECK {
    PUCHAR Bins;
    ULONG Length;                   // of the bins
    PUCHAR CellStarts;              // a bit per 8 bytes of bins: an allocated cell starts there
    ULONG Minor;
} CM_CHECK, *PCM_CHECK;

static
BOOLEAN
CmpCellOk(
    IN PCM_CHECK Check,
    IN HCELL_INDEX Cell,
    IN ULONG DataSize
    )

/*++

Return Value:

    TRUE when Cell is an allocated cell of at least DataSize bytes of data.

--*/

{
    if (Cell >= Check->Length || (Cell & (HCELL_ALIGN - 1)) != 0 ||
        (Check->CellStarts[Cell / HCELL_ALIGN / 8] & (1 << ((Cell / HCELL_ALIGN) % 8))) == 0) {
        return FALSE;
    }
    return (BOOLEAN)((ULONG)(-*(PLONG)(Check->Bins + Cell)) - sizeof(LONG) >= DataSize);
}

#define CmpCheckCell(Check, Cell) ((PVOID)((Check)->Bins + (Cell) + sizeof(LONG)))

static
BOOLEAN
CmpCheckBins(
    IN PCM_CHECK Check
    )
{
    ULONG BinOffset;
    ULONG Offset;
    LONG Size;
    ULONG Magnitude;
    PHBIN Bin;

    for (BinOffset = 0; BinOffset < Check->Length; BinOffset += Bin->Size) {
        Bin = (PHBIN)(Check->Bins + BinOffset);
        if (Bin->Signature != HBIN_SIGNATURE || Bin->FileOffset != BinOffset || Bin->Size == 0 ||
            (Bin->Size & (HBIN_SIZE_ALIGN - 1)) != 0 || Bin->Size > Check->Length - BinOffset) {
            return FALSE;
        }
        for (Offset = BinOffset + HBIN_HEADER_SIZE; Offset < BinOffset + Bin->Size; Offset += Magnitude) {
            Size = *(PLONG)(Check->Bins + Offset);
            Magnitude = (ULONG)(Size < 0 ? -Size : Size);
            if (Size == 0 || (Magnitude & (HCELL_ALIGN - 1)) != 0 || Magnitude > BinOffset + Bin->Size - Offset) {
                return FALSE;
            }
            if (Size < 0) {
                Check->CellStarts[Offset / HCELL_ALIGN / 8] |= (UCHAR)(1 << ((Offset / HCELL_ALIGN) % 8));
            }
        }
    }
    return TRUE;
}

static
BOOLEAN
CmpCheckValue(
    IN PCM_CHECK Check,
    IN HCELL_INDEX Cell
    )
{
    PCM_KEY_VALUE Value;
    PCM_BIG_DATA Big;
    PHCELL_INDEX Segments;
    ULONG Length;
    ULONG Index;
    ULONG Rest;

    if (!CmpCellOk(Check, Cell, FIELD_OFFSET(CM_KEY_VALUE, Name))) {
        return FALSE;
    }
    Value = CmpCheckCell(Check, Cell);
    if (Value->Signature != CM_KEY_VALUE_SIGNATURE ||
        !CmpCellOk(Check, Cell, FIELD_OFFSET(CM_KEY_VALUE, Name) + Value->NameLength)) {
        return FALSE;
    }
    Length = Value->DataLength & ~CM_KEY_VALUE_SPECIAL_SIZE;
    if ((Value->DataLength & CM_KEY_VALUE_SPECIAL_SIZE) != 0) {
        return (BOOLEAN)(Length <= sizeof(ULONG));
    }
    if (Length == 0) {
        return TRUE;
    }
    if (Length > CM_MAXIMUM_CELL_DATA && Check->Minor >= 4 && CmpCellOk(Check, Value->Data, sizeof(CM_BIG_DATA)) &&
        ((PCM_BIG_DATA)CmpCheckCell(Check, Value->Data))->Signature == CM_BIG_DATA_SIGNATURE) {
        Big = CmpCheckCell(Check, Value->Data);
        if ((ULONG)Big->Count * CM_MAXIMUM_CELL_DATA < Length ||
            !CmpCellOk(Check, Big->List, Big->Count * sizeof(HCELL_INDEX))) {
            return FALSE;
        }
        Segments = CmpCheckCell(Check, Big->List);
        for (Index = 0, Rest = Length; Index < Big->Count && Rest != 0; Index += 1) {
            if (!CmpCellOk(Check, Segments[Index], Rest < CM_MAXIMUM_CELL_DATA ? Rest : CM_MAXIMUM_CELL_DATA)) {
                return FALSE;
            }
            Rest -= Rest < CM_MAXIMUM_CELL_DATA ? Rest : CM_MAXIMUM_CELL_DATA;
        }
        return TRUE;
    }
    return CmpCellOk(Check, Value->Data, Length);
}

static
BOOLEAN
CmpCheckKey(
    IN PCM_CHECK Check,
    IN HCELL_INDEX Cell,
    IN HCELL_INDEX Parent,
    IN ULONG Depth
    );

static
BOOLEAN
CmpCheckLeaf(
    IN PCM_CHECK Check,
    IN HCELL_INDEX LeafCell,
    IN HCELL_INDEX Parent,
    IN ULONG Depth,
    IN OUT PULONG Found
    )
{
    PCM_INDEX Leaf;
    ULONG Stride;
    ULONG Index;

    if (!CmpCellOk(Check, LeafCell, FIELD_OFFSET(CM_INDEX, List))) {
        return FALSE;
    }
    Leaf = CmpCheckCell(Check, LeafCell);
    if (Leaf->Signature != CM_INDEX_LEAF_SIGNATURE && Leaf->Signature != CM_INDEX_FAST_SIGNATURE &&
        Leaf->Signature != CM_INDEX_HASH_SIGNATURE) {
        return FALSE;
    }
    Stride = Leaf->Signature == CM_INDEX_LEAF_SIGNATURE ? 1 : 2;
    if (!CmpCellOk(Check, LeafCell, FIELD_OFFSET(CM_INDEX, List) + Leaf->Count * Stride * sizeof(ULONG))) {
        return FALSE;
    }
    for (Index = 0; Index < Leaf->Count; Index += 1) {
        if (!CmpCheckKey(Check, Leaf->List[Index * Stride], Parent, Depth + 1)) {
            return FALSE;
        }
    }
    *Found += Leaf->Count;
    return TRUE;
}

static
BOOLEAN
CmpCheckKey(
    IN PCM_CHECK Check,
    IN HCELL_INDEX Cell,
    IN HCELL_INDEX Parent,
    IN ULONG Depth
    )
{
    PCM_KEY_NODE Node;
    PCM_INDEX List;
    PHCELL_INDEX Values;
    ULONG Found = 0;
    ULONG Index;

    if (Depth > CM_MAXIMUM_CHECK_DEPTH || !CmpCellOk(Check, Cell, FIELD_OFFSET(CM_KEY_NODE, Name))) {
        return FALSE;
    }
    Node = CmpCheckCell(Check, Cell);
    if (Node->Signature != CM_KEY_NODE_SIGNATURE || (Parent != HCELL_NIL && Node->Parent != Parent) ||
        !CmpCellOk(Check, Cell, FIELD_OFFSET(CM_KEY_NODE, Name) + Node->NameLength) ||
        (Node->ClassLength != 0 && !CmpCellOk(Check, Node->Class, Node->ClassLength))) {
        return FALSE;
    }
    if (Node->Security != HCELL_NIL &&
        (!CmpCellOk(Check, Node->Security, FIELD_OFFSET(CM_KEY_SECURITY, Descriptor)) ||
         ((PCM_KEY_SECURITY)CmpCheckCell(Check, Node->Security))->Signature != CM_KEY_SECURITY_SIGNATURE)) {
        return FALSE;
    }
    if (Node->ValueCount != 0) {
        if (!CmpCellOk(Check, Node->ValueList, Node->ValueCount * sizeof(HCELL_INDEX))) {
            return FALSE;
        }
        for (Index = 0; Index < Node->ValueCount; Index += 1) {
            Values = CmpCheckCell(Check, Node->ValueList);
            if (!CmpCheckValue(Check, Values[Index])) {
                return FALSE;
            }
        }
    }
    if (Node->SubKeyCounts[0] == 0) {
        return TRUE;
    }
    if (!CmpCellOk(Check, Node->SubKeyLists[0], FIELD_OFFSET(CM_INDEX, List))) {
        return FALSE;
    }
    List = CmpCheckCell(Check, Node->SubKeyLists[0]);
    if (List->Signature == CM_INDEX_ROOT_SIGNATURE) {
        if (!CmpCellOk(Check, Node->SubKeyLists[0], FIELD_OFFSET(CM_INDEX, List) + List->Count * sizeof(ULONG))) {
            return FALSE;
        }
        for (Index = 0; Index < List->Count; Index += 1) {
            if (!CmpCheckLeaf(Check, List->List[Index], Cell, Depth, &Found)) {
                return FALSE;
            }
        }
    } else if (!CmpCheckLeaf(Check, Node->SubKeyLists[0], Cell, Depth, &Found)) {
        return FALSE;
    }
    return (BOOLEAN)(Found == Node->SubKeyCounts[0]);
}

ULONG
HvComputeCheckSum(
    IN PHBASE_BLOCK BaseBlock
    )

/*++

Return Value:

    The base block's checksum: the XOR of its first 127 ULONGs, never 0 or 0xFFFFFFFF (those become 1 and
    0xFFFFFFFE).

--*/

{
    PULONG Words = (PULONG)BaseBlock;
    ULONG Sum = 0;
    ULONG Index;

    for (Index = 0; Index < HBASE_CHECKSUM_OFFSET / sizeof(ULONG); Index += 1) {
        Sum ^= Words[Index];
    }
    if (Sum == 0) {
        return 1;
    }
    if (Sum == 0xFFFFFFFF) {
        return 0xFFFFFFFE;
    }
    return Sum;
}

NTSTATUS
CmpCheckHive(
    IN PUCHAR Image,
    IN ULONG Length
    )

/*++

Return Value:

    STATUS_SUCCESS for a sound hive image of Length bytes (its bins may end before Length);
    STATUS_REGISTRY_CORRUPT otherwise.

--*/

{
    PHBASE_BLOCK Base = (PHBASE_BLOCK)Image;
    CM_CHECK Check;
    BOOLEAN Sound;

    if (Image == NULL || Length < HBLOCK_SIZE + HBIN_SIZE_ALIGN || Base->Signature != HBASE_SIGNATURE ||
        Base->Major != HBASE_MAJOR || Base->Minor < 2 || Base->Minor > 6 || Base->Type != 0 || Base->Format != 1 ||
        Base->Sequence1 != Base->Sequence2 || Base->CheckSum != HvComputeCheckSum(Base) || Base->Length == 0 ||
        (Base->Length & (HBIN_SIZE_ALIGN - 1)) != 0 || Base->Length > Length - HBLOCK_SIZE) {
        return STATUS_REGISTRY_CORRUPT;
    }
    Check.Bins = Image + HBLOCK_SIZE;
    Check.Length = Base->Length;
    Check.Minor = Base->Minor;
    Check.CellStarts = ExAllocatePoolWithTag(PagedPool, Check.Length / HCELL_ALIGN / 8, CM_CHECK_TAG);
    if (Check.CellStarts == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(Check.CellStarts, Check.Length / HCELL_ALIGN / 8);
    Sound = (BOOLEAN)(CmpCheckBins(&Check) && CmpCheckKey(&Check, Base->RootCell, HCELL_NIL, 0) &&
                      (((PCM_KEY_NODE)CmpCheckCell(&Check, Base->RootCell))->Flags & KEY_HIVE_ENTRY) != 0);
    ExFreePoolWithTag(Check.CellStarts, CM_CHECK_TAG);
    return Sound ? STATUS_SUCCESS : STATUS_REGISTRY_CORRUPT;
}
