/*++

Module Name:

    ps.h

Abstract:

    Processes and threads as the executive sees them: EPROCESS wraps Ke's process object, ETHREAD Ke's thread
    object, each the body of an object (Process, Thread) so handles and references keep them. Client IDs
    (process and thread IDs) come from a handle table, the client-ID table.

--*/

#ifndef _PS_
#define _PS_

#include <ob.h>

typedef struct _EPROCESS {
    KPROCESS Pcb;
    HANDLE UniqueProcessId;
    LIST_ENTRY ActiveProcessLinks;
    PHANDLE_TABLE ObjectTable;      // its handles (the system process's is the kernel handle table)
    LIST_ENTRY ThreadListHead;      // its ETHREADs, through ThreadListEntry
    ULONG ActiveThreads;
    NTSTATUS ExitStatus;
    CHAR ImageFileName[16];
} EPROCESS;

typedef struct _ETHREAD {
    KTHREAD Tcb;
    CLIENT_ID Cid;
    LIST_ENTRY ThreadListEntry;
    PEPROCESS ThreadsProcess;       // referenced while the thread object lives
    PKSTART_ROUTINE StartAddress;
    PVOID StartContext;
    NTSTATUS ExitStatus;
    BOOLEAN Terminated;
    BOOLEAN SystemThread;
    LIST_ENTRY IrpList;             // its threaded IRPs in progress (the I/O manager's)
} ETHREAD;

#define PSP_SYSTEM_THREAD_PRIORITY 8

extern PEPROCESS PsInitialSystemProcess;
extern PEPROCESS PsIdleProcess;
extern PHANDLE_TABLE PspCidTable;
extern POBJECT_TYPE PspProcessType;
extern POBJECT_TYPE PspThreadType;

BOOLEAN PsInitSystem(IN ULONG Phase);
PETHREAD PspThreadOf(IN PKTHREAD Thread);
PEPROCESS PspProcessOf(IN PKTHREAD Thread);
VOID NTAPI PspSystemThreadStartup(IN PVOID Context);
NTSTATUS NTAPI PsLookupThreadByThreadId(IN HANDLE ThreadId, OUT PETHREAD *Thread);
NTSTATUS NTAPI PsLookupProcessByProcessId(IN HANDLE ProcessId, OUT PEPROCESS *Process);

#endif // _PS_
