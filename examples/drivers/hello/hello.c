/*++

Module Name:

    hello.c

Abstract:

    A legacy driver as the DDK documents one: DriverEntry creates a named device with a symbolic link, takes
    create, close and a device control, says hello through DbgPrint, and cleans up in DriverUnload.

--*/

#include <ntddk.h>

#define IOCTL_HELLO_GREETING CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD HelloUnload;
DRIVER_DISPATCH HelloDispatch;

static const CHAR HelloGreeting[] = "hello from a driver";

NTSTATUS
NTAPI
HelloDispatch(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )
{
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS Status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(DeviceObject);

    Irp->IoStatus.Information = 0;
    if (Stack->MajorFunction == IRP_MJ_DEVICE_CONTROL) {
        if (Stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_HELLO_GREETING) {
            Status = STATUS_INVALID_DEVICE_REQUEST;
        } else if (Stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(HelloGreeting)) {
            Status = STATUS_BUFFER_TOO_SMALL;
        } else {
            RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, HelloGreeting, sizeof(HelloGreeting));
            Irp->IoStatus.Information = sizeof(HelloGreeting);
        }
    }
    Irp->IoStatus.Status = Status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

VOID
NTAPI
HelloUnload(
    IN PDRIVER_OBJECT DriverObject
    )
{
    UNICODE_STRING Link;

    RtlInitUnicodeString(&Link, L"\\DosDevices\\Hello");
    IoDeleteSymbolicLink(&Link);
    IoDeleteDevice(DriverObject->DeviceObject);
    DbgPrint("hello: unloaded\n");
}

NTSTATUS
NTAPI
DriverEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )
{
    UNICODE_STRING Name;
    UNICODE_STRING Link;
    PDEVICE_OBJECT Device;
    NTSTATUS Status;

    DbgPrint("hello: DriverEntry for %wZ\n", RegistryPath);
    RtlInitUnicodeString(&Name, L"\\Device\\Hello");
    Status = IoCreateDevice(DriverObject, 0, &Name, FILE_DEVICE_UNKNOWN, 0, FALSE, &Device);
    if (!NT_SUCCESS(Status)) {
        DbgPrint("hello: IoCreateDevice failed: 0x%08lX\n", Status);
        return Status;
    }
    RtlInitUnicodeString(&Link, L"\\DosDevices\\Hello");
    Status = IoCreateSymbolicLink(&Link, &Name);
    if (!NT_SUCCESS(Status)) {
        IoDeleteDevice(Device);
        return Status;
    }
    Device->Flags |= DO_BUFFERED_IO;
    Device->Flags &= ~DO_DEVICE_INITIALIZING;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = HelloDispatch;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = HelloDispatch;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = HelloDispatch;
    DriverObject->DriverUnload = HelloUnload;
    DbgPrint("hello: \\Device\\Hello is ready\n");
    return STATUS_SUCCESS;
}
