/*++

Module Name:

    psinit.c

Abstract:

    Ps's Phase 0 (after Ob and Ex): the Process and Thread object types, the client-ID table, the idle
    process (ID 0, not an object, whose only thread is Ke's idle thread), and the system process with the
    kernel handle table, whose first thread is the initial thread the kernel started on: its Ke thread object
    moves into an ETHREAD, as every thread's is.

--*/

#include <ps.h>

#define PS_PROCESS_TAG 'orPP'

POBJECT_TYPE PspProcessType;
POBJECT_TYPE PspThreadType;
POBJECT_TYPE *PsProcessType = &PspProcessType;
POBJECT_TYPE *PsThreadType = &PspThreadType;
PEPROCESS PsInitialSystemProcess;
PEPROCESS PsIdleProcess;
PETHREAD PspInitialThread;
PETHREAD PspIdleThread;
PHANDLE_TABLE PspCidTable;
LIST_ENTRY PsActiveProcessHead;
KSPIN_LOCK PspActiveProcessLock;

VOID NTAPI PspDeleteProcess(IN PVOID Object);
VOID NTAPI PspDeleteThread(IN PVOID Object);

static
VOID
PspInitializeProcess(
    OUT PEPROCESS Process,
    IN PCSTR ImageFileName
    )
{
    ULONG Index;

    RtlZeroMemory(Process, sizeof(EPROCESS));
    KeInitializeProcess(&Process->Pcb, PSP_SYSTEM_THREAD_PRIORITY, 0);
    InitializeListHead(&Process->ThreadListHead);
    InitializeListHead(&Process->ActiveProcessLinks);
    for (Index = 0; ImageFileName[Index] != '\0' && Index < sizeof(Process->ImageFileName) - 1; Index += 1) {
        Process->ImageFileName[Index] = ImageFileName[Index];
    }
}

static
BOOLEAN
PspCreateTypes(
    VOID
    )
{
    OBJECT_TYPE_INITIALIZER Initializer;
    UNICODE_STRING Name;

    RtlZeroMemory(&Initializer, sizeof(Initializer));
    Initializer.Length = sizeof(Initializer);
    Initializer.PoolType = NonPagedPool;
    Initializer.InvalidAttributes = OBJ_PERMANENT | OBJ_EXCLUSIVE | OBJ_OPENIF;
    Initializer.GenericMapping.GenericRead = STANDARD_RIGHTS_READ | PROCESS_QUERY_INFORMATION;
    Initializer.GenericMapping.GenericWrite = STANDARD_RIGHTS_WRITE | PROCESS_CREATE_THREAD | PROCESS_DUP_HANDLE | PROCESS_TERMINATE;
    Initializer.GenericMapping.GenericExecute = STANDARD_RIGHTS_EXECUTE | SYNCHRONIZE;
    Initializer.GenericMapping.GenericAll = PROCESS_ALL_ACCESS;
    Initializer.ValidAccessMask = PROCESS_ALL_ACCESS;
    Initializer.DeleteProcedure = PspDeleteProcess;
    RtlInitUnicodeString(&Name, L"Process");
    if (!NT_SUCCESS(ObCreateObjectType(&Name, &Initializer, NULL, &PspProcessType))) {
        return FALSE;
    }
    Initializer.GenericMapping.GenericRead = STANDARD_RIGHTS_READ | THREAD_QUERY_INFORMATION;
    Initializer.GenericMapping.GenericWrite = STANDARD_RIGHTS_WRITE | THREAD_TERMINATE | THREAD_SET_INFORMATION;
    Initializer.GenericMapping.GenericExecute = STANDARD_RIGHTS_EXECUTE | SYNCHRONIZE;
    Initializer.GenericMapping.GenericAll = THREAD_ALL_ACCESS;
    Initializer.ValidAccessMask = THREAD_ALL_ACCESS;
    Initializer.DeleteProcedure = PspDeleteThread;
    RtlInitUnicodeString(&Name, L"Thread");
    return (BOOLEAN)NT_SUCCESS(ObCreateObjectType(&Name, &Initializer, NULL, &PspThreadType));
}

BOOLEAN
PsInitSystem(
    IN ULONG Phase
    )
{
    PEPROCESS Process;
    PETHREAD Thread;

    if (Phase != 0) {
        return TRUE;
    }
    InitializeListHead(&PsActiveProcessHead);
    KeInitializeSpinLock(&PspActiveProcessLock);
    PspCidTable = ExCreateHandleTable();
    if (PspCidTable == NULL || !PspCreateTypes()) {
        return FALSE;
    }

    //
    // The idle process and its one thread, the idle thread, whose Ke object moves into an ETHREAD: neither is
    // an object (nothing may open or wait on them) and both have ID 0.
    //

    PsIdleProcess = ExAllocatePoolWithTag(NonPagedPool, sizeof(EPROCESS), PS_PROCESS_TAG);
    PspIdleThread = ExAllocatePoolWithTag(NonPagedPool, sizeof(ETHREAD), PS_PROCESS_TAG);
    if (PsIdleProcess == NULL || PspIdleThread == NULL) {
        return FALSE;
    }
    PspInitializeProcess(PsIdleProcess, "Idle");
    RtlZeroMemory(PspIdleThread, sizeof(ETHREAD));
    KiRelocateThread(KiGetIdleThread(), &PspIdleThread->Tcb);
    PspIdleThread->ThreadsProcess = PsIdleProcess;
    PspIdleThread->SystemThread = TRUE;
    InsertTailList(&PsIdleProcess->ThreadListHead, &PspIdleThread->ThreadListEntry);
    PsIdleProcess->ActiveThreads = 1;

    //
    // The system process: the kernel handle table is its handle table. Its creation reference is never
    // dropped.
    //

    if (!NT_SUCCESS(ObCreateObject(KernelMode, PspProcessType, NULL, KernelMode, NULL, sizeof(EPROCESS), 0, 0,
                                   (PVOID *)&Process))) {
        return FALSE;
    }
    PspInitializeProcess(Process, "System");
    Process->ObjectTable = ObpKernelHandleTable;
    Process->UniqueProcessId = ExCreateHandle(PspCidTable, Process, 0, 0);
    if (Process->UniqueProcessId == NULL) {
        return FALSE;
    }
    InsertTailList(&PsActiveProcessHead, &Process->ActiveProcessLinks);
    PsInitialSystemProcess = Process;

    //
    // The initial thread becomes the system process's first thread.
    //

    if (!NT_SUCCESS(ObCreateObject(KernelMode, PspThreadType, NULL, KernelMode, NULL, sizeof(ETHREAD), 0, 0,
                                   (PVOID *)&Thread))) {
        return FALSE;
    }
    RtlZeroMemory(Thread, sizeof(ETHREAD));
    KiRelocateThread(KeGetCurrentThread(), &Thread->Tcb);
    ObReferenceObject(Process);
    Thread->ThreadsProcess = Process;
    Thread->SystemThread = TRUE;
    InitializeListHead(&Thread->IrpList);
    Thread->Cid.UniqueProcess = Process->UniqueProcessId;
    Thread->Cid.UniqueThread = ExCreateHandle(PspCidTable, Thread, 0, 0);
    if (Thread->Cid.UniqueThread == NULL) {
        return FALSE;
    }
    InsertTailList(&Process->ThreadListHead, &Thread->ThreadListEntry);
    Process->ActiveThreads = 1;
    PspInitialThread = Thread;
    return TRUE;
}
