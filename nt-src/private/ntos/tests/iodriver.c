/*++

Module Name:

    iodriver.c

Abstract:

    The drivers the I/O manager's self-tests send IRPs to, built into the kernel (IoCreateDriver): a test
    driver with a buffered device (\Device\KmtIoBuffered, DO_BUFFERED_IO) and a direct one
    (\Device\KmtIoDirect, DO_DIRECT_IO), and a filter whose unnamed device is attached on top of the
    buffered one. They follow the DDK's rules for drivers; what they do and see is in KmtIo (iotest.h).

--*/

#include "iotest.h"

#define KMT_IO_EXTENSION_SIZE 64

typedef struct _KMT_FILTER_EXTENSION {
    PDEVICE_OBJECT Lower;
} KMT_FILTER_EXTENSION, *PKMT_FILTER_EXTENSION;

KMT_IO_STATE KmtIo;

VOID
KmtIoLog(
    IN CHAR What,
    IN PDEVICE_OBJECT DeviceObject OPTIONAL,
    IN PIRP Irp
    )
{
    PKMT_IO_EVENT Event;

    if (KmtIo.LogCount >= KMT_IO_LOG_SIZE) {
        return;
    }
    Event = &KmtIo.Log[KmtIo.LogCount];
    KmtIo.LogCount += 1;
    Event->What = What;
    Event->Location = Irp->CurrentLocation;
    Event->DeviceObject = DeviceObject;
    Event->Stack = IoGetCurrentIrpStackLocation(Irp);
    Event->Irql = KeGetCurrentIrql();
    Event->PendingReturned = Irp->PendingReturned;
}

VOID
KmtIoReset(
    IN KMT_IO_MODE Mode,
    IN KMT_FILTER_MODE FilterMode,
    IN NTSTATUS Status,
    IN ULONG_PTR Information
    )
{
    KmtIo.Mode = Mode;
    KmtIo.FilterMode = FilterMode;
    KmtIo.Status = Status;
    KmtIo.Information = Information;
    KmtIo.Boost = IO_NO_INCREMENT;
    KmtIo.CreateStatus = STATUS_SUCCESS;
    KmtIo.MajorFunction = 0xFF;
    KmtIo.Flags = 0;
    KmtIo.SystemBuffer = NULL;
    KmtIo.UserBuffer = NULL;
    KmtIo.MdlAddress = NULL;
    KmtIo.MdlFlags = 0;
    KmtIo.MdlVirtualAddress = NULL;
    KmtIo.MdlByteCount = 0;
    KmtIo.Type3InputBuffer = NULL;
    KmtIo.InputBufferLength = 0;
    KmtIo.OutputBufferLength = 0;
    KmtIo.IoControlCode = 0;
    KmtIo.Length = 0;
    KmtIo.ByteOffset.QuadPart = 0;
    RtlZeroMemory(KmtIo.InputSeen, sizeof(KmtIo.InputSeen));
    RtlZeroMemory(KmtIo.MdlSeen, sizeof(KmtIo.MdlSeen));
    KmtIo.FilterContext = NULL;
    KmtIo.FileObject = NULL;
    KmtIo.InThreadList = FALSE;
    KmtIo.PendingIrp = NULL;
    KmtIo.CancelCalls = 0;
    KmtIo.CancelIrql = 0xFF;
    KmtIo.CancelLockHeld = FALSE;
    KmtIo.CancelFlagSeen = FALSE;
    KmtIo.CancelRoutineCleared = FALSE;
    KmtIo.CancelDevice = NULL;
    KmtIo.FilterAddedInformation = 0;
    KmtIo.LogCount = 0;
}

static
VOID
KmtCopySeen(
    OUT PUCHAR Seen,
    IN PVOID Buffer OPTIONAL,
    IN ULONG Length
    )
{
    if (Buffer != NULL) {
        RtlCopyMemory(Seen, Buffer, Length < 16 ? Length : 16);
    }
}

static
VOID
KmtFillPattern(
    OUT PVOID Buffer OPTIONAL,
    IN ULONG Length
    )
{
    PUCHAR Bytes = (PUCHAR)Buffer;
    ULONG Index;

    if (Bytes == NULL) {
        return;
    }
    for (Index = 0; Index < Length; Index += 1) {
        Bytes[Index] = KMT_PATTERN(Index);
    }
}

