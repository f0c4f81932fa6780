/*++

Module Name:

    iofileapi.c

Abstract:

    Self-tests of the kernel's file services through the test disk and file system of kmtfs.c: opening by
    name through a device, a symbolic link and a related file; mounting by volume recognition (a foreign
    volume, a damaged one); dispositions and options; share access; reads and writes with offsets and a
    synchronous file's position; file, directory and volume information; rename, delete on close and
    disposition; flush, control requests on a direct device open; bad handles and parameters.

--*/

#include "kmtfs.h"

static
NTSTATUS
KmtOpen(
    OUT PHANDLE Handle,
    IN PCWSTR Path,
    IN ACCESS_MASK Access,
    IN ULONG Share,
    IN ULONG Disposition,
    IN ULONG Options,
    OUT PIO_STATUS_BLOCK IoStatus
    )
{
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES Attributes;

    RtlInitUnicodeString(&Name, Path);
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    IoStatus->Status = (NTSTATUS)0x12345678;
    IoStatus->Information = 0x5A5A;
    return ZwCreateFile(Handle, Access, &Attributes, IoStatus, NULL, FILE_ATTRIBUTE_NORMAL, Share, Disposition, Options,
                        NULL, 0);
}

#define KMT_RW (FILE_READ_DATA | FILE_WRITE_DATA | SYNCHRONIZE)
#define KMT_SYNC FILE_SYNCHRONOUS_IO_NONALERT

static
PKMT_FS_FILE
KmtFsFile(
    IN PCWSTR Name
    )
{
    UNICODE_STRING String;
    UNICODE_STRING Entry;
    ULONG Index;

    RtlInitUnicodeString(&String, Name);
    for (Index = 1; Index < KMT_FS_FILES; Index += 1) {
        Entry.Buffer = KmtFs.Files[Index].Name;
        Entry.Length = KmtFs.Files[Index].NameLength;
        Entry.MaximumLength = Entry.Length;
        if (KmtFs.Files[Index].InUse && RtlEqualUnicodeString(&Entry, &String, TRUE)) {
            return &KmtFs.Files[Index];
        }
    }
    return NULL;
}

static
PKMT_FS_FILE
KmtFsEntry(
    IN PCWSTR Name
    )

/*++

Return Value:

    The file's entry, or a zeroed one when there is none (its checks then fail instead of faulting).

--*/

{
    static KMT_FS_FILE Missing;
    PKMT_FS_FILE File = KmtFsFile(Name);

    if (File == NULL) {
        RtlZeroMemory(&Missing, sizeof(Missing));
        File = &Missing;
    }
    return File;
}

