/*++

Module Name:

    file.c

Abstract:

    File objects: an open instance of a device. Opening one sends IRP_MJ_CREATE to the top of the device's
    stack; when its last handle closes the stack sees IRP_MJ_CLEANUP, and when its last reference goes,
    IRP_MJ_CLOSE (the File type's close and delete procedures). A file object keeps a reference on the
    device it opened and counts in the device's ReferenceCount while it lives.

--*/

#include <io.h>

PDEVICE_OBJECT
NTAPI
IoGetRelatedDeviceObject(
    IN PFILE_OBJECT FileObject
    )

/*++

Return Value:

    The device IRPs for FileObject go to: the top of the stack of the device it was opened on.

--*/

{
    return IoGetAttachedDevice(FileObject->DeviceObject);
}

NTSTATUS
IopSynchronousFileRequest(
    IN PFILE_OBJECT FileObject,
    IN UCHAR MajorFunction,
    IN ULONG Options
    )

/*++

Routine Description:

    Sends a create, cleanup or close request for FileObject to the top of its device's stack and waits for
    its completion (at PASSIVE_LEVEL). The IRP is a threaded IRP of the current thread.

Arguments:

    Options - For IRP_MJ_CREATE, Parameters.Create.Options (the disposition in the high byte).

Return Value:

    The request's final status; STATUS_INSUFFICIENT_RESOURCES without an IRP.

--*/

{
    PDEVICE_OBJECT Top;
    PIRP Irp;
    PIO_STACK_LOCATION Stack;
    KEVENT Event;
    IO_STATUS_BLOCK IoStatus;
    NTSTATUS Status;

    PAGED_CODE();

    Top = IoGetAttachedDeviceReference(FileObject->DeviceObject);
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
    Stack->FileObject = FileObject;
    if (MajorFunction == IRP_MJ_CREATE) {
        Stack->Parameters.Create.Options = Options;
        Stack->Parameters.Create.ShareAccess = FILE_SHARE_READ | FILE_SHARE_WRITE;
    }
    IopQueueThreadIrp(Irp);
    IoStatus.Status = STATUS_PENDING;

    //
    // Whether the driver returned STATUS_PENDING or not, the completion (an APC of this thread) writes the
    // status block and sets the event; waiting covers the APC not having run yet.
    //

    IoCallDriver(Top, Irp);
    KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
    Status = IoStatus.Status;
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
    IopSynchronousFileRequest(FileObject, IRP_MJ_CLEANUP, 0);
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
    the device loses the file object's reference.

--*/

{
    PFILE_OBJECT FileObject = (PFILE_OBJECT)Object;
    PDEVICE_OBJECT DeviceObject = FileObject->DeviceObject;

    if (DeviceObject == NULL) {
        return;
    }
    if ((FileObject->Flags & FO_FILE_OPEN) != 0) {
        IopSynchronousFileRequest(FileObject, IRP_MJ_CLOSE, 0);
        InterlockedDecrement(&DeviceObject->ReferenceCount);
    }
    if (FileObject->FileName.Buffer != NULL) {
        ExFreePoolWithTag(FileObject->FileName.Buffer, IOP_NAME_TAG);
    }
    FileObject->DeviceObject = NULL;
    ObDereferenceObject(DeviceObject);
}

static
NTSTATUS
IopOpenDevice(
    IN PDEVICE_OBJECT DeviceObject,
    IN ACCESS_MASK DesiredAccess,
    OUT PFILE_OBJECT *FileObject
    )

/*++

Routine Description:

    Opens a device: a new file object (referencing DeviceObject, whose reference the caller hands over),
    and IRP_MJ_CREATE to the top of the device's stack.

Return Value:

    STATUS_NO_SUCH_DEVICE for a device still initialising (DO_DEVICE_INITIALIZING) or being deleted;
    STATUS_ACCESS_DENIED for an exclusive device open already; what the stack completed the create with.

--*/

{
    PFILE_OBJECT File;
    OBJECT_ATTRIBUTES Attributes;
    NTSTATUS Status;

    *FileObject = NULL;
    if ((DeviceObject->Flags & DO_DEVICE_INITIALIZING) != 0 ||
        (DeviceObject->DeviceObjectExtension->ExtensionFlags & (DOE_DELETE_PENDING | DOE_UNLOAD_PENDING)) != 0) {
        ObDereferenceObject(DeviceObject);
        return STATUS_NO_SUCH_DEVICE;
    }
    if ((DeviceObject->Flags & DO_EXCLUSIVE) != 0 && DeviceObject->ReferenceCount != 0) {
        ObDereferenceObject(DeviceObject);
        return STATUS_ACCESS_DENIED;
    }
    InitializeObjectAttributes(&Attributes, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
    Status = ObCreateObject(KernelMode, IopFileObjectType, &Attributes, KernelMode, NULL, sizeof(FILE_OBJECT), 0, 0,
                            (PVOID *)&File);
    if (!NT_SUCCESS(Status)) {
        ObDereferenceObject(DeviceObject);
        return Status;
    }
    RtlZeroMemory(File, sizeof(FILE_OBJECT));
    File->Type = IO_TYPE_FILE;
    File->Size = sizeof(FILE_OBJECT);
    File->DeviceObject = DeviceObject;
    File->Vpb = DeviceObject->Vpb;
    File->ReadAccess = (BOOLEAN)((DesiredAccess & (FILE_READ_DATA | GENERIC_READ | GENERIC_ALL)) != 0);
    File->WriteAccess = (BOOLEAN)((DesiredAccess & (FILE_WRITE_DATA | FILE_APPEND_DATA | GENERIC_WRITE | GENERIC_ALL)) != 0);
    File->Flags = FO_DIRECT_DEVICE_OPEN;
    KeInitializeEvent(&File->Lock, SynchronizationEvent, FALSE);
    KeInitializeEvent(&File->Event, NotificationEvent, FALSE);
    InterlockedIncrement(&DeviceObject->ReferenceCount);

    Status = IopSynchronousFileRequest(File, IRP_MJ_CREATE, (ULONG)FILE_OPEN << 24);
    if (!NT_SUCCESS(Status)) {

        //
        // Not open: its deletion sends no close.
        //

        InterlockedDecrement(&DeviceObject->ReferenceCount);
        ObDereferenceObject(File);
        return Status;
    }
    File->Flags |= FO_FILE_OPEN;
    *FileObject = File;
    return Status;
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
    PDEVICE_OBJECT Device;
    PFILE_OBJECT File;
    PFILE_OBJECT Referenced;
    HANDLE Handle;
    NTSTATUS Status;

    PAGED_CODE();

    *FileObject = NULL;
    *DeviceObject = NULL;
    Status = ObReferenceObjectByName(ObjectName, OBJ_CASE_INSENSITIVE, NULL, DesiredAccess, IopDeviceObjectType,
                                     KernelMode, NULL, (PVOID *)&Device);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = IopOpenDevice(Device, DesiredAccess, &File);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }

    //
    // The handle gives the file object the life of any opened file: its close is the cleanup.
    //

    Status = ObInsertObject(File, NULL, DesiredAccess, 0, (PVOID *)&Referenced, &Handle);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    File->Flags |= FO_HANDLE_CREATED;
    ZwClose(Handle);
    *FileObject = Referenced;
    *DeviceObject = IoGetRelatedDeviceObject(Referenced);
    return STATUS_SUCCESS;
}
