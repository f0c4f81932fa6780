/*++

Module Name:

    pages.c

Abstract:

    Physical pages. MiInitializePhysicalPages builds a bitmap of every page of RAM from the loader's memory map:
    a page is free when a LoaderFree descriptor covers it. Runs of pages are taken first fit; a second bitmap
    marks the last page of each run, so a run is freed by its first page alone. Freeing a page that is not the
    first of a run in use is MEMORY_MANAGEMENT.

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
    check (MEMORY_MANAGEMENT).

--*/

{
    KIRQL OldIrql;
    ULONG Last;

    KeAcquireSpinLock(&MiPageLock, &OldIrql);
    if (Page >= MiInUse.SizeOfBitMap || !RtlTestBit(&MiInUse, Page)
        || (Page != 0 && RtlTestBit(&MiInUse, Page - 1) && !RtlTestBit(&MiRunEnd, Page - 1))) {
        KeBugCheckEx(MEMORY_MANAGEMENT, 0x1, Page, 0, 0);
    }
    for (Last = Page; !RtlTestBit(&MiRunEnd, Last); Last += 1) {
        NOTHING;
    }
    RtlClearBits(&MiInUse, Page, Last - Page + 1);
    RtlClearBit(&MiRunEnd, Last);
    MmAvailablePages += Last - Page + 1;
    KeReleaseSpinLock(&MiPageLock, OldIrql);
}
