/*++

Module Name:

    fileinfo.c

Abstract:

    Information about files, directories and volumes: ZwQueryInformationFile, ZwSetInformationFile,
    ZwQueryDirectoryFile, ZwQueryVolumeInformationFile and ZwFlushBuffersFile. The I/O manager answers
    what its file object knows (position, mode, alignment, access; the device's type); the rest goes to the
    file's file system or device through a system buffer. A rename to a path opens the target's directory
    first and hands it to the file system with the request.

--*/

#include <io.h>

//
// The least buffer each information class takes, and whether it may be queried or set (0: neither).
//

typedef struct _IOP_INFO_CLASS {
    UCHAR Class;
    UCHAR Query;
    UCHAR Set;
    ULONG MinimumLength;
} IOP_INFO_CLASS;

static const IOP_INFO_CLASS IopFileInformationClasses[] = {
    { FileBasicInformation, TRUE, TRUE, sizeof(FILE_BASIC_INFORMATION) },
    { FileStandardInformation, TRUE, FALSE, sizeof(FILE_STANDARD_INFORMATION) },
    { FileInternalInformation, TRUE, FALSE, sizeof(FILE_INTERNAL_INFORMATION) },
    { FileAccessInformation, TRUE, FALSE, sizeof(ACCESS_MASK) },
    { FileNameInformation, TRUE, FALSE, sizeof(FILE_NAME_INFORMATION) },
    { FileRenameInformation, FALSE, TRUE, sizeof(FILE_RENAME_INFORMATION) },
    { FileDispositionInformation, FALSE, TRUE, sizeof(FILE_DISPOSITION_INFORMATION) },
    { FilePositionInformation, TRUE, TRUE, sizeof(FILE_POSITION_INFORMATION) },
    { FileModeInformation, TRUE, FALSE, sizeof(ULONG) },
    { FileAlignmentInformation, TRUE, FALSE, sizeof(FILE_ALIGNMENT_INFORMATION) },
    { FileAllocationInformation, FALSE, TRUE, sizeof(FILE_ALLOCATION_INFORMATION) },
    { FileEndOfFileInformation, FALSE, TRUE, sizeof(FILE_END_OF_FILE_INFORMATION) },
};

static const IOP_INFO_CLASS IopVolumeInformationClasses[] = {
    { FileFsVolumeInformation, TRUE, FALSE, sizeof(FILE_FS_VOLUME_INFORMATION) },
    { FileFsSizeInformation, TRUE, FALSE, sizeof(FILE_FS_SIZE_INFORMATION) },
    { FileFsDeviceInformation, TRUE, FALSE, sizeof(FILE_FS_DEVICE_INFORMATION) },
    { FileFsAttributeInformation, TRUE, FALSE, sizeof(FILE_FS_ATTRIBUTE_INFORMATION) },
};

static
NTSTATUS
IopCheckInformationClass(
    IN const IOP_INFO_CLASS *Table,
    IN ULONG Count,
    IN ULONG Class,
    IN BOOLEAN Set,
    IN ULONG Length
    )

/*++

Return Value:

    STATUS_INVALID_INFO_CLASS for a class not in Table in that direction; STATUS_INFO_LENGTH_MISMATCH for a
    buffer shorter than the class's structure.

--*/

{
    ULONG Index;

    for (Index = 0; Index < Count; Index += 1) {
        if (Table[Index].Class == Class && (Set ? Table[Index].Set : Table[Index].Query)) {
            return Length < Table[Index].MinimumLength ? STATUS_INFO_LENGTH_MISMATCH : STATUS_SUCCESS;
        }
    }
    return STATUS_INVALID_INFO_CLASS;
}

static
ULONG
IopFileMode(
    IN PFILE_OBJECT FileObject
    )
{
    ULONG Mode = 0;

    if ((FileObject->Flags & FO_WRITE_THROUGH) != 0) {
        Mode |= FILE_WRITE_THROUGH;
    }
    if ((FileObject->Flags & FO_SEQUENTIAL_ONLY) != 0) {
        Mode |= FILE_SEQUENTIAL_ONLY;
    }
    if ((FileObject->Flags & FO_NO_INTERMEDIATE_BUFFERING) != 0) {
        Mode |= FILE_NO_INTERMEDIATE_BUFFERING;
    }
    if ((FileObject->Flags & FO_SYNCHRONOUS_IO) != 0) {
        Mode |= (FileObject->Flags & FO_ALERTABLE_IO) != 0 ? FILE_SYNCHRONOUS_IO_ALERT : FILE_SYNCHRONOUS_IO_NONALERT;
    }
    return Mode;
}

