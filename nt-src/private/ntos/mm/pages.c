/*++

Module Name:

    pages.c

Abstract:

    Physical pages. MmInitSystem builds a bitmap of every page of RAM from the loader's memory map: a page is
    free when a LoaderFree descriptor covers it. Runs of pages are taken first fit; a second bitmap marks the
    last page of each run, so a run is freed by its first page alone. With paging off an address is its
    physical address.

--*/

#include <ntos.h>

#define MI_MAXIMUM_PAGES (2816 * 256)          // the machine's largest RAM, 2816 MiB
#define MI_BITMAP_ULONGS (MI_MAXIMUM_PAGES / 32)

static ULONG MiInUseBits[MI_BITMAP_ULONGS];
static ULONG MiRunEndBits[MI_BITMAP_ULONGS];
static RTL_BITMAP MiInUse;
static RTL_BITMAP MiRunEnd;
static KSPIN_LOCK MiPageLock;

ULONG MmNumberOfPhysicalPages;
ULONG MmAvailablePages;

BOOLEAN
MmInitSystem(
    IN ULONG Phase,
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )

/*++

Routine Description:

    Phase 0: the page bitmaps from the memory map (descriptors beyond the largest RAM are ignored).

Return Value:

    FALSE when the memory map describes no free page.

--*/

{
    PLIST_ENTRY Entry;
    PMEMORY_ALLOCATION_DESCRIPTOR Descriptor;
    ULONG Highest = 0;
    ULONG End;

    if (Phase != 0) {
        return TRUE;
    }
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
    return (BOOLEAN)(MmAvailablePages != 0);
}

PVOID
MiAllocatePages(
    IN ULONG Count,
    IN ULONG HighestPage
    )

/*++

Routine Description:

    Takes Count contiguous free pages, the last at most HighestPage, first fit from the lowest.

Return Value:

    The first page's address, or NULL when no such run is free.

--*/

{
    KIRQL OldIrql;
    ULONG Start = 0;
    ULONG Index;
    PVOID Base = NULL;

    if (Count == 0) {
        return NULL;
    }
    KeAcquireSpinLock(&MiPageLock, &OldIrql);
    for (;;) {
        Index = RtlFindClearBits(&MiInUse, Count, Start);
        if (Index == 0xFFFFFFFF || Index < Start || Index + Count - 1 > HighestPage) {
            break;
        }
        if (RtlAreBitsClear(&MiInUse, Index, Count)) {
            RtlSetBits(&MiInUse, Index, Count);
            RtlSetBit(&MiRunEnd, Index + Count - 1);
            MmAvailablePages -= Count;
            Base = (PVOID)(ULONG_PTR)(Index << PAGE_SHIFT);
            break;
        }
        Start = Index + 1;
    }
    KeReleaseSpinLock(&MiPageLock, OldIrql);
    return Base;
}

VOID
MiFreePages(
    IN PVOID Base
    )

/*++

Routine Description:

    Returns the run of pages that starts at Base. A page not in use, or not the first of a run, is a bug
    check (MEMORY_MANAGEMENT).

--*/

{
    KIRQL OldIrql;
    ULONG Page = (ULONG)(ULONG_PTR)Base >> PAGE_SHIFT;
    ULONG Last;

    KeAcquireSpinLock(&MiPageLock, &OldIrql);
    if (((ULONG_PTR)Base & (PAGE_SIZE - 1)) != 0 || Page >= MiInUse.SizeOfBitMap || !RtlTestBit(&MiInUse, Page)
        || (Page != 0 && RtlTestBit(&MiInUse, Page - 1) && !RtlTestBit(&MiRunEnd, Page - 1))) {
        KeBugCheckEx(MEMORY_MANAGEMENT, (ULONG_PTR)Base, 0, 0, 0);
    }
    for (Last = Page; !RtlTestBit(&MiRunEnd, Last); Last += 1) {
        NOTHING;
    }
    RtlClearBits(&MiInUse, Page, Last - Page + 1);
    RtlClearBit(&MiRunEnd, Last);
    MmAvailablePages += Last - Page + 1;
    KeReleaseSpinLock(&MiPageLock, OldIrql);
}

PVOID
NTAPI
MmAllocateContiguousMemory(
    IN SIZE_T NumberOfBytes,
    IN PHYSICAL_ADDRESS HighestAcceptableAddress
    )
{
    ULONG HighestPage;

    if (NumberOfBytes == 0 || HighestAcceptableAddress.QuadPart < PAGE_SIZE - 1) {
        return NULL;
    }
    HighestPage = HighestAcceptableAddress.HighPart != 0 ? 0xFFFFFFFF >> PAGE_SHIFT : HighestAcceptableAddress.LowPart >> PAGE_SHIFT;
    return MiAllocatePages((ULONG)BYTES_TO_PAGES(NumberOfBytes), HighestPage);
}

VOID
NTAPI
MmFreeContiguousMemory(
    IN PVOID BaseAddress
    )
{
    MiFreePages(BaseAddress);
}

PHYSICAL_ADDRESS
NTAPI
MmGetPhysicalAddress(
    IN PVOID BaseAddress
    )
{
    PHYSICAL_ADDRESS Address;

    Address.QuadPart = (ULONG_PTR)BaseAddress;
    return Address;
}
