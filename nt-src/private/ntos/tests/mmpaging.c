/*++

Module Name:

    mmpaging.c

Abstract:

    Self-tests of paging: the self-mapped page directory and KSEG0 as BOOT.md and mi.h describe them, demand-zero
    pages of paged pool taking memory on first touch and giving it back, the page frame database agreeing with
    both, device memory through MmMapIoSpace (the PCI ECAM window agreeing with configuration mechanism #1
    through the HAL), and MDLs of nonpaged and paged buffers mapped a second time, their pages locked.
    KmtTouchUnmappedSystemAddress, KmtFaultAtDispatchLevel and KmtFreeLockedPages are the bug check tests
    /BADADDRESS, /PAGEDDISPATCH and /FREELOCKED run.

--*/

#include <kmtest.h>
#include <excpt.h>
#include "..\mm\mi.h"

#define KMT_TAG 'gaPK'
#define KMT_ECAM_BASE 0xB0000000
#define KMT_ECAM_DEVICE_SHIFT 15

static ULONG KmtImageData = 0x5EED;

static
PMMPFN
KmtPfnOf(
    IN PVOID Address
    )
{
    return MI_PFN_ELEMENT(MmGetPhysicalAddress(Address).LowPart >> PAGE_SHIFT);
}

static
ULONG
KmtFreePfnEntries(
    VOID
    )
{
    ULONG Free = 0;
    PFN_NUMBER Page;

    for (Page = 0; Page < MmPfnCount; Page += 1) {
        Free += MmPfnDatabase[Page].State == MI_PFN_FREE;
    }
    return Free;
}

static
BOOLEAN
KmtIsSystemPte(
    IN PVOID Address
    )
{
    return (BOOLEAN)((ULONG_PTR)Address - MM_SYSTEM_PTE_START < (ULONG_PTR)MM_SYSTEM_PTE_PAGES << PAGE_SHIFT);
}

/*++

Routine Description:

    The loader's module list (BOOT.md): the kernel and the HAL, in load order, each image's data in KSEG0.

--*/

static
VOID
KmtCheckLoadedModules(
    VOID
    )
{
    PLIST_ENTRY Head = &KeLoaderBlock->LoadOrderListHead;
    PKLDR_DATA_TABLE_ENTRY Modules[2] = { NULL, NULL };
    UNICODE_STRING Kernel;
    UNICODE_STRING Hal;
    PLIST_ENTRY Entry;
    ULONG Count = 0;

    for (Entry = Head->Flink; Entry != Head && Count < 8; Entry = Entry->Flink) {
        if (Count < 2) {
            Modules[Count] = CONTAINING_RECORD(Entry, KLDR_DATA_TABLE_ENTRY, InLoadOrderLinks);
        }
        Count += 1;
    }
    ok_eq_ulong(Count, 2);
    if (Modules[0] == NULL || Modules[1] == NULL) {
        return;
    }
    RtlInitUnicodeString(&Kernel, L"NTOSKRNL.EXE");
    RtlInitUnicodeString(&Hal, L"hal.dll");
    ok(RtlEqualUnicodeString(&Modules[0]->BaseDllName, &Kernel, TRUE), "the kernel is loaded first: %wZ", &Modules[0]->BaseDllName);
    ok(RtlEqualUnicodeString(&Modules[1]->BaseDllName, &Hal, TRUE), "then the HAL: %wZ", &Modules[1]->BaseDllName);
    ok((PUCHAR)&KmtImageData >= (PUCHAR)Modules[0]->DllBase && (PUCHAR)&KmtImageData < (PUCHAR)Modules[0]->DllBase + Modules[0]->SizeOfImage,
       "the kernel's data lies in its module (0x%08lx in 0x%08lx, %lu bytes)", (ULONG_PTR)&KmtImageData,
       (ULONG_PTR)Modules[0]->DllBase, Modules[0]->SizeOfImage);
    ok(MI_IS_KSEG0_ADDRESS(Modules[1]->DllBase) && MmIsAddressValid(Modules[1]->DllBase), "the HAL's data is mapped in KSEG0");
    ok(Modules[0]->EntryPoint != NULL && Modules[1]->EntryPoint == NULL, "only the kernel has an entry point");
    ok(Head->Blink == &Modules[1]->InLoadOrderLinks && Modules[1]->InLoadOrderLinks.Blink == &Modules[0]->InLoadOrderLinks,
       "the list links back");
}

