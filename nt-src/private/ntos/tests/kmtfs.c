/*++

Module Name:

    kmtfs.c

Abstract:

    The file service self-tests' drivers: KmtDisk (three one-sector disks) and KmtFs, a test file system
    that mounts the disk whose sector starts with its signature (kmtfs.h). They are built into the kernel
    (IoCreateDriver) for the IoFileApi suite.

--*/

#include "kmtfs.h"

KMT_FS_STATE KmtFs;

static UCHAR KmtDiskSectors[3][KMT_DISK_SECTOR];
static const CHAR KmtFsSignature[8] = { 'K', 'M', 'T', 'F', 'S', 'V', 'O', 'L' };
static const CHAR KmtFsDamaged[8] = { 'K', 'M', 'T', 'F', 'S', 'B', 'A', 'D' };

typedef struct _KMT_FS_CCB {
    ULONG NextIndex;                // the next directory entry to return
    BOOLEAN DeleteOnClose;
} KMT_FS_CCB, *PKMT_FS_CCB;

static
NTSTATUS
KmtComplete(
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

//
// The disks: a read of the sector (or within it), and the test IOCTL, which returns the disk's number.
//

static
NTSTATUS
NTAPI
KmtDiskDispatch(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )
{
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG Disk = *(PULONG)DeviceObject->DeviceExtension;
    ULONG Offset;
    ULONG Length;

    switch (Stack->MajorFunction) {
    case IRP_MJ_READ:
        KmtFs.DiskReads += 1;
        Offset = Stack->Parameters.Read.ByteOffset.LowPart;
        Length = Stack->Parameters.Read.Length;
        if (Stack->Parameters.Read.ByteOffset.HighPart != 0 || Offset >= KMT_DISK_SECTOR) {
            return KmtComplete(Irp, STATUS_END_OF_FILE, 0);
        }
        if (Length > KMT_DISK_SECTOR - Offset) {
            Length = KMT_DISK_SECTOR - Offset;
        }
        RtlCopyMemory(Irp->UserBuffer, &KmtDiskSectors[Disk][Offset], Length);
        return KmtComplete(Irp, STATUS_SUCCESS, Length);

    case IRP_MJ_DEVICE_CONTROL:
        if (Stack->Parameters.DeviceIoControl.IoControlCode != KMT_DISK_IOCTL) {
            return KmtComplete(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
        }
        if (Stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(ULONG)) {
            return KmtComplete(Irp, STATUS_BUFFER_TOO_SMALL, 0);
        }
        *(PULONG)Irp->AssociatedIrp.SystemBuffer = Disk;
        return KmtComplete(Irp, STATUS_SUCCESS, sizeof(ULONG));

    default:
        return KmtComplete(Irp, STATUS_SUCCESS, 0);
    }
}

static
NTSTATUS
NTAPI
KmtDiskEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )
{
    static const PCWSTR Names[3] = { KMT_DISK_VOLUME, KMT_DISK_FOREIGN, KMT_DISK_CORRUPT };
    UNICODE_STRING Name;
    ULONG Index;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(RegistryPath);

    KmtFs.DiskDriver = DriverObject;
    for (Index = 0; Index <= IRP_MJ_MAXIMUM_FUNCTION; Index += 1) {
        DriverObject->MajorFunction[Index] = KmtDiskDispatch;
    }
    RtlZeroMemory(KmtDiskSectors, sizeof(KmtDiskSectors));
    RtlCopyMemory(KmtDiskSectors[0], KmtFsSignature, sizeof(KmtFsSignature));
    RtlCopyMemory(KmtDiskSectors[2], KmtFsDamaged, sizeof(KmtFsDamaged));
    for (Index = 0; Index < 3; Index += 1) {
        RtlInitUnicodeString(&Name, Names[Index]);
        Status = IoCreateDevice(DriverObject, sizeof(ULONG), &Name, FILE_DEVICE_DISK, 0, FALSE, &KmtFs.Disks[Index]);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        *(PULONG)KmtFs.Disks[Index]->DeviceExtension = Index;
        KmtFs.Disks[Index]->Flags &= ~DO_DEVICE_INITIALIZING;
    }
    return STATUS_SUCCESS;
}

//
// The file system.
//

static
NTSTATUS
KmtFsMount(
    IN PIO_STACK_LOCATION Stack
    )

/*++

Routine Description:

    Reads the volume's sector through the device the I/O manager names and mounts it when it carries the
    signature: a volume device, one stack location deeper than the disk's stack.

--*/

{
    PDEVICE_OBJECT Target = Stack->Parameters.MountVolume.DeviceObject;
    UCHAR Sector[16];
    KEVENT Event;
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER Offset;
    PIRP Irp;
    NTSTATUS Status;

    KmtFs.MountRequests += 1;
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Offset.QuadPart = 0;
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, Target, Sector, sizeof(Sector), &Offset, &Event, &IoStatus);
    if (Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Status = IoCallDriver(Target, Irp);
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
        Status = IoStatus.Status;
    }
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (RtlCompareMemory(Sector, KmtFsDamaged, sizeof(KmtFsDamaged)) == sizeof(KmtFsDamaged)) {
        return STATUS_DISK_CORRUPT_ERROR;
    }
    if (RtlCompareMemory(Sector, KmtFsSignature, sizeof(KmtFsSignature)) != sizeof(KmtFsSignature)) {
        return STATUS_UNRECOGNIZED_VOLUME;
    }
    Status = IoCreateDevice(KmtFs.FsDriver, 0, NULL, FILE_DEVICE_DISK_FILE_SYSTEM, 0, FALSE, &KmtFs.Volume);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    KmtFs.Volume->StackSize = (CCHAR)(Target->StackSize + 1);
    KmtFs.Volume->Flags &= ~DO_DEVICE_INITIALIZING;
    Stack->Parameters.MountVolume.Vpb->DeviceObject = KmtFs.Volume;
    Stack->Parameters.MountVolume.Vpb->SerialNumber = 0x4B4D5446;
    RtlZeroMemory(KmtFs.Files, sizeof(KmtFs.Files));
    KmtFs.Files[0].InUse = TRUE;
    KmtFs.Files[0].Directory = TRUE;
    KmtFs.Mounts += 1;
    return STATUS_SUCCESS;
}

