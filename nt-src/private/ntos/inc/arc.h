/*++

Module Name:

    arc.h

Abstract:

    What the loader hands the kernel: the loader parameter block, with the physical memory map as memory
    allocation descriptors and the boot options. docs/BOOT.md states what the kernel finds at entry.

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

typedef struct _LOADER_PARAMETER_BLOCK {
    ULONG Size;                           // sizeof(LOADER_PARAMETER_BLOCK): the loader and kernel agree
    LIST_ENTRY LoadOrderListHead;         // loaded modules (empty until the OS loader provides them)
    LIST_ENTRY MemoryDescriptorListHead;  // MEMORY_ALLOCATION_DESCRIPTORs, ascending, covering all RAM
    ULONG KernelStack;                    // top of the initial kernel stack
    ULONG KernelStackSize;
    PCHAR LoadOptions;                    // the boot options, e.g. "/SELFTEST"
} LOADER_PARAMETER_BLOCK, *PLOADER_PARAMETER_BLOCK;

#endif // _ARC_
