/*++

Module Name:

    blfile.c

Abstract:

    Files the loader reads: through the firmware's Simple File System on the EFI system partition (the kernel,
    the HAL, the configuration) and on the boot volume (the SYSTEM hive, the boot drivers), each read whole into
    pages of its own; the boot volume itself found as a partition of the disk the loader came from, and read
    whole through Block I/O for the kernel's RAM disk.

--*/

#include "blefi.h"

static EFI_GUID BlpSimpleFileSystemGuid = EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID;
static EFI_GUID BlpFileInfoGuid = EFI_FILE_INFO_ID;
static EFI_GUID BlpBlockIoGuid = EFI_BLOCK_IO_PROTOCOL_GUID;
static EFI_GUID BlpDevicePathGuid = EFI_DEVICE_PATH_PROTOCOL_GUID;

EFI_STATUS
BlOpenVolume(
    IN EFI_HANDLE Device,
    OUT EFI_FILE_PROTOCOL **Root
    )
{
    EFI_STATUS Status;
    EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *FileSystem;

    Status = BlBootServices->HandleProtocol(Device, &BlpSimpleFileSystemGuid, (VOID **)&FileSystem);
    if (EFI_ERROR(Status)) {
        return Status;
    }
    return FileSystem->OpenVolume(FileSystem, Root);
}

EFI_STATUS
BlReadFile(
    IN EFI_FILE_PROTOCOL *Root,
    IN PCSTR VolumeName,
    IN PCWSTR Path,
    OUT PBL_FILE File
    )

/*++

Routine Description:

    Reads the file at Path (from the volume's root) whole into pages of loader data; a failure is printed with
    the volume's name and the path.

--*/

{
    EFI_STATUS Status;
    EFI_FILE_PROTOCOL *Handle;
    UINT64 InfoBuffer[(sizeof(EFI_FILE_INFO) + BL_PATH_INFO_CHARS * sizeof(CHAR16)) / sizeof(UINT64) + 1];
    EFI_FILE_INFO *Info = (EFI_FILE_INFO *)InfoBuffer;
    UINTN Size = sizeof(InfoBuffer);
    EFI_PHYSICAL_ADDRESS Pages;

    Status = Root->Open(Root, &Handle, (CHAR16 *)Path, EFI_FILE_MODE_READ, 0);
    if (EFI_ERROR(Status)) {
        BlPrint("osloader: %s%ws: cannot open it (%r)\n", VolumeName, Path, Status);
        return Status;
    }
    Status = Handle->GetInfo(Handle, &BlpFileInfoGuid, &Size, Info);
    if (!EFI_ERROR(Status) && ((Info->Attribute & EFI_FILE_DIRECTORY) != 0 || Info->FileSize > 0x7FFFFFFF)) {
        Status = EFI_UNSUPPORTED;
    }
    if (EFI_ERROR(Status)) {
        BlPrint("osloader: %s%ws: not a file the loader can read (%r)\n", VolumeName, Path, Status);
        Handle->Close(Handle);
        return Status;
    }
    File->Size = (ULONG)Info->FileSize;
    Status = BlBootServices->AllocatePages(AllocateAnyPages, EfiLoaderData, BL_PAGES(File->Size) + 1, &Pages);
    if (!EFI_ERROR(Status)) {
        File->Buffer = (PUCHAR)(ULONG_PTR)Pages;
        Size = File->Size;
        Status = Handle->Read(Handle, &Size, File->Buffer);
        if (!EFI_ERROR(Status) && Size != File->Size) {
            Status = EFI_DEVICE_ERROR;
        }
    }
    Handle->Close(Handle);
    if (EFI_ERROR(Status)) {
        BlPrint("osloader: %s%ws: reading it failed (%r)\n", VolumeName, Path, Status);
    }
    return Status;
}

static
EFI_DEVICE_PATH_PROTOCOL *
BlpLastNode(
    IN EFI_DEVICE_PATH_PROTOCOL *Path,
    OUT PULONG PrefixLength
    )

/*++

Routine Description:

    Finds a device path's last node before its end; PrefixLength receives the bytes of the nodes before it.

--*/

{
    EFI_DEVICE_PATH_PROTOCOL *Last = NULL;
    EFI_DEVICE_PATH_PROTOCOL *Node;
    ULONG Nodes;

    for (Node = Path, Nodes = 0; !IsDevicePathEnd(Node) && Nodes < 64; Node = NextDevicePathNode(Node), Nodes += 1) {
        if (DevicePathNodeLength(Node) < sizeof(EFI_DEVICE_PATH_PROTOCOL)) {
            return NULL;
        }
        Last = Node;
    }
    if (Last == NULL || !IsDevicePathEnd(Node)) {
        return NULL;
    }
    *PrefixLength = (ULONG)((PUCHAR)Last - (PUCHAR)Path);
    return Last;
}