static
PKMT_FS_FILE
KmtFsLookup(
    IN PCUNICODE_STRING Name
    )
{
    UNICODE_STRING Entry;
    ULONG Index;

    for (Index = 1; Index < KMT_FS_FILES; Index += 1) {
        if (!KmtFs.Files[Index].InUse) {
            continue;
        }
        Entry.Buffer = KmtFs.Files[Index].Name;
        Entry.Length = KmtFs.Files[Index].NameLength;
        Entry.MaximumLength = Entry.Length;
        if (RtlEqualUnicodeString(&Entry, Name, TRUE)) {
            return &KmtFs.Files[Index];
        }
    }
    return NULL;
}

static
VOID
KmtFsLastComponent(
    IN PCUNICODE_STRING Path,
    OUT PUNICODE_STRING Name
    )

/*++

Routine Description:

    The name in a flat volume: the path without its leading backslash.

--*/

{
    *Name = *Path;
    if (Name->Length != 0 && Name->Buffer[0] == L'\\') {
        Name->Buffer += 1;
        Name->Length -= sizeof(WCHAR);
        Name->MaximumLength = Name->Length;
    }
}

static
NTSTATUS
KmtFsCreate(
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack
    )
{
    PFILE_OBJECT FileObject = Stack->FileObject;
    ULONG Disposition = Stack->Parameters.Create.Options >> 24;
    ULONG Options = Stack->Parameters.Create.Options & FILE_VALID_OPTION_FLAGS;
    ACCESS_MASK Access = Stack->Parameters.Create.SecurityContext->DesiredAccess;
    PKMT_FS_FILE File;
    PKMT_FS_CCB Ccb;
    UNICODE_STRING Name;
    ULONG_PTR Information;
    ULONG Index;
    NTSTATUS Status;

    KmtFs.Creates += 1;
    KmtFs.LastCreateFlags = Stack->Flags;
    KmtFs.LastDisposition = Disposition;
    KmtFs.LastRelated = FileObject->RelatedFileObject;
    KmtFsLastComponent(&FileObject->FileName, &Name);
    for (Index = 0; Index < Name.Length / sizeof(WCHAR); Index += 1) {
        if (Name.Buffer[Index] == L'\\') {
            return STATUS_OBJECT_PATH_NOT_FOUND;
        }
    }
    if (Name.Length > KMT_FS_NAME_CHARS * sizeof(WCHAR)) {
        return STATUS_OBJECT_NAME_INVALID;
    }
    if ((Stack->Flags & SL_OPEN_TARGET_DIRECTORY) != 0) {
        File = &KmtFs.Files[0];
        Information = KmtFsLookup(&Name) != NULL ? FILE_EXISTS : FILE_DOES_NOT_EXIST;
    } else if (Name.Length == 0) {
        File = &KmtFs.Files[0];
        Information = FILE_OPENED;
    } else {
        File = KmtFsLookup(&Name);
        if (File == NULL) {
            if (Disposition == FILE_OPEN || Disposition == FILE_OVERWRITE) {
                return STATUS_OBJECT_NAME_NOT_FOUND;
            }
            for (Index = 1; Index < KMT_FS_FILES && KmtFs.Files[Index].InUse; Index += 1) {
                NOTHING;
            }
            if (Index == KMT_FS_FILES) {
                return STATUS_DISK_FULL;
            }
            File = &KmtFs.Files[Index];
            RtlZeroMemory(File, sizeof(KMT_FS_FILE));
            File->InUse = TRUE;
            File->Directory = (BOOLEAN)((Options & FILE_DIRECTORY_FILE) != 0);
            File->Attributes = Stack->Parameters.Create.FileAttributes;
            RtlCopyMemory(File->Name, Name.Buffer, Name.Length);
            File->NameLength = Name.Length;
            Information = FILE_CREATED;
        } else if (Disposition == FILE_CREATE) {
            return STATUS_OBJECT_NAME_COLLISION;
        } else {
            Information = FILE_OPENED;
        }
    }
    if (File->DeletePending) {
        return STATUS_DELETE_PENDING;
    }
    if ((Options & FILE_DIRECTORY_FILE) != 0 && !File->Directory) {
        return STATUS_NOT_A_DIRECTORY;
    }
    if ((Options & FILE_NON_DIRECTORY_FILE) != 0 && File->Directory) {
        return STATUS_FILE_IS_A_DIRECTORY;
    }
    if (File->OpenCount == 0) {
        IoSetShareAccess(Access, Stack->Parameters.Create.ShareAccess, FileObject, &File->ShareAccess);
    } else {
        Status = IoCheckShareAccess(Access, Stack->Parameters.Create.ShareAccess, FileObject, &File->ShareAccess, TRUE);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
    }
    if (Information == FILE_OPENED && !File->Directory &&
        (Disposition == FILE_OVERWRITE || Disposition == FILE_OVERWRITE_IF || Disposition == FILE_SUPERSEDE)) {
        File->Size = 0;
        Information = Disposition == FILE_SUPERSEDE ? FILE_SUPERSEDED : FILE_OVERWRITTEN;
    }
    Ccb = ExAllocatePoolWithTag(NonPagedPool, sizeof(KMT_FS_CCB), 'bCtK');
    if (Ccb == NULL) {
        IoRemoveShareAccess(FileObject, &File->ShareAccess);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Ccb->NextIndex = 1;
    Ccb->DeleteOnClose = (BOOLEAN)((Options & FILE_DELETE_ON_CLOSE) != 0);
    File->OpenCount += 1;
    FileObject->FsContext = File;
    FileObject->FsContext2 = Ccb;
    Irp->IoStatus.Information = Information;
    return STATUS_SUCCESS;
}

static
NTSTATUS
KmtFsReadWrite(
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack,
    IN PKMT_FS_FILE File
    )
{
    PFILE_OBJECT FileObject = Stack->FileObject;
    LARGE_INTEGER Offset = Stack->Parameters.Read.ByteOffset;
    ULONG Length = Stack->Parameters.Read.Length;
    ULONG Start;

    if (File->Directory) {
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (Stack->MajorFunction == IRP_MJ_READ) {
        if (Offset.HighPart != 0 || Offset.LowPart >= File->Size) {
            return STATUS_END_OF_FILE;
        }
        if (Length > File->Size - Offset.LowPart) {
            Length = File->Size - Offset.LowPart;
        }
        RtlCopyMemory(Irp->UserBuffer, &File->Data[Offset.LowPart], Length);
        Irp->IoStatus.Information = Length;
        return STATUS_SUCCESS;
    }
    Start = (Offset.HighPart == -1 && Offset.LowPart == FILE_WRITE_TO_END_OF_FILE) ? File->Size : Offset.LowPart;
    if ((Offset.HighPart != 0 && Start == Offset.LowPart) || Start > KMT_FS_FILE_SIZE ||
        Length > KMT_FS_FILE_SIZE - Start) {
        return STATUS_DISK_FULL;
    }
    if (Start > File->Size) {
        RtlZeroMemory(&File->Data[File->Size], Start - File->Size);
    }
    RtlCopyMemory(&File->Data[Start], Irp->UserBuffer, Length);
    if (Start + Length > File->Size) {
        File->Size = Start + Length;
    }
    if (Start != Offset.LowPart && (FileObject->Flags & FO_SYNCHRONOUS_IO) != 0) {
        FileObject->CurrentByteOffset.QuadPart = Start + Length;
    }
    Irp->IoStatus.Information = Length;
    return STATUS_SUCCESS;
}

static
NTSTATUS
KmtFsQueryInformation(
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack,
    IN PKMT_FS_FILE File
    )
{
    PVOID Buffer = Irp->AssociatedIrp.SystemBuffer;
    ULONG Length = Stack->Parameters.QueryFile.Length;
    PFILE_BASIC_INFORMATION Basic;
    PFILE_STANDARD_INFORMATION Standard;
    PFILE_NAME_INFORMATION Name;
    ULONG Room;

    switch (Stack->Parameters.QueryFile.FileInformationClass) {
    case FileBasicInformation:
        Basic = Buffer;
        RtlZeroMemory(Basic, sizeof(FILE_BASIC_INFORMATION));
        Basic->FileAttributes = File->Directory ? FILE_ATTRIBUTE_DIRECTORY : (File->Attributes | FILE_ATTRIBUTE_NORMAL);
        Irp->IoStatus.Information = sizeof(FILE_BASIC_INFORMATION);
        return STATUS_SUCCESS;

    case FileStandardInformation:
        Standard = Buffer;
        Standard->AllocationSize.QuadPart = KMT_FS_FILE_SIZE;
        Standard->EndOfFile.QuadPart = File->Size;
        Standard->NumberOfLinks = 1;
        Standard->DeletePending = File->DeletePending;
        Standard->Directory = File->Directory;
        Irp->IoStatus.Information = sizeof(FILE_STANDARD_INFORMATION);
        return STATUS_SUCCESS;

    case FileNameInformation:
        Name = Buffer;
        Name->FileNameLength = sizeof(WCHAR) + File->NameLength;
        Room = Length - FIELD_OFFSET(FILE_NAME_INFORMATION, FileName);
        Name->FileName[0] = L'\\';
        if (Room < Name->FileNameLength) {
            RtlCopyMemory(&Name->FileName[1], File->Name, Room - sizeof(WCHAR));
            Irp->IoStatus.Information = Length;
            return STATUS_BUFFER_OVERFLOW;
        }
        RtlCopyMemory(&Name->FileName[1], File->Name, File->NameLength);
        Irp->IoStatus.Information = FIELD_OFFSET(FILE_NAME_INFORMATION, FileName) + Name->FileNameLength;
        return STATUS_SUCCESS;

    default:
        return STATUS_INVALID_PARAMETER;
    }
}

static
NTSTATUS
KmtFsSetInformation(
    IN PIO_STACK_LOCATION Stack,
    IN PKMT_FS_FILE File,
    IN PVOID Buffer
    )
{
    PFILE_RENAME_INFORMATION Rename;
    PKMT_FS_FILE Existing;
    UNICODE_STRING Name;
    ULONG Size;

    switch (Stack->Parameters.SetFile.FileInformationClass) {
    case FileEndOfFileInformation:
        if (File->Directory) {
            return STATUS_INVALID_PARAMETER;
        }
        if (((PFILE_END_OF_FILE_INFORMATION)Buffer)->EndOfFile.QuadPart > KMT_FS_FILE_SIZE) {
            return STATUS_DISK_FULL;
        }
        Size = ((PFILE_END_OF_FILE_INFORMATION)Buffer)->EndOfFile.LowPart;
        if (Size > File->Size) {
            RtlZeroMemory(&File->Data[File->Size], Size - File->Size);
        }
        File->Size = Size;
        return STATUS_SUCCESS;

    case FileDispositionInformation:
        if (File == &KmtFs.Files[0]) {
            return STATUS_CANNOT_DELETE;
        }
        File->DeletePending = ((PFILE_DISPOSITION_INFORMATION)Buffer)->DeleteFile;
        return STATUS_SUCCESS;

    case FileBasicInformation:
        if (((PFILE_BASIC_INFORMATION)Buffer)->FileAttributes != 0) {
            File->Attributes = ((PFILE_BASIC_INFORMATION)Buffer)->FileAttributes & FILE_ATTRIBUTE_VALID_SET_FLAGS;
        }
        return STATUS_SUCCESS;

    case FileAllocationInformation:
        return STATUS_SUCCESS;

    case FileRenameInformation:
        Rename = Buffer;
        if (Stack->Parameters.SetFile.FileObject != NULL) {
            KmtFsLastComponent(&Stack->Parameters.SetFile.FileObject->FileName, &Name);
        } else {
            Name.Buffer = Rename->FileName;
            Name.Length = (USHORT)Rename->FileNameLength;
            Name.MaximumLength = Name.Length;
        }
        if (Name.Length == 0 || Name.Length > KMT_FS_NAME_CHARS * sizeof(WCHAR) || File == &KmtFs.Files[0]) {
            return STATUS_OBJECT_NAME_INVALID;
        }
        Existing = KmtFsLookup(&Name);
        if (Existing != NULL && Existing != File) {
            if (!Stack->Parameters.SetFile.ReplaceIfExists) {
                return STATUS_OBJECT_NAME_COLLISION;
            }
            if (Existing->OpenCount != 0) {
                return STATUS_ACCESS_DENIED;
            }
            Existing->InUse = FALSE;
        }
        RtlCopyMemory(File->Name, Name.Buffer, Name.Length);
        File->NameLength = Name.Length;
        return STATUS_SUCCESS;

    default:
        return STATUS_INVALID_PARAMETER;
    }
}

static
NTSTATUS
KmtFsQueryDirectory(
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack,
    IN PKMT_FS_FILE File,
    IN PKMT_FS_CCB Ccb
    )

/*++

Routine Description:

    Returns the root directory's entries as FileNamesInformation from the handle's place; a pattern other
    than "*" selects the one entry of that name.

--*/

{
    PUCHAR Buffer = Irp->UserBuffer;
    ULONG Length = Stack->Parameters.QueryDirectory.Length;
    PUNICODE_STRING Pattern = Stack->Parameters.QueryDirectory.FileName;
    PFILE_NAMES_INFORMATION Entry;
    PFILE_NAMES_INFORMATION Previous = NULL;
    UNICODE_STRING Name;
    ULONG Used = 0;
    ULONG Size;
    BOOLEAN First = (BOOLEAN)((Stack->Flags & SL_RESTART_SCAN) != 0 || Ccb->NextIndex == 1);

    if (!File->Directory) {
        return STATUS_INVALID_PARAMETER;
    }
    if (Stack->Parameters.QueryDirectory.FileInformationClass != FileNamesInformation) {
        return STATUS_INVALID_INFO_CLASS;
    }
    if ((Stack->Flags & SL_RESTART_SCAN) != 0) {
        Ccb->NextIndex = 1;
    }
    for (; Ccb->NextIndex < KMT_FS_FILES; Ccb->NextIndex += 1) {
        File = &KmtFs.Files[Ccb->NextIndex];
        if (!File->InUse) {
            continue;
        }
        Name.Buffer = File->Name;
        Name.Length = File->NameLength;
        Name.MaximumLength = Name.Length;
        if (Pattern != NULL && !(Pattern->Length == sizeof(WCHAR) && Pattern->Buffer[0] == L'*') &&
            !RtlEqualUnicodeString(&Name, Pattern, TRUE)) {
            continue;
        }
        Size = (FIELD_OFFSET(FILE_NAMES_INFORMATION, FileName) + File->NameLength + 7) & ~7;
        if (Used + FIELD_OFFSET(FILE_NAMES_INFORMATION, FileName) + File->NameLength > Length) {
            break;
        }
        Entry = (PFILE_NAMES_INFORMATION)(Buffer + Used);
        Entry->NextEntryOffset = 0;
        Entry->FileIndex = Ccb->NextIndex;
        Entry->FileNameLength = File->NameLength;
        RtlCopyMemory(Entry->FileName, File->Name, File->NameLength);
        if (Previous != NULL) {
            Previous->NextEntryOffset = (ULONG)((PUCHAR)Entry - (PUCHAR)Previous);
        }
        Previous = Entry;
        Irp->IoStatus.Information = Used + FIELD_OFFSET(FILE_NAMES_INFORMATION, FileName) + File->NameLength;
        Used += Size;
        if ((Stack->Flags & SL_RETURN_SINGLE_ENTRY) != 0) {
            Ccb->NextIndex += 1;
            break;
        }
    }
    if (Previous == NULL) {
        if (Ccb->NextIndex < KMT_FS_FILES) {
            return STATUS_BUFFER_OVERFLOW;
        }
        return First && Pattern != NULL ? STATUS_NO_SUCH_FILE : STATUS_NO_MORE_FILES;
    }
    return STATUS_SUCCESS;
}

static
NTSTATUS
KmtFsQueryVolume(
    IN PIRP Irp,
    IN PIO_STACK_LOCATION Stack
    )
{
    PFILE_FS_SIZE_INFORMATION Size = Irp->AssociatedIrp.SystemBuffer;
    PFILE_FS_ATTRIBUTE_INFORMATION Attribute = Irp->AssociatedIrp.SystemBuffer;
    ULONG Free = 0;
    ULONG Index;

    switch (Stack->Parameters.QueryVolume.FsInformationClass) {
    case FileFsSizeInformation:
        for (Index = 1; Index < KMT_FS_FILES; Index += 1) {
            Free += KmtFs.Files[Index].InUse ? 0 : 1;
        }
        Size->TotalAllocationUnits.QuadPart = KMT_FS_FILES - 1;
        Size->AvailableAllocationUnits.QuadPart = Free;
        Size->SectorsPerAllocationUnit = KMT_FS_FILE_SIZE / KMT_DISK_SECTOR;
        Size->BytesPerSector = KMT_DISK_SECTOR;
        Irp->IoStatus.Information = sizeof(FILE_FS_SIZE_INFORMATION);
        return STATUS_SUCCESS;

    case FileFsAttributeInformation:
        if (Stack->Parameters.QueryVolume.Length < FIELD_OFFSET(FILE_FS_ATTRIBUTE_INFORMATION, FileSystemName) + 10) {
            return STATUS_BUFFER_OVERFLOW;
        }
        Attribute->FileSystemAttributes = FILE_CASE_PRESERVED_NAMES | FILE_UNICODE_ON_DISK;
        Attribute->MaximumComponentNameLength = KMT_FS_NAME_CHARS;
        Attribute->FileSystemNameLength = 10;
        RtlCopyMemory(Attribute->FileSystemName, L"KMTFS", 10);
        Irp->IoStatus.Information = FIELD_OFFSET(FILE_FS_ATTRIBUTE_INFORMATION, FileSystemName) + 10;
        return STATUS_SUCCESS;

    default:
        return STATUS_INVALID_PARAMETER;
    }
}

static
NTSTATUS
NTAPI
KmtFsDispatch(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )
{
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    PFILE_OBJECT FileObject = Stack->FileObject;
    PKMT_FS_FILE File = FileObject != NULL ? FileObject->FsContext : NULL;
    PKMT_FS_CCB Ccb = FileObject != NULL ? FileObject->FsContext2 : NULL;
    NTSTATUS Status;

    Irp->IoStatus.Information = 0;
    if (DeviceObject == KmtFs.FsControl) {
        if (Stack->MajorFunction == IRP_MJ_FILE_SYSTEM_CONTROL && Stack->MinorFunction == IRP_MN_MOUNT_VOLUME) {
            Status = KmtFsMount(Stack);
        } else {
            Status = Stack->MajorFunction == IRP_MJ_CREATE || Stack->MajorFunction == IRP_MJ_CLEANUP ||
                     Stack->MajorFunction == IRP_MJ_CLOSE ? STATUS_SUCCESS : STATUS_INVALID_DEVICE_REQUEST;
        }
        return KmtComplete(Irp, Status, 0);
    }

    switch (Stack->MajorFunction) {
    case IRP_MJ_CREATE:
        Status = KmtFsCreate(Irp, Stack);
        break;

    case IRP_MJ_CLEANUP:
        KmtFs.Cleanups += 1;
        IoRemoveShareAccess(FileObject, &File->ShareAccess);
        File->OpenCount -= 1;
        if (Ccb->DeleteOnClose) {
            File->DeletePending = TRUE;
        }
        if (File->OpenCount == 0 && File->DeletePending) {
            File->InUse = FALSE;
            File->DeletePending = FALSE;
        }
        Status = STATUS_SUCCESS;
        break;

    case IRP_MJ_CLOSE:
        KmtFs.Closes += 1;
        ExFreePoolWithTag(Ccb, 'bCtK');
        Status = STATUS_SUCCESS;
        break;

    case IRP_MJ_READ:
    case IRP_MJ_WRITE:
        Status = KmtFsReadWrite(Irp, Stack, File);
        break;

    case IRP_MJ_QUERY_INFORMATION:
        Status = KmtFsQueryInformation(Irp, Stack, File);
        break;

    case IRP_MJ_SET_INFORMATION:
        Status = KmtFsSetInformation(Stack, File, Irp->AssociatedIrp.SystemBuffer);
        break;

    case IRP_MJ_DIRECTORY_CONTROL:
        Status = Stack->MinorFunction == IRP_MN_QUERY_DIRECTORY ? KmtFsQueryDirectory(Irp, Stack, File, Ccb)
                                                                 : STATUS_INVALID_DEVICE_REQUEST;
        break;

    case IRP_MJ_QUERY_VOLUME_INFORMATION:
        Status = KmtFsQueryVolume(Irp, Stack);
        break;

    case IRP_MJ_FLUSH_BUFFERS:
        KmtFs.Flushes += 1;
        Status = STATUS_SUCCESS;
        break;

    default:
        Status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    Irp->IoStatus.Status = Status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

static
NTSTATUS
NTAPI
KmtFsEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )
{
    ULONG Index;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(RegistryPath);

    KmtFs.FsDriver = DriverObject;
    for (Index = 0; Index <= IRP_MJ_MAXIMUM_FUNCTION; Index += 1) {
        DriverObject->MajorFunction[Index] = KmtFsDispatch;
    }
    Status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_DISK_FILE_SYSTEM, 0, FALSE, &KmtFs.FsControl);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    KmtFs.FsControl->Flags &= ~DO_DEVICE_INITIALIZING;
    IoRegisterFileSystem(KmtFs.FsControl);
    return STATUS_SUCCESS;
}

NTSTATUS
KmtFsLoadDrivers(
    VOID
    )
{
    UNICODE_STRING Name;
    NTSTATUS Status;

    RtlZeroMemory(&KmtFs, sizeof(KmtFs));
    RtlInitUnicodeString(&Name, L"\\Driver\\KmtDisk");
    Status = IoCreateDriver(&Name, KmtDiskEntry);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    RtlInitUnicodeString(&Name, L"\\FileSystem\\KmtFs");
    return IoCreateDriver(&Name, KmtFsEntry);
}

VOID
KmtFsUnloadDrivers(
    VOID
    )

/*++

Routine Description:

    Unregisters the file system and deletes the drivers' devices (every file on them closed by then).

--*/

{
    ULONG Index;

    if (KmtFs.FsControl != NULL) {
        IoUnregisterFileSystem(KmtFs.FsControl);
        IoDeleteDevice(KmtFs.FsControl);
    }
    if (KmtFs.Volume != NULL) {
        IoDeleteDevice(KmtFs.Volume);
    }
    for (Index = 0; Index < 3; Index += 1) {
        if (KmtFs.Disks[Index] != NULL) {
            IoDeleteDevice(KmtFs.Disks[Index]);
        }
    }
    if (KmtFs.FsDriver != NULL) {
        IoDeleteDriver(KmtFs.FsDriver);
    }
    if (KmtFs.DiskDriver != NULL) {
        IoDeleteDriver(KmtFs.DiskDriver);
    }
}
