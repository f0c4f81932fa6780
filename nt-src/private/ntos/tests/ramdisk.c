/*++

Module Name:

    ramdisk.c

Abstract:

    Self-tests of the RAM disk driver (dd/ramdisk) through the file services: \Device\Ramdisk0 opened
    directly, its boot sector as mkfs.fat wrote it (the signature, the BIOS parameter block's sector size and
    count against the disk's length, the file system type label against the partition type), the geometry,
    length and partition queries with their short buffers, whole-sector reads and writes (written data read
    back, then the sector restored), and misaligned or out-of-range transfers.

--*/

#include <kmtest.h>
#include <ntdddisk.h>

#define KMT_SECTOR 512

static
NTSTATUS
KmtOpenRamDisk(
    OUT PHANDLE Handle,
    IN PCWSTR Path,
    IN ACCESS_MASK Access
    )
{
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES Attributes;
    IO_STATUS_BLOCK IoStatus;

    RtlInitUnicodeString(&Name, Path);
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    return ZwOpenFile(Handle, Access | SYNCHRONIZE, &Attributes, &IoStatus, FILE_SHARE_READ | FILE_SHARE_WRITE,
                      FILE_SYNCHRONOUS_IO_NONALERT);
}

static
NTSTATUS
KmtIoctl(
    IN HANDLE Handle,
    IN ULONG Code,
    OUT PVOID Output,
    IN ULONG Length,
    OUT PULONG_PTR Information
    )
{
    IO_STATUS_BLOCK IoStatus;
    NTSTATUS Status;

    IoStatus.Information = 0;
    Status = ZwDeviceIoControlFile(Handle, NULL, NULL, NULL, &IoStatus, Code, NULL, 0, Output, Length);
    *Information = IoStatus.Information;
    return Status;
}

