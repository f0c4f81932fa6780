/*++

Module Name:

    iotest.c

Abstract:

    Self-tests of the I/O manager, through the test driver and filter of iodriver.c: driver and device
    objects and stacks (IoCreateDriver, IoCreateDevice, IoAttachDevice, names and collisions), IRPs through
    the filter to the driver (stack locations, completion routines bottom-up, STATUS_MORE_PROCESSING_REQUIRED,
    pending and completion from a DPC with the event, status block and priority boost), the buffers of each
    IOCTL method and of buffered and direct reads and writes, the APC completion form, cancellation, file
    objects (IoGetDeviceObjectPointer: create, cleanup and close; symbolic links; exclusive devices), device
    deletion and detaching, and device timers.

--*/

#include "iotest.h"

#define KMT_MARK_STATUS ((NTSTATUS)0x12345678)

static
VOID
KmtFill(
    OUT PUCHAR Buffer,
    IN ULONG Length,
    IN UCHAR First
    )
{
    ULONG Index;

    for (Index = 0; Index < Length; Index += 1) {
        Buffer[Index] = (UCHAR)(First + Index);
    }
}

static
BOOLEAN
KmtIsPattern(
    IN PUCHAR Buffer,
    IN ULONG Length
    )
{
    ULONG Index;

    for (Index = 0; Index < Length; Index += 1) {
        if (Buffer[Index] != KMT_PATTERN(Index)) {
            return FALSE;
        }
    }
    return TRUE;
}

static
LONG
KmtPointerCount(
    IN PVOID Object
    )
{
    return OBJECT_TO_OBJECT_HEADER(Object)->PointerCount;
}

static
NTSTATUS
KmtWaitIo(
    IN NTSTATUS Status,
    IN PKEVENT Event,
    IN PIO_STATUS_BLOCK IoStatus
    )

/*++

Routine Description:

    The caller's side of a threaded IRP: wait for the event when the request is pending.

--*/

{
    if (Status == STATUS_PENDING) {
        KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);
        Status = IoStatus->Status;
    }
    return Status;
}

static
NTSTATUS
NTAPI
KmtFailingEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )
{
    UNREFERENCED_PARAMETER(DriverObject);
    UNREFERENCED_PARAMETER(RegistryPath);

    return STATUS_DEVICE_NOT_READY;
}

static PDRIVER_OBJECT KmtSpareDriver;

static
NTSTATUS
NTAPI
KmtSpareEntry(
    IN PDRIVER_OBJECT DriverObject,
    IN PUNICODE_STRING RegistryPath
    )
{
    UNREFERENCED_PARAMETER(RegistryPath);

    KmtSpareDriver = DriverObject;
    return STATUS_SUCCESS;
}

START_TEST(IoDriver)
{
    UNICODE_STRING Name;
    PDRIVER_OBJECT Found = NULL;
    PDEVICE_OBJECT Device;
    PDEVICE_OBJECT Collision;
    PDEVICE_OBJECT Unnamed = NULL;
    PDEVICE_OBJECT Reference;
    NTSTATUS Status;
    LONG Count;
    BOOLEAN FoundBuffered = FALSE;
    BOOLEAN FoundDirect = FALSE;

    Status = KmtIoLoadDrivers();
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (!NT_SUCCESS(Status) || KmtIo.Driver == NULL || KmtIo.FilterDevice == NULL) {
        return;
    }

    //
    // The driver object: named in \Driver, its extension pointing back, DriverEntry given an empty path.
    //

    RtlInitUnicodeString(&Name, KMT_IO_DRIVER_NAME);
    ok_eq_hex(ObReferenceObjectByName(&Name, OBJ_CASE_INSENSITIVE, NULL, 0, *IoDriverObjectType, KernelMode, NULL,
                                      (PVOID *)&Found), STATUS_SUCCESS);
    ok_eq_pointer(Found, KmtIo.Driver);
    if (Found != NULL) {
        ObDereferenceObject(Found);
    }
    ok_eq_long(KmtIo.Driver->Type, IO_TYPE_DRIVER);
    ok(RtlEqualUnicodeString(&KmtIo.Driver->DriverName, &Name, FALSE), "the driver object's name");
    ok_eq_pointer(KmtIo.Driver->DriverExtension->DriverObject, KmtIo.Driver);
    ok_eq_ulong(KmtIo.Driver->DriverExtension->Count, 1);
    ok(KmtIo.RegistryPath != NULL && KmtIo.RegistryPath->Length == 0, "DriverEntry's registry path is empty");
    ok(KmtIo.Driver->MajorFunction[IRP_MJ_FLUSH_BUFFERS] != NULL, "unhandled major functions have a routine");
    ok_eq_hex(IoCreateDriver(&Name, KmtSpareEntry), STATUS_OBJECT_NAME_COLLISION);
    ok_eq_hex(IoCreateDriver(NULL, KmtSpareEntry), STATUS_INVALID_PARAMETER);

    //
    // A driver whose DriverEntry fails is gone again; one that succeeds stays until deleted.
    //

    RtlInitUnicodeString(&Name, L"\\Driver\\KmtIoFailing");
    ok_eq_hex(IoCreateDriver(&Name, KmtFailingEntry), STATUS_DEVICE_NOT_READY);
    ok_eq_hex(ObReferenceObjectByName(&Name, OBJ_CASE_INSENSITIVE, NULL, 0, *IoDriverObjectType, KernelMode, NULL,
                                      (PVOID *)&Found), STATUS_OBJECT_NAME_NOT_FOUND);
    RtlInitUnicodeString(&Name, L"\\Driver\\KmtIoSpare");
    ok_eq_hex(IoCreateDriver(&Name, KmtSpareEntry), STATUS_SUCCESS);

    //
    // The devices: extension zeroed, created initialising, in the driver's list, named in \Device.
    //

    ok(KmtIo.ExtensionWasZero, "the device extension is zeroed");
    ok(KmtIo.WasInitializing, "a new device has DO_DEVICE_INITIALIZING");
    Device = KmtIo.Buffered;
    ok_eq_long(Device->Type, IO_TYPE_DEVICE);
    ok_eq_pointer(Device->DriverObject, KmtIo.Driver);
    ok_eq_pointer(Device->DeviceExtension, (PUCHAR)Device + ((sizeof(DEVICE_OBJECT) + 7) & ~7));
    ok_eq_ulong(Device->DeviceType, FILE_DEVICE_UNKNOWN);
    ok((Device->Flags & DO_DEVICE_HAS_NAME) != 0, "a named device has DO_DEVICE_HAS_NAME");
    ok((Device->Flags & DO_EXCLUSIVE) == 0, "not exclusive");
    ok_eq_long(KmtIo.Direct->StackSize, 1);
    for (Reference = KmtIo.Driver->DeviceObject; Reference != NULL; Reference = Reference->NextDevice) {
        FoundBuffered |= (BOOLEAN)(Reference == KmtIo.Buffered);
        FoundDirect |= (BOOLEAN)(Reference == KmtIo.Direct);
    }
    ok(FoundBuffered && FoundDirect, "both devices are in the driver's list");
    RtlInitUnicodeString(&Name, KMT_IO_BUFFERED_NAME);
    Collision = (PDEVICE_OBJECT)1;
    ok_eq_hex(IoCreateDevice(KmtIo.Driver, 0, &Name, FILE_DEVICE_UNKNOWN, 0, FALSE, &Collision),
              STATUS_OBJECT_NAME_COLLISION);
    ok_eq_pointer(Collision, NULL);
    RtlInitUnicodeString(&Name, L"\\Device\\KMTIOBUFFERED");
    ok_eq_hex(IoCreateDevice(KmtIo.Driver, 0, &Name, FILE_DEVICE_UNKNOWN, 0, FALSE, &Collision),
              STATUS_OBJECT_NAME_COLLISION);

    //
    // An unnamed device with no extension; an exclusive one.
    //

    if (KmtSpareDriver != NULL) {
        ok_eq_hex(IoCreateDevice(KmtSpareDriver, 0, NULL, FILE_DEVICE_DISK, FILE_REMOVABLE_MEDIA, TRUE, &Unnamed),
                  STATUS_SUCCESS);
        if (Unnamed != NULL) {
            ok_eq_pointer(Unnamed->DeviceExtension, NULL);
            ok((Unnamed->Flags & (DO_DEVICE_HAS_NAME | DO_EXCLUSIVE)) == DO_EXCLUSIVE, "unnamed and exclusive");
            ok_eq_ulong(Unnamed->Characteristics, FILE_REMOVABLE_MEDIA);
            ok_eq_pointer(KmtSpareDriver->DeviceObject, Unnamed);
            IoDeleteDevice(Unnamed);
            ok_eq_pointer(KmtSpareDriver->DeviceObject, NULL);
        }
        IoDeleteDriver(KmtSpareDriver);
        RtlInitUnicodeString(&Name, L"\\Driver\\KmtIoSpare");
        ok_eq_hex(ObReferenceObjectByName(&Name, OBJ_CASE_INSENSITIVE, NULL, 0, *IoDriverObjectType, KernelMode, NULL,
                                          (PVOID *)&Found), STATUS_OBJECT_NAME_NOT_FOUND);
    }

    //
    // The stack: the filter on top of the buffered device, one stack location more.
    //

    ok_eq_hex(KmtIo.AttachStatus, STATUS_SUCCESS);
    ok_eq_pointer(KmtIo.FilterLower, KmtIo.Buffered);
    ok_eq_pointer(KmtIo.Buffered->AttachedDevice, KmtIo.FilterDevice);
    ok_eq_pointer(KmtIo.FilterDevice->DeviceObjectExtension->AttachedTo, KmtIo.Buffered);
    ok_eq_long(KmtIo.FilterDevice->StackSize, 2);
    ok_eq_pointer(IoGetAttachedDevice(KmtIo.Buffered), KmtIo.FilterDevice);
    ok_eq_pointer(IoGetAttachedDevice(KmtIo.FilterDevice), KmtIo.FilterDevice);
    ok_eq_pointer(IoGetAttachedDevice(KmtIo.Direct), KmtIo.Direct);
    Count = KmtPointerCount(KmtIo.FilterDevice);
    Reference = IoGetAttachedDeviceReference(KmtIo.Buffered);
    ok_eq_pointer(Reference, KmtIo.FilterDevice);
    ok_eq_long(KmtPointerCount(KmtIo.FilterDevice), Count + 1);
    ObDereferenceObject(Reference);
    ok((KmtIo.FilterDevice->Flags & DO_BUFFERED_IO) != 0, "the filter buffers as the device below it");
    RtlInitUnicodeString(&Name, L"\\Device\\KmtIoNoSuchDevice");
    ok_eq_hex(IoAttachDevice(KmtIo.Direct, &Name, &Reference), STATUS_OBJECT_NAME_NOT_FOUND);
    ok_eq_pointer(IoAttachDeviceToDeviceStack(KmtIo.FilterDevice, KmtIo.Direct), NULL);
}

