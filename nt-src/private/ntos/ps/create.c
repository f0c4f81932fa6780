/*++

Module Name:

    create.c

Abstract:

    System threads: PsCreateSystemThread makes a Thread object around a Ke thread that runs the caller's
    routine in the system process (or the process a handle names) and returns a handle to it;
    PsTerminateSystemThread (also called when the routine returns) ends it. A thread keeps a reference to its
    own object while it runs, so the object outlives the handle; the object is signalled when the thread ends
    and deleted when its last reference goes (its client ID is freed then).

--*/

#include <ps.h>

extern PETHREAD PspInitialThread;
extern KSPIN_LOCK PspActiveProcessLock;

VOID
NTAPI
PspSystemThreadStartup(
    IN PVOID Context
    )
{
    PETHREAD Thread = (PETHREAD)Context;

    Thread->StartAddress(Thread->StartContext);
    PsTerminateSystemThread(STATUS_SUCCESS);
}

NTSTATUS
NTAPI
PsCreateSystemThread(
    OUT PHANDLE ThreadHandle,
    IN ULONG DesiredAccess,
    IN POBJECT_ATTRIBUTES ObjectAttributes OPTIONAL,
    IN HANDLE ProcessHandle OPTIONAL,
    OUT PCLIENT_ID ClientId OPTIONAL,
    IN PKSTART_ROUTINE StartRoutine,
    IN PVOID StartContext OPTIONAL
    )

/*++

Routine Description:

    Creates a system thread that calls StartRoutine(StartContext) at PASSIVE_LEVEL in kernel mode, at
    priority 8, in the process ProcessHandle names (the system process when NULL), and opens a handle to its
    object with DesiredAccess (OBJ_KERNEL_HANDLE in ObjectAttributes makes it a kernel handle).

Return Value:

    STATUS_INVALID_PARAMETER for OBJ_PERMANENT, OBJ_EXCLUSIVE or OBJ_OPENIF, which threads cannot have;
    STATUS_INSUFFICIENT_RESOURCES; a bad process handle's status.

--*/

