/*++

Module Name:

    transfer.c

Abstract:

    Reads and writes: IRPs wait in a read queue and a write queue, the head of each being served. The interrupt
    service routine moves received bytes into a ring and from there into the head read, and refills the
    transmit FIFO from the head write when it empties; what it finishes moves to a list the completion DPC
    completes. Queues, ring and counters change only at the interrupt's IRQL (KeSynchronizeExecution), so an
    IRP is finished exactly once, by whichever of the service routine, the time-out, cancellation or cleanup
    gets there first. A write completes when its last byte is in the FIFO.

--*/

#include "serial.h"

typedef struct _SERIAL_SYNC {
    PSERIAL_EXTENSION Extension;
    PIRP Irp;
    ULONG Value;
    ULONG Sequence;
} SERIAL_SYNC, *PSERIAL_SYNC;

#define SERIAL_IRP_LINK(Irp) (&(Irp)->Tail.Overlay.ListEntry)
#define SERIAL_IRP_OF(Link) CONTAINING_RECORD((Link), IRP, Tail.Overlay.ListEntry)

static
ULONG
SerialLength(
    IN PIRP Irp
    )
{
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);

    return Stack->MajorFunction == IRP_MJ_READ ? Stack->Parameters.Read.Length : Stack->Parameters.Write.Length;
}

static
VOID
SerialFinish(
    IN PSERIAL_EXTENSION Extension,
    IN PIRP Irp,
    IN NTSTATUS Status,
    IN ULONG Information
    )

/*++

Routine Description:

    At the interrupt's IRQL: takes an IRP off its queue and lists it for the completion DPC. A read or write
    that was its queue's head leaves its counter for the next.

--*/

{
    if (Irp == SERIAL_IRP_OF(Extension->ReadQueue.Flink)) {
        Extension->ReadDone = 0;
        Extension->ReadSequence += 1;
    } else if (Irp == SERIAL_IRP_OF(Extension->WriteQueue.Flink)) {
        Extension->WriteDone = 0;
    }
    RemoveEntryList(SERIAL_IRP_LINK(Irp));
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    InsertTailList(&Extension->Finished, SERIAL_IRP_LINK(Irp));
}

static
VOID
SerialFillReads(
    IN PSERIAL_EXTENSION Extension
    )

/*++

Routine Description:

    At the interrupt's IRQL: moves received bytes into the head read, finishing it when full, or at once with
    what there is when the time-outs say a read returns immediately.

--*/

{
    BOOLEAN Immediate = SerialReadsReturnAtOnce(&Extension->Timeouts);
    PUCHAR Buffer;
    ULONG Length;
    PIRP Irp;

    while (!IsListEmpty(&Extension->ReadQueue)) {
        Irp = SERIAL_IRP_OF(Extension->ReadQueue.Flink);
        Buffer = Irp->AssociatedIrp.SystemBuffer;
        Length = SerialLength(Irp);
        while (Extension->ReadDone < Length && Extension->RingCount > 0) {
            Buffer[Extension->ReadDone] = Extension->Ring[Extension->RingStart];
            Extension->ReadDone += 1;
            Extension->RingStart = (Extension->RingStart + 1) % SERIAL_RING_SIZE;
            Extension->RingCount -= 1;
        }
        if (Extension->ReadDone < Length && !Immediate) {
            return;
        }
        SerialFinish(Extension, Irp, STATUS_SUCCESS, Extension->ReadDone);
    }
}

static
VOID
SerialFeedTransmitter(
    IN PSERIAL_EXTENSION Extension
    )

/*++

Routine Description:

    At the interrupt's IRQL: when the transmit FIFO is empty, fills it from the head write (finishing the write
    when its last byte went in).

--*/

