/*++

Module Name:

    exwork.c

Abstract:

    Self-tests of work items: run by a worker thread (not the caller), at PASSIVE_LEVEL and the queue's
    priority, in the order queued, queueable from DISPATCH_LEVEL; the worker is a system thread of the system
    process.

--*/

#include <kmtest.h>
#include <ps.h>

#define KMT_ITEMS 5

typedef struct _KMT_WORK {
    WORK_QUEUE_ITEM Item;
    PKEVENT Done;
    PKTHREAD Thread;
    PETHREAD ExecutiveThread;
    PEPROCESS Process;
    KIRQL Irql;
    KPRIORITY Priority;
    ULONG Order;
} KMT_WORK;

static ULONG KmtWorkOrder;

static
VOID
NTAPI
KmtWorkRoutine(
    IN PVOID Parameter
    )
{
    KMT_WORK *Work = (KMT_WORK *)Parameter;

    Work->Thread = KeGetCurrentThread();
    Work->ExecutiveThread = PsGetCurrentThread();
    Work->Process = PsGetCurrentProcess();
    Work->Irql = KeGetCurrentIrql();
    Work->Priority = KeQueryPriorityThread(Work->Thread);
    KmtWorkOrder += 1;
    Work->Order = KmtWorkOrder;
    if (Work->Done != NULL) {
        KeSetEvent(Work->Done, 0, FALSE);
    }
}

START_TEST(ExWorkItem)
{
    KMT_WORK Works[KMT_ITEMS];
    KEVENT Done;
    KIRQL OldIrql;
    ULONG Index;
    BOOLEAN InOrder = TRUE;

    KeInitializeEvent(&Done, NotificationEvent, FALSE);
    RtlZeroMemory(Works, sizeof(Works));
    ExInitializeWorkItem(&Works[0].Item, KmtWorkRoutine, &Works[0]);
    Works[0].Done = &Done;
    ExQueueWorkItem(&Works[0].Item, DelayedWorkQueue);
    ok_eq_hex(KeWaitForSingleObject(&Done, Executive, KernelMode, FALSE, NULL), STATUS_WAIT_0);
    ok(Works[0].Thread != NULL && Works[0].Thread != KeGetCurrentThread(), "a worker thread ran the item");
    ok_eq_ulong(Works[0].Irql, PASSIVE_LEVEL);
    ok_eq_long(Works[0].Priority, 12);
    ok(Works[0].ExecutiveThread != NULL && &Works[0].ExecutiveThread->Tcb == Works[0].Thread,
       "the worker is a thread object: PsGetCurrentThread finds it");
    ok_eq_pointer(Works[0].Process, PsInitialSystemProcess);
    ok(Works[0].ExecutiveThread != NULL && PsIsSystemThread(Works[0].ExecutiveThread), "a system thread");
    ok(Works[0].Item.List.Flink == NULL, "a finished item can be queued again");

    //
    // Queued at DISPATCH_LEVEL to the critical queue, the items run once the IRQL drops, in order.
    //

    KeClearEvent(&Done);
    KmtWorkOrder = 0;
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    for (Index = 0; Index < KMT_ITEMS; Index += 1) {
        ExInitializeWorkItem(&Works[Index].Item, KmtWorkRoutine, &Works[Index]);
        Works[Index].Done = Index == KMT_ITEMS - 1 ? &Done : NULL;
        ExQueueWorkItem(&Works[Index].Item, CriticalWorkQueue);
    }
    ok_eq_ulong(KmtWorkOrder, 0);
    KeLowerIrql(OldIrql);
    KeWaitForSingleObject(&Done, Executive, KernelMode, FALSE, NULL);
    for (Index = 0; Index < KMT_ITEMS; Index += 1) {
        InOrder = (BOOLEAN)(InOrder && Works[Index].Order == Index + 1);
    }
    ok(InOrder, "critical items ran in the order queued");
    ok_eq_long(Works[0].Priority, 13);
}
