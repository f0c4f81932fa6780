/*++

Module Name:

    ke.h

Abstract:

    The kernel's thread object and scheduler, shared by ke's files and the self-tests.

--*/

#ifndef _KE_
#define _KE_

#include <ntos.h>

typedef enum _KTHREAD_STATE {
    Initialized,
    Ready,
    Running,
    Standby,
    Terminated,
    Waiting
} KTHREAD_STATE;

typedef struct _KTHREAD {
    DISPATCHER_HEADER Header;
    LIST_ENTRY ReadyListEntry;
    ULONG Context;                  // the machine's guest context the thread runs in
    PVOID StackBase;                // lowest address of its stack (NULL: the loader's initial stack)
    ULONG StackSize;
    KPRIORITY Priority;
    LONG Quantum;                   // clock ticks left before it yields to a thread of its priority
    UCHAR State;
    WAIT_TYPE WaitType;
    NTSTATUS WaitStatus;
    PKWAIT_BLOCK WaitBlockList;
    KWAIT_BLOCK WaitBlock[THREAD_WAIT_OBJECTS + 1];
    KTIMER Timer;                   // a wait's timeout
    PKSTART_ROUTINE StartRoutine;
    PVOID StartContext;
    LIST_ENTRY MutantListHead;      // the mutants it owns, abandoned if it ends owning them
} KTHREAD;

//
// A process: a dispatcher object (signalled when it ends) that owns threads and, later, an address space.
//

typedef struct _KPROCESS {
    DISPATCHER_HEADER Header;
    ULONG DirectoryTableBase;       // the page directory of its address space (0: the kernel's, paging off)
    KPRIORITY BasePriority;
} KPROCESS, *PKPROCESS, *PRKPROCESS;

#define KI_THREAD_STACK_SIZE (16 * PAGE_SIZE)
#define KI_QUANTUM_TICKS 3

//
// Dispatcher object types (DISPATCHER_HEADER.Type).
//

#define EVENT_NOTIFICATION_OBJECT 0
#define EVENT_SYNCHRONIZATION_OBJECT 1
#define MUTANT_OBJECT 2
#define PROCESS_OBJECT 3
#define SEMAPHORE_OBJECT 5
#define THREAD_OBJECT 6

VOID KiInitializeThreads(IN PLOADER_PARAMETER_BLOCK LoaderBlock);
NTSTATUS KiCreateThread(OUT PKTHREAD Thread, IN PKSTART_ROUTINE StartRoutine, IN PVOID StartContext, IN KPRIORITY Priority);
DECLSPEC_NORETURN VOID KeTerminateThread(VOID);
VOID KiReadyThread(IN PKTHREAD Thread);
VOID KiSwapThread(VOID);
VOID KiQuantumTick(VOID);
VOID KiDispatchThreads(VOID);
VOID KiWaitTest(IN PVOID Object);
VOID KiUnwaitThread(IN PKTHREAD Thread, IN NTSTATUS WaitStatus);
BOOLEAN KiDpcActive(VOID);
VOID KiAbandonMutants(IN PKTHREAD Thread);
VOID KeInitializeProcess(OUT PRKPROCESS Process, IN KPRIORITY BasePriority, IN ULONG DirectoryTableBase);
VOID KiRelocateInitialThread(OUT PKTHREAD Thread);

#endif // _KE_
