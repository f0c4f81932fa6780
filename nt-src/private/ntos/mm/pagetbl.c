/*++

Module Name:

    pagetbl.c

Abstract:

    Page tables. The loader left paging on with the page directory mapping itself (PDE_BASE) and the first
    4 MiB of memory at KSEG0; MiInitializeSystemSpace maps the rest of KSEG0 in 4 MiB pages. Other system
    addresses are mapped a page at a time; their page tables are made on demand from any free page and
    cleared through the self-map. One lock keeps the tables consistent.

--*/

#include "mi.h"

static KSPIN_LOCK MiPteLock;

VOID
MiInitializeSystemSpace(
    VOID
    )

/*++

Routine Description:

    Checks the loader's mapping (BOOT.md) and maps physical memory below MM_KSEG0_BYTES at KSEG0 with 4 MiB
    pages. A loader that did not leave the self-map and KSEG0's first page as BOOT.md says is a bug check.

--*/

{
    PMMPTE Pde = MiGetPdeAddress(MM_KSEG0_BASE);
    ULONG LargePages;
    ULONG Index;
    PFN_NUMBER Pages = MiHighestPhysicalPage() + 1;

    if (MM_PTE_FRAME(*MiGetPdeAddress(PDE_BASE)) != (__readcr3() >> PAGE_SHIFT)
        || (*Pde & (MM_PTE_VALID | MM_PTE_LARGE_PAGE)) != (MM_PTE_VALID | MM_PTE_LARGE_PAGE) || MM_PTE_FRAME(*Pde) != 0) {
        KeBugCheckEx(MEMORY_MANAGEMENT, 0x2, __readcr3(), *Pde, 0);
    }
    KeInitializeSpinLock(&MiPteLock);
    if (Pages > MM_KSEG0_PAGES) {
        Pages = MM_KSEG0_PAGES;
    }
    LargePages = (Pages + (1 << (MI_LARGE_PAGE_SHIFT - PAGE_SHIFT)) - 1) >> (MI_LARGE_PAGE_SHIFT - PAGE_SHIFT);
    for (Index = 1; Index < LargePages; Index += 1) {
        Pde[Index] = (Index << MI_LARGE_PAGE_SHIFT) | MM_PTE_VALID | MM_PTE_WRITE | MM_PTE_LARGE_PAGE;
    }
}

static
PFN_NUMBER
MiAllocateAnyPage(
    VOID
    )

/*++

Routine Description:

    A page for a page table or a page mapped outside KSEG0: from above KSEG0 when there is memory there, which
    KSEG0's allocations cannot use.

--*/

{
    PFN_NUMBER Page = MiAllocatePhysicalPages(1, MM_KSEG0_PAGES, MAXULONG);

    if (Page == MI_NO_PAGE) {
        Page = MiAllocatePhysicalPages(1, 0, MAXULONG);
    }
    return Page;
}

static
BOOLEAN
MiMakePdeValidLocked(
    IN PVOID VirtualAddress
    )
{
    PMMPTE Pde = MiGetPdeAddress(VirtualAddress);
    PVOID Table = PAGE_ALIGN(MiGetPteAddress(VirtualAddress));
    PFN_NUMBER Page;

    if ((*Pde & MM_PTE_VALID) != 0) {
        return TRUE;
    }
    Page = MiAllocateAnyPage();
    if (Page == MI_NO_PAGE) {
        return FALSE;
    }
    *Pde = (Page << PAGE_SHIFT) | MM_PTE_VALID | MM_PTE_WRITE;
    MI_PFN_ELEMENT(Page)->PteAddress = Pde;
    __invlpg(Table);
    RtlZeroMemory(Table, PAGE_SIZE);
    return TRUE;
}

BOOLEAN
MiMakePdeValid(
    IN PVOID VirtualAddress
    )

/*++

Return Value:

    FALSE when the page table of VirtualAddress did not exist and no page was free to make it.

--*/

{
    KIRQL OldIrql;
    BOOLEAN Valid;

    KeAcquireSpinLock(&MiPteLock, &OldIrql);
    Valid = MiMakePdeValidLocked(VirtualAddress);
    KeReleaseSpinLock(&MiPteLock, OldIrql);
    return Valid;
}

VOID
MiMapPage(
    IN PVOID VirtualAddress,
    IN PFN_NUMBER Page,
    IN MMPTE Attributes
    )

/*++

Routine Description:

    Maps VirtualAddress's page to physical page Page, or makes it a demand-zero page when Attributes is
    MM_PTE_DEMAND_ZERO. Its page table must exist (MiMakePdeValid).

--*/

