/*++

Module Name:

    fatinit.c

Abstract:

    The FAT file system driver's entry and dispatch: its control device (\Fat) registers as a disk file
    system, so the I/O manager offers it every disk volume to mount; requests on a mounted volume's device
    run one at a time under the volume's lock.

Environment:

    Kernel mode, its own image, loaded at boot.

--*/

#include "fatprocs.h"

DRIVER_INITIALIZE DriverEntry;

static PDEVICE_OBJECT FatControlDevice;

static
NTSTATUS
NTAPI
FatDispatch(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )

/*++

Routine Description:

    Every request the driver takes, completed before it returns.

--*/

{
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    PFAT_VCB Vcb;
    NTSTATUS Status;

    Irp->IoStatus.Information = 0;
    if (DeviceObject == FatControlDevice) {
        if (Stack->MajorFunction == IRP_MJ_FILE_SYSTEM_CONTROL && Stack->MinorFunction == IRP_MN_MOUNT_VOLUME) {
            Status = FatMountVolume(DeviceObject->DriverObject, Stack);
        } else if (Stack->MajorFunction == IRP_MJ_CREATE || Stack->MajorFunction == IRP_MJ_CLEANUP ||
                   Stack->MajorFunction == IRP_MJ_CLOSE) {
            Status = STATUS_SUCCESS;
        } else {
            Status = STATUS_INVALID_DEVICE_REQUEST;
        }
        Irp->IoStatus.Status = Status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return Status;
    }

    Vcb = DeviceObject->DeviceExtension;
    FatLockVolume(Vcb);
    switch (Stack->MajorFunction) {
    case IRP_MJ_CREATE:
        Status = FatCreate(Vcb, Irp, Stack);
        break;
    case IRP_MJ_CLEANUP:
        Status = FatCleanup(Vcb, Stack);
        break;
    case IRP_MJ_CLOSE:
        Status = FatClose(Vcb, Stack);
        break;
    case IRP_MJ_READ:
        Status = FatRead(Vcb, Irp, Stack);
        break;
    case IRP_MJ_QUERY_INFORMATION:
        Status = FatQueryInformation(Vcb, Irp, Stack);
        break;
    case IRP_MJ_DIRECTORY_CONTROL:
        Status = Stack->MinorFunction == IRP_MN_QUERY_DIRECTORY ? FatQueryDirectory(Vcb, Irp, Stack)
                                                                 : STATUS_INVALID_DEVICE_REQUEST;
        break;
    case IRP_MJ_QUERY_VOLUME_INFORMATION:
        Status = FatQueryVolume(Vcb, Irp, Stack);
        break;
    case IRP_MJ_WRITE:
        Status = FatWrite(Vcb, Irp, Stack);
        break;
    case IRP_MJ_SET_INFORMATION:
        Status = FatSetInformation(Vcb, Irp, Stack);
        break;
    case IRP_MJ_FLUSH_BUFFERS:
        Status = FatFlushCache(Vcb);
        break;
    case IRP_MJ_SHUTDOWN:
        Status = FatShutdown(Vcb);
        break;
    default:
        Status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    FatUnlockVolume(Vcb);
    Irp->IoStatus.Status = Status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS
NTAPI
DriverEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )

/*++

Routine Description:

    Creates the control device and registers the file system.

--*/

{
    UNICODE_STRING Name;
    ULONG Index;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(RegistryPath);

    RtlInitUnicodeString(&Name, L"\\Fat");
    Status = IoCreateDevice(DriverObject, 0, &Name, FILE_DEVICE_DISK_FILE_SYSTEM, 0, FALSE, &FatControlDevice);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    for (Index = 0; Index <= IRP_MJ_MAXIMUM_FUNCTION; Index += 1) {
        DriverObject->MajorFunction[Index] = FatDispatch;
    }
    FatControlDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    IoRegisterFileSystem(FatControlDevice);
    return STATUS_SUCCESS;
}