{
    PUCHAR Buffer;
    ULONG Length;
    ULONG Count;
    PIRP Irp;

    if (IsListEmpty(&Extension->WriteQueue) || (READ_PORT_UCHAR(Extension->Port + SERIAL_LSR) & SERIAL_LSR_THRE) == 0) {
        return;
    }
    Irp = SERIAL_IRP_OF(Extension->WriteQueue.Flink);
    Buffer = Irp->AssociatedIrp.SystemBuffer;
    Length = SerialLength(Irp);
    for (Count = 0; Count < SERIAL_FIFO_DEPTH && Extension->WriteDone < Length; Count += 1) {
        WRITE_PORT_UCHAR(Extension->Port + SERIAL_THR, Buffer[Extension->WriteDone]);
        Extension->WriteDone += 1;
    }
    if (Extension->WriteDone == Length) {
        SerialFinish(Extension, Irp, STATUS_SUCCESS, Length);
    }
}

BOOLEAN
NTAPI
SerialInterruptService(
    IN PKINTERRUPT Interrupt,
    IN PVOID Context
    )

/*++

Routine Description:

    The UART's interrupt: serves every cause the IIR reports, highest priority first, until none is left.

Return Value:

    FALSE when the UART did not interrupt.

--*/

{
    PSERIAL_EXTENSION Extension = Context;
    UCHAR Identification = READ_PORT_UCHAR(Extension->Port + SERIAL_IIR);
    UCHAR Byte;

    UNREFERENCED_PARAMETER(Interrupt);

    if (Identification & SERIAL_IIR_NO_INTERRUPT) {
        return FALSE;
    }
    do {
        switch (Identification & SERIAL_IIR_ID_MASK) {
        case SERIAL_IIR_RLS:
            if (READ_PORT_UCHAR(Extension->Port + SERIAL_LSR) & SERIAL_LSR_OE) {
                Extension->Overruns += 1;
            }
            break;

        case SERIAL_IIR_RDA:
        case SERIAL_IIR_CTI:
            while (READ_PORT_UCHAR(Extension->Port + SERIAL_LSR) & SERIAL_LSR_DR) {
                Byte = READ_PORT_UCHAR(Extension->Port + SERIAL_RBR);
                if (Extension->RingCount == SERIAL_RING_SIZE) {
                    Extension->Overruns += 1;
                } else {
                    Extension->Ring[(Extension->RingStart + Extension->RingCount) % SERIAL_RING_SIZE] = Byte;
                    Extension->RingCount += 1;
                }
            }
            SerialFillReads(Extension);
            break;

        case SERIAL_IIR_THRE:
            SerialFeedTransmitter(Extension);
            break;

        default:
            READ_PORT_UCHAR(Extension->Port + 6);      // modem status: reading MSR clears it
            break;
        }
        Identification = READ_PORT_UCHAR(Extension->Port + SERIAL_IIR);
    } while ((Identification & SERIAL_IIR_NO_INTERRUPT) == 0);
    if (!IsListEmpty(&Extension->Finished)) {
        KeInsertQueueDpc(&Extension->CompletionDpc, NULL, NULL);
    }
    return TRUE;
}

static
BOOLEAN
NTAPI
SerialTakeFinished(
    IN PVOID Context
    )

/*++

Routine Description:

    Synchronised: moves the finished IRPs to the list in Irp's place (a LIST_ENTRY head, for the caller), and
    says the head read's total time-out (Value, in milliseconds; 0 for none) and sequence, for arming the timer.

--*/

{
    PSERIAL_SYNC Sync = Context;
    PSERIAL_EXTENSION Extension = Sync->Extension;
    PLIST_ENTRY Taken = (PLIST_ENTRY)Sync->Irp;
    PSERIAL_TIMEOUTS Timeouts = &Extension->Timeouts;

    while (!IsListEmpty(&Extension->Finished)) {
        InsertTailList(Taken, RemoveHeadList(&Extension->Finished));
    }
    Sync->Value = 0;
    Sync->Sequence = Extension->ReadSequence;
    if (!IsListEmpty(&Extension->ReadQueue) && Timeouts->ReadIntervalTimeout == 0) {
        Sync->Value = Timeouts->ReadTotalTimeoutMultiplier * SerialLength(SERIAL_IRP_OF(Extension->ReadQueue.Flink)) +
                      Timeouts->ReadTotalTimeoutConstant;
    }
    return TRUE;
}

