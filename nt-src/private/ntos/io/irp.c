/*++

Module Name:

    irp.c

Abstract:

    I/O request packets: allocation (the IRP followed by its stack locations, in nonpaged pool), their
    initialisation and reuse, sending one to a driver (IoCallDriver), and the requesting thread's list of
    threaded IRPs.

--*/

#include <io.h>

VOID
NTAPI
IoInitializeIrp(
    IN OUT PIRP Irp,
    IN USHORT PacketSize,
    IN CCHAR StackSize
    )

/*++

Routine Description:

    Initialises an IRP the caller allocated (PacketSize bytes, at least IoSizeOfIrp(StackSize)): zeroed, no
    driver's stack location current yet (CurrentLocation is StackSize + 1).

--*/

{
    ASSERT(PacketSize >= IoSizeOfIrp(StackSize));

    RtlZeroMemory(Irp, PacketSize);
    Irp->Type = IO_TYPE_IRP;
    Irp->Size = PacketSize;
    Irp->StackCount = StackSize;
    Irp->CurrentLocation = (CHAR)(StackSize + 1);
    Irp->ApcEnvironment = (CCHAR)OriginalApcEnvironment;
    InitializeListHead(&Irp->ThreadListEntry);
    Irp->Tail.Overlay.CurrentStackLocation = (PIO_STACK_LOCATION)(Irp + 1) + StackSize;
}

PIRP
NTAPI
IoAllocateIrp(
    IN CCHAR StackSize,
    IN BOOLEAN ChargeQuota
    )

/*++

Routine Description:

    Allocates and initialises an IRP with StackSize stack locations (a device's StackSize when the IRP is for
    its stack). Callable at DISPATCH_LEVEL or below.

Return Value:

    The IRP; NULL when StackSize is not positive or there is no pool.

--*/

{
    PIRP Irp;
    USHORT PacketSize;

    ASSERT(KeGetCurrentIrql() <= DISPATCH_LEVEL);

    if (StackSize <= 0) {
        return NULL;
    }
    PacketSize = IoSizeOfIrp(StackSize);
    Irp = ExAllocatePoolWithTag(NonPagedPool, PacketSize, IOP_IRP_TAG);
    if (Irp == NULL) {
        return NULL;
    }
    IoInitializeIrp(Irp, PacketSize, StackSize);
    if (ChargeQuota) {
        Irp->AllocationFlags |= IRP_QUOTA_CHARGED;
    }
    return Irp;
}

VOID
NTAPI
IoReuseIrp(
    IN OUT PIRP Irp,
    IN NTSTATUS Iostatus
    )

/*++

Routine Description:

    Makes a completed IRP (from IoAllocateIrp) ready to be sent again: initialised as new, keeping its
    allocation flags, with IoStatus.Status set to Iostatus.

--*/

{
    UCHAR AllocationFlags = Irp->AllocationFlags;

    ASSERT(Irp->CancelRoutine == NULL);
    IoInitializeIrp(Irp, Irp->Size, Irp->StackCount);
    Irp->AllocationFlags = AllocationFlags;
    Irp->IoStatus.Status = Iostatus;
}

PIRP
NTAPI
IoMakeAssociatedIrp(
    IN PIRP Irp,
    IN CCHAR StackSize
    )

/*++

Routine Description:

    An IRP associated with a master IRP (a driver splitting a request into parts). The driver sets the master's
    AssociatedIrp.IrpCount to the number of parts it sends; as each part completes (after its completion
    routines) the I/O manager frees it with its MDLs, and completes the master when the last is done.

Return Value:

    The associated IRP, or NULL when pool is exhausted.

--*/

{
    PIRP Associated = IoAllocateIrp(StackSize, FALSE);

    if (Associated != NULL) {
        Associated->Flags |= IRP_ASSOCIATED_IRP;
        Associated->AssociatedIrp.MasterIrp = Irp;
    }
    return Associated;
}

VOID
NTAPI
IoFreeIrp(
    IN PIRP Irp
    )

/*++

Routine Description:

    Frees an IRP from IoAllocateIrp (or one of the IoBuild routines' whose caller completes it). Freeing
    what is no IRP, or one still in a thread's list, is MULTIPLE_IRP_COMPLETE_REQUESTS (NT's check for an
    IRP freed twice).

--*/

{
    if (Irp->Type != IO_TYPE_IRP || !IsListEmpty(&Irp->ThreadListEntry)) {
        KeBugCheckEx(MULTIPLE_IRP_COMPLETE_REQUESTS, (ULONG_PTR)Irp, Irp->Type, 0, 0);
    }
    Irp->Type = 0;
    ExFreePoolWithTag(Irp, IOP_IRP_TAG);
}

NTSTATUS
FASTCALL
IofCallDriver(
    IN PDEVICE_OBJECT DeviceObject,
    IN OUT PIRP Irp
    )

/*++

Routine Description:

    Sends an IRP to a driver: the next stack location becomes the current one, with DeviceObject recorded
    in it, and the driver's dispatch routine for its major function is called (at the caller's IRQL:
    PASSIVE_LEVEL to DISPATCH_LEVEL). An IRP with no stack location left is NO_MORE_IRP_STACK_LOCATIONS.

Return Value:

    What the dispatch routine returned: STATUS_PENDING when the IRP completes later.

--*/

{
    PIO_STACK_LOCATION Stack;
    PDRIVER_OBJECT DriverObject;

    ASSERT(KeGetCurrentIrql() <= DISPATCH_LEVEL);

    Irp->CurrentLocation -= 1;
    if (Irp->CurrentLocation <= 0) {
        KeBugCheckEx(NO_MORE_IRP_STACK_LOCATIONS, (ULONG_PTR)Irp, 0, 0, 0);
    }
    Stack = IoGetNextIrpStackLocation(Irp);
    Irp->Tail.Overlay.CurrentStackLocation = Stack;
    Stack->DeviceObject = DeviceObject;
    DriverObject = DeviceObject->DriverObject;
    return DriverObject->MajorFunction[Stack->MajorFunction](DeviceObject, Irp);
}

VOID
IopQueueThreadIrp(
    IN PIRP Irp
    )

/*++

Routine Description:

    Enters a threaded IRP in its thread's list (the current thread's; the idle thread, which has no ETHREAD,
    keeps no list). APCs are held off so that the completion, which runs as an APC in the thread, cannot
    take the IRP off the list halfway.

--*/

{
    PETHREAD Thread = PsGetCurrentThread();
    KIRQL OldIrql;

    Irp->Tail.Overlay.Thread = Thread;
    if (Thread == NULL) {
        return;
    }
    OldIrql = KeGetCurrentIrql();
    if (OldIrql < APC_LEVEL) {
        KfRaiseIrql(APC_LEVEL);
    }
    InsertHeadList(&Thread->IrpList, &Irp->ThreadListEntry);
    if (OldIrql < APC_LEVEL) {
        KeLowerIrql(OldIrql);
    }
}

VOID
IopDequeueThreadIrp(
    IN PIRP Irp
    )
{
    KIRQL OldIrql;

    OldIrql = KeGetCurrentIrql();
    if (OldIrql < APC_LEVEL) {
        KfRaiseIrql(APC_LEVEL);
    }
    RemoveEntryList(&Irp->ThreadListEntry);
    InitializeListHead(&Irp->ThreadListEntry);
    if (OldIrql < APC_LEVEL) {
        KeLowerIrql(OldIrql);
    }
}
