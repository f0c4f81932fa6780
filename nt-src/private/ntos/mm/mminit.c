/*++

Module Name:

    mminit.c

Abstract:

    The memory manager's initialisation: physical pages from the loader's memory map, KSEG0 over physical
    memory below 512 MiB, and the ranges of system space handed out page by page.

--*/

#include "mi.h"

MI_VA_SPACE MiSystemPteSpace;
MI_VA_SPACE MiPagedPoolSpace;

static ULONG MiSystemPteBits[2][MM_SYSTEM_PTE_PAGES / 32];
static ULONG MiPagedPoolBits[2][MM_PAGED_POOL_PAGES / 32];

BOOLEAN
MmInitSystem(
    IN ULONG Phase,
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )

/*++

Routine Description:

    Phase 0: the physical page bitmaps, the rest of KSEG0, the page frame database, the system PTE and paged
    pool ranges with their page tables. Phase 1 (pool exists): the loaded-module list.

Return Value:

    FALSE when the memory map describes no free page (Phase 0) or pool is exhausted (Phase 1).

--*/

{
    ULONG_PTR Table;

    if (Phase == 1) {
        return MiInitializeLoadedModuleList(LoaderBlock);
    }
    if (Phase != 0) {
        return TRUE;
    }
    MiInitializePhysicalPages(LoaderBlock);
    MiInitializeSystemSpace();
    if (!MiInitializePfnDatabase()) {
        return FALSE;
    }
    MiInitializeVaSpace(&MiSystemPteSpace, MM_SYSTEM_PTE_START, MM_SYSTEM_PTE_PAGES, MiSystemPteBits[0], MiSystemPteBits[1]);
    MiInitializeVaSpace(&MiPagedPoolSpace, MM_PAGED_POOL_START, MM_PAGED_POOL_PAGES, MiPagedPoolBits[0], MiPagedPoolBits[1]);
    for (Table = 0; Table < MM_SYSTEM_PTE_PAGES; Table += 1 << (MI_LARGE_PAGE_SHIFT - PAGE_SHIFT)) {
        if (!MiMakePdeValid((PVOID)(MM_SYSTEM_PTE_START + (Table << PAGE_SHIFT)))) {
            return FALSE;
        }
    }
    for (Table = 0; Table < MM_PAGED_POOL_PAGES; Table += 1 << (MI_LARGE_PAGE_SHIFT - PAGE_SHIFT)) {
        if (!MiMakePdeValid((PVOID)(MM_PAGED_POOL_START + (Table << PAGE_SHIFT)))) {
            return FALSE;
        }
    }
    return (BOOLEAN)(MmAvailablePages != 0);
}
