/*++

Module Name:

    null.c

Abstract:

    The null device (\Device\Null): a sink and an empty source. Opening and closing always succeed, a write
    succeeds with every byte taken and none kept, a read ends at once with STATUS_END_OF_FILE. Neither buffered
    nor direct I/O: the device never touches a caller's buffer.

Environment:

    Kernel mode, its own image, loaded at boot.

--*/

#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;

static
NTSTATUS
NTAPI
NullDispatch(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )

/*++

Routine Description:

    Every request the null device takes, completed at once.

--*/

{
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS Status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(DeviceObject);

    Irp->IoStatus.Information = 0;
    switch (Stack->MajorFunction) {
    case IRP_MJ_READ:
        Status = STATUS_END_OF_FILE;
        break;

    case IRP_MJ_WRITE:
        Irp->IoStatus.Information = Stack->Parameters.Write.Length;
        break;

    default:
        break;
    }
    Irp->IoStatus.Status = Status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

static
VOID
NTAPI
NullUnload(
    IN PDRIVER_OBJECT DriverObject
    )
{
    PAGED_CODE();

    while (DriverObject->DeviceObject != NULL) {
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

NTSTATUS
NTAPI
DriverEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )

/*++

Routine Description:

    Creates \Device\Null and takes create, close, cleanup, read and write.

--*/

{
    UNICODE_STRING Name;
    PDEVICE_OBJECT Device;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(RegistryPath);
    PAGED_CODE();

    RtlInitUnicodeString(&Name, L"\\Device\\Null");
    Status = IoCreateDevice(DriverObject, 0, &Name, FILE_DEVICE_NULL, 0, FALSE, &Device);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = NullDispatch;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = NullDispatch;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = NullDispatch;
    DriverObject->MajorFunction[IRP_MJ_READ] = NullDispatch;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = NullDispatch;
    DriverObject->DriverUnload = NullUnload;
    Device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