static
NTSTATUS
IopQueryThroughBuffer(
    IN OUT PIOP_FILE_REQUEST Request,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    OUT PVOID Buffer,
    IN ULONG Length
    )

/*++

Routine Description:

    Sends the request (its stack location filled) with a system buffer of Length bytes, whose first
    Information bytes reach Buffer at completion.

--*/

{
    if (!IopSetQueryBuffer(Request->Irp, Length)) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Request->Irp->UserBuffer = Buffer;
    return IopCallFileDriver(Request, IoStatusBlock);
}

NTSTATUS
NTAPI
ZwQueryInformationFile(
    IN HANDLE FileHandle,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    OUT PVOID FileInformation,
    IN ULONG Length,
    IN FILE_INFORMATION_CLASS FileInformationClass
    )

/*++

Routine Description:

    Returns information of FileInformationClass about the file: the I/O manager answers FilePosition (the
    synchronous file's position), FileMode, FileAlignment and FileAccess; the file system the others
    (FileBasic, FileStandard, FileInternal, FileName).

Return Value:

    STATUS_INVALID_INFO_CLASS; STATUS_INFO_LENGTH_MISMATCH; STATUS_INVALID_PARAMETER for a missing buffer
    or status block; the handle's failures; the file system's (STATUS_BUFFER_OVERFLOW for a name cut short).

--*/

