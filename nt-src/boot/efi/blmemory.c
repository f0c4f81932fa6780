/*++

Module Name:

    blmemory.c

Abstract:

    The memory the loader takes from the firmware: the fixed ranges docs/BOOT.md names (the page directory,
    the loader block, the images and the kernel stack, all below 4 MiB) allocated at their addresses before
    anything is read, so the firmware cannot hold them; and the final memory map, read and handed to
    ExitBootServices with its key (a map changed in between is read again, as the specification requires).

--*/

#include "blefi.h"

EFI_STATUS
BlReserve(
    IN ULONG Base,
    IN ULONG Length,
    IN PCSTR What
    )
{
    EFI_STATUS Status;
    EFI_PHYSICAL_ADDRESS Address = Base;

    Status = BlBootServices->AllocatePages(AllocateAddress, EfiLoaderData, BL_PAGES(Length), &Address);
    if (EFI_ERROR(Status)) {
        BlPrint("osloader: the memory for %s at 0x%08x (0x%x bytes) is not free (%r)\n", What, Base, Length, Status);
    }
    return Status;
}

EFI_STATUS
BlExitBootServices(
    OUT EFI_MEMORY_DESCRIPTOR **Map,
    OUT PULONG MapSize,
    OUT PULONG DescriptorSize
    )

/*++

Routine Description:

    Reads the memory map into a pool buffer sized for it and ends boot services with its key. Allocating the
    buffer changes the map, so it is sized with room to spare; if ExitBootServices finds the key stale (an
    event changed the map), the map is read again into the same buffer and the exit tried once more.

--*/

{
    EFI_STATUS Status;
    UINTN Size = 0;
    UINTN Capacity;
    UINTN Key;
    UINTN Stride;
    UINT32 Version;
    VOID *Buffer;
    ULONG Attempt;

    Status = BlBootServices->GetMemoryMap(&Size, NULL, &Key, &Stride, &Version);
    if (Status != EFI_BUFFER_TOO_SMALL) {
        BlPrint("osloader: GetMemoryMap did not size the map (%r)\n", Status);
        return EFI_ERROR(Status) ? Status : EFI_DEVICE_ERROR;
    }
    Capacity = Size + BL_MAP_SLACK * Stride;
    Status = BlBootServices->AllocatePool(EfiLoaderData, Capacity, &Buffer);
    if (EFI_ERROR(Status)) {
        return Status;
    }
    for (Attempt = 0; Attempt < 2; Attempt += 1) {
        Size = Capacity;
        Status = BlBootServices->GetMemoryMap(&Size, (EFI_MEMORY_DESCRIPTOR *)Buffer, &Key, &Stride, &Version);
        if (EFI_ERROR(Status)) {
            BlPrint("osloader: GetMemoryMap failed (%r)\n", Status);
            return Status;
        }
        Status = BlBootServices->ExitBootServices(BlImageHandle, Key);
        if (Status != EFI_INVALID_PARAMETER) {
            break;
        }
    }
    if (EFI_ERROR(Status)) {
        BlPrint("osloader: ExitBootServices failed (%r)\n", Status);
        return Status;
    }
    *Map = (EFI_MEMORY_DESCRIPTOR *)Buffer;
    *MapSize = (ULONG)Size;
    *DescriptorSize = (ULONG)Stride;
    return EFI_SUCCESS;
}