{
    PEPROCESS Process;
    PETHREAD Thread;
    HANDLE Handle;
    KIRQL OldIrql;
    NTSTATUS Status;

    if (ARGUMENT_PRESENT(ProcessHandle)) {
        Status = ObReferenceObjectByHandle(ProcessHandle, PROCESS_CREATE_THREAD, PspProcessType, KernelMode,
                                           (PVOID *)&Process, NULL);
        if (!NT_SUCCESS(Status)) {
            return Status;
        }
    } else {
        Process = PsInitialSystemProcess;
        ObReferenceObject(Process);
    }
    Status = ObCreateObject(KernelMode, PspThreadType, ObjectAttributes, KernelMode, NULL, sizeof(ETHREAD), 0, 0,
                            (PVOID *)&Thread);
    if (!NT_SUCCESS(Status)) {
        ObDereferenceObject(Process);
        return Status;
    }
    RtlZeroMemory(Thread, sizeof(ETHREAD));
    Thread->ThreadsProcess = Process;
    Thread->StartAddress = StartRoutine;
    Thread->StartContext = StartContext;
    Thread->SystemThread = TRUE;
    InitializeListHead(&Thread->ThreadListEntry);
    InitializeListHead(&Thread->IrpList);
    Thread->Cid.UniqueProcess = Process->UniqueProcessId;
    Thread->Cid.UniqueThread = ExCreateHandle(PspCidTable, Thread, 0, 0);
    if (Thread->Cid.UniqueThread == NULL) {
        ObDereferenceObject(Thread);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    //
    // The running thread's own reference, dropped as it ends; the creation reference becomes the handle's.
    //

    ObReferenceObject(Thread);
    Status = ObInsertObject(Thread, NULL, DesiredAccess, 0, NULL, &Handle);
    if (!NT_SUCCESS(Status)) {
        ObDereferenceObject(Thread);
        return Status;
    }
    KeAcquireSpinLock(&PspActiveProcessLock, &OldIrql);
    InsertTailList(&Process->ThreadListHead, &Thread->ThreadListEntry);
    Process->ActiveThreads += 1;
    KeReleaseSpinLock(&PspActiveProcessLock, OldIrql);

    if (ARGUMENT_PRESENT(ClientId)) {
        *ClientId = Thread->Cid;
    }
    *ThreadHandle = Handle;
    Status = KiCreateThread(&Thread->Tcb, PspSystemThreadStartup, Thread, PSP_SYSTEM_THREAD_PRIORITY);
    if (!NT_SUCCESS(Status)) {
        KeAcquireSpinLock(&PspActiveProcessLock, &OldIrql);
        RemoveEntryList(&Thread->ThreadListEntry);
        InitializeListHead(&Thread->ThreadListEntry);
        Process->ActiveThreads -= 1;
        KeReleaseSpinLock(&PspActiveProcessLock, OldIrql);
        *ThreadHandle = NULL;
        ObCloseHandle(Handle, KernelMode);
        ObDereferenceObject(Thread);
        return Status;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
PsTerminateSystemThread(
    IN NTSTATUS ExitStatus
    )

/*++

Routine Description:

    Ends the calling system thread with ExitStatus: its requests in progress are cancelled (IoCancelThreadIo),
    its object is signalled (waiters on it are satisfied) and the thread's own reference to it goes. Does not
    return.

Return Value:

    STATUS_INVALID_PARAMETER when the caller is not a system thread PsCreateSystemThread made.

--*/

{
    PETHREAD Thread = PsGetCurrentThread();
    PEPROCESS Process;
    KIRQL OldIrql;

    if (Thread == NULL || !Thread->SystemThread || Thread == PspInitialThread) {
        return STATUS_INVALID_PARAMETER;
    }
    IoCancelThreadIo(Thread);
    Process = Thread->ThreadsProcess;
    Thread->ExitStatus = ExitStatus;
    Thread->Terminated = TRUE;

    //
    // From here to the switch away the thread stays at DISPATCH_LEVEL, so if its reference is the last one,
    // the deletion (deferred to a worker thread) happens only after Ke has released its stack and context.
    //

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    KeAcquireSpinLockAtDpcLevel(&PspActiveProcessLock);
    RemoveEntryList(&Thread->ThreadListEntry);
    InitializeListHead(&Thread->ThreadListEntry);
    Process->ActiveThreads -= 1;
    KeReleaseSpinLockFromDpcLevel(&PspActiveProcessLock);
    ObDereferenceObject(Thread);
    KeTerminateThread();
    return STATUS_SUCCESS;          // not reached
}

VOID
NTAPI
PspDeleteThread(
    IN PVOID Object
    )

/*++

Routine Description:

    The Thread type's delete procedure: the client ID and the reference to the process go.

--*/

{
    PETHREAD Thread = (PETHREAD)Object;
    KIRQL OldIrql;

    if (Thread->Cid.UniqueThread != NULL) {
        ExDestroyHandle(PspCidTable, Thread->Cid.UniqueThread, NULL);
    }
    if (Thread->ThreadsProcess != NULL) {
        KeAcquireSpinLock(&PspActiveProcessLock, &OldIrql);
        RemoveEntryList(&Thread->ThreadListEntry);
        KeReleaseSpinLock(&PspActiveProcessLock, OldIrql);
        ObDereferenceObject(Thread->ThreadsProcess);
    }
}

VOID
NTAPI
PspDeleteProcess(
    IN PVOID Object
    )
{
    PEPROCESS Process = (PEPROCESS)Object;
    KIRQL OldIrql;

    if (Process->UniqueProcessId != NULL) {
        ExDestroyHandle(PspCidTable, Process->UniqueProcessId, NULL);
    }
    KeAcquireSpinLock(&PspActiveProcessLock, &OldIrql);
    RemoveEntryList(&Process->ActiveProcessLinks);
    KeReleaseSpinLock(&PspActiveProcessLock, OldIrql);
    if (Process->ObjectTable != NULL && Process->ObjectTable != ObpKernelHandleTable) {
        ExDestroyHandleTable(Process->ObjectTable);
    }
}