static
VOID
KmtTestMountAndOpen(
    VOID
    )
{
    HANDLE Handle;
    HANDLE Second;
    IO_STATUS_BLOCK IoStatus;
    PFILE_OBJECT File;
    UNICODE_STRING Name;
    UNICODE_STRING Target;
    NTSTATUS Status;

    //
    // A foreign volume and a damaged one: no file system mounts them, the open fails with the reason.
    //

    Status = KmtOpen(&Handle, KMT_DISK_FOREIGN L"\\a.txt", KMT_RW, 0, FILE_OPEN_IF, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_UNRECOGNIZED_VOLUME);
    ok_eq_ulong(KmtFs.MountRequests, 1);
    ok_eq_bool((KmtFs.Disks[1]->Vpb->Flags & VPB_MOUNTED) != 0, FALSE);
    Status = KmtOpen(&Handle, KMT_DISK_CORRUPT L"\\a.txt", KMT_RW, 0, FILE_OPEN_IF, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_DISK_CORRUPT_ERROR);
    ok_eq_ulong(KmtFs.Mounts, 0);

    //
    // The first open inside the disk mounts it; the file is created, its name the rest of the path.
    //

    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\First.txt", KMT_RW, 0, FILE_CREATE, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_hex(IoStatus.Status, STATUS_SUCCESS);
    ok_eq_ulong(IoStatus.Information, FILE_CREATED);
    ok_eq_ulong(KmtFs.Mounts, 1);
    ok_eq_bool((KmtFs.Disks[0]->Vpb->Flags & VPB_MOUNTED) != 0, TRUE);
    ok_eq_pointer(KmtFs.Disks[0]->Vpb->DeviceObject, KmtFs.Volume);
    ok_eq_ulong(KmtFs.LastDisposition, FILE_CREATE);
    ok_eq_ulong(KmtFs.LastCreateFlags & SL_CASE_SENSITIVE, 0);
    Status = ObReferenceObjectByHandle(Handle, 0, *IoFileObjectType, KernelMode, (PVOID *)&File, NULL);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        RtlInitUnicodeString(&Name, L"\\First.txt");
        ok(RtlEqualUnicodeString(&File->FileName, &Name, FALSE), "FileName is the rest of the path\n");
        ok_eq_pointer(File->DeviceObject, KmtFs.Disks[0]);
        ok_eq_pointer(File->Vpb, KmtFs.Disks[0]->Vpb);
        ok_eq_pointer(IoGetRelatedDeviceObject(File), KmtFs.Volume);
        ok_eq_ulong(File->Flags & (FO_SYNCHRONOUS_IO | FO_FILE_OPEN | FO_HANDLE_CREATED),
                    FO_SYNCHRONOUS_IO | FO_FILE_OPEN | FO_HANDLE_CREATED);
        ok_eq_ulong(KmtFs.Disks[0]->Vpb->ReferenceCount, 1);
        ObDereferenceObject(File);
    }
    ok_eq_hex(ZwClose(Handle), STATUS_SUCCESS);
    ok_eq_ulong(KmtFs.Cleanups, 1);
    ok_eq_ulong(KmtFs.Closes, 1);
    ok_eq_ulong(KmtFs.Disks[0]->Vpb->ReferenceCount, 0);

    //
    // Mounted once: a second open does not ask again. Through a symbolic link (\DosDevices\K:).
    //

    RtlInitUnicodeString(&Name, L"\\DosDevices\\K:");
    RtlInitUnicodeString(&Target, KMT_DISK_VOLUME);
    ok_eq_hex(IoCreateSymbolicLink(&Name, &Target), STATUS_SUCCESS);
    Status = KmtOpen(&Handle, L"\\??\\K:\\first.TXT", KMT_RW, FILE_SHARE_READ, FILE_OPEN, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(IoStatus.Information, FILE_OPENED);
    ok_eq_ulong(KmtFs.MountRequests, 3);

    //
    // A name relative to an open directory reaches the file system with the directory as related file.
    //

    Status = KmtOpen(&Second, L"\\??\\K:\\", FILE_LIST_DIRECTORY | SYNCHRONIZE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                     FILE_OPEN, KMT_SYNC | FILE_DIRECTORY_FILE, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        HANDLE Relative;
        OBJECT_ATTRIBUTES Attributes;

        RtlInitUnicodeString(&Name, L"Rel.txt");
        InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, Second, NULL);
        Status = ZwCreateFile(&Relative, KMT_RW, &Attributes, &IoStatus, NULL, 0, 0, FILE_CREATE, KMT_SYNC, NULL, 0);
        ok_eq_hex(Status, STATUS_SUCCESS);
        ok(KmtFs.LastRelated != NULL, "the create had a related file object\n");
        ok(KmtFsFile(L"Rel.txt") != NULL, "Rel.txt exists\n");
        if (NT_SUCCESS(Status)) {
            ZwClose(Relative);
        }
        RtlInitUnicodeString(&Name, L"\\Rel.txt");
        InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, Second, NULL);
        Status = ZwCreateFile(&Relative, KMT_RW, &Attributes, &IoStatus, NULL, 0, 0, FILE_OPEN, KMT_SYNC, NULL, 0);
        ok_eq_hex(Status, STATUS_OBJECT_PATH_SYNTAX_BAD);
        ZwClose(Second);
    }
    ZwClose(Handle);
    RtlInitUnicodeString(&Name, L"\\DosDevices\\K:");
    ok_eq_hex(IoDeleteSymbolicLink(&Name), STATUS_SUCCESS);

    //
    // Names that reach no device or file, and paths through a device looked up as names.
    //

    Status = KmtOpen(&Handle, L"\\Device", KMT_RW, 0, FILE_OPEN, 0, &IoStatus);
    ok_eq_hex(Status, STATUS_OBJECT_TYPE_MISMATCH);
    Status = KmtOpen(&Handle, L"\\Device\\NoSuchDisk\\x", KMT_RW, 0, FILE_OPEN, 0, &IoStatus);
    ok_eq_hex(Status, STATUS_OBJECT_PATH_NOT_FOUND);
    Status = KmtOpen(&Handle, L"\\Device\\NoSuchDisk", KMT_RW, 0, FILE_OPEN, 0, &IoStatus);
    ok_eq_hex(Status, STATUS_OBJECT_NAME_NOT_FOUND);
    RtlInitUnicodeString(&Name, KMT_DISK_VOLUME L"\\First.txt");
    Status = ObReferenceObjectByName(&Name, OBJ_CASE_INSENSITIVE, NULL, 0, *IoDeviceObjectType, KernelMode, NULL,
                                     (PVOID *)&File);
    ok_eq_hex(Status, STATUS_OBJECT_TYPE_MISMATCH);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\dir\\x", KMT_RW, 0, FILE_OPEN, 0, &IoStatus);
    ok_eq_hex(Status, STATUS_OBJECT_PATH_NOT_FOUND);
}

