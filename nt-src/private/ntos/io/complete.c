/*++

Module Name:

    complete.c

Abstract:

    Completing an IRP (IoCompleteRequest). The stack locations are walked from the completing driver's up
    to the originator's: at each level the completion routine the level above set (IoSetCompletionRoutine,
    in the lower level's location) runs if its InvokeOn conditions hold, with the device object of the
    driver that set it (NULL for the originator's); STATUS_MORE_PROCESSING_REQUIRED stops the walk, and
    the driver that returned it completes the IRP again later or frees it. A level with no routine passes
    PendingReturned up by marking its caller's location pending, as the DDK describes.

    What is left is the originator's completion, which runs in the requesting thread as a special kernel
    APC (so that buffers of that thread's address space can be reached): buffered output is copied back,
    the system buffer and MDLs go, the caller's I/O status block is written and its event set, its APC
    routine queued, and the IRP freed. The APC carries the priority boost to a waiting requester. An IRP
    without a thread (one allocated where there is no ETHREAD) is finished in place.

--*/

#include <io.h>

static
VOID
IopCompleteRequest(
    IN PIRP Irp,
    IN PFILE_OBJECT FileObject OPTIONAL,
    IN KPRIORITY Increment,
    IN BOOLEAN InThread
    );

static
VOID
NTAPI
IopUserCompletion(
    IN PKAPC Apc,
    IN OUT PKNORMAL_ROUTINE *NormalRoutine,
    IN OUT PVOID *NormalContext,
    IN OUT PVOID *SystemArgument1,
    IN OUT PVOID *SystemArgument2
    )

/*++

Routine Description:

    The kernel routine of the caller's completion APC: frees the IRP the APC lives in. The caller's routine
    (the APC's normal routine) runs next with the values Ke took from the APC before.

--*/

{
    UNREFERENCED_PARAMETER(NormalRoutine);
    UNREFERENCED_PARAMETER(NormalContext);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    IoFreeIrp((PIRP)((PUCHAR)Apc - FIELD_OFFSET(IRP, Tail)));
}

static
VOID
NTAPI
IopUserRundown(
    IN PKAPC Apc
    )
{
    IoFreeIrp((PIRP)((PUCHAR)Apc - FIELD_OFFSET(IRP, Tail)));
}

static
VOID
NTAPI
IopCompletionApc(
    IN PKAPC Apc,
    IN OUT PKNORMAL_ROUTINE *NormalRoutine,
    IN OUT PVOID *NormalContext,
    IN OUT PVOID *SystemArgument1,
    IN OUT PVOID *SystemArgument2
    )

/*++

Routine Description:

    The special kernel APC that finishes an IRP in its requesting thread, at APC_LEVEL. SystemArgument1 is
    the IRP's file object (the APC overlays the field that held it).

--*/

{
    UNREFERENCED_PARAMETER(NormalRoutine);
    UNREFERENCED_PARAMETER(NormalContext);
    UNREFERENCED_PARAMETER(SystemArgument2);

    IopCompleteRequest((PIRP)((PUCHAR)Apc - FIELD_OFFSET(IRP, Tail)), (PFILE_OBJECT)*SystemArgument1, IO_NO_INCREMENT,
                       TRUE);
}

static
VOID
NTAPI
IopCompletionRundown(
    IN PKAPC Apc
    )

/*++

Routine Description:

    The requesting thread ended with the completion APC queued: the IRP is finished without it.

--*/

{
    IopCompleteRequest((PIRP)((PUCHAR)Apc - FIELD_OFFSET(IRP, Tail)), NULL, IO_NO_INCREMENT, FALSE);
}

static
VOID
IopCompleteRequest(
    IN PIRP Irp,
    IN PFILE_OBJECT FileObject OPTIONAL,
    IN KPRIORITY Increment,
    IN BOOLEAN InThread
    )