static ULONG KmtOriginatorCalls;
static PDEVICE_OBJECT KmtOriginatorDevice;
static PVOID KmtOriginatorContext;
static BOOLEAN KmtOriginatorKeeps;

static
NTSTATUS
NTAPI
KmtOriginatorCompletion(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp,
    IN PVOID Context
    )

/*++

Routine Description:

    The originator's completion routine (set in the first driver's stack location): logs itself and keeps
    the IRP for the test to look at and free.

--*/

{
    KmtOriginatorCalls += 1;
    KmtOriginatorDevice = DeviceObject;
    KmtOriginatorContext = Context;
    KmtIoLog('o', DeviceObject, Irp);
    return KmtOriginatorKeeps ? STATUS_MORE_PROCESSING_REQUIRED : STATUS_SUCCESS;
}

static
PIRP
KmtReadIrp(
    IN PDEVICE_OBJECT DeviceObject,
    IN ULONG Length
    )
{
    PIRP Irp = IoAllocateIrp(DeviceObject->StackSize, FALSE);
    PIO_STACK_LOCATION Next;

    if (Irp != NULL) {
        Next = IoGetNextIrpStackLocation(Irp);
        Next->MajorFunction = IRP_MJ_READ;
        Next->Parameters.Read.Length = Length;
        Next->Parameters.Read.ByteOffset.QuadPart = 0x1234;
        IoSetCompletionRoutine(Irp, KmtOriginatorCompletion, (PVOID)0x5151, TRUE, TRUE, TRUE);
    }
    return Irp;
}