static
BOOLEAN
KmtIrpInThreadList(
    IN PIRP Irp
    )
{
    PETHREAD Thread = PsGetCurrentThread();
    PLIST_ENTRY Entry;

    if (Thread == NULL) {
        return FALSE;
    }
    for (Entry = Thread->IrpList.Flink; Entry != &Thread->IrpList; Entry = Entry->Flink) {
        if (Entry == &Irp->ThreadListEntry) {
            return TRUE;
        }
    }
    return FALSE;
}

static
VOID
NTAPI
KmtCancel(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )

/*++

Routine Description:

    The test driver's cancel routine: called with the cancel spin lock held; records how it was called,
    releases the lock and completes the IRP with STATUS_CANCELLED.

--*/

{
    KmtIo.CancelCalls += 1;
    KmtIo.CancelIrql = KeGetCurrentIrql();
    KmtIo.CancelLockHeld = (BOOLEAN)(IopCancelSpinLock != 0);
    KmtIo.CancelFlagSeen = Irp->Cancel;
    KmtIo.CancelRoutineCleared = (BOOLEAN)(Irp->CancelRoutine == NULL);
    KmtIo.CancelDevice = DeviceObject;
    KmtIo.PendingIrp = NULL;
    IoReleaseCancelSpinLock(Irp->CancelIrql);
    Irp->IoStatus.Status = STATUS_CANCELLED;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

static
VOID
NTAPI
KmtCompletionDpc(
    IN PKDPC Dpc,
    IN PVOID DeferredContext,
    IN PVOID SystemArgument1,
    IN PVOID SystemArgument2
    )

/*++

Routine Description:

    Completes the pending IRP from a DPC, as a driver's DpcForIsr would.

--*/

{
    PIRP Irp = KmtIo.PendingIrp;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(DeferredContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (Irp == NULL) {
        return;
    }
    KmtIo.PendingIrp = NULL;
    KmtIoLog('d', NULL, Irp);
    Irp->IoStatus.Status = KmtIo.Status;
    Irp->IoStatus.Information = KmtIo.Information;
    IoCompleteRequest(Irp, KmtIo.Boost);
}

static
PVOID
KmtDataBuffer(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )

/*++

Return Value:

    Where a read's or write's data is, as the device's buffering method says.

--*/

{
    if ((DeviceObject->Flags & DO_BUFFERED_IO) != 0) {
        return Irp->AssociatedIrp.SystemBuffer;
    }
    if ((DeviceObject->Flags & DO_DIRECT_IO) != 0) {
        return Irp->MdlAddress != NULL ? MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority) : NULL;
    }
    return Irp->UserBuffer;
}

static
NTSTATUS
NTAPI
KmtDriverDispatch(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )
{
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS Status;
    PVOID Mapped;
    KIRQL Irql;
    LARGE_INTEGER DueTime;

    KmtIoLog('D', DeviceObject, Irp);
    KmtIo.MajorFunction = Stack->MajorFunction;
    KmtIo.Flags = Irp->Flags;
    KmtIo.SystemBuffer = Irp->AssociatedIrp.SystemBuffer;
    KmtIo.UserBuffer = Irp->UserBuffer;
    KmtIo.MdlAddress = Irp->MdlAddress;
    if (Irp->MdlAddress != NULL) {
        KmtIo.MdlFlags = Irp->MdlAddress->MdlFlags;
        KmtIo.MdlVirtualAddress = MmGetMdlVirtualAddress(Irp->MdlAddress);
        KmtIo.MdlByteCount = MmGetMdlByteCount(Irp->MdlAddress);
    }
    KmtIo.FileObject = Stack->FileObject;
    KmtIo.InThreadList = KmtIrpInThreadList(Irp);

    switch (Stack->MajorFunction) {
    case IRP_MJ_CREATE:
        KmtIo.Creates += 1;
        KmtIo.CreateOptions = Stack->Parameters.Create.Options;
        Irp->IoStatus.Status = KmtIo.CreateStatus;
        Irp->IoStatus.Information = 0;
        Status = KmtIo.CreateStatus;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return Status;

    case IRP_MJ_CLEANUP:
    case IRP_MJ_CLOSE:
        if (Stack->MajorFunction == IRP_MJ_CLEANUP) {
            KmtIo.Cleanups += 1;
        } else {
            KmtIo.Closes += 1;
        }
        Irp->IoStatus.Status = STATUS_SUCCESS;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;

    case IRP_MJ_READ:
        KmtIo.Length = Stack->Parameters.Read.Length;
        KmtIo.ByteOffset = Stack->Parameters.Read.ByteOffset;
        KmtFillPattern(KmtDataBuffer(DeviceObject, Irp), Stack->Parameters.Read.Length);
        break;

    case IRP_MJ_WRITE:
        KmtIo.Length = Stack->Parameters.Write.Length;
        KmtIo.ByteOffset = Stack->Parameters.Write.ByteOffset;
        KmtCopySeen(KmtIo.InputSeen, KmtDataBuffer(DeviceObject, Irp), Stack->Parameters.Write.Length);
        break;

    case IRP_MJ_DEVICE_CONTROL:
    case IRP_MJ_INTERNAL_DEVICE_CONTROL:
        KmtIo.IoControlCode = Stack->Parameters.DeviceIoControl.IoControlCode;
        KmtIo.InputBufferLength = Stack->Parameters.DeviceIoControl.InputBufferLength;
        KmtIo.OutputBufferLength = Stack->Parameters.DeviceIoControl.OutputBufferLength;
        KmtIo.Type3InputBuffer = Stack->Parameters.DeviceIoControl.Type3InputBuffer;
        switch (METHOD_FROM_CTL_CODE(KmtIo.IoControlCode)) {
        case METHOD_BUFFERED:
            KmtCopySeen(KmtIo.InputSeen, Irp->AssociatedIrp.SystemBuffer, KmtIo.InputBufferLength);
            KmtFillPattern(Irp->AssociatedIrp.SystemBuffer, KmtIo.OutputBufferLength);
            break;
        case METHOD_IN_DIRECT:
        case METHOD_OUT_DIRECT:
            KmtCopySeen(KmtIo.InputSeen, Irp->AssociatedIrp.SystemBuffer, KmtIo.InputBufferLength);
            if (Irp->MdlAddress != NULL) {
                Mapped = MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority);
                KmtCopySeen(KmtIo.MdlSeen, Mapped, KmtIo.OutputBufferLength);
                if (METHOD_FROM_CTL_CODE(KmtIo.IoControlCode) == METHOD_OUT_DIRECT) {
                    KmtFillPattern(Mapped, KmtIo.OutputBufferLength);
                }
            }
            break;
        default:
            KmtCopySeen(KmtIo.InputSeen, KmtIo.Type3InputBuffer, KmtIo.InputBufferLength);
            KmtFillPattern(Irp->UserBuffer, KmtIo.OutputBufferLength);
            break;
        }
        break;

    default:
        break;
    }

    switch (KmtIo.Mode) {
    case KmtPendFromDpc:
        IoMarkIrpPending(Irp);
        KmtIo.PendingIrp = Irp;
        DueTime.QuadPart = -10 * 10000;
        KeSetTimer(&KmtIo.Timer, DueTime, &KmtIo.Dpc);
        return STATUS_PENDING;

    case KmtPendCancelable:

        //
        // The DDK's pattern: under the cancel spin lock, an IRP cancelled already is completed at once;
        // otherwise the cancel routine is set before the IRP is held.
        //

        IoAcquireCancelSpinLock(&Irql);
        if (Irp->Cancel) {
            IoReleaseCancelSpinLock(Irql);
            Irp->IoStatus.Status = STATUS_CANCELLED;
            Irp->IoStatus.Information = 0;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            return STATUS_CANCELLED;
        }
        IoMarkIrpPending(Irp);
        KmtIo.PendingIrp = Irp;
        IoSetCancelRoutine(Irp, KmtCancel);
        IoReleaseCancelSpinLock(Irql);
        return STATUS_PENDING;

    case KmtPendHeld:
        IoMarkIrpPending(Irp);
        KmtIo.PendingIrp = Irp;
        return STATUS_PENDING;

    default:
        Status = KmtIo.Status;
        Irp->IoStatus.Status = Status;
        Irp->IoStatus.Information = KmtIo.Information;
        IoCompleteRequest(Irp, KmtIo.Boost);
        return Status;
    }
}

