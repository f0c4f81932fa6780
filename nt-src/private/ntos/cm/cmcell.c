/*++

Module Name:

    cmcell.c

Abstract:

    Cells of a hive: allocation first fit over the bins (merging neighbouring free cells as the walk meets
    them, splitting what is left over), and, when nothing fits, a new bin at the end of the image, which is
    reallocated larger (doubling) when its block is full. A freed cell is marked free (positive size) and
    merged later. Cells never cross a bin's end, as the format requires.

--*/

#include "cmp.h"

VOID
HvMarkDirty(
    IN PCMHIVE Hive
    )
{
    Hive->Dirty = TRUE;
}

ULONG
HvGetCellSize(
    IN PCMHIVE Hive,
    IN HCELL_INDEX Cell
    )

/*++

Return Value:

    The bytes of data an allocated cell holds (its size less the size field).

--*/

{
    return (ULONG)(-*HvCellHeader(Hive, Cell)) - sizeof(LONG);
}

static
BOOLEAN
HvGrow(
    IN PCMHIVE Hive,
    IN ULONG BinSize
    )

/*++

Routine Description:

    Appends an empty bin of BinSize bytes (one free cell), moving the image to a larger block when needed.

--*/

{
    PUCHAR NewImage;
    ULONG NewCapacity;
    PHBIN Bin;

    if (Hive->Length + BinSize > Hive->Capacity) {
        NewCapacity = Hive->Capacity * 2;
        if (NewCapacity < Hive->Length + BinSize) {
            NewCapacity = Hive->Length + BinSize;
        }
        NewImage = ExAllocatePoolWithTag(PagedPool, NewCapacity, CM_HIVE_TAG);
        if (NewImage == NULL) {
            return FALSE;
        }
        RtlCopyMemory(NewImage, Hive->Image, Hive->Length);
        ExFreePoolWithTag(Hive->Image, CM_HIVE_TAG);
        Hive->Image = NewImage;
        Hive->Capacity = NewCapacity;
    }
    Bin = (PHBIN)(Hive->Image + Hive->Length);
    RtlZeroMemory(Bin, BinSize);
    Bin->Signature = HBIN_SIGNATURE;
    Bin->FileOffset = Hive->Length - HBLOCK_SIZE;
    Bin->Size = BinSize;
    *(PLONG)((PUCHAR)Bin + HBIN_HEADER_SIZE) = (LONG)(BinSize - HBIN_HEADER_SIZE);
    Hive->Length += BinSize;
    HvBaseBlock(Hive)->Length = Hive->Length - HBLOCK_SIZE;
    return TRUE;
}

HCELL_INDEX
HvAllocateCell(
    IN PCMHIVE Hive,
    IN ULONG DataSize
    )

/*++

Routine Description:

    Allocates a cell of at least DataSize bytes of data, zeroed. Pointers into the image are stale after it.

Return Value:

    The cell, or HCELL_NIL when pool is exhausted.

--*/

{
    ULONG Needed = (DataSize + sizeof(LONG) + HCELL_ALIGN - 1) & ~(HCELL_ALIGN - 1);
    ULONG BinOffset;
    ULONG BinEnd;
    ULONG Offset;
    LONG Size;
    LONG NextSize;
    PHBIN Bin;

    if (DataSize > MAXLONG / 2) {
        return HCELL_NIL;
    }
    for (;;) {
        for (BinOffset = 0; BinOffset < Hive->Length - HBLOCK_SIZE; BinOffset = BinEnd) {
            Bin = (PHBIN)(Hive->Image + HBLOCK_SIZE + BinOffset);
            BinEnd = BinOffset + Bin->Size;
            for (Offset = BinOffset + HBIN_HEADER_SIZE; Offset < BinEnd; Offset += (ULONG)(Size < 0 ? -Size : Size)) {
                Size = *HvCellHeader(Hive, Offset);
                if (Size < 0) {
                    continue;
                }

                //
                // A free cell: take in the free cells after it, then use it if it is large enough.
                //

                while (Offset + (ULONG)Size < BinEnd && (NextSize = *HvCellHeader(Hive, Offset + Size)) > 0) {
                    Size += NextSize;
                    *HvCellHeader(Hive, Offset) = Size;
                }
                if ((ULONG)Size < Needed) {
                    continue;
                }
                if ((ULONG)Size - Needed >= HCELL_ALIGN) {
                    *HvCellHeader(Hive, Offset + Needed) = (LONG)((ULONG)Size - Needed);
                    Size = (LONG)Needed;
                }
                *HvCellHeader(Hive, Offset) = -Size;
                RtlZeroMemory(HvGetCell(Hive, Offset), (ULONG)Size - sizeof(LONG));
                HvMarkDirty(Hive);
                return Offset;
            }
        }
        if (!HvGrow(Hive, (Needed + HBIN_HEADER_SIZE + HBIN_SIZE_ALIGN - 1) & ~(HBIN_SIZE_ALIGN - 1))) {
            return HCELL_NIL;
        }
    }
}

VOID
HvFreeCell(
    IN PCMHIVE Hive,
    IN HCELL_INDEX Cell
    )
{
    LONG Size = *HvCellHeader(Hive, Cell);

    ASSERT(Size < 0);
    *HvCellHeader(Hive, Cell) = -Size;
    HvMarkDirty(Hive);
}

HCELL_INDEX
HvReallocateCell(
    IN PCMHIVE Hive,
    IN HCELL_INDEX Cell,
    IN ULONG DataSize
    )

/*++

Routine Description:

    A cell of DataSize bytes holding Cell's data (as much as fits): Cell itself when it is large enough, else a
    new cell (Cell is freed). HCELL_NIL when pool is exhausted; Cell is then unchanged.

--*/

{
    ULONG OldSize = HvGetCellSize(Hive, Cell);
    HCELL_INDEX NewCell;

    if (OldSize >= DataSize) {
        return Cell;
    }
    NewCell = HvAllocateCell(Hive, DataSize);
    if (NewCell == HCELL_NIL) {
        return HCELL_NIL;
    }
    RtlCopyMemory(HvGetCell(Hive, NewCell), HvGetCell(Hive, Cell), OldSize);
    HvFreeCell(Hive, Cell);
    return NewCell;
}
