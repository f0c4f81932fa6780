/*++

Module Name:

    fatmount.c

Abstract:

    Volume recognition. A volume is FAT when its boot sector has the jump instruction and the 0x55 0xAA
    signature and a BIOS parameter block the specification allows (a sector size of 512 to 4096 bytes, a
    power of two sectors per cluster, reserved sectors, FATs, a media byte); anything else is not ours
    (STATUS_UNRECOGNIZED_VOLUME). A FAT volume whose numbers do not hold together (regions past its end or
    the disk's, no clusters, a FAT too small for them, FAT32 fields on a FAT12/16 volume or the reverse, a
    first FAT entry that is not the media byte) is damaged: STATUS_DISK_CORRUPT_ERROR. The FAT type is the
    specification's: by the count of clusters alone.

--*/

#include "fatprocs.h"
#include <ntdddisk.h>

static
ULONG
FatLe16(
    IN PUCHAR Data
    )
{
    return Data[0] | ((ULONG)Data[1] << 8);
}

static
ULONG
FatLe32(
    IN PUCHAR Data
    )
{
    return Data[0] | ((ULONG)Data[1] << 8) | ((ULONG)Data[2] << 16) | ((ULONG)Data[3] << 24);
}

static
NTSTATUS
FatDiskLength(
    IN PDEVICE_OBJECT Target,
    OUT PULONGLONG Length
    )
{
    GET_LENGTH_INFORMATION Information;
    IO_STATUS_BLOCK IoStatus;
    KEVENT Event;
    PIRP Irp;
    NTSTATUS Status;

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp = IoBuildDeviceIoControlRequest(IOCTL_DISK_GET_LENGTH_INFO, Target, NULL, 0, &Information, sizeof(Information),
                                        FALSE, &Event, &IoStatus);
    if (Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Status = IoCallDriver(Target, Irp);
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
        Status = IoStatus.Status;
    }
    *Length = (ULONGLONG)Information.Length.QuadPart;
    return Status;
}

static
BOOLEAN
FatIsPowerOfTwo(
    IN ULONG Value
    )
{
    return (BOOLEAN)(Value != 0 && (Value & (Value - 1)) == 0);
}

static
NTSTATUS
FatCheckBootSector(
    IN PUCHAR Boot,
    IN ULONGLONG DiskLength,
    OUT PFAT_VCB Vcb
    )

/*++

Routine Description:

    Recognises and checks the boot sector, filling the VCB's geometry.

--*/

