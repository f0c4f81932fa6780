/*++

Module Name:

    mdl.c

Abstract:

    Memory descriptor lists: the physical pages of a buffer, recorded after the MDL, so that the buffer can be
    reached at another address (MmMapLockedPagesSpecifyCache) or by a device. MmProbeAndLockPages makes each page
    of the buffer resident first (a demand-zero page of paged pool takes its page then) and counts the MDL's
    hold in each page's PFN entry, so that the page cannot be freed under a device; with no paging file a
    resident page stays so. IoAllocateMdl and IoFreeMdl, which allocate and free MDLs, are the I/O manager's
    (io/mdl.c).

--*/

#include "mi.h"

SIZE_T
NTAPI
MmSizeOfMdl(
    IN PVOID Base,
    IN SIZE_T Length
    )
{
    return sizeof(MDL) + sizeof(PFN_NUMBER) * ADDRESS_AND_SIZE_TO_SPAN_PAGES(Base, Length);
}

static
ULONG
MiMdlPages(
    IN PMDL Mdl
    )
{
    return ADDRESS_AND_SIZE_TO_SPAN_PAGES(MmGetMdlVirtualAddress(Mdl), Mdl->ByteCount);
}

VOID
NTAPI
MmBuildMdlForNonPagedPool(
    IN OUT PMDL MemoryDescriptorList
    )

/*++

Routine Description:

    Fills in the pages of an MDL whose buffer is nonpaged (always resident): its system address is the buffer's
    own. A page that is not valid is no nonpaged memory: MEMORY_MANAGEMENT.

--*/

{
    PPFN_NUMBER Pages = MmGetMdlPfnArray(MemoryDescriptorList);
    PUCHAR Page = MemoryDescriptorList->StartVa;
    ULONG Count = MiMdlPages(MemoryDescriptorList);
    ULONG Index;

    for (Index = 0; Index < Count; Index += 1, Page += PAGE_SIZE) {
        if (!MmIsAddressValid(Page)) {
            KeBugCheckEx(MEMORY_MANAGEMENT, 0x7, (ULONG_PTR)MemoryDescriptorList, (ULONG_PTR)Page, 0);
        }
        Pages[Index] = MmGetPhysicalAddress(Page).LowPart >> PAGE_SHIFT;
    }
    MemoryDescriptorList->MappedSystemVa = MmGetMdlVirtualAddress(MemoryDescriptorList);
    MemoryDescriptorList->MdlFlags |= MDL_SOURCE_IS_NONPAGED_POOL;
}

VOID
NTAPI
MmProbeAndLockPages(
    IN OUT PMDL MemoryDescriptorList,
    IN KPROCESSOR_MODE AccessMode,
    IN LOCK_OPERATION Operation
    )

/*++

Routine Description:

    Makes every page of the MDL's buffer resident and records it. A user-mode caller's buffer must lie below
    MM_USER_PROBE_ADDRESS; a page that cannot be made valid, or is read-only for a write access, raises
    STATUS_ACCESS_VIOLATION (callers use __try, as the DDK says), with nothing locked.

--*/

{
    PPFN_NUMBER Pages = MmGetMdlPfnArray(MemoryDescriptorList);
    PUCHAR Page = MemoryDescriptorList->StartVa;
    ULONG Count = MiMdlPages(MemoryDescriptorList);
    ULONG Index;
    MMPTE Pde;

    ASSERT(KeGetCurrentIrql() <= DISPATCH_LEVEL);
    ASSERT((MemoryDescriptorList->MdlFlags & (MDL_PAGES_LOCKED | MDL_SOURCE_IS_NONPAGED_POOL)) == 0);

    if (AccessMode == UserMode
        && (ULONG_PTR)MmGetMdlVirtualAddress(MemoryDescriptorList) + MemoryDescriptorList->ByteCount > MM_USER_PROBE_ADDRESS) {
        ExRaiseStatus(STATUS_ACCESS_VIOLATION);
    }
    for (Index = 0; Index < Count; Index += 1, Page += PAGE_SIZE) {
        if (!MmIsAddressValid(Page) && !MiResolveDemandZero(Page)) {
            ExRaiseStatus(STATUS_ACCESS_VIOLATION);
        }
        Pde = *MiGetPdeAddress(Page);
        if (Operation != IoReadAccess && (Pde & MM_PTE_LARGE_PAGE) == 0 && (*MiGetPteAddress(Page) & MM_PTE_WRITE) == 0) {
            ExRaiseStatus(STATUS_ACCESS_VIOLATION);
        }
        Pages[Index] = MmGetPhysicalAddress(Page).LowPart >> PAGE_SHIFT;
    }
    for (Index = 0; Index < Count; Index += 1) {
        MiLockPhysicalPage(Pages[Index]);
    }
    if (Operation != IoReadAccess) {
        MemoryDescriptorList->MdlFlags |= MDL_WRITE_OPERATION;
    }
    MemoryDescriptorList->MdlFlags |= MDL_PAGES_LOCKED;
}