static
VOID
NTAPI
KmtDriverUnload(
    IN PDRIVER_OBJECT DriverObject
    )
{
    UNREFERENCED_PARAMETER(DriverObject);

    KmtIo.Unloads += 1;
    if (KmtIo.Buffered != NULL) {
        IoDeleteDevice(KmtIo.Buffered);
        KmtIo.Buffered = NULL;
    }
    if (KmtIo.Direct != NULL) {
        IoDeleteDevice(KmtIo.Direct);
        KmtIo.Direct = NULL;
    }
}

static
NTSTATUS
KmtCreateTestDevice(
    IN PDRIVER_OBJECT DriverObject,
    IN PCWSTR Name,
    IN ULONG BufferingFlag,
    OUT PDEVICE_OBJECT *DeviceObject
    )
{
    UNICODE_STRING DeviceName;
    NTSTATUS Status;
    PUCHAR Extension;
    ULONG Index;

    RtlInitUnicodeString(&DeviceName, Name);
    Status = IoCreateDevice(DriverObject, KMT_IO_EXTENSION_SIZE, &DeviceName, FILE_DEVICE_UNKNOWN, 0, FALSE, DeviceObject);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Extension = (PUCHAR)(*DeviceObject)->DeviceExtension;
    KmtIo.ExtensionWasZero = (BOOLEAN)(Extension != NULL);
    for (Index = 0; Extension != NULL && Index < KMT_IO_EXTENSION_SIZE; Index += 1) {
        if (Extension[Index] != 0) {
            KmtIo.ExtensionWasZero = FALSE;
        }
    }
    KmtIo.WasInitializing = (BOOLEAN)(((*DeviceObject)->Flags & DO_DEVICE_INITIALIZING) != 0);
    (*DeviceObject)->Flags |= BufferingFlag;
    (*DeviceObject)->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

static
NTSTATUS
NTAPI
KmtDriverEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )

