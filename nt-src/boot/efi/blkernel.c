/*++

Module Name:

    blkernel.c

Abstract:

    The loader's last steps, after ExitBootServices: the kernel's initial mapping (docs/BOOT.md: physical
    [0, 4 MiB) at 0x80000000 as one large page, the page directory mapping itself at 0xC0000000) with the rest
    of RAM below 2 GiB identity-mapped while the loader still works, the kernel and the HAL mapped from 1 MiB by
    the machine's image service, the SYSTEM hive and the boot drivers' files copied after them, the loader
    parameter block built at 0x80090000 from the firmware's final memory map, and the call of the kernel's entry
    on the initial kernel stack, in a context of its own that first removes the identity mapping.

--*/

#include "blefi.h"

#define BL_PDE_PRESENT 0x001
#define BL_PDE_WRITABLE 0x002
#define BL_PDE_LARGE 0x080
#define BL_CR0_PE 0x00000001
#define BL_CR0_WP 0x00010000
#define BL_CR0_PG 0x80000000
#define BL_CR4_PSE 0x00000010
#define BL_SELF_MAP_INDEX (0xC0000000 >> 22)
#define BL_KSEG0_INDEX (BL_KSEG0_BASE >> 22)
#define BL_DEBUG_EXIT_PORT 0xF4

#define BL_KSEG0(Physical) ((ULONG)(Physical) + BL_KSEG0_BASE)

//
// The memory descriptors the kernel gets, built before they are laid down in the loader block.
//

#define BL_MAX_DESCRIPTORS 256

typedef struct _BL_RANGE {
    TYPE_OF_MEMORY Type;
    ULONG BasePage;
    ULONG PageCount;
} BL_RANGE, *PBL_RANGE;

static BL_RANGE BlpRanges[BL_MAX_DESCRIPTORS];
static ULONG BlpRangeCount;

//
// What the kernel's context needs once the identity mapping is gone: it lives in KSEG0.
//

typedef struct _BL_TRANSFER {
    ULONG Entry;
    PLOADER_PARAMETER_BLOCK LoaderBlock;
} BL_TRANSFER, *PBL_TRANSFER;

typedef VOID (NTAPI *PBL_KERNEL_ENTRY)(IN PLOADER_PARAMETER_BLOCK LoaderBlock);

#define BL_COM1 0x3F8
#define BL_UART_LSR 5
#define BL_UART_LSR_THRE 0x20

static
VOID
BlpSerialWrite(
    IN PCSTR Text
    )
{
    for (; *Text != '\0'; Text += 1) {
        while ((__inbyte(BL_COM1 + BL_UART_LSR) & BL_UART_LSR_THRE) == 0) {
        }
        __outbyte(BL_COM1, (UCHAR)*Text);
    }
}

DECLSPEC_NORETURN
static
VOID
BlpStop(
    IN PCSTR Reason
    )

/*++

Routine Description:

    Ends the run when the boot cannot go on after ExitBootServices: the firmware's console is gone, so the
    reason goes straight to COM1 (the console's port), and the machine's debug-exit port ends the run with
    status 1.

--*/

{
    BlpSerialWrite("osloader: ");
    BlpSerialWrite(Reason);
    BlpSerialWrite("\r\n");
    __outbyte(BL_DEBUG_EXIT_PORT, 0);
    for (;;) {
        __halt();
    }
}

static
VOID
BlpAddRange(
    IN TYPE_OF_MEMORY Type,
    IN ULONG BasePage,
    IN ULONG PageCount
    )

/*++

Routine Description:

    Adds a range to the descriptors, keeping them in ascending order and merging it with a neighbour of its
    type that it touches.

--*/

{
    ULONG Position;

    if (PageCount == 0) {
        return;
    }
    for (Position = BlpRangeCount; Position != 0 && BlpRanges[Position - 1].BasePage > BasePage; Position -= 1) {
    }
    if (Position != 0 && BlpRanges[Position - 1].Type == Type &&
        BlpRanges[Position - 1].BasePage + BlpRanges[Position - 1].PageCount == BasePage) {
        BlpRanges[Position - 1].PageCount += PageCount;
        return;
    }
    if (BlpRangeCount == BL_MAX_DESCRIPTORS) {
        BlpStop("too many memory descriptors");
    }
    BlCopyMemory(&BlpRanges[Position + 1], &BlpRanges[Position], (BlpRangeCount - Position) * sizeof(BL_RANGE));
    BlpRanges[Position].Type = Type;
    BlpRanges[Position].BasePage = BasePage;
    BlpRanges[Position].PageCount = PageCount;
    BlpRangeCount += 1;
}