typedef struct _KMT_RECORD {
    ULONG Words[6];
} KMT_RECORD;

/*++

Routine Description:

    A structure that straddles two pages of paged pool whose physical pages are not adjacent (the second page is
    touched first, and a nonpaged page taken between): a structure assignment and a zeroing reach both pages.

--*/

static
VOID
KmtCopyAcrossScatteredPages(
    VOID
    )
{
    PUCHAR Paged = ExAllocatePoolWithTag(PagedPool, 2 * PAGE_SIZE, KMT_TAG);
    PVOID Between;
    KMT_RECORD Source;
    KMT_RECORD *Straddling;
    ULONG Index;
    BOOLEAN Same = TRUE;

    if (Paged == NULL) {
        ok(FALSE, "no paged pool");
        return;
    }
    Paged[PAGE_SIZE] = 1;
    Between = ExAllocatePoolWithTag(NonPagedPool, PAGE_SIZE, KMT_TAG);
    Paged[0] = 1;
    ok(MmGetPhysicalAddress(Paged + PAGE_SIZE).LowPart != MmGetPhysicalAddress(Paged).LowPart + PAGE_SIZE,
       "the two pages are not adjacent in RAM (0x%08lx, 0x%08lx)", MmGetPhysicalAddress(Paged).LowPart,
       MmGetPhysicalAddress(Paged + PAGE_SIZE).LowPart);
    for (Index = 0; Index < 6; Index += 1) {
        Source.Words[Index] = 0x1000 + Index;
    }
    Straddling = (KMT_RECORD *)(Paged + PAGE_SIZE - 12);
    *Straddling = Source;
    for (Index = 0; Index < 6; Index += 1) {
        Same = (BOOLEAN)(Same && ((volatile ULONG *)(Paged + PAGE_SIZE - 12))[Index] == 0x1000 + Index);
    }
    ok(Same, "a structure assignment across the two pages");
    RtlZeroMemory(Straddling, sizeof(*Straddling));
    __stosb(Paged + PAGE_SIZE - 5, 0x7E, 10);
    ok(Paged[PAGE_SIZE - 6] == 0 && Paged[PAGE_SIZE - 5] == 0x7E && Paged[PAGE_SIZE + 4] == 0x7E && Paged[PAGE_SIZE + 5] == 0,
       "__stosb across the two pages");
    ExFreePoolWithTag(Between, KMT_TAG);
    ExFreePoolWithTag(Paged, KMT_TAG);
}

