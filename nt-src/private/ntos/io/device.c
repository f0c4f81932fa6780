/*++

Module Name:

    device.c

Abstract:

    Device objects and their stacks: IoCreateDevice (a Device object, named in \Device or unnamed, with its
    extension zeroed and a DEVOBJ_EXTENSION after it), IoDeleteDevice, symbolic links to devices, and
    attaching one device on top of another (filters): IRPs sent to a device go to the top of its stack,
    and each attached device takes one more stack location.

    Each device holds a reference on its driver object; a device attached on top of another holds one on
    that device until it is detached. A named device is permanent until IoDeleteDevice.

--*/

#include <io.h>

#define IOP_ALIGN(Size) (((Size) + 7) & ~7)

NTSTATUS
NTAPI
IoCreateDevice(
    IN PDRIVER_OBJECT DriverObject,
    IN ULONG DeviceExtensionSize,
    IN PUNICODE_STRING DeviceName OPTIONAL,
    IN DEVICE_TYPE DeviceType,
    IN ULONG DeviceCharacteristics,
    IN BOOLEAN Exclusive,
    OUT PDEVICE_OBJECT *DeviceObject
    )

/*++

Routine Description:

    Creates a device object for a driver and links it into the driver's device list. The device starts with
    DO_DEVICE_INITIALIZING set (the driver clears it when the device may be opened), a stack size of 1, and
    its extension (DeviceExtensionSize bytes, nonpaged) zeroed.

Arguments:

    DeviceName - Optional full name, usually in \Device.

    Exclusive - Only one file object may be open on the device at a time (DO_EXCLUSIVE).

Return Value:

    STATUS_SUCCESS with *DeviceObject set; STATUS_OBJECT_NAME_COLLISION when the name is taken (and the
    object manager's other failures for a bad name); STATUS_INSUFFICIENT_RESOURCES. *DeviceObject is NULL
    on failure.

--*/

