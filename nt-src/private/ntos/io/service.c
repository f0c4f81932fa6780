/*++

Module Name:

    service.c

Abstract:

    The path every file service (ZwReadFile, ZwQueryInformationFile, ZwDeviceIoControlFile...) shares: the
    handle's file object referenced with the handle's access checked, the caller's event referenced and
    cleared, a synchronous file's lock taken (its requests run one at a time, which keeps its current
    position), an IRP for the file's related device, sent and waited for. A kernel caller's request is
    complete when the service returns: its status block is written and its event set then, and its APC
    routine, if it gave one, queued to it as a user APC: it runs in the caller's next alertable user-mode
    wait (KeDelayExecutionThread or KeWaitForXxx with UserMode and Alertable TRUE), as the completion routine
    of an NtReadFile caller runs in its alertable waits.

--*/

#include <io.h>

NTSTATUS
IopBeginFileRequest(
    IN HANDLE FileHandle,
    IN HANDLE Event OPTIONAL,
    IN PIO_APC_ROUTINE ApcRoutine OPTIONAL,
    IN PVOID ApcContext OPTIONAL,
    IN PIO_STATUS_BLOCK IoStatusBlock OPTIONAL,
    IN ACCESS_MASK RequiredAccess,
    OUT PIOP_FILE_REQUEST Request
    )

/*++

Routine Description:

    Starts a request on FileHandle: the file object referenced, Event's object referenced and cleared, a
    synchronous file's lock taken. Callable at PASSIVE_LEVEL.

Arguments:

    ApcRoutine, ApcContext, IoStatusBlock - The caller's completion APC and its arguments (IopEndFileRequest
        queues it).

    RequiredAccess - Access the handle must have been granted, any one of the bits (0: none).

Return Value:

    STATUS_INVALID_HANDLE (not a handle in use); STATUS_OBJECT_TYPE_MISMATCH (a handle to something that is
    no file, or an Event handle that is no event); STATUS_ACCESS_DENIED (the handle lacks the access);
    STATUS_INVALID_PARAMETER for an APC routine without a status block; STATUS_INSUFFICIENT_RESOURCES (no
    pool for its APC).

--*/

