/*++

Module Name:

    driver.c

Abstract:

    Driver objects: created for a driver before its initialization routine (DriverEntry) runs, named in
    \Driver (or \FileSystem), kept by their name until the driver is unloaded and by each of their devices
    until it goes. A driver's dispatch table starts with every entry failing the request, as the DDK says of
    the entries a driver leaves alone.

--*/

#include <io.h>
#include <excpt.h>

NTSTATUS
NTAPI
IopInvalidDeviceRequest(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )

/*++

Routine Description:

    The dispatch routine of every major function a driver does not handle: completes the IRP with
    STATUS_INVALID_DEVICE_REQUEST.

--*/

{
    UNREFERENCED_PARAMETER(DeviceObject);

    Irp->IoStatus.Status = STATUS_INVALID_DEVICE_REQUEST;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_INVALID_DEVICE_REQUEST;
}

VOID
NTAPI
IopDeleteDriver(
    IN PVOID Object
    )

/*++

Routine Description:

    The Driver type's delete procedure: the last reference went (the name's and every device's), so the
    driver has no device left and none of its code can be reached: its names' copies go, and its image is
    unloaded.

--*/

{
    PDRIVER_OBJECT DriverObject = (PDRIVER_OBJECT)Object;
    PDRIVER_EXTENSION Extension = DriverObject->DriverExtension;
    NTSTATUS Status;

    ASSERT(DriverObject->DeviceObject == NULL);
    if (DriverObject->DriverName.Buffer != NULL) {
        ExFreePoolWithTag(DriverObject->DriverName.Buffer, IOP_NAME_TAG);
    }
    if (Extension != NULL && Extension->ServiceKeyName.Buffer != NULL) {
        ExFreePoolWithTag(Extension->ServiceKeyName.Buffer, IOP_NAME_TAG);
    }
    if (DriverObject->DriverSection != NULL) {
        Status = MmUnloadSystemImage((PKLDR_DATA_TABLE_ENTRY)DriverObject->DriverSection);
        if (!NT_SUCCESS(Status)) {
            DbgPrint("IO: the image of driver %wZ stays loaded (status 0x%08lx)\n", &DriverObject->DriverName, Status);
        }
    }
}

static
NTSTATUS
IopCopyName(
    OUT PUNICODE_STRING Copy,
    IN PUNICODE_STRING Name
    )

/*++

Routine Description:

    A nonpaged copy of a name (none for an empty one), freed by the driver object's delete procedure.

--*/