/*++

Routine Description:

    The originator's part of completing an IRP: buffered input copied to the caller's buffer (Information
    bytes, unless the request failed), the system buffer and the MDLs freed, the I/O status block written,
    the event set (with Increment: the boost when this is not the APC, which gave it already), the caller's
    APC routine queued to the thread, and the IRP freed.

--*/

{
    PMDL Mdl;
    PIO_APC_ROUTINE ApcRoutine;

    if ((Irp->Flags & IRP_BUFFERED_IO) != 0) {
        if ((Irp->Flags & IRP_INPUT_OPERATION) != 0 && !NT_ERROR(Irp->IoStatus.Status) && Irp->UserBuffer != NULL &&
            Irp->AssociatedIrp.SystemBuffer != NULL && Irp->IoStatus.Information != 0) {
            RtlCopyMemory(Irp->UserBuffer, Irp->AssociatedIrp.SystemBuffer, Irp->IoStatus.Information);
        }
        if ((Irp->Flags & IRP_DEALLOCATE_BUFFER) != 0 && Irp->AssociatedIrp.SystemBuffer != NULL) {
            ExFreePoolWithTag(Irp->AssociatedIrp.SystemBuffer, IOP_BUFFER_TAG);
        }
        Irp->AssociatedIrp.SystemBuffer = NULL;
        Irp->Flags &= ~(IRP_BUFFERED_IO | IRP_DEALLOCATE_BUFFER);
    }
    while ((Mdl = Irp->MdlAddress) != NULL) {
        Irp->MdlAddress = Mdl->Next;
        IoFreeMdl(Mdl);
    }
    if (Irp->UserIosb != NULL) {
        Irp->UserIosb->Status = Irp->IoStatus.Status;
        Irp->UserIosb->Information = Irp->IoStatus.Information;
    }
    if (Irp->UserEvent != NULL) {
        KeSetEvent(Irp->UserEvent, Increment, FALSE);
    } else if (FileObject != NULL) {
        FileObject->FinalStatus = Irp->IoStatus.Status;
        KeSetEvent(&FileObject->Event, Increment, FALSE);
    }
    if (!IsListEmpty(&Irp->ThreadListEntry)) {
        IopDequeueThreadIrp(Irp);
    }
    ApcRoutine = Irp->Overlay.AsynchronousParameters.UserApcRoutine;
    if (ApcRoutine != NULL && InThread) {
        KeInitializeApc(&Irp->Tail.Apc, KeGetCurrentThread(), OriginalApcEnvironment, IopUserCompletion, IopUserRundown,
                        (PKNORMAL_ROUTINE)ApcRoutine, Irp->RequestorMode, Irp->Overlay.AsynchronousParameters.UserApcContext);
        if (KeInsertQueueApc(&Irp->Tail.Apc, Irp->UserIosb, NULL, IO_NO_INCREMENT)) {
            return;
        }
    }
    IoFreeIrp(Irp);
}

static
VOID
IopCompleteAssociatedIrp(
    IN PIRP Irp,
    IN CCHAR PriorityBoost
    )

/*++

Routine Description:

    A part of a master IRP is done: it goes, with its MDLs (unlocked), and the master is completed with the
    status its driver set once its last part is done.

--*/

{
    PIRP Master = Irp->AssociatedIrp.MasterIrp;
    PMDL Mdl;
    PMDL Next;

    for (Mdl = Irp->MdlAddress; Mdl != NULL; Mdl = Next) {
        Next = Mdl->Next;
        if ((Mdl->MdlFlags & MDL_PAGES_LOCKED) != 0) {
            MmUnlockPages(Mdl);
        }
        IoFreeMdl(Mdl);
    }
    IoFreeIrp(Irp);
    if (InterlockedDecrement(&Master->AssociatedIrp.IrpCount) == 0) {
        IoCompleteRequest(Master, PriorityBoost);
    }
}

VOID
FASTCALL
IofCompleteRequest(
    IN PIRP Irp,
    IN CCHAR PriorityBoost
    )