{
    ULONG Media = Boot[21];
    ULONG FatSize16 = FatLe16(Boot + 22);
    ULONG Total16 = FatLe16(Boot + 19);
    ULONG FatEntries;
    ULONG DataSectors;
    PUCHAR Label;
    ULONG Index;

    if (!(Boot[0] == 0xEB && Boot[2] == 0x90) && Boot[0] != 0xE9) {
        return STATUS_UNRECOGNIZED_VOLUME;
    }
    if (Boot[510] != 0x55 || Boot[511] != 0xAA) {
        return STATUS_UNRECOGNIZED_VOLUME;
    }
    Vcb->BytesPerSector = FatLe16(Boot + 11);
    Vcb->SectorsPerCluster = Boot[13];
    Vcb->ReservedSectors = FatLe16(Boot + 14);
    Vcb->NumberOfFats = Boot[16];
    Vcb->RootEntries = FatLe16(Boot + 17);
    if (Vcb->BytesPerSector < 512 || Vcb->BytesPerSector > 4096 || !FatIsPowerOfTwo(Vcb->BytesPerSector) ||
        !FatIsPowerOfTwo(Vcb->SectorsPerCluster) || Vcb->SectorsPerCluster > 128 || Vcb->ReservedSectors == 0 ||
        Vcb->NumberOfFats == 0 || (Media != 0xF0 && Media < 0xF8)) {
        return STATUS_UNRECOGNIZED_VOLUME;
    }

    //
    // It is FAT: from here on, what does not add up is damage.
    //

    Vcb->FatSectors = FatSize16 != 0 ? FatSize16 : FatLe32(Boot + 36);
    Vcb->TotalSectors = Total16 != 0 ? Total16 : FatLe32(Boot + 32);
    Vcb->RootDirSectors = (Vcb->RootEntries * FAT_DIRENT_SIZE + Vcb->BytesPerSector - 1) / Vcb->BytesPerSector;
    Vcb->ClusterSize = Vcb->BytesPerSector * Vcb->SectorsPerCluster;
    if (Vcb->FatSectors == 0 || Vcb->TotalSectors == 0 ||
        (ULONGLONG)Vcb->TotalSectors * Vcb->BytesPerSector > DiskLength) {
        return STATUS_DISK_CORRUPT_ERROR;
    }
    Vcb->FirstDataSector = Vcb->ReservedSectors + Vcb->NumberOfFats * Vcb->FatSectors + Vcb->RootDirSectors;
    if (Vcb->FirstDataSector >= Vcb->TotalSectors) {
        return STATUS_DISK_CORRUPT_ERROR;
    }
    DataSectors = Vcb->TotalSectors - Vcb->FirstDataSector;
    Vcb->ClusterCount = DataSectors / Vcb->SectorsPerCluster;
    if (Vcb->ClusterCount == 0) {
        return STATUS_DISK_CORRUPT_ERROR;
    }
    if (Vcb->ClusterCount < 4085) {
        Vcb->FatType = 12;
    } else if (Vcb->ClusterCount < 65525) {
        Vcb->FatType = 16;
    } else {
        Vcb->FatType = 32;
    }

    //
    // The FAT must hold an entry for every cluster (and the two reserved ones); FAT32 has no fixed root and
    // names its root's cluster, FAT12/16 have a 16-bit FAT size and a fixed root.
    //

    FatEntries = (ULONG)(((ULONGLONG)Vcb->FatSectors * Vcb->BytesPerSector * 8) / Vcb->FatType);
    if (FatEntries < Vcb->ClusterCount + 2) {
        return STATUS_DISK_CORRUPT_ERROR;
    }
    if (Vcb->FatType == 32) {
        Vcb->RootCluster = FatLe32(Boot + 44);
        Vcb->FsInfoSector = FatLe16(Boot + 48);
        if (FatSize16 != 0 || Vcb->RootEntries != 0 || Vcb->RootCluster < 2 || Vcb->RootCluster >= Vcb->ClusterCount + 2) {
            return STATUS_DISK_CORRUPT_ERROR;
        }
        Label = Boot + 71;
        Vcb->SerialNumber = Boot[66] == 0x29 ? FatLe32(Boot + 67) : 0;
    } else {
        Vcb->RootCluster = 0;
        if (FatSize16 == 0 || Vcb->RootEntries == 0) {
            return STATUS_DISK_CORRUPT_ERROR;
        }
        Label = Boot + 43;
        Vcb->SerialNumber = Boot[38] == 0x29 ? FatLe32(Boot + 39) : 0;
    }
    Vcb->LabelLength = 0;
    if (Vcb->SerialNumber != 0 && RtlCompareMemory(Label, "NO NAME    ", 11) != 11) {
        for (Index = 0; Index < 11; Index += 1) {
            Vcb->Label[Index] = Label[Index];
            if (Label[Index] != ' ') {
                Vcb->LabelLength = (Index + 1) * sizeof(WCHAR);
            }
        }
    }
    return STATUS_SUCCESS;
}