START_TEST(IoIrp)
{
    PIRP Irp;
    PIO_STACK_LOCATION Base;
    NTSTATUS Status;
    KEVENT Event;
    IO_STATUS_BLOCK IoStatus;
    UCHAR Buffer[32];
    LARGE_INTEGER Offset;
    PKTHREAD Self = KeGetCurrentThread();

    if (KmtIo.FilterDevice == NULL) {
        ok(FALSE, "the test drivers are not loaded");
        return;
    }

    //
    // A new IRP: no stack location current yet, the next one the last.
    //

    ok(IoAllocateIrp(0, FALSE) == NULL, "an IRP of no stack location");
    Irp = IoAllocateIrp(3, FALSE);
    ok(Irp != NULL, "IoAllocateIrp");
    if (Irp == NULL) {
        return;
    }
    ok_eq_long(Irp->Type, IO_TYPE_IRP);
    ok_eq_ulong(Irp->Size, IoSizeOfIrp(3));
    ok_eq_long(Irp->StackCount, 3);
    ok_eq_long(Irp->CurrentLocation, 4);
    ok_eq_pointer(IoGetNextIrpStackLocation(Irp), (PIO_STACK_LOCATION)(Irp + 1) + 2);
    ok(IsListEmpty(&Irp->ThreadListEntry), "not in a thread's list");
    IoSetNextIrpStackLocation(Irp);
    ok_eq_long(Irp->CurrentLocation, 3);
    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    ok_eq_long(Irp->CurrentLocation, 4);
    ok_eq_hex(Irp->IoStatus.Status, STATUS_UNSUCCESSFUL);
    IoFreeIrp(Irp);

    //
    // Through the filter to the driver: the filter's location is the upper one, the driver's the lower;
    // completion runs the filter's routine, then the originator's (with no device object).
    //

    KmtIoReset(KmtCompleteNow, KmtFilterCopy, STATUS_SUCCESS, 7);
    KmtOriginatorCalls = 0;
    KmtOriginatorKeeps = TRUE;
    Irp = KmtReadIrp(KmtIo.FilterDevice, 16);
    if (Irp == NULL) {
        ok(FALSE, "IoAllocateIrp");
        return;
    }
    Base = (PIO_STACK_LOCATION)(Irp + 1);
    Status = IoCallDriver(KmtIo.FilterDevice, Irp);
    ok_eq_hex(Status, STATUS_SUCCESS);
    ok_eq_ulong(KmtIo.LogCount, 4);
    ok(KmtIo.Log[0].What == 'F' && KmtIo.Log[1].What == 'D' && KmtIo.Log[2].What == 'c' && KmtIo.Log[3].What == 'o',
       "filter, driver, filter's completion, originator's completion");
    ok_eq_pointer(KmtIo.Log[0].Stack, Base + 1);
    ok_eq_long(KmtIo.Log[0].Location, 2);
    ok_eq_pointer(KmtIo.Log[1].Stack, Base);
    ok_eq_long(KmtIo.Log[1].Location, 1);
    ok_eq_pointer(KmtIo.Log[1].DeviceObject, KmtIo.Buffered);
    ok_eq_pointer(Base[1].DeviceObject, KmtIo.FilterDevice);
    ok_eq_pointer(Base[0].DeviceObject, KmtIo.Buffered);
    ok_eq_ulong(KmtIo.Length, 16);
    ok_eq_ulong(KmtIo.ByteOffset.LowPart, 0x1234);
    ok_eq_pointer(KmtIo.Log[2].DeviceObject, KmtIo.FilterDevice);
    ok_eq_pointer(KmtIo.FilterContext, KmtIo.FilterDevice);
    ok_eq_long(KmtIo.Log[2].Location, 2);
    ok_eq_ulong(KmtOriginatorCalls, 1);
    ok_eq_pointer(KmtOriginatorDevice, NULL);
    ok_eq_pointer(KmtOriginatorContext, (PVOID)0x5151);
    ok_eq_long(KmtIo.Log[3].Location, 3);
    ok(!KmtIo.Log[2].PendingReturned && !KmtIo.Log[3].PendingReturned, "nothing was pending");
    ok_eq_ulong(Irp->IoStatus.Information, 7);
    ok_eq_long(Irp->CurrentLocation, Irp->StackCount + 1);
    IoFreeIrp(Irp);

    //
    // InvokeOnSuccess only, and the request fails: the routine is not called, and the I/O manager finishes
    // the IRP (status block, event, freed).
    //

    KmtIoReset(KmtCompleteNow, KmtFilterSkip, STATUS_UNSUCCESSFUL, 0);
    KmtOriginatorCalls = 0;
    Irp = IoAllocateIrp(KmtIo.FilterDevice->StackSize, FALSE);
    if (Irp != NULL) {
        KeInitializeEvent(&Event, NotificationEvent, FALSE);
        IoStatus.Status = KMT_MARK_STATUS;
        Irp->UserEvent = &Event;
        Irp->UserIosb = &IoStatus;
        IoGetNextIrpStackLocation(Irp)->MajorFunction = IRP_MJ_WRITE;
        IoSetCompletionRoutine(Irp, KmtOriginatorCompletion, NULL, TRUE, FALSE, FALSE);
        ok_eq_hex(IoCallDriver(KmtIo.FilterDevice, Irp), STATUS_UNSUCCESSFUL);
        ok_eq_ulong(KmtOriginatorCalls, 0);
        ok_eq_hex(IoStatus.Status, STATUS_UNSUCCESSFUL);
        ok_eq_long(KeReadStateEvent(&Event), 1);
        ok(KmtIo.LogCount == 2 && KmtIo.Log[0].What == 'F' && KmtIo.Log[1].What == 'D', "skipped: no filter routine");

        //
        // A skipped location is the next driver's: it gets the filter's location and number.
        //

        ok_eq_long(KmtIo.Log[1].Location, 2);
        ok_eq_pointer(KmtIo.Log[1].Stack, KmtIo.Log[0].Stack);
    }

    //
    // An unhandled major function: STATUS_INVALID_DEVICE_REQUEST from the I/O manager's default routine.
    //

    KmtIoReset(KmtCompleteNow, KmtFilterSkip, STATUS_SUCCESS, 0);
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_FLUSH_BUFFERS, KmtIo.Direct, NULL, 0, NULL, &Event, &IoStatus);
    ok(Irp != NULL, "a flush request");
    if (Irp != NULL) {
        ok_eq_hex(KmtWaitIo(IoCallDriver(KmtIo.Direct, Irp), &Event, &IoStatus), STATUS_INVALID_DEVICE_REQUEST);
        ok_eq_hex(IoStatus.Status, STATUS_INVALID_DEVICE_REQUEST);
    }

    //
    // STATUS_MORE_PROCESSING_REQUIRED: the filter's routine takes the IRP back, the filter adds to it and
    // completes it again, and only then does the originator's routine run.
    //

    KmtIoReset(KmtCompleteNow, KmtFilterMoreProcessing, STATUS_SUCCESS, 10);
    KmtIo.FilterAddedInformation = 5;
    KmtOriginatorCalls = 0;
    Irp = KmtReadIrp(KmtIo.FilterDevice, 8);
    if (Irp != NULL) {
        ok_eq_hex(IoCallDriver(KmtIo.FilterDevice, Irp), STATUS_SUCCESS);
        ok_eq_ulong(KmtIo.LogCount, 5);
        ok(KmtIo.Log[0].What == 'F' && KmtIo.Log[1].What == 'D' && KmtIo.Log[2].What == 'c' &&
           KmtIo.Log[3].What == 'C' && KmtIo.Log[4].What == 'o',
           "filter, driver, filter's routine, filter completes again, originator");
        ok_eq_long(KmtIo.Log[3].Location, 2);
        ok_eq_ulong(KmtOriginatorCalls, 1);
        ok_eq_ulong(Irp->IoStatus.Information, 15);
        IoFreeIrp(Irp);
    }

    //
    // Pending, completed from a DPC: IoCallDriver returns STATUS_PENDING, the caller's buffer is untouched
    // until completion copies the system buffer back, the filter's routine sees PendingReturned at
    // DISPATCH_LEVEL, the event and status block are set, and the waiter gets the priority boost.
    //

    KmtIoReset(KmtPendFromDpc, KmtFilterCopy, STATUS_SUCCESS, sizeof(Buffer));
    KmtIo.Boost = IO_SERIAL_INCREMENT;
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    RtlZeroMemory(Buffer, sizeof(Buffer));
    IoStatus.Status = KMT_MARK_STATUS;
    IoStatus.Information = 0;
    Offset.QuadPart = 512;
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, KmtIo.FilterDevice, Buffer, sizeof(Buffer), &Offset, &Event, &IoStatus);
    ok(Irp != NULL, "IoBuildSynchronousFsdRequest");
    if (Irp != NULL) {
        KeSetPriorityThread(Self, 8);
        Status = IoCallDriver(KmtIo.FilterDevice, Irp);
        ok_eq_hex(Status, STATUS_PENDING);
        ok_eq_long(KeReadStateEvent(&Event), 0);
        ok_eq_hex(IoStatus.Status, KMT_MARK_STATUS);
        ok_eq_ulong(Buffer[0], 0);
        ok(KmtIo.InThreadList, "a synchronous request is in its thread's IRP list");
        ok_eq_hex(KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL), STATUS_SUCCESS);
        ok_eq_long(KeQueryPriorityThread(Self), 8 + IO_SERIAL_INCREMENT);
        KeSetPriorityThread(Self, 8);
        ok_eq_hex(IoStatus.Status, STATUS_SUCCESS);
        ok_eq_ulong(IoStatus.Information, sizeof(Buffer));
        ok(KmtIsPattern(Buffer, sizeof(Buffer)), "the read's data copied back at completion");
        ok_eq_ulong(KmtIo.LogCount, 4);
        ok(KmtIo.LogCount >= 3 && KmtIo.Log[2].What == 'd' && KmtIo.Log[3].What == 'c', "the DPC, then the filter");
        ok_eq_bool(KmtIo.Log[3].PendingReturned, TRUE);
        ok_eq_long(KmtIo.Log[3].Irql, DISPATCH_LEVEL);
        ok_eq_ulong(KmtIo.ByteOffset.LowPart, 512);
        ok(IsListEmpty(&PsGetCurrentThread()->IrpList), "the completed IRP left the thread's list");
    }

    //
    // The same with no boost: the waiter keeps its priority.
    //

    KmtIoReset(KmtPendFromDpc, KmtFilterSkip, STATUS_SUCCESS, 0);
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_WRITE, KmtIo.FilterDevice, Buffer, 4, NULL, &Event, &IoStatus);
    if (Irp != NULL) {
        ok_eq_hex(KmtWaitIo(IoCallDriver(KmtIo.FilterDevice, Irp), &Event, &IoStatus), STATUS_SUCCESS);
        ok_eq_long(KeQueryPriorityThread(Self), 8);
    }
}