/*++

Routine Description:

    Completes an IRP with the status its IoStatus holds (never STATUS_PENDING): the completion routines run
    from the completing level up, then the originator is told (see the module's description). Callable at
    DISPATCH_LEVEL or below. Completing an IRP that is complete already is MULTIPLE_IRP_COMPLETE_REQUESTS.

Arguments:

    PriorityBoost - What the requesting thread's priority is raised by when the completion ends its wait
        (IO_NO_INCREMENT, IO_DISK_INCREMENT, …).

--*/

{
    PIO_STACK_LOCATION Stack;
    PIO_COMPLETION_ROUTINE Routine;
    PVOID Context;
    UCHAR Control;
    PDEVICE_OBJECT DeviceObject;
    NTSTATUS Status;
    PETHREAD Thread;
    PFILE_OBJECT FileObject;
    PMDL Mdl;

    ASSERT(KeGetCurrentIrql() <= DISPATCH_LEVEL);

    if (Irp->Type != IO_TYPE_IRP || Irp->CurrentLocation > Irp->StackCount + 1) {
        KeBugCheckEx(MULTIPLE_IRP_COMPLETE_REQUESTS, (ULONG_PTR)Irp, 0, 0, 0);
    }
    ASSERT(Irp->IoStatus.Status != STATUS_PENDING);

    while (Irp->CurrentLocation <= Irp->StackCount) {
        Stack = IoGetCurrentIrpStackLocation(Irp);
        Irp->PendingReturned = (BOOLEAN)((Stack->Control & SL_PENDING_RETURNED) != 0);
        Routine = Stack->CompletionRoutine;
        Context = Stack->Context;
        Control = Stack->Control;

        //
        // The completing level is done with its location; the walk moves to the level above.
        //

        Stack->MinorFunction = 0;
        Stack->Flags = 0;
        Stack->Control = 0;
        Stack->CompletionRoutine = NULL;
        Stack->Context = NULL;
        IoSkipCurrentIrpStackLocation(Irp);

        if (Routine != NULL &&
            ((NT_SUCCESS(Irp->IoStatus.Status) && (Control & SL_INVOKE_ON_SUCCESS) != 0) ||
             (!NT_SUCCESS(Irp->IoStatus.Status) && (Control & SL_INVOKE_ON_ERROR) != 0) ||
             (Irp->Cancel && (Control & SL_INVOKE_ON_CANCEL) != 0))) {
            DeviceObject = Irp->CurrentLocation == Irp->StackCount + 1 ? NULL : IoGetCurrentIrpStackLocation(Irp)->DeviceObject;
            Status = Routine(DeviceObject, Irp, Context);
            if (Status == STATUS_MORE_PROCESSING_REQUIRED) {
                return;
            }
        } else if (Irp->PendingReturned && Irp->CurrentLocation <= Irp->StackCount) {
            IoMarkIrpPending(Irp);
        }
    }

    if ((Irp->Flags & IRP_ASSOCIATED_IRP) != 0) {
        IopCompleteAssociatedIrp(Irp, PriorityBoost);
        return;
    }

    //
    // The originator's turn. Locked pages are unlocked here, in whatever context completes the IRP; the rest
    // waits for the requesting thread.
    //

    for (Mdl = Irp->MdlAddress; Mdl != NULL; Mdl = Mdl->Next) {
        if ((Mdl->MdlFlags & MDL_PAGES_LOCKED) != 0) {
            MmUnlockPages(Mdl);
        }
    }
    Thread = Irp->Tail.Overlay.Thread;
    FileObject = Irp->Tail.Overlay.OriginalFileObject;
    if (Thread != NULL) {
        KeInitializeApc(&Irp->Tail.Apc, &Thread->Tcb, OriginalApcEnvironment, IopCompletionApc, IopCompletionRundown, NULL,
                        KernelMode, NULL);
        if (KeInsertQueueApc(&Irp->Tail.Apc, FileObject, NULL, PriorityBoost)) {
            return;
        }
    }
    IopCompleteRequest(Irp, FileObject, PriorityBoost, FALSE);
}
