/*++

Module Name:

    psquery.c

Abstract:

    The current thread and process, and looking threads and processes up by client ID. Every thread Ps made
    (system threads, and the initial thread it adopted) is an ETHREAD around its Ke thread; the Ke threads
    made directly by Ke's and Ex's own code (the idle thread, the worker threads) are not, and count as threads
    of the idle process (the idle thread) or the system process (the others) with thread ID 0.

--*/

#include <ps.h>

extern PETHREAD PspInitialThread;
extern PETHREAD PspIdleThread;

PETHREAD
PspThreadOf(
    IN PKTHREAD Thread
    )

/*++

Routine Description:

    The ETHREAD around a Ke thread, or NULL when Ps did not make it.

--*/

{
    if (Thread->StartRoutine == PspSystemThreadStartup || (PspInitialThread != NULL && Thread == &PspInitialThread->Tcb)
        || (PspIdleThread != NULL && Thread == &PspIdleThread->Tcb)) {
        return CONTAINING_RECORD(Thread, ETHREAD, Tcb);
    }
    return NULL;
}

PEPROCESS
PspProcessOf(
    IN PKTHREAD Thread
    )
{
    PETHREAD ExecutiveThread = PspThreadOf(Thread);

    if (ExecutiveThread != NULL) {
        return ExecutiveThread->ThreadsProcess;
    }

    //
    // A thread Ke made itself (its own tests') runs in the system process.
    //

    return PsInitialSystemProcess;
}

PETHREAD
NTAPI
PsGetCurrentThread(
    VOID
    )
{
    return PspThreadOf(KeGetCurrentThread());
}

PEPROCESS
NTAPI
PsGetCurrentProcess(
    VOID
    )
{
    return PspProcessOf(KeGetCurrentThread());
}

HANDLE
NTAPI
PsGetCurrentThreadId(
    VOID
    )
{
    PETHREAD Thread = PsGetCurrentThread();

    return Thread != NULL ? Thread->Cid.UniqueThread : NULL;
}

HANDLE
NTAPI
PsGetCurrentProcessId(
    VOID
    )
{
    PEPROCESS Process = PsGetCurrentProcess();

    return Process != NULL ? Process->UniqueProcessId : NULL;
}

BOOLEAN
NTAPI
PsIsSystemThread(
    IN PETHREAD Thread
    )
{
    return Thread->SystemThread;
}

static
PVOID
PspLookupClientId(
    IN HANDLE Id,
    IN POBJECT_TYPE Type
    )

/*++

Routine Description:

    The object a client ID names, referenced, if it is of Type and not being deleted (an object whose last
    reference went keeps its ID until its delete procedure runs).

--*/

{
    PHANDLE_TABLE_ENTRY Entry;
    POBJECT_HEADER Header;
    PVOID Object = NULL;
    KIRQL OldIrql;
    LONG Count;

    ExLockHandleTable(PspCidTable, &OldIrql);
    Entry = ExMapHandleToPointer(PspCidTable, Id);
    if (Entry != NULL && OBJECT_TO_OBJECT_HEADER(Entry->Object)->Type == Type) {
        Header = OBJECT_TO_OBJECT_HEADER(Entry->Object);
        do {
            Count = Header->PointerCount;
        } while (Count > 0 && InterlockedCompareExchange(&Header->PointerCount, Count + 1, Count) != Count);
        if (Count > 0) {
            Object = Entry->Object;
        }
    }
    ExUnlockHandleTable(PspCidTable, OldIrql);
    return Object;
}

NTSTATUS
NTAPI
PsLookupThreadByThreadId(
    IN HANDLE ThreadId,
    OUT PETHREAD *Thread
    )

/*++

Return Value:

    STATUS_INVALID_PARAMETER when no thread has that ID; else *Thread is referenced.

--*/

{
    *Thread = PspLookupClientId(ThreadId, PspThreadType);
    return *Thread != NULL ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
}

NTSTATUS
NTAPI
PsLookupProcessByProcessId(
    IN HANDLE ProcessId,
    OUT PEPROCESS *Process
    )
{
    *Process = PspLookupClientId(ProcessId, PspProcessType);
    return *Process != NULL ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
}