static ULONG KmtApcCalls;
static PVOID KmtApcContext;
static PIO_STATUS_BLOCK KmtApcIoStatus;
static KIRQL KmtApcIrql;
static PETHREAD KmtApcThread;

static
VOID
NTAPI
KmtIoApcRoutine(
    IN PVOID ApcContext,
    IN PIO_STATUS_BLOCK IoStatusBlock,
    IN ULONG Reserved
    )
{
    UNREFERENCED_PARAMETER(Reserved);

    KmtApcCalls += 1;
    KmtApcContext = ApcContext;
    KmtApcIoStatus = IoStatusBlock;
    KmtApcIrql = KeGetCurrentIrql();
    KmtApcThread = PsGetCurrentThread();
}

static
NTSTATUS
KmtIoctl(
    IN ULONG Code,
    IN PVOID Input,
    IN ULONG InputLength,
    IN PVOID Output,
    IN ULONG OutputLength,
    OUT PIO_STATUS_BLOCK IoStatus
    )
{
    KEVENT Event;
    PIRP Irp;

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp = IoBuildDeviceIoControlRequest(Code, KmtIo.Direct, Input, InputLength, Output, OutputLength, FALSE, &Event,
                                        IoStatus);
    if (Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    return KmtWaitIo(IoCallDriver(KmtIo.Direct, Irp), &Event, IoStatus);
}

START_TEST(IoBuffer)
{
    UCHAR Input[16];
    UCHAR Output[32];
    UCHAR Data[64];
    IO_STATUS_BLOCK IoStatus;
    KEVENT Event;
    PIRP Irp;
    PUCHAR Paged;

    if (KmtIo.FilterDevice == NULL) {
        ok(FALSE, "the test drivers are not loaded");
        return;
    }

    //
    // CTL_CODE and the method's bits.
    //

    ok_eq_hex(KMT_IOCTL_BUFFERED, 0x00222000);
    ok_eq_hex(KMT_IOCTL_NEITHER, 0x0022600F);
    ok_eq_ulong(METHOD_FROM_CTL_CODE(KMT_IOCTL_OUT_DIRECT), METHOD_OUT_DIRECT);
    ok_eq_ulong(DEVICE_TYPE_FROM_CTL_CODE(KMT_IOCTL_IN_DIRECT), FILE_DEVICE_UNKNOWN);

    //
    // METHOD_BUFFERED: one system buffer for both directions; Information bytes copied back.
    //

    KmtFill(Input, sizeof(Input), 1);
    RtlZeroMemory(Output, sizeof(Output));
    KmtIoReset(KmtCompleteNow, KmtFilterSkip, STATUS_SUCCESS, 20);
    ok_eq_hex(KmtIoctl(KMT_IOCTL_BUFFERED, Input, sizeof(Input), Output, sizeof(Output), &IoStatus), STATUS_SUCCESS);
    ok_eq_ulong(KmtIo.MajorFunction, IRP_MJ_DEVICE_CONTROL);
    ok_eq_hex(KmtIo.IoControlCode, KMT_IOCTL_BUFFERED);
    ok_eq_ulong(KmtIo.InputBufferLength, sizeof(Input));
    ok_eq_ulong(KmtIo.OutputBufferLength, sizeof(Output));
    ok(KmtIo.SystemBuffer != NULL && KmtIo.SystemBuffer != Input && KmtIo.SystemBuffer != Output,
       "a system buffer of its own");
    ok(RtlEqualMemory(KmtIo.InputSeen, Input, sizeof(Input)), "the input copied into the system buffer");
    ok_eq_pointer(KmtIo.UserBuffer, Output);
    ok_eq_pointer(KmtIo.MdlAddress, NULL);
    ok(KmtIo.InThreadList, "an IOCTL request is in its thread's IRP list");
    ok_eq_ulong(IoStatus.Information, 20);
    ok(KmtIsPattern(Output, 20), "Information bytes of output copied back");
    ok_eq_ulong(Output[20], 0);

    //
    // A failed METHOD_BUFFERED request copies nothing back.
    //

    RtlZeroMemory(Output, sizeof(Output));
    KmtIoReset(KmtCompleteNow, KmtFilterSkip, STATUS_INVALID_PARAMETER, 8);
    ok_eq_hex(KmtIoctl(KMT_IOCTL_BUFFERED, Input, sizeof(Input), Output, sizeof(Output), &IoStatus),
              STATUS_INVALID_PARAMETER);
    ok_eq_ulong(Output[0], 0);

    //
    // METHOD_IN_DIRECT: the input buffered, the output buffer described by a locked MDL the device reads.
    //

    KmtFill(Output, sizeof(Output), 0x40);
    KmtIoReset(KmtCompleteNow, KmtFilterSkip, STATUS_SUCCESS, 0);
    ok_eq_hex(KmtIoctl(KMT_IOCTL_IN_DIRECT, Input, sizeof(Input), Output, sizeof(Output), &IoStatus), STATUS_SUCCESS);
    ok(KmtIo.SystemBuffer != NULL && RtlEqualMemory(KmtIo.InputSeen, Input, sizeof(Input)), "the input buffered");
    ok(KmtIo.MdlAddress != NULL, "an MDL for the output buffer");
    ok_eq_pointer(KmtIo.MdlVirtualAddress, Output);
    ok_eq_ulong(KmtIo.MdlByteCount, sizeof(Output));
    ok((KmtIo.MdlFlags & MDL_PAGES_LOCKED) != 0, "its pages locked");
    ok((KmtIo.MdlFlags & MDL_WRITE_OPERATION) == 0, "for the device to read");
    ok_eq_ulong(KmtIo.MdlSeen[0], 0x40);
    ok_eq_ulong(KmtIo.MdlSeen[15], 0x4F);

    //
    // METHOD_OUT_DIRECT: the device writes through the MDL.
    //

    RtlZeroMemory(Output, sizeof(Output));
    KmtIoReset(KmtCompleteNow, KmtFilterSkip, STATUS_SUCCESS, sizeof(Output));
    ok_eq_hex(KmtIoctl(KMT_IOCTL_OUT_DIRECT, NULL, 0, Output, sizeof(Output), &IoStatus), STATUS_SUCCESS);
    ok_eq_pointer(KmtIo.SystemBuffer, NULL);
    ok((KmtIo.MdlFlags & (MDL_PAGES_LOCKED | MDL_WRITE_OPERATION)) == (MDL_PAGES_LOCKED | MDL_WRITE_OPERATION),
       "locked for the device to write");
    ok(KmtIsPattern(Output, sizeof(Output)), "the device's output in the caller's buffer");

    //
    // METHOD_NEITHER: the caller's own addresses.
    //

    RtlZeroMemory(Output, sizeof(Output));
    KmtIoReset(KmtCompleteNow, KmtFilterSkip, STATUS_SUCCESS, 4);
    ok_eq_hex(KmtIoctl(KMT_IOCTL_NEITHER, Input, sizeof(Input), Output, 4, &IoStatus), STATUS_SUCCESS);
    ok_eq_pointer(KmtIo.Type3InputBuffer, Input);
    ok_eq_pointer(KmtIo.UserBuffer, Output);
    ok_eq_pointer(KmtIo.SystemBuffer, NULL);
    ok_eq_pointer(KmtIo.MdlAddress, NULL);
    ok(KmtIsPattern(Output, 4) && Output[4] == 0, "written where the caller said");

    //
    // A buffered write: the data copied into a system buffer.
    //

    KmtFill(Data, sizeof(Data), 0x10);
    KmtIoReset(KmtCompleteNow, KmtFilterSkip, STATUS_SUCCESS, sizeof(Data));
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_WRITE, KmtIo.FilterDevice, Data, sizeof(Data), NULL, &Event, &IoStatus);
    if (Irp != NULL) {
        ok_eq_hex(KmtWaitIo(IoCallDriver(KmtIo.FilterDevice, Irp), &Event, &IoStatus), STATUS_SUCCESS);
        ok(KmtIo.SystemBuffer != NULL && KmtIo.SystemBuffer != Data, "a system buffer");
        ok_eq_hex(KmtIo.Flags & (IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER | IRP_INPUT_OPERATION),
                  IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER);
        ok(RtlEqualMemory(KmtIo.InputSeen, Data, 16), "holding the data");
        ok_eq_ulong(KmtIo.Length, sizeof(Data));
    }

    //
    // A buffered read that fails: nothing copied back.
    //

    RtlZeroMemory(Data, sizeof(Data));
    KmtIoReset(KmtCompleteNow, KmtFilterSkip, STATUS_END_OF_FILE, sizeof(Data));
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, KmtIo.FilterDevice, Data, sizeof(Data), NULL, &Event, &IoStatus);
    if (Irp != NULL) {
        ok_eq_hex(KmtWaitIo(IoCallDriver(KmtIo.FilterDevice, Irp), &Event, &IoStatus), STATUS_END_OF_FILE);
        ok_eq_hex(KmtIo.Flags & (IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER | IRP_INPUT_OPERATION),
                  IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER | IRP_INPUT_OPERATION);
        ok_eq_pointer(KmtIo.UserBuffer, Data);
        ok_eq_ulong(Data[0], 0);
    }

    //
    // Direct I/O: a read into a buffer of paged pool crossing a page boundary, through a locked MDL.
    //

    Paged = ExAllocatePoolWithTag(PagedPool, 2 * PAGE_SIZE, 'tsoI');
    if (Paged != NULL) {
        KmtIoReset(KmtCompleteNow, KmtFilterSkip, STATUS_SUCCESS, 256);
        KeInitializeEvent(&Event, NotificationEvent, FALSE);
        RtlZeroMemory(Paged, 2 * PAGE_SIZE);
        Irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, KmtIo.Direct, Paged + PAGE_SIZE - 100, 256, NULL, &Event,
                                           &IoStatus);
        if (Irp != NULL) {
            ok_eq_hex(KmtWaitIo(IoCallDriver(KmtIo.Direct, Irp), &Event, &IoStatus), STATUS_SUCCESS);
            ok(KmtIo.MdlAddress != NULL && KmtIo.SystemBuffer == NULL, "an MDL, no system buffer");
            ok_eq_pointer(KmtIo.MdlVirtualAddress, Paged + PAGE_SIZE - 100);
            ok_eq_ulong(KmtIo.MdlByteCount, 256);
            ok((KmtIo.MdlFlags & (MDL_PAGES_LOCKED | MDL_WRITE_OPERATION)) == (MDL_PAGES_LOCKED | MDL_WRITE_OPERATION),
               "locked for the device to write");
            ok(KmtIsPattern(Paged + PAGE_SIZE - 100, 256), "the data in the caller's buffer");
            ok_eq_ulong(Paged[PAGE_SIZE + 156], 0);
        }
        ExFreePoolWithTag(Paged, 'tsoI');
    }

    //
    // The APC completion form: the caller's routine runs in its thread at PASSIVE_LEVEL with its context and
    // status block, after the status block is written.
    //

    KmtApcCalls = 0;
    KmtIoReset(KmtPendFromDpc, KmtFilterSkip, STATUS_SUCCESS, 3);
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_WRITE, KmtIo.Direct, Data, 3, NULL, &Event, &IoStatus);
    if (Irp != NULL) {
        Irp->Overlay.AsynchronousParameters.UserApcRoutine = KmtIoApcRoutine;
        Irp->Overlay.AsynchronousParameters.UserApcContext = (PVOID)0xABC;
        ok_eq_hex(KmtWaitIo(IoCallDriver(KmtIo.Direct, Irp), &Event, &IoStatus), STATUS_SUCCESS);
        ok_eq_ulong(KmtApcCalls, 1);
        ok_eq_pointer(KmtApcContext, (PVOID)0xABC);
        ok_eq_pointer(KmtApcIoStatus, &IoStatus);
        ok_eq_long(KmtApcIrql, PASSIVE_LEVEL);
        ok_eq_pointer(KmtApcThread, PsGetCurrentThread());
    }
    ok(IoBuildAsynchronousFsdRequest(IRP_MJ_DEVICE_CONTROL, KmtIo.Direct, NULL, 0, NULL, NULL) == NULL,
       "an FSD request of another major function");
}

