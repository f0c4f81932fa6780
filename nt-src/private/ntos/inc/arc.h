/*++

Module Name:

    arc.h

Abstract:

    What the loader hands the kernel: the loader parameter block, with the physical memory map as memory
    allocation descriptors, the boot options and the SYSTEM hive. docs/BOOT.md states what the kernel finds at entry.

--*/

#ifndef _ARC_
#define _ARC_

#include <ntddk.h>

//
// Kinds of physical memory in the loader's memory map.
//

typedef enum _TYPE_OF_MEMORY {
    LoaderExceptionBlock,
    LoaderSystemBlock,
    LoaderFree,
    LoaderBad,
    LoaderLoadedProgram,
    LoaderFirmwareTemporary,
    LoaderFirmwarePermanent,
    LoaderOsloaderHeap,
    LoaderOsloaderStack,
    LoaderSystemCode,
    LoaderHalCode,
    LoaderBootDriver,
    LoaderConsoleInDriver,
    LoaderConsoleOutDriver,
    LoaderStartupDpcStack,
    LoaderStartupKernelStack,
    LoaderStartupPanicStack,
    LoaderStartupPcrPage,
    LoaderStartupPdrPage,
    LoaderRegistryData,
    LoaderMemoryData,
    LoaderNlsData,
    LoaderSpecialMemory,
    LoaderMaximum
} TYPE_OF_MEMORY;

typedef struct _MEMORY_ALLOCATION_DESCRIPTOR {
    LIST_ENTRY ListEntry;
    TYPE_OF_MEMORY MemoryType;
    ULONG BasePage;
    ULONG PageCount;
} MEMORY_ALLOCATION_DESCRIPTOR, *PMEMORY_ALLOCATION_DESCRIPTOR;

//
// A loaded module: one per image the loader placed, in load order (the kernel first).
//

typedef struct _KLDR_DATA_TABLE_ENTRY {
    LIST_ENTRY InLoadOrderLinks;
    PVOID DllBase;                        // the image's data (its code is function slots, not memory)
    PVOID EntryPoint;                     // the entry point's code address, or NULL
    ULONG SizeOfImage;                    // of its data
    UNICODE_STRING FullDllName;           // \SystemRoot\system32\ntoskrnl.exe
    UNICODE_STRING BaseDllName;           // ntoskrnl.exe
    ULONG Flags;
} KLDR_DATA_TABLE_ENTRY, *PKLDR_DATA_TABLE_ENTRY;

#define LDRP_BOOT_IMAGE 0x00000001        // the kernel's copy of an image the loader placed: never unloaded

//
// A boot-start driver: the loader reads its image file into memory (LoaderBootDriver pages) and the kernel
// maps it (MmLoadSystemImage) and calls its DriverEntry during I/O initialisation.
//

typedef struct _BOOT_DRIVER_LIST_ENTRY {
    LIST_ENTRY Link;
    UNICODE_STRING FilePath;              // \SystemRoot\system32\drivers\null.sys
    UNICODE_STRING RegistryPath;          // \Registry\Machine\System\CurrentControlSet\Services\null
    PVOID FileBuffer;                     // the image file's bytes as read from the boot volume
    ULONG FileSize;
} BOOT_DRIVER_LIST_ENTRY, *PBOOT_DRIVER_LIST_ENTRY;

typedef struct _LOADER_PARAMETER_BLOCK {
    ULONG Size;                           // sizeof(LOADER_PARAMETER_BLOCK): the loader and kernel agree
    LIST_ENTRY LoadOrderListHead;         // KLDR_DATA_TABLE_ENTRYs of the images the loader placed
    LIST_ENTRY MemoryDescriptorListHead;  // MEMORY_ALLOCATION_DESCRIPTORs, ascending, covering all RAM
    ULONG KernelStack;                    // top of the initial kernel stack
    ULONG KernelStackSize;
    PCHAR LoadOptions;                    // the boot options, e.g. "/SELFTEST"
    ULONG RegistryLength;                 // the SYSTEM hive's bytes (a regf image) at RegistryBase
    PVOID RegistryBase;                   // the SYSTEM hive, in a LoaderRegistryData range that ZwFlushKey rewrites
    LIST_ENTRY BootDriverListHead;        // BOOT_DRIVER_LIST_ENTRYs of the boot-start drivers, in load order
    ULONG RamDiskBase;                    // the boot volume's image: its physical address (page aligned, in
    ULONG RamDiskLength;                  // LoaderSpecialMemory pages) and size in bytes (0: none)
} LOADER_PARAMETER_BLOCK, *PLOADER_PARAMETER_BLOCK;

#endif // _ARC_
