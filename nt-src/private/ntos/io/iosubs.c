/*++

Module Name:

    iosubs.c

Abstract:

    The IRPs kernel callers build for a device stack: read, write, flush and shutdown requests
    (IoBuildSynchronousFsdRequest, IoBuildAsynchronousFsdRequest) and device I/O control requests
    (IoBuildDeviceIoControlRequest). The buffers reach the driver as the device (DO_BUFFERED_IO, DO_DIRECT_IO
    or neither) or the control code's method says: a system buffer in nonpaged pool (copied back to the
    caller's buffer at completion for output), an MDL of the caller's buffer with its pages locked, or the
    caller's own addresses.

--*/

#include <io.h>
#include <excpt.h>

PVOID
IopAllocateSystemBuffer(
    IN ULONG Length
    )
{
    return ExAllocatePoolWithTag(NonPagedPool, Length, IOP_BUFFER_TAG);
}

static
BOOLEAN
IopLockBuffer(
    IN PIRP Irp,
    IN PVOID Buffer,
    IN ULONG Length,
    IN LOCK_OPERATION Operation
    )

/*++

Routine Description:

    Describes Buffer by an MDL attached to the IRP (Irp->MdlAddress) and locks its pages for Operation
    (IoWriteAccess: the device writes to it). The pages are unlocked and the MDL freed when the IRP
    completes.

Return Value:

    FALSE when the MDL cannot be allocated or the buffer's pages cannot be locked.

--*/

{
    PMDL Mdl;
    BOOLEAN Locked = TRUE;

    Mdl = IoAllocateMdl(Buffer, Length, FALSE, FALSE, Irp);
    if (Mdl == NULL) {
        return FALSE;
    }
    __try {
        MmProbeAndLockPages(Mdl, KernelMode, Operation);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        Locked = FALSE;
    }
    if (!Locked) {
        Irp->MdlAddress = NULL;
        IoFreeMdl(Mdl);
    }
    return Locked;
}

VOID
IopFreeUnsentIrp(
    IN PIRP Irp
    )

/*++

Routine Description:

    Undoes what an IoBuild routine did to an IRP it cannot hand back.

--*/

{
    if ((Irp->Flags & IRP_DEALLOCATE_BUFFER) != 0 && Irp->AssociatedIrp.SystemBuffer != NULL) {
        ExFreePoolWithTag(Irp->AssociatedIrp.SystemBuffer, IOP_BUFFER_TAG);
    }
    if (Irp->MdlAddress != NULL) {
        if ((Irp->MdlAddress->MdlFlags & MDL_PAGES_LOCKED) != 0) {
            MmUnlockPages(Irp->MdlAddress);
        }
        IoFreeMdl(Irp->MdlAddress);
    }
    IoFreeIrp(Irp);
}

BOOLEAN
IopSetTransferBuffer(
    IN PIRP Irp,
    IN PDEVICE_OBJECT DeviceObject,
    IN BOOLEAN Input,
    IN PVOID Buffer,
    IN ULONG Length
    )

/*++

Routine Description:

    Gives a read (Input) or write the caller's Buffer as DeviceObject asks: DO_BUFFERED_IO a system buffer
    (a write's data copied into it; a read's copied back at completion), DO_DIRECT_IO an MDL with the pages
    locked, else Buffer itself. Irp->UserBuffer is Buffer in every case.

Return Value:

    FALSE when the system buffer or the MDL cannot be had (the caller frees the IRP: IopFreeUnsentIrp).

--*/

{
    Irp->UserBuffer = Buffer;
    if (Length == 0) {
        return TRUE;
    }
    if ((DeviceObject->Flags & DO_BUFFERED_IO) != 0) {
        Irp->AssociatedIrp.SystemBuffer = IopAllocateSystemBuffer(Length);
        if (Irp->AssociatedIrp.SystemBuffer == NULL) {
            return FALSE;
        }
        if (Input) {
            Irp->Flags |= IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER | IRP_INPUT_OPERATION;
        } else {
            RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, Buffer, Length);
            Irp->Flags |= IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER;
        }
    } else if ((DeviceObject->Flags & DO_DIRECT_IO) != 0) {
        return IopLockBuffer(Irp, Buffer, Length, Input ? IoWriteAccess : IoReadAccess);
    }
    return TRUE;
}

BOOLEAN
IopSetQueryBuffer(
    IN PIRP Irp,
    IN ULONG Length
    )

/*++

Routine Description:

    A query's output goes through a system buffer of Length bytes whatever the device: the driver fills
    it, and Information bytes of it reach Irp->UserBuffer at completion (the caller sets UserBuffer).

--*/

{
    Irp->AssociatedIrp.SystemBuffer = IopAllocateSystemBuffer(Length != 0 ? Length : 1);
    if (Irp->AssociatedIrp.SystemBuffer == NULL) {
        return FALSE;
    }
    RtlZeroMemory(Irp->AssociatedIrp.SystemBuffer, Length);
    Irp->Flags |= IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER | IRP_INPUT_OPERATION;
    return TRUE;
}