static ULONG KmtAsyncCalls;
static PIRP KmtAsyncIrp;

static
NTSTATUS
NTAPI
KmtAsyncCompletion(
    IN PDEVICE_OBJECT DeviceObject,
    IN PIRP Irp,
    IN PVOID Context
    )

/*++

Routine Description:

    The completion routine of an asynchronous request, as the DDK prescribes: it releases what the request
    holds (the MDL) and frees the IRP, stopping the completion.

--*/

{
    UNREFERENCED_PARAMETER(DeviceObject);

    KmtAsyncCalls += 1;
    KmtAsyncIrp = Irp;
    if (Irp->MdlAddress != NULL) {
        MmUnlockPages(Irp->MdlAddress);
        IoFreeMdl(Irp->MdlAddress);
        Irp->MdlAddress = NULL;
    }
    IoFreeIrp(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static
VOID
NTAPI
KmtLeaveIoPending(
    IN PVOID Context
    )

/*++

Routine Description:

    A system thread that sends a read and ends without waiting for it; its event and status block are on
    its own stack, which goes with it.

--*/

{
    IO_STATUS_BLOCK IoStatus;
    KEVENT Event;
    UCHAR Data[8];
    PIRP Irp;

    UNREFERENCED_PARAMETER(Context);

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    IoStatus.Status = KMT_MARK_STATUS;
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, KmtIo.Buffered, Data, sizeof(Data), NULL, &Event, &IoStatus);
    if (Irp != NULL) {
        KmtIo.Status = IoCallDriver(KmtIo.Buffered, Irp);
    }
    PsTerminateSystemThread(STATUS_SUCCESS);
}

static
NTSTATUS
KmtRunAndWait(
    IN PKSTART_ROUTINE Routine
    )
{
    PVOID ThreadObject;
    HANDLE Handle;
    NTSTATUS Status;

    Status = PsCreateSystemThread(&Handle, THREAD_ALL_ACCESS, NULL, NULL, NULL, Routine, NULL);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = ObReferenceObjectByHandle(Handle, SYNCHRONIZE, *PsThreadType, KernelMode, &ThreadObject, NULL);
    ZwClose(Handle);
    if (NT_SUCCESS(Status)) {
        KeWaitForSingleObject(ThreadObject, Executive, KernelMode, FALSE, NULL);
        ObDereferenceObject(ThreadObject);
    }
    return Status;
}

static
VOID
KmtCheckThreadEndsWithIoPending(
    VOID
    )

/*++

Routine Description:

    A thread that ends with a request in progress: a cancellable one is cancelled as it ends (the driver's
    cancel routine runs once); one the driver holds without a cancel routine is disassociated from the
    ended thread, so completing it later touches nothing of the thread's stack and frees the IRP.

--*/

{
    PIRP Held;

    KmtIoReset(KmtPendCancelable, KmtFilterSkip, STATUS_SUCCESS, 0);
    ok_eq_hex(KmtRunAndWait(KmtLeaveIoPending), STATUS_SUCCESS);
    ok_eq_hex(KmtIo.Status, STATUS_PENDING);
    ok_eq_ulong(KmtIo.CancelCalls, 1);

    KmtIoReset(KmtPendHeld, KmtFilterSkip, STATUS_SUCCESS, 0);
    ok_eq_hex(KmtRunAndWait(KmtLeaveIoPending), STATUS_SUCCESS);
    Held = KmtIo.PendingIrp;
    ok(Held != NULL && Held->Cancel, "the held request was cancelled, to no effect");
    if (Held != NULL) {
        ok(Held->Tail.Overlay.Thread == NULL && Held->UserIosb == NULL && Held->UserEvent == NULL && IsListEmpty(&Held->ThreadListEntry),
           "and disassociated from the ended thread");
        Held->IoStatus.Status = STATUS_SUCCESS;
        Held->IoStatus.Information = 8;
        IoCompleteRequest(Held, IO_NO_INCREMENT);
    }
}

START_TEST(IoCancel)
{
    PIRP Irp;
    KEVENT Event;
    IO_STATUS_BLOCK IoStatus;
    UCHAR Data[8];
    KIRQL Irql;
    NTSTATUS Status;

    if (KmtIo.FilterDevice == NULL) {
        ok(FALSE, "the test drivers are not loaded");
        return;
    }

    //
    // The cancel spin lock raises to DISPATCH_LEVEL.
    //

    IoAcquireCancelSpinLock(&Irql);
    ok_eq_long(KeGetCurrentIrql(), DISPATCH_LEVEL);
    ok_eq_long(Irql, PASSIVE_LEVEL);
    IoReleaseCancelSpinLock(Irql);
    ok_eq_long(KeGetCurrentIrql(), PASSIVE_LEVEL);

    //
    // An IRP with no cancel routine: FALSE, but marked cancelled; a driver that sees the mark completes it
    // with STATUS_CANCELLED at once.
    //

    Irp = IoAllocateIrp(1, FALSE);
    if (Irp != NULL) {
        ok_eq_bool(IoCancelIrp(Irp), FALSE);
        ok_eq_bool(Irp->Cancel, TRUE);
        ok_eq_pointer(IoSetCancelRoutine(Irp, (PDRIVER_CANCEL)KmtAsyncCompletion), NULL);
        ok_eq_pointer(IoSetCancelRoutine(Irp, NULL), (PVOID)KmtAsyncCompletion);
        IoFreeIrp(Irp);
    }
    KmtIoReset(KmtPendCancelable, KmtFilterSkip, STATUS_SUCCESS, 0);
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, KmtIo.Direct, Data, sizeof(Data), NULL, &Event, &IoStatus);
    if (Irp != NULL) {
        ok_eq_bool(IoCancelIrp(Irp), FALSE);
        ok_eq_hex(KmtWaitIo(IoCallDriver(KmtIo.Direct, Irp), &Event, &IoStatus), STATUS_CANCELLED);
        ok_eq_hex(IoStatus.Status, STATUS_CANCELLED);
        ok_eq_ulong(KmtIo.CancelCalls, 0);
    }

    //
    // A pending IRP with a cancel routine, through the filter: IoCancelIrp calls the routine once, at
    // DISPATCH_LEVEL with the cancel spin lock held and the routine taken off the IRP; the request completes
    // with STATUS_CANCELLED and the filter's routine (InvokeOnCancel) sees the IRP cancelled.
    //

    KmtIoReset(KmtPendCancelable, KmtFilterCopy, STATUS_SUCCESS, 0);
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    IoStatus.Status = KMT_MARK_STATUS;
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, KmtIo.FilterDevice, Data, sizeof(Data), NULL, &Event, &IoStatus);
    if (Irp != NULL) {
        Status = IoCallDriver(KmtIo.FilterDevice, Irp);
        ok_eq_hex(Status, STATUS_PENDING);
        ok_eq_pointer(KmtIo.PendingIrp, Irp);
        ok(Irp->CancelRoutine != NULL, "the driver set its cancel routine");
        ok_eq_hex(IoStatus.Status, KMT_MARK_STATUS);
        ok_eq_bool(IoCancelIrp(Irp), TRUE);
        ok_eq_hex(KmtWaitIo(Status, &Event, &IoStatus), STATUS_CANCELLED);
        ok_eq_ulong(KmtIo.CancelCalls, 1);
        ok_eq_long(KmtIo.CancelIrql, DISPATCH_LEVEL);
        ok_eq_bool(KmtIo.CancelLockHeld, TRUE);
        ok_eq_bool(KmtIo.CancelFlagSeen, TRUE);
        ok_eq_bool(KmtIo.CancelRoutineCleared, TRUE);
        ok_eq_pointer(KmtIo.CancelDevice, KmtIo.Buffered);
        ok_eq_long(KeGetCurrentIrql(), PASSIVE_LEVEL);
        ok_eq_ulong(IoStatus.Information, 0);
        ok(KmtIo.LogCount == 3 && KmtIo.Log[2].What == 'c', "the filter's routine ran");
        ok_eq_bool(KmtIo.Log[2].PendingReturned, TRUE);

        //
        // The cancel routine completed the IRP after giving the lock back: at the canceller's IRQL.
        //

        ok_eq_long(KmtIo.Log[2].Irql, PASSIVE_LEVEL);
    }

    //
    // An asynchronous request whose completion routine frees the IRP.
    //

    KmtAsyncCalls = 0;
    KmtIoReset(KmtPendFromDpc, KmtFilterSkip, STATUS_SUCCESS, sizeof(Data));
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp = IoBuildAsynchronousFsdRequest(IRP_MJ_WRITE, KmtIo.Direct, Data, sizeof(Data), NULL, NULL);
    ok(Irp != NULL, "IoBuildAsynchronousFsdRequest");
    if (Irp != NULL) {
        ok(Irp->MdlAddress != NULL, "a direct device's write has an MDL");
        ok(IsListEmpty(&Irp->ThreadListEntry), "an asynchronous request is in no thread's list");
        IoSetCompletionRoutine(Irp, KmtAsyncCompletion, &Event, TRUE, TRUE, TRUE);
        ok_eq_hex(IoCallDriver(KmtIo.Direct, Irp), STATUS_PENDING);
        KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
        ok_eq_ulong(KmtAsyncCalls, 1);
        ok_eq_pointer(KmtAsyncIrp, Irp);
    }

    KmtCheckThreadEndsWithIoPending();
}