{
    RtlZeroMemory(Copy, sizeof(*Copy));
    if (Name->Length == 0) {
        return STATUS_SUCCESS;
    }
    Copy->Buffer = ExAllocatePoolWithTag(NonPagedPool, Name->Length, IOP_NAME_TAG);
    if (Copy->Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(Copy->Buffer, Name->Buffer, Name->Length);
    Copy->Length = Name->Length;
    Copy->MaximumLength = Name->Length;
    return STATUS_SUCCESS;
}

NTSTATUS
IopCreateDriver(
    IN PUNICODE_STRING DriverName,
    IN PDRIVER_INITIALIZE InitializationFunction,
    IN PUNICODE_STRING RegistryPath,
    IN PKLDR_DATA_TABLE_ENTRY ModuleEntry OPTIONAL,
    OUT PDRIVER_OBJECT *CreatedObject OPTIONAL
    )

/*++

Routine Description:

    Creates a driver object and calls the driver's initialization routine with it and the driver's registry
    path, at PASSIVE_LEVEL. A driver loaded from an image owns its module from this call on, whatever it
    returns: the object's deletion unloads the image. An exception the initialization routine does not handle fails the driver with its code instead of
    bringing the system down (the service's ErrorControl decides what follows). A driver whose initialization
    fails is deleted again.

Arguments:

    DriverName - The driver object's full name, "\Driver\Name" or "\FileSystem\Name".

    InitializationFunction - The driver's DriverEntry.

    RegistryPath - The driver's service key (empty for a driver built into the kernel).

    ModuleEntry - The driver's image, or NULL for a driver built into the kernel.

    CreatedObject - Receives the driver object, referenced, when the driver initialised.

Return Value:

    What the initialization routine returned, or the exception's code; STATUS_INVALID_PARAMETER without a name
    or routine; the name's failures (STATUS_OBJECT_NAME_COLLISION for a driver of that name).

--*/

{
    OBJECT_ATTRIBUTES Attributes;
    PDRIVER_OBJECT DriverObject;
    PDRIVER_EXTENSION Extension;
    NTSTATUS Status;
    ULONG Index;

    PAGED_CODE();

    if (ARGUMENT_PRESENT(CreatedObject)) {
        *CreatedObject = NULL;
    }
    if (!ARGUMENT_PRESENT(DriverName) || DriverName->Length == 0 || InitializationFunction == NULL) {
        Status = STATUS_INVALID_PARAMETER;
    } else {
        InitializeObjectAttributes(&Attributes, DriverName, OBJ_PERMANENT | OBJ_CASE_INSENSITIVE, NULL, NULL);
        Status = ObCreateObject(KernelMode, IopDriverObjectType, &Attributes, KernelMode, NULL,
                                sizeof(DRIVER_OBJECT) + sizeof(DRIVER_EXTENSION), 0, 0, (PVOID *)&DriverObject);
    }
    if (!NT_SUCCESS(Status)) {
        if (ModuleEntry != NULL) {
            MmUnloadSystemImage(ModuleEntry);
        }
        return Status;
    }
    RtlZeroMemory(DriverObject, sizeof(DRIVER_OBJECT) + sizeof(DRIVER_EXTENSION));
    Extension = (PDRIVER_EXTENSION)(DriverObject + 1);
    DriverObject->Type = IO_TYPE_DRIVER;
    DriverObject->Size = (CSHORT)(sizeof(DRIVER_OBJECT) + sizeof(DRIVER_EXTENSION));
    DriverObject->Flags = ModuleEntry != NULL ? DRVO_LEGACY_DRIVER : DRVO_BUILTIN_DRIVER | DRVO_LEGACY_DRIVER;
    DriverObject->DriverExtension = Extension;
    DriverObject->DriverInit = InitializationFunction;
    if (ModuleEntry != NULL) {
        DriverObject->DriverStart = ModuleEntry->DllBase;
        DriverObject->DriverSize = ModuleEntry->SizeOfImage;
        DriverObject->DriverSection = ModuleEntry;
    }
    Extension->DriverObject = DriverObject;
    for (Index = 0; Index <= IRP_MJ_MAXIMUM_FUNCTION; Index += 1) {
        DriverObject->MajorFunction[Index] = IopInvalidDeviceRequest;
    }
    if (!NT_SUCCESS(IopCopyName(&DriverObject->DriverName, DriverName)) ||
        !NT_SUCCESS(IopCopyName(&Extension->ServiceKeyName, RegistryPath))) {
        ObDereferenceObject(DriverObject);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    //
    // The name keeps the object (OBJ_PERMANENT); the reference ObInsertObject hands back is dropped once
    // the driver is initialised, or handed to the caller. From here the object owns the image.
    //

    Status = ObInsertObject(DriverObject, NULL, 0, 0, (PVOID *)&DriverObject, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Extension->Count += 1;
    __try {
        Status = InitializationFunction(DriverObject, &Extension->ServiceKeyName);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        Status = GetExceptionCode();
    }
    if (!NT_SUCCESS(Status)) {
        IoDeleteDriver(DriverObject);
    } else if (ARGUMENT_PRESENT(CreatedObject)) {
        *CreatedObject = DriverObject;
        return Status;
    }
    ObDereferenceObject(DriverObject);
    return Status;
}

NTSTATUS
NTAPI
IoCreateDriver(
    IN PUNICODE_STRING DriverName OPTIONAL,
    IN PDRIVER_INITIALIZE InitializationFunction
    )

/*++

Routine Description:

    Creates the driver object of a driver built into the kernel and calls its initialization routine, as
    the kernel calls a loaded driver's DriverEntry (IopCreateDriver), with an empty registry path.

--*/

{
    UNICODE_STRING RegistryPath;

    PAGED_CODE();

    RtlInitUnicodeString(&RegistryPath, L"");
    return IopCreateDriver(DriverName, InitializationFunction, &RegistryPath, NULL, NULL);
}

VOID
NTAPI
IoDeleteDriver(
    IN PDRIVER_OBJECT DriverObject
    )

/*++

Routine Description:

    Takes a driver object's name away and drops the reference the name held: the object goes when its last
    device does. The driver's devices must be deleted first (by DriverUnload).

--*/

{
    PAGED_CODE();
    ObMakeTemporaryObject(DriverObject);
}

NTSTATUS
IopUnloadDriver(
    IN PDRIVER_OBJECT DriverObject
    )

/*++

Routine Description:

    Unloads a driver: its DriverUnload routine deletes its devices, then the driver object is deleted.

Return Value:

    STATUS_INVALID_DEVICE_REQUEST when the driver has no DriverUnload routine (it cannot be unloaded).

--*/

{
    PAGED_CODE();

    if (DriverObject->DriverUnload == NULL) {
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    DriverObject->Flags |= DRVO_UNLOAD_INVOKED;
    DriverObject->DriverUnload(DriverObject);
    IoDeleteDriver(DriverObject);
    return STATUS_SUCCESS;
}