START_TEST(MmPaging)
{
    ULONG Local = 0;
    ULONG Before;
    ULONG Untouched;
    ULONG Sum = 0;
    ULONG Index;
    PFN_NUMBER Frame;
    PUCHAR Paged;
    PUCHAR Again;
    PUCHAR LastRamByte = (PUCHAR)(MM_KSEG0_BASE + MmNumberOfPhysicalPages * PAGE_SIZE - 1);

    //
    // Paging is on, with the page directory mapping itself, and KSEG0 mapping all of RAM below 512 MiB.
    //

    ok_eq_hex(__readcr0() & 0x80000001, 0x80000001);
    ok_eq_hex(*MiGetPdeAddress(PDE_BASE) & ~(PAGE_SIZE - 1), __readcr3() & ~(PAGE_SIZE - 1));
    ok_eq_hex(MmGetPhysicalAddress((PVOID)PDE_BASE).LowPart, __readcr3() & ~(PAGE_SIZE - 1));
    ok(MmIsAddressValid(&KmtImageData) && MI_IS_KSEG0_ADDRESS(&KmtImageData), "the image's data is in KSEG0");
    ok_eq_hex(MmGetPhysicalAddress(&KmtImageData).LowPart, (ULONG_PTR)&KmtImageData - MM_KSEG0_BASE);
    ok(MI_IS_KSEG0_ADDRESS(&Local), "a thread's stack is in KSEG0: 0x%08lx", (ULONG_PTR)&Local);
    ok(MmIsAddressValid(LastRamByte), "RAM's last byte is mapped at 0x%08lx", (ULONG_PTR)LastRamByte);
    ok_eq_hex(MmGetPhysicalAddress(LastRamByte).LowPart, MmNumberOfPhysicalPages * PAGE_SIZE - 1);
    ok(!MmIsAddressValid(NULL), "nothing is mapped at 0");
    ok(!MmIsAddressValid((PVOID)0xF0000000), "0xF0000000 is invalid system space");
    ok_eq_hex(MmGetPhysicalAddress((PVOID)0xF0000000).LowPart, 0);
    KmtCheckLoadedModules();

    //
    // The page frame database: an entry per page of RAM, free exactly where the page allocator says so.
    //

    ok_eq_ulong(MmPfnCount, MmNumberOfPhysicalPages);
    ok_eq_ulong(KmtFreePfnEntries(), MmAvailablePages);
    ok_eq_ulong(KmtPfnOf(&KmtImageData)->State, MI_PFN_LOADER);
    ok_eq_ulong(KmtPfnOf(MmPfnDatabase)->State, MI_PFN_ACTIVE);
    ok_eq_pointer(KmtPfnOf(MiGetPteAddress(MM_PAGED_POOL_START))->PteAddress, MiGetPdeAddress(MM_PAGED_POOL_START));

    //
    // Paged pool is demand zero: each page takes memory when first touched, zeroed, and gives it back when freed.
    //

    Before = MmAvailablePages;
    Paged = ExAllocatePoolWithTag(PagedPool, 3 * PAGE_SIZE, KMT_TAG);
    ok((ULONG_PTR)Paged >= MM_PAGED_POOL_START && (ULONG_PTR)Paged < MM_PAGED_POOL_START + MM_PAGED_POOL_PAGES * PAGE_SIZE,
       "three pages of paged pool in the paged pool range: 0x%08lx", (ULONG_PTR)Paged);
    if (Paged == NULL) {
        return;
    }
    ok(!MmIsAddressValid(Paged) && !MmIsAddressValid(Paged + 2 * PAGE_SIZE), "untouched pages are not valid");
    Untouched = MmAvailablePages;
    ok_eq_ulong(Paged[100], 0);
    ok(MmIsAddressValid(Paged), "the page read is valid");
    ok(!MmIsAddressValid(Paged + PAGE_SIZE), "its neighbour is still untouched");
    ok_eq_ulong(MmAvailablePages, Untouched - 1);
    ok_eq_ulong(KmtPfnOf(Paged)->State, MI_PFN_ACTIVE);
    ok_eq_pointer(KmtPfnOf(Paged)->PteAddress, MiGetPteAddress(Paged));
    Frame = MmGetPhysicalAddress(Paged).LowPart >> PAGE_SHIFT;
    Paged[2 * PAGE_SIZE + 5] = 0x77;
    ok_eq_ulong(Paged[2 * PAGE_SIZE + 5], 0x77);
    ok_eq_ulong(MmAvailablePages, Untouched - 2);
    for (Index = 0; Index < PAGE_SIZE; Index += 1) {
        Sum += Index == 5 ? 0 : Paged[2 * PAGE_SIZE + Index];
    }
    ok_eq_ulong(Sum, 0);
    ExFreePoolWithTag(Paged, KMT_TAG);
    ok(!MmIsAddressValid(Paged) && !MmIsAddressValid(Paged + 2 * PAGE_SIZE), "freed pages are not valid");
    ok_eq_ulong(MmAvailablePages, Before);
    ok(MI_PFN_ELEMENT(Frame)->State == MI_PFN_FREE && MI_PFN_ELEMENT(Frame)->PteAddress == NULL,
       "the freed page's entry is free and maps nothing");
    ok_eq_ulong(KmtFreePfnEntries(), MmAvailablePages);
    KmtCopyAcrossScatteredPages();
    Again = ExAllocatePoolWithTag(PagedPool, 3 * PAGE_SIZE, KMT_TAG);
    ok(Again != NULL && Again[2 * PAGE_SIZE + 5] == 0, "a page taken again is zero, not what was there before");
    if (Again != NULL) {
        ExFreePoolWithTag(Again, KMT_TAG);
    }
}