EFI_STATUS
BlFindPartition(
    IN EFI_HANDLE Sibling,
    IN ULONG PartitionNumber,
    OUT EFI_HANDLE *Partition
    )

/*++

Routine Description:

    Finds partition PartitionNumber of the disk that holds the partition Sibling: the Block I/O handle whose
    device path is the disk's (Sibling's without its last node) followed by a hard drive node of that number.

--*/

{
    EFI_STATUS Status;
    EFI_DEVICE_PATH_PROTOCOL *SiblingPath;
    EFI_DEVICE_PATH_PROTOCOL *Path;
    EFI_DEVICE_PATH_PROTOCOL *Last;
    HARDDRIVE_DEVICE_PATH *HardDrive;
    EFI_HANDLE *Handles;
    UINTN HandleCount;
    UINTN Index;
    ULONG DiskLength;
    ULONG Length;
    ULONG Byte;

    Status = BlBootServices->HandleProtocol(Sibling, &BlpDevicePathGuid, (VOID **)&SiblingPath);
    if (EFI_ERROR(Status)) {
        return Status;
    }
    if (BlpLastNode(SiblingPath, &DiskLength) == NULL) {
        return EFI_NOT_FOUND;
    }
    Status = BlBootServices->LocateHandleBuffer(ByProtocol, &BlpBlockIoGuid, NULL, &HandleCount, &Handles);
    if (EFI_ERROR(Status)) {
        return Status;
    }
    Status = EFI_NOT_FOUND;
    for (Index = 0; Index < HandleCount && Status == EFI_NOT_FOUND; Index += 1) {
        if (EFI_ERROR(BlBootServices->HandleProtocol(Handles[Index], &BlpDevicePathGuid, (VOID **)&Path))) {
            continue;
        }
        Last = BlpLastNode(Path, &Length);
        if (Last == NULL || Length != DiskLength || Last->Type != MEDIA_DEVICE_PATH || Last->SubType != MEDIA_HARDDRIVE_DP ||
            DevicePathNodeLength(Last) < sizeof(HARDDRIVE_DEVICE_PATH)) {
            continue;
        }
        for (Byte = 0; Byte < Length && ((PUCHAR)Path)[Byte] == ((PUCHAR)SiblingPath)[Byte]; Byte += 1) {
        }
        HardDrive = (HARDDRIVE_DEVICE_PATH *)Last;
        if (Byte == Length && HardDrive->PartitionNumber == PartitionNumber) {
            *Partition = Handles[Index];
            Status = EFI_SUCCESS;
        }
    }
    BlBootServices->FreePool(Handles);
    return Status;
}

EFI_STATUS
BlReadPartition(
    IN EFI_HANDLE Partition,
    IN EFI_PHYSICAL_ADDRESS Below,
    OUT PULONG Base,
    OUT PULONG Length
    )

/*++

Routine Description:

    Reads a partition whole, through its Block I/O, into pages below Below (the kernel's RAM disk image; the
    firmware places AllocateMaxAddress pages as high as it can).

--*/

{
    EFI_STATUS Status;
    EFI_BLOCK_IO_PROTOCOL *BlockIo;
    EFI_PHYSICAL_ADDRESS Pages = Below - 1;
    UINT64 Bytes;

    Status = BlBootServices->HandleProtocol(Partition, &BlpBlockIoGuid, (VOID **)&BlockIo);
    if (EFI_ERROR(Status)) {
        return Status;
    }
    Bytes = (BlockIo->Media->LastBlock + 1) * BlockIo->Media->BlockSize;
    if (Bytes == 0 || Bytes > 0x40000000 || Bytes % 512 != 0) {
        return EFI_UNSUPPORTED;
    }
    Status = BlBootServices->AllocatePages(AllocateMaxAddress, EfiLoaderData, BL_PAGES((ULONG)Bytes), &Pages);
    if (EFI_ERROR(Status)) {
        return Status;
    }
    Status = BlockIo->ReadBlocks(BlockIo, BlockIo->Media->MediaId, 0, (UINTN)Bytes, (VOID *)(ULONG_PTR)Pages);
    if (EFI_ERROR(Status)) {
        BlBootServices->FreePages(Pages, BL_PAGES((ULONG)Bytes));
        return Status;
    }
    *Base = (ULONG)Pages;
    *Length = (ULONG)Bytes;
    return EFI_SUCCESS;
}
