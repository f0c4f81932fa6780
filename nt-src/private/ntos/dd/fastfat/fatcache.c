/*++

Module Name:

    fatcache.c

Abstract:

    Reading the volume: whole sectors from the disk through the volume's sector cache, and the FAT's entries
    (12, 16 or 28 bits each, as the specification lays them out).

--*/

#include "fatprocs.h"

VOID
FatLockVolume(
    IN PFAT_VCB Vcb
    )
{
    KeWaitForSingleObject(&Vcb->Lock, Executive, KernelMode, FALSE, NULL);
}

VOID
FatUnlockVolume(
    IN PFAT_VCB Vcb
    )
{
    KeReleaseMutex(&Vcb->Lock, FALSE);
}

NTSTATUS
FatReadDisk(
    IN PDEVICE_OBJECT Target,
    IN ULONGLONG Offset,
    IN ULONG Length,
    OUT PVOID Buffer
    )

/*++

Routine Description:

    Reads Length bytes at Offset of the disk into Buffer (nonpaged) and waits for them.

--*/

{
    KEVENT Event;
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER ByteOffset;
    PIRP Irp;
    NTSTATUS Status;

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    ByteOffset.QuadPart = (LONGLONG)Offset;
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, Target, Buffer, Length, &ByteOffset, &Event, &IoStatus);
    if (Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Status = IoCallDriver(Target, Irp);
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
        Status = IoStatus.Status;
    }
    if (NT_SUCCESS(Status) && IoStatus.Information != Length) {
        Status = STATUS_DISK_CORRUPT_ERROR;
    }
    return Status;
}

NTSTATUS
FatReadSector(
    IN PFAT_VCB Vcb,
    IN ULONG Sector,
    OUT PUCHAR *Data
    )

/*++

Routine Description:

    The sector's bytes, in the cache (valid until the next cache read).

Return Value:

    STATUS_DISK_CORRUPT_ERROR for a sector beyond the volume (a damaged chain or entry led there); the
    disk's failures.

--*/

{
    ULONG Slot;
    NTSTATUS Status;

    if (Sector >= Vcb->TotalSectors) {
        return STATUS_DISK_CORRUPT_ERROR;
    }
    for (Slot = 0; Slot < FAT_CACHE_SECTORS; Slot += 1) {
        if (Vcb->CacheValid[Slot] && Vcb->CacheSector[Slot] == Sector) {
            *Data = Vcb->CacheBuffer + Slot * Vcb->BytesPerSector;
            return STATUS_SUCCESS;
        }
    }
    Slot = Vcb->CacheNext;
    Vcb->CacheNext = (Slot + 1) % FAT_CACHE_SECTORS;
    Vcb->CacheValid[Slot] = FALSE;
    Status = FatReadDisk(Vcb->TargetDevice, (ULONGLONG)Sector * Vcb->BytesPerSector, Vcb->BytesPerSector,
                         Vcb->CacheBuffer + Slot * Vcb->BytesPerSector);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Vcb->CacheSector[Slot] = Sector;
    Vcb->CacheValid[Slot] = TRUE;
    *Data = Vcb->CacheBuffer + Slot * Vcb->BytesPerSector;
    return STATUS_SUCCESS;
}

ULONG
FatClusterToSector(
    IN PFAT_VCB Vcb,
    IN ULONG Cluster
    )
{
    return (Cluster - 2) * Vcb->SectorsPerCluster + Vcb->FirstDataSector;
}

BOOLEAN
FatIsEndOfChain(
    IN PFAT_VCB Vcb,
    IN ULONG Entry
    )
{
    switch (Vcb->FatType) {
    case 12:
        return (BOOLEAN)(Entry >= 0xFF8);
    case 16:
        return (BOOLEAN)(Entry >= 0xFFF8);
    default:
        return (BOOLEAN)(Entry >= 0x0FFFFFF8);
    }
}

NTSTATUS
FatGetFatEntry(
    IN PFAT_VCB Vcb,
    IN ULONG Cluster,
    OUT PULONG Next
    )

/*++

Routine Description:

    The first FAT's entry for Cluster: the next cluster of its chain, an end-of-chain mark, 0 (free) or the
    bad cluster mark.

Return Value:

    STATUS_DISK_CORRUPT_ERROR for a cluster outside the volume.

--*/

{
    ULONG Offset;
    ULONG Sector;
    ULONG Within;
    PUCHAR Data;
    UCHAR Low;
    NTSTATUS Status;

    if (Cluster < 2 || Cluster >= Vcb->ClusterCount + 2) {
        return STATUS_DISK_CORRUPT_ERROR;
    }
    Offset = Vcb->FatType == 12 ? Cluster + Cluster / 2 : Cluster * (Vcb->FatType / 8);
    Sector = Vcb->ReservedSectors + Offset / Vcb->BytesPerSector;
    Within = Offset % Vcb->BytesPerSector;
    Status = FatReadSector(Vcb, Sector, &Data);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    switch (Vcb->FatType) {
    case 12:

        //
        // A FAT12 entry may straddle two sectors.
        //

        Low = Data[Within];
        if (Within + 1 == Vcb->BytesPerSector) {
            Status = FatReadSector(Vcb, Sector + 1, &Data);
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
            *Next = Low | ((ULONG)Data[0] << 8);
        } else {
            *Next = Low | ((ULONG)Data[Within + 1] << 8);
        }
        *Next = (Cluster & 1) != 0 ? *Next >> 4 : *Next & 0xFFF;
        break;
    case 16:
        *Next = Data[Within] | ((ULONG)Data[Within + 1] << 8);
        break;
    default:
        *Next = (Data[Within] | ((ULONG)Data[Within + 1] << 8) | ((ULONG)Data[Within + 2] << 16) |
                 ((ULONG)Data[Within + 3] << 24)) & 0x0FFFFFFF;
        break;
    }
    return STATUS_SUCCESS;
}