{
    OBJECT_HANDLE_INFORMATION Information;
    NTSTATUS Status;

    PAGED_CODE();

    RtlZeroMemory(Request, sizeof(IOP_FILE_REQUEST));
    if (ApcRoutine != NULL && IoStatusBlock == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    Request->ApcRoutine = ApcRoutine;
    Request->ApcContext = ApcContext;
    Request->IoStatusBlock = IoStatusBlock;
    Status = ObReferenceObjectByHandle(FileHandle, 0, IopFileObjectType, KernelMode, (PVOID *)&Request->FileObject,
                                       &Information);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Request->GrantedAccess = Information.GrantedAccess;
    if (RequiredAccess != 0 && (Information.GrantedAccess & RequiredAccess) == 0) {
        IopEndFileRequest(Request);
        return STATUS_ACCESS_DENIED;
    }
    if (Event != NULL) {
        Status = ObReferenceObjectByHandle(Event, EVENT_MODIFY_STATE, *ExEventObjectType, KernelMode,
                                           (PVOID *)&Request->UserEvent, NULL);
        if (!NT_SUCCESS(Status)) {
            IopEndFileRequest(Request);
            return Status;
        }
        KeClearEvent(Request->UserEvent);
    }
    if ((Request->FileObject->Flags & FO_SYNCHRONOUS_IO) != 0) {
        KeWaitForSingleObject(&Request->FileObject->Lock, Executive, KernelMode, FALSE, NULL);
        Request->Locked = TRUE;
    }
    if (ApcRoutine != NULL) {
        Request->Apc = ExAllocatePoolWithTag(NonPagedPool, sizeof(KAPC), IOP_APC_TAG);
        if (Request->Apc == NULL) {
            IopEndFileRequest(Request);
            return STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    return STATUS_SUCCESS;
}

NTSTATUS
IopAllocateFileIrp(
    IN OUT PIOP_FILE_REQUEST Request,
    IN UCHAR MajorFunction
    )

/*++

Routine Description:

    An IRP of MajorFunction for the request's file, sized for its related device's stack; Request->Stack
    is the stack location the caller fills.

--*/

{
    PIRP Irp;

    Irp = IoAllocateIrp(IoGetRelatedDeviceObject(Request->FileObject)->StackSize, FALSE);
    if (Irp == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Irp->RequestorMode = KernelMode;
    Irp->Tail.Overlay.OriginalFileObject = Request->FileObject;
    Request->Irp = Irp;
    Request->Stack = IoGetNextIrpStackLocation(Irp);
    Request->Stack->MajorFunction = MajorFunction;
    Request->Stack->FileObject = Request->FileObject;
    return STATUS_SUCCESS;
}

NTSTATUS
IopCallFileDriver(
    IN OUT PIOP_FILE_REQUEST Request,
    OUT PIO_STATUS_BLOCK IoStatusBlock
    )

/*++

Routine Description:

    Sends the request's IRP to the top of its file's related device stack and waits for its completion;
    the IRP is gone afterwards. The caller's status block is written and its event set.

Return Value:

    The request's final status.

--*/

{
    PDEVICE_OBJECT Top = IoGetRelatedDeviceObject(Request->FileObject);
    PIRP Irp = Request->Irp;
    KEVENT Event;
    IO_STATUS_BLOCK IoStatus;

    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Irp->UserEvent = &Event;
    Irp->UserIosb = &IoStatus;
    Irp->Flags |= IRP_SYNCHRONOUS_API;
    IoStatus.Status = STATUS_PENDING;
    IoStatus.Information = 0;
    Request->Irp = NULL;
    ObReferenceObject(Top);
    IopQueueThreadIrp(Irp);
    IoCallDriver(Top, Irp);
    KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
    ObDereferenceObject(Top);
    *IoStatusBlock = IoStatus;
    if (Request->UserEvent != NULL) {
        KeSetEvent(Request->UserEvent, IO_NO_INCREMENT, FALSE);
    }
    Request->Completed = TRUE;
    Request->Completion = IoStatus.Status;
    return IoStatus.Status;
}

static
VOID
NTAPI
IopFreeUserApc(
    IN PKAPC Apc,
    IN OUT PKNORMAL_ROUTINE *NormalRoutine,
    IN OUT PVOID *NormalContext,
    IN OUT PVOID *SystemArgument1,
    IN OUT PVOID *SystemArgument2
    )

/*++

Routine Description:

    The kernel routine of a caller's completion APC: the APC goes; the caller's routine runs next with the
    values Ke took from it.

--*/

{
    UNREFERENCED_PARAMETER(NormalRoutine);
    UNREFERENCED_PARAMETER(NormalContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    ExFreePoolWithTag(Apc, IOP_APC_TAG);
}

static
VOID
NTAPI
IopRundownUserApc(
    IN PKAPC Apc
    )
{
    ExFreePoolWithTag(Apc, IOP_APC_TAG);
}

static
VOID
IopQueueUserApc(
    IN PIOP_FILE_REQUEST Request
    )

/*++

Routine Description:

    Queues the caller's APC routine (its APC allocated when the request began) to the calling thread as a user
    APC, with its context, its status block and 0 (the routine's Reserved argument). A request that failed
    (NT_ERROR), or never reached its driver, gets none: the caller has its status from the service, as when a
    request fails before it is pending.

--*/

{
    PKAPC Apc = Request->Apc;

    if (Apc == NULL) {
        return;
    }
    Request->Apc = NULL;
    if (Request->Completed && !NT_ERROR(Request->Completion)) {
        KeInitializeApc(Apc, KeGetCurrentThread(), OriginalApcEnvironment, IopFreeUserApc, IopRundownUserApc,
                        (PKNORMAL_ROUTINE)Request->ApcRoutine, UserMode, Request->ApcContext);
        if (KeInsertQueueApc(Apc, Request->IoStatusBlock, NULL, IO_NO_INCREMENT)) {
            return;
        }
    }
    ExFreePoolWithTag(Apc, IOP_APC_TAG);
}

VOID
IopEndFileRequest(
    IN OUT PIOP_FILE_REQUEST Request
    )

/*++

Routine Description:

    Ends a request: an IRP never sent is freed, the lock released, the caller's APC queued, the references
    dropped.

--*/

{
    if (Request->Irp != NULL) {
        IopFreeUnsentIrp(Request->Irp);
        Request->Irp = NULL;
    }
    if (Request->Locked) {
        KeSetEvent(&Request->FileObject->Lock, IO_NO_INCREMENT, FALSE);
        Request->Locked = FALSE;
    }
    IopQueueUserApc(Request);
    if (Request->UserEvent != NULL) {
        ObDereferenceObject(Request->UserEvent);
        Request->UserEvent = NULL;
    }
    if (Request->FileObject != NULL) {
        ObDereferenceObject(Request->FileObject);
        Request->FileObject = NULL;
    }
}