/*++

Routine Description:

    The test driver's DriverEntry: its two devices and its dispatch routines.

--*/

{
    NTSTATUS Status;

    KmtIo.Driver = DriverObject;
    KmtIo.RegistryPath = RegistryPath;
    Status = KmtCreateTestDevice(DriverObject, KMT_IO_BUFFERED_NAME, DO_BUFFERED_IO, &KmtIo.Buffered);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = KmtCreateTestDevice(DriverObject, KMT_IO_DIRECT_NAME, DO_DIRECT_IO, &KmtIo.Direct);
    if (!NT_SUCCESS(Status)) {
        IoDeleteDevice(KmtIo.Buffered);
        KmtIo.Buffered = NULL;
        return Status;
    }
    DriverObject->MajorFunction[IRP_MJ_CREATE] = KmtDriverDispatch;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = KmtDriverDispatch;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = KmtDriverDispatch;
    DriverObject->MajorFunction[IRP_MJ_READ] = KmtDriverDispatch;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = KmtDriverDispatch;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = KmtDriverDispatch;
    DriverObject->MajorFunction[IRP_MJ_INTERNAL_DEVICE_CONTROL] = KmtDriverDispatch;
    DriverObject->DriverUnload = KmtDriverUnload;
    return STATUS_SUCCESS;
}

static
NTSTATUS
NTAPI
KmtFilterCompletion(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp,
    IN PVOID Context
    )

/*++

Routine Description:

    The filter's completion routine. Passing the IRP on, it propagates the pending state as the DDK says;
    taking it back, it wakes the filter's dispatch routine, which completes the IRP again.

--*/

{
    KmtIoLog('c', DeviceObject, Irp);
    KmtIo.FilterContext = Context;
    if (KmtIo.FilterMode == KmtFilterMoreProcessing) {
        KeSetEvent(&KmtIo.FilterEvent, IO_NO_INCREMENT, FALSE);
        return STATUS_MORE_PROCESSING_REQUIRED;
    }
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    return STATUS_SUCCESS;
}

static
NTSTATUS
NTAPI
KmtFilterDispatch(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp
    )
{
    PKMT_FILTER_EXTENSION Extension = (PKMT_FILTER_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION Stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS Status;

    KmtIoLog('F', DeviceObject, Irp);
    if (Stack->MajorFunction == IRP_MJ_CREATE) {
        KmtIo.FilterCreates += 1;
    }
    if (Stack->MajorFunction == IRP_MJ_CREATE || Stack->MajorFunction == IRP_MJ_CLEANUP ||
        Stack->MajorFunction == IRP_MJ_CLOSE || KmtIo.FilterMode == KmtFilterSkip) {
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(Extension->Lower, Irp);
    }
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, KmtFilterCompletion, DeviceObject, TRUE, TRUE, TRUE);
    if (KmtIo.FilterMode == KmtFilterCopy) {
        return IoCallDriver(Extension->Lower, Irp);
    }

    //
    // Synchronous forwarding: the completion routine hands the IRP back here; the filter adds to the result
    // and completes it again.
    //

    KeClearEvent(&KmtIo.FilterEvent);
    Status = IoCallDriver(Extension->Lower, Irp);
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(&KmtIo.FilterEvent, Executive, KernelMode, FALSE, NULL);
    }
    Irp->IoStatus.Information += KmtIo.FilterAddedInformation;
    Status = Irp->IoStatus.Status;
    KmtIoLog('C', DeviceObject, Irp);
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