static
TYPE_OF_MEMORY
BlpLoaderType(
    IN EFI_MEMORY_TYPE Type,
    OUT PBOOLEAN IsRam
    )

/*++

Routine Description:

    What a range of the firmware's final map is to the kernel: boot services' and the loader's memory are free
    once the kernel runs; runtime services, ACPI tables and reserved RAM are the firmware's for good; MMIO and
    unusable ranges are not RAM and are left out.

--*/

{
    *IsRam = TRUE;
    switch (Type) {
    case EfiConventionalMemory:
    case EfiBootServicesCode:
    case EfiBootServicesData:
    case EfiLoaderCode:
    case EfiLoaderData:
        return LoaderFree;
    case EfiRuntimeServicesCode:
    case EfiRuntimeServicesData:
    case EfiACPIReclaimMemory:
    case EfiACPIMemoryNVS:
    case EfiReservedMemoryType:
    case EfiPalCode:
        return LoaderFirmwarePermanent;
    default:
        *IsRam = FALSE;
        return LoaderBad;
    }
}

static
VOID
BlpBuildRanges(
    IN EFI_MEMORY_DESCRIPTOR *Map,
    IN ULONG MapSize,
    IN ULONG DescriptorSize,
    IN ULONG ImagesEnd,
    IN ULONG HiveStart,
    IN ULONG HiveRange,
    IN ULONG DriversEnd,
    IN ULONG RamDiskBase,
    IN ULONG RamDiskLength
    )

/*++

Routine Description:

    The memory map docs/BOOT.md gives: the loader's fixed layout below 4 MiB, then the firmware's map above it
    (below 4 GiB), with the RAM disk's image as LoaderSpecialMemory.

--*/

{
    EFI_MEMORY_DESCRIPTOR *Descriptor;
    ULONG Offset;
    UINT64 Start;
    UINT64 End;
    ULONG Page;
    ULONG EndPage;
    ULONG DiskPage = RamDiskBase / BL_PAGE_SIZE;
    ULONG DiskEndPage = DiskPage + BL_PAGES(RamDiskLength);
    TYPE_OF_MEMORY Type;
    BOOLEAN IsRam;
    ULONG StackBottom = BL_KERNEL_STACK_TOP - BL_KERNEL_STACK_SIZE;

    BlpRangeCount = 0;
    BlpAddRange(LoaderMemoryData, 0, BL_IMAGE_BASE / BL_PAGE_SIZE);
    BlpAddRange(LoaderSystemCode, BL_IMAGE_BASE / BL_PAGE_SIZE, BL_PAGES(ImagesEnd) - BL_IMAGE_BASE / BL_PAGE_SIZE);
    BlpAddRange(LoaderRegistryData, HiveStart / BL_PAGE_SIZE, HiveRange / BL_PAGE_SIZE);
    BlpAddRange(LoaderBootDriver, (HiveStart + HiveRange) / BL_PAGE_SIZE, BL_PAGES(DriversEnd) - (HiveStart + HiveRange) / BL_PAGE_SIZE);
    BlpAddRange(LoaderFree, BL_PAGES(DriversEnd), StackBottom / BL_PAGE_SIZE - BL_PAGES(DriversEnd));
    BlpAddRange(LoaderStartupKernelStack, StackBottom / BL_PAGE_SIZE, BL_KERNEL_STACK_SIZE / BL_PAGE_SIZE);

    for (Offset = 0; Offset + DescriptorSize <= MapSize; Offset += DescriptorSize) {
        Descriptor = (EFI_MEMORY_DESCRIPTOR *)((PUCHAR)Map + Offset);
        Type = BlpLoaderType((EFI_MEMORY_TYPE)Descriptor->Type, &IsRam);
        Start = Descriptor->PhysicalStart;
        End = Start + Descriptor->NumberOfPages * BL_PAGE_SIZE;
        if (!IsRam || End <= BL_LOADER_MAPPED || Start >= 0x100000000ull) {
            continue;
        }
        if (Start < BL_LOADER_MAPPED) {
            Start = BL_LOADER_MAPPED;
        }
        if (End > 0x100000000ull) {
            End = 0x100000000ull;
        }
        Page = (ULONG)(Start / BL_PAGE_SIZE);
        EndPage = (ULONG)(End / BL_PAGE_SIZE);
        if (RamDiskLength != 0 && Page < DiskEndPage && DiskPage < EndPage) {
            BlpAddRange(Type, Page, Page < DiskPage ? DiskPage - Page : 0);
            BlpAddRange(LoaderSpecialMemory, Page > DiskPage ? Page : DiskPage, (EndPage < DiskEndPage ? EndPage : DiskEndPage) - (Page > DiskPage ? Page : DiskPage));
            if (EndPage > DiskEndPage) {
                BlpAddRange(Type, DiskEndPage, EndPage - DiskEndPage);
            }
            continue;
        }
        BlpAddRange(Type, Page, EndPage - Page);
    }
}