START_TEST(IoFile)
{
    UNICODE_STRING Name;
    UNICODE_STRING Link;
    PFILE_OBJECT FileObject = NULL;
    PFILE_OBJECT Second = NULL;
    PDEVICE_OBJECT DeviceObject = NULL;
    PDEVICE_OBJECT Found = NULL;
    PDEVICE_OBJECT Exclusive = NULL;
    ULONG Creates;
    ULONG Cleanups;
    ULONG Closes;
    ULONG FilterCreates;
    LONG Count;
    NTSTATUS Status;

    if (KmtIo.FilterDevice == NULL) {
        ok(FALSE, "the test drivers are not loaded");
        return;
    }

    //
    // IoGetDeviceObjectPointer: the top of the stack and a file object on the named device; the stack saw
    // the create and, the handle closed, the cleanup; the close comes with the last reference.
    //

    KmtIoReset(KmtCompleteNow, KmtFilterSkip, STATUS_SUCCESS, 0);
    Creates = KmtIo.Creates;
    Cleanups = KmtIo.Cleanups;
    Closes = KmtIo.Closes;
    FilterCreates = KmtIo.FilterCreates;
    RtlInitUnicodeString(&Name, KMT_IO_BUFFERED_NAME);
    Status = IoGetDeviceObjectPointer(&Name, FILE_READ_DATA, &FileObject, &DeviceObject);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_pointer(DeviceObject, KmtIo.FilterDevice);
        ok_eq_long(FileObject->Type, IO_TYPE_FILE);
        ok_eq_pointer(FileObject->DeviceObject, KmtIo.Buffered);
        ok_eq_pointer(IoGetRelatedDeviceObject(FileObject), KmtIo.FilterDevice);
        ok_eq_ulong(KmtIo.Creates, Creates + 1);
        ok_eq_ulong(KmtIo.FilterCreates, FilterCreates + 1);
        ok_eq_ulong(KmtIo.Cleanups, Cleanups + 1);
        ok_eq_ulong(KmtIo.Closes, Closes);
        ok_eq_pointer(KmtIo.FileObject, FileObject);
        ok_eq_ulong(KmtIo.CreateOptions >> 24, FILE_OPEN);
        ok_eq_long(KmtIo.Buffered->ReferenceCount, 1);
        ok_eq_long(OBJECT_TO_OBJECT_HEADER(FileObject)->HandleCount, 0);
        ObDereferenceObject(FileObject);
        ok_eq_ulong(KmtIo.Closes, Closes + 1);
        ok_eq_ulong(KmtIo.MajorFunction, IRP_MJ_CLOSE);
        ok_eq_long(KmtIo.Buffered->ReferenceCount, 0);
    }

    //
    // Bad names: none there, or no device.
    //

    RtlInitUnicodeString(&Name, L"\\Device\\KmtIoNoSuchDevice");
    FileObject = (PFILE_OBJECT)1;
    ok_eq_hex(IoGetDeviceObjectPointer(&Name, FILE_READ_DATA, &FileObject, &DeviceObject), STATUS_OBJECT_NAME_NOT_FOUND);
    ok_eq_pointer(FileObject, NULL);
    ok_eq_pointer(DeviceObject, NULL);
    RtlInitUnicodeString(&Name, L"\\Driver\\KmtIoDriver");
    ok_eq_hex(IoGetDeviceObjectPointer(&Name, FILE_READ_DATA, &FileObject, &DeviceObject), STATUS_OBJECT_TYPE_MISMATCH);

    //
    // A create the driver fails: no file object, no cleanup or close.
    //

    KmtIo.CreateStatus = STATUS_ACCESS_DENIED;
    Creates = KmtIo.Creates;
    Closes = KmtIo.Closes;
    Cleanups = KmtIo.Cleanups;
    RtlInitUnicodeString(&Name, KMT_IO_DIRECT_NAME);
    ok_eq_hex(IoGetDeviceObjectPointer(&Name, FILE_READ_DATA, &FileObject, &DeviceObject), STATUS_ACCESS_DENIED);
    ok_eq_ulong(KmtIo.Creates, Creates + 1);
    ok_eq_ulong(KmtIo.Cleanups, Cleanups);
    ok_eq_ulong(KmtIo.Closes, Closes);
    ok_eq_long(KmtIo.Direct->ReferenceCount, 0);
    KmtIo.CreateStatus = STATUS_SUCCESS;

    //
    // A symbolic link in \DosDevices resolves to the device.
    //

    RtlInitUnicodeString(&Link, L"\\DosDevices\\KmtIo");
    RtlInitUnicodeString(&Name, KMT_IO_DIRECT_NAME);
    ok_eq_hex(IoCreateSymbolicLink(&Link, &Name), STATUS_SUCCESS);
    ok_eq_hex(IoCreateSymbolicLink(&Link, &Name), STATUS_OBJECT_NAME_COLLISION);
    ok_eq_hex(ObReferenceObjectByName(&Link, OBJ_CASE_INSENSITIVE, NULL, 0, *IoDeviceObjectType, KernelMode, NULL,
                                      (PVOID *)&Found), STATUS_SUCCESS);
    ok_eq_pointer(Found, KmtIo.Direct);
    if (Found != NULL) {
        ObDereferenceObject(Found);
    }
    RtlInitUnicodeString(&Link, L"\\DosDevices\\KMTIO");
    Status = IoGetDeviceObjectPointer(&Link, FILE_READ_DATA, &FileObject, &DeviceObject);
    ok_eq_hex(Status, STATUS_SUCCESS);
    if (NT_SUCCESS(Status)) {
        ok_eq_pointer(DeviceObject, KmtIo.Direct);
        ObDereferenceObject(FileObject);
    }
    ok_eq_hex(IoDeleteSymbolicLink(&Link), STATUS_SUCCESS);
    ok_eq_hex(ObReferenceObjectByName(&Link, OBJ_CASE_INSENSITIVE, NULL, 0, *IoDeviceObjectType, KernelMode, NULL,
                                      (PVOID *)&Found), STATUS_OBJECT_NAME_NOT_FOUND);
    ok_eq_hex(IoDeleteSymbolicLink(&Link), STATUS_OBJECT_NAME_NOT_FOUND);

    //
    // An exclusive device opens once at a time; one still initialising not at all.
    //

    RtlInitUnicodeString(&Name, L"\\Device\\KmtIoExclusive");
    ok_eq_hex(IoCreateDevice(KmtIo.Driver, 0, &Name, FILE_DEVICE_UNKNOWN, 0, TRUE, &Exclusive), STATUS_SUCCESS);
    if (Exclusive != NULL) {
        ok_eq_hex(IoGetDeviceObjectPointer(&Name, FILE_READ_DATA, &FileObject, &DeviceObject), STATUS_NO_SUCH_DEVICE);
        Exclusive->Flags &= ~DO_DEVICE_INITIALIZING;
        ok_eq_hex(IoGetDeviceObjectPointer(&Name, FILE_READ_DATA, &FileObject, &DeviceObject), STATUS_SUCCESS);
        ok_eq_hex(IoGetDeviceObjectPointer(&Name, FILE_READ_DATA, &Second, &DeviceObject), STATUS_ACCESS_DENIED);

        //
        // Deleting a device that is open: its name goes at once, the object stays until the file object
        // goes, which still sends its close.
        //

        Count = KmtPointerCount(Exclusive);
        Closes = KmtIo.Closes;
        IoDeleteDevice(Exclusive);
        ok_eq_long(KmtPointerCount(Exclusive), Count - 2);
        ok_eq_hex(ObReferenceObjectByName(&Name, OBJ_CASE_INSENSITIVE, NULL, 0, *IoDeviceObjectType, KernelMode, NULL,
                                          (PVOID *)&Found), STATUS_OBJECT_NAME_NOT_FOUND);
        ok((Exclusive->DeviceObjectExtension->ExtensionFlags & DOE_DELETE_PENDING) != 0, "delete pending");
        ok_eq_pointer(IoAttachDeviceToDeviceStack(KmtIo.Direct, Exclusive), NULL);
        ObDereferenceObject(FileObject);
        ok_eq_ulong(KmtIo.Closes, Closes + 1);
    }

    //
    // Unloading: the filter detaches and deletes its device, the driver deletes its devices; their names go.
    //

    KmtIoUnloadDrivers();
    ok_eq_ulong(KmtIo.Unloads, 1);
    RtlInitUnicodeString(&Name, KMT_IO_BUFFERED_NAME);
    ok_eq_hex(ObReferenceObjectByName(&Name, OBJ_CASE_INSENSITIVE, NULL, 0, *IoDeviceObjectType, KernelMode, NULL,
                                      (PVOID *)&Found), STATUS_OBJECT_NAME_NOT_FOUND);
    RtlInitUnicodeString(&Name, KMT_IO_DRIVER_NAME);
    ok_eq_hex(ObReferenceObjectByName(&Name, OBJ_CASE_INSENSITIVE, NULL, 0, *IoDriverObjectType, KernelMode, NULL,
                                      (PVOID *)&Found), STATUS_OBJECT_NAME_NOT_FOUND);
}

