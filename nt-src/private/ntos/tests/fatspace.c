/*++

Module Name:

    fatspace.c

Abstract:

    Self-tests of the FAT file system driver's space accounting on the boot volume: FileAllocationInformation
    (a shrink truncates and the end of file follows; a grow allocates clusters without moving the end of file,
    which writes then use and the last cleanup gives back; a disk too full fails with STATUS_DISK_FULL and
    changes nothing), and the free cluster count the driver keeps, checked against the FAT on the disk after a
    flush, with a FAT32 volume's FSInfo sector (its free count and next free hint).

--*/

#include "fattest.h"

#define KMT_SPACE_FILE L"\\SystemRoot\\kmtspace.bin"

typedef struct _KMT_FAT_GEOMETRY {
    ULONG BytesPerSector;
    ULONG ReservedSectors;
    ULONG FatSectors;
    ULONG ClusterCount;
    ULONG FatType;
    ULONG FsInfoSector;
} KMT_FAT_GEOMETRY;

static
NTSTATUS
KmtFatReadDisk(
    IN HANDLE Disk,
    IN ULONG Offset,
    IN ULONG Length,
    OUT PVOID Buffer
    )
{
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER Position;

    Position.QuadPart = Offset;
    return ZwReadFile(Disk, NULL, NULL, NULL, &IoStatus, Buffer, Length, &Position, NULL);
}

static
ULONG
KmtLe(
    IN PUCHAR Data,
    IN ULONG Bytes
    )
{
    ULONG Value = 0;

    while (Bytes != 0) {
        Bytes -= 1;
        Value = (Value << 8) | Data[Bytes];
    }
    return Value;
}

static
BOOLEAN
KmtFatGeometry(
    IN PUCHAR Boot,
    OUT KMT_FAT_GEOMETRY *Geometry
    )

/*++

Routine Description:

    The volume's layout from its boot sector, as the FAT specification computes it (the count of clusters
    deciding the FAT type).

--*/

{
    ULONG RootSectors;
    ULONG TotalSectors = KmtLe(Boot + 19, 2) != 0 ? KmtLe(Boot + 19, 2) : KmtLe(Boot + 32, 4);
    ULONG SectorsPerCluster = Boot[13];
    ULONG Fats = Boot[16];

    Geometry->BytesPerSector = KmtLe(Boot + 11, 2);
    Geometry->ReservedSectors = KmtLe(Boot + 14, 2);
    Geometry->FatSectors = KmtLe(Boot + 22, 2) != 0 ? KmtLe(Boot + 22, 2) : KmtLe(Boot + 36, 4);
    if (Geometry->BytesPerSector == 0 || SectorsPerCluster == 0) {
        return FALSE;
    }
    RootSectors = (KmtLe(Boot + 17, 2) * 32 + Geometry->BytesPerSector - 1) / Geometry->BytesPerSector;
    Geometry->ClusterCount = (TotalSectors - Geometry->ReservedSectors - Fats * Geometry->FatSectors - RootSectors) /
                             SectorsPerCluster;
    Geometry->FatType = Geometry->ClusterCount < 4085 ? 12 : Geometry->ClusterCount < 65525 ? 16 : 32;
    Geometry->FsInfoSector = Geometry->FatType == 32 ? KmtLe(Boot + 48, 2) : 0;
    return TRUE;
}

static
BOOLEAN
KmtFatOpenRoot(
    OUT PHANDLE Root
    )

/*++

Routine Description:

    The volume's root, open for its size information and for flushes (FILE_ADD_FILE is the directory's
    FILE_WRITE_DATA).

--*/

