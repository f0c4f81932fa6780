/*++

Module Name:

    pstest.c

Abstract:

    Self-tests of processes and system threads: the system and idle processes, the current thread and process
    and their client IDs, PsCreateSystemThread (the routine runs in the system process with its context, the
    handle names a Thread object), waiting for a thread to end through its object (the DDK's pattern) and its
    handle, PsTerminateSystemThread's exit status and refusal for other threads, and the thread object's life:
    kept by references after the thread ends, deleted (its ID freed) when the last goes.

--*/

#include <kmtest.h>
#include <ps.h>

#define MILLISECONDS(Count) ((LONGLONG)(Count) * -10000)

typedef struct _KMT_PS_CONTEXT {
    PETHREAD Thread;
    PEPROCESS Process;
    HANDLE ThreadId;
    HANDLE ProcessId;
    PVOID CurrentThreadByHandle;
    BOOLEAN SystemThread;
    ULONG Runs;
    BOOLEAN AfterTerminate;
    KEVENT Go;
    NTSTATUS ExitStatus;
    NTSTATUS TerminateStatus;
    KTHREAD KeThread;
} KMT_PS_CONTEXT, *PKMT_PS_CONTEXT;

static
VOID
NTAPI
KmtPsThreadRoutine(
    IN PVOID StartContext
    )
{
    PKMT_PS_CONTEXT Context = (PKMT_PS_CONTEXT)StartContext;
    PVOID Object = NULL;

    Context->Thread = PsGetCurrentThread();
    Context->Process = PsGetCurrentProcess();
    Context->ThreadId = PsGetCurrentThreadId();
    Context->ProcessId = PsGetCurrentProcessId();
    Context->SystemThread = PsIsSystemThread(Context->Thread);
    if (NT_SUCCESS(ObReferenceObjectByHandle(NtCurrentThread(), 0, *PsThreadType, KernelMode, &Object, NULL))) {
        Context->CurrentThreadByHandle = Object;
        ObDereferenceObject(Object);
    }
    Context->Runs += 1;
    KeWaitForSingleObject(&Context->Go, Executive, KernelMode, FALSE, NULL);
    if (Context->ExitStatus != STATUS_SUCCESS) {
        PsTerminateSystemThread(Context->ExitStatus);
        Context->AfterTerminate = TRUE;
    }
}

static
VOID
NTAPI
KmtKeThreadRoutine(
    IN PVOID StartContext
    )
{
    PKMT_PS_CONTEXT Context = (PKMT_PS_CONTEXT)StartContext;

    Context->Thread = PsGetCurrentThread();
    Context->Process = PsGetCurrentProcess();
    Context->TerminateStatus = PsTerminateSystemThread(STATUS_UNSUCCESSFUL);
}

