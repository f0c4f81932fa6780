/*++

Module Name:

    fatbench.c

Abstract:

    The FAT throughput benchmark's kernel side (bench/fat-throughput): KMT_BENCH_FILES files of 1 MiB written
    to the boot volume through ZwWriteFile in 64 KiB requests, KMT_BENCH_PASSES times over, and for the read
    variant then read back as many times, checked; or, as the reference through the same I/O path without the
    file system, the same bytes written to (and read back from) the RAM disk's device directly, at its end.
    The host times boots with and without it.

--*/

#include "fattest.h"
#include <ntdddisk.h>

#define KMT_BENCH_FILES 16
#define KMT_BENCH_FILE_SIZE (1024 * 1024)
#define KMT_BENCH_REQUEST (64 * 1024)
#define KMT_BENCH_PASSES 32

static
NTSTATUS
KmtBenchTransfer(
    IN HANDLE Handle,
    IN ULONGLONG Offset,
    IN PUCHAR Buffer,
    IN BOOLEAN Read
    )

/*++

Routine Description:

    One file's worth (1 MiB) at Offset in 64 KiB requests; a read checks the pattern a write left.

--*/

{
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER Position;
    ULONG Done;
    NTSTATUS Status;

    for (Done = 0; Done < KMT_BENCH_FILE_SIZE; Done += KMT_BENCH_REQUEST) {
        Position.QuadPart = (LONGLONG)(Offset + Done);
        if (Read) {
            Buffer[0] = (UCHAR)~KmtFatPattern(Done, 1);
            Buffer[KMT_BENCH_REQUEST - 1] = (UCHAR)~KmtFatPattern(Done + KMT_BENCH_REQUEST - 1, 1);
            Status = ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, KMT_BENCH_REQUEST, &Position, NULL);
            if (NT_SUCCESS(Status) && (Buffer[0] != KmtFatPattern(Done, 1) ||
                                       Buffer[KMT_BENCH_REQUEST - 1] != KmtFatPattern(Done + KMT_BENCH_REQUEST - 1, 1))) {
                Status = STATUS_UNSUCCESSFUL;
            }
        } else {
            Status = ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer + Done % (2 * KMT_BENCH_REQUEST), KMT_BENCH_REQUEST,
                                 &Position, NULL);
        }
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        if (IoStatus.Information != KMT_BENCH_REQUEST) {
            return STATUS_UNSUCCESSFUL;
        }
    }
    return STATUS_SUCCESS;
}

VOID
KmtFatBenchmark(
    IN BOOLEAN Raw,
    IN BOOLEAN Read
    )

/*++

Routine Description:

    /FATWRITEBENCH, /FATREADBENCH (write, then read), /DISKWRITEBENCH, /DISKREADBENCH: see the module's
    description. Says on the console how many MiB went each way.

--*/

{
    static WCHAR Path[] = L"\\SystemRoot\\bench00.bin";
    HANDLE Handle = NULL;
    PUCHAR Buffer;
    ULONG Index;
    ULONG Pass;
    BOOLEAN Reading;
    ULONG Moved[2] = { 0, 0 };
    ULONGLONG Base = 0;
    IO_STATUS_BLOCK IoStatus;
    PARTITION_INFORMATION Partition;
    NTSTATUS Status = STATUS_SUCCESS;

    //
    // The pattern repeats every 128 KiB: two requests' worth, from which each write takes its part.
    //

    Buffer = ExAllocatePoolWithTag(NonPagedPool, 2 * KMT_BENCH_REQUEST, 'hcnB');
    if (Buffer == NULL) {
        DbgPrint("FAT bench: no pool\n");
        return;
    }
    for (Index = 0; Index < 2 * KMT_BENCH_REQUEST; Index += 1) {
        Buffer[Index] = KmtFatPattern(Index, 1);
    }
    if (Raw) {
        Status = KmtFatOpen(&Handle, L"\\Device\\Ramdisk0", NULL, FILE_READ_DATA | FILE_WRITE_DATA,
                            FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_OPEN, 0);
        if (NT_SUCCESS(Status)) {
            Status = ZwDeviceIoControlFile(Handle, NULL, NULL, NULL, &IoStatus, IOCTL_DISK_GET_PARTITION_INFO, NULL, 0,
                                           &Partition, sizeof(Partition));
        }
        if (NT_SUCCESS(Status)) {
            Base = (ULONGLONG)Partition.PartitionLength.QuadPart - KMT_BENCH_FILES * KMT_BENCH_FILE_SIZE;
        }
    }
    for (Pass = 0; Pass < (Read ? 2u : 1u) * KMT_BENCH_PASSES && NT_SUCCESS(Status); Pass += 1) {
        Reading = (BOOLEAN)(Pass >= KMT_BENCH_PASSES);
        for (Index = 0; Index < KMT_BENCH_FILES && NT_SUCCESS(Status); Index += 1) {
            if (!Raw) {
                Path[17] = (WCHAR)(L'0' + Index / 10);
                Path[18] = (WCHAR)(L'0' + Index % 10);
                Status = KmtFatOpen(&Handle, Path, NULL, Reading ? FILE_READ_DATA : FILE_WRITE_DATA, 0,
                                    Reading ? FILE_OPEN : FILE_OVERWRITE_IF, 0);
                if (!NT_SUCCESS(Status)) {
                    break;
                }
            }
            Status = KmtBenchTransfer(Handle, Base + (Raw ? (ULONGLONG)Index * KMT_BENCH_FILE_SIZE : 0), Buffer, Reading);
            if (NT_SUCCESS(Status)) {
                Moved[Reading] += 1;
            }
            if (!Raw) {
                ZwClose(Handle);
            }
        }
    }
    if (Raw && Handle != NULL) {
        ZwClose(Handle);
    }
    ExFreePoolWithTag(Buffer, 'hcnB');
    DbgPrint("FAT bench: %s, %lu MiB written, %lu MiB read (0x%08lx)\n", Raw ? "RAM disk device" : "files on FAT",
             Moved[0], Moved[1], Status);
}