static
VOID
KmtTestDispositions(
    VOID
    )
{
    HANDLE Handle;
    IO_STATUS_BLOCK IoStatus;
    PKMT_FS_FILE File;
    NTSTATUS Status;
    UCHAR Data[4] = { 1, 2, 3, 4 };

    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Disp.txt", KMT_RW, 0, FILE_OPEN, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_OBJECT_NAME_NOT_FOUND);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Disp.txt", KMT_RW, 0, FILE_OVERWRITE, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_OBJECT_NAME_NOT_FOUND);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Disp.txt", KMT_RW, 0, FILE_OPEN_IF, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(IoStatus.Information, FILE_CREATED);
    ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Data, sizeof(Data), NULL, NULL);
    ZwClose(Handle);
    File = KmtFsEntry(L"Disp.txt");
    ok_eq_ulong(File->Size, 4);

    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Disp.txt", KMT_RW, 0, FILE_CREATE, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_OBJECT_NAME_COLLISION);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Disp.txt", KMT_RW, 0, FILE_OPEN_IF, KMT_SYNC, &IoStatus);
    ok_eq_ulong(IoStatus.Information, FILE_OPENED);
    ZwClose(Handle);
    ok(File->Size == 4, "FILE_OPEN_IF keeps the data\n");
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Disp.txt", KMT_RW, 0, FILE_OVERWRITE, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(IoStatus.Information, FILE_OVERWRITTEN);
    ok_eq_ulong(File->Size, 0);
    ZwClose(Handle);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Disp.txt", KMT_RW, 0, FILE_SUPERSEDE, KMT_SYNC, &IoStatus);
    ok_eq_ulong(IoStatus.Information, FILE_SUPERSEDED);
    ZwClose(Handle);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\New.txt", KMT_RW, 0, FILE_OVERWRITE_IF, KMT_SYNC, &IoStatus);
    ok_eq_ulong(IoStatus.Information, FILE_CREATED);
    ZwClose(Handle);

    //
    // Directories and files.
    //

    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Dir", FILE_LIST_DIRECTORY | SYNCHRONIZE, 0, FILE_CREATE,
                     KMT_SYNC | FILE_DIRECTORY_FILE, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ZwClose(Handle);
    ok(KmtFsFile(L"Dir") != NULL && KmtFsEntry(L"Dir")->Directory, "Dir is a directory\n");
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Dir", KMT_RW, 0, FILE_OPEN, KMT_SYNC | FILE_NON_DIRECTORY_FILE,
                     &IoStatus);
    ok_eq_hex(Status, STATUS_FILE_IS_A_DIRECTORY);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\New.txt", KMT_RW, 0, FILE_OPEN, KMT_SYNC | FILE_DIRECTORY_FILE,
                     &IoStatus);
    ok_eq_hex(Status, STATUS_NOT_A_DIRECTORY);

    //
    // Parameters the DDK documents as invalid never reach the file system.
    //

    KmtFs.Creates = 0;
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\New.txt", KMT_RW, 0, FILE_MAXIMUM_DISPOSITION + 1, 0, &IoStatus);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\New.txt", KMT_RW, 8, FILE_OPEN, 0, &IoStatus);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\New.txt", FILE_READ_DATA, 0, FILE_OPEN, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\New.txt", KMT_RW, 0, FILE_OPEN,
                     FILE_SYNCHRONOUS_IO_ALERT | FILE_SYNCHRONOUS_IO_NONALERT, &IoStatus);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\New.txt", KMT_RW, 0, FILE_OPEN, FILE_DELETE_ON_CLOSE, &IoStatus);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Dir", KMT_RW, 0, FILE_OVERWRITE_IF, FILE_DIRECTORY_FILE, &IoStatus);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Dir", KMT_RW, 0, FILE_OPEN,
                     FILE_DIRECTORY_FILE | FILE_NON_DIRECTORY_FILE, &IoStatus);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\New.txt", KMT_RW, 0, FILE_OPEN, 0x01000000, &IoStatus);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    ok_eq_ulong(KmtFs.Creates, 0);
    ok_eq_hex(ZwCreateFile(&Handle, KMT_RW, NULL, &IoStatus, NULL, 0, 0, FILE_OPEN, 0, NULL, 0),
              STATUS_INVALID_PARAMETER);
}