static
VOID
BlpEnablePaging(
    IN ULONG IdentityEnd
    )

/*++

Routine Description:

    The kernel's initial mapping, plus physical memory below IdentityEnd (at most 2 GiB) mapped at its own
    address in 4 MiB pages so the loader's data stays reachable until the kernel's context starts.

--*/

{
    PULONG Directory = (PULONG)BL_PAGE_DIRECTORY;
    ULONG Index;

    BlZeroMemory(Directory, BL_PAGE_SIZE);
    for (Index = 0; Index < BL_KSEG0_INDEX && Index * BL_LOADER_MAPPED < IdentityEnd; Index += 1) {
        Directory[Index] = (Index * BL_LOADER_MAPPED) | BL_PDE_LARGE | BL_PDE_WRITABLE | BL_PDE_PRESENT;
    }
    Directory[BL_KSEG0_INDEX] = 0 | BL_PDE_LARGE | BL_PDE_WRITABLE | BL_PDE_PRESENT;
    Directory[BL_SELF_MAP_INDEX] = BL_PAGE_DIRECTORY | BL_PDE_WRITABLE | BL_PDE_PRESENT;
    __writecr4(__readcr4() | BL_CR4_PSE);
    __writecr3(BL_PAGE_DIRECTORY);
    __writecr0(__readcr0() | BL_CR0_PE | BL_CR0_WP | BL_CR0_PG);
}

static
ULONG
BlpMapKernelImages(
    IN PBL_KERNEL_FILES Files,
    OUT MACHINE_IMAGE *Images
    )

/*++

Routine Description:

    Maps the kernel and the HAL (which import from each other) one after the other from 1 MiB in KSEG0. The
    image service says how much room each needs when asked with none; then both are mapped in one call.

Return Value:

    The physical end of the images.

--*/

{
    LONG Status;
    ULONG Index;

    Images[0].FileName = "ntoskrnl.exe";
    Images[0].File = Files->Kernel.Buffer;
    Images[0].FileSize = Files->Kernel.Size;
    Images[1].FileName = "hal.dll";
    Images[1].File = Files->Hal.Buffer;
    Images[1].FileSize = Files->Hal.Size;
    for (Index = 0; Index < 2; Index += 1) {
        Images[Index].Base = 0;
        Images[Index].RegionSize = 0;
        Status = __machine_map_images(&Images[Index], 1);
        if (Status != STATUS_BUFFER_TOO_SMALL && Status != STATUS_SUCCESS) {
            BlpStop("an image file the machine does not map");
        }
    }
    Images[0].Base = BL_KSEG0(BL_IMAGE_BASE);
    Images[1].Base = BL_ROUND_TO_PAGE(Images[0].Base + Images[0].RegionSize);
    if (Images[1].Base + Images[1].RegionSize > BL_KSEG0(BL_KERNEL_STACK_TOP - BL_KERNEL_STACK_SIZE)) {
        BlpStop("the kernel's images do not fit below the kernel stack");
    }
    if (__machine_map_images(Images, 2) != STATUS_SUCCESS) {
        BlpStop("the kernel's images did not map");
    }
    return Images[1].Base + Images[1].RegionSize - BL_KSEG0_BASE;
}

static
PUCHAR
BlpPutUnicodeString(
    OUT PUNICODE_STRING String,
    IN PUCHAR At,
    IN PCWSTR First,
    IN PCWSTR Second,
    IN PCWSTR Third
    )

/*++

Routine Description:

    Lays down the concatenation of up to three strings (NULL: none) at At, NUL-terminated, and describes it in
    String; returns where the next data may go (4-byte aligned).

--*/

{
    PWCHAR Buffer = (PWCHAR)At;
    ULONG Length = 0;
    PCWSTR Parts[3];
    ULONG Part;
    PCWSTR Char;

    Parts[0] = First;
    Parts[1] = Second;
    Parts[2] = Third;
    for (Part = 0; Part < 3; Part += 1) {
        for (Char = Parts[Part]; Char != NULL && *Char != 0; Char += 1) {
            Buffer[Length++] = *Char;
        }
    }
    Buffer[Length] = 0;
    String->Length = (USHORT)(Length * sizeof(WCHAR));
    String->MaximumLength = (USHORT)((Length + 1) * sizeof(WCHAR));
    String->Buffer = Buffer;
    return (PUCHAR)(((ULONG_PTR)(Buffer + Length + 1) + 3) & ~3);
}

