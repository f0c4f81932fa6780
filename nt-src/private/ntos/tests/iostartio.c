/*++

Module Name:

    iostartio.c

Abstract:

    Self-tests of the patterns drivers serve requests with. Device queues (KDEVICE_QUEUE) and the StartIo model:
    busy and idle, arrival and key order, removal by key with its wrap, removing one entry; IoStartPacket
    starting at once or queueing, IoStartNextPacket(ByKey) starting the next at DISPATCH_LEVEL, a queued request
    cancelled through its cancel routine. Associated IRPs: a master completed when its last part is.

--*/

#include "iotest.h"

#define KMT_PACKETS 4

static PIRP KmtStarted[8];
static ULONG KmtStartedCount;
static KIRQL KmtStartIrql;
static NTSTATUS KmtCompleted[KMT_PACKETS];

static
VOID
NTAPI
KmtStartIo(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )

/*++

Routine Description:

    Records the request started, and leaves it current: the test decides when it is done.

--*/

{
    KmtStartIrql = KeGetCurrentIrql();
    if (KmtStartedCount < RTL_NUMBER_OF(KmtStarted) && DeviceObject->CurrentIrp == Irp) {
        KmtStarted[KmtStartedCount] = Irp;
        KmtStartedCount += 1;
    }
}

static
NTSTATUS
NTAPI
KmtStartIoEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )
{
    PDEVICE_OBJECT Device;
    NTSTATUS Status;

    UNREFERENCED_PARAMETER(RegistryPath);

    Status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &Device);
    if (NT_SUCCESS(Status)) {
        DriverObject->DriverStartIo = KmtStartIo;
        Device->Flags &= ~DO_DEVICE_INITIALIZING;
    }
    return Status;
}

static
VOID
NTAPI
KmtQueuedCancel(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )

/*++

Routine Description:

    The cancel routine of a queued request: out of the device queue, completed as cancelled. The current one
    is left to finish.

--*/

{
    IoReleaseCancelSpinLock(Irp->CancelIrql);
    if (KeRemoveEntryDeviceQueue(&DeviceObject->DeviceQueue, &Irp->Tail.Overlay.DeviceQueueEntry)) {
        Irp->IoStatus.Status = STATUS_CANCELLED;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
    }
}

static
NTSTATUS
NTAPI
KmtPacketDone(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp,
    IN PVOID Context
    )

/*++

Routine Description:

    The originator's completion routine: records the status and keeps the IRP (freed by the test).

--*/

{
    UNREFERENCED_PARAMETER(DeviceObject);

    KmtCompleted[(ULONG_PTR)Context] = Irp->IoStatus.Status;
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static
PIRP
KmtPacket(
    IN PDEVICE_OBJECT DeviceObject,
    IN ULONG Index
    )

/*++

Routine Description:

    A request as IoCallDriver would hand it to the device: its stack location current, the originator's
    completion routine in it.

--*/

{
    PIRP Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);

    if (Irp != NULL) {
        IoSetCompletionRoutine(Irp, KmtPacketDone, (PVOID)(ULONG_PTR)Index, TRUE, TRUE, TRUE);
        IoSetNextIrpStackLocation(Irp);
        IoGetCurrentIrpStackLocation(Irp)->DeviceObject = DeviceObject;
        IoGetCurrentIrpStackLocation(Irp)->MajorFunction = IRP_MJ_READ;
        KmtCompleted[Index] = STATUS_PENDING;
    }
    return Irp;
}

static
VOID
KmtFinishCurrent(
    IN PDEVICE_OBJECT DeviceObject,
    IN BOOLEAN ByKey,
    IN ULONG Key
    )

/*++

Routine Description:

    What a driver's DPC does when the current request is done: complete it and start the next.

--*/

{
    PIRP Irp = DeviceObject->CurrentIrp;
    KIRQL OldIrql;

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    if (Irp != NULL) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
    }
    if (ByKey) {
        IoStartNextPacketByKey(DeviceObject, TRUE, Key);
    } else {
        IoStartNextPacket(DeviceObject, TRUE);
    }
    KeLowerIrql(OldIrql);
}