static
VOID
KmtTestShareAccess(
    VOID
    )
{
    HANDLE First;
    HANDLE Second;
    IO_STATUS_BLOCK IoStatus;
    NTSTATUS Status;

    Status = KmtOpen(&First, KMT_DISK_VOLUME L"\\Share.txt", FILE_READ_DATA | SYNCHRONIZE, FILE_SHARE_READ,
                     FILE_OPEN_IF, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    Status = KmtOpen(&Second, KMT_DISK_VOLUME L"\\Share.txt", FILE_WRITE_DATA | SYNCHRONIZE,
                     FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_OPEN, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SHARING_VIOLATION);
    Status = KmtOpen(&Second, KMT_DISK_VOLUME L"\\Share.txt", FILE_READ_DATA | SYNCHRONIZE, 0, FILE_OPEN, KMT_SYNC,
                     &IoStatus);
    ok_eq_hex(Status, STATUS_SHARING_VIOLATION);
    Status = KmtOpen(&Second, KMT_DISK_VOLUME L"\\Share.txt", FILE_READ_DATA | SYNCHRONIZE, FILE_SHARE_READ, FILE_OPEN,
                     KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(KmtFsEntry(L"Share.txt")->ShareAccess.OpenCount, 2);
    ok_eq_ulong(KmtFsEntry(L"Share.txt")->ShareAccess.Readers, 2);
    ZwClose(Second);

    //
    // Attribute-only opens never conflict and are not counted.
    //

    Status = KmtOpen(&Second, KMT_DISK_VOLUME L"\\Share.txt", FILE_READ_ATTRIBUTES | SYNCHRONIZE, 0, FILE_OPEN,
                     KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(KmtFsEntry(L"Share.txt")->ShareAccess.OpenCount, 1);
    ZwClose(Second);
    ZwClose(First);
    ok_eq_ulong(KmtFsEntry(L"Share.txt")->ShareAccess.OpenCount, 0);

    //
    // Once the first is closed, its sharing no longer applies.
    //

    Status = KmtOpen(&Second, KMT_DISK_VOLUME L"\\Share.txt", FILE_WRITE_DATA | SYNCHRONIZE, 0, FILE_OPEN, KMT_SYNC,
                     &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ZwClose(Second);
}

static
VOID
KmtTestReadWrite(
    VOID
    )
{
    HANDLE Handle;
    HANDLE Async;
    HANDLE Event;
    IO_STATUS_BLOCK IoStatus;
    FILE_POSITION_INFORMATION Position;
    LARGE_INTEGER Offset;
    UCHAR Data[64];
    UCHAR Back[64];
    ULONG Index;
    NTSTATUS Status;
    OBJECT_ATTRIBUTES Attributes;

    for (Index = 0; Index < sizeof(Data); Index += 1) {
        Data[Index] = (UCHAR)(Index * 3 + 1);
    }
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Rw.txt", KMT_RW, 0, FILE_OVERWRITE_IF, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);

    //
    // A synchronous file: without an offset at the current position, which moves.
    //

    Status = ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Data, 40, NULL, NULL);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(IoStatus.Information, 40);
    Status = ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Data + 40, 24, NULL, NULL);
    ok_eq_ulong(IoStatus.Information, 24);
    ok_eq_ulong(KmtFsEntry(L"Rw.txt")->Size, 64);
    ok(RtlCompareMemory(KmtFsEntry(L"Rw.txt")->Data, Data, 64) == 64, "the file holds what was written\n");
    Status = ZwQueryInformationFile(Handle, &IoStatus, &Position, sizeof(Position), FilePositionInformation);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(Position.CurrentByteOffset.LowPart, 64);
    Position.CurrentByteOffset.QuadPart = 10;
    Status = ZwSetInformationFile(Handle, &IoStatus, &Position, sizeof(Position), FilePositionInformation);
    ok_eq_hex(Status, STATUS_SUCCESS);
    RtlZeroMemory(Back, sizeof(Back));
    Status = ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Back, 20, NULL, NULL);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(IoStatus.Information, 20);
    ok(RtlCompareMemory(Back, Data + 10, 20) == 20, "read from the position\n");
    Offset.QuadPart = 60;
    Status = ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Back, 20, &Offset, NULL);
    ok_eq_ulong(IoStatus.Information, 4);
    ok(RtlCompareMemory(Back, Data + 60, 4) == 4, "a read at an offset stops at the end\n");
    ZwQueryInformationFile(Handle, &IoStatus, &Position, sizeof(Position), FilePositionInformation);
    ok_eq_ulong(Position.CurrentByteOffset.LowPart, 64);
    Status = ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Back, 20, NULL, NULL);
    ok_eq_hex(Status, STATUS_END_OF_FILE);
    Offset.LowPart = FILE_WRITE_TO_END_OF_FILE;
    Offset.HighPart = -1;
    Status = ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Data, 6, &Offset, NULL);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(KmtFsEntry(L"Rw.txt")->Size, 70);
    Offset.QuadPart = -5;
    Status = ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Back, 4, &Offset, NULL);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    Offset.QuadPart = 2000;
    Status = ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Data, 4, &Offset, NULL);
    ok_eq_hex(Status, STATUS_DISK_FULL);
    ZwClose(Handle);

    //
    // A file opened without FILE_SYNCHRONOUS_IO_*: an offset is required; the caller's event is set.
    //

    Status = KmtOpen(&Async, KMT_DISK_VOLUME L"\\Rw.txt", FILE_READ_DATA, FILE_SHARE_READ, FILE_OPEN, 0, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    Status = ZwReadFile(Async, NULL, NULL, NULL, &IoStatus, Back, 4, NULL, NULL);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    InitializeObjectAttributes(&Attributes, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
    ok_eq_hex(ZwCreateEvent(&Event, EVENT_ALL_ACCESS, &Attributes, NotificationEvent, FALSE), STATUS_SUCCESS);
    Offset.QuadPart = 3;
    Status = ZwReadFile(Async, Event, NULL, NULL, &IoStatus, Back, 4, &Offset, NULL);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(IoStatus.Information, 4);
    ok(RtlCompareMemory(Back, Data + 3, 4) == 4, "read at offset 3\n");
    ok_eq_hex(ZwWaitForSingleObject(Event, FALSE, NULL), STATUS_SUCCESS);

    //
    // Handles that may not: write on a read-only handle, a closed handle, a handle to no file.
    //

    Status = ZwWriteFile(Async, NULL, NULL, NULL, &IoStatus, Data, 4, &Offset, NULL);
    ok_eq_hex(Status, STATUS_ACCESS_DENIED);
    Status = ZwReadFile(Event, NULL, NULL, NULL, &IoStatus, Back, 4, &Offset, NULL);
    ok_eq_hex(Status, STATUS_OBJECT_TYPE_MISMATCH);
    Status = ZwReadFile(Async, Async, NULL, NULL, &IoStatus, Back, 4, &Offset, NULL);
    ok_eq_hex(Status, STATUS_OBJECT_TYPE_MISMATCH);
    Status = ZwReadFile(Async, NULL, NULL, NULL, NULL, Back, 4, &Offset, NULL);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);
    ZwClose(Event);
    ZwClose(Async);
    Status = ZwReadFile(Async, NULL, NULL, NULL, &IoStatus, Back, 4, &Offset, NULL);
    ok_eq_hex(Status, STATUS_INVALID_HANDLE);
    ok_eq_hex(ZwClose(Async), STATUS_INVALID_HANDLE);
    Status = ZwFlushBuffersFile((HANDLE)(ULONG_PTR)0x7FFC, &IoStatus);
    ok_eq_hex(Status, STATUS_INVALID_HANDLE);
}