static
VOID
SerialCompleteFinished(
    IN PSERIAL_EXTENSION Extension
    )

/*++

Routine Description:

    At or below DISPATCH_LEVEL: completes every finished IRP, and times the head read if it has a total
    time-out and is not timed yet (the time-out runs from when a read becomes the head).

--*/

{
    LARGE_INTEGER DueTime;
    SERIAL_SYNC Sync;
    LIST_ENTRY Taken;
    PIRP Irp;

    InitializeListHead(&Taken);
    Sync.Extension = Extension;
    Sync.Irp = (PIRP)&Taken;
    KeSynchronizeExecution(Extension->Interrupt, SerialTakeFinished, &Sync);
    if (Sync.Value != 0 && Sync.Sequence != Extension->TimedSequence) {
        Extension->TimedSequence = Sync.Sequence;
        DueTime.QuadPart = -(LONGLONG)Sync.Value * 10000;
        KeSetTimer(&Extension->ReadTimer, DueTime, &Extension->ReadTimerDpc);
    }
    while (!IsListEmpty(&Taken)) {
        Irp = SERIAL_IRP_OF(RemoveHeadList(&Taken));
        IoSetCancelRoutine(Irp, NULL);
        IoCompleteRequest(Irp, IO_SERIAL_INCREMENT);
    }
}

VOID
NTAPI
SerialCompletionDpc(
    IN PKDPC Dpc,
    IN PVOID Context,
    IN PVOID Argument1,
    IN PVOID Argument2
    )
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);

    SerialCompleteFinished(Context);
}

static
BOOLEAN
NTAPI
SerialTimeOutHead(
    IN PVOID Context
    )

/*++

Routine Description:

    Synchronised: the head read's total time-out expired, if the head is still the read it was set for (Value,
    its sequence): it finishes with what it has and STATUS_TIMEOUT.

--*/

{
    PSERIAL_SYNC Sync = Context;
    PSERIAL_EXTENSION Extension = Sync->Extension;

    if (!IsListEmpty(&Extension->ReadQueue) && Extension->ReadSequence == Sync->Value) {
        SerialFinish(Extension, SERIAL_IRP_OF(Extension->ReadQueue.Flink), STATUS_TIMEOUT, Extension->ReadDone);
    }
    return TRUE;
}

VOID
NTAPI
SerialReadTimeoutDpc(
    IN PKDPC Dpc,
    IN PVOID Context,
    IN PVOID Argument1,
    IN PVOID Argument2
    )
{
    PSERIAL_EXTENSION Extension = Context;
    SERIAL_SYNC Sync;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);

    Sync.Extension = Extension;
    Sync.Irp = NULL;
    Sync.Value = Extension->TimedSequence;
    KeSynchronizeExecution(Extension->Interrupt, SerialTimeOutHead, &Sync);
    SerialCompleteFinished(Extension);
}

static
BOOLEAN
NTAPI
SerialCancelOne(
    IN PVOID Context
    )

/*++

Routine Description:

    Synchronised: finishes the IRP with STATUS_CANCELLED and the bytes it transferred, if it is still queued
    (an IRP finished meanwhile is completed as it finished).

--*/