START_TEST(PsProcess)
{
    PETHREAD Current = PsGetCurrentThread();
    PEPROCESS Process = NULL;
    PETHREAD Thread = NULL;
    PETHREAD Idle;
    PVOID Object = NULL;
    LARGE_INTEGER Timeout;

    ok(PsInitialSystemProcess != NULL && PsGetCurrentProcess() == PsInitialSystemProcess,
       "the initial thread belongs to the system process");
    ok(Current != NULL && &Current->Tcb == KeGetCurrentThread(), "the current ETHREAD wraps the current Ke thread");
    ok_eq_pointer(PsInitialSystemProcess->ObjectTable, ObpKernelHandleTable);
    ok_eq_str(PsInitialSystemProcess->ImageFileName, "System");
    ok(PsIdleProcess != NULL && PsIdleProcess != PsInitialSystemProcess && PsIdleProcess->UniqueProcessId == NULL,
       "the idle process is another, with ID 0");
    ok_eq_str(PsIdleProcess->ImageFileName, "Idle");
    Idle = IsListEmpty(&PsIdleProcess->ThreadListHead) ? NULL
        : CONTAINING_RECORD(PsIdleProcess->ThreadListHead.Flink, ETHREAD, ThreadListEntry);
    ok(Idle != NULL && &Idle->Tcb == KiGetIdleThread() && PspThreadOf(KiGetIdleThread()) == Idle,
       "the idle process's one thread is the idle thread, an ETHREAD");
    ok(Idle != NULL && Idle->Tcb.Priority == LOW_PRIORITY && Idle->Cid.UniqueThread == NULL
       && PspProcessOf(&Idle->Tcb) == PsIdleProcess, "the idle thread: priority 0, ID 0, in the idle process");

    //
    // Client IDs: the process's and the thread's, from the client-ID table, each naming its object.
    //

    ok(PsGetCurrentProcessId() != NULL && PsGetCurrentProcessId() == PsInitialSystemProcess->UniqueProcessId,
       "the system process has a nonzero ID");
    ok(PsGetCurrentThreadId() != NULL && PsGetCurrentThreadId() != PsGetCurrentProcessId() &&
       (ULONG_PTR)PsGetCurrentThreadId() % HANDLE_VALUE_INC == 0, "the thread ID is another client-ID handle");
    ok_eq_hex(PsLookupProcessByProcessId(PsGetCurrentProcessId(), &Process), STATUS_SUCCESS);
    ok_eq_pointer(Process, PsInitialSystemProcess);
    if (Process != NULL) {
        ObDereferenceObject(Process);
    }
    ok_eq_hex(PsLookupThreadByThreadId(PsGetCurrentThreadId(), &Thread), STATUS_SUCCESS);
    ok_eq_pointer(Thread, Current);
    if (Thread != NULL) {
        ObDereferenceObject(Thread);
    }
    ok_eq_hex(PsLookupThreadByThreadId(PsGetCurrentProcessId(), &Thread), STATUS_INVALID_PARAMETER);

    //
    // Process and thread objects are of their types; the current-process and current-thread pseudo handles
    // name them; a process is a dispatcher object, not signalled while it runs.
    //

    ok_eq_hex(ObReferenceObjectByPointer(PsInitialSystemProcess, 0, *PsProcessType, KernelMode), STATUS_SUCCESS);
    ObDereferenceObject(PsInitialSystemProcess);
    ok_eq_hex(ObReferenceObjectByPointer(Current, 0, *PsProcessType, KernelMode), STATUS_OBJECT_TYPE_MISMATCH);
    ok_eq_hex(ObReferenceObjectByHandle(NtCurrentProcess(), 0, *PsProcessType, KernelMode, &Object, NULL), STATUS_SUCCESS);
    ok_eq_pointer(Object, PsInitialSystemProcess);
    if (Object != NULL) {
        ObDereferenceObject(Object);
    }
    ok_eq_hex(ObReferenceObjectByHandle(NtCurrentThread(), 0, *PsThreadType, KernelMode, &Object, NULL), STATUS_SUCCESS);
    ok_eq_pointer(Object, Current);
    if (Object != NULL) {
        ObDereferenceObject(Object);
    }
    Timeout.QuadPart = 0;
    ok_eq_hex(KeWaitForSingleObject(PsInitialSystemProcess, Executive, KernelMode, FALSE, &Timeout), STATUS_TIMEOUT);
}