{
    IOP_FILE_REQUEST Request;
    PFILE_OBJECT File;
    NTSTATUS Status;

    PAGED_CODE();

    Status = IopCheckInformationClass(IopFileInformationClasses, RTL_NUMBER_OF(IopFileInformationClasses),
                                      FileInformationClass, FALSE, Length);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (FileInformation == NULL || IoStatusBlock == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = IopBeginFileRequest(FileHandle, NULL, NULL, NULL, NULL, 0, &Request);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    File = Request.FileObject;
    IoStatusBlock->Information = 0;
    switch (FileInformationClass) {
    case FilePositionInformation:
        ((PFILE_POSITION_INFORMATION)FileInformation)->CurrentByteOffset = File->CurrentByteOffset;
        IoStatusBlock->Information = sizeof(FILE_POSITION_INFORMATION);
        break;

    case FileModeInformation:
        *(PULONG)FileInformation = IopFileMode(File);
        IoStatusBlock->Information = sizeof(ULONG);
        break;

    case FileAlignmentInformation:
        ((PFILE_ALIGNMENT_INFORMATION)FileInformation)->AlignmentRequirement =
            IoGetRelatedDeviceObject(File)->AlignmentRequirement;
        IoStatusBlock->Information = sizeof(FILE_ALIGNMENT_INFORMATION);
        break;

    case FileAccessInformation:
        *(PACCESS_MASK)FileInformation = Request.GrantedAccess;
        IoStatusBlock->Information = sizeof(ACCESS_MASK);
        break;

    default:
        Status = IopAllocateFileIrp(&Request, IRP_MJ_QUERY_INFORMATION);
        if (NT_SUCCESS(Status)) {
            Request.Stack->Parameters.QueryFile.Length = Length;
            Request.Stack->Parameters.QueryFile.FileInformationClass = FileInformationClass;
            Status = IopQueryThroughBuffer(&Request, IoStatusBlock, FileInformation, Length);
        }
        IopEndFileRequest(&Request);
        return Status;
    }
    IoStatusBlock->Status = STATUS_SUCCESS;
    IopEndFileRequest(&Request);
    return STATUS_SUCCESS;
}

static
NTSTATUS
IopOpenRenameTarget(
    IN PFILE_OBJECT FileObject,
    IN PFILE_RENAME_INFORMATION Rename,
    OUT PHANDLE TargetHandle,
    OUT PFILE_OBJECT *TargetObject
    )

/*++

Routine Description:

    Opens the directory a rename's target path names the parent of (IO_OPEN_TARGET_DIRECTORY: the file
    system opens the parent and says in the create's Information whether the last component exists).

Return Value:

    STATUS_NOT_SAME_DEVICE when the target is on another volume; the open's failures.

--*/

{
    UNICODE_STRING Name;
    OBJECT_ATTRIBUTES Attributes;
    IO_STATUS_BLOCK IoStatus;
    PFILE_OBJECT Target;
    NTSTATUS Status;

    Name.Buffer = Rename->FileName;
    Name.Length = (USHORT)Rename->FileNameLength;
    Name.MaximumLength = Name.Length;
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, Rename->RootDirectory, NULL);
    Status = IoCreateFile(TargetHandle, FILE_WRITE_DATA | SYNCHRONIZE, &Attributes, &IoStatus, NULL, 0,
                          FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_OPEN, 0, NULL, 0, CreateFileTypeNone, NULL,
                          IO_OPEN_TARGET_DIRECTORY);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = ObReferenceObjectByHandle(*TargetHandle, 0, IopFileObjectType, KernelMode, (PVOID *)&Target, NULL);
    if (NT_SUCCESS(Status) && Target->Vpb != FileObject->Vpb) {
        ObDereferenceObject(Target);
        Status = STATUS_NOT_SAME_DEVICE;
    }
    if (!NT_SUCCESS(Status)) {
        ZwClose(*TargetHandle);
        return Status;
    }
    *TargetObject = Target;
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
ZwSetInformationFile(
    IN HANDLE FileHandle,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    IN PVOID FileInformation,
    IN ULONG Length,
    IN FILE_INFORMATION_CLASS FileInformationClass
    )

/*++

Routine Description:

    Changes the file's information of FileInformationClass: FilePosition (the I/O manager's), FileBasic,
    FileDisposition, FileEndOfFile, FileAllocation and FileRename (the file system's). A rename's target
    is a name in the file's directory, or a path (from \ or relative to RootDirectory) whose directory is
    opened first.

Return Value:

    STATUS_INVALID_INFO_CLASS; STATUS_INFO_LENGTH_MISMATCH; STATUS_INVALID_PARAMETER (a missing buffer, a
    negative position, or one not sector-aligned for a file without intermediate buffering, a rename name
    longer than its buffer); STATUS_ACCESS_DENIED for a handle without the access the class needs (DELETE
    for disposition and rename, FILE_WRITE_DATA for the end of file and allocation, FILE_WRITE_ATTRIBUTES
    for the basic information); STATUS_NOT_SAME_DEVICE; the file system's.

--*/

{
    IOP_FILE_REQUEST Request;
    PFILE_OBJECT File;
    ACCESS_MASK Required = 0;
    PFILE_POSITION_INFORMATION Position;
    PFILE_RENAME_INFORMATION Rename;
    HANDLE TargetHandle = NULL;
    PFILE_OBJECT Target = NULL;
    BOOLEAN NamedTarget = FALSE;
    ULONG Index;
    NTSTATUS Status;

    PAGED_CODE();

    Status = IopCheckInformationClass(IopFileInformationClasses, RTL_NUMBER_OF(IopFileInformationClasses),
                                      FileInformationClass, TRUE, Length);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (FileInformation == NULL || IoStatusBlock == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    switch (FileInformationClass) {
    case FileDispositionInformation:
    case FileRenameInformation:
        Required = DELETE;
        break;
    case FileEndOfFileInformation:
    case FileAllocationInformation:
        Required = FILE_WRITE_DATA;
        break;
    case FileBasicInformation:
        Required = FILE_WRITE_ATTRIBUTES;
        break;
    default:
        break;
    }
    if (FileInformationClass == FileRenameInformation) {
        Rename = (PFILE_RENAME_INFORMATION)FileInformation;
        if (Rename->FileNameLength == 0 || (Rename->FileNameLength & 1) != 0 ||
            Rename->FileNameLength > Length - FIELD_OFFSET(FILE_RENAME_INFORMATION, FileName)) {
            return STATUS_INVALID_PARAMETER;
        }
        NamedTarget = (BOOLEAN)(Rename->RootDirectory != NULL);
        for (Index = 0; Index < Rename->FileNameLength / sizeof(WCHAR); Index += 1) {
            if (Rename->FileName[Index] == L'\\') {
                NamedTarget = TRUE;
            }
        }
    }
    Status = IopBeginFileRequest(FileHandle, NULL, NULL, NULL, NULL, Required, &Request);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    File = Request.FileObject;
    if (FileInformationClass == FilePositionInformation) {
        Position = (PFILE_POSITION_INFORMATION)FileInformation;
        if (Position->CurrentByteOffset.QuadPart < 0 ||
            ((File->Flags & FO_NO_INTERMEDIATE_BUFFERING) != 0 && File->DeviceObject->SectorSize != 0 &&
             (Position->CurrentByteOffset.LowPart % File->DeviceObject->SectorSize) != 0)) {
            Status = STATUS_INVALID_PARAMETER;
        } else {
            File->CurrentByteOffset = Position->CurrentByteOffset;
            IoStatusBlock->Status = STATUS_SUCCESS;
            IoStatusBlock->Information = 0;
        }
        IopEndFileRequest(&Request);
        return Status;
    }
    if (NamedTarget) {
        Status = IopOpenRenameTarget(File, (PFILE_RENAME_INFORMATION)FileInformation, &TargetHandle, &Target);
        if (!NT_SUCCESS(Status)) {
            IopEndFileRequest(&Request);
            return Status;
        }
    }
    Status = IopAllocateFileIrp(&Request, IRP_MJ_SET_INFORMATION);
    if (NT_SUCCESS(Status)) {
        Request.Irp->AssociatedIrp.SystemBuffer = IopAllocateSystemBuffer(Length);
        if (Request.Irp->AssociatedIrp.SystemBuffer == NULL) {
            Status = STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    if (NT_SUCCESS(Status)) {
        RtlCopyMemory(Request.Irp->AssociatedIrp.SystemBuffer, FileInformation, Length);
        Request.Irp->Flags |= IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER;
        Request.Stack->Parameters.SetFile.Length = Length;
        Request.Stack->Parameters.SetFile.FileInformationClass = FileInformationClass;
        if (FileInformationClass == FileRenameInformation) {
            Request.Stack->Parameters.SetFile.FileObject = Target;
            Request.Stack->Parameters.SetFile.ReplaceIfExists = ((PFILE_RENAME_INFORMATION)FileInformation)->ReplaceIfExists;
        }
        Status = IopCallFileDriver(&Request, IoStatusBlock);
    }
    IopEndFileRequest(&Request);
    if (Target != NULL) {
        ObDereferenceObject(Target);
        ZwClose(TargetHandle);
    }
    return Status;
}

NTSTATUS
NTAPI
ZwQueryDirectoryFile(
    IN HANDLE FileHandle,
    IN HANDLE Event OPTIONAL,
    IN PIO_APC_ROUTINE ApcRoutine OPTIONAL,
    IN PVOID ApcContext OPTIONAL,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    OUT PVOID FileInformation,
    IN ULONG Length,
    IN FILE_INFORMATION_CLASS FileInformationClass,
    IN BOOLEAN ReturnSingleEntry,
    IN PUNICODE_STRING FileName OPTIONAL,
    IN BOOLEAN RestartScan
    )

/*++

Routine Description:

    Returns the next entries of an open directory (FileDirectory, FileFullDirectory, FileBothDirectory or
    FileNames information), from the first with RestartScan; FileName (a name or a pattern with * and ?)
    given on the first query of a handle selects the entries. The file system keeps the place.

Return Value:

    STATUS_INVALID_INFO_CLASS; STATUS_INFO_LENGTH_MISMATCH; STATUS_INVALID_PARAMETER; the handle's
    failures (STATUS_ACCESS_DENIED without FILE_LIST_DIRECTORY); the file system's: STATUS_NO_MORE_FILES
    after the last entry, STATUS_NO_SUCH_FILE when nothing matches, STATUS_INVALID_PARAMETER for a file.

--*/

{
    IOP_FILE_REQUEST Request;
    UNICODE_STRING Pattern;
    NTSTATUS Status;
    ULONG Minimum;

    PAGED_CODE();

    switch (FileInformationClass) {
    case FileDirectoryInformation:
        Minimum = sizeof(FILE_DIRECTORY_INFORMATION);
        break;
    case FileFullDirectoryInformation:
        Minimum = sizeof(FILE_FULL_DIR_INFORMATION);
        break;
    case FileBothDirectoryInformation:
        Minimum = sizeof(FILE_BOTH_DIR_INFORMATION);
        break;
    case FileNamesInformation:
        Minimum = sizeof(FILE_NAMES_INFORMATION);
        break;
    default:
        return STATUS_INVALID_INFO_CLASS;
    }
    if (Length < Minimum) {
        return STATUS_INFO_LENGTH_MISMATCH;
    }
    if (FileInformation == NULL || IoStatusBlock == NULL ||
        (ARGUMENT_PRESENT(FileName) && (FileName->Length & 1) != 0)) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = IopBeginFileRequest(FileHandle, Event, ApcRoutine, ApcContext, IoStatusBlock, FILE_LIST_DIRECTORY,
                                 &Request);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }

    //
    // The pattern is the caller's for the length of the request, which is over when this returns.
    //

    if (ARGUMENT_PRESENT(FileName)) {
        Pattern = *FileName;
    }
    Status = IopAllocateFileIrp(&Request, IRP_MJ_DIRECTORY_CONTROL);
    if (NT_SUCCESS(Status)) {
        Request.Stack->MinorFunction = IRP_MN_QUERY_DIRECTORY;
        if (RestartScan) {
            Request.Stack->Flags |= SL_RESTART_SCAN;
        }
        if (ReturnSingleEntry) {
            Request.Stack->Flags |= SL_RETURN_SINGLE_ENTRY;
        }
        Request.Stack->Parameters.QueryDirectory.Length = Length;
        Request.Stack->Parameters.QueryDirectory.FileName = ARGUMENT_PRESENT(FileName) ? &Pattern : NULL;
        Request.Stack->Parameters.QueryDirectory.FileInformationClass = FileInformationClass;
        if (!IopSetTransferBuffer(Request.Irp, IoGetRelatedDeviceObject(Request.FileObject), TRUE, FileInformation,
                                  Length)) {
            Status = STATUS_INSUFFICIENT_RESOURCES;
        } else {
            Status = IopCallFileDriver(&Request, IoStatusBlock);
        }
    }
    IopEndFileRequest(&Request);
    return Status;
}

NTSTATUS
NTAPI
ZwQueryVolumeInformationFile(
    IN HANDLE FileHandle,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    OUT PVOID FsInformation,
    IN ULONG Length,
    IN FS_INFORMATION_CLASS FsInformationClass
    )

/*++

Routine Description:

    Returns information of FsInformationClass about the volume (or device) the file is on: the I/O
    manager answers FileFsDeviceInformation from the device; the file system FileFsVolume, FileFsSize and
    FileFsAttribute information.

Return Value:

    STATUS_INVALID_INFO_CLASS; STATUS_INFO_LENGTH_MISMATCH; STATUS_INVALID_PARAMETER; the handle's
    failures; the file system's (STATUS_BUFFER_OVERFLOW for a label or name cut short).

--*/

{
    IOP_FILE_REQUEST Request;
    PFILE_FS_DEVICE_INFORMATION Device;
    NTSTATUS Status;

    PAGED_CODE();

    Status = IopCheckInformationClass(IopVolumeInformationClasses, RTL_NUMBER_OF(IopVolumeInformationClasses),
                                      FsInformationClass, FALSE, Length);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (FsInformation == NULL || IoStatusBlock == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = IopBeginFileRequest(FileHandle, NULL, NULL, NULL, NULL, 0, &Request);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (FsInformationClass == FileFsDeviceInformation) {
        Device = (PFILE_FS_DEVICE_INFORMATION)FsInformation;
        Device->DeviceType = Request.FileObject->DeviceObject->DeviceType;
        Device->Characteristics = Request.FileObject->DeviceObject->Characteristics;
        if (Request.FileObject->Vpb != NULL) {
            Device->Characteristics |= FILE_DEVICE_IS_MOUNTED;
        }
        IoStatusBlock->Status = STATUS_SUCCESS;
        IoStatusBlock->Information = sizeof(FILE_FS_DEVICE_INFORMATION);
        IopEndFileRequest(&Request);
        return STATUS_SUCCESS;
    }
    Status = IopAllocateFileIrp(&Request, IRP_MJ_QUERY_VOLUME_INFORMATION);
    if (NT_SUCCESS(Status)) {
        Request.Stack->Parameters.QueryVolume.Length = Length;
        Request.Stack->Parameters.QueryVolume.FsInformationClass = FsInformationClass;
        Status = IopQueryThroughBuffer(&Request, IoStatusBlock, FsInformation, Length);
    }
    IopEndFileRequest(&Request);
    return Status;
}

NTSTATUS
NTAPI
ZwFlushBuffersFile(
    IN HANDLE FileHandle,
    OUT PIO_STATUS_BLOCK IoStatusBlock
    )

/*++

Routine Description:

    Has the file's data and metadata written out (IRP_MJ_FLUSH_BUFFERS; on a volume's own open, the whole
    volume's).

Return Value:

    STATUS_INVALID_PARAMETER without a status block; STATUS_ACCESS_DENIED for a handle that may not write;
    the handle's failures; the driver's.

--*/

{
    IOP_FILE_REQUEST Request;
    NTSTATUS Status;

    PAGED_CODE();

    if (IoStatusBlock == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = IopBeginFileRequest(FileHandle, NULL, NULL, NULL, NULL, FILE_WRITE_DATA | FILE_APPEND_DATA, &Request);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = IopAllocateFileIrp(&Request, IRP_MJ_FLUSH_BUFFERS);
    if (NT_SUCCESS(Status)) {
        Status = IopCallFileDriver(&Request, IoStatusBlock);
    }
    IopEndFileRequest(&Request);
    return Status;
}