{
    PSERIAL_SYNC Sync = Context;
    PSERIAL_EXTENSION Extension = Sync->Extension;
    PLIST_ENTRY Heads[2] = { &Extension->ReadQueue, &Extension->WriteQueue };
    PLIST_ENTRY Link;
    ULONG Which;

    for (Which = 0; Which < 2; Which += 1) {
        for (Link = Heads[Which]->Flink; Link != Heads[Which]; Link = Link->Flink) {
            if (SERIAL_IRP_OF(Link) == Sync->Irp) {
                SerialFinish(Extension, Sync->Irp, STATUS_CANCELLED,
                             Link != Heads[Which]->Flink ? 0 : Which == 0 ? Extension->ReadDone : Extension->WriteDone);
                return TRUE;
            }
        }
    }
    return FALSE;
}

static
VOID
NTAPI
SerialCancel(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )
{
    SERIAL_SYNC Sync;

    IoReleaseCancelSpinLock(Irp->CancelIrql);
    Sync.Extension = DeviceObject->DeviceExtension;
    Sync.Irp = Irp;
    KeSynchronizeExecution(Sync.Extension->Interrupt, SerialCancelOne, &Sync);
    SerialCompleteFinished(Sync.Extension);
}

static
BOOLEAN
NTAPI
SerialQueue(
    IN PVOID Context
    )

/*++

Routine Description:

    Synchronised: queues a read or write and serves it at once as far as it can be (bytes already received;
    an idle transmitter).

--*/

{
    PSERIAL_SYNC Sync = Context;
    PSERIAL_EXTENSION Extension = Sync->Extension;

    if (IoGetCurrentIrpStackLocation(Sync->Irp)->MajorFunction == IRP_MJ_READ) {
        InsertTailList(&Extension->ReadQueue, SERIAL_IRP_LINK(Sync->Irp));
        SerialFillReads(Extension);
    } else {
        InsertTailList(&Extension->WriteQueue, SERIAL_IRP_LINK(Sync->Irp));
        SerialFeedTransmitter(Extension);
    }
    return TRUE;
}

NTSTATUS
SerialStartTransfer(
    IN PSERIAL_EXTENSION Extension,
    IN PIRP Irp
    )

/*++

Routine Description:

    Starts a read or write: an empty one completes at once; any other is queued, pending, cancellable.

--*/

{
    SERIAL_SYNC Sync;

    if (SerialLength(Irp) == 0) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }
    IoMarkIrpPending(Irp);
    Sync.Extension = Extension;
    Sync.Irp = Irp;
    IoSetCancelRoutine(Irp, SerialCancel);
    KeSynchronizeExecution(Extension->Interrupt, SerialQueue, &Sync);
    if (Irp->Cancel && IoSetCancelRoutine(Irp, NULL) != NULL) {
        KeSynchronizeExecution(Extension->Interrupt, SerialCancelOne, &Sync);     // cancelled before it was queued
    }
    SerialCompleteFinished(Extension);
    return STATUS_PENDING;
}

static
BOOLEAN
NTAPI
SerialCancelAll(
    IN PVOID Context
    )
{
    PSERIAL_SYNC Sync = Context;
    PSERIAL_EXTENSION Extension = Sync->Extension;

    while (!IsListEmpty(&Extension->ReadQueue)) {
        SerialFinish(Extension, SERIAL_IRP_OF(Extension->ReadQueue.Flink), STATUS_CANCELLED, Extension->ReadDone);
    }
    while (!IsListEmpty(&Extension->WriteQueue)) {
        SerialFinish(Extension, SERIAL_IRP_OF(Extension->WriteQueue.Flink), STATUS_CANCELLED, Extension->WriteDone);
    }
    return TRUE;
}

VOID
SerialCancelQueued(
    IN PSERIAL_EXTENSION Extension
    )

/*++

Routine Description:

    IRP_MJ_CLEANUP: every queued read and write ends with STATUS_CANCELLED.

--*/

{
    SERIAL_SYNC Sync;

    Sync.Extension = Extension;
    Sync.Irp = NULL;
    KeSynchronizeExecution(Extension->Interrupt, SerialCancelAll, &Sync);
    SerialCompleteFinished(Extension);
}
