/*++

Module Name:

    blefi.h

Abstract:

    The OS loader's EFI side: the firmware's tables it keeps, the console, files on the EFI system partition
    and on the boot volume, the memory it reserves, and the steps after ExitBootServices (paging, the loader
    parameter block, the transfer to the kernel). docs/BOOT.md states what the kernel finds.

--*/

#ifndef _BLEFI_
#define _BLEFI_

#include <arc.h>
#include <efi.h>
#include <intrin.h>
#include <machine.h>
#include "bl.h"
#include "blconfig.h"
#include "blhive.h"

//
// The layout docs/BOOT.md fixes: physical addresses, mapped at BL_KSEG0_BASE + address by the kernel's 4 MiB
// page.
//

#define BL_PAGE_SIZE 0x1000
#define BL_KSEG0_BASE 0x80000000
#define BL_PAGE_DIRECTORY 0x0008F000
#define BL_LOADER_BLOCK 0x00090000
#define BL_IMAGE_BASE 0x00100000
#define BL_KERNEL_STACK_TOP 0x00400000
#define BL_KERNEL_STACK_SIZE 0x10000
#define BL_LOADER_MAPPED 0x00400000
#define BL_HIVE_GROWTH 0x40000
#define BL_MAX_BOOT_DRIVERS 32
#define BL_PATH_INFO_CHARS 260
#define BL_MAP_SLACK 8                       // descriptors the map may grow by between sizing and reading it

#define BL_PAGES(Bytes) (((Bytes) + BL_PAGE_SIZE - 1) / BL_PAGE_SIZE)
#define BL_ROUND_TO_PAGE(Bytes) (BL_PAGES(Bytes) * BL_PAGE_SIZE)

extern EFI_HANDLE BlImageHandle;
extern EFI_SYSTEM_TABLE *BlSystemTable;
extern EFI_BOOT_SERVICES *BlBootServices;

//
// A file read whole into pages the loader allocated.
//

typedef struct _BL_FILE {
    PUCHAR Buffer;
    ULONG Size;
} BL_FILE, *PBL_FILE;

//
// blconsole.c: text on the firmware's console (until ExitBootServices). Formats: %s (CHAR), %ws (WCHAR), %u,
// %x, %08x (ULONG), %r (an EFI_STATUS by its name), %%.
//

VOID
BlPrint(
    IN PCSTR Format,
    ...
    );

DECLSPEC_NORETURN
VOID
BlFail(
    IN EFI_STATUS Status
    );

//
// blfile.c
//

EFI_STATUS
BlOpenVolume(
    IN EFI_HANDLE Device,
    OUT EFI_FILE_PROTOCOL **Root
    );

EFI_STATUS
BlReadFile(
    IN EFI_FILE_PROTOCOL *Root,
    IN PCSTR VolumeName,
    IN PCWSTR Path,
    OUT PBL_FILE File
    );

EFI_STATUS
BlFindPartition(
    IN EFI_HANDLE Sibling,
    IN ULONG PartitionNumber,
    OUT EFI_HANDLE *Partition
    );

EFI_STATUS
BlReadPartition(
    IN EFI_HANDLE Partition,
    IN EFI_PHYSICAL_ADDRESS Below,
    OUT PULONG Base,
    OUT PULONG Length
    );

//
// blmemory.c
//

EFI_STATUS
BlReserve(
    IN ULONG Base,
    IN ULONG Length,
    IN PCSTR What
    );

EFI_STATUS
BlExitBootServices(
    OUT EFI_MEMORY_DESCRIPTOR **Map,
    OUT PULONG MapSize,
    OUT PULONG DescriptorSize
    );

//
// blkernel.c: after ExitBootServices.
//

typedef struct _BL_KERNEL_FILES {
    BL_FILE Kernel;
    BL_FILE Hal;
    BL_FILE Hive;
    ULONG BootDriverCount;
    BL_FILE BootDrivers[BL_MAX_BOOT_DRIVERS];
    WCHAR BootDriverNames[BL_MAX_BOOT_DRIVERS][BL_MAX_SERVICE_NAME];
    ULONG RamDiskBase;
    ULONG RamDiskLength;
    PCSTR LoadOptions;
} BL_KERNEL_FILES, *PBL_KERNEL_FILES;

DECLSPEC_NORETURN
VOID
BlStartKernel(
    IN PBL_KERNEL_FILES Files,
    IN EFI_MEMORY_DESCRIPTOR *Map,
    IN ULONG MapSize,
    IN ULONG DescriptorSize
    );

#endif // _BLEFI_
