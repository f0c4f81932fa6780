/*++

Module Name:

    kmtdrv.c

Abstract:

    The self-tests' driver image: a device that reverses what it is sent and counts the requests its image has
    taken, an unload routine, and the failures of DriverEntry the loader must survive (kmtdrv.h).

Environment:

    Kernel mode, its own image, loaded at boot under /SELFTEST and unloaded and loaded again by the tests.

--*/

#include <ntddk.h>
#include "kmtdrv.h"

DRIVER_INITIALIZE DriverEntry;

static ULONG KmtDrvRequests;

static
NTSTATUS
NTAPI
KmtDrvDispatch(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )
{
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    PUCHAR Buffer = Irp->AssociatedIrp.SystemBuffer;
    ULONG Length;
    ULONG Index;
    UCHAR Byte;
    NTSTATUS Status = STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(DeviceObject);

    KmtDrvRequests += 1;
    Irp->IoStatus.Information = 0;
    if (Stack->MajorFunction == IRP_MJ_DEVICE_CONTROL) {
        switch (Stack->Parameters.DeviceIoControl.IoControlCode) {
        case IOCTL_KMTDRV_REVERSE:
            Length = Stack->Parameters.DeviceIoControl.InputBufferLength;
            if (Stack->Parameters.DeviceIoControl.OutputBufferLength < Length) {
                Status = STATUS_BUFFER_TOO_SMALL;
                break;
            }
            for (Index = 0; Index < Length / 2; Index += 1) {
                Byte = Buffer[Index];
                Buffer[Index] = Buffer[Length - 1 - Index];
                Buffer[Length - 1 - Index] = Byte;
            }
            Irp->IoStatus.Information = Length;
            break;

        case IOCTL_KMTDRV_COUNT:
            if (Stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(ULONG)) {
                Status = STATUS_BUFFER_TOO_SMALL;
                break;
            }
            *(PULONG)Buffer = KmtDrvRequests;
            Irp->IoStatus.Information = sizeof(ULONG);
            break;

        default:
            Status = STATUS_INVALID_DEVICE_REQUEST;
            break;
        }
    }
    Irp->IoStatus.Status = Status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

static
VOID
NTAPI
KmtDrvUnload(
    IN PDRIVER_OBJECT DriverObject
    )
{
    PAGED_CODE();

    while (DriverObject->DeviceObject != NULL) {
        IoDeleteDevice(DriverObject->DeviceObject);
    }
}

static
BOOLEAN
KmtDrvServiceIs(
    IN PUNICODE_STRING RegistryPath,
    IN PCWSTR Service
    )

/*++

Routine Description:

    Whether the registry path's last component is Service.

--*/

{
    UNICODE_STRING Suffix;
    UNICODE_STRING Tail;

    RtlInitUnicodeString(&Suffix, Service);
    if (RegistryPath->Length <= Suffix.Length) {
        return FALSE;
    }
    Tail.Buffer = (PWSTR)((PUCHAR)RegistryPath->Buffer + RegistryPath->Length - Suffix.Length);
    Tail.Length = Suffix.Length;
    Tail.MaximumLength = Suffix.Length;
    return (BOOLEAN)(Tail.Buffer[-1] == L'\\' && RtlEqualUnicodeString(&Tail, &Suffix, TRUE));
}

NTSTATUS
NTAPI
DriverEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )
{
    UNICODE_STRING Name;
    PDEVICE_OBJECT Device;
    NTSTATUS Status;
    ULONG Index;

    PAGED_CODE();

    if (KmtDrvServiceIs(RegistryPath, KMTDRV_FAIL_SERVICE)) {
        return KMTDRV_FAIL_STATUS;
    }
    if (KmtDrvServiceIs(RegistryPath, KMTDRV_FAULT_SERVICE)) {
        *(volatile ULONG *)(ULONG_PTR)RegistryPath->Length = 0;     // below 64 KiB: never mapped
    }
    RtlInitUnicodeString(&Name, KMTDRV_DEVICE_NAME);
    Status = IoCreateDevice(DriverObject, 0, &Name, FILE_DEVICE_UNKNOWN, 0, FALSE, &Device);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Device->Flags |= DO_BUFFERED_IO;
    for (Index = 0; Index <= IRP_MJ_MAXIMUM_FUNCTION; Index += 1) {
        DriverObject->MajorFunction[Index] = KmtDrvDispatch;
    }
    DriverObject->DriverUnload = KmtDrvUnload;
    Device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
