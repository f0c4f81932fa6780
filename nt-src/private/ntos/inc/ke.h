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

//
// A thread's APC queues, one per mode; the kernel queue holds special APCs (no NormalRoutine) ahead of
// normal ones.
//

typedef struct _KAPC_STATE {
    LIST_ENTRY ApcListHead[MaximumMode];
    PVOID Process;                  // no processes yet
    BOOLEAN KernelApcInProgress;    // a normal kernel APC's NormalRoutine is running
    BOOLEAN KernelApcPending;       // the kernel queue has something to deliver
    BOOLEAN UserApcPending;         // a user APC waits for the return to user mode
} KAPC_STATE, *PKAPC_STATE;

typedef enum _KAPC_ENVIRONMENT {
    OriginalApcEnvironment,
    AttachedApcEnvironment,
    CurrentApcEnvironment,
    InsertApcEnvironment
} KAPC_ENVIRONMENT;

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
    KAPC_STATE ApcState;
    SHORT KernelApcDisable;         // below zero in a critical region: normal kernel APCs wait
    SHORT SpecialApcDisable;        // below zero in a guarded region: every kernel APC waits
    BOOLEAN ApcQueueable;           // FALSE once the thread is ending
    BOOLEAN Alerted[MaximumMode];   // an alert that found no alertable wait, per mode
    BOOLEAN Alertable;              // of the wait in progress
    KPROCESSOR_MODE WaitMode;       // of the wait in progress
    KIRQL WaitIrql;                 // the IRQL the wait in progress began at
    KPRIORITY BasePriority;         // Priority decays back to it after a boost
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
// The base priority of the (one, implicit) system process: KeSetBasePriorityThread's increments count from it.
//

#define KI_PROCESS_BASE_PRIORITY 8

//
// Boosts the kernel gives by itself: to a mutex's next owner, and to a thread an alert wakes.
//

#define MUTANT_INCREMENT 1
#define ALERT_INCREMENT 2

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
VOID KiRelocateThread(IN PKTHREAD Thread, OUT PKTHREAD NewThread);
PKTHREAD KiGetIdleThread(VOID);

//
// Waits ended with a priority boost (KiWaitTest and KiUnwaitThread give none).
//

VOID KiWaitTestEx(IN PVOID Object, IN KPRIORITY Increment);
VOID KiUnwaitThreadEx(IN PKTHREAD Thread, IN NTSTATUS WaitStatus, IN KPRIORITY Increment);

//
// APCs (ke/apc.c) and alerts (ke/alert.c).
//

NTKERNELAPI VOID NTAPI KeInitializeApc(OUT PRKAPC Apc, IN PRKTHREAD Thread, IN KAPC_ENVIRONMENT Environment,
    IN PKKERNEL_ROUTINE KernelRoutine, IN PKRUNDOWN_ROUTINE RundownRoutine OPTIONAL,
    IN PKNORMAL_ROUTINE NormalRoutine OPTIONAL, IN KPROCESSOR_MODE ApcMode OPTIONAL, IN PVOID NormalContext OPTIONAL);
NTKERNELAPI BOOLEAN NTAPI KeInsertQueueApc(IN PRKAPC Apc, IN PVOID SystemArgument1 OPTIONAL,
    IN PVOID SystemArgument2 OPTIONAL, IN KPRIORITY Increment);
NTKERNELAPI BOOLEAN NTAPI KeRemoveQueueApc(IN PKAPC Apc);
VOID KiInitializeApcState(IN PKTHREAD Thread);
VOID KiRundownApcs(IN PKTHREAD Thread);
VOID KiCheckForKernelApcDelivery(IN PKTHREAD Thread);
VOID KiDeliverUserApcs(IN PKTHREAD Thread);
NTKERNELAPI BOOLEAN NTAPI KeAlertThread(IN PKTHREAD Thread, IN KPROCESSOR_MODE AlertMode);
NTKERNELAPI BOOLEAN NTAPI KeTestAlertThread(IN KPROCESSOR_MODE AlertMode);

//
// Priorities (ke/priority.c): a wake-up's boost, its decay at quantum end, and a priority change at
// DISPATCH_LEVEL (thread.c: it moves a ready thread between queues).
//

VOID KiBoostPriority(IN PKTHREAD Thread, IN KPRIORITY Increment);
VOID KiDecayPriority(IN PKTHREAD Thread);
VOID KiSetPriorityThread(IN PKTHREAD Thread, IN KPRIORITY Priority);

#endif // _KE_