static
VOID
KmtTestInformation(
    VOID
    )
{
    HANDLE Handle;
    HANDLE Directory;
    IO_STATUS_BLOCK IoStatus;
    FILE_STANDARD_INFORMATION Standard;
    FILE_BASIC_INFORMATION Basic;
    FILE_END_OF_FILE_INFORMATION EndOfFile;
    FILE_FS_DEVICE_INFORMATION Device;
    FILE_FS_SIZE_INFORMATION Size;
    ULONG Mode;
    UCHAR Buffer[256];
    PFILE_NAME_INFORMATION Name = (PFILE_NAME_INFORMATION)Buffer;
    PFILE_NAMES_INFORMATION Entry;
    PFILE_RENAME_INFORMATION Rename = (PFILE_RENAME_INFORMATION)Buffer;
    UNICODE_STRING Pattern;
    ULONG Count;
    NTSTATUS Status;

    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Info.txt", KMT_RW | DELETE | FILE_WRITE_ATTRIBUTES, 0,
                     FILE_OVERWRITE_IF, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, Buffer, 100, NULL, NULL);

    Status = ZwQueryInformationFile(Handle, &IoStatus, &Standard, sizeof(Standard), FileStandardInformation);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(IoStatus.Information, sizeof(Standard));
    ok_eq_ulong(Standard.EndOfFile.LowPart, 100);
    ok_eq_bool(Standard.Directory, FALSE);
    Status = ZwQueryInformationFile(Handle, &IoStatus, &Standard, sizeof(Standard) - 1, FileStandardInformation);
    ok_eq_hex(Status, STATUS_INFO_LENGTH_MISMATCH);
    Status = ZwQueryInformationFile(Handle, &IoStatus, &Standard, sizeof(Standard), FileEndOfFileInformation);
    ok_eq_hex(Status, STATUS_INVALID_INFO_CLASS);
    Status = ZwQueryInformationFile(Handle, &IoStatus, &Standard, sizeof(Standard), (FILE_INFORMATION_CLASS)0);
    ok_eq_hex(Status, STATUS_INVALID_INFO_CLASS);
    Status = ZwQueryInformationFile(Handle, &IoStatus, Name, sizeof(Buffer), FileNameInformation);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(Name->FileNameLength, 18);
    ok(Name->FileName[0] == L'\\' && Name->FileName[1] == L'I' && Name->FileName[8] == L't', "name \\Info.txt\n");
    Status = ZwQueryInformationFile(Handle, &IoStatus, Name, 12, FileNameInformation);
    ok_eq_hex(Status, STATUS_BUFFER_OVERFLOW);
    ok_eq_ulong(IoStatus.Information, 12);
    Status = ZwQueryInformationFile(Handle, &IoStatus, &Mode, sizeof(Mode), FileModeInformation);
    ok_eq_ulong(Mode, FILE_SYNCHRONOUS_IO_NONALERT);
    Status = ZwQueryInformationFile(Handle, &IoStatus, &Basic, sizeof(Basic), FileBasicInformation);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(Basic.FileAttributes & FILE_ATTRIBUTE_DIRECTORY, 0);
    RtlZeroMemory(&Basic, sizeof(Basic));
    Basic.FileAttributes = FILE_ATTRIBUTE_HIDDEN;
    ok_eq_hex(ZwSetInformationFile(Handle, &IoStatus, &Basic, sizeof(Basic), FileBasicInformation), STATUS_SUCCESS);
    ok_eq_ulong(KmtFsEntry(L"Info.txt")->Attributes, FILE_ATTRIBUTE_HIDDEN);

    //
    // End of file: truncate and extend with zeros.
    //

    EndOfFile.EndOfFile.QuadPart = 10;
    ok_eq_hex(ZwSetInformationFile(Handle, &IoStatus, &EndOfFile, sizeof(EndOfFile), FileEndOfFileInformation),
              STATUS_SUCCESS);
    ok_eq_ulong(KmtFsEntry(L"Info.txt")->Size, 10);
    EndOfFile.EndOfFile.QuadPart = 5000;
    ok_eq_hex(ZwSetInformationFile(Handle, &IoStatus, &EndOfFile, sizeof(EndOfFile), FileEndOfFileInformation),
              STATUS_DISK_FULL);

    //
    // Rename within the directory, then to a path (the target's directory opened first).
    //

    Rename->ReplaceIfExists = FALSE;
    Rename->RootDirectory = NULL;
    Rename->FileNameLength = 12;
    RtlCopyMemory(Rename->FileName, L"Ren.txt", 14);
    Status = ZwSetInformationFile(Handle, &IoStatus, Rename, sizeof(Buffer), FileRenameInformation);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok(KmtFsFile(L"Ren.tx") != NULL && KmtFsFile(L"Info.txt") == NULL, "renamed to Ren.tx\n");
    Rename->FileNameLength = sizeof(KMT_DISK_VOLUME L"\\New.txt") - sizeof(WCHAR);
    RtlCopyMemory(Rename->FileName, KMT_DISK_VOLUME L"\\New.txt", Rename->FileNameLength);
    Status = ZwSetInformationFile(Handle, &IoStatus, Rename, sizeof(Buffer), FileRenameInformation);
    ok_eq_hex(Status, STATUS_OBJECT_NAME_COLLISION);
    ok_eq_ulong(KmtFs.LastCreateFlags & SL_OPEN_TARGET_DIRECTORY, SL_OPEN_TARGET_DIRECTORY);
    Rename->ReplaceIfExists = TRUE;
    Status = ZwSetInformationFile(Handle, &IoStatus, Rename, sizeof(Buffer), FileRenameInformation);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok(KmtFsFile(L"New.txt") != NULL && KmtFsEntry(L"New.txt")->Size == 10, "New.txt replaced by the renamed file\n");
    Rename->FileNameLength = 1000;
    Status = ZwSetInformationFile(Handle, &IoStatus, Rename, sizeof(Buffer), FileRenameInformation);
    ok_eq_hex(Status, STATUS_INVALID_PARAMETER);

    //
    // Volume information: the device's from the I/O manager, the rest from the file system.
    //

    Status = ZwQueryVolumeInformationFile(Handle, &IoStatus, &Device, sizeof(Device), FileFsDeviceInformation);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(Device.DeviceType, FILE_DEVICE_DISK);
    ok_eq_ulong(Device.Characteristics & FILE_DEVICE_IS_MOUNTED, FILE_DEVICE_IS_MOUNTED);
    Status = ZwQueryVolumeInformationFile(Handle, &IoStatus, &Size, sizeof(Size), FileFsSizeInformation);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(Size.BytesPerSector, KMT_DISK_SECTOR);
    ok_eq_ulong(Size.TotalAllocationUnits.LowPart, KMT_FS_FILES - 1);
    Status = ZwQueryVolumeInformationFile(Handle, &IoStatus, &Size, sizeof(Size), (FS_INFORMATION_CLASS)99);
    ok_eq_hex(Status, STATUS_INVALID_INFO_CLASS);

    //
    // Flush; disposition deletes at the last cleanup.
    //

    KmtFs.Flushes = 0;
    ok_eq_hex(ZwFlushBuffersFile(Handle, &IoStatus), STATUS_SUCCESS);
    ok_eq_ulong(KmtFs.Flushes, 1);
    Buffer[0] = TRUE;
    ok_eq_hex(ZwSetInformationFile(Handle, &IoStatus, Buffer, sizeof(FILE_DISPOSITION_INFORMATION),
                                   FileDispositionInformation), STATUS_SUCCESS);
    ok(KmtFsFile(L"New.txt") != NULL, "still there while open\n");
    ZwClose(Handle);
    ok(KmtFsFile(L"New.txt") == NULL, "deleted at the last cleanup\n");

    //
    // Delete on close; a handle without DELETE may not set the disposition.
    //

    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Temp.txt", KMT_RW | DELETE, 0, FILE_CREATE,
                     KMT_SYNC | FILE_DELETE_ON_CLOSE, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok(KmtFsFile(L"Temp.txt") != NULL, "Temp.txt created\n");
    ZwClose(Handle);
    ok(KmtFsFile(L"Temp.txt") == NULL, "Temp.txt deleted on close\n");
    Status = KmtOpen(&Handle, KMT_DISK_VOLUME L"\\Rw.txt", KMT_RW, FILE_SHARE_READ, FILE_OPEN, KMT_SYNC, &IoStatus);
    Buffer[0] = TRUE;
    ok_eq_hex(ZwSetInformationFile(Handle, &IoStatus, Buffer, sizeof(FILE_DISPOSITION_INFORMATION),
                                   FileDispositionInformation), STATUS_ACCESS_DENIED);
    ZwClose(Handle);

    //
    // Enumerating the root directory: every entry once, then no more; a pattern; single entries.
    //

    Status = KmtOpen(&Directory, KMT_DISK_VOLUME L"\\", FILE_LIST_DIRECTORY | SYNCHRONIZE,
                     FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_OPEN, KMT_SYNC | FILE_DIRECTORY_FILE, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    Status = ZwQueryDirectoryFile(Directory, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer), FileNamesInformation,
                                  FALSE, NULL, TRUE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    Count = 0;
    for (Entry = (PFILE_NAMES_INFORMATION)Buffer; NT_SUCCESS(Status); Entry = (PVOID)((PUCHAR)Entry + Entry->NextEntryOffset)) {
        Count += 1;
        if (Entry->NextEntryOffset == 0) {
            break;
        }
    }
    for (Mode = 1, Standard.NumberOfLinks = 0; Mode < KMT_FS_FILES; Mode += 1) {
        Standard.NumberOfLinks += KmtFs.Files[Mode].InUse ? 1 : 0;
    }
    ok_eq_ulong(Count, Standard.NumberOfLinks);
    Status = ZwQueryDirectoryFile(Directory, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer), FileNamesInformation,
                                  FALSE, NULL, FALSE);
    ok_eq_hex(Status, STATUS_NO_MORE_FILES);
    RtlInitUnicodeString(&Pattern, L"RW.TXT");
    Status = ZwQueryDirectoryFile(Directory, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer), FileNamesInformation,
                                  TRUE, &Pattern, TRUE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    Entry = (PFILE_NAMES_INFORMATION)Buffer;
    ok_eq_ulong(Entry->FileNameLength, 12);
    ok_eq_ulong(Entry->NextEntryOffset, 0);
    Status = ZwQueryDirectoryFile(Directory, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer), FileNamesInformation,
                                  TRUE, NULL, TRUE);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(((PFILE_NAMES_INFORMATION)Buffer)->NextEntryOffset, 0);
    Status = ZwQueryDirectoryFile(Directory, NULL, NULL, NULL, &IoStatus, Buffer, 4, FileNamesInformation, FALSE, NULL,
                                  TRUE);
    ok_eq_hex(Status, STATUS_INFO_LENGTH_MISMATCH);
    Status = ZwQueryDirectoryFile(Directory, NULL, NULL, NULL, &IoStatus, Buffer, sizeof(Buffer),
                                  FileBasicInformation, FALSE, NULL, TRUE);
    ok_eq_hex(Status, STATUS_INVALID_INFO_CLASS);
    ZwClose(Directory);
}

