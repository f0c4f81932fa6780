/*++

Module Name:

    startio.c

Abstract:

    The StartIo model of a driver that serves one request at a time: IoStartPacket hands a request to the
    driver's StartIo routine at once if the device is idle, else queues it in the device queue (by key if
    given); IoStartNextPacket, called by the driver as it finishes the current request, starts the next. The
    device's CurrentIrp is the request StartIo is working on. StartIo runs at DISPATCH_LEVEL.

--*/

#include <io.h>

VOID
NTAPI
IoStartPacket(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp,
    IN PULONG Key OPTIONAL,
    IN PDRIVER_CANCEL CancelFunction OPTIONAL
    )

/*++

Routine Description:

    Starts a request on the device or queues it. With a cancel routine the request is cancellable while it
    waits; one cancelled before it could be queued has its cancel routine called here (with the cancel spin
    lock held, as cancel routines are), which finds it in the device queue.

--*/

{
    KIRQL OldIrql;
    KIRQL CancelIrql = PASSIVE_LEVEL;
    BOOLEAN Queued;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    if (CancelFunction != NULL) {
        IoAcquireCancelSpinLock(&CancelIrql);
        Irp->CancelRoutine = CancelFunction;
    }
    Queued = ARGUMENT_PRESENT(Key)
        ? KeInsertByKeyDeviceQueue(&DeviceObject->DeviceQueue, &Irp->Tail.Overlay.DeviceQueueEntry, *Key)
        : KeInsertDeviceQueue(&DeviceObject->DeviceQueue, &Irp->Tail.Overlay.DeviceQueueEntry);
    if (!Queued) {
        DeviceObject->CurrentIrp = Irp;
        if (CancelFunction != NULL) {
            IoReleaseCancelSpinLock(CancelIrql);
        }
        DeviceObject->DriverObject->DriverStartIo(DeviceObject, Irp);
    } else if (CancelFunction != NULL) {
        if (Irp->Cancel) {
            Irp->CancelIrql = CancelIrql;
            Irp->CancelRoutine = NULL;
            CancelFunction(DeviceObject, Irp);      // releases the cancel spin lock
        } else {
            IoReleaseCancelSpinLock(CancelIrql);
        }
    }
    KeLowerIrql(OldIrql);
}

static
VOID
IopStartNextPacket(
    IN PDEVICE_OBJECT DeviceObject,
    IN BOOLEAN Cancelable,
    IN BOOLEAN ByKey,
    IN ULONG Key
    )
{
    PKDEVICE_QUEUE_ENTRY Entry;
    KIRQL CancelIrql = PASSIVE_LEVEL;
    KIRQL OldIrql;
    PIRP Irp;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    if (Cancelable) {
        IoAcquireCancelSpinLock(&CancelIrql);
    }
    DeviceObject->CurrentIrp = NULL;
    Entry = ByKey ? KeRemoveByKeyDeviceQueue(&DeviceObject->DeviceQueue, Key) : KeRemoveDeviceQueue(&DeviceObject->DeviceQueue);
    if (Entry != NULL) {
        Irp = CONTAINING_RECORD(Entry, IRP, Tail.Overlay.DeviceQueueEntry);
        DeviceObject->CurrentIrp = Irp;
        if (Cancelable) {
            IoReleaseCancelSpinLock(CancelIrql);
        }
        DeviceObject->DriverObject->DriverStartIo(DeviceObject, Irp);
    } else if (Cancelable) {
        IoReleaseCancelSpinLock(CancelIrql);
    }
    KeLowerIrql(OldIrql);
}

VOID
NTAPI
IoStartNextPacket(
    IN PDEVICE_OBJECT DeviceObject,
    IN BOOLEAN Cancelable
    )

/*++

Routine Description:

    The current request is done: starts the one at the head of the device queue, or leaves the device idle.
    Cancelable says the driver's requests have cancel routines (the cancel spin lock is then held while the
    next is taken).

--*/

{
    IopStartNextPacket(DeviceObject, Cancelable, FALSE, 0);
}

VOID
NTAPI
IoStartNextPacketByKey(
    IN PDEVICE_OBJECT DeviceObject,
    IN BOOLEAN Cancelable,
    IN ULONG Key
    )

/*++

Routine Description:

    As IoStartNextPacket, the next being the first request whose key is at least Key (else the first).

--*/

{
    IopStartNextPacket(DeviceObject, Cancelable, TRUE, Key);
}
