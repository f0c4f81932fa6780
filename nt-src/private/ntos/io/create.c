/*++

Module Name:

    create.c

Abstract:

    Opening and creating files (IoCreateFile, ZwCreateFile, ZwOpenFile): the parameters are checked as the
    DDK documents, then the name is looked up with an open packet as the parse context, so the device or
    file the name reaches opens the file (parse.c) and the handle is to the new file object.

--*/

#include <io.h>

#define IOP_DIRECTORY_OPTIONS (FILE_DIRECTORY_FILE | FILE_SYNCHRONOUS_IO_ALERT | FILE_SYNCHRONOUS_IO_NONALERT | \
                               FILE_WRITE_THROUGH | FILE_COMPLETE_IF_OPLOCKED | FILE_OPEN_FOR_BACKUP_INTENT | \
                               FILE_DELETE_ON_CLOSE | FILE_OPEN_BY_FILE_ID)

ACCESS_MASK
IopMapFileAccess(
    IN ACCESS_MASK DesiredAccess
    )

/*++

Return Value:

    DesiredAccess with its generic rights replaced by the file rights they stand for.

--*/

{
    ACCESS_MASK Access = DesiredAccess & ~(GENERIC_READ | GENERIC_WRITE | GENERIC_EXECUTE | GENERIC_ALL);

    if ((DesiredAccess & GENERIC_READ) != 0) {
        Access |= FILE_GENERIC_READ;
    }
    if ((DesiredAccess & GENERIC_WRITE) != 0) {
        Access |= FILE_GENERIC_WRITE;
    }
    if ((DesiredAccess & GENERIC_EXECUTE) != 0) {
        Access |= FILE_GENERIC_EXECUTE;
    }
    if ((DesiredAccess & GENERIC_ALL) != 0) {
        Access |= FILE_ALL_ACCESS;
    }
    return Access;
}

static
NTSTATUS
IopCheckCreateParameters(
    IN ACCESS_MASK Access,
    IN ULONG FileAttributes,
    IN ULONG ShareAccess,
    IN ULONG Disposition,
    IN ULONG CreateOptions,
    IN PVOID EaBuffer OPTIONAL,
    IN ULONG EaLength
    )

/*++

Return Value:

    STATUS_INVALID_PARAMETER for what the DDK documents as invalid: unknown attributes, share modes,
    dispositions or options; both synchronous modes, or either without SYNCHRONIZE access; delete on close
    without DELETE access; a directory that is also a non-directory, or opened with a disposition or an
    option a directory cannot have; no intermediate buffering with append access; an EA length without a
    buffer.

--*/