BOOLEAN
IopSetControlBuffers(
    IN PIRP Irp,
    IN ULONG ControlCode,
    IN PVOID InputBuffer OPTIONAL,
    IN ULONG InputBufferLength,
    IN PVOID OutputBuffer OPTIONAL,
    IN ULONG OutputBufferLength
    )

/*++

Routine Description:

    Gives a device or file system control request its buffers as the control code's method says:

        METHOD_BUFFERED: one system buffer the larger of the two lengths, the input copied into it; the
            driver writes its output there, and Information bytes of it are copied to OutputBuffer at
            completion.

        METHOD_IN_DIRECT, METHOD_OUT_DIRECT: the input in a system buffer; the output buffer described by an
            MDL (Irp->MdlAddress), its pages locked for the device to read (IN) or write (OUT).

        METHOD_NEITHER: the caller's addresses: Parameters.DeviceIoControl.Type3InputBuffer and
            Irp->UserBuffer.

    Irp->UserBuffer is OutputBuffer for every method. The next stack location's lengths and code are set
    (the control requests share their layout).

Return Value:

    FALSE when a buffer or the MDL cannot be had (the caller frees the IRP: IopFreeUnsentIrp).

--*/

{
    PIO_STACK_LOCATION Stack = IoGetNextIrpStackLocation(Irp);
    ULONG Length;

    Irp->UserBuffer = OutputBuffer;
    Stack->Parameters.DeviceIoControl.IoControlCode = ControlCode;
    Stack->Parameters.DeviceIoControl.InputBufferLength = InputBufferLength;
    Stack->Parameters.DeviceIoControl.OutputBufferLength = OutputBufferLength;

    switch (METHOD_FROM_CTL_CODE(ControlCode)) {
    case METHOD_BUFFERED:
        Length = InputBufferLength > OutputBufferLength ? InputBufferLength : OutputBufferLength;
        if (Length != 0) {
            Irp->AssociatedIrp.SystemBuffer = IopAllocateSystemBuffer(Length);
            if (Irp->AssociatedIrp.SystemBuffer == NULL) {
                return FALSE;
            }
            Irp->Flags |= IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER;
            if (ARGUMENT_PRESENT(InputBuffer) && InputBufferLength != 0) {
                RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, InputBuffer, InputBufferLength);
            }
            if (ARGUMENT_PRESENT(OutputBuffer) && OutputBufferLength != 0) {
                Irp->Flags |= IRP_INPUT_OPERATION;
            }
        }
        break;

    case METHOD_IN_DIRECT:
    case METHOD_OUT_DIRECT:
        if (ARGUMENT_PRESENT(InputBuffer) && InputBufferLength != 0) {
            Irp->AssociatedIrp.SystemBuffer = IopAllocateSystemBuffer(InputBufferLength);
            if (Irp->AssociatedIrp.SystemBuffer == NULL) {
                return FALSE;
            }
            RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, InputBuffer, InputBufferLength);
            Irp->Flags |= IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER;
        }
        if (ARGUMENT_PRESENT(OutputBuffer) && OutputBufferLength != 0 &&
            !IopLockBuffer(Irp, OutputBuffer, OutputBufferLength,
                           METHOD_FROM_CTL_CODE(ControlCode) == METHOD_IN_DIRECT ? IoReadAccess : IoWriteAccess)) {
            return FALSE;
        }
        break;

    default:
        Stack->Parameters.DeviceIoControl.Type3InputBuffer = InputBuffer;
        break;
    }
    return TRUE;
}

PIRP
NTAPI
IoBuildAsynchronousFsdRequest(
    IN ULONG MajorFunction,
    IN PDEVICE_OBJECT DeviceObject,
    IN OUT PVOID Buffer OPTIONAL,
    IN ULONG Length OPTIONAL,
    IN PLARGE_INTEGER StartingOffset OPTIONAL,
    IN PIO_STATUS_BLOCK IoStatusBlock OPTIONAL
    )

/*++

Routine Description:

    Builds an IRP of MajorFunction (IRP_MJ_READ, IRP_MJ_WRITE, IRP_MJ_FLUSH_BUFFERS, IRP_MJ_SHUTDOWN) for
    DeviceObject's stack, its next stack location set up for the driver. For a read or write, Buffer is
    passed as the device asks: DO_BUFFERED_IO a system buffer (a write's data copied into it; a read's copied
    back to Buffer at completion), DO_DIRECT_IO an MDL with the pages locked, else Buffer itself
    (Irp->UserBuffer). Callable at DISPATCH_LEVEL or below. The caller's completion routine frees the IRP
    (IoFreeIrp, after unlocking and freeing its MDL) and returns STATUS_MORE_PROCESSING_REQUIRED; an IRP
    that completes without one is finished and freed by the I/O manager.

Return Value:

    The IRP; NULL for another major function, or when the IRP, the system buffer or the MDL cannot be had.

--*/

