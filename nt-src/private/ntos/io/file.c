/*++

Module Name:

    file.c

Abstract:

    File objects: an open instance of a device, or of a file on the volume mounted on it. Opening one
    (parse.c) sends IRP_MJ_CREATE to the top of the stack of the device or of the volume's file system; when
    its last handle closes that stack sees IRP_MJ_CLEANUP, and when its last reference goes, IRP_MJ_CLOSE
    (the File type's close and delete procedures). A file object keeps a reference on the device it opened
    and counts in the device's ReferenceCount (and its volume's) while it lives.

--*/

#include <io.h>

PDEVICE_OBJECT
NTAPI
IoGetRelatedDeviceObject(
    IN PFILE_OBJECT FileObject
    )

/*++

Return Value:

    The device IRPs for FileObject go to: the top of the stack of the file system's volume device for a
    file on a mounted volume, else of the device it was opened on.

--*/

{
    if (FileObject->Vpb != NULL && FileObject->Vpb->DeviceObject != NULL) {
        return IoGetAttachedDevice(FileObject->Vpb->DeviceObject);
    }
    return IoGetAttachedDevice(FileObject->DeviceObject);
}

NTSTATUS
IopSynchronousFileRequest(
    IN PFILE_OBJECT FileObject,
    IN UCHAR MajorFunction,
    IN POPEN_PACKET OpenPacket OPTIONAL,
    IN UCHAR StackFlags,
    OUT PULONG_PTR Information OPTIONAL
    )

/*++

Routine Description:

    Sends a create, cleanup or close request for FileObject to the top of its related device's stack and
    waits for its completion (at PASSIVE_LEVEL). The IRP is a threaded IRP of the current thread.

Arguments:

    OpenPacket - For IRP_MJ_CREATE: the open's parameters (disposition, options, attributes, share access,
        access, allocation size, extended attributes).

    StackFlags - The stack location's Flags (SL_CASE_SENSITIVE, SL_OPEN_TARGET_DIRECTORY).

    Information - Receives the request's IoStatus.Information.

Return Value:

    The request's final status; STATUS_INSUFFICIENT_RESOURCES without an IRP.

--*/