{
    if ((FileAttributes & ~FILE_ATTRIBUTE_VALID_FLAGS) != 0 ||
        (ShareAccess & ~(FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE)) != 0 ||
        Disposition > FILE_MAXIMUM_DISPOSITION || (CreateOptions & ~FILE_VALID_OPTION_FLAGS) != 0) {
        return STATUS_INVALID_PARAMETER;
    }
    if ((CreateOptions & (FILE_SYNCHRONOUS_IO_ALERT | FILE_SYNCHRONOUS_IO_NONALERT)) != 0 &&
        ((Access & SYNCHRONIZE) == 0 ||
         (CreateOptions & (FILE_SYNCHRONOUS_IO_ALERT | FILE_SYNCHRONOUS_IO_NONALERT)) ==
             (FILE_SYNCHRONOUS_IO_ALERT | FILE_SYNCHRONOUS_IO_NONALERT))) {
        return STATUS_INVALID_PARAMETER;
    }
    if ((CreateOptions & FILE_DELETE_ON_CLOSE) != 0 && (Access & DELETE) == 0) {
        return STATUS_INVALID_PARAMETER;
    }
    if ((CreateOptions & FILE_DIRECTORY_FILE) != 0 &&
        ((CreateOptions & ~IOP_DIRECTORY_OPTIONS) != 0 ||
         (Disposition != FILE_CREATE && Disposition != FILE_OPEN && Disposition != FILE_OPEN_IF))) {
        return STATUS_INVALID_PARAMETER;
    }
    if ((CreateOptions & FILE_NO_INTERMEDIATE_BUFFERING) != 0 && (Access & FILE_APPEND_DATA) != 0) {
        return STATUS_INVALID_PARAMETER;
    }
    if (EaLength != 0 && EaBuffer == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
IoCreateFile(
    OUT PHANDLE FileHandle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    IN PLARGE_INTEGER AllocationSize OPTIONAL,
    IN ULONG FileAttributes,
    IN ULONG ShareAccess,
    IN ULONG Disposition,
    IN ULONG CreateOptions,
    IN PVOID EaBuffer OPTIONAL,
    IN ULONG EaLength,
    IN CREATE_FILE_TYPE CreateFileType,
    IN PVOID ExtraCreateParameters OPTIONAL,
    IN ULONG Options
    )

/*++

Routine Description:

    Opens or creates a file, directory or device (the name's device or file system decides which) and opens
    a handle to it with DesiredAccess. Callable at PASSIVE_LEVEL.

Arguments:

    CreateFileType - Only CreateFileTypeNone: there are no named pipes or mailslots.

    Options - IO_NO_PARAMETER_CHECKING skips the parameter checks (a caller that made them);
        IO_OPEN_TARGET_DIRECTORY (internal: a rename's target) opens the parent of the name.

Return Value:

    STATUS_SUCCESS (*FileHandle set, IoStatusBlock->Information the create's FILE_OPENED, FILE_CREATED...);
    STATUS_INVALID_PARAMETER for bad parameters; STATUS_OBJECT_TYPE_MISMATCH for a name that is no device
    or file; the lookup's and the create's failures.

--*/

{
    OPEN_PACKET OpenPacket;
    ACCESS_MASK Access;
    HANDLE Handle;
    NTSTATUS Status;

    PAGED_CODE();

    if (FileHandle == NULL || ObjectAttributes == NULL || IoStatusBlock == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    *FileHandle = NULL;
    if (CreateFileType != CreateFileTypeNone || ExtraCreateParameters != NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    Access = IopMapFileAccess(DesiredAccess);
    if ((Options & IO_NO_PARAMETER_CHECKING) == 0) {
        Status = IopCheckCreateParameters(Access, FileAttributes, ShareAccess, Disposition, CreateOptions, EaBuffer,
                                          EaLength);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
    }

    RtlZeroMemory(&OpenPacket, sizeof(OpenPacket));
    OpenPacket.Type = IO_TYPE_OPEN_PACKET;
    OpenPacket.Size = sizeof(OPEN_PACKET);
    OpenPacket.FinalStatus = STATUS_SUCCESS;
    if (ARGUMENT_PRESENT(AllocationSize)) {
        OpenPacket.AllocationSize = *AllocationSize;
    }
    OpenPacket.CreateOptions = CreateOptions;
    OpenPacket.FileAttributes = (USHORT)FileAttributes;
    OpenPacket.ShareAccess = (USHORT)ShareAccess;
    OpenPacket.EaBuffer = EaBuffer;
    OpenPacket.EaLength = EaLength;
    OpenPacket.Options = Options;
    OpenPacket.Disposition = Disposition;
    OpenPacket.DesiredAccess = Access;

    Status = ObOpenObjectByName(ObjectAttributes, NULL, KernelMode, NULL, Access, &OpenPacket, &Handle);
    if (!OpenPacket.ParseCheck) {

        //
        // The name reached no device or file: a directory, an event... (opened, if it was found).
        //

        if (NT_SUCCESS(Status)) {
            ZwClose(Handle);
            Status = STATUS_OBJECT_TYPE_MISMATCH;
        }
        return Status;
    }
    if (!NT_SUCCESS(Status)) {
        if (OpenPacket.FinalStatus != STATUS_SUCCESS && !NT_SUCCESS(OpenPacket.FinalStatus)) {
            IoStatusBlock->Status = OpenPacket.FinalStatus;
            IoStatusBlock->Information = OpenPacket.Information;
        }
        return Status;
    }
    OpenPacket.FileObject->Flags |= FO_HANDLE_CREATED;
    IoStatusBlock->Status = OpenPacket.FinalStatus;
    IoStatusBlock->Information = OpenPacket.Information;
    *FileHandle = Handle;
    return OpenPacket.FinalStatus;
}

NTSTATUS
NTAPI
ZwCreateFile(
    OUT PHANDLE FileHandle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    IN PLARGE_INTEGER AllocationSize OPTIONAL,
    IN ULONG FileAttributes,
    IN ULONG ShareAccess,
    IN ULONG CreateDisposition,
    IN ULONG CreateOptions,
    IN PVOID EaBuffer OPTIONAL,
    IN ULONG EaLength
    )
{
    return IoCreateFile(FileHandle, DesiredAccess, ObjectAttributes, IoStatusBlock, AllocationSize, FileAttributes,
                        ShareAccess, CreateDisposition, CreateOptions, EaBuffer, EaLength, CreateFileTypeNone, NULL, 0);
}

NTSTATUS
NTAPI
ZwOpenFile(
    OUT PHANDLE FileHandle,
    IN ACCESS_MASK DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    IN ULONG ShareAccess,
    IN ULONG OpenOptions
    )

/*++

Routine Description:

    Opens an existing file, directory or device: ZwCreateFile with FILE_OPEN.

--*/

{
    return IoCreateFile(FileHandle, DesiredAccess, ObjectAttributes, IoStatusBlock, NULL, 0, ShareAccess, FILE_OPEN,
                        OpenOptions, NULL, 0, CreateFileTypeNone, NULL, 0);
}
