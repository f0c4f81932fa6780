/*++

Module Name:

    ioapc.c

Abstract:

    Self-tests of the file services' completion APCs (part of the IoFileApi suite, on the test file system):
    the caller's ApcRoutine of ZwReadFile, ZwWriteFile, ZwDeviceIoControlFile and ZwQueryDirectoryFile runs
    once, in the calling thread at PASSIVE_LEVEL, with its ApcContext and the caller's status block as the
    request left it, and only in an alertable user-mode wait (the DDK's "Waits and APCs": such a wait is
    interrupted with STATUS_USER_APC and the user APC delivered; a kernel-mode or non-alertable one is not);
    requests that fail queue none.

--*/

#include "kmtfs.h"

#define KMT_APC_CALLS 4

typedef struct _KMT_APC_CALL {
    PVOID Context;
    PIO_STATUS_BLOCK IoStatusBlock;
    NTSTATUS Status;                // what the status block held when the routine ran
    ULONG_PTR Information;
    ULONG Reserved;
    KIRQL Irql;
    PETHREAD Thread;
} KMT_APC_CALL;

static KMT_APC_CALL KmtApcCalls[KMT_APC_CALLS];
static ULONG KmtApcCount;

static
VOID
NTAPI
KmtCompletionApc(
    IN PVOID ApcContext,
    IN PIO_STATUS_BLOCK IoStatusBlock,
    IN ULONG Reserved
    )
{
    KMT_APC_CALL *Call;

    if (KmtApcCount < KMT_APC_CALLS) {
        Call = &KmtApcCalls[KmtApcCount];
        Call->Context = ApcContext;
        Call->IoStatusBlock = IoStatusBlock;
        Call->Status = IoStatusBlock->Status;
        Call->Information = IoStatusBlock->Information;
        Call->Reserved = Reserved;
        Call->Irql = KeGetCurrentIrql();
        Call->Thread = PsGetCurrentThread();
    }
    KmtApcCount += 1;
}