VOID
NTAPI
MmUnlockPages(
    IN OUT PMDL MemoryDescriptorList
    )

/*++

Routine Description:

    Undoes MmProbeAndLockPages, and unmaps the system mapping made of the pages, as the DDK says.

--*/

{
    PPFN_NUMBER Pages = MmGetMdlPfnArray(MemoryDescriptorList);
    ULONG Count = MiMdlPages(MemoryDescriptorList);
    ULONG Index;

    if ((MemoryDescriptorList->MdlFlags & MDL_PAGES_LOCKED) == 0) {
        KeBugCheckEx(MEMORY_MANAGEMENT, 0x8, (ULONG_PTR)MemoryDescriptorList, MemoryDescriptorList->MdlFlags, 0);
    }
    if ((MemoryDescriptorList->MdlFlags & MDL_MAPPED_TO_SYSTEM_VA) != 0) {
        MmUnmapLockedPages(MemoryDescriptorList->MappedSystemVa, MemoryDescriptorList);
    }
    for (Index = 0; Index < Count; Index += 1) {
        MiUnlockPhysicalPage(Pages[Index]);
    }
    MemoryDescriptorList->MdlFlags &= ~(MDL_PAGES_LOCKED | MDL_WRITE_OPERATION);
}

PVOID
NTAPI
MmMapLockedPagesSpecifyCache(
    IN PMDL MemoryDescriptorList,
    IN KPROCESSOR_MODE AccessMode,
    IN MEMORY_CACHING_TYPE CacheType,
    IN PVOID RequestedAddress OPTIONAL,
    IN ULONG BugCheckOnFailure,
    IN ULONG Priority
    )

/*++

Routine Description:

    Maps the MDL's pages (locked, or of nonpaged pool) into system PTEs. There are no user address spaces yet:
    a UserMode mapping raises STATUS_ACCESS_VIOLATION, as a failed user mapping does.

Return Value:

    The buffer's address in the new mapping; NULL when no system PTEs are left, unless BugCheckOnFailure says
    to bug-check (NO_MORE_SYSTEM_PTES).

--*/

{
    PUCHAR Base;

    UNREFERENCED_PARAMETER(RequestedAddress);
    UNREFERENCED_PARAMETER(Priority);

    if ((MemoryDescriptorList->MdlFlags & (MDL_PAGES_LOCKED | MDL_SOURCE_IS_NONPAGED_POOL)) == 0
        || (MemoryDescriptorList->MdlFlags & MDL_MAPPED_TO_SYSTEM_VA) != 0) {
        KeBugCheckEx(MEMORY_MANAGEMENT, 0x9, (ULONG_PTR)MemoryDescriptorList, MemoryDescriptorList->MdlFlags, 0);
    }
    if (AccessMode == UserMode) {
        ExRaiseStatus(STATUS_ACCESS_VIOLATION);
    }
    Base = MiMapPhysicalPages(MmGetMdlPfnArray(MemoryDescriptorList), 0, MiMdlPages(MemoryDescriptorList), CacheType);
    if (Base == NULL) {
        if (BugCheckOnFailure) {
            KeBugCheckEx(NO_MORE_SYSTEM_PTES, 0, MiMdlPages(MemoryDescriptorList), 0, 0);
        }
        return NULL;
    }
    MemoryDescriptorList->MappedSystemVa = Base + MemoryDescriptorList->ByteOffset;
    MemoryDescriptorList->MdlFlags |= MDL_MAPPED_TO_SYSTEM_VA;
    return MemoryDescriptorList->MappedSystemVa;
}

VOID
NTAPI
MmUnmapLockedPages(
    IN PVOID BaseAddress,
    IN PMDL MemoryDescriptorList
    )
{
    if ((MemoryDescriptorList->MdlFlags & MDL_MAPPED_TO_SYSTEM_VA) == 0
        || BaseAddress != MemoryDescriptorList->MappedSystemVa
        || MiUnmapPhysicalPages(PAGE_ALIGN(BaseAddress)) != MiMdlPages(MemoryDescriptorList)) {
        KeBugCheckEx(MEMORY_MANAGEMENT, 0xA, (ULONG_PTR)BaseAddress, (ULONG_PTR)MemoryDescriptorList, 0);
    }
    MemoryDescriptorList->MdlFlags &= ~MDL_MAPPED_TO_SYSTEM_VA;
    MemoryDescriptorList->MappedSystemVa = NULL;
}

PVOID
NTAPI
MmMapLockedPages(
    IN PMDL MemoryDescriptorList,
    IN KPROCESSOR_MODE AccessMode
    )

/*++

Routine Description:

    The older form of MmMapLockedPagesSpecifyCache (cached, bug-checking when no system PTEs are left, as the
    DDK says a kernel-mode mapping through it does).

--*/

{
    return MmMapLockedPagesSpecifyCache(MemoryDescriptorList, AccessMode, MmCached, NULL, TRUE, NormalPagePriority);
}