NTSTATUS
FatMountVolume(
    IN PDRIVER_OBJECT DriverObject,
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    IRP_MN_MOUNT_VOLUME: reads the boot sector through the device the I/O manager names, and for a FAT
    volume makes the volume device (one stack location deeper than the disk's) and its VCB.

Return Value:

    STATUS_UNRECOGNIZED_VOLUME (not FAT); STATUS_DISK_CORRUPT_ERROR (FAT, damaged); the disk's failures.

--*/

{
    PDEVICE_OBJECT Target = Stack->Parameters.MountVolume.DeviceObject;
    PVPB Vpb = Stack->Parameters.MountVolume.Vpb;
    PDEVICE_OBJECT Volume;
    PFAT_VCB Vcb;
    PUCHAR Boot;
    UCHAR Media;
    ULONGLONG DiskLength;
    NTSTATUS Status;

    Status = FatDiskLength(Target, &DiskLength);
    if (!NT_SUCCESS(Status)) {
        return STATUS_UNRECOGNIZED_VOLUME;
    }
    if (DiskLength < 512) {
        return STATUS_UNRECOGNIZED_VOLUME;
    }
    Boot = ExAllocatePoolWithTag(NonPagedPool, 4096, FAT_TAG);
    if (Boot == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Status = FatReadDisk(Target, 0, 512, Boot);
    if (!NT_SUCCESS(Status)) {
        ExFreePoolWithTag(Boot, FAT_TAG);
        return Status;
    }
    Media = Boot[21];
    Status = IoCreateDevice(DriverObject, sizeof(FAT_VCB), NULL, FILE_DEVICE_DISK_FILE_SYSTEM, 0, FALSE, &Volume);
    if (!NT_SUCCESS(Status)) {
        ExFreePoolWithTag(Boot, FAT_TAG);
        return Status;
    }
    Vcb = Volume->DeviceExtension;
    RtlZeroMemory(Vcb, sizeof(FAT_VCB));
    Status = FatCheckBootSector(Boot, DiskLength, Vcb);
    if (NT_SUCCESS(Status)) {

        //
        // The first FAT entry holds the media byte in its low 8 bits.
        //

        Status = FatReadDisk(Target, (ULONGLONG)Vcb->ReservedSectors * Vcb->BytesPerSector, Vcb->BytesPerSector, Boot);
        if (NT_SUCCESS(Status) && Boot[0] != Media) {
            Status = STATUS_DISK_CORRUPT_ERROR;
        }
    }
    if (NT_SUCCESS(Status)) {
        Vcb->CacheBuffer = ExAllocatePoolWithTag(NonPagedPool, FAT_CACHE_SECTORS * Vcb->BytesPerSector, FAT_TAG);
        if (Vcb->CacheBuffer == NULL) {
            Status = STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    if (NT_SUCCESS(Status)) {
        Vcb->TargetDevice = Target;
        Status = FatCountFreeClusters(Vcb);
    }
    if (!NT_SUCCESS(Status)) {
        if (Vcb->CacheBuffer != NULL) {
            ExFreePoolWithTag(Vcb->CacheBuffer, FAT_TAG);
        }
        ExFreePoolWithTag(Boot, FAT_TAG);
        IoDeleteDevice(Volume);
        return Status;
    }
    ExFreePoolWithTag(Boot, FAT_TAG);
    Vcb->VolumeDevice = Volume;
    Vcb->TargetDevice = Target;
    Vcb->Vpb = Vpb;
    KeInitializeMutex(&Vcb->Lock, 0);
    Vcb->NextFree = 2;
    InitializeListHead(&Vcb->FcbList);
    Volume->StackSize = (CCHAR)(Target->StackSize + 1);
    Volume->Flags &= ~DO_DEVICE_INITIALIZING;
    Vpb->SerialNumber = Vcb->SerialNumber;
    Vpb->VolumeLabelLength = (USHORT)Vcb->LabelLength;
    RtlCopyMemory(Vpb->VolumeLabel, Vcb->Label, Vcb->LabelLength);
    Vpb->DeviceObject = Volume;

    //
    // At shutdown the cache and the FSInfo sector go to the disk (IRP_MJ_SHUTDOWN). Without the registration
    // (no pool for it) the volume still works; only what a last cleanup or flush wrote survives power-off.
    //

    (VOID)IoRegisterShutdownNotification(Volume);
    return STATUS_SUCCESS;
}
