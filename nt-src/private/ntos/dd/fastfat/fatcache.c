/*++

Module Name:

    fatcache.c

Abstract:

    The volume's sectors through its cache (written back when replaced, on flush, at a written file's last
    cleanup and at shutdown; runs of whole sectors of a file's data go around it, one request each), the
    FAT's entries (12, 16 or 28 bits each, as the specification lays them out; a change goes to every FAT), and the count of free clusters, which a flush writes to a FAT32 volume's
    FSInfo sector with the next free hint.

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

static
NTSTATUS
FatTransfer(
    IN ULONG MajorFunction,
    IN PDEVICE_OBJECT Target,
    IN ULONGLONG Offset,
    IN ULONG Length,
    IN OUT PVOID Buffer
    )

/*++

Routine Description:

    Reads or writes Length bytes at Offset of the disk from or into Buffer (nonpaged) and waits for them.

--*/

{
    KEVENT Event;
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER ByteOffset;
    PIRP Irp;
    NTSTATUS Status;

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    ByteOffset.QuadPart = (LONGLONG)Offset;
    Irp = IoBuildSynchronousFsdRequest(MajorFunction, Target, Buffer, Length, &ByteOffset, &Event, &IoStatus);
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
FatReadDisk(
    IN PDEVICE_OBJECT Target,
    IN ULONGLONG Offset,
    IN ULONG Length,
    OUT PVOID Buffer
    )
{
    return FatTransfer(IRP_MJ_READ, Target, Offset, Length, Buffer);
}

static
NTSTATUS
FatWriteSlot(
    IN PFAT_VCB Vcb,
    IN ULONG Slot
    )
{
    NTSTATUS Status;

    Status = FatTransfer(IRP_MJ_WRITE, Vcb->TargetDevice, (ULONGLONG)Vcb->CacheSector[Slot] * Vcb->BytesPerSector,
                         Vcb->BytesPerSector, Vcb->CacheBuffer + Slot * Vcb->BytesPerSector);
    if (NT_SUCCESS(Status)) {
        Vcb->CacheDirty[Slot] = FALSE;
    }
    return Status;
}

static
ULONG
FatLe32At(
    IN PUCHAR Data
    )
{
    return Data[0] | ((ULONG)Data[1] << 8) | ((ULONG)Data[2] << 16) | ((ULONG)Data[3] << 24);
}

static
NTSTATUS
FatWriteFsInfo(
    IN PFAT_VCB Vcb
    )

/*++

Routine Description:

    FAT32: the FSInfo sector's free count (FSI_Free_Count) and next free hint (FSI_Nxt_Free) made the
    volume's, when the clusters changed since they were last written and the sector carries the
    specification's signatures (one that does not is left alone).

--*/

{
    PUCHAR Data;
    ULONG Index;
    ULONG Hint = Vcb->NextFree;
    NTSTATUS Status;

    if (!Vcb->FsInfoDirty) {
        return STATUS_SUCCESS;
    }
    Vcb->FsInfoDirty = FALSE;
    if (Vcb->FatType != 32 || Vcb->FsInfoSector == 0 || Vcb->FsInfoSector == 0xFFFF ||
        Vcb->FsInfoSector >= Vcb->ReservedSectors) {
        return STATUS_SUCCESS;
    }
    Status = FatReadSector(Vcb, Vcb->FsInfoSector, &Data);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (FatLe32At(Data) != 0x41615252 || FatLe32At(Data + 484) != 0x61417272) {
        return STATUS_SUCCESS;
    }
    if (Hint < 2 || Hint >= Vcb->ClusterCount + 2) {
        Hint = 2;                           // where the search wraps to
    }
    for (Index = 0; Index < 4; Index += 1) {
        Data[488 + Index] = (UCHAR)(Vcb->FreeClusters >> (8 * Index));
        Data[492 + Index] = (UCHAR)(Hint >> (8 * Index));
    }
    FatDirtySector(Vcb, Data);
    return STATUS_SUCCESS;
}

NTSTATUS
FatCountFreeClusters(
    IN PFAT_VCB Vcb
    )

/*++

Routine Description:

    Counts the free clusters in the FAT (at the mount; changes keep the count since).

--*/

{
    ULONG Cluster;
    ULONG Entry;
    NTSTATUS Status;

    Vcb->FreeClusters = 0;
    for (Cluster = 2; Cluster < Vcb->ClusterCount + 2; Cluster += 1) {
        Status = FatGetFatEntry(Vcb, Cluster, &Entry);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        if (Entry == 0) {
            Vcb->FreeClusters += 1;
        }
    }
    return STATUS_SUCCESS;
}

NTSTATUS
FatFlushCache(
    IN PFAT_VCB Vcb
    )

/*++

Routine Description:

    Writes every changed sector of the cache to the disk, the FSInfo sector brought up to date first.

--*/

{
    ULONG Slot;
    NTSTATUS Status;

    Status = FatWriteFsInfo(Vcb);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    for (Slot = 0; Slot < FAT_CACHE_SECTORS; Slot += 1) {
        if (Vcb->CacheValid[Slot] && Vcb->CacheDirty[Slot]) {
            Status = FatWriteSlot(Vcb, Slot);
            if (!NT_SUCCESS(Status)) {
                return Status;
            }
        }
    }
    return STATUS_SUCCESS;
}

NTSTATUS
FatReadSector(
    IN PFAT_VCB Vcb,
    IN ULONG Sector,
    OUT PUCHAR *Data
    )

/*++

Routine Description:

    The sector's bytes, in the cache (valid until the next cache read). FatDirtySector marks them changed.

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
    if (Vcb->CacheValid[Slot] && Vcb->CacheDirty[Slot]) {
        Status = FatWriteSlot(Vcb, Slot);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
    }
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

NTSTATUS
FatClusterAt(
    IN PFAT_VCB Vcb,
    IN PFAT_FCB Fcb,
    IN ULONG Index,
    OUT PULONG Cluster
    )

/*++

Routine Description:

    The file's Index-th cluster (0: its first), the chain walked from the one last asked for when that is not
    beyond it (FatTruncate forgets it), which becomes this one.

Return Value:

    STATUS_FILE_CORRUPT_ERROR when the chain ends before it or leaves the volume.

--*/

{
    ULONG At = 0;
    ULONG Current = Fcb->FirstCluster;
    NTSTATUS Status;

    if (Fcb->HintCluster != 0 && Fcb->HintIndex <= Index) {
        At = Fcb->HintIndex;
        Current = Fcb->HintCluster;
    }
    for (; At < Index; At += 1) {
        Status = FatGetFatEntry(Vcb, Current, &Current);
        if (!NT_SUCCESS(Status) || FatIsEndOfChain(Vcb, Current)) {
            return STATUS_FILE_CORRUPT_ERROR;
        }
    }
    if (Current < 2 || Current >= Vcb->ClusterCount + 2) {
        return STATUS_FILE_CORRUPT_ERROR;
    }
    Fcb->HintIndex = Index;
    Fcb->HintCluster = Current;
    *Cluster = Current;
    return STATUS_SUCCESS;
}

NTSTATUS
FatFileRun(
    IN PFAT_VCB Vcb,
    IN OUT PULONG Cluster,
    IN ULONG Position,
    IN ULONG Remaining,
    OUT PULONG Sector,
    OUT PULONG Bytes
    )

/*++

Routine Description:

    The whole sectors from Position (sector aligned, in *Cluster) on, at most Remaining bytes' worth, that lie
    one after another on the disk: to the end of the cluster and on through the clusters of the chain that
    follow it there. *Cluster becomes the run's last cluster.

Return Value:

    STATUS_FILE_CORRUPT_ERROR for a chain that leaves the volume.

--*/

{
    ULONG Within = Position % Vcb->ClusterSize;
    ULONG Left = Remaining / Vcb->BytesPerSector * Vcb->BytesPerSector;
    ULONG Next;
    NTSTATUS Status;

    if (*Cluster < 2 || *Cluster >= Vcb->ClusterCount + 2) {
        return STATUS_FILE_CORRUPT_ERROR;
    }
    *Sector = FatClusterToSector(Vcb, *Cluster) + Within / Vcb->BytesPerSector;
    *Bytes = Vcb->ClusterSize - Within < Left ? Vcb->ClusterSize - Within : Left;
    while (*Bytes < Left) {
        Status = FatGetFatEntry(Vcb, *Cluster, &Next);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        if (Next != *Cluster + 1) {
            break;
        }
        *Cluster = Next;
        *Bytes += Left - *Bytes < Vcb->ClusterSize ? Left - *Bytes : Vcb->ClusterSize;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
FatTransferSectors(
    IN PFAT_VCB Vcb,
    IN ULONG Sector,
    IN ULONG Count,
    IN OUT PUCHAR Buffer,
    IN BOOLEAN Write
    )

/*++

Routine Description:

    Moves Count whole sectors between Buffer and the disk in one request, around the cache: the cache's copies
    of them are dropped for a write (the disk gets newer bytes) and written back first for a read when changed.

--*/

{
    ULONG Slot;
    NTSTATUS Status;

    if (Sector + Count > Vcb->TotalSectors || Sector + Count < Sector) {
        return STATUS_DISK_CORRUPT_ERROR;
    }
    for (Slot = 0; Slot < FAT_CACHE_SECTORS; Slot += 1) {
        if (Vcb->CacheValid[Slot] && Vcb->CacheSector[Slot] - Sector < Count) {
            if (Write) {
                Vcb->CacheValid[Slot] = FALSE;
                Vcb->CacheDirty[Slot] = FALSE;
            } else if (Vcb->CacheDirty[Slot]) {
                Status = FatWriteSlot(Vcb, Slot);
                if (!NT_SUCCESS(Status)) {
                    return Status;
                }
            }
        }
    }
    return FatTransfer(Write ? IRP_MJ_WRITE : IRP_MJ_READ, Vcb->TargetDevice, (ULONGLONG)Sector * Vcb->BytesPerSector,
                       Count * Vcb->BytesPerSector, Buffer);
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

VOID
FatDirtySector(
    IN PFAT_VCB Vcb,
    IN PUCHAR Data
    )

/*++

Routine Description:

    Marks the cached sector holding Data (from FatReadSector) changed.

--*/

{
    Vcb->CacheDirty[(Data - Vcb->CacheBuffer) / Vcb->BytesPerSector] = TRUE;
}

static
NTSTATUS
FatSetFatByte(
    IN PFAT_VCB Vcb,
    IN ULONG Fat,
    IN ULONG Offset,
    IN UCHAR Mask,
    IN UCHAR Value
    )

/*++

Routine Description:

    Changes the bits of Mask of byte Offset of FAT number Fat to Value's.

--*/

{
    PUCHAR Data;
    NTSTATUS Status;

    Status = FatReadSector(Vcb, Vcb->ReservedSectors + Fat * Vcb->FatSectors + Offset / Vcb->BytesPerSector, &Data);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Data += Offset % Vcb->BytesPerSector;
    *Data = (UCHAR)((*Data & ~Mask) | (Value & Mask));
    FatDirtySector(Vcb, Data - Offset % Vcb->BytesPerSector);
    return STATUS_SUCCESS;
}

NTSTATUS
FatSetFatEntry(
    IN PFAT_VCB Vcb,
    IN ULONG Cluster,
    IN ULONG Value
    )

/*++

Routine Description:

    Sets Cluster's entry in every FAT (a FAT32 entry keeps its high 4 bits, as the specification asks).

--*/

{
    ULONG Fat;
    ULONG Offset;
    NTSTATUS Status = STATUS_SUCCESS;

    if (Cluster < 2 || Cluster >= Vcb->ClusterCount + 2) {
        return STATUS_DISK_CORRUPT_ERROR;
    }
    for (Fat = 0; Fat < Vcb->NumberOfFats && NT_SUCCESS(Status); Fat += 1) {
        switch (Vcb->FatType) {
        case 12:
            Offset = Cluster + Cluster / 2;
            if ((Cluster & 1) != 0) {
                Status = FatSetFatByte(Vcb, Fat, Offset, 0xF0, (UCHAR)(Value << 4));
                if (NT_SUCCESS(Status)) {
                    Status = FatSetFatByte(Vcb, Fat, Offset + 1, 0xFF, (UCHAR)(Value >> 4));
                }
            } else {
                Status = FatSetFatByte(Vcb, Fat, Offset, 0xFF, (UCHAR)Value);
                if (NT_SUCCESS(Status)) {
                    Status = FatSetFatByte(Vcb, Fat, Offset + 1, 0x0F, (UCHAR)(Value >> 8));
                }
            }
            break;
        case 16:
            Offset = Cluster * 2;
            Status = FatSetFatByte(Vcb, Fat, Offset, 0xFF, (UCHAR)Value);
            if (NT_SUCCESS(Status)) {
                Status = FatSetFatByte(Vcb, Fat, Offset + 1, 0xFF, (UCHAR)(Value >> 8));
            }
            break;
        default:
            Offset = Cluster * 4;
            Status = FatSetFatByte(Vcb, Fat, Offset, 0xFF, (UCHAR)Value);
            if (NT_SUCCESS(Status)) {
                Status = FatSetFatByte(Vcb, Fat, Offset + 1, 0xFF, (UCHAR)(Value >> 8));
            }
            if (NT_SUCCESS(Status)) {
                Status = FatSetFatByte(Vcb, Fat, Offset + 2, 0xFF, (UCHAR)(Value >> 16));
            }
            if (NT_SUCCESS(Status)) {
                Status = FatSetFatByte(Vcb, Fat, Offset + 3, 0x0F, (UCHAR)(Value >> 24));
            }
            break;
        }
    }
    return Status;
}

ULONG
FatEndOfChain(
    IN PFAT_VCB Vcb
    )
{
    return Vcb->FatType == 12 ? 0xFFF : Vcb->FatType == 16 ? 0xFFFF : 0x0FFFFFFF;
}