{
    NTSTATUS Status;

    Status = KmtFatOpen(Root, L"\\SystemRoot\\", NULL, FILE_LIST_DIRECTORY | FILE_ADD_FILE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                        FILE_OPEN, FILE_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    return (BOOLEAN)NT_SUCCESS(Status);
}

static
VOID
KmtFatCheckFreeCount(
    IN PCSTR When
    )

/*++

Routine Description:

    Flushes the volume, then counts the free entries of the first FAT as the disk holds it and compares the
    count with the driver's (FileFsSizeInformation) and, on FAT32, with the FSInfo sector's.

--*/

{
    static UCHAR Sector[512];
    KMT_FAT_GEOMETRY Geometry;
    HANDLE Root;
    HANDLE Disk;
    IO_STATUS_BLOCK IoStatus;
    PUCHAR Fat;
    ULONG Cluster;
    ULONG Entry;
    ULONG Free = 0;
    ULONG Hint;
    NTSTATUS Status;

    if (!KmtFatOpenRoot(&Root)) {
        return;
    }
    ok_eq_hex(ZwFlushBuffersFile(Root, &IoStatus), STATUS_SUCCESS);
    ZwClose(Root);
    Status = KmtFatOpen(&Disk, L"\\Device\\Ramdisk0", NULL, FILE_READ_DATA, FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (!NT_SUCCESS(Status)) {
        return;
    }
    ok_eq_hex(KmtFatReadDisk(Disk, 0, sizeof(Sector), Sector), STATUS_SUCCESS);
    if (!KmtFatGeometry(Sector, &Geometry) || Geometry.BytesPerSector != sizeof(Sector)) {
        ok(FALSE, "%s: a boot sector this test reads\n", When);
        ZwClose(Disk);
        return;
    }
    Fat = ExAllocatePoolWithTag(PagedPool, Geometry.FatSectors * Geometry.BytesPerSector, 'tmaF');
    if (Fat == NULL) {
        ok(FALSE, "%s: pool for the FAT\n", When);
        ZwClose(Disk);
        return;
    }
    ok_eq_hex(KmtFatReadDisk(Disk, Geometry.ReservedSectors * Geometry.BytesPerSector,
                             Geometry.FatSectors * Geometry.BytesPerSector, Fat),
              STATUS_SUCCESS);
    for (Cluster = 2; Cluster < Geometry.ClusterCount + 2; Cluster += 1) {
        switch (Geometry.FatType) {
        case 12:
            Entry = KmtLe(Fat + Cluster + Cluster / 2, 2);
            Entry = (Cluster & 1) != 0 ? Entry >> 4 : Entry & 0xFFF;
            break;
        case 16:
            Entry = KmtLe(Fat + Cluster * 2, 2);
            break;
        default:
            Entry = KmtLe(Fat + Cluster * 4, 4) & 0x0FFFFFFF;
            break;
        }
        if (Entry == 0) {
            Free += 1;
        }
    }
    ExFreePoolWithTag(Fat, 'tmaF');
    ok(KmtFatFreeUnits() == Free, "%s: the driver's free clusters (%lu) are the FAT's (%lu)\n", When,
       (ULONG)KmtFatFreeUnits(), Free);
    if (Geometry.FatType == 32) {
        ok_eq_hex(KmtFatReadDisk(Disk, Geometry.FsInfoSector * Geometry.BytesPerSector, sizeof(Sector), Sector),
                  STATUS_SUCCESS);
        ok_eq_hex(KmtLe(Sector, 4), 0x41615252);
        ok(KmtLe(Sector + 488, 4) == Free, "%s: FSInfo's free count (%lu) is the FAT's (%lu)\n", When,
           KmtLe(Sector + 488, 4), Free);
        Hint = KmtLe(Sector + 492, 4);
        ok(Hint == MAXULONG || (Hint >= 2 && Hint < Geometry.ClusterCount + 2),
           "%s: FSInfo's next free hint (%lu) is a cluster or unknown\n", When, Hint);
    }
    ZwClose(Disk);
}

static
ULONG
KmtFatAllocation(
    IN HANDLE Handle
    )
{
    FILE_STANDARD_INFORMATION Standard;

    KmtFatStandard(Handle, &Standard);
    return Standard.AllocationSize.LowPart;
}

static
NTSTATUS
KmtFatSetAllocation(
    IN HANDLE Handle,
    IN LONGLONG Size
    )
{
    IO_STATUS_BLOCK IoStatus;
    FILE_ALLOCATION_INFORMATION Allocation;

    Allocation.AllocationSize.QuadPart = Size;
    return ZwSetInformationFile(Handle, &IoStatus, &Allocation, sizeof(Allocation), FileAllocationInformation);
}

static
BOOLEAN
KmtFatCheckFrom(
    IN HANDLE Handle,
    IN ULONG Size,
    IN ULONG Seed
    )

/*++

Routine Description:

    The file is Size bytes of the pattern, read from its start.

--*/

{
    IO_STATUS_BLOCK IoStatus;
    FILE_POSITION_INFORMATION Position;

    Position.CurrentByteOffset.QuadPart = 0;
    ZwSetInformationFile(Handle, &IoStatus, &Position, sizeof(Position), FilePositionInformation);
    return KmtFatCheckPattern(Handle, Size, Seed, 512);
}

static
VOID
KmtFatTestAllocation(
    VOID
    )
{
    HANDLE Handle;
    HANDLE Root;
    IO_STATUS_BLOCK IoStatus;
    FILE_FS_SIZE_INFORMATION Size;
    ULONGLONG FreeBefore;
    ULONGLONG Free;
    ULONG Cluster;
    ULONG First;
    NTSTATUS Status;

    if (!KmtFatOpenRoot(&Root)) {
        return;
    }
    ok_eq_hex(ZwQueryVolumeInformationFile(Root, &IoStatus, &Size, sizeof(Size), FileFsSizeInformation), STATUS_SUCCESS);
    Cluster = Size.SectorsPerAllocationUnit * Size.BytesPerSector;
    First = (1000 + Cluster - 1) / Cluster * Cluster;

    //
    // A directory has no allocation to set.
    //

    ok_eq_hex(KmtFatSetAllocation(Root, Cluster), STATUS_INVALID_PARAMETER);
    ZwClose(Root);
    FreeBefore = KmtFatFreeUnits();
    KmtFatCheckFreeCount("before");

    Status = KmtFatOpen(&Handle, KMT_SPACE_FILE, NULL, FILE_READ_DATA | FILE_WRITE_DATA, 0, FILE_CREATE, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (!NT_SUCCESS(Status)) {
        return;
    }
    ok_eq_hex(KmtFatWrite(Handle, 0, 1000, 11), STATUS_SUCCESS);
    ok_eq_ulong(KmtFatAllocation(Handle), First);

    //
    // Growing: clusters without a new end of file, the data as it was; writes into them take no more.
    //

    ok_eq_hex(KmtFatSetAllocation(Handle, First + 4 * Cluster), STATUS_SUCCESS);
    ok_eq_ulong(KmtFatSize(Handle), 1000);
    ok_eq_ulong(KmtFatAllocation(Handle), First + 4 * Cluster);
    ok(KmtFatFreeUnits() == FreeBefore - First / Cluster - 4, "four more clusters in use\n");
    ok(KmtFatCheckFrom(Handle, 1000, 11), "the data and the end of file are unchanged\n");
    KmtFatCheckFreeCount("preallocated");
    ok_eq_hex(KmtFatWrite(Handle, 0, 1000 + 2 * Cluster, 11), STATUS_SUCCESS);
    ok_eq_ulong(KmtFatSize(Handle), 1000 + 2 * Cluster);
    ok_eq_ulong(KmtFatAllocation(Handle), First + 4 * Cluster);
    ok(KmtFatFreeUnits() == FreeBefore - First / Cluster - 4, "the writes used the allocated clusters\n");
    ok(KmtFatCheckFrom(Handle, 1000 + 2 * Cluster, 11), "the data written into them\n");

    //
    // Shrinking below the end of file truncates: the end of file follows, the rest of the data stays.
    //

    ok_eq_hex(KmtFatSetAllocation(Handle, 300), STATUS_SUCCESS);
    ok_eq_ulong(KmtFatSize(Handle), 300);
    ok_eq_ulong(KmtFatAllocation(Handle), (300 + Cluster - 1) / Cluster * Cluster);
    ok(KmtFatFreeUnits() == FreeBefore - 1, "one cluster in use\n");
    ok(KmtFatCheckFrom(Handle, 300, 11), "the first 300 bytes stay\n");
    ok_eq_hex(KmtFatSetAllocation(Handle, 0), STATUS_SUCCESS);
    ok_eq_ulong(KmtFatSize(Handle), 0);
    ok_eq_ulong(KmtFatAllocation(Handle), 0);
    ok(KmtFatFreeUnits() == FreeBefore, "no cluster in use\n");

    //
    // Clusters allocated and never written are given back at the last cleanup.
    //

    ok_eq_hex(KmtFatSetAllocation(Handle, 3 * Cluster), STATUS_SUCCESS);
    ok(KmtFatFreeUnits() == FreeBefore - 3, "three clusters allocated\n");
    ok_eq_hex(KmtFatSetAllocation(Handle, -1), STATUS_INVALID_PARAMETER);
    ZwClose(Handle);
    ok(KmtFatFreeUnits() == FreeBefore, "given back at the last cleanup\n");
    KmtFatCheckFreeCount("after the cleanup");

    //
    // More than the disk has: STATUS_DISK_FULL, nothing changed (filling it on a volume of at most 4096 free
    // clusters, as FatFs does, so quickly: the default 1440 KiB one). A handle without write access may not.
    //

    Status = KmtFatOpen(&Handle, KMT_SPACE_FILE, NULL, FILE_READ_DATA | FILE_WRITE_DATA, 0, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_ulong(KmtFatSize(Handle), 0);
        ok_eq_ulong(KmtFatAllocation(Handle), 0);
        ok_eq_hex(KmtFatWrite(Handle, 0, 1000, 12), STATUS_SUCCESS);
        Free = KmtFatFreeUnits();
        if (Free <= 4096) {
            ok_eq_hex(KmtFatSetAllocation(Handle, First + (LONGLONG)(Free + 1) * Cluster), STATUS_DISK_FULL);
            ok(KmtFatFreeUnits() == Free, "a full disk takes nothing\n");
        }
        ok_eq_ulong(KmtFatSize(Handle), 1000);
        ok_eq_ulong(KmtFatAllocation(Handle), First);
        ok(KmtFatCheckFrom(Handle, 1000, 12), "the data is intact\n");
        ok_eq_hex(KmtFatSetAllocation(Handle, 0x100000000LL), STATUS_DISK_FULL);
        ZwClose(Handle);
        KmtFatCheckFreeCount("after a full disk");
    }
    Status = KmtFatOpen(&Handle, KMT_SPACE_FILE, NULL, FILE_READ_DATA, FILE_SHARE_READ, FILE_OPEN, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_hex(KmtFatSetAllocation(Handle, 0), STATUS_ACCESS_DENIED);
        ZwClose(Handle);
    }
    ok_eq_hex(KmtFatDelete(KMT_SPACE_FILE), STATUS_SUCCESS);
    ok(KmtFatFreeUnits() == FreeBefore, "every cluster is free again\n");
    KmtFatCheckFreeCount("at the end");
}

START_TEST(FatSpace)
{
    KmtFatTestAllocation();
}