{
    KIRQL OldIrql;
    PMMPTE Pte = MiGetPteAddress(VirtualAddress);

    ASSERT((*MiGetPdeAddress(VirtualAddress) & MM_PTE_VALID) != 0);
    KeAcquireSpinLock(&MiPteLock, &OldIrql);
    *Pte = Attributes == MM_PTE_DEMAND_ZERO ? MM_PTE_DEMAND_ZERO : (Page << PAGE_SHIFT) | Attributes | MM_PTE_VALID;
    if (Attributes != MM_PTE_DEMAND_ZERO && MI_IS_RAM_PAGE(Page) && MI_PFN_ELEMENT(Page)->PteAddress == NULL) {
        MI_PFN_ELEMENT(Page)->PteAddress = Pte;
    }
    __invlpg(VirtualAddress);
    KeReleaseSpinLock(&MiPteLock, OldIrql);
}

MMPTE
MiUnmapPage(
    IN PVOID VirtualAddress
    )

/*++

Return Value:

    The entry that mapped VirtualAddress's page, now empty (0 when its page table does not exist).

--*/

{
    KIRQL OldIrql;
    PMMPTE Pte = MiGetPteAddress(VirtualAddress);
    MMPTE Old = 0;

    KeAcquireSpinLock(&MiPteLock, &OldIrql);
    if ((*MiGetPdeAddress(VirtualAddress) & MM_PTE_VALID) != 0) {
        Old = *Pte;
        *Pte = 0;
        __invlpg(VirtualAddress);
        if ((Old & MM_PTE_VALID) != 0 && MI_IS_RAM_PAGE(MM_PTE_FRAME(Old)) && MI_PFN_ELEMENT(MM_PTE_FRAME(Old))->PteAddress == Pte) {
            MI_PFN_ELEMENT(MM_PTE_FRAME(Old))->PteAddress = NULL;
        }
    }
    KeReleaseSpinLock(&MiPteLock, OldIrql);
    return Old;
}

BOOLEAN
MiResolveDemandZero(
    IN PVOID VirtualAddress
    )

/*++

Routine Description:

    Gives a demand-zero page its physical page, filled with zeros. A system without a free page cannot go on:
    NO_PAGES_AVAILABLE.

Return Value:

    TRUE when VirtualAddress is valid now (it was demand zero, or another path made it valid); FALSE when it is
    no demand-zero page.

--*/

{
    KIRQL OldIrql;
    PMMPTE Pte = MiGetPteAddress(VirtualAddress);
    PFN_NUMBER Page;
    BOOLEAN Resolved = FALSE;

    KeAcquireSpinLock(&MiPteLock, &OldIrql);
    if ((*MiGetPdeAddress(VirtualAddress) & MM_PTE_VALID) != 0) {
        if ((*Pte & MM_PTE_VALID) != 0) {
            Resolved = TRUE;
        } else if (*Pte == MM_PTE_DEMAND_ZERO) {
            Page = MiAllocateAnyPage();
            if (Page == MI_NO_PAGE) {
                KeBugCheckEx(NO_PAGES_AVAILABLE, MmAvailablePages, MmNumberOfPhysicalPages, 0, 0);
            }
            *Pte = (Page << PAGE_SHIFT) | MM_PTE_VALID | MM_PTE_WRITE;
            MI_PFN_ELEMENT(Page)->PteAddress = Pte;
            __invlpg(VirtualAddress);
            RtlZeroMemory(PAGE_ALIGN(VirtualAddress), PAGE_SIZE);
            Resolved = TRUE;
        }
    }
    KeReleaseSpinLock(&MiPteLock, OldIrql);
    return Resolved;
}

BOOLEAN
NTAPI
MmIsAddressValid(
    IN PVOID VirtualAddress
    )

/*++

Routine Description:

    Whether a read of VirtualAddress would succeed without a page fault.

--*/

{
    MMPTE Pde = *MiGetPdeAddress(VirtualAddress);

    if ((Pde & MM_PTE_VALID) == 0) {
        return FALSE;
    }
    if ((Pde & MM_PTE_LARGE_PAGE) != 0) {
        return TRUE;
    }
    return (BOOLEAN)((*MiGetPteAddress(VirtualAddress) & MM_PTE_VALID) != 0);
}

PHYSICAL_ADDRESS
NTAPI
MmGetPhysicalAddress(
    IN PVOID BaseAddress
    )

/*++

Return Value:

    The physical address BaseAddress is mapped to, or 0 when it is not valid.

--*/

{
    PHYSICAL_ADDRESS Address;
    MMPTE Pde = *MiGetPdeAddress(BaseAddress);

    Address.QuadPart = 0;
    if (!MmIsAddressValid(BaseAddress)) {
        return Address;
    }
    if ((Pde & MM_PTE_LARGE_PAGE) != 0) {
        Address.LowPart = (Pde & ~((1 << MI_LARGE_PAGE_SHIFT) - 1)) | ((ULONG_PTR)BaseAddress & ((1 << MI_LARGE_PAGE_SHIFT) - 1));
    } else {
        Address.LowPart = (*MiGetPteAddress(BaseAddress) & ~(PAGE_SIZE - 1)) | BYTE_OFFSET(BaseAddress);
    }
    return Address;
}
