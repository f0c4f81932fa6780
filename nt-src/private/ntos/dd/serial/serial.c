/*++

Module Name:

    serial.c

Abstract:

    The serial driver's entry and dispatch routines: \Device\Serial0 on COM1 (an exclusive device, as serial
    ports are), its symbolic link \DosDevices\COM1, reads and writes handed to transfer.c, and the time-outs.
    The HAL has programmed the UART (115200 baud, 8N1, FIFOs with a one-byte trigger) for its console, which
    this driver leaves as it is.

Environment:

    Kernel mode, its own image, loaded at boot.

--*/

#include "serial.h"

DRIVER_INITIALIZE DriverEntry;

static
NTSTATUS
SerialComplete(
    IN PIRP Irp,
    IN NTSTATUS Status,
    IN ULONG_PTR Information
    )
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_SERIAL_INCREMENT);
    return Status;
}

static
NTSTATUS
SerialSetTimeouts(
    IN PSERIAL_EXTENSION Extension,
    IN PSERIAL_TIMEOUTS Timeouts
    )

/*++

Routine Description:

    Takes new time-outs. Those this driver implements: none at all, a read that returns at once with what has
    arrived (interval MAXULONG, totals zero), and a read's total time-out (interval zero). Interval time-outs
    and write time-outs are refused as not supported, never ignored.

--*/

{
    BOOLEAN Immediate = SerialReadsReturnAtOnce(Timeouts);

    if (!Immediate && Timeouts->ReadIntervalTimeout != 0) {
        return STATUS_NOT_SUPPORTED;
    }
    if (Timeouts->WriteTotalTimeoutMultiplier != 0 || Timeouts->WriteTotalTimeoutConstant != 0) {
        return STATUS_NOT_SUPPORTED;
    }
    Extension->Timeouts = *Timeouts;
    return STATUS_SUCCESS;
}

static
NTSTATUS
NTAPI
SerialDispatch(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )
{
    PSERIAL_EXTENSION Extension = DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    PVOID Buffer = Irp->AssociatedIrp.SystemBuffer;

    switch (Stack->MajorFunction) {
    case IRP_MJ_CREATE:
        WRITE_PORT_UCHAR(Extension->Port + SERIAL_MCR, SERIAL_MCR_DTR_RTS_OUT2);
        WRITE_PORT_UCHAR(Extension->Port + SERIAL_IER, SERIAL_IER_RDA | SERIAL_IER_THRE | SERIAL_IER_RLS);
        return SerialComplete(Irp, STATUS_SUCCESS, 0);

    case IRP_MJ_CLEANUP:
        SerialCancelQueued(Extension);
        return SerialComplete(Irp, STATUS_SUCCESS, 0);

    case IRP_MJ_CLOSE:
        WRITE_PORT_UCHAR(Extension->Port + SERIAL_IER, 0);
        return SerialComplete(Irp, STATUS_SUCCESS, 0);

    case IRP_MJ_READ:
    case IRP_MJ_WRITE:
        return SerialStartTransfer(Extension, Irp);

    case IRP_MJ_DEVICE_CONTROL:
        switch (Stack->Parameters.DeviceIoControl.IoControlCode) {
        case IOCTL_SERIAL_SET_TIMEOUTS:
            if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(SERIAL_TIMEOUTS)) {
                return SerialComplete(Irp, STATUS_BUFFER_TOO_SMALL, 0);
            }
            return SerialComplete(Irp, SerialSetTimeouts(Extension, Buffer), 0);

        case IOCTL_SERIAL_GET_TIMEOUTS:
            if (Stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(SERIAL_TIMEOUTS)) {
                return SerialComplete(Irp, STATUS_BUFFER_TOO_SMALL, 0);
            }
            *(PSERIAL_TIMEOUTS)Buffer = Extension->Timeouts;
            return SerialComplete(Irp, STATUS_SUCCESS, sizeof(SERIAL_TIMEOUTS));

        default:
            return SerialComplete(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
        }

    default:
        return SerialComplete(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    }
}

static
VOID
NTAPI
SerialUnload(
    IN PDRIVER_OBJECT DriverObject
    )
{
    PDEVICE_OBJECT DeviceObject = DriverObject->DeviceObject;
    PSERIAL_EXTENSION Extension = DeviceObject->DeviceExtension;
    UNICODE_STRING Link;

    PAGED_CODE();

    WRITE_PORT_UCHAR(Extension->Port + SERIAL_IER, 0);
    IoDisconnectInterrupt(Extension->Interrupt);
    KeCancelTimer(&Extension->ReadTimer);
    RtlInitUnicodeString(&Link, L"\\DosDevices\\COM1");
    IoDeleteSymbolicLink(&Link);
    IoDeleteDevice(DeviceObject);
}

NTSTATUS
NTAPI
DriverEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )

/*++

Routine Description:

    Creates \Device\Serial0 for COM1 and its link \DosDevices\COM1, and connects the UART's interrupt. The
    UART interrupts only while the device is open.

--*/

{
    PSERIAL_EXTENSION Extension;
    PDEVICE_OBJECT DeviceObject;
    UNICODE_STRING Name;
    UNICODE_STRING Link;
    KAFFINITY Affinity;
    KIRQL Irql;
    ULONG Vector;
    ULONG Index;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(RegistryPath);
    PAGED_CODE();

    RtlInitUnicodeString(&Name, L"\\Device\\Serial0");
    Status = IoCreateDevice(DriverObject, sizeof(SERIAL_EXTENSION), &Name, FILE_DEVICE_SERIAL_PORT, 0, TRUE, &DeviceObject);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Extension = DeviceObject->DeviceExtension;
    Extension->DeviceObject = DeviceObject;
    Extension->Port = (PUCHAR)SERIAL_COM1_PORT;
    KeInitializeDpc(&Extension->CompletionDpc, SerialCompletionDpc, Extension);
    KeInitializeDpc(&Extension->ReadTimerDpc, SerialReadTimeoutDpc, Extension);
    KeInitializeTimer(&Extension->ReadTimer);
    Extension->TimedSequence = MAXULONG;
    InitializeListHead(&Extension->ReadQueue);
    InitializeListHead(&Extension->WriteQueue);
    InitializeListHead(&Extension->Finished);

    WRITE_PORT_UCHAR(Extension->Port + SERIAL_IER, 0);
    Vector = HalGetInterruptVector(Isa, 0, SERIAL_COM1_IRQ, SERIAL_COM1_IRQ, &Irql, &Affinity);
    Status = IoConnectInterrupt(&Extension->Interrupt, SerialInterruptService, Extension, NULL, Vector, Irql, Irql,
                                Latched, FALSE, Affinity, FALSE);
    if (!NT_SUCCESS(Status)) {
        IoDeleteDevice(DeviceObject);
        return Status;
    }
    RtlInitUnicodeString(&Link, L"\\DosDevices\\COM1");
    Status = IoCreateSymbolicLink(&Link, &Name);
    if (!NT_SUCCESS(Status)) {
        IoDisconnectInterrupt(Extension->Interrupt);
        IoDeleteDevice(DeviceObject);
        return Status;
    }
    for (Index = 0; Index <= IRP_MJ_MAXIMUM_FUNCTION; Index += 1) {
        DriverObject->MajorFunction[Index] = SerialDispatch;
    }
    DriverObject->DriverUnload = SerialUnload;
    DeviceObject->Flags |= DO_BUFFERED_IO;
    DeviceObject->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