typedef struct _KMT_TIMER_LOG {
    ULONG Calls;
    KIRQL Irql;
    PDEVICE_OBJECT DeviceObject;
    PVOID Context;
} KMT_TIMER_LOG;

static KMT_TIMER_LOG KmtTimerLog;

static
VOID
NTAPI
KmtTimerRoutine(
    IN PDEVICE_OBJECT DeviceObject,
    IN PVOID Context
    )
{
    KmtTimerLog.Calls += 1;
    KmtTimerLog.Irql = KeGetCurrentIrql();
    KmtTimerLog.DeviceObject = DeviceObject;
    KmtTimerLog.Context = Context;
}

static
VOID
KmtSleep(
    IN ULONG Milliseconds
    )
{
    LARGE_INTEGER Interval;

    Interval.QuadPart = -(LONGLONG)Milliseconds * 10000;
    KeDelayExecutionThread(KernelMode, FALSE, &Interval);
}

START_TEST(IoTimer)
{
    UNICODE_STRING Name;
    PDRIVER_OBJECT Driver;
    PDEVICE_OBJECT Device = NULL;

    KmtSpareDriver = NULL;
    RtlInitUnicodeString(&Name, L"\\Driver\\KmtIoTimer");
    ok_eq_hex(IoCreateDriver(&Name, KmtSpareEntry), STATUS_SUCCESS);
    Driver = KmtSpareDriver;
    if (Driver == NULL) {
        return;
    }
    ok_eq_hex(IoCreateDevice(Driver, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &Device), STATUS_SUCCESS);
    if (Device != NULL) {
        RtlZeroMemory(&KmtTimerLog, sizeof(KmtTimerLog));
        ok_eq_hex(IoInitializeTimer(Device, KmtTimerRoutine, (PVOID)0x77), STATUS_SUCCESS);
        ok(Device->Timer != NULL, "the device has its timer");
        KmtSleep(1500);
        ok_eq_ulong(KmtTimerLog.Calls, 0);
        IoStartTimer(Device);
        KmtSleep(3500);
        ok_eq_ulong(KmtTimerLog.Calls, 3);
        ok_eq_long(KmtTimerLog.Irql, DISPATCH_LEVEL);
        ok_eq_pointer(KmtTimerLog.DeviceObject, Device);
        ok_eq_pointer(KmtTimerLog.Context, (PVOID)0x77);
        IoStopTimer(Device);
        KmtSleep(2000);
        ok_eq_ulong(KmtTimerLog.Calls, 3);
        IoStartTimer(Device);
        IoDeleteDevice(Device);
        KmtSleep(2000);
        ok_eq_ulong(KmtTimerLog.Calls, 3);
    }
    IoDeleteDriver(Driver);
}