{
    PDEVICE_OBJECT Top;
    PIRP Irp;
    PIO_STACK_LOCATION Stack;
    KEVENT Event;
    IO_STATUS_BLOCK IoStatus;
    IO_SECURITY_CONTEXT SecurityContext;
    NTSTATUS Status;

    PAGED_CODE();

    Top = IoGetRelatedDeviceObject(FileObject);
    ObReferenceObject(Top);
    Irp = IoAllocateIrp(Top->StackSize, FALSE);
    if (Irp == NULL) {
        ObDereferenceObject(Top);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp->RequestorMode = KernelMode;
    Irp->UserEvent = &Event;
    Irp->UserIosb = &IoStatus;
    Irp->Flags = IRP_SYNCHRONOUS_API;
    if (MajorFunction == IRP_MJ_CREATE) {
        Irp->Flags |= IRP_CREATE_OPERATION;
    } else if (MajorFunction == IRP_MJ_CLOSE) {
        Irp->Flags |= IRP_CLOSE_OPERATION;
    }
    Irp->Tail.Overlay.OriginalFileObject = FileObject;
    Stack = IoGetNextIrpStackLocation(Irp);
    Stack->MajorFunction = MajorFunction;
    Stack->Flags = StackFlags;
    Stack->FileObject = FileObject;
    if (MajorFunction == IRP_MJ_CREATE && ARGUMENT_PRESENT(OpenPacket)) {
        RtlZeroMemory(&SecurityContext, sizeof(SecurityContext));
        SecurityContext.DesiredAccess = OpenPacket->DesiredAccess;
        SecurityContext.FullCreateOptions = OpenPacket->CreateOptions;
        Irp->Overlay.AllocationSize = OpenPacket->AllocationSize;
        Irp->AssociatedIrp.SystemBuffer = OpenPacket->EaBuffer;
        Stack->Parameters.Create.SecurityContext = &SecurityContext;
        Stack->Parameters.Create.Options = (OpenPacket->Disposition << 24) | (OpenPacket->CreateOptions & FILE_VALID_OPTION_FLAGS);
        Stack->Parameters.Create.FileAttributes = OpenPacket->FileAttributes;
        Stack->Parameters.Create.ShareAccess = OpenPacket->ShareAccess;
        Stack->Parameters.Create.EaLength = OpenPacket->EaLength;
    }
    IopQueueThreadIrp(Irp);
    IoStatus.Status = STATUS_PENDING;
    IoStatus.Information = 0;

    //
    // Whether the driver returned STATUS_PENDING or not, the completion (an APC of this thread) writes the
    // status block and sets the event; waiting covers the APC not having run yet.
    //

    IoCallDriver(Top, Irp);
    KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
    Status = IoStatus.Status;
    if (ARGUMENT_PRESENT(Information)) {
        *Information = IoStatus.Information;
    }
    ObDereferenceObject(Top);
    return Status;
}

VOID
NTAPI
IopCloseFile(
    IN PEPROCESS Process OPTIONAL,
    IN PVOID Object,
    IN ACCESS_MASK GrantedAccess,
    IN ULONG ProcessHandleCount,
    IN ULONG SystemHandleCount
    )

/*++

Routine Description:

    The File type's close procedure: when the last handle to an open file object closes, the stack sees
    IRP_MJ_CLEANUP (the handle counts are those left after the close).

--*/

{
    PFILE_OBJECT FileObject = (PFILE_OBJECT)Object;

    UNREFERENCED_PARAMETER(Process);
    UNREFERENCED_PARAMETER(GrantedAccess);
    UNREFERENCED_PARAMETER(ProcessHandleCount);

    if (SystemHandleCount != 0 || FileObject->DeviceObject == NULL || (FileObject->Flags & FO_FILE_OPEN) == 0 ||
        (FileObject->Flags & FO_CLEANUP_COMPLETE) != 0) {
        return;
    }
    IopSynchronousFileRequest(FileObject, IRP_MJ_CLEANUP, NULL, 0, NULL);
    FileObject->Flags |= FO_CLEANUP_COMPLETE;
}

VOID
NTAPI
IopDeleteFile(
    IN PVOID Object
    )

/*++

Routine Description:

    The File type's delete procedure (at PASSIVE_LEVEL): an open file object's stack sees IRP_MJ_CLOSE, then
    the device (and the volume) lose the file object's count and the device its reference.

--*/

{
    PFILE_OBJECT FileObject = (PFILE_OBJECT)Object;
    PDEVICE_OBJECT DeviceObject = FileObject->DeviceObject;

    if (DeviceObject == NULL) {
        return;
    }
    if ((FileObject->Flags & FO_FILE_OPEN) != 0) {
        IopSynchronousFileRequest(FileObject, IRP_MJ_CLOSE, NULL, 0, NULL);
        InterlockedDecrement(&DeviceObject->ReferenceCount);
        if (FileObject->Vpb != NULL) {
            InterlockedDecrement((PLONG)&FileObject->Vpb->ReferenceCount);
        }
    }
    if (FileObject->RelatedFileObject != NULL) {
        ObDereferenceObject(FileObject->RelatedFileObject);
        FileObject->RelatedFileObject = NULL;
    }
    if (FileObject->FileName.Buffer != NULL) {
        ExFreePoolWithTag(FileObject->FileName.Buffer, IOP_NAME_TAG);
    }
    FileObject->DeviceObject = NULL;
    ObDereferenceObject(DeviceObject);
}

NTSTATUS
NTAPI
IoGetDeviceObjectPointer(
    IN PUNICODE_STRING ObjectName,
    IN ACCESS_MASK DesiredAccess,
    OUT PFILE_OBJECT *FileObject,
    OUT PDEVICE_OBJECT *DeviceObject
    )

/*++

Routine Description:

    Opens the device named ObjectName (symbolic links followed) through a handle that is closed again, so
    the stack sees IRP_MJ_CREATE and IRP_MJ_CLEANUP; the file object stays referenced for the caller, who
    dereferences it when done (the stack then sees IRP_MJ_CLOSE). Callable at PASSIVE_LEVEL.

Return Value:

    STATUS_SUCCESS with *FileObject (referenced) and *DeviceObject (the top of the device's stack, kept by
    the file object, not referenced); the name's failures (STATUS_OBJECT_NAME_NOT_FOUND,
    STATUS_OBJECT_TYPE_MISMATCH for an object that is no device, STATUS_OBJECT_NAME_INVALID); the open's.

--*/

{
    OBJECT_ATTRIBUTES Attributes;
    IO_STATUS_BLOCK IoStatus;
    PFILE_OBJECT File;
    HANDLE Handle;
    NTSTATUS Status;

    PAGED_CODE();

    *FileObject = NULL;
    *DeviceObject = NULL;
    InitializeObjectAttributes(&Attributes, ObjectName, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    Status = ZwOpenFile(&Handle, DesiredAccess, &Attributes, &IoStatus, 0, FILE_NON_DIRECTORY_FILE);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }

    //
    // The handle gives the file object the life of any opened file: its close is the cleanup.
    //

    Status = ObReferenceObjectByHandle(Handle, 0, IopFileObjectType, KernelMode, (PVOID *)&File, NULL);
    ZwClose(Handle);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    *FileObject = File;
    *DeviceObject = IoGetRelatedDeviceObject(File);
    return STATUS_SUCCESS;
}