START_TEST(MmIoSpace)
{
    PCI_COMMON_CONFIG Config;
    PCI_SLOT_NUMBER Slot;
    ULONG Device;
    ULONG Empty = 0;
    ULONG Other = 0;
    ULONG Index;
    BOOLEAN Same = TRUE;
    USHORT Vendor = 0;
    UCHAR Line;
    UCHAR Saved = 0;
    PULONG Ecam;
    PULONG Remapped;
    PUCHAR Function;
    PHYSICAL_ADDRESS Physical;

    //
    // The host bridge through the HAL (configuration mechanism #1), then through the ECAM window.
    //

    RtlZeroMemory(&Config, sizeof(Config));
    ok_eq_ulong(HalGetBusDataByOffset(PCIConfiguration, 0, 0, &Config, 0, PCI_COMMON_HDR_LENGTH), PCI_COMMON_HDR_LENGTH);
    ok_eq_hex(Config.VendorID, 0x8086);
    ok_eq_hex(Config.BaseClass, 0x06);
    Physical.QuadPart = KMT_ECAM_BASE;
    Ecam = MmMapIoSpace(Physical, PAGE_SIZE, MmNonCached);
    ok(KmtIsSystemPte(Ecam), "the ECAM page is mapped in system PTEs: 0x%08lx", (ULONG_PTR)Ecam);
    if (Ecam == NULL) {
        return;
    }
    ok_eq_hex(MmGetPhysicalAddress(Ecam).LowPart, KMT_ECAM_BASE);
    ok((*MiGetPteAddress(Ecam) & MM_PTE_CACHE_DISABLE) != 0, "device memory is mapped uncached");
    ok_eq_hex(READ_REGISTER_ULONG(Ecam), Config.VendorID | ((ULONG)Config.DeviceID << 16));
    for (Index = 0; Index < PCI_COMMON_HDR_LENGTH / sizeof(ULONG); Index += 1) {
        Same = (BOOLEAN)(Same && READ_REGISTER_ULONG(Ecam + Index) == ((PULONG)&Config)[Index]);
    }
    ok(Same, "the whole header reads the same through ECAM");

    //
    // A write through the HAL is seen through ECAM: the same registers.
    //

    HalGetBusDataByOffset(PCIConfiguration, 0, 0, &Saved, FIELD_OFFSET(PCI_COMMON_CONFIG, u.type0.InterruptLine), 1);
    Line = (UCHAR)(Saved ^ 0x5A);
    ok_eq_ulong(HalSetBusDataByOffset(PCIConfiguration, 0, 0, &Line, FIELD_OFFSET(PCI_COMMON_CONFIG, u.type0.InterruptLine), 1), 1);
    ok_eq_hex(READ_REGISTER_UCHAR((PUCHAR)Ecam + FIELD_OFFSET(PCI_COMMON_CONFIG, u.type0.InterruptLine)), Line);
    HalSetBusDataByOffset(PCIConfiguration, 0, 0, &Saved, FIELD_OFFSET(PCI_COMMON_CONFIG, u.type0.InterruptLine), 1);
    MmUnmapIoSpace(Ecam, PAGE_SIZE);
    ok(!MmIsAddressValid(Ecam), "unmapped device memory is not valid");

    //
    // Another function, mapped at an offset within its page; an empty slot reads as no device both ways.
    //

    for (Device = 1; Device < 32 && (Other == 0 || Empty == 0); Device += 1) {
        Slot.u.AsULONG = 0;
        Slot.u.bits.DeviceNumber = Device;
        Vendor = 0;
        if (HalGetBusDataByOffset(PCIConfiguration, 0, Slot.u.AsULONG, &Vendor, 0, sizeof(Vendor)) == sizeof(Vendor)
            && Vendor == PCI_INVALID_VENDORID) {
            Empty = Empty != 0 ? Empty : Device;
        } else if (Other == 0) {
            Other = Device;
        }
    }
    ok(Other != 0 && Empty != 0, "a second function (device %lu) and an empty slot (device %lu)", Other, Empty);
    Slot.u.AsULONG = 0;
    Slot.u.bits.DeviceNumber = Other;
    HalGetBusDataByOffset(PCIConfiguration, 0, Slot.u.AsULONG, &Config, 0, PCI_COMMON_HDR_LENGTH);
    Physical.QuadPart = KMT_ECAM_BASE + (Other << KMT_ECAM_DEVICE_SHIFT) + 8;
    Function = MmMapIoSpace(Physical, 4, MmNonCached);
    ok(Function != NULL && BYTE_OFFSET(Function) == 8, "a mapping keeps the byte offset: 0x%08lx", (ULONG_PTR)Function);
    if (Function != NULL) {
        ok_eq_hex(READ_REGISTER_ULONG((PULONG)Function),
                  Config.RevisionID | (Config.ProgIf << 8) | (Config.SubClass << 16) | ((ULONG)Config.BaseClass << 24));
        MmUnmapIoSpace(Function, 4);
    }
    Physical.QuadPart = KMT_ECAM_BASE + (Empty << KMT_ECAM_DEVICE_SHIFT);
    Remapped = MmMapIoSpace(Physical, PAGE_SIZE, MmNonCached);
    ok_eq_pointer(Remapped, Ecam);
    if (Remapped != NULL) {
        ok_eq_hex(READ_REGISTER_ULONG(Remapped), 0xFFFFFFFF);
        MmUnmapIoSpace(Remapped, PAGE_SIZE);
    }

    //
    // What the HAL and Mm refuse.
    //

    Slot.u.bits.DeviceNumber = Empty;
    ok_eq_ulong(HalGetBusDataByOffset(PCIConfiguration, 0, Slot.u.AsULONG, &Config, 4, 4), 0);
    ok_eq_ulong(HalGetBusDataByOffset(PCIConfiguration, 256, 0, &Config, 0, 4), 0);
    ok_eq_ulong(HalGetBusDataByOffset(Cmos, 0, 0, &Config, 0, 4), 0);
    ok_eq_ulong(HalGetBusDataByOffset(PCIConfiguration, 0, 0, &Config, 0xFC, 16), 4);
    ok(MmMapIoSpace(Physical, 0, MmNonCached) == NULL, "zero bytes of device memory is NULL");
}

