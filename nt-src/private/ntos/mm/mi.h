/*++

Module Name:

    mi.h

Abstract:

    The memory manager's private definitions: the layout of system space, page table entries and the routines
    Mm's files share. i386 two-level paging without PAE; the page directory maps itself, so the page table entry
    of any address is at a fixed place (MiGetPteAddress) and the page tables need no mapping of their own.

        0x80000000 - 0x9FFFFFFF   KSEG0: physical memory below 512 MiB at 0x80000000 + its address, in 4 MiB
                                  pages: the images, the loader's data and every nonpaged allocation
        0xC0000000 - 0xC03FFFFF   the page tables (the page directory at 0xC0300000)
        0xD0000000 - 0xD7FFFFFF   system PTEs: device memory, MDL mappings
        0xE0000000 - 0xE3FFFFFF   paged pool, demand zero

    The page tables of the last two ranges are made at initialisation, so that their page directory entries
    never change (an address space of a process will share them) and Mm's own bookkeeping takes no page later.

    Everything else above 0x80000000 is invalid: a touch of it is PAGE_FAULT_IN_NONPAGED_AREA.

--*/

#ifndef _MI_
#define _MI_

#include <ntos.h>

#define MM_KSEG0_BASE 0x80000000
#define MM_KSEG0_BYTES 0x20000000
#define MM_KSEG0_PAGES (MM_KSEG0_BYTES >> PAGE_SHIFT)
#define MI_IS_KSEG0_ADDRESS(Va) ((ULONG_PTR)(Va) - MM_KSEG0_BASE < MM_KSEG0_BYTES)

#define PTE_BASE 0xC0000000
#define PDE_BASE 0xC0300000
#define MI_SELF_MAP_INDEX (PTE_BASE >> 22)

#define MM_SYSTEM_PTE_START 0xD0000000
#define MM_SYSTEM_PTE_PAGES 0x8000
#define MM_PAGED_POOL_START 0xE0000000
#define MM_PAGED_POOL_PAGES 0x4000

//
// A page table entry: the hardware's bits, and one the hardware ignores (bit 10) marking a not-present entry
// that stands for a page to be filled with zeros on first touch.
//

typedef ULONG MMPTE, *PMMPTE;

#define MM_PTE_VALID 0x001
#define MM_PTE_WRITE 0x002
#define MM_PTE_OWNER 0x004
#define MM_PTE_WRITE_THROUGH 0x008
#define MM_PTE_CACHE_DISABLE 0x010
#define MM_PTE_ACCESSED 0x020
#define MM_PTE_DIRTY 0x040
#define MM_PTE_LARGE_PAGE 0x080
#define MM_PTE_GLOBAL 0x100
#define MM_PTE_DEMAND_ZERO 0x400

#define MM_PTE_FRAME(Pte) ((Pte) >> PAGE_SHIFT)
#define MI_LARGE_PAGE_SHIFT 22

#define MiGetPdeAddress(Va) ((PMMPTE)(PDE_BASE + (((ULONG_PTR)(Va) >> MI_LARGE_PAGE_SHIFT) << 2)))
#define MiGetPteAddress(Va) ((PMMPTE)(PTE_BASE + (((ULONG_PTR)(Va) >> PAGE_SHIFT) << 2)))
#define MiGetVirtualAddressMappedByPte(Pte) ((PVOID)(((ULONG_PTR)(Pte) - PTE_BASE) << (PAGE_SHIFT - 2)))

#define MI_NO_PAGE 0xFFFFFFFF

//
// The page frame database: one entry per physical page of RAM, in KSEG0. The bitmaps of pages.c find runs of
// free pages; the entries say what each page is and who holds it.
//

typedef struct _MMPFN {
    PMMPTE PteAddress;          // the entry that maps the page outside KSEG0 (its first mapping); NULL if none
    USHORT LockCount;           // MDLs holding the page locked (MmProbeAndLockPages)
    UCHAR State;                // MI_PFN_FREE, MI_PFN_ACTIVE or MI_PFN_LOADER
    UCHAR Reserved;
} MMPFN, *PMMPFN;

#define MI_PFN_FREE 0
#define MI_PFN_ACTIVE 1         // taken by MiAllocatePhysicalPages
#define MI_PFN_LOADER 2         // kept by the loader: images, loader data, the initial stack

extern PMMPFN MmPfnDatabase;
extern PFN_NUMBER MmPfnCount;

#define MI_PFN_ELEMENT(Page) (&MmPfnDatabase[(Page)])
#define MI_IS_RAM_PAGE(Page) ((Page) < MmPfnCount)

#define PFN_LIST_CORRUPT_UNLOCKED_TOO_OFTEN 0x07
#define PFN_LIST_CORRUPT_FREED_LOCKED 0x9A

//
// Physical pages (pages.c).
//

VOID MiInitializePhysicalPages(IN PLOADER_PARAMETER_BLOCK LoaderBlock);
BOOLEAN MiInitializePfnDatabase(VOID);
VOID MiLockPhysicalPage(IN PFN_NUMBER Page);
VOID MiUnlockPhysicalPage(IN PFN_NUMBER Page);
PFN_NUMBER MiAllocatePhysicalPages(IN ULONG Count, IN PFN_NUMBER LowestPage, IN PFN_NUMBER HighestPage);
VOID MiFreePhysicalPages(IN PFN_NUMBER Page);
PFN_NUMBER MiHighestPhysicalPage(VOID);

//
// Page tables (pagetbl.c).
//

VOID MiInitializeSystemSpace(VOID);
BOOLEAN MiMakePdeValid(IN PVOID VirtualAddress);
VOID MiMapPage(IN PVOID VirtualAddress, IN PFN_NUMBER Page, IN MMPTE Attributes);
MMPTE MiUnmapPage(IN PVOID VirtualAddress);
BOOLEAN MiResolveDemandZero(IN PVOID VirtualAddress);

//
// Virtual ranges of system space handed out page by page (vaspace.c): system PTEs and paged pool.
//

typedef struct _MI_VA_SPACE {
    ULONG_PTR Base;
    ULONG Pages;
    RTL_BITMAP InUse;
    RTL_BITMAP RunEnd;
    KSPIN_LOCK Lock;
} MI_VA_SPACE, *PMI_VA_SPACE;

extern MI_VA_SPACE MiSystemPteSpace;
extern MI_VA_SPACE MiPagedPoolSpace;

VOID MiInitializeVaSpace(OUT PMI_VA_SPACE Space, IN ULONG_PTR Base, IN ULONG Pages, IN PULONG InUseBits, IN PULONG RunEndBits);
PVOID MiReserveVa(IN PMI_VA_SPACE Space, IN ULONG Pages);
ULONG MiReleaseVa(IN PMI_VA_SPACE Space, IN PVOID Base);
ULONG MiQueryVa(IN PMI_VA_SPACE Space, IN PVOID Base);

//
// Physical pages mapped into system PTEs (iospace.c): device memory and MDLs.
//

PVOID MiMapPhysicalPages(IN PPFN_NUMBER Pages OPTIONAL, IN PFN_NUMBER FirstPage, IN ULONG Count, IN MEMORY_CACHING_TYPE CacheType);
ULONG MiUnmapPhysicalPages(IN PVOID Base);

#endif // _MI_