static
VOID
KmtTestDeviceOpen(
    VOID
    )
{
    HANDLE Handle;
    IO_STATUS_BLOCK IoStatus;
    ULONG Disk = 99;
    UCHAR Sector[8];
    LARGE_INTEGER Offset;
    PFILE_OBJECT File;
    PDEVICE_OBJECT Device;
    UNICODE_STRING Name;
    NTSTATUS Status;

    //
    // The disk's own name: a direct open of the disk, not of the volume.
    //

    Status = KmtOpen(&Handle, KMT_DISK_VOLUME, FILE_READ_DATA | SYNCHRONIZE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                     FILE_OPEN, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    Status = ZwDeviceIoControlFile(Handle, NULL, NULL, NULL, &IoStatus, KMT_DISK_IOCTL, NULL, 0, &Disk, sizeof(Disk));
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(Disk, 0);
    ok_eq_ulong(IoStatus.Information, sizeof(ULONG));
    Status = ZwDeviceIoControlFile(Handle, NULL, NULL, NULL, &IoStatus, KMT_DISK_IOCTL + 4, NULL, 0, &Disk, sizeof(Disk));
    ok_eq_hex(Status, STATUS_INVALID_DEVICE_REQUEST);
    Offset.QuadPart = 0;
    Status = ZwReadFile(Handle, NULL, NULL, NULL, &IoStatus, Sector, sizeof(Sector), &Offset, NULL);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok(RtlCompareMemory(Sector, "KMTFSVOL", 8) == 8, "the raw sector\n");
    ZwClose(Handle);
    Status = KmtOpen(&Handle, KMT_DISK_FOREIGN, SYNCHRONIZE, 0, FILE_OPEN, KMT_SYNC, &IoStatus);
    ok_eq_hex(Status, STATUS_SUCCESS);
    Status = ZwDeviceIoControlFile(Handle, NULL, NULL, NULL, &IoStatus, KMT_DISK_IOCTL, NULL, 0, &Disk, sizeof(Disk));
    ok_eq_hex(Status, STATUS_ACCESS_DENIED);
    ZwClose(Handle);

    //
    // IoGetDeviceObjectPointer takes the same path.
    //

    RtlInitUnicodeString(&Name, KMT_DISK_CORRUPT);
    Status = IoGetDeviceObjectPointer(&Name, FILE_READ_DATA, &File, &Device);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_pointer(Device, KmtFs.Disks[2]);
        ok_eq_ulong(File->Flags & FO_DIRECT_DEVICE_OPEN, FO_DIRECT_DEVICE_OPEN);
        ok_eq_pointer(File->Vpb, NULL);
        ObDereferenceObject(File);
    }
}

START_TEST(IoFileApi)
{
    NTSTATUS Status;

    Status = KmtFsLoadDrivers();
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (!NT_SUCCESS(Status)) {
        KmtFsUnloadDrivers();
        return;
    }
    KmtTestMountAndOpen();
    KmtTestDispositions();
    KmtTestShareAccess();
    KmtTestReadWrite();
    KmtTestCompletionApcs();
    KmtTestInformation();
    KmtTestDeviceOpen();
    KmtFsUnloadDrivers();
}
