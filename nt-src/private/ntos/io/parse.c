/*++

Module Name:

    parse.c

Abstract:

    The Device and File types' parse procedures: the object manager hands them the rest of a path that
    reached a device (\Device\Ramdisk0\dir\x.txt, through \??\C: or \SystemRoot) or that is relative to an
    open file, with the open packet IoCreateFile made. They make the file object and send IRP_MJ_CREATE:
    to the device itself for the device's own name (a direct device open), else to the file system mounted
    on the device's volume (mounted first if need be), with the rest of the path as the file's name.

--*/

#include <io.h>

static
NTSTATUS
IopOpenOnDevice(
    IN PDEVICE_OBJECT DeviceObject,
    IN POPEN_PACKET OpenPacket,
    IN PUNICODE_STRING RemainingName,
    IN ULONG Attributes,
    OUT PVOID *Object
    )

/*++

Routine Description:

    Opens RemainingName on DeviceObject (the device a name reached, or a related file's device) as
    OpenPacket says.

Return Value:

    STATUS_SUCCESS (or the create's other success) with *Object the new file object, referenced;
    STATUS_NO_SUCH_DEVICE for a device still initialising or being deleted; STATUS_ACCESS_DENIED for an
    exclusive device open already; the mount's failures (STATUS_UNRECOGNIZED_VOLUME...); what the create
    completed with.

--*/

