/*++

Module Name:

    vaspace.c

Abstract:

    Ranges of system space handed out in runs of pages (the system PTEs, paged pool), first fit, by two bitmaps
    as physical pages are: one marks the pages in use, the other the last page of each run, so that a run is
    released by its first address alone and an address that starts no run is told apart.

--*/

#include "mi.h"

VOID
MiInitializeVaSpace(
    OUT PMI_VA_SPACE Space,
    IN ULONG_PTR Base,
    IN ULONG Pages,
    IN PULONG InUseBits,
    IN PULONG RunEndBits
    )
{
    Space->Base = Base;
    Space->Pages = Pages;
    RtlInitializeBitMap(&Space->InUse, InUseBits, Pages);
    RtlInitializeBitMap(&Space->RunEnd, RunEndBits, Pages);
    RtlClearAllBits(&Space->InUse);
    RtlClearAllBits(&Space->RunEnd);
    KeInitializeSpinLock(&Space->Lock);
}

PVOID
MiReserveVa(
    IN PMI_VA_SPACE Space,
    IN ULONG Pages
    )

/*++

Return Value:

    The first page of a run of Pages pages now reserved, or NULL when the range has no such run free.

--*/

{
    KIRQL OldIrql;
    ULONG Index;
    PVOID Base = NULL;

    if (Pages == 0 || Pages > Space->Pages) {
        return NULL;
    }
    KeAcquireSpinLock(&Space->Lock, &OldIrql);
    Index = RtlFindClearBitsAndSet(&Space->InUse, Pages, 0);
    if (Index != 0xFFFFFFFF) {
        RtlSetBit(&Space->RunEnd, Index + Pages - 1);
        Base = (PVOID)(Space->Base + ((ULONG_PTR)Index << PAGE_SHIFT));
    }
    KeReleaseSpinLock(&Space->Lock, OldIrql);
    return Base;
}

static
ULONG
MiRunAt(
    IN PMI_VA_SPACE Space,
    IN PVOID Address
    )

/*++

Return Value:

    The length in pages of the reserved run that starts at Address, or 0 when no run starts there. Called with
    the range's lock held.

--*/

{
    ULONG_PTR Offset = (ULONG_PTR)Address - Space->Base;
    ULONG Index = (ULONG)(Offset >> PAGE_SHIFT);
    ULONG Last;

    if ((Offset & (PAGE_SIZE - 1)) != 0 || Offset >= (ULONG_PTR)Space->Pages << PAGE_SHIFT
        || !RtlTestBit(&Space->InUse, Index) || (Index != 0 && RtlTestBit(&Space->InUse, Index - 1)
        && !RtlTestBit(&Space->RunEnd, Index - 1))) {
        return 0;
    }
    for (Last = Index; !RtlTestBit(&Space->RunEnd, Last); Last += 1) {
        NOTHING;
    }
    return Last - Index + 1;
}

ULONG
MiReleaseVa(
    IN PMI_VA_SPACE Space,
    IN PVOID Base
    )

/*++

Routine Description:

    Releases the run that starts at Base. The caller has unmapped its pages.

Return Value:

    The run's length in pages; 0 when no run starts at Base (nothing is released).

--*/

{
    KIRQL OldIrql;
    ULONG Pages;
    ULONG Index = (ULONG)(((ULONG_PTR)Base - Space->Base) >> PAGE_SHIFT);

    KeAcquireSpinLock(&Space->Lock, &OldIrql);
    Pages = MiRunAt(Space, Base);
    if (Pages != 0) {
        RtlClearBits(&Space->InUse, Index, Pages);
        RtlClearBit(&Space->RunEnd, Index + Pages - 1);
    }
    KeReleaseSpinLock(&Space->Lock, OldIrql);
    return Pages;
}

ULONG
MiQueryVa(
    IN PMI_VA_SPACE Space,
    IN PVOID Base
    )

/*++

Return Value:

    The length in pages of the reserved run that starts at Base, or 0 when none starts there.

--*/

{
    KIRQL OldIrql;
    ULONG Pages;

    KeAcquireSpinLock(&Space->Lock, &OldIrql);
    Pages = MiRunAt(Space, Base);
    KeReleaseSpinLock(&Space->Lock, OldIrql);
    return Pages;
}