static
NTSTATUS
KmtApcOpen(
    OUT PHANDLE Handle,
    IN PCWSTR Path,
    IN ACCESS_MASK Access,
    IN ULONG Options
    )
{
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES Attributes;
    IO_STATUS_BLOCK IoStatus;

    RtlInitUnicodeString(&Name, Path);
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    return ZwCreateFile(Handle, Access | SYNCHRONIZE, &Attributes, &IoStatus, NULL, FILE_ATTRIBUTE_NORMAL,
                        FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_OPEN_IF, Options | FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
}

static
NTSTATUS
KmtAlertableWait(
    IN KPROCESSOR_MODE WaitMode,
    IN BOOLEAN Alertable,
    IN ULONG Milliseconds
    )
{
    LARGE_INTEGER Interval;

    Interval.QuadPart = (LONGLONG)Milliseconds * -10000;
    return KeDelayExecutionThread(WaitMode, Alertable, &Interval);
}

VOID
KmtTestCompletionApcs(
    VOID
    )
{
    static UCHAR Buffer[256];
    HANDLE File;
    HANDLE Directory;
    HANDLE Disk;
    IO_STATUS_BLOCK Read;
    IO_STATUS_BLOCK First;
    IO_STATUS_BLOCK Second;
    IO_STATUS_BLOCK Third;
    LARGE_INTEGER Offset;
    ULONG DiskNumber = MAXULONG;
    ULONG Ticks;
    LARGE_INTEGER Before;
    LARGE_INTEGER After;
    NTSTATUS Status;

    KmtApcCount = 0;
    RtlZeroMemory(KmtApcCalls, sizeof(KmtApcCalls));
    Status = KmtApcOpen(&File, KMT_DISK_VOLUME L"\\Apc.txt", FILE_READ_DATA | FILE_WRITE_DATA, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (!NT_SUCCESS(Status)) {
        return;
    }
    Offset.QuadPart = 0;
    ok_eq_hex(ZwWriteFile(File, NULL, NULL, NULL, &Read, "completion", 10, &Offset, NULL), STATUS_SUCCESS);

    //
    // Queued when the request is complete, not run when the service returns, nor by waits that are not
    // alertable user-mode ones.
    //

    Read.Status = (NTSTATUS)0x12345678;
    Status = ZwReadFile(File, NULL, (PIO_APC_ROUTINE)KmtCompletionApc, (PVOID)0x5A, &Read, Buffer, 6, &Offset, NULL);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(Read.Information, 6);
    ok_eq_ulong(KmtApcCount, 0);
    ok_eq_hex(KmtAlertableWait(KernelMode, FALSE, 10), STATUS_SUCCESS);
    ok_eq_ulong(KmtApcCount, 0);
    ok_eq_hex(KmtAlertableWait(KernelMode, TRUE, 10), STATUS_SUCCESS);
    ok_eq_ulong(KmtApcCount, 0);
    ok_eq_hex(KmtAlertableWait(UserMode, FALSE, 10), STATUS_SUCCESS);
    ok_eq_ulong(KmtApcCount, 0);

    //
    // An alertable user-mode wait ends at once, the routine having run once with the context and the caller's
    // status block as the request left it.
    //

    KeQueryTickCount(&Before);
    ok_eq_hex(KmtAlertableWait(UserMode, TRUE, 5000), STATUS_USER_APC);
    KeQueryTickCount(&After);
    Ticks = (ULONG)(After.QuadPart - Before.QuadPart);
    ok(Ticks < 2, "the wait ended at once (%lu ticks)\n", Ticks);
    ok_eq_ulong(KmtApcCount, 1);
    ok_eq_pointer(KmtApcCalls[0].Context, (PVOID)0x5A);
    ok_eq_pointer(KmtApcCalls[0].IoStatusBlock, &Read);
    ok_eq_hex(KmtApcCalls[0].Status, STATUS_SUCCESS);
    ok_eq_ulong(KmtApcCalls[0].Information, 6);
    ok_eq_ulong(KmtApcCalls[0].Reserved, 0);
    ok_eq_long(KmtApcCalls[0].Irql, PASSIVE_LEVEL);
    ok_eq_pointer(KmtApcCalls[0].Thread, PsGetCurrentThread());
    ok_eq_hex(KmtAlertableWait(UserMode, TRUE, 10), STATUS_SUCCESS);
    ok_eq_ulong(KmtApcCount, 1);

    //
    // A write, a directory query and a device control each queue theirs; one wait runs them in order.
    //

    KmtApcCount = 0;
    Offset.QuadPart = 10;
    ok_eq_hex(ZwWriteFile(File, NULL, (PIO_APC_ROUTINE)KmtCompletionApc, (PVOID)1, &First, "!!", 2, &Offset, NULL),
              STATUS_SUCCESS);
    Status = KmtApcOpen(&Directory, KMT_DISK_VOLUME L"\\", FILE_LIST_DIRECTORY, FILE_DIRECTORY_FILE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_hex(ZwQueryDirectoryFile(Directory, NULL, (PIO_APC_ROUTINE)KmtCompletionApc, (PVOID)2, &Second, Buffer,
                                       sizeof(Buffer), FileNamesInformation, TRUE, NULL, TRUE),
                  STATUS_SUCCESS);
        ZwClose(Directory);
    }
    Status = KmtApcOpen(&Disk, KMT_DISK_VOLUME, FILE_READ_DATA, 0);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_hex(ZwDeviceIoControlFile(Disk, NULL, (PIO_APC_ROUTINE)KmtCompletionApc, (PVOID)3, &Third, KMT_DISK_IOCTL,
                                        NULL, 0, &DiskNumber, sizeof(DiskNumber)),
                  STATUS_SUCCESS);
        ok_eq_ulong(DiskNumber, 0);

        //
        // One that fails queues nothing: the caller has the status.
        //

        ok_eq_hex(ZwDeviceIoControlFile(Disk, NULL, (PIO_APC_ROUTINE)KmtCompletionApc, (PVOID)4, &Read,
                                        KMT_DISK_IOCTL + 4, NULL, 0, &DiskNumber, sizeof(DiskNumber)),
                  STATUS_INVALID_DEVICE_REQUEST);
        ZwClose(Disk);
    }
    ok_eq_ulong(KmtApcCount, 0);
    ok_eq_hex(KmtAlertableWait(UserMode, TRUE, 5000), STATUS_USER_APC);
    ok_eq_ulong(KmtApcCount, 3);
    ok_eq_pointer(KmtApcCalls[0].Context, (PVOID)1);
    ok_eq_ulong(KmtApcCalls[0].Information, 2);
    ok_eq_pointer(KmtApcCalls[1].Context, (PVOID)2);
    ok_eq_pointer(KmtApcCalls[1].IoStatusBlock, &Second);
    ok_eq_pointer(KmtApcCalls[2].Context, (PVOID)3);
    ok_eq_ulong(KmtApcCalls[2].Information, sizeof(ULONG));

    //
    // Bad parameters are refused before anything is queued; a read past the end fails and queues nothing.
    //

    ok_eq_hex(ZwReadFile(File, NULL, (PIO_APC_ROUTINE)KmtCompletionApc, NULL, NULL, Buffer, 4, &Offset, NULL),
              STATUS_INVALID_PARAMETER);
    Offset.QuadPart = 4000;
    ok_eq_hex(ZwReadFile(File, NULL, (PIO_APC_ROUTINE)KmtCompletionApc, NULL, &Read, Buffer, 4, &Offset, NULL),
              STATUS_END_OF_FILE);
    KmtApcCount = 0;
    ok_eq_hex(KmtAlertableWait(UserMode, TRUE, 10), STATUS_SUCCESS);
    ok_eq_ulong(KmtApcCount, 0);

    //
    // Inside a critical region user APC delivery is held off with normal kernel APCs: the wait is not ended
    // by it; the routine runs at the next alertable wait outside.
    //

    Offset.QuadPart = 0;
    ok_eq_hex(ZwReadFile(File, NULL, (PIO_APC_ROUTINE)KmtCompletionApc, (PVOID)6, &Read, Buffer, 2, &Offset, NULL),
              STATUS_SUCCESS);
    KeEnterCriticalRegion();
    ok_eq_hex(KmtAlertableWait(UserMode, TRUE, 10), STATUS_SUCCESS);
    ok_eq_ulong(KmtApcCount, 0);
    KeLeaveCriticalRegion();
    ok_eq_hex(KmtAlertableWait(UserMode, TRUE, 10), STATUS_USER_APC);
    ok_eq_ulong(KmtApcCount, 1);
    ok_eq_pointer(KmtApcCalls[0].Context, (PVOID)6);
    ZwClose(File);
}