static
VOID
KmtCheckDeviceQueue(
    VOID
    )
{
    KDEVICE_QUEUE Queue;
    KDEVICE_QUEUE_ENTRY Entries[5];
    KIRQL OldIrql;

    KeInitializeDeviceQueue(&Queue);
    ok(!Queue.Busy && IsListEmpty(&Queue.DeviceListHead), "a new device queue is idle and empty");
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    ok(!KeInsertDeviceQueue(&Queue, &Entries[0]), "inserting into an idle queue inserts nothing");
    ok(Queue.Busy && !Entries[0].Inserted, "and makes it busy");
    ok(KeInsertDeviceQueue(&Queue, &Entries[1]) && KeInsertDeviceQueue(&Queue, &Entries[2]), "a busy queue takes entries");
    ok_eq_pointer(KeRemoveDeviceQueue(&Queue), &Entries[1]);
    ok_eq_pointer(KeRemoveDeviceQueue(&Queue), &Entries[2]);
    ok_eq_pointer(KeRemoveDeviceQueue(&Queue), NULL);
    ok(!Queue.Busy, "removing from an empty queue makes it idle");

    ok(!KeInsertByKeyDeviceQueue(&Queue, &Entries[0], 50), "busy again");
    KeInsertByKeyDeviceQueue(&Queue, &Entries[1], 30);
    KeInsertByKeyDeviceQueue(&Queue, &Entries[2], 10);
    KeInsertByKeyDeviceQueue(&Queue, &Entries[3], 30);
    KeInsertByKeyDeviceQueue(&Queue, &Entries[4], 20);
    ok_eq_pointer(KeRemoveByKeyDeviceQueue(&Queue, 25), &Entries[1]);     // the first at or above 25: key 30, first come
    ok_eq_pointer(KeRemoveByKeyDeviceQueue(&Queue, 31), &Entries[2]);     // none above 31: the first, key 10
    ok_eq_pointer(KeRemoveDeviceQueue(&Queue), &Entries[4]);              // key order: 20, then 30
    KeLowerIrql(OldIrql);
    ok(KeRemoveEntryDeviceQueue(&Queue, &Entries[3]), "an entry still queued is removed");
    ok(!KeRemoveEntryDeviceQueue(&Queue, &Entries[3]), "and only once");
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    ok_eq_pointer(KeRemoveDeviceQueue(&Queue), NULL);
    KeLowerIrql(OldIrql);
}

START_TEST(IoStartIo)
{
    PIRP Packets[KMT_PACKETS];
    PDRIVER_OBJECT Driver;
    PDEVICE_OBJECT Device;
    UNICODE_STRING Name;
    ULONG Key;
    ULONG Index;

    KmtCheckDeviceQueue();

    RtlInitUnicodeString(&Name, L"\\Driver\\KmtStartIo");
    ok_eq_hex(IoCreateDriver(&Name, KmtStartIoEntry), STATUS_SUCCESS);
    if (!NT_SUCCESS(ObReferenceObjectByName(&Name, OBJ_CASE_INSENSITIVE, NULL, 0, IopDriverObjectType, KernelMode, NULL,
                                            (PVOID *)&Driver))) {
        return;
    }
    Device = Driver->DeviceObject;
    for (Index = 0; Index < KMT_PACKETS; Index += 1) {
        Packets[Index] = KmtPacket(Device, Index);
    }
    if (Packets[KMT_PACKETS - 1] == NULL) {
        ok(FALSE, "IoAllocateIrp");
        ObDereferenceObject(Driver);
        return;
    }

    IoStartPacket(Device, Packets[0], NULL, KmtQueuedCancel);
    ok(KmtStartedCount == 1 && KmtStarted[0] == Packets[0], "an idle device starts the request at once");
    ok_eq_long(KmtStartIrql, DISPATCH_LEVEL);
    Key = 7;
    IoStartPacket(Device, Packets[1], &Key, KmtQueuedCancel);
    Key = 3;
    IoStartPacket(Device, Packets[2], &Key, KmtQueuedCancel);
    IoStartPacket(Device, Packets[3], NULL, KmtQueuedCancel);
    ok_eq_ulong(KmtStartedCount, 1);
    ok_eq_pointer(Device->CurrentIrp, Packets[0]);

    ok(IoCancelIrp(Packets[3]), "a queued request has its cancel routine");
    ok_eq_hex(KmtCompleted[3], STATUS_CANCELLED);

    KmtFinishCurrent(Device, TRUE, 5);
    ok_eq_hex(KmtCompleted[0], STATUS_SUCCESS);
    ok(KmtStartedCount == 2 && KmtStarted[1] == Packets[1], "by key: the first at or above 5 is key 7");
    KmtFinishCurrent(Device, FALSE, 0);
    ok(KmtStartedCount == 3 && KmtStarted[2] == Packets[2], "then the rest");
    KmtFinishCurrent(Device, FALSE, 0);
    ok_eq_hex(KmtCompleted[2], STATUS_SUCCESS);
    ok_eq_ulong(KmtStartedCount, 3);
    ok(Device->CurrentIrp == NULL && !Device->DeviceQueue.Busy, "the device is idle again");

    for (Index = 0; Index < KMT_PACKETS; Index += 1) {
        IoFreeIrp(Packets[Index]);
    }
    IoDeleteDevice(Device);
    IoDeleteDriver(Driver);
    ObDereferenceObject(Driver);
}

