/*++

Module Name:

    ramdisk.c

Abstract:

    The RAM disk (\Device\Ramdisk0): a disk whose sectors are the boot volume's image the loader placed in
    memory (IoGetBootRamDisk). The image is a volume without a partition table, so the disk is one
    partition from its first byte. Reads and writes move whole 512-byte sectors (direct I/O, through the
    request's MDL); the disk answers the geometry, length and partition queries of ntdddisk.h. Writes change
    the image in memory, which the loader may write back to the volume's file at power-off.

Environment:

    Kernel mode, its own image, loaded at boot.

--*/

#include <ntddk.h>
#include <ntdddisk.h>

#define RAMDISK_SECTOR_SIZE 512
#define RAMDISK_SECTORS_PER_TRACK 32    // a made-up geometry: 32 sectors a track, 2 tracks a cylinder
#define RAMDISK_TRACKS_PER_CYLINDER 2

DRIVER_INITIALIZE DriverEntry;

typedef struct _RAMDISK_EXTENSION {
    PUCHAR Image;                   // the image, mapped
    ULONG Length;                   // its bytes, a multiple of the sector size
} RAMDISK_EXTENSION, *PRAMDISK_EXTENSION;

static
NTSTATUS
RamDiskComplete(
    IN PIRP Irp,
    IN NTSTATUS Status,
    IN ULONG_PTR Information
    )
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

static
NTSTATUS
NTAPI
RamDiskSucceed(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);

    return RamDiskComplete(Irp, STATUS_SUCCESS, 0);
}

static
NTSTATUS
NTAPI
RamDiskReadWrite(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )

/*++

Routine Description:

    Reads or writes whole sectors.

Return Value:

    STATUS_INVALID_PARAMETER for an offset or length that is not a multiple of the sector size, or a
    transfer that runs past the end of the disk; STATUS_END_OF_FILE for an offset at or past the end;
    STATUS_INSUFFICIENT_RESOURCES when the buffer cannot be mapped.

--*/

{
    PRAMDISK_EXTENSION Extension = DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    LARGE_INTEGER Offset = Stack->Parameters.Read.ByteOffset;
    ULONG Length = Stack->Parameters.Read.Length;
    PUCHAR Buffer;

    if (Offset.QuadPart < 0 || (Offset.LowPart % RAMDISK_SECTOR_SIZE) != 0 || (Length % RAMDISK_SECTOR_SIZE) != 0) {
        return RamDiskComplete(Irp, STATUS_INVALID_PARAMETER, 0);
    }
    if (Offset.QuadPart >= Extension->Length) {
        return RamDiskComplete(Irp, STATUS_END_OF_FILE, 0);
    }
    if (Length > Extension->Length - Offset.LowPart) {
        return RamDiskComplete(Irp, STATUS_INVALID_PARAMETER, 0);
    }
    if (Length == 0) {
        return RamDiskComplete(Irp, STATUS_SUCCESS, 0);
    }
    Buffer = MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority);
    if (Buffer == NULL) {
        return RamDiskComplete(Irp, STATUS_INSUFFICIENT_RESOURCES, 0);
    }
    if (Stack->MajorFunction == IRP_MJ_READ) {
        RtlCopyMemory(Buffer, Extension->Image + Offset.LowPart, Length);
    } else {
        RtlCopyMemory(Extension->Image + Offset.LowPart, Buffer, Length);
    }
    return RamDiskComplete(Irp, STATUS_SUCCESS, Length);
}

static
UCHAR
RamDiskPartitionType(
    IN PRAMDISK_EXTENSION Extension
    )

/*++

Routine Description:

    The partition type an MBR would give the volume, from its boot sector's BIOS parameter block (the FAT
    specification's layout): FAT32 when the 16-bit FAT size is 0, else FAT12 or FAT16 by the count of
    clusters; PARTITION_ENTRY_UNUSED when the sector is no FAT boot sector.

--*/

{
    PUCHAR Sector = Extension->Image;
    ULONG BytesPerSector = Sector[11] | (Sector[12] << 8);
    ULONG SectorsPerCluster = Sector[13];
    ULONG Reserved = Sector[14] | (Sector[15] << 8);
    ULONG Fats = Sector[16];
    ULONG RootEntries = Sector[17] | (Sector[18] << 8);
    ULONG Total = Sector[19] | (Sector[20] << 8);
    ULONG FatSize = Sector[22] | (Sector[23] << 8);
    ULONG RootSectors;
    ULONG Clusters;

    if (Extension->Length < RAMDISK_SECTOR_SIZE || Sector[510] != 0x55 || Sector[511] != 0xAA ||
        BytesPerSector == 0 || SectorsPerCluster == 0) {
        return PARTITION_ENTRY_UNUSED;
    }
    if (FatSize == 0) {
        return PARTITION_FAT32;
    }
    if (Total == 0) {
        Total = Sector[32] | (Sector[33] << 8) | (Sector[34] << 16) | ((ULONG)Sector[35] << 24);
    }
    RootSectors = (RootEntries * 32 + BytesPerSector - 1) / BytesPerSector;
    if (Total < Reserved + Fats * FatSize + RootSectors) {
        return PARTITION_ENTRY_UNUSED;
    }
    Clusters = (Total - Reserved - Fats * FatSize - RootSectors) / SectorsPerCluster;
    if (Clusters < 4085) {
        return PARTITION_FAT_12;
    }
    return Total < 65536 ? PARTITION_FAT_16 : PARTITION_HUGE;
}

static
NTSTATUS
NTAPI
RamDiskDeviceControl(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )

