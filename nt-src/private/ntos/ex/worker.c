/*++

Module Name:

    worker.c

Abstract:

    The system's worker threads: a queue per work queue type, each served by its threads in the order items
    were queued. A critical item runs at priority 13, a delayed one at 12, a hypercritical one at 15, always at
    PASSIVE_LEVEL. Items are taken under a spin lock and counted by a semaphore the workers wait on. The workers
    are system threads of the system process (PsCreateSystemThread), so a work routine finds its thread and
    process as any system thread does.

--*/

#include <ps.h>

#define WORKERS_PER_QUEUE 2
#define WORKER_LIMIT 0x7FFFFFFF

typedef struct _EX_WORK_QUEUE {
    LIST_ENTRY Items;
    KSEMAPHORE Pending;
    KSPIN_LOCK Lock;
} EX_WORK_QUEUE;

static EX_WORK_QUEUE ExpWorkQueues[MaximumWorkQueue];
static const KPRIORITY ExpWorkerPriority[MaximumWorkQueue] = { 13, 12, 15 };

static
VOID
NTAPI
ExpWorkerThread(
    IN PVOID Context
    )
{
    EX_WORK_QUEUE *Queue = (EX_WORK_QUEUE *)Context;
    PWORK_QUEUE_ITEM Item;
    KIRQL OldIrql;

    for (;;) {
        KeWaitForSingleObject(&Queue->Pending, Executive, KernelMode, FALSE, NULL);
        KeAcquireSpinLock(&Queue->Lock, &OldIrql);
        Item = CONTAINING_RECORD(RemoveHeadList(&Queue->Items), WORK_QUEUE_ITEM, List);
        KeReleaseSpinLock(&Queue->Lock, OldIrql);
        Item->List.Flink = NULL;
        Item->WorkerRoutine(Item->Parameter);
        if (KeGetCurrentIrql() != PASSIVE_LEVEL) {
            KeBugCheckEx(IRQL_NOT_LESS_OR_EQUAL, (ULONG_PTR)Item->WorkerRoutine, KeGetCurrentIrql(), (ULONG_PTR)Item, 0);
        }
    }
}

static
NTSTATUS
ExpCreateWorker(
    IN EX_WORK_QUEUE *Queue,
    IN KPRIORITY Priority
    )
{
    HANDLE Handle;
    PETHREAD Thread;
    NTSTATUS Status;

    Status = PsCreateSystemThread(&Handle, THREAD_ALL_ACCESS, NULL, NULL, NULL, ExpWorkerThread, Queue);
    if (!NT_SUCCESS(Status)) {
        return Status;
    }
    Status = ObReferenceObjectByHandle(Handle, THREAD_ALL_ACCESS, *PsThreadType, KernelMode, (PVOID *)&Thread, NULL);
    ZwClose(Handle);
    if (NT_SUCCESS(Status)) {
        KeSetPriorityThread(&Thread->Tcb, Priority);
        ObDereferenceObject(Thread);
    }
    return Status;
}

BOOLEAN
ExpInitializeWorkers(
    VOID
    )

/*++

Routine Description:

    Creates the worker threads (Phase 1, once threads can be created).

--*/

{
    ULONG Type;
    ULONG Index;

    for (Type = 0; Type < MaximumWorkQueue; Type += 1) {
        InitializeListHead(&ExpWorkQueues[Type].Items);
        KeInitializeSemaphore(&ExpWorkQueues[Type].Pending, 0, WORKER_LIMIT);
        KeInitializeSpinLock(&ExpWorkQueues[Type].Lock);
        for (Index = 0; Index < WORKERS_PER_QUEUE; Index += 1) {
            if (!NT_SUCCESS(ExpCreateWorker(&ExpWorkQueues[Type], ExpWorkerPriority[Type]))) {
                return FALSE;
            }
        }
    }
    return TRUE;
}

VOID
NTAPI
ExQueueWorkItem(
    IN PWORK_QUEUE_ITEM WorkItem,
    IN WORK_QUEUE_TYPE QueueType
    )

/*++

Routine Description:

    Queues a work item initialised with ExInitializeWorkItem; a worker of the queue calls its routine at
    PASSIVE_LEVEL. Callable at DISPATCH_LEVEL or below. An item already queued is a bug check (it would be
    linked twice).

--*/

{
    EX_WORK_QUEUE *Queue;
    KIRQL OldIrql;

    if ((ULONG)QueueType >= MaximumWorkQueue || WorkItem->List.Flink != NULL) {
        KeBugCheckEx(KMODE_EXCEPTION_NOT_HANDLED, (ULONG_PTR)STATUS_INVALID_PARAMETER, (ULONG_PTR)WorkItem, QueueType, 0);
    }
    Queue = &ExpWorkQueues[QueueType];
    KeAcquireSpinLock(&Queue->Lock, &OldIrql);
    InsertTailList(&Queue->Items, &WorkItem->List);
    KeReleaseSpinLock(&Queue->Lock, OldIrql);
    KeReleaseSemaphore(&Queue->Pending, 0, 1, FALSE);
}
