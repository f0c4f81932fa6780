/*++

Module Name:

    shutdown.c

Abstract:

    Shutdown notification: a driver registers a device (IoRegisterShutdownNotification) to be sent an
    IRP_MJ_SHUTDOWN before the machine powers off, so that what it holds in memory (a file system's cache,
    its directory entries) reaches the disk. IoShutdownSystem sends them, the most recently registered
    first, and waits for each; the kernel calls it on its way to power-off.

--*/

#include <io.h>

typedef struct _IOP_SHUTDOWN_ENTRY {
    LIST_ENTRY Links;
    PDEVICE_OBJECT DeviceObject;
} IOP_SHUTDOWN_ENTRY, *PIOP_SHUTDOWN_ENTRY;

static LIST_ENTRY IopShutdownList;
static KSPIN_LOCK IopShutdownLock;

VOID
IopInitializeShutdown(
    VOID
    )
{
    InitializeListHead(&IopShutdownList);
    KeInitializeSpinLock(&IopShutdownLock);
}

NTSTATUS
NTAPI
IoRegisterShutdownNotification(
    IN PDEVICE_OBJECT DeviceObject
    )

/*++

Routine Description:

    Asks for an IRP_MJ_SHUTDOWN to DeviceObject (to the top of its stack) when the system shuts down. The
    device is marked DO_SHUTDOWN_REGISTERED; IoDeleteDevice takes it off the list.

Return Value:

    STATUS_SUCCESS; STATUS_INSUFFICIENT_RESOURCES.

--*/

{
    PIOP_SHUTDOWN_ENTRY Entry;
    KIRQL OldIrql;

    PAGED_CODE();

    Entry = ExAllocatePoolWithTag(NonPagedPool, sizeof(IOP_SHUTDOWN_ENTRY), IOP_SHUTDOWN_TAG);
    if (Entry == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Entry->DeviceObject = DeviceObject;
    KeAcquireSpinLock(&IopShutdownLock, &OldIrql);
    InsertHeadList(&IopShutdownList, &Entry->Links);
    DeviceObject->Flags |= DO_SHUTDOWN_REGISTERED;
    KeReleaseSpinLock(&IopShutdownLock, OldIrql);
    return STATUS_SUCCESS;
}

VOID
NTAPI
IoUnregisterShutdownNotification(
    IN PDEVICE_OBJECT DeviceObject
    )

/*++

Routine Description:

    Takes every registration of DeviceObject off the list.

--*/

{
    PLIST_ENTRY Link;
    PIOP_SHUTDOWN_ENTRY Entry;
    LIST_ENTRY Removed;
    KIRQL OldIrql;

    PAGED_CODE();

    InitializeListHead(&Removed);
    KeAcquireSpinLock(&IopShutdownLock, &OldIrql);
    for (Link = IopShutdownList.Flink; Link != &IopShutdownList;) {
        Entry = CONTAINING_RECORD(Link, IOP_SHUTDOWN_ENTRY, Links);
        Link = Link->Flink;
        if (Entry->DeviceObject == DeviceObject) {
            RemoveEntryList(&Entry->Links);
            InsertTailList(&Removed, &Entry->Links);
        }
    }
    DeviceObject->Flags &= ~DO_SHUTDOWN_REGISTERED;
    KeReleaseSpinLock(&IopShutdownLock, OldIrql);
    while (!IsListEmpty(&Removed)) {
        ExFreePoolWithTag(CONTAINING_RECORD(RemoveHeadList(&Removed), IOP_SHUTDOWN_ENTRY, Links), IOP_SHUTDOWN_TAG);
    }
}

VOID
IoShutdownSystem(
    VOID
    )

/*++

Routine Description:

    At PASSIVE_LEVEL, before the power goes: each registered device, the most recently registered first, is
    sent an IRP_MJ_SHUTDOWN and waited for. A device that fails it is reported on the console; the shutdown
    goes on. Registrations made meanwhile are not sent.

--*/

{
    PIOP_SHUTDOWN_ENTRY Entry;
    PDEVICE_OBJECT Top;
    KEVENT Event;
    IO_STATUS_BLOCK IoStatus;
    PIRP Irp;
    KIRQL OldIrql;
    NTSTATUS Status;

    PAGED_CODE();

    for (;;) {
        KeAcquireSpinLock(&IopShutdownLock, &OldIrql);
        if (IsListEmpty(&IopShutdownList)) {
            KeReleaseSpinLock(&IopShutdownLock, OldIrql);
            return;
        }
        Entry = CONTAINING_RECORD(RemoveHeadList(&IopShutdownList), IOP_SHUTDOWN_ENTRY, Links);
        Entry->DeviceObject->Flags &= ~DO_SHUTDOWN_REGISTERED;
        Top = IoGetAttachedDevice(Entry->DeviceObject);
        ObReferenceObject(Top);
        KeReleaseSpinLock(&IopShutdownLock, OldIrql);
        ExFreePoolWithTag(Entry, IOP_SHUTDOWN_TAG);

        KeInitializeEvent(&Event, NotificationEvent, FALSE);
        Irp = IoBuildSynchronousFsdRequest(IRP_MJ_SHUTDOWN, Top, NULL, 0, NULL, &Event, &IoStatus);
        if (Irp == NULL) {
            Status = STATUS_INSUFFICIENT_RESOURCES;
        } else {
            Status = IoCallDriver(Top, Irp);
            if (Status == STATUS_PENDING) {
                KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
                Status = IoStatus.Status;
            }
        }
        if (!NT_SUCCESS(Status)) {
            DbgPrint("Shutdown: %wZ failed (0x%08lx)\n", &Top->DriverObject->DriverName, Status);
        }
        ObDereferenceObject(Top);
    }
}
