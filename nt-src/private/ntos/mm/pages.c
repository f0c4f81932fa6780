/*++

Module Name:

    pages.c

Abstract:

    Physical pages. MiInitializePhysicalPages builds a bitmap of every page of RAM from the loader's memory map:
    a page is free when a LoaderFree descriptor covers it. Runs of pages are taken first fit; a second bitmap
    marks the last page of each run, so a run is freed by its first page alone. Freeing a page that is not the
    first of a run in use is MEMORY_MANAGEMENT. The page frame database (MMPFN per page, in KSEG0) is built
    from the same map once KSEG0 covers memory; taking and freeing pages keep it, and a page freed while an
    MDL holds it locked is PFN_LIST_CORRUPT.

--*/

#include "mi.h"

#define MI_MAXIMUM_PAGES (2816 * 256)          // the machine's largest RAM, 2816 MiB
#define MI_BITMAP_ULONGS (MI_MAXIMUM_PAGES / 32)

static ULONG MiInUseBits[MI_BITMAP_ULONGS];
static ULONG MiRunEndBits[MI_BITMAP_ULONGS];
static RTL_BITMAP MiInUse;
static RTL_BITMAP MiRunEnd;
static KSPIN_LOCK MiPageLock;

ULONG MmNumberOfPhysicalPages;
ULONG MmAvailablePages;
PMMPFN MmPfnDatabase;
PFN_NUMBER MmPfnCount;

VOID
MiInitializePhysicalPages(
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )

/*++

Routine Description:

    The page bitmaps from the memory map (descriptors beyond the largest RAM are ignored).

--*/

{
    PLIST_ENTRY Entry;
    PMEMORY_ALLOCATION_DESCRIPTOR Descriptor;
    ULONG Highest = 0;
    ULONG End;

    for (Entry = LoaderBlock->MemoryDescriptorListHead.Flink;
         Entry != &LoaderBlock->MemoryDescriptorListHead;
         Entry = Entry->Flink) {
        Descriptor = CONTAINING_RECORD(Entry, MEMORY_ALLOCATION_DESCRIPTOR, ListEntry);
        End = Descriptor->BasePage + Descriptor->PageCount;
        if (End > Highest) {
            Highest = End;
        }
    }
    if (Highest > MI_MAXIMUM_PAGES) {
        Highest = MI_MAXIMUM_PAGES;
    }
    RtlInitializeBitMap(&MiInUse, MiInUseBits, Highest);
    RtlInitializeBitMap(&MiRunEnd, MiRunEndBits, Highest);
    RtlSetAllBits(&MiInUse);
    RtlClearAllBits(&MiRunEnd);
    for (Entry = LoaderBlock->MemoryDescriptorListHead.Flink;
         Entry != &LoaderBlock->MemoryDescriptorListHead;
         Entry = Entry->Flink) {
        Descriptor = CONTAINING_RECORD(Entry, MEMORY_ALLOCATION_DESCRIPTOR, ListEntry);
        MmNumberOfPhysicalPages += Descriptor->PageCount;
        if (Descriptor->MemoryType == LoaderFree && Descriptor->BasePage < Highest) {
            End = Descriptor->BasePage + Descriptor->PageCount;
            RtlClearBits(&MiInUse, Descriptor->BasePage, (End > Highest ? Highest : End) - Descriptor->BasePage);
        }
    }
    MmAvailablePages = RtlNumberOfClearBits(&MiInUse);

    //
    // Every page the loader kept is a run of its own, so that a run's first page is always preceded by a free
    // page or the end of another run.
    //

    for (End = 0; End < (Highest + 31) / 32; End += 1) {
        MiRunEndBits[End] = MiInUseBits[End];
    }
    KeInitializeSpinLock(&MiPageLock);
}

BOOLEAN
MiInitializePfnDatabase(
    VOID
    )

/*++

Routine Description:

    Takes pages for the page frame database below KSEG0's end and fills it in: a page is free, kept by the
    loader, or (the database's own) active.

Return Value:

    FALSE when no run of pages can hold it.

--*/

{
    PFN_NUMBER Pages = MiInUse.SizeOfBitMap;
    ULONG Size = (ULONG)BYTES_TO_PAGES(Pages * sizeof(MMPFN));
    PFN_NUMBER Base = MiAllocatePhysicalPages(Size, 0, MM_KSEG0_PAGES - 1);
    PFN_NUMBER Page;

    if (Base == MI_NO_PAGE) {
        return FALSE;
    }
    MmPfnDatabase = (PMMPFN)(MM_KSEG0_BASE + (Base << PAGE_SHIFT));
    RtlZeroMemory(MmPfnDatabase, Size << PAGE_SHIFT);
    for (Page = 0; Page < Pages; Page += 1) {
        MmPfnDatabase[Page].State = !RtlTestBit(&MiInUse, Page) ? MI_PFN_FREE
            : Page - Base < Size ? MI_PFN_ACTIVE : MI_PFN_LOADER;
    }
    MmPfnCount = Pages;
    return TRUE;
}