static
VOID
BlpLink(
    IN PLIST_ENTRY Head,
    IN PLIST_ENTRY Entry
    )
{
    Entry->Flink = Head;
    Entry->Blink = Head->Blink;
    Head->Blink->Flink = Entry;
    Head->Blink = Entry;
}

static
PUCHAR
BlpBuildLoaderBlock(
    IN PLOADER_PARAMETER_BLOCK Block,
    IN PBL_KERNEL_FILES Files,
    IN MACHINE_IMAGE *Images,
    IN ULONG HiveStart,
    IN PULONG DriverFiles
    )

/*++

Routine Description:

    The loader parameter block (arc.h) at 0x80090000 in KSEG0, its descriptors, boot options, module list and
    boot driver list after it; every pointer a KSEG0 address, the RAM disk's base physical.

Return Value:

    Where the loader block's data ends.

--*/

{
    PMEMORY_ALLOCATION_DESCRIPTOR Descriptor;
    PKLDR_DATA_TABLE_ENTRY Module;
    PBOOT_DRIVER_LIST_ENTRY Driver;
    PUCHAR At;
    ULONG Index;
    ULONG Length;

    BlZeroMemory(Block, sizeof(LOADER_PARAMETER_BLOCK));
    Block->Size = sizeof(LOADER_PARAMETER_BLOCK);
    InitializeListHead(&Block->LoadOrderListHead);
    InitializeListHead(&Block->MemoryDescriptorListHead);
    InitializeListHead(&Block->BootDriverListHead);
    Block->KernelStack = BL_KSEG0(BL_KERNEL_STACK_TOP);
    Block->KernelStackSize = BL_KERNEL_STACK_SIZE;
    Block->RegistryLength = Files->Hive.Size;
    Block->RegistryBase = (PVOID)BL_KSEG0(HiveStart);
    Block->RamDiskBase = Files->RamDiskBase;
    Block->RamDiskLength = Files->RamDiskLength;

    At = (PUCHAR)(Block + 1);
    for (Index = 0; Index < BlpRangeCount; Index += 1) {
        Descriptor = (PMEMORY_ALLOCATION_DESCRIPTOR)At;
        Descriptor->MemoryType = BlpRanges[Index].Type;
        Descriptor->BasePage = BlpRanges[Index].BasePage;
        Descriptor->PageCount = BlpRanges[Index].PageCount;
        BlpLink(&Block->MemoryDescriptorListHead, &Descriptor->ListEntry);
        At += sizeof(MEMORY_ALLOCATION_DESCRIPTOR);
    }

    Block->LoadOptions = (PCHAR)At;
    for (Length = 0; Files->LoadOptions[Length] != '\0'; Length += 1) {
    }
    BlCopyMemory(At, Files->LoadOptions, Length + 1);
    At = (PUCHAR)(((ULONG_PTR)At + Length + 1 + 3) & ~3);

    for (Index = 0; Index < 2; Index += 1) {
        Module = (PKLDR_DATA_TABLE_ENTRY)At;
        BlZeroMemory(Module, sizeof(KLDR_DATA_TABLE_ENTRY));
        Module->DllBase = (PVOID)Images[Index].Base;
        Module->SizeOfImage = Images[Index].RegionSize;
        Module->EntryPoint = Index == 0 ? (PVOID)Images[0].EntryPoint : NULL;
        At += sizeof(KLDR_DATA_TABLE_ENTRY);
        At = BlpPutUnicodeString(&Module->FullDllName, At, L"\\SystemRoot\\system32\\", Index == 0 ? L"ntoskrnl.exe" : L"hal.dll", NULL);
        At = BlpPutUnicodeString(&Module->BaseDllName, At, Index == 0 ? L"ntoskrnl.exe" : L"hal.dll", NULL, NULL);
        BlpLink(&Block->LoadOrderListHead, &Module->InLoadOrderLinks);
    }

    for (Index = 0; Index < Files->BootDriverCount; Index += 1) {
        Driver = (PBOOT_DRIVER_LIST_ENTRY)At;
        BlZeroMemory(Driver, sizeof(BOOT_DRIVER_LIST_ENTRY));
        Driver->FileBuffer = (PVOID)BL_KSEG0(DriverFiles[Index]);
        Driver->FileSize = Files->BootDrivers[Index].Size;
        At += sizeof(BOOT_DRIVER_LIST_ENTRY);
        At = BlpPutUnicodeString(&Driver->FilePath, At, L"\\SystemRoot\\system32\\drivers\\", Files->BootDriverNames[Index], L".sys");
        At = BlpPutUnicodeString(&Driver->RegistryPath, At, L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\",
            Files->BootDriverNames[Index], NULL);
        BlpLink(&Block->BootDriverListHead, &Driver->Link);
    }
    return At;
}