{
    PFILE_OBJECT Related = OpenPacket->RelatedFileObject;
    PVPB Vpb = NULL;
    PFILE_OBJECT File;
    OBJECT_ATTRIBUTES ObjectAttributes;
    UCHAR StackFlags = 0;
    NTSTATUS Status;

    PAGED_CODE();

    OpenPacket->ParseCheck = TRUE;
    if ((DeviceObject->Flags & DO_DEVICE_INITIALIZING) != 0 ||
        (DeviceObject->DeviceObjectExtension->ExtensionFlags & (DOE_DELETE_PENDING | DOE_UNLOAD_PENDING)) != 0) {
        return STATUS_NO_SUCH_DEVICE;
    }

    //
    // A name inside the device, or relative to a file on a volume, is the file system's: mount the volume
    // on first use. The device's own name (and anything relative to a direct open) is the device's.
    //

    if (Related != NULL) {
        Vpb = Related->Vpb;
    } else if (DeviceObject->Vpb != NULL && RemainingName->Length != 0) {
        Status = IopMountVolume(DeviceObject);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
        Vpb = DeviceObject->Vpb;
    }
    if (Vpb == NULL && (DeviceObject->Flags & DO_EXCLUSIVE) != 0 && DeviceObject->ReferenceCount != 0) {
        return STATUS_ACCESS_DENIED;
    }

    InitializeObjectAttributes(&ObjectAttributes, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
    Status = ObCreateObject(KernelMode, IopFileObjectType, &ObjectAttributes, KernelMode, NULL, sizeof(FILE_OBJECT), 0,
                            0, (PVOID *)&File);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    RtlZeroMemory(File, sizeof(FILE_OBJECT));
    File->Type = IO_TYPE_FILE;
    File->Size = sizeof(FILE_OBJECT);
    if (RemainingName->Length != 0) {
        File->FileName.Buffer = ExAllocatePoolWithTag(NonPagedPool, RemainingName->Length, IOP_NAME_TAG);
        if (File->FileName.Buffer == NULL) {
            ObDereferenceObject(File);
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        RtlCopyMemory(File->FileName.Buffer, RemainingName->Buffer, RemainingName->Length);
        File->FileName.Length = RemainingName->Length;
        File->FileName.MaximumLength = RemainingName->Length;
    }
    ObReferenceObject(DeviceObject);
    File->DeviceObject = DeviceObject;
    File->Vpb = Vpb;
    if (Related != NULL) {
        ObReferenceObject(Related);
        File->RelatedFileObject = Related;
    }
    File->ReadAccess = (BOOLEAN)((OpenPacket->DesiredAccess & (FILE_READ_DATA | FILE_EXECUTE)) != 0);
    File->WriteAccess = (BOOLEAN)((OpenPacket->DesiredAccess & (FILE_WRITE_DATA | FILE_APPEND_DATA)) != 0);
    File->DeleteAccess = (BOOLEAN)((OpenPacket->DesiredAccess & DELETE) != 0);
    if ((OpenPacket->CreateOptions & (FILE_SYNCHRONOUS_IO_ALERT | FILE_SYNCHRONOUS_IO_NONALERT)) != 0) {
        File->Flags |= FO_SYNCHRONOUS_IO;
        if ((OpenPacket->CreateOptions & FILE_SYNCHRONOUS_IO_ALERT) != 0) {
            File->Flags |= FO_ALERTABLE_IO;
        }
    }
    if ((OpenPacket->CreateOptions & FILE_NO_INTERMEDIATE_BUFFERING) != 0) {
        File->Flags |= FO_NO_INTERMEDIATE_BUFFERING;
    }
    if ((OpenPacket->CreateOptions & FILE_WRITE_THROUGH) != 0) {
        File->Flags |= FO_WRITE_THROUGH;
    }
    if ((OpenPacket->CreateOptions & FILE_SEQUENTIAL_ONLY) != 0) {
        File->Flags |= FO_SEQUENTIAL_ONLY;
    }
    if (Vpb == NULL && RemainingName->Length == 0) {
        File->Flags |= FO_DIRECT_DEVICE_OPEN;
    }

    //
    // The lock serialises a synchronous file's requests (it keeps the current position): an event that
    // is signalled while the lock is free.
    //

    KeInitializeEvent(&File->Lock, SynchronizationEvent, TRUE);
    KeInitializeEvent(&File->Event, NotificationEvent, FALSE);
    InterlockedIncrement(&DeviceObject->ReferenceCount);
    if (Vpb != NULL) {
        InterlockedIncrement((PLONG)&Vpb->ReferenceCount);
    }

    if ((Attributes & OBJ_CASE_INSENSITIVE) == 0) {
        StackFlags |= SL_CASE_SENSITIVE;
    }
    if ((OpenPacket->Options & IO_OPEN_TARGET_DIRECTORY) != 0) {
        StackFlags |= SL_OPEN_TARGET_DIRECTORY;
    }
    Status = IopSynchronousFileRequest(File, IRP_MJ_CREATE, OpenPacket, StackFlags, &OpenPacket->Information);
    OpenPacket->FinalStatus = Status;
    if (!NT_SUCCESS(Status)) {

        //
        // Not open: its deletion sends no close.
        //

        InterlockedDecrement(&DeviceObject->ReferenceCount);
        if (Vpb != NULL) {
            InterlockedDecrement((PLONG)&Vpb->ReferenceCount);
        }
        ObDereferenceObject(File);
        return Status;
    }
    File->Flags |= FO_FILE_OPEN;
    OpenPacket->FileObject = File;
    *Object = File;
    return Status;
}

static
BOOLEAN
IopIsOpenPacket(
    IN PVOID Context OPTIONAL
    )
{
    return (BOOLEAN)(Context != NULL && ((POPEN_PACKET)Context)->Type == IO_TYPE_OPEN_PACKET &&
                     ((POPEN_PACKET)Context)->Size == sizeof(OPEN_PACKET));
}

NTSTATUS
NTAPI
IopParseDevice(
    IN PVOID ParseObject,
    IN POBJECT_TYPE ObjectType,
    IN ACCESS_MASK DesiredAccess,
    IN KPROCESSOR_MODE AccessMode,
    IN ULONG Attributes,
    IN OUT PUNICODE_STRING CompleteName,
    IN OUT PUNICODE_STRING RemainingName,
    IN OUT PVOID Context OPTIONAL,
    OUT PVOID *Object
    )

/*++

Routine Description:

    The Device type's parse procedure: opens the rest of the path (empty, or starting with a backslash) on
    the device. Only an open (IoCreateFile's packet as Context) may go into a device.

Return Value:

    STATUS_OBJECT_TYPE_MISMATCH without an open packet (a path through a device looked up as a name);
    IopOpenOnDevice's.

--*/

{
    UNREFERENCED_PARAMETER(ObjectType);
    UNREFERENCED_PARAMETER(DesiredAccess);
    UNREFERENCED_PARAMETER(AccessMode);
    UNREFERENCED_PARAMETER(CompleteName);

    *Object = NULL;
    if (!IopIsOpenPacket(Context)) {
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    ((POPEN_PACKET)Context)->RelatedFileObject = NULL;
    return IopOpenOnDevice((PDEVICE_OBJECT)ParseObject, (POPEN_PACKET)Context, RemainingName, Attributes, Object);
}

NTSTATUS
NTAPI
IopParseFile(
    IN PVOID ParseObject,
    IN POBJECT_TYPE ObjectType,
    IN ACCESS_MASK DesiredAccess,
    IN KPROCESSOR_MODE AccessMode,
    IN ULONG Attributes,
    IN OUT PUNICODE_STRING CompleteName,
    IN OUT PUNICODE_STRING RemainingName,
    IN OUT PVOID Context OPTIONAL,
    OUT PVOID *Object
    )

/*++

Routine Description:

    The File type's parse procedure: a name relative to an open file (the RootDirectory of an open's object
    attributes) is opened on the file's device, with the file as the create's related file object; the file
    system reads the name relative to it.

Return Value:

    STATUS_OBJECT_TYPE_MISMATCH without an open packet; STATUS_OBJECT_PATH_SYNTAX_BAD for a relative name
    that starts with a backslash; IopOpenOnDevice's.

--*/

{
    PFILE_OBJECT Related = (PFILE_OBJECT)ParseObject;

    UNREFERENCED_PARAMETER(ObjectType);
    UNREFERENCED_PARAMETER(DesiredAccess);
    UNREFERENCED_PARAMETER(AccessMode);
    UNREFERENCED_PARAMETER(CompleteName);

    *Object = NULL;
    if (!IopIsOpenPacket(Context)) {
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    if (RemainingName->Length != 0 && RemainingName->Buffer[0] == L'\\') {
        return STATUS_OBJECT_PATH_SYNTAX_BAD;
    }
    if ((Related->Flags & FO_FILE_OPEN) == 0 || Related->DeviceObject == NULL) {
        return STATUS_INVALID_HANDLE;
    }
    ((POPEN_PACKET)Context)->RelatedFileObject = Related;
    return IopOpenOnDevice(Related->DeviceObject, (POPEN_PACKET)Context, RemainingName, Attributes, Object);
}
