/*++

Module Name:

    paged.c

Abstract:

    Pages of paged pool: a run of the paged pool range whose entries are demand zero, so a page takes physical
    memory on its first touch (MmAccessFault). With no paging file a page stays resident once touched: paged
    pool is pageable in name until one exists.

--*/

#include "mi.h"

PVOID
MiAllocatePagedPoolPages(
    IN ULONG Count,
    IN BOOLEAN Resident
    )

/*++

Routine Description:

    Reserves Count pages of paged pool, demand zero; Resident makes them valid at once (pool's own pages, whose
    headers are written under a spin lock, where a page fault would be IRQL_NOT_LESS_OR_EQUAL).

Return Value:

    The first page, or NULL when the range or physical memory has no room.

--*/

{
    PUCHAR Base = MiReserveVa(&MiPagedPoolSpace, Count);
    ULONG Index;

    if (Base == NULL) {
        return NULL;
    }
    for (Index = 0; Index < Count; Index += 1) {
        if (!MiMakePdeValid(Base + Index * PAGE_SIZE)) {
            MiFreePagedPoolPages(Base);
            return NULL;
        }
        MiMapPage(Base + Index * PAGE_SIZE, 0, MM_PTE_DEMAND_ZERO);
        if (Resident) {
            MiResolveDemandZero(Base + Index * PAGE_SIZE);
        }
    }
    return Base;
}

VOID
MiFreePagedPoolPages(
    IN PVOID Base
    )

/*++

Routine Description:

    Returns a run MiAllocatePagedPoolPages gave, with the physical pages its touched pages took. Any other
    address is MEMORY_MANAGEMENT.

--*/

{
    ULONG Pages = MiQueryVa(&MiPagedPoolSpace, Base);
    ULONG Index;
    MMPTE Pte;

    if (Pages == 0) {
        KeBugCheckEx(MEMORY_MANAGEMENT, 0x4, (ULONG_PTR)Base, 0, 0);
    }
    for (Index = 0; Index < Pages; Index += 1) {
        Pte = MiUnmapPage((PUCHAR)Base + Index * PAGE_SIZE);
        if ((Pte & MM_PTE_VALID) != 0) {
            MiFreePhysicalPages(MM_PTE_FRAME(Pte));
        }
    }
    MiReleaseVa(&MiPagedPoolSpace, Base);
}