static
VOID
BlpKernelThread(
    IN PVOID Argument
    )

/*++

Routine Description:

    The kernel's initial context, on the initial kernel stack: removes the loader's identity mapping (the
    kernel finds nothing mapped below 0x80000000) and enters the kernel, which must never return.

--*/

{
    PBL_TRANSFER Transfer = (PBL_TRANSFER)Argument;
    PULONG Directory = (PULONG)BL_KSEG0(BL_PAGE_DIRECTORY);
    PBL_KERNEL_ENTRY Entry = (PBL_KERNEL_ENTRY)Transfer->Entry;
    PLOADER_PARAMETER_BLOCK LoaderBlock = Transfer->LoaderBlock;
    ULONG Index;

    for (Index = 0; Index < BL_KSEG0_INDEX; Index += 1) {
        Directory[Index] = 0;
    }
    __writecr3(BL_PAGE_DIRECTORY);
    Entry(LoaderBlock);
    BlpStop("the kernel's entry point returned");
}

VOID
BlStartKernel(
    IN PBL_KERNEL_FILES Files,
    IN EFI_MEMORY_DESCRIPTOR *Map,
    IN ULONG MapSize,
    IN ULONG DescriptorSize
    )
{
    MACHINE_IMAGE Images[2];
    ULONG DriverFiles[BL_MAX_BOOT_DRIVERS];
    ULONG ImagesEnd;
    ULONG HiveStart;
    ULONG HiveRange;
    ULONG Next;
    ULONG Index;
    ULONG IdentityEnd;
    PUCHAR End;
    PBL_TRANSFER Transfer;
    ULONG Context;

    _disable();
    IdentityEnd = BL_KSEG0_BASE;
    BlpEnablePaging(IdentityEnd);
    ImagesEnd = BlpMapKernelImages(Files, Images);

    HiveStart = BL_ROUND_TO_PAGE(ImagesEnd);
    HiveRange = BL_ROUND_TO_PAGE(Files->Hive.Size) + BL_HIVE_GROWTH;
    Next = HiveStart + HiveRange;
    for (Index = 0; Index < Files->BootDriverCount; Index += 1) {
        Next = BL_ROUND_TO_PAGE(Next);
        DriverFiles[Index] = Next;
        Next += Files->BootDrivers[Index].Size;
    }
    if (Next > BL_KERNEL_STACK_TOP - BL_KERNEL_STACK_SIZE) {
        BlpStop("the images, the hive and the boot drivers do not fit below the kernel stack");
    }
    BlCopyMemory((PVOID)BL_KSEG0(HiveStart), Files->Hive.Buffer, Files->Hive.Size);
    for (Index = 0; Index < Files->BootDriverCount; Index += 1) {
        BlCopyMemory((PVOID)BL_KSEG0(DriverFiles[Index]), Files->BootDrivers[Index].Buffer, Files->BootDrivers[Index].Size);
    }

    BlpBuildRanges(Map, MapSize, DescriptorSize, ImagesEnd, HiveStart, HiveRange, Next, Files->RamDiskBase, Files->RamDiskLength);
    End = BlpBuildLoaderBlock((PLOADER_PARAMETER_BLOCK)BL_KSEG0(BL_LOADER_BLOCK), Files, Images, HiveStart, DriverFiles);
    Transfer = (PBL_TRANSFER)(((ULONG_PTR)End + 3) & ~3);
    if ((ULONG)(Transfer + 1) > BL_KSEG0(BL_IMAGE_BASE)) {
        BlpStop("the loader block does not fit below 1 MiB");
    }
    Transfer->Entry = Images[0].EntryPoint;
    Transfer->LoaderBlock = (PLOADER_PARAMETER_BLOCK)BL_KSEG0(BL_LOADER_BLOCK);

    Context = __machine_create_context(BlpKernelThread, Transfer,
        (PVOID)BL_KSEG0(BL_KERNEL_STACK_TOP - BL_KERNEL_STACK_SIZE), BL_KERNEL_STACK_SIZE);
    __machine_switch_context(Context);
    BlpStop("the kernel's context came back to the loader");
}
