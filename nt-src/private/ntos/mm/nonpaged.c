/*++

Module Name:

    nonpaged.c

Abstract:

    Nonpaged memory: runs of physical pages below 512 MiB, addressed through KSEG0, so a run is contiguous both
    physically and virtually and needs no page table of its own. Pool pages, kernel stacks and
    MmAllocateContiguousMemory come from here.

--*/

#include "mi.h"

PVOID
MiAllocatePages(
    IN ULONG Count,
    IN ULONG HighestPage
    )

/*++

Routine Description:

    Takes Count contiguous free pages, the last at most HighestPage (and below KSEG0's end).

Return Value:

    The first page's KSEG0 address, or NULL when no such run is free.

--*/

{
    PFN_NUMBER Page;

    if (HighestPage > MM_KSEG0_PAGES - 1) {
        HighestPage = MM_KSEG0_PAGES - 1;
    }
    Page = MiAllocatePhysicalPages(Count, 0, HighestPage);
    if (Page == MI_NO_PAGE) {
        return NULL;
    }
    return (PVOID)(MM_KSEG0_BASE + (Page << PAGE_SHIFT));
}

VOID
MiFreePages(
    IN PVOID Base
    )

/*++

Routine Description:

    Returns the run MiAllocatePages gave at Base. Any other address is MEMORY_MANAGEMENT.

--*/

{
    if (!MI_IS_KSEG0_ADDRESS(Base) || BYTE_OFFSET(Base) != 0) {
        KeBugCheckEx(MEMORY_MANAGEMENT, 0x3, (ULONG_PTR)Base, 0, 0);
    }
    MiFreePhysicalPages(((ULONG_PTR)Base - MM_KSEG0_BASE) >> PAGE_SHIFT);
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