PFN_NUMBER
MiHighestPhysicalPage(
    VOID
    )
{
    return MiInUse.SizeOfBitMap - 1;
}

PFN_NUMBER
MiAllocatePhysicalPages(
    IN ULONG Count,
    IN PFN_NUMBER LowestPage,
    IN PFN_NUMBER HighestPage
    )

/*++

Routine Description:

    Takes Count contiguous free pages, the first at least LowestPage and the last at most HighestPage, first
    fit from LowestPage.

Return Value:

    The first page's frame number, or MI_NO_PAGE when no such run is free.

--*/

{
    KIRQL OldIrql;
    ULONG Start = LowestPage;
    ULONG Index;
    PFN_NUMBER Page = MI_NO_PAGE;

    if (Count == 0) {
        return MI_NO_PAGE;
    }
    KeAcquireSpinLock(&MiPageLock, &OldIrql);
    while (Start < MiInUse.SizeOfBitMap) {
        Index = RtlFindClearBits(&MiInUse, Count, Start);
        if (Index == 0xFFFFFFFF || Index < Start || Index + Count - 1 > HighestPage) {
            break;
        }
        if (RtlAreBitsClear(&MiInUse, Index, Count)) {
            RtlSetBits(&MiInUse, Index, Count);
            RtlSetBit(&MiRunEnd, Index + Count - 1);
            MmAvailablePages -= Count;
            Page = Index;
            while (MmPfnDatabase != NULL && Index < Page + Count) {
                MI_PFN_ELEMENT(Index)->State = MI_PFN_ACTIVE;
                MI_PFN_ELEMENT(Index)->PteAddress = NULL;
                Index += 1;
            }
            break;
        }
        Start = Index + 1;
    }
    KeReleaseSpinLock(&MiPageLock, OldIrql);
    return Page;
}

VOID
MiFreePhysicalPages(
    IN PFN_NUMBER Page
    )

/*++

Routine Description:

    Returns the run of pages that starts at Page. A page not in use, or not the first of a run, is a bug
    check (MEMORY_MANAGEMENT); one an MDL still holds locked, PFN_LIST_CORRUPT (a device could still be
    reading or writing it).

--*/

{
    KIRQL OldIrql;
    ULONG Last;
    ULONG Index;

    KeAcquireSpinLock(&MiPageLock, &OldIrql);
    if (Page >= MiInUse.SizeOfBitMap || !RtlTestBit(&MiInUse, Page)
        || (Page != 0 && RtlTestBit(&MiInUse, Page - 1) && !RtlTestBit(&MiRunEnd, Page - 1))) {
        KeBugCheckEx(MEMORY_MANAGEMENT, 0x1, Page, 0, 0);
    }
    for (Last = Page; !RtlTestBit(&MiRunEnd, Last); Last += 1) {
        NOTHING;
    }
    for (Index = Page; MmPfnDatabase != NULL && Index <= Last; Index += 1) {
        if (MI_PFN_ELEMENT(Index)->LockCount != 0) {
            KeBugCheckEx(PFN_LIST_CORRUPT, PFN_LIST_CORRUPT_FREED_LOCKED, Index, MI_PFN_ELEMENT(Index)->State,
                         MI_PFN_ELEMENT(Index)->LockCount);
        }
        MI_PFN_ELEMENT(Index)->State = MI_PFN_FREE;
        MI_PFN_ELEMENT(Index)->PteAddress = NULL;
    }
    RtlClearBits(&MiInUse, Page, Last - Page + 1);
    RtlClearBit(&MiRunEnd, Last);
    MmAvailablePages += Last - Page + 1;
    KeReleaseSpinLock(&MiPageLock, OldIrql);
}

VOID
MiLockPhysicalPage(
    IN PFN_NUMBER Page
    )

/*++

Routine Description:

    One more MDL holds Page locked: it may not be freed until unlocked. Pages outside RAM (device memory) are
    not counted.

--*/

{
    KIRQL OldIrql;

    if (!MI_IS_RAM_PAGE(Page)) {
        return;
    }
    KeAcquireSpinLock(&MiPageLock, &OldIrql);
    MI_PFN_ELEMENT(Page)->LockCount += 1;
    KeReleaseSpinLock(&MiPageLock, OldIrql);
}

VOID
MiUnlockPhysicalPage(
    IN PFN_NUMBER Page
    )

/*++

Routine Description:

    An MDL lets go of Page. Unlocking a page no MDL holds is PFN_LIST_CORRUPT.

--*/

{
    KIRQL OldIrql;

    if (!MI_IS_RAM_PAGE(Page)) {
        return;
    }
    KeAcquireSpinLock(&MiPageLock, &OldIrql);
    if (MI_PFN_ELEMENT(Page)->LockCount == 0) {
        KeBugCheckEx(PFN_LIST_CORRUPT, PFN_LIST_CORRUPT_UNLOCKED_TOO_OFTEN, Page, 0, 0);
    }
    MI_PFN_ELEMENT(Page)->LockCount -= 1;
    KeReleaseSpinLock(&MiPageLock, OldIrql);
}