{
    PIRP Irp;
    PIO_STACK_LOCATION Stack;

    if (MajorFunction != IRP_MJ_READ && MajorFunction != IRP_MJ_WRITE && MajorFunction != IRP_MJ_FLUSH_BUFFERS &&
        MajorFunction != IRP_MJ_SHUTDOWN) {
        return NULL;
    }
    Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
    if (Irp == NULL) {
        return NULL;
    }
    Irp->Tail.Overlay.Thread = PsGetCurrentThread();
    Irp->RequestorMode = KernelMode;
    Irp->UserIosb = IoStatusBlock;
    Stack = IoGetNextIrpStackLocation(Irp);
    Stack->MajorFunction = (UCHAR)MajorFunction;
    if (MajorFunction != IRP_MJ_READ && MajorFunction != IRP_MJ_WRITE) {
        return Irp;
    }
    if (!IopSetTransferBuffer(Irp, DeviceObject, (BOOLEAN)(MajorFunction == IRP_MJ_READ), Buffer, Length)) {
        IopFreeUnsentIrp(Irp);
        return NULL;
    }
    if (MajorFunction == IRP_MJ_READ) {
        Stack->Parameters.Read.Length = Length;
        if (ARGUMENT_PRESENT(StartingOffset)) {
            Stack->Parameters.Read.ByteOffset = *StartingOffset;
        }
    } else {
        Stack->Parameters.Write.Length = Length;
        if (ARGUMENT_PRESENT(StartingOffset)) {
            Stack->Parameters.Write.ByteOffset = *StartingOffset;
        }
    }
    return Irp;
}

PIRP
NTAPI
IoBuildSynchronousFsdRequest(
    IN ULONG MajorFunction,
    IN PDEVICE_OBJECT DeviceObject,
    IN OUT PVOID Buffer OPTIONAL,
    IN ULONG Length OPTIONAL,
    IN PLARGE_INTEGER StartingOffset OPTIONAL,
    IN PKEVENT Event,
    OUT PIO_STATUS_BLOCK IoStatusBlock
    )

/*++

Routine Description:

    As IoBuildAsynchronousFsdRequest, for a caller that waits: the IRP is a threaded IRP of the current
    thread, and its completion writes *IoStatusBlock, sets Event and frees the IRP. The caller sends it with
    IoCallDriver and, on STATUS_PENDING, waits for Event. Callable at PASSIVE_LEVEL.

--*/

{
    PIRP Irp;

    PAGED_CODE();

    Irp = IoBuildAsynchronousFsdRequest(MajorFunction, DeviceObject, Buffer, Length, StartingOffset, IoStatusBlock);
    if (Irp == NULL) {
        return NULL;
    }
    Irp->UserEvent = Event;
    Irp->Flags |= IRP_SYNCHRONOUS_API;
    IopQueueThreadIrp(Irp);
    return Irp;
}

PIRP
NTAPI
IoBuildDeviceIoControlRequest(
    IN ULONG IoControlCode,
    IN PDEVICE_OBJECT DeviceObject,
    IN PVOID InputBuffer OPTIONAL,
    IN ULONG InputBufferLength,
    OUT PVOID OutputBuffer OPTIONAL,
    IN ULONG OutputBufferLength,
    IN BOOLEAN InternalDeviceIoControl,
    IN PKEVENT Event,
    OUT PIO_STATUS_BLOCK IoStatusBlock
    )

/*++

Routine Description:

    Builds a threaded IRP_MJ_DEVICE_CONTROL (or IRP_MJ_INTERNAL_DEVICE_CONTROL) request for DeviceObject's
    stack, its buffers as the control code's method says (IopSetControlBuffers). Completion writes *IoStatusBlock and sets Event.
    Callable at PASSIVE_LEVEL.

Return Value:

    The IRP; NULL when it, its buffer or its MDL cannot be had.

--*/

{
    PIRP Irp;
    PIO_STACK_LOCATION Stack;

    PAGED_CODE();

    Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
    if (Irp == NULL) {
        return NULL;
    }
    Irp->RequestorMode = KernelMode;
    Irp->UserIosb = IoStatusBlock;
    Irp->UserEvent = Event;
    Stack = IoGetNextIrpStackLocation(Irp);
    Stack->MajorFunction = (UCHAR)(InternalDeviceIoControl ? IRP_MJ_INTERNAL_DEVICE_CONTROL : IRP_MJ_DEVICE_CONTROL);
    if (!IopSetControlBuffers(Irp, IoControlCode, InputBuffer, InputBufferLength, OutputBuffer, OutputBufferLength)) {
        IopFreeUnsentIrp(Irp);
        return NULL;
    }
    Irp->Flags |= IRP_SYNCHRONOUS_API;
    IopQueueThreadIrp(Irp);
    return Irp;
}
