/*++

Module Name:

    control.c

Abstract:

    Control requests on an open file: ZwDeviceIoControlFile (IRP_MJ_DEVICE_CONTROL, to the file's device
    or its file system, which passes on what it does not handle) and ZwFsControlFile
    (IRP_MJ_FILE_SYSTEM_CONTROL, IRP_MN_USER_FS_REQUEST). The buffers go as the code's method says; the
    access the code names (FILE_READ_ACCESS, FILE_WRITE_ACCESS) must have been granted to the handle.

--*/

#include <io.h>

static
NTSTATUS
IopControlFile(
    IN HANDLE FileHandle,
    IN HANDLE Event OPTIONAL,
    IN PIO_APC_ROUTINE ApcRoutine OPTIONAL,
    IN PVOID ApcContext OPTIONAL,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    IN ULONG ControlCode,
    IN PVOID InputBuffer OPTIONAL,
    IN ULONG InputBufferLength,
    OUT PVOID OutputBuffer OPTIONAL,
    IN ULONG OutputBufferLength,
    IN UCHAR MajorFunction
    )

/*++

Return Value:

    STATUS_INVALID_PARAMETER without a status block; STATUS_ACCESS_DENIED for a handle without the code's
    access; the handle's failures; the driver's.

--*/

{
    IOP_FILE_REQUEST Request;
    ULONG CodeAccess = (ControlCode >> 14) & 3;
    NTSTATUS Status;

    PAGED_CODE();

    if (IoStatusBlock == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = IopBeginFileRequest(FileHandle, Event, ApcRoutine, ApcContext, IoStatusBlock, 0, &Request);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    if (((CodeAccess & FILE_READ_ACCESS) != 0 && (Request.GrantedAccess & FILE_READ_DATA) == 0) ||
        ((CodeAccess & FILE_WRITE_ACCESS) != 0 && (Request.GrantedAccess & FILE_WRITE_DATA) == 0)) {
        IopEndFileRequest(&Request);
        return STATUS_ACCESS_DENIED;
    }
    Status = IopAllocateFileIrp(&Request, MajorFunction);
    if (NT_SUCCESS(Status)) {
        if (MajorFunction == IRP_MJ_FILE_SYSTEM_CONTROL) {
            Request.Stack->MinorFunction = IRP_MN_USER_FS_REQUEST;
        }
        if (!IopSetControlBuffers(Request.Irp, ControlCode, InputBuffer, InputBufferLength, OutputBuffer,
                                  OutputBufferLength)) {
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
ZwDeviceIoControlFile(
    IN HANDLE FileHandle,
    IN HANDLE Event OPTIONAL,
    IN PIO_APC_ROUTINE ApcRoutine OPTIONAL,
    IN PVOID ApcContext OPTIONAL,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    IN ULONG IoControlCode,
    IN PVOID InputBuffer OPTIONAL,
    IN ULONG InputBufferLength,
    OUT PVOID OutputBuffer OPTIONAL,
    IN ULONG OutputBufferLength
    )
{
    return IopControlFile(FileHandle, Event, ApcRoutine, ApcContext, IoStatusBlock, IoControlCode, InputBuffer,
                          InputBufferLength, OutputBuffer, OutputBufferLength, IRP_MJ_DEVICE_CONTROL);
}

NTSTATUS
NTAPI
ZwFsControlFile(
    IN HANDLE FileHandle,
    IN HANDLE Event OPTIONAL,
    IN PIO_APC_ROUTINE ApcRoutine OPTIONAL,
    IN PVOID ApcContext OPTIONAL,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    IN ULONG FsControlCode,
    IN PVOID InputBuffer OPTIONAL,
    IN ULONG InputBufferLength,
    OUT PVOID OutputBuffer OPTIONAL,
    IN ULONG OutputBufferLength
    )
{
    return IopControlFile(FileHandle, Event, ApcRoutine, ApcContext, IoStatusBlock, FsControlCode, InputBuffer,
                          InputBufferLength, OutputBuffer, OutputBufferLength, IRP_MJ_FILE_SYSTEM_CONTROL);
}