START_TEST(PsThread)
{
    KMT_PS_CONTEXT Context;
    OBJECT_ATTRIBUTES Attributes;
    CLIENT_ID ClientId;
    HANDLE Handle = NULL;
    HANDLE Duplicate = NULL;
    PETHREAD Thread = NULL;
    PETHREAD Found = NULL;
    POBJECT_HEADER Header;
    LARGE_INTEGER Timeout;
    ULONG ThreadsBefore;

    //
    // A system thread runs its routine with its context in the system process, under a client ID of its
    // own; the handle names its Thread object.
    //

    RtlZeroMemory(&Context, sizeof(Context));
    KeInitializeEvent(&Context.Go, NotificationEvent, FALSE);
    ThreadsBefore = PsInitialSystemProcess->ActiveThreads;
    ok_eq_hex(PsCreateSystemThread(&Handle, THREAD_ALL_ACCESS, NULL, NULL, &ClientId, KmtPsThreadRoutine, &Context),
              STATUS_SUCCESS);
    ok_eq_ulong(PsInitialSystemProcess->ActiveThreads, ThreadsBefore + 1);
    Timeout.QuadPart = MILLISECONDS(10);
    KeDelayExecutionThread(KernelMode, FALSE, &Timeout);
    ok_eq_ulong(Context.Runs, 1);
    ok(Context.Thread != NULL && Context.Thread != PsGetCurrentThread(), "the routine runs in a thread of its own");
    ok_eq_pointer(Context.Process, PsInitialSystemProcess);
    ok_eq_pointer(Context.CurrentThreadByHandle, Context.Thread);
    ok(Context.SystemThread, "PsIsSystemThread says so");
    ok(Context.ThreadId == ClientId.UniqueThread && ClientId.UniqueProcess == PsGetCurrentProcessId() &&
       Context.ProcessId == PsGetCurrentProcessId(), "the client ID returned is the one the thread sees");
    ok(Context.ThreadId != PsGetCurrentThreadId(), "a thread ID of its own");

    //
    // The DDK's pattern: reference the thread object through the handle, close the handle, wait on the object
    // for the thread to end. The thread is signalled only when it ends.
    //

    ok_eq_hex(ObReferenceObjectByHandle(Handle, SYNCHRONIZE, *PsThreadType, KernelMode, (PVOID *)&Thread, NULL), STATUS_SUCCESS);
    ok_eq_pointer(Thread, Context.Thread);
    ok_eq_hex(ObReferenceObjectByHandle(Handle, SYNCHRONIZE, *PsProcessType, KernelMode, (PVOID *)&Found, NULL),
              STATUS_OBJECT_TYPE_MISMATCH);
    ok_eq_hex(ZwDuplicateObject(NtCurrentProcess(), Handle, NtCurrentProcess(), &Duplicate, 0, 0, DUPLICATE_SAME_ACCESS),
              STATUS_SUCCESS);
    ok_eq_hex(ZwClose(Handle), STATUS_SUCCESS);
    Timeout.QuadPart = 0;
    ok_eq_hex(ZwWaitForSingleObject(Duplicate, FALSE, &Timeout), STATUS_TIMEOUT);
    ok_eq_hex(KeWaitForSingleObject(Thread, Executive, KernelMode, FALSE, &Timeout), STATUS_TIMEOUT);
    Context.ExitStatus = STATUS_CANCELLED;
    KeSetEvent(&Context.Go, 0, FALSE);
    ok_eq_hex(KeWaitForSingleObject(Thread, Executive, KernelMode, FALSE, NULL), STATUS_WAIT_0);
    ok_eq_hex(ZwWaitForSingleObject(Duplicate, FALSE, &Timeout), STATUS_WAIT_0);
    ok(!Context.AfterTerminate, "PsTerminateSystemThread does not return");
    ok_eq_hex(Thread->ExitStatus, STATUS_CANCELLED);
    ok_eq_ulong(PsInitialSystemProcess->ActiveThreads, ThreadsBefore);

    //
    // The ended thread's object lives on while referenced (the duplicate handle, this reference), still
    // found by its ID; when the last reference goes it is deleted and its ID with it.
    //

    ZwClose(Duplicate);
    Header = OBJECT_TO_OBJECT_HEADER(Thread);
    ok(Header->PointerCount == 1 && Header->HandleCount == 0, "only this reference is left: %ld/%ld",
       Header->PointerCount, Header->HandleCount);
    ok_eq_hex(PsLookupThreadByThreadId(ClientId.UniqueThread, &Found), STATUS_SUCCESS);
    ok_eq_pointer(Found, Thread);
    if (Found != NULL) {
        ObDereferenceObject(Found);
    }
    ObDereferenceObject(Thread);
    ok_eq_hex(PsLookupThreadByThreadId(ClientId.UniqueThread, &Found), STATUS_INVALID_PARAMETER);

    //
    // A thread whose handle is closed before it ends, returning from its routine: its own reference keeps the
    // object until it ends, and then the object goes (from a worker thread).
    //

    RtlZeroMemory(&Context, sizeof(Context));
    KeInitializeEvent(&Context.Go, NotificationEvent, TRUE);
    InitializeObjectAttributes(&Attributes, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
    ok_eq_hex(PsCreateSystemThread(&Handle, SYNCHRONIZE, &Attributes, NULL, &ClientId, KmtPsThreadRoutine, &Context),
              STATUS_SUCCESS);
    ok(((ULONG_PTR)Handle & KERNEL_HANDLE_MASK) != 0, "OBJ_KERNEL_HANDLE gives a kernel handle: %p", Handle);
    ZwClose(Handle);
    ok_eq_hex(PsLookupThreadByThreadId(ClientId.UniqueThread, &Found), STATUS_SUCCESS);
    if (Found != NULL) {
        ObDereferenceObject(Found);
    }
    Timeout.QuadPart = MILLISECONDS(20);
    KeDelayExecutionThread(KernelMode, FALSE, &Timeout);
    ok_eq_ulong(Context.Runs, 1);
    ok_eq_hex(PsLookupThreadByThreadId(ClientId.UniqueThread, &Found), STATUS_INVALID_PARAMETER);

    //
    // Threads cannot be permanent; a Ke thread Ps did not make is no system thread to terminate.
    //

    InitializeObjectAttributes(&Attributes, NULL, OBJ_PERMANENT, NULL, NULL);
    ok_eq_hex(PsCreateSystemThread(&Handle, THREAD_ALL_ACCESS, &Attributes, NULL, NULL, KmtPsThreadRoutine, &Context),
              STATUS_INVALID_PARAMETER);
    RtlZeroMemory(&Context, sizeof(Context));
    ok_eq_hex(KiCreateThread(&Context.KeThread, KmtKeThreadRoutine, &Context, 9), STATUS_SUCCESS);
    KeWaitForSingleObject(&Context.KeThread, Executive, KernelMode, FALSE, NULL);
    ok(Context.Thread == NULL && Context.Process == PsInitialSystemProcess, "a Ke thread has no ETHREAD and runs in the system process");
    ok_eq_hex(Context.TerminateStatus, STATUS_INVALID_PARAMETER);
}