START_TEST(RamDisk)
{
    static UCHAR Sector[KMT_SECTOR];
    static UCHAR Saved[KMT_SECTOR];
    static UCHAR Pattern[KMT_SECTOR];
    HANDLE Handle;
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER Offset;
    GET_LENGTH_INFORMATION LengthInfo;
    DISK_GEOMETRY Geometry;
    PARTITION_INFORMATION Partition;
    PARTITION_INFORMATION_EX PartitionEx;
    ULONG_PTR Information;
    ULONGLONG Length;
    ULONG Total;
    ULONG Index;
    UCHAR Expected;
    NTSTATUS Status;

    Status = KmtOpenRamDisk(&Handle, L"\\Device\\Ramdisk0", FILE_READ_DATA | FILE_WRITE_DATA);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (!NT_SUCCESS(Status)) {
        return;
    }

    //
    // The disk's length, and the boot sector mkfs.fat wrote, which says the same.
    //

    ok_eq_hex(KmtIoctl(Handle, IOCTL_DISK_GET_LENGTH_INFO, &LengthInfo, sizeof(LengthInfo), &Information), STATUS_SUCCESS);
    ok_eq_ulong(Information, sizeof(GET_LENGTH_INFORMATION));
    Length = (ULONGLONG)LengthInfo.Length.QuadPart;
    ok(Length != 0 && (Length % KMT_SECTOR) == 0, "a whole number of sectors: %lu bytes\n", (ULONG)Length);
    Offset.QuadPart = 0;
    Status = ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Sector, KMT_SECTOR, &Offset, NULL);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(IoStatus.Information, KMT_SECTOR);
    ok_eq_hex(Sector[510], 0x55);
    ok_eq_hex(Sector[511], 0xAA);
    ok_eq_ulong(Sector[11] | (Sector[12] << 8), KMT_SECTOR);
    Total = Sector[19] | (Sector[20] << 8);
    if (Total == 0) {
        Total = Sector[32] | (Sector[33] << 8) | (Sector[34] << 16) | ((ULONG)Sector[35] << 24);
    }
    ok_eq_ulong(Total, (ULONG)(Length / KMT_SECTOR));

    //
    // Geometry and partition: one partition from the first byte, typed as the volume's label says.
    //

    ok_eq_hex(KmtIoctl(Handle, IOCTL_DISK_GET_DRIVE_GEOMETRY, &Geometry, sizeof(Geometry), &Information), STATUS_SUCCESS);
    ok_eq_ulong(Information, sizeof(DISK_GEOMETRY));
    ok_eq_ulong(Geometry.BytesPerSector, KMT_SECTOR);
    ok_eq_ulong(Geometry.MediaType, FixedMedia);
    ok(Geometry.Cylinders.QuadPart * Geometry.TracksPerCylinder * Geometry.SectorsPerTrack * KMT_SECTOR <= (LONGLONG)Length &&
       (Geometry.Cylinders.QuadPart + 1) * Geometry.TracksPerCylinder * Geometry.SectorsPerTrack * KMT_SECTOR > (LONGLONG)Length,
       "the geometry covers the disk's whole cylinders\n");
    ok_eq_hex(KmtIoctl(Handle, IOCTL_DISK_GET_DRIVE_GEOMETRY, &Geometry, sizeof(Geometry) - 1, &Information),
              STATUS_BUFFER_TOO_SMALL);
    ok_eq_hex(KmtIoctl(Handle, IOCTL_DISK_GET_LENGTH_INFO, &LengthInfo, 4, &Information), STATUS_BUFFER_TOO_SMALL);
    ok_eq_hex(KmtIoctl(Handle, IOCTL_DISK_GET_PARTITION_INFO, &Partition, sizeof(Partition), &Information), STATUS_SUCCESS);
    ok_eq_ulong(Partition.StartingOffset.QuadPart, 0);
    ok(Partition.PartitionLength.QuadPart == (LONGLONG)Length, "the partition is the whole disk\n");
    ok_eq_ulong(Partition.HiddenSectors, 0);
    if (RtlCompareMemory(&Sector[54], "FAT12   ", 8) == 8) {
        Expected = PARTITION_FAT_12;
    } else if (RtlCompareMemory(&Sector[82], "FAT32   ", 8) == 8) {
        Expected = PARTITION_FAT32;
    } else {
        Expected = (UCHAR)(Total < 65536 ? PARTITION_FAT_16 : PARTITION_HUGE);
    }
    ok_eq_hex(Partition.PartitionType, Expected);
    ok_eq_bool(Partition.RecognizedPartition, TRUE);
    ok_eq_hex(KmtIoctl(Handle, IOCTL_DISK_GET_PARTITION_INFO_EX, &PartitionEx, sizeof(PartitionEx), &Information),
              STATUS_SUCCESS);
    ok_eq_ulong(PartitionEx.PartitionStyle, PARTITION_STYLE_MBR);
    ok(PartitionEx.PartitionLength.QuadPart == (LONGLONG)Length, "the partition (EX) is the whole disk\n");
    ok_eq_hex(PartitionEx.Mbr.PartitionType, Expected);
    ok_eq_hex(KmtIoctl(Handle, IOCTL_DISK_GET_PARTITION_INFO_EX, &PartitionEx, sizeof(PartitionEx) - 1, &Information),
              STATUS_BUFFER_TOO_SMALL);
    ok_eq_hex(KmtIoctl(Handle, CTL_CODE(FILE_DEVICE_DISK, 0x7FF, METHOD_BUFFERED, FILE_ANY_ACCESS), &Geometry,
                       sizeof(Geometry), &Information), STATUS_INVALID_DEVICE_REQUEST);

    //
    // Whole sectors only, within the disk.
    //

    Offset.QuadPart = 100;
    ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Sector, KMT_SECTOR, &Offset, NULL), STATUS_INVALID_PARAMETER);
    Offset.QuadPart = 0;
    ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Sector, 100, &Offset, NULL), STATUS_INVALID_PARAMETER);
    Offset.QuadPart = (LONGLONG)Length;
    ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Sector, KMT_SECTOR, &Offset, NULL), STATUS_END_OF_FILE);
    Offset.QuadPart = (LONGLONG)Length - KMT_SECTOR;
    ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Sector, KMT_SECTOR * 2, &Offset, NULL),
              STATUS_INVALID_PARAMETER);

    //
    // The last sector: written, read back, restored.
    //

    Offset.QuadPart = (LONGLONG)Length - KMT_SECTOR;
    ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Saved, KMT_SECTOR, &Offset, NULL), STATUS_SUCCESS);
    for (Index = 0; Index < KMT_SECTOR; Index += 1) {
        Pattern[Index] = (UCHAR)(Index * 7 + 3);
    }
    ok_eq_hex(ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Pattern, KMT_SECTOR, &Offset, NULL), STATUS_SUCCESS);
    ok_eq_ulong(IoStatus.Information, KMT_SECTOR);
    RtlZeroMemory(Sector, KMT_SECTOR);
    ok_eq_hex(ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Sector, KMT_SECTOR, &Offset, NULL), STATUS_SUCCESS);
    ok(RtlCompareMemory(Sector, Pattern, KMT_SECTOR) == KMT_SECTOR, "the written sector reads back\n");
    ok_eq_hex(ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Saved, KMT_SECTOR, &Offset, NULL), STATUS_SUCCESS);
    ok_eq_hex(ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Pattern, KMT_SECTOR * 2, &Offset, NULL),
              STATUS_INVALID_PARAMETER);
    ZwClose(Handle);

    //
    // A read-only handle may not ask for the partition (FILE_READ_ACCESS is the code's).
    //

    ok_eq_hex(KmtOpenRamDisk(&Handle, L"\\Device\\Ramdisk0", FILE_READ_ATTRIBUTES), STATUS_SUCCESS);
    ok_eq_hex(KmtIoctl(Handle, IOCTL_DISK_GET_PARTITION_INFO, &Partition, sizeof(Partition), &Information),
              STATUS_ACCESS_DENIED);
    ok_eq_hex(KmtIoctl(Handle, IOCTL_DISK_GET_DRIVE_GEOMETRY, &Geometry, sizeof(Geometry), &Information), STATUS_SUCCESS);
    ZwClose(Handle);
}