static
VOID
NTAPI
KmtFilterUnload(
    IN PDRIVER_OBJECT DriverObject
    )
{
    UNREFERENCED_PARAMETER(DriverObject);

    if (KmtIo.FilterDevice != NULL) {
        if (KmtIo.FilterLower != NULL && KmtIo.FilterLower->AttachedDevice == KmtIo.FilterDevice) {
            IoDetachDevice(KmtIo.FilterLower);
        }
        IoDeleteDevice(KmtIo.FilterDevice);
        KmtIo.FilterDevice = NULL;
        KmtIo.FilterLower = NULL;
    }
}

static
NTSTATUS
NTAPI
KmtFilterEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )

/*++

Routine Description:

    The filter's DriverEntry: an unnamed device attached on top of \Device\KmtIoBuffered, buffering as the
    device below it does, every major function going through its dispatch routine.

--*/

{
    UNICODE_STRING TargetName;
    PKMT_FILTER_EXTENSION Extension;
    NTSTATUS Status;
    ULONG Index;

    UNREFERENCED_PARAMETER(RegistryPath);

    KmtIo.Filter = DriverObject;
    Status = IoCreateDevice(DriverObject, sizeof(KMT_FILTER_EXTENSION), NULL, FILE_DEVICE_UNKNOWN, 0, FALSE,
                            &KmtIo.FilterDevice);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    RtlInitUnicodeString(&TargetName, KMT_IO_BUFFERED_NAME);
    KmtIo.AttachStatus = IoAttachDevice(KmtIo.FilterDevice, &TargetName, &KmtIo.FilterLower);
    if (!NT_SUCCESS(KmtIo.AttachStatus)) {
        IoDeleteDevice(KmtIo.FilterDevice);
        KmtIo.FilterDevice = NULL;
        return KmtIo.AttachStatus;
    }
    Extension = (PKMT_FILTER_EXTENSION)KmtIo.FilterDevice->DeviceExtension;
    Extension->Lower = KmtIo.FilterLower;
    KmtIo.FilterDevice->Flags |= KmtIo.FilterLower->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
    KmtIo.FilterDevice->Flags &= ~DO_DEVICE_INITIALIZING;
    for (Index = 0; Index <= IRP_MJ_MAXIMUM_FUNCTION; Index += 1) {
        DriverObject->MajorFunction[Index] = KmtFilterDispatch;
    }
    DriverObject->DriverUnload = KmtFilterUnload;
    return STATUS_SUCCESS;
}

NTSTATUS
KmtIoLoadDrivers(
    VOID
    )
{
    UNICODE_STRING Name;
    NTSTATUS Status;

    KeInitializeTimer(&KmtIo.Timer);
    KeInitializeDpc(&KmtIo.Dpc, KmtCompletionDpc, NULL);
    KeInitializeEvent(&KmtIo.FilterEvent, NotificationEvent, FALSE);
    KmtIoReset(KmtCompleteNow, KmtFilterCopy, STATUS_SUCCESS, 0);
    RtlInitUnicodeString(&Name, KMT_IO_DRIVER_NAME);
    Status = IoCreateDriver(&Name, KmtDriverEntry);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    RtlInitUnicodeString(&Name, KMT_IO_FILTER_NAME);
    return IoCreateDriver(&Name, KmtFilterEntry);
}

VOID
KmtIoUnloadDrivers(
    VOID
    )
{
    if (KmtIo.Filter != NULL) {
        IopUnloadDriver(KmtIo.Filter);
        KmtIo.Filter = NULL;
    }
    if (KmtIo.Driver != NULL) {
        IopUnloadDriver(KmtIo.Driver);
        KmtIo.Driver = NULL;
    }
}
