/*++

Module Name:

    iospace.c

Abstract:

    Device memory: MmMapIoSpace maps a physical range (a PCI BAR, the ECAM window) into system PTEs, uncached
    unless the caller asks for caching; MmUnmapIoSpace takes the mapping down.

--*/

#include "mi.h"

static
MMPTE
MiCacheAttributes(
    IN MEMORY_CACHING_TYPE CacheType
    )
{
    switch (CacheType) {
    case MmCached:
    case MmHardwareCoherentCached:
        return 0;
    case MmWriteCombined:
    case MmUSWCCached:
        return MM_PTE_WRITE_THROUGH;        // no PAT: write-through is the nearest the page tables can say
    default:
        return MM_PTE_CACHE_DISABLE | MM_PTE_WRITE_THROUGH;
    }
}

PVOID
MiMapPhysicalPages(
    IN PPFN_NUMBER Pages,
    IN PFN_NUMBER FirstPage,
    IN ULONG Count,
    IN MEMORY_CACHING_TYPE CacheType
    )

/*++

Routine Description:

    Maps Count physical pages into system PTEs, one after another: Pages[0..Count) when Pages is given, else
    FirstPage onwards.

Return Value:

    The first page of the mapping, or NULL when the system PTEs or a page table could not be had.

--*/

{
    PUCHAR Base = MiReserveVa(&MiSystemPteSpace, Count);
    ULONG Index;

    if (Base == NULL) {
        return NULL;
    }
    for (Index = 0; Index < Count; Index += 1) {
        if (!MiMakePdeValid(Base + Index * PAGE_SIZE)) {
            MiUnmapPhysicalPages(Base);
            return NULL;
        }
        MiMapPage(Base + Index * PAGE_SIZE, Pages != NULL ? Pages[Index] : FirstPage + Index,
                  MM_PTE_WRITE | MiCacheAttributes(CacheType));
    }
    return Base;
}

ULONG
MiUnmapPhysicalPages(
    IN PVOID Base
    )

/*++

Routine Description:

    Takes down a mapping MiMapPhysicalPages made at Base.

Return Value:

    Its length in pages; 0 when no mapping starts at Base.

--*/

{
    ULONG Pages = MiQueryVa(&MiSystemPteSpace, Base);
    ULONG Index;

    for (Index = 0; Index < Pages; Index += 1) {
        MiUnmapPage((PUCHAR)Base + Index * PAGE_SIZE);
    }
    MiReleaseVa(&MiSystemPteSpace, Base);
    return Pages;
}

PVOID
NTAPI
MmMapIoSpace(
    IN PHYSICAL_ADDRESS PhysicalAddress,
    IN SIZE_T NumberOfBytes,
    IN MEMORY_CACHING_TYPE CacheType
    )

/*++

Return Value:

    The system address of PhysicalAddress, or NULL when NumberOfBytes is 0, the range lies above 4 GiB (no PAE)
    or no system PTEs are left.

--*/

{
    PUCHAR Base;

    if (NumberOfBytes == 0 || PhysicalAddress.HighPart != 0 || (ULONGLONG)PhysicalAddress.LowPart + NumberOfBytes > 0x100000000ULL
        || CacheType >= MmMaximumCacheType) {
        return NULL;
    }
    Base = MiMapPhysicalPages(NULL, PhysicalAddress.LowPart >> PAGE_SHIFT,
                              ADDRESS_AND_SIZE_TO_SPAN_PAGES(PhysicalAddress.LowPart, NumberOfBytes), CacheType);
    return Base != NULL ? Base + BYTE_OFFSET(PhysicalAddress.LowPart) : NULL;
}

VOID
NTAPI
MmUnmapIoSpace(
    IN PVOID BaseAddress,
    IN SIZE_T NumberOfBytes
    )

/*++

Routine Description:

    Unmaps what MmMapIoSpace mapped at BaseAddress. An address it did not return, or a different size, is
    MEMORY_MANAGEMENT: a driver unmapping what is not its own would corrupt another's mapping.

--*/

{
    PVOID Base = PAGE_ALIGN(BaseAddress);

    if (MiQueryVa(&MiSystemPteSpace, Base) != ADDRESS_AND_SIZE_TO_SPAN_PAGES(BaseAddress, NumberOfBytes)) {
        KeBugCheckEx(MEMORY_MANAGEMENT, 0x5, (ULONG_PTR)BaseAddress, NumberOfBytes, 0);
    }
    MiUnmapPhysicalPages(Base);
}