static
LONG
KmtAccessViolation(
    IN PEXCEPTION_POINTERS Pointers,
    OUT PNTSTATUS Code
    )
{
    *Code = (NTSTATUS)Pointers->ExceptionRecord->ExceptionCode;
    return EXCEPTION_EXECUTE_HANDLER;
}

START_TEST(MmMdl)
{
    PUCHAR Buffer;
    PUCHAR Paged;
    PUCHAR Mapped;
    PMDL Mdl;
    PPFN_NUMBER Pages;
    ULONG Index;
    BOOLEAN Same = TRUE;
    NTSTATUS Code;

    //
    // An MDL of a nonpaged buffer: 2 pages from byte 100 of a page span three pages.
    //

    Buffer = ExAllocatePoolWithTag(NonPagedPool, 3 * PAGE_SIZE, KMT_TAG);
    Mdl = Buffer != NULL ? IoAllocateMdl(Buffer + 100, 2 * PAGE_SIZE, FALSE, FALSE, NULL) : NULL;
    ok(Mdl != NULL, "an MDL of a nonpaged buffer");
    if (Mdl == NULL) {
        return;
    }
    ok_eq_ulong(MmGetMdlByteOffset(Mdl), 100);
    ok_eq_ulong(MmGetMdlByteCount(Mdl), 2 * PAGE_SIZE);
    ok_eq_pointer(MmGetMdlVirtualAddress(Mdl), Buffer + 100);
    ok_eq_ulong(Mdl->Size, sizeof(MDL) + 3 * sizeof(PFN_NUMBER));
    ok_eq_ulong(MmSizeOfMdl(Buffer + 100, 2 * PAGE_SIZE), sizeof(MDL) + 3 * sizeof(PFN_NUMBER));
    MmBuildMdlForNonPagedPool(Mdl);
    Pages = MmGetMdlPfnArray(Mdl);
    for (Index = 0; Index < 3; Index += 1) {
        Same = (BOOLEAN)(Same && Pages[Index] == MmGetPhysicalAddress(Buffer + Index * PAGE_SIZE).LowPart >> PAGE_SHIFT);
    }
    ok(Same, "the MDL records the buffer's three pages");
    ok((Mdl->MdlFlags & MDL_SOURCE_IS_NONPAGED_POOL) != 0, "flags 0x%x", Mdl->MdlFlags);
    ok_eq_pointer(MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority), Buffer + 100);
    IoFreeMdl(Mdl);
    ExFreePoolWithTag(Buffer, KMT_TAG);

    //
    // An MDL of untouched paged pool: locking makes its pages resident; a second mapping reaches the same memory.
    //

    Paged = ExAllocatePoolWithTag(PagedPool, 2 * PAGE_SIZE, KMT_TAG);
    Mdl = Paged != NULL ? IoAllocateMdl(Paged, 2 * PAGE_SIZE, FALSE, FALSE, NULL) : NULL;
    ok(Mdl != NULL && !MmIsAddressValid(Paged), "an MDL of two untouched pages of paged pool");
    if (Mdl == NULL) {
        return;
    }
    Code = STATUS_SUCCESS;
    __try {
        MmProbeAndLockPages(Mdl, KernelMode, IoWriteAccess);
    } __except (KmtAccessViolation(GetExceptionInformation(), &Code)) {
        NOTHING;
    }
    ok_eq_hex(Code, STATUS_SUCCESS);
    ok(MmIsAddressValid(Paged) && MmIsAddressValid(Paged + PAGE_SIZE), "locked pages are resident");
    ok(KmtPfnOf(Paged)->LockCount == 1 && KmtPfnOf(Paged + PAGE_SIZE)->LockCount == 1, "each page is locked once");
    ok_eq_hex(Mdl->MdlFlags & (MDL_PAGES_LOCKED | MDL_WRITE_OPERATION), MDL_PAGES_LOCKED | MDL_WRITE_OPERATION);
    Mapped = MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority);
    ok(KmtIsSystemPte(Mapped), "the pages mapped again in system PTEs: 0x%08lx", (ULONG_PTR)Mapped);
    if (Mapped != NULL) {
        Mapped[PAGE_SIZE + 7] = 0x42;
        Paged[3] = 0x24;
        ok_eq_ulong(Paged[PAGE_SIZE + 7], 0x42);
        ok_eq_ulong(Mapped[3], 0x24);
        ok((Mdl->MdlFlags & MDL_MAPPED_TO_SYSTEM_VA) != 0, "flags 0x%x", Mdl->MdlFlags);
    }
    MmUnlockPages(Mdl);
    ok(Mapped != NULL && !MmIsAddressValid(Mapped), "unlocking takes the second mapping down");
    MmProbeAndLockPages(Mdl, KernelMode, IoReadAccess);
    Mapped = MmGetSystemAddressForMdl(Mdl);
    ok(KmtIsSystemPte(Mapped) && Mapped[PAGE_SIZE + 7] == 0x42, "MmGetSystemAddressForMdl maps the same pages");
    MmUnlockPages(Mdl);
    ok_eq_hex(Mdl->MdlFlags & (MDL_PAGES_LOCKED | MDL_MAPPED_TO_SYSTEM_VA), 0);
    ok(KmtPfnOf(Paged)->LockCount == 0 && KmtPfnOf(Paged + PAGE_SIZE)->LockCount == 0, "unlocked");
    ok_eq_ulong(Paged[PAGE_SIZE + 7], 0x42);
    IoFreeMdl(Mdl);
    ExFreePoolWithTag(Paged, KMT_TAG);

    //
    // Probing what cannot be locked raises STATUS_ACCESS_VIOLATION.
    //

    Mdl = IoAllocateMdl((PVOID)0x10000, PAGE_SIZE, FALSE, FALSE, NULL);
    Code = STATUS_SUCCESS;
    __try {
        MmProbeAndLockPages(Mdl, KernelMode, IoReadAccess);
    } __except (KmtAccessViolation(GetExceptionInformation(), &Code)) {
        NOTHING;
    }
    ok_eq_hex(Code, STATUS_ACCESS_VIOLATION);
    ok_eq_hex(Mdl->MdlFlags & MDL_PAGES_LOCKED, 0);
    IoFreeMdl(Mdl);
    Mdl = IoAllocateMdl(&Same, sizeof(Same), FALSE, FALSE, NULL);
    Code = STATUS_SUCCESS;
    __try {
        MmProbeAndLockPages(Mdl, UserMode, IoReadAccess);
    } __except (KmtAccessViolation(GetExceptionInformation(), &Code)) {
        NOTHING;
    }
    ok_eq_hex(Code, STATUS_ACCESS_VIOLATION);
    IoFreeMdl(Mdl);
    ok(IoAllocateMdl(&Same, 0, FALSE, FALSE, NULL) == NULL, "an MDL of nothing is NULL");
}