static ULONG KmtPartsDone;

static
NTSTATUS
NTAPI
KmtPartDone(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp,
    IN PVOID Context
    )
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    UNREFERENCED_PARAMETER(Context);

    KmtPartsDone += 1;
    return STATUS_SUCCESS;
}

START_TEST(IoAssociated)
{
    PIRP Parts[2];
    PIRP Master;
    PMDL Mdl;
    UCHAR Data[32];
    ULONG Index;

    Master = IoAllocateIrp(1, FALSE);
    ok(Master != NULL, "a master IRP");
    if (Master == NULL) {
        return;
    }
    IoSetCompletionRoutine(Master, KmtPacketDone, (PVOID)0, TRUE, TRUE, TRUE);
    IoSetNextIrpStackLocation(Master);
    KmtCompleted[0] = STATUS_PENDING;
    for (Index = 0; Index < 2; Index += 1) {
        Parts[Index] = IoMakeAssociatedIrp(Master, 1);
        ok(Parts[Index] != NULL && (Parts[Index]->Flags & IRP_ASSOCIATED_IRP) != 0 && Parts[Index]->AssociatedIrp.MasterIrp == Master,
           "an associated IRP names its master");
        if (Parts[Index] == NULL) {
            return;
        }
        IoSetCompletionRoutine(Parts[Index], KmtPartDone, NULL, TRUE, TRUE, TRUE);
        IoSetNextIrpStackLocation(Parts[Index]);
    }
    Mdl = IoAllocateMdl(Data, sizeof(Data), FALSE, FALSE, Parts[1]);
    ok(Mdl != NULL && Parts[1]->MdlAddress == Mdl, "a part with an MDL");
    if (Mdl != NULL) {
        MmBuildMdlForNonPagedPool(Mdl);
    }
    Master->AssociatedIrp.IrpCount = 2;
    Master->IoStatus.Status = STATUS_SUCCESS;
    Master->IoStatus.Information = sizeof(Data);

    Parts[0]->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Parts[0], IO_NO_INCREMENT);
    ok_eq_ulong(KmtPartsDone, 1);
    ok_eq_long(Master->AssociatedIrp.IrpCount, 1);
    ok_eq_hex(KmtCompleted[0], STATUS_PENDING);         // the master waits for its last part

    Parts[1]->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Parts[1], IO_NO_INCREMENT);
    ok_eq_ulong(KmtPartsDone, 2);
    ok_eq_hex(KmtCompleted[0], STATUS_SUCCESS);         // completed with the status its driver set
    ok_eq_ulong((ULONG)Master->IoStatus.Information, sizeof(Data));
    IoFreeIrp(Master);
}