/*++

Routine Description:

    The disk queries: geometry, length, and the one partition's information (MBR style: the volume starts
    at the disk's first byte, no hidden sectors).

Return Value:

    STATUS_BUFFER_TOO_SMALL for an output buffer shorter than the answer; STATUS_INVALID_DEVICE_REQUEST for
    another code.

--*/

{
    PRAMDISK_EXTENSION Extension = DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG OutputLength = Stack->Parameters.DeviceIoControl.OutputBufferLength;
    PVOID Buffer = Irp->AssociatedIrp.SystemBuffer;
    PDISK_GEOMETRY Geometry;
    PPARTITION_INFORMATION Partition;
    PPARTITION_INFORMATION_EX PartitionEx;
    ULONG Needed;

    switch (Stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_DISK_GET_DRIVE_GEOMETRY:
        Needed = sizeof(DISK_GEOMETRY);
        break;
    case IOCTL_DISK_GET_LENGTH_INFO:
        Needed = sizeof(GET_LENGTH_INFORMATION);
        break;
    case IOCTL_DISK_GET_PARTITION_INFO:
        Needed = sizeof(PARTITION_INFORMATION);
        break;
    case IOCTL_DISK_GET_PARTITION_INFO_EX:
        Needed = sizeof(PARTITION_INFORMATION_EX);
        break;
    default:
        return RamDiskComplete(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }
    if (OutputLength < Needed) {
        return RamDiskComplete(Irp, STATUS_BUFFER_TOO_SMALL, 0);
    }
    RtlZeroMemory(Buffer, Needed);
    switch (Stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_DISK_GET_DRIVE_GEOMETRY:
        Geometry = Buffer;
        Geometry->MediaType = FixedMedia;
        Geometry->BytesPerSector = RAMDISK_SECTOR_SIZE;
        Geometry->SectorsPerTrack = RAMDISK_SECTORS_PER_TRACK;
        Geometry->TracksPerCylinder = RAMDISK_TRACKS_PER_CYLINDER;
        Geometry->Cylinders.QuadPart = Extension->Length /
            (RAMDISK_SECTOR_SIZE * RAMDISK_SECTORS_PER_TRACK * RAMDISK_TRACKS_PER_CYLINDER);
        break;
    case IOCTL_DISK_GET_LENGTH_INFO:
        ((PGET_LENGTH_INFORMATION)Buffer)->Length.QuadPart = Extension->Length;
        break;
    case IOCTL_DISK_GET_PARTITION_INFO:
        Partition = Buffer;
        Partition->PartitionLength.QuadPart = Extension->Length;
        Partition->PartitionNumber = 1;
        Partition->PartitionType = RamDiskPartitionType(Extension);
        Partition->RecognizedPartition = (BOOLEAN)(Partition->PartitionType != PARTITION_ENTRY_UNUSED);
        break;
    default:
        PartitionEx = Buffer;
        PartitionEx->PartitionStyle = PARTITION_STYLE_MBR;
        PartitionEx->PartitionLength.QuadPart = Extension->Length;
        PartitionEx->PartitionNumber = 1;
        PartitionEx->Mbr.PartitionType = RamDiskPartitionType(Extension);
        PartitionEx->Mbr.RecognizedPartition = (BOOLEAN)(PartitionEx->Mbr.PartitionType != PARTITION_ENTRY_UNUSED);
        break;
    }
    return RamDiskComplete(Irp, STATUS_SUCCESS, Needed);
}

static
VOID
NTAPI
RamDiskUnload(
    IN PDRIVER_OBJECT DriverObject
    )
{
    PDEVICE_OBJECT Device = DriverObject->DeviceObject;
    PRAMDISK_EXTENSION Extension;

    if (Device != NULL) {
        Extension = Device->DeviceExtension;
        MmUnmapIoSpace(Extension->Image, Extension->Length);
        IoDeleteDevice(Device);
    }
}

NTSTATUS
NTAPI
DriverEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )

/*++

Routine Description:

    Maps the image the loader handed over and makes \Device\Ramdisk0 over it.

Return Value:

    STATUS_NO_SUCH_DEVICE when the loader handed no image over (or one not a whole number of sectors);
    STATUS_INSUFFICIENT_RESOURCES when it cannot be mapped; IoCreateDevice's failures.

--*/

{
    UNICODE_STRING Name;
    PHYSICAL_ADDRESS Base;
    ULONG Length;
    PUCHAR Image;
    PDEVICE_OBJECT Device;
    PRAMDISK_EXTENSION Extension;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(RegistryPath);

    if (!IoGetBootRamDisk(&Base, &Length) || (Length % RAMDISK_SECTOR_SIZE) != 0) {
        return STATUS_NO_SUCH_DEVICE;
    }
    Image = MmMapIoSpace(Base, Length, MmCached);
    if (Image == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlInitUnicodeString(&Name, L"\\Device\\Ramdisk0");
    Status = IoCreateDevice(DriverObject, sizeof(RAMDISK_EXTENSION), &Name, FILE_DEVICE_DISK, 0, FALSE, &Device);
    if (!NT_SUCCESS(Status)) {
        MmUnmapIoSpace(Image, Length);
        return Status;
    }
    Extension = Device->DeviceExtension;
    Extension->Image = Image;
    Extension->Length = Length;
    Device->Flags |= DO_DIRECT_IO;
    Device->AlignmentRequirement = FILE_WORD_ALIGNMENT;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = RamDiskSucceed;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = RamDiskSucceed;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = RamDiskSucceed;
    DriverObject->MajorFunction[IRP_MJ_FLUSH_BUFFERS] = RamDiskSucceed;
    DriverObject->MajorFunction[IRP_MJ_READ] = RamDiskReadWrite;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = RamDiskReadWrite;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = RamDiskDeviceControl;
    DriverObject->DriverUnload = RamDiskUnload;
    Device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