VOID
KmtTouchUnmappedSystemAddress(
    VOID
    )

/*++

Routine Description:

    /BADADDRESS: maps device memory, unmaps it and reads it again: PAGE_FAULT_IN_NONPAGED_AREA.

--*/

{
    PHYSICAL_ADDRESS Physical;
    PULONG Register;

    Physical.QuadPart = KMT_ECAM_BASE;
    Register = MmMapIoSpace(Physical, PAGE_SIZE, MmNonCached);
    MmUnmapIoSpace(Register, PAGE_SIZE);
    DbgPrint("KMTEST: reading 0x%08lx after unmapping it\n", (ULONG_PTR)Register);
    READ_REGISTER_ULONG(Register);
}

VOID
KmtFaultAtDispatchLevel(
    VOID
    )

/*++

Routine Description:

    /PAGEDDISPATCH: touches an untouched page of paged pool at DISPATCH_LEVEL: IRQL_NOT_LESS_OR_EQUAL.

--*/

{
    volatile UCHAR *Paged = ExAllocatePoolWithTag(PagedPool, PAGE_SIZE, KMT_TAG);
    KIRQL OldIrql;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    Paged[0] = 1;
    KeLowerIrql(OldIrql);
}

VOID
KmtFreeLockedPages(
    VOID
    )

/*++

Routine Description:

    /FREELOCKED: frees paged pool while an MDL holds its page locked: PFN_LIST_CORRUPT.

--*/

{
    PUCHAR Paged = ExAllocatePoolWithTag(PagedPool, PAGE_SIZE, KMT_TAG);
    PMDL Mdl = IoAllocateMdl(Paged, PAGE_SIZE, FALSE, FALSE, NULL);

    MmProbeAndLockPages(Mdl, KernelMode, IoWriteAccess);
    ExFreePoolWithTag(Paged, KMT_TAG);
}
