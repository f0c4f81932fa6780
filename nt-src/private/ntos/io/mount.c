/*++

Module Name:

    mount.c

Abstract:

    File systems and volumes. A disk file system's control device registers (IoRegisterFileSystem); the
    first open of a name inside a disk-type device whose VPB is not mounted offers the volume to each
    registered file system in turn, newest first, as IRP_MJ_FILE_SYSTEM_CONTROL/IRP_MN_MOUNT_VOLUME. One
    that does not know the volume completes with STATUS_UNRECOGNIZED_VOLUME and the next is asked; one that
    mounts it sets the VPB's DeviceObject to its volume device. Mounts and the list are serialised by one
    mutex (a KMUTEX: the mount request's completion is a special kernel APC, which a mutex does not hold off).

--*/

#include <io.h>

typedef struct _IOP_FILE_SYSTEM {
    LIST_ENTRY Links;
    PDEVICE_OBJECT DeviceObject;
} IOP_FILE_SYSTEM, *PIOP_FILE_SYSTEM;

static LIST_ENTRY IopDiskFileSystems;
static KMUTEX IopMountMutex;

VOID
IopInitializeFileSystems(
    VOID
    )
{
    InitializeListHead(&IopDiskFileSystems);
    KeInitializeMutex(&IopMountMutex, 0);
}

static
VOID
IopLockMounts(
    VOID
    )
{
    KeWaitForSingleObject(&IopMountMutex, Executive, KernelMode, FALSE, NULL);
}

static
VOID
IopUnlockMounts(
    VOID
    )
{
    KeReleaseMutex(&IopMountMutex, FALSE);
}

VOID
NTAPI
IoRegisterFileSystem(
    IN OUT PDEVICE_OBJECT DeviceObject
    )

/*++

Routine Description:

    Registers a file system's control device: disk file systems (FILE_DEVICE_DISK_FILE_SYSTEM) are offered
    every disk volume from now on, the newest registered first. The device is referenced while registered.

--*/

{
    PIOP_FILE_SYSTEM FileSystem;

    PAGED_CODE();

    if (DeviceObject->DeviceType != FILE_DEVICE_DISK_FILE_SYSTEM) {
        return;
    }
    FileSystem = ExAllocatePoolWithTag(NonPagedPool, sizeof(IOP_FILE_SYSTEM), IOP_FS_TAG);
    if (FileSystem == NULL) {
        return;
    }
    ObReferenceObject(DeviceObject);
    FileSystem->DeviceObject = DeviceObject;
    IopLockMounts();
    InsertHeadList(&IopDiskFileSystems, &FileSystem->Links);
    IopUnlockMounts();
}

VOID
NTAPI
IoUnregisterFileSystem(
    IN OUT PDEVICE_OBJECT DeviceObject
    )

/*++

Routine Description:

    Takes a file system's control device off the list (volumes it mounted stay mounted).

--*/

{
    PLIST_ENTRY Entry;
    PIOP_FILE_SYSTEM FileSystem = NULL;

    PAGED_CODE();

    IopLockMounts();
    for (Entry = IopDiskFileSystems.Flink; Entry != &IopDiskFileSystems; Entry = Entry->Flink) {
        if (CONTAINING_RECORD(Entry, IOP_FILE_SYSTEM, Links)->DeviceObject == DeviceObject) {
            FileSystem = CONTAINING_RECORD(Entry, IOP_FILE_SYSTEM, Links);
            RemoveEntryList(Entry);
            break;
        }
    }
    IopUnlockMounts();
    if (FileSystem != NULL) {
        ObDereferenceObject(FileSystem->DeviceObject);
        ExFreePoolWithTag(FileSystem, IOP_FS_TAG);
    }
}

static
NTSTATUS
IopSendMount(
    IN PDEVICE_OBJECT FileSystem,
    IN PDEVICE_OBJECT DeviceObject
    )

/*++

Routine Description:

    Asks one file system to mount the volume on DeviceObject and waits for its answer.

--*/

{
    PDEVICE_OBJECT Top = IoGetAttachedDeviceReference(FileSystem);
    PIRP Irp;
    PIO_STACK_LOCATION Stack;
    KEVENT Event;
    IO_STATUS_BLOCK IoStatus;

    Irp = IoAllocateIrp(Top->StackSize, FALSE);
    if (Irp == NULL) {
        ObDereferenceObject(Top);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp->RequestorMode = KernelMode;
    Irp->UserEvent = &Event;
    Irp->UserIosb = &IoStatus;
    Irp->Flags = IRP_SYNCHRONOUS_API | IRP_MOUNT_COMPLETION;
    Stack = IoGetNextIrpStackLocation(Irp);
    Stack->MajorFunction = IRP_MJ_FILE_SYSTEM_CONTROL;
    Stack->MinorFunction = IRP_MN_MOUNT_VOLUME;
    Stack->Parameters.MountVolume.Vpb = DeviceObject->Vpb;
    Stack->Parameters.MountVolume.DeviceObject = IoGetAttachedDevice(DeviceObject);
    IopQueueThreadIrp(Irp);
    IoStatus.Status = STATUS_PENDING;
    IoCallDriver(Top, Irp);
    KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
    ObDereferenceObject(Top);
    return IoStatus.Status;
}

NTSTATUS
IopMountVolume(
    IN PDEVICE_OBJECT DeviceObject
    )

/*++

Routine Description:

    Mounts a file system on the volume of a disk-type device (one with a VPB), unless one is mounted.

Return Value:

    STATUS_SUCCESS once a file system has the volume; STATUS_UNRECOGNIZED_VOLUME when none knows it; the
    first failure other than that (STATUS_DISK_CORRUPT_ERROR: a file system knew the volume and found it
    damaged).

--*/

{
    PVPB Vpb = DeviceObject->Vpb;
    PLIST_ENTRY Entry;
    NTSTATUS Status = STATUS_UNRECOGNIZED_VOLUME;

    PAGED_CODE();

    IopLockMounts();
    if ((Vpb->Flags & VPB_MOUNTED) != 0) {
        IopUnlockMounts();
        return STATUS_SUCCESS;
    }
    for (Entry = IopDiskFileSystems.Flink; Entry != &IopDiskFileSystems; Entry = Entry->Flink) {
        Status = IopSendMount(CONTAINING_RECORD(Entry, IOP_FILE_SYSTEM, Links)->DeviceObject, DeviceObject);
        if (NT_SUCCESS(Status) && Vpb->DeviceObject == NULL) {
            Status = STATUS_UNRECOGNIZED_VOLUME;
        }
        if (Status != STATUS_UNRECOGNIZED_VOLUME) {
            break;
        }
    }
    if (NT_SUCCESS(Status)) {
        Vpb->Flags |= VPB_MOUNTED;
    }
    IopUnlockMounts();
    return Status;
}