{
    OBJECT_ATTRIBUTES Attributes;
    PDEVICE_OBJECT Device;
    PDEVOBJ_EXTENSION DeviceExtension;
    BOOLEAN Named = (BOOLEAN)(ARGUMENT_PRESENT(DeviceName) && DeviceName->Length != 0);
    ULONG BodySize;
    NTSTATUS Status;
    KIRQL OldIrql;

    PAGED_CODE();

    *DeviceObject = NULL;
    if (DriverObject == NULL || DriverObject->Type != IO_TYPE_DRIVER) {
        return STATUS_INVALID_PARAMETER_1;
    }
    if (DeviceExtensionSize > 0x10000) {
        return STATUS_INVALID_PARAMETER_2;
    }
    BodySize = IOP_ALIGN(sizeof(DEVICE_OBJECT)) + IOP_ALIGN(DeviceExtensionSize) + sizeof(DEVOBJ_EXTENSION);
    InitializeObjectAttributes(&Attributes, DeviceName, OBJ_PERMANENT | OBJ_CASE_INSENSITIVE, NULL, NULL);
    Status = ObCreateObject(KernelMode, IopDeviceObjectType, Named ? &Attributes : NULL,
                            KernelMode, NULL, BodySize, 0, 0, (PVOID *)&Device);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    RtlZeroMemory(Device, BodySize);
    DeviceExtension = (PDEVOBJ_EXTENSION)((PUCHAR)Device + BodySize - sizeof(DEVOBJ_EXTENSION));
    DeviceExtension->Type = IO_TYPE_DEVICE_OBJECT_EXTENSION;
    DeviceExtension->Size = sizeof(DEVOBJ_EXTENSION);
    DeviceExtension->DeviceObject = Device;
    Device->Type = IO_TYPE_DEVICE;
    Device->Size = (USHORT)(sizeof(DEVICE_OBJECT) + DeviceExtensionSize);
    Device->DeviceType = DeviceType;
    Device->Characteristics = DeviceCharacteristics;
    Device->StackSize = 1;
    Device->AlignmentRequirement = FILE_BYTE_ALIGNMENT;
    Device->DeviceObjectExtension = DeviceExtension;
    Device->DeviceExtension = DeviceExtensionSize != 0 ? (PUCHAR)Device + IOP_ALIGN(sizeof(DEVICE_OBJECT)) : NULL;
    Device->Flags = DO_DEVICE_INITIALIZING;
    if (Exclusive) {
        Device->Flags |= DO_EXCLUSIVE;
    }
    if (Named) {
        Device->Flags |= DO_DEVICE_HAS_NAME;
    }
    if (DeviceType == FILE_DEVICE_DISK || DeviceType == FILE_DEVICE_VIRTUAL_DISK || DeviceType == FILE_DEVICE_CD_ROM ||
        DeviceType == FILE_DEVICE_TAPE) {

        //
        // A device that can hold a volume has a VPB for the file system that mounts it.
        //

        Device->Vpb = ExAllocatePoolWithTag(NonPagedPool, sizeof(VPB), IOP_VPB_TAG);
        if (Device->Vpb == NULL) {
            ObDereferenceObject(Device);
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        RtlZeroMemory(Device->Vpb, sizeof(VPB));
        Device->Vpb->Type = IO_TYPE_VPB;
        Device->Vpb->Size = sizeof(VPB);
        Device->Vpb->RealDevice = Device;
        if (DeviceType != FILE_DEVICE_TAPE) {
            Device->SectorSize = 512;
        }
    }
    KeInitializeDeviceQueue(&Device->DeviceQueue);
    KeInitializeEvent(&Device->DeviceLock, SynchronizationEvent, TRUE);

    //
    // A named device is kept by its name; either way the reference ObInsertObject hands back is the
    // creator's, which IoDeleteDevice drops. On failure the object is gone already.
    //

    Status = ObInsertObject(Device, NULL, 0, 0, (PVOID *)&Device, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    ObReferenceObject(DriverObject);
    Device->DriverObject = DriverObject;
    KeAcquireSpinLock(&IopDatabaseLock, &OldIrql);
    Device->NextDevice = DriverObject->DeviceObject;
    DriverObject->DeviceObject = Device;
    KeReleaseSpinLock(&IopDatabaseLock, OldIrql);
    *DeviceObject = Device;
    return STATUS_SUCCESS;
}

VOID
NTAPI
IopDeleteDevice(
    IN PVOID Object
    )

/*++

Routine Description:

    The Device type's delete procedure: the last reference went (IoDeleteDevice's, and every file object's
    and attached device's); the driver loses the reference the device held, and the VPB goes.

--*/

{
    PDEVICE_OBJECT Device = (PDEVICE_OBJECT)Object;

    ASSERT(Device->AttachedDevice == NULL);
    if (Device->Vpb != NULL) {
        ExFreePoolWithTag(Device->Vpb, IOP_VPB_TAG);
        Device->Vpb = NULL;
    }
    if (Device->DriverObject != NULL) {
        ObDereferenceObject(Device->DriverObject);
    }
}

VOID
NTAPI
IoDeleteDevice(
    IN PDEVICE_OBJECT DeviceObject
    )

/*++

Routine Description:

    Deletes a device: it leaves its driver's list and the shutdown notification list, loses its name (a
    symbolic link to it no longer resolves) and the creator's reference; it stays until the last file object
    open on it goes. A driver detaches its
    devices from the devices below them first; a device deleted with one still attached on top of it is a
    driver error (an assertion).

--*/

{
    PDRIVER_OBJECT DriverObject = DeviceObject->DriverObject;
    PDEVICE_OBJECT *Link;
    KIRQL OldIrql;

    PAGED_CODE();

    KeAcquireSpinLock(&IopDatabaseLock, &OldIrql);
    ASSERT(DeviceObject->AttachedDevice == NULL);
    DeviceObject->DeviceObjectExtension->ExtensionFlags |= DOE_DELETE_PENDING;
    for (Link = &DriverObject->DeviceObject; *Link != NULL; Link = &(*Link)->NextDevice) {
        if (*Link == DeviceObject) {
            *Link = DeviceObject->NextDevice;
            break;
        }
    }
    DeviceObject->NextDevice = NULL;
    KeReleaseSpinLock(&IopDatabaseLock, OldIrql);
    if (DeviceObject->Timer != NULL) {
        IopDeleteTimer(DeviceObject);
    }
    if ((DeviceObject->Flags & DO_SHUTDOWN_REGISTERED) != 0) {
        IoUnregisterShutdownNotification(DeviceObject);
    }
    if ((DeviceObject->Flags & DO_DEVICE_HAS_NAME) != 0) {
        ObMakeTemporaryObject(DeviceObject);
    }
    ObDereferenceObject(DeviceObject);
}

PDEVICE_OBJECT
NTAPI
IoGetAttachedDevice(
    IN PDEVICE_OBJECT DeviceObject
    )

/*++

Return Value:

    The device at the top of DeviceObject's stack (DeviceObject itself when nothing is attached to it), not
    referenced.

--*/

{
    PDEVICE_OBJECT Top = DeviceObject;
    KIRQL OldIrql;

    KeAcquireSpinLock(&IopDatabaseLock, &OldIrql);
    while (Top->AttachedDevice != NULL) {
        Top = Top->AttachedDevice;
    }
    KeReleaseSpinLock(&IopDatabaseLock, OldIrql);
    return Top;
}

PDEVICE_OBJECT
NTAPI
IoGetAttachedDeviceReference(
    IN PDEVICE_OBJECT DeviceObject
    )

/*++

Return Value:

    The top of DeviceObject's stack, referenced: the caller dereferences it.

--*/

{
    PDEVICE_OBJECT Top = DeviceObject;
    KIRQL OldIrql;

    KeAcquireSpinLock(&IopDatabaseLock, &OldIrql);
    while (Top->AttachedDevice != NULL) {
        Top = Top->AttachedDevice;
    }
    ObReferenceObject(Top);
    KeReleaseSpinLock(&IopDatabaseLock, OldIrql);
    return Top;
}

PDEVICE_OBJECT
IopGetLowestDevice(
    IN PDEVICE_OBJECT DeviceObject
    )
{
    PDEVICE_OBJECT Bottom = DeviceObject;
    KIRQL OldIrql;

    KeAcquireSpinLock(&IopDatabaseLock, &OldIrql);
    while (Bottom->DeviceObjectExtension->AttachedTo != NULL) {
        Bottom = Bottom->DeviceObjectExtension->AttachedTo;
    }
    KeReleaseSpinLock(&IopDatabaseLock, OldIrql);
    return Bottom;
}

PDEVICE_OBJECT
NTAPI
IoAttachDeviceToDeviceStack(
    IN PDEVICE_OBJECT SourceDevice,
    IN PDEVICE_OBJECT TargetDevice
    )

/*++

Routine Description:

    Attaches SourceDevice on top of the stack TargetDevice belongs to: IRPs sent to any device of that stack
    now reach SourceDevice first. SourceDevice takes one stack location more than the device below it, at
    least its alignment requirement, and its sector size.

Return Value:

    The device SourceDevice was attached to (the previous top of the stack), to which the filter passes
    IRPs on; NULL when that device is being deleted or unloaded, or SourceDevice is attached already.

--*/

{
    PDEVICE_OBJECT Top;
    KIRQL OldIrql;

    KeAcquireSpinLock(&IopDatabaseLock, &OldIrql);
    Top = TargetDevice;
    while (Top->AttachedDevice != NULL) {
        Top = Top->AttachedDevice;
    }
    if ((Top->DeviceObjectExtension->ExtensionFlags & (DOE_DELETE_PENDING | DOE_UNLOAD_PENDING)) != 0 ||
        SourceDevice->DeviceObjectExtension->AttachedTo != NULL || Top == SourceDevice) {
        KeReleaseSpinLock(&IopDatabaseLock, OldIrql);
        return NULL;
    }
    ObReferenceObject(Top);
    Top->AttachedDevice = SourceDevice;
    SourceDevice->DeviceObjectExtension->AttachedTo = Top;
    SourceDevice->StackSize = (CCHAR)(Top->StackSize + 1);
    if (SourceDevice->AlignmentRequirement < Top->AlignmentRequirement) {
        SourceDevice->AlignmentRequirement = Top->AlignmentRequirement;
    }
    SourceDevice->SectorSize = Top->SectorSize;
    KeReleaseSpinLock(&IopDatabaseLock, OldIrql);
    return Top;
}

NTSTATUS
NTAPI
IoAttachDevice(
    IN PDEVICE_OBJECT SourceDevice,
    IN PUNICODE_STRING TargetDevice,
    OUT PDEVICE_OBJECT *AttachedDevice
    )

/*++

Routine Description:

    Attaches SourceDevice to the top of the stack of the device named TargetDevice.

Return Value:

    STATUS_SUCCESS with *AttachedDevice the device attached to; the name's failures
    (STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_TYPE_MISMATCH for an object that is no device);
    STATUS_NO_SUCH_DEVICE when the target cannot take an attachment.

--*/

{
    PDEVICE_OBJECT Target;
    PDEVICE_OBJECT Attached;
    NTSTATUS Status;

    PAGED_CODE();

    *AttachedDevice = NULL;
    Status = ObReferenceObjectByName(TargetDevice, OBJ_CASE_INSENSITIVE, NULL, 0, IopDeviceObjectType, KernelMode,
                                     NULL, (PVOID *)&Target);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Attached = IoAttachDeviceToDeviceStack(SourceDevice, Target);
    ObDereferenceObject(Target);
    if (Attached == NULL) {
        return STATUS_NO_SUCH_DEVICE;
    }
    *AttachedDevice = Attached;
    return STATUS_SUCCESS;
}

VOID
NTAPI
IoDetachDevice(
    IN OUT PDEVICE_OBJECT TargetDevice
    )

/*++

Routine Description:

    Detaches the device attached on top of TargetDevice (the device IoAttachDeviceToDeviceStack returned to
    the filter), dropping the reference the attachment held.

--*/

{
    PDEVICE_OBJECT Source;
    KIRQL OldIrql;

    KeAcquireSpinLock(&IopDatabaseLock, &OldIrql);
    Source = TargetDevice->AttachedDevice;
    ASSERT(Source != NULL);
    if (Source == NULL) {
        KeReleaseSpinLock(&IopDatabaseLock, OldIrql);
        return;
    }
    TargetDevice->AttachedDevice = NULL;
    Source->DeviceObjectExtension->AttachedTo = NULL;
    KeReleaseSpinLock(&IopDatabaseLock, OldIrql);
    ObDereferenceObject(TargetDevice);
}

NTSTATUS
NTAPI
IoCreateSymbolicLink(
    IN PUNICODE_STRING SymbolicLinkName,
    IN PUNICODE_STRING DeviceName
    )

/*++

Routine Description:

    Creates a permanent symbolic link (usually in \DosDevices) to a device's name. The target need not exist
    yet; a lookup through the link follows it.

Return Value:

    STATUS_OBJECT_NAME_COLLISION when the link's name is taken; the object manager's other failures.

--*/

{
    OBJECT_ATTRIBUTES Attributes;
    HANDLE Handle;
    NTSTATUS Status;

    PAGED_CODE();

    InitializeObjectAttributes(&Attributes, SymbolicLinkName, OBJ_PERMANENT | OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,
                               NULL, NULL);
    Status = ZwCreateSymbolicLinkObject(&Handle, SYMBOLIC_LINK_ALL_ACCESS, &Attributes, DeviceName);
    if (NT_SUCCESS(Status)) {
        ZwClose(Handle);
    }
    return Status;
}

NTSTATUS
NTAPI
IoDeleteSymbolicLink(
    IN PUNICODE_STRING SymbolicLinkName
    )

/*++

Routine Description:

    Deletes a symbolic link IoCreateSymbolicLink made: it is made temporary, so its name goes with the handle
    opened here.

Return Value:

    The open's failures: STATUS_OBJECT_NAME_NOT_FOUND when there is no such link.

--*/

{
    OBJECT_ATTRIBUTES Attributes;
    HANDLE Handle;
    NTSTATUS Status;

    PAGED_CODE();

    InitializeObjectAttributes(&Attributes, SymbolicLinkName, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    Status = ZwOpenSymbolicLinkObject(&Handle, DELETE, &Attributes);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = ZwMakeTemporaryObject(Handle);
    ZwClose(Handle);
    return Status;
}
