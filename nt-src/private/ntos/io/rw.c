/*++

Module Name:

    rw.c

Abstract:

    Reading and writing files (ZwReadFile, ZwWriteFile). A synchronous file (opened with
    FILE_SYNCHRONOUS_IO_*) has a current position: a request without a byte offset, or with
    FILE_USE_FILE_POINTER_POSITION, starts there, and the position moves past what was transferred. Other
    files need an offset. The buffer reaches the driver as its device asks (system buffer, MDL, or as is).

--*/

#include <io.h>

static
NTSTATUS
IopReadWrite(
    IN HANDLE FileHandle,
    IN HANDLE Event OPTIONAL,
    IN PIO_APC_ROUTINE ApcRoutine OPTIONAL,
    IN PVOID ApcContext OPTIONAL,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    IN PVOID Buffer,
    IN ULONG Length,
    IN PLARGE_INTEGER ByteOffset OPTIONAL,
    IN PULONG Key OPTIONAL,
    IN BOOLEAN Read
    )

/*++

Return Value:

    The service's status: IopBeginFileRequest's failures (STATUS_ACCESS_DENIED for a handle without
    FILE_READ_DATA, or FILE_WRITE_DATA/FILE_APPEND_DATA); STATUS_INVALID_PARAMETER for a missing status
    block, a buffer missing with a length, an offset a non-synchronous file lacks, a negative offset (other
    than the two special ones), or an offset or length not a multiple of the sector size for a file opened
    without intermediate buffering; the driver's.

--*/

{
    IOP_FILE_REQUEST Request;
    PFILE_OBJECT File;
    PDEVICE_OBJECT Top;
    LARGE_INTEGER Offset;
    BOOLEAN UsePosition;
    BOOLEAN ToEnd = FALSE;
    IO_STATUS_BLOCK IoStatus;
    NTSTATUS Status;

    PAGED_CODE();

    if (IoStatusBlock == NULL || (Buffer == NULL && Length != 0)) {
        return STATUS_INVALID_PARAMETER;
    }
    Status = IopBeginFileRequest(FileHandle, Event, ApcRoutine, ApcContext, IoStatusBlock,
                                 Read ? FILE_READ_DATA : (FILE_WRITE_DATA | FILE_APPEND_DATA), &Request);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    File = Request.FileObject;
    UsePosition = (BOOLEAN)(!ARGUMENT_PRESENT(ByteOffset) ||
                            (ByteOffset->HighPart == -1 && ByteOffset->LowPart == FILE_USE_FILE_POINTER_POSITION));
    if (UsePosition) {
        if ((File->Flags & FO_SYNCHRONOUS_IO) == 0) {
            IopEndFileRequest(&Request);
            return STATUS_INVALID_PARAMETER;
        }
        Offset = File->CurrentByteOffset;
    } else {
        Offset = *ByteOffset;
        ToEnd = (BOOLEAN)(!Read && Offset.HighPart == -1 && Offset.LowPart == FILE_WRITE_TO_END_OF_FILE);
        if (Offset.QuadPart < 0 && !ToEnd) {
            IopEndFileRequest(&Request);
            return STATUS_INVALID_PARAMETER;
        }
    }

    //
    // A handle that may only append writes at the end, whatever offset it names.
    //

    if (!Read && (Request.GrantedAccess & FILE_WRITE_DATA) == 0) {
        Offset.LowPart = FILE_WRITE_TO_END_OF_FILE;
        Offset.HighPart = -1;
        ToEnd = TRUE;
    }
    Top = IoGetRelatedDeviceObject(File);
    if ((File->Flags & FO_NO_INTERMEDIATE_BUFFERING) != 0 && File->DeviceObject->SectorSize != 0 &&
        ((Length % File->DeviceObject->SectorSize) != 0 ||
         (!ToEnd && (Offset.LowPart % File->DeviceObject->SectorSize) != 0))) {
        IopEndFileRequest(&Request);
        return STATUS_INVALID_PARAMETER;
    }

    Status = IopAllocateFileIrp(&Request, Read ? IRP_MJ_READ : IRP_MJ_WRITE);
    if (!NT_SUCCESS(Status)) {
        IopEndFileRequest(&Request);
        return Status;
    }
    if (!IopSetTransferBuffer(Request.Irp, Top, Read, Buffer, Length)) {
        IopEndFileRequest(&Request);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Request.Irp->Flags |= Read ? IRP_READ_OPERATION : IRP_WRITE_OPERATION;
    if ((File->Flags & FO_NO_INTERMEDIATE_BUFFERING) != 0) {
        Request.Irp->Flags |= IRP_NOCACHE;
    }
    if ((File->Flags & FO_WRITE_THROUGH) != 0 && !Read) {
        Request.Stack->Flags |= SL_WRITE_THROUGH;
    }
    if (Read) {
        Request.Stack->Parameters.Read.Length = Length;
        Request.Stack->Parameters.Read.Key = ARGUMENT_PRESENT(Key) ? *Key : 0;
        Request.Stack->Parameters.Read.ByteOffset = Offset;
    } else {
        Request.Stack->Parameters.Write.Length = Length;
        Request.Stack->Parameters.Write.Key = ARGUMENT_PRESENT(Key) ? *Key : 0;
        Request.Stack->Parameters.Write.ByteOffset = Offset;
    }
    Status = IopCallFileDriver(&Request, &IoStatus);
    *IoStatusBlock = IoStatus;

    //
    // A synchronous file's position moves past what was transferred; at the end of the file only its file
    // system knows where that is, and it moves the position itself.
    //

    if ((File->Flags & FO_SYNCHRONOUS_IO) != 0 && !NT_ERROR(Status) && !ToEnd) {
        File->CurrentByteOffset.QuadPart = Offset.QuadPart + IoStatus.Information;
    }
    IopEndFileRequest(&Request);
    return Status;
}

NTSTATUS
NTAPI
ZwReadFile(
    IN HANDLE FileHandle,
    IN HANDLE Event OPTIONAL,
    IN PIO_APC_ROUTINE ApcRoutine OPTIONAL,
    IN PVOID ApcContext OPTIONAL,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    OUT PVOID Buffer,
    IN ULONG Length,
    IN PLARGE_INTEGER ByteOffset OPTIONAL,
    IN PULONG Key OPTIONAL
    )

/*++

Routine Description:

    Reads Length bytes of the file from ByteOffset (or a synchronous file's position) into Buffer.
    IoStatusBlock->Information is the count read; reading at or past the end is STATUS_END_OF_FILE.

--*/

{
    return IopReadWrite(FileHandle, Event, ApcRoutine, ApcContext, IoStatusBlock, Buffer, Length, ByteOffset, Key,
                        TRUE);
}

NTSTATUS
NTAPI
ZwWriteFile(
    IN HANDLE FileHandle,
    IN HANDLE Event OPTIONAL,
    IN PIO_APC_ROUTINE ApcRoutine OPTIONAL,
    IN PVOID ApcContext OPTIONAL,
    OUT PIO_STATUS_BLOCK IoStatusBlock,
    IN PVOID Buffer,
    IN ULONG Length,
    IN PLARGE_INTEGER ByteOffset OPTIONAL,
    IN PULONG Key OPTIONAL
    )

/*++

Routine Description:

    Writes Length bytes from Buffer to the file at ByteOffset (or a synchronous file's position;
    FILE_WRITE_TO_END_OF_FILE: at its end). IoStatusBlock->Information is the count written.

--*/

{
    return IopReadWrite(FileHandle, Event, ApcRoutine, ApcContext, IoStatusBlock, Buffer, Length, ByteOffset, Key,
                        FALSE);
}
