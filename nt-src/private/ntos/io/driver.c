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
    driver has no device left; its name's copy goes.

--*/

{
    PDRIVER_OBJECT DriverObject = (PDRIVER_OBJECT)Object;

    ASSERT(DriverObject->DeviceObject == NULL);
    if (DriverObject->DriverName.Buffer != NULL) {
        ExFreePoolWithTag(DriverObject->DriverName.Buffer, IOP_NAME_TAG);
    }
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
    the kernel calls a loaded driver's DriverEntry: with the driver object and a registry path (empty until
    there is a registry), at PASSIVE_LEVEL. A driver whose initialization fails is deleted again.

Arguments:

    DriverName - The driver object's full name, "\Driver\Name" or "\FileSystem\Name".

    InitializationFunction - The driver's DriverEntry.

Return Value:

    What the initialization routine returned; STATUS_INVALID_PARAMETER without a name or routine; the name's
    failures (STATUS_OBJECT_NAME_COLLISION for a driver of that name).

--*/

{
    OBJECT_ATTRIBUTES Attributes;
    PDRIVER_OBJECT DriverObject;
    PDRIVER_EXTENSION Extension;
    UNICODE_STRING RegistryPath;
    NTSTATUS Status;
    ULONG Index;

    PAGED_CODE();

    if (!ARGUMENT_PRESENT(DriverName) || DriverName->Length == 0 || InitializationFunction == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    InitializeObjectAttributes(&Attributes, DriverName, OBJ_PERMANENT | OBJ_CASE_INSENSITIVE, NULL, NULL);
    Status = ObCreateObject(KernelMode, IopDriverObjectType, &Attributes, KernelMode, NULL,
                            sizeof(DRIVER_OBJECT) + sizeof(DRIVER_EXTENSION), 0, 0, (PVOID *)&DriverObject);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    RtlZeroMemory(DriverObject, sizeof(DRIVER_OBJECT) + sizeof(DRIVER_EXTENSION));
    Extension = (PDRIVER_EXTENSION)(DriverObject + 1);
    DriverObject->Type = IO_TYPE_DRIVER;
    DriverObject->Size = (CSHORT)(sizeof(DRIVER_OBJECT) + sizeof(DRIVER_EXTENSION));
    DriverObject->Flags = DRVO_BUILTIN_DRIVER | DRVO_LEGACY_DRIVER;
    DriverObject->DriverExtension = Extension;
    DriverObject->DriverInit = InitializationFunction;
    Extension->DriverObject = DriverObject;
    for (Index = 0; Index <= IRP_MJ_MAXIMUM_FUNCTION; Index += 1) {
        DriverObject->MajorFunction[Index] = IopInvalidDeviceRequest;
    }
    DriverObject->DriverName.Buffer = ExAllocatePoolWithTag(NonPagedPool, DriverName->Length, IOP_NAME_TAG);
    if (DriverObject->DriverName.Buffer == NULL) {
        ObDereferenceObject(DriverObject);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(DriverObject->DriverName.Buffer, DriverName->Buffer, DriverName->Length);
    DriverObject->DriverName.Length = DriverName->Length;
    DriverObject->DriverName.MaximumLength = DriverName->Length;

    //
    // The name keeps the object (OBJ_PERMANENT); the reference ObInsertObject hands back is dropped once
    // the driver is initialised.
    //

    Status = ObInsertObject(DriverObject, NULL, 0, 0, (PVOID *)&DriverObject, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    RtlInitUnicodeString(&RegistryPath, L"");
    Extension->Count += 1;
    Status = InitializationFunction(DriverObject, &RegistryPath);
    if (!NT_SUCCESS(Status)) {
        IoDeleteDriver(DriverObject);
    }
    ObDereferenceObject(DriverObject);
    return Status;
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
