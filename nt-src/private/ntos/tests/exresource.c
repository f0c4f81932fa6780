/*++

Module Name:

    exresource.c

Abstract:

    Self-tests of executive resources: exclusive and shared ownership and their recursion, several shared
    owners at once (past the inline owner entries), the starvation rules (a new shared request waits for an
    exclusive waiter, a shared owner's does not, ExAcquireSharedStarveExclusive's does not,
    ExAcquireSharedWaitForExclusive's does), hand-over order on release, Wait = FALSE, waiter counts,
    ExConvertExclusiveToSharedLite, ExReleaseResourceForThreadLite, reinitialisation and deletion.

--*/

#include <kmtest.h>
#include <ke.h>

#define MILLISECONDS(Count) ((LONGLONG)(Count) * -10000)

typedef enum _KMT_RESOURCE_OPERATION {
    KmtShared,
    KmtExclusive,
    KmtStarveExclusive,
    KmtWaitForExclusive,
    KmtSharedNoWait,
    KmtExclusiveNoWait,
    KmtReleaseForTester
} KMT_RESOURCE_OPERATION;

typedef struct _KMT_RESOURCE_WORKER {
    KTHREAD Thread;
    PERESOURCE Resource;
    KMT_RESOURCE_OPERATION Operation;
    ERESOURCE_THREAD Tester;
    KEVENT Release;                 // set: release the resource and end
    BOOLEAN Acquired;
    BOOLEAN Exclusive;
    ULONG SharedCount;
    ULONG Order;
} KMT_RESOURCE_WORKER;

static ULONG KmtResourceOrder;

static
VOID
NTAPI
KmtResourceWorker(
    IN PVOID Context
    )
{
    KMT_RESOURCE_WORKER *Worker = (KMT_RESOURCE_WORKER *)Context;
    PERESOURCE Resource = Worker->Resource;

    if (Worker->Operation == KmtReleaseForTester) {
        ExReleaseResourceForThreadLite(Resource, Worker->Tester);
        return;
    }
    KeEnterCriticalRegion();
    switch (Worker->Operation) {
    case KmtShared:
        Worker->Acquired = ExAcquireResourceSharedLite(Resource, TRUE);
        break;
    case KmtExclusive:
        Worker->Acquired = ExAcquireResourceExclusiveLite(Resource, TRUE);
        break;
    case KmtStarveExclusive:
        Worker->Acquired = ExAcquireSharedStarveExclusive(Resource, TRUE);
        break;
    case KmtWaitForExclusive:
        Worker->Acquired = ExAcquireSharedWaitForExclusive(Resource, TRUE);
        break;
    case KmtSharedNoWait:
        Worker->Acquired = ExAcquireResourceSharedLite(Resource, FALSE);
        break;
    default:
        Worker->Acquired = ExAcquireResourceExclusiveLite(Resource, FALSE);
        break;
    }
    KmtResourceOrder += 1;
    Worker->Order = KmtResourceOrder;
    Worker->Exclusive = ExIsResourceAcquiredExclusiveLite(Resource);
    Worker->SharedCount = ExIsResourceAcquiredSharedLite(Resource);
    if (Worker->Acquired) {
        KeWaitForSingleObject(&Worker->Release, Executive, KernelMode, FALSE, NULL);
        ExReleaseResourceLite(Resource);
    }
    KeLeaveCriticalRegion();
}

static
VOID
KmtStartWorker(
    OUT KMT_RESOURCE_WORKER *Worker,
    IN PERESOURCE Resource,
    IN KMT_RESOURCE_OPERATION Operation,
    IN KPRIORITY Priority
    )

/*++

Routine Description:

    Starts a worker above the tester's priority (it runs until it holds the resource or waits for it), or
    below it for KmtReleaseForTester (it runs when the tester waits).

--*/

{
    RtlZeroMemory(Worker, sizeof(KMT_RESOURCE_WORKER));
    Worker->Resource = Resource;
    Worker->Operation = Operation;
    Worker->Tester = ExGetCurrentResourceThread();
    KeInitializeEvent(&Worker->Release, NotificationEvent, FALSE);
    KiCreateThread(&Worker->Thread, KmtResourceWorker, Worker, Priority);
}

static
VOID
KmtFinishWorker(
    IN KMT_RESOURCE_WORKER *Worker
    )
{
    KeSetEvent(&Worker->Release, IO_NO_INCREMENT, FALSE);
    KeWaitForSingleObject(&Worker->Thread, Executive, KernelMode, FALSE, NULL);
}

START_TEST(ExResource)
{
    ERESOURCE Resource;
    KMT_RESOURCE_WORKER Workers[5];
    KMT_RESOURCE_WORKER Exclusive;
    KMT_RESOURCE_WORKER Releaser;
    ULONG PoolPages = ExpPoolPagesInUse();
    ULONG Index;
    KIRQL OldIrql;

    ok_eq_hex(ExInitializeResourceLite(&Resource), STATUS_SUCCESS);
    ok_eq_bool(ExIsResourceAcquiredExclusiveLite(&Resource), FALSE);
    ok_eq_ulong(ExIsResourceAcquiredSharedLite(&Resource), 0);
    KeEnterCriticalRegion();

    //
    // Exclusive, recursively; the exclusive owner may acquire it shared too.
    //

    ok(ExAcquireResourceExclusiveLite(&Resource, TRUE), "a free resource is acquired exclusive");
    ok_eq_bool(ExIsResourceAcquiredExclusiveLite(&Resource), TRUE);
    ok(ExAcquireResourceExclusiveLite(&Resource, FALSE), "its owner acquires it again without waiting");
    ok(ExAcquireResourceSharedLite(&Resource, FALSE), "and shared");
    ok_eq_ulong(ExIsResourceAcquiredSharedLite(&Resource), 3);
    ok_eq_long(Resource.ActiveCount, 1);

    //
    // Others wait, or fail with Wait = FALSE.
    //

    KmtStartWorker(&Workers[0], &Resource, KmtSharedNoWait, 10);
    ok_eq_bool(Workers[0].Acquired, FALSE);
    KmtStartWorker(&Workers[1], &Resource, KmtExclusiveNoWait, 10);
    ok_eq_bool(Workers[1].Acquired, FALSE);
    KmtStartWorker(&Workers[0], &Resource, KmtStarveExclusive, 10);
    ok_eq_ulong(Workers[0].Order, 0);
    ok_eq_ulong(ExGetSharedWaiterCount(&Resource), 1);
    ExReleaseResourceLite(&Resource);
    ExReleaseResourceLite(&Resource);
    ok_eq_ulong(Workers[0].Order, 0);
    ExReleaseResourceLite(&Resource);
    ok_eq_bool(ExIsResourceAcquiredExclusiveLite(&Resource), FALSE);
    ok(Workers[0].Acquired && !Workers[0].Exclusive && Workers[0].SharedCount == 1, "the last release hands it to the shared waiter");
    ok_eq_ulong(ExGetSharedWaiterCount(&Resource), 0);
    KmtFinishWorker(&Workers[0]);
    ok_eq_long(Resource.ActiveCount, 0);

    //
    // Shared, recursively; many shared owners at once, past the two inline owner entries.
    //

    ok(ExAcquireResourceSharedLite(&Resource, TRUE), "a free resource is acquired shared");
    ok(ExAcquireResourceSharedLite(&Resource, TRUE), "and again");
    ok_eq_ulong(ExIsResourceAcquiredSharedLite(&Resource), 2);
    ok_eq_bool(ExIsResourceAcquiredExclusiveLite(&Resource), FALSE);
    ok(!ExTryToAcquireResourceExclusiveLite(&Resource), "a shared resource is not acquired exclusive");
    for (Index = 0; Index < 5; Index += 1) {
        KmtStartWorker(&Workers[Index], &Resource, KmtShared, 10);
    }
    for (Index = 0; Index < 5 && Workers[Index].Acquired && Workers[Index].SharedCount == 1; Index += 1) {
        NOTHING;
    }
    ok_eq_ulong(Index, 5);
    ok_eq_long(Resource.ActiveCount, 6);
    ok(Resource.TableSize >= 4, "the owner table grew to %lu entries", Resource.TableSize);
    for (Index = 0; Index < 5; Index += 1) {
        KmtFinishWorker(&Workers[Index]);
    }
    ok_eq_long(Resource.ActiveCount, 1);

    //
    // The starvation rules, with the tester owning it shared and an exclusive request waiting: a new shared
    // request waits (or fails), the owner's own does not, a starve-exclusive one does not.
    //

    KmtStartWorker(&Exclusive, &Resource, KmtExclusive, 10);
    ok_eq_bool(Exclusive.Acquired, FALSE);
    ok_eq_ulong(ExGetExclusiveWaiterCount(&Resource), 1);
    KmtStartWorker(&Workers[0], &Resource, KmtShared, 10);
    ok_eq_ulong(Workers[0].Order, 0);
    ok_eq_ulong(ExGetSharedWaiterCount(&Resource), 1);
    KmtStartWorker(&Workers[1], &Resource, KmtSharedNoWait, 10);
    ok_eq_bool(Workers[1].Acquired, FALSE);
    KeWaitForSingleObject(&Workers[1].Thread, Executive, KernelMode, FALSE, NULL);
    KmtStartWorker(&Workers[2], &Resource, KmtStarveExclusive, 10);
    ok_eq_bool(Workers[2].Acquired, TRUE);
    ok(ExAcquireResourceSharedLite(&Resource, FALSE), "a shared owner acquires it again past the exclusive waiter");
    ok_eq_ulong(ExIsResourceAcquiredSharedLite(&Resource), 3);
    ok(!ExAcquireSharedWaitForExclusive(&Resource, FALSE), "ExAcquireSharedWaitForExclusive does not");

    //
    // The last shared owner's release hands it to the exclusive waiter; its release then to the shared one.
    //

    KmtResourceOrder = 0;
    ExReleaseResourceLite(&Resource);
    ExReleaseResourceLite(&Resource);
    ExReleaseResourceLite(&Resource);
    ok_eq_bool(Exclusive.Acquired, FALSE);
    KmtFinishWorker(&Workers[2]);
    ok(Exclusive.Acquired && Exclusive.Exclusive, "the exclusive waiter owns it exclusive");
    ok_eq_ulong(Workers[0].Order, 0);
    ok_eq_ulong(ExGetExclusiveWaiterCount(&Resource), 0);
    KmtFinishWorker(&Exclusive);
    ok(Workers[0].Acquired && Workers[0].SharedCount == 1, "then the shared waiter owns it shared");
    ok(Exclusive.Order == 1 && Workers[0].Order == 2, "in that order (%lu, %lu)", Exclusive.Order, Workers[0].Order);
    KmtFinishWorker(&Workers[0]);

    //
    // Two exclusive waiters get it one after the other, in the order they asked.
    //

    ExAcquireResourceExclusiveLite(&Resource, TRUE);
    KmtStartWorker(&Workers[0], &Resource, KmtExclusive, 10);
    KmtStartWorker(&Workers[1], &Resource, KmtExclusive, 10);
    ok_eq_ulong(ExGetExclusiveWaiterCount(&Resource), 2);
    KmtResourceOrder = 0;
    ExReleaseResourceLite(&Resource);
    ok(Workers[0].Order == 1 && Workers[1].Order == 0, "the first exclusive waiter owns it");
    KmtFinishWorker(&Workers[0]);
    ok_eq_ulong(Workers[1].Order, 2);
    KmtFinishWorker(&Workers[1]);

    //
    // Converting to shared lets the shared waiters in.
    //

    ExAcquireResourceExclusiveLite(&Resource, TRUE);
    KmtStartWorker(&Workers[0], &Resource, KmtShared, 10);
    ok_eq_bool(Workers[0].Acquired, FALSE);
    ExConvertExclusiveToSharedLite(&Resource);
    ok_eq_bool(Workers[0].Acquired, TRUE);
    ok_eq_bool(ExIsResourceAcquiredExclusiveLite(&Resource), FALSE);
    ok_eq_ulong(ExIsResourceAcquiredSharedLite(&Resource), 1);
    ok_eq_long(Resource.ActiveCount, 2);

    //
    // ExAcquireSharedWaitForExclusive: the tester, owning it shared, waits behind an exclusive waiter until a
    // lower-priority thread releases the tester's ownership for it and the exclusive owner has come and gone.
    //

    KmtStartWorker(&Exclusive, &Resource, KmtExclusive, 10);
    KeSetEvent(&Exclusive.Release, IO_NO_INCREMENT, FALSE);
    KmtFinishWorker(&Workers[0]);
    ok_eq_bool(Exclusive.Acquired, FALSE);
    KmtStartWorker(&Releaser, &Resource, KmtReleaseForTester, 6);
    KmtResourceOrder = 0;
    ok(ExAcquireSharedWaitForExclusive(&Resource, TRUE), "the tester gets it shared again");
    ok_eq_ulong(Exclusive.Order, 1);
    ok_eq_ulong(ExIsResourceAcquiredSharedLite(&Resource), 1);
    KeWaitForSingleObject(&Exclusive.Thread, Executive, KernelMode, FALSE, NULL);
    KeWaitForSingleObject(&Releaser.Thread, Executive, KernelMode, FALSE, NULL);
    ExReleaseResourceForThreadLite(&Resource, ExGetCurrentResourceThread());
    ok_eq_long(Resource.ActiveCount, 0);

    //
    // At APC_LEVEL no critical region is needed.
    //

    KeLeaveCriticalRegion();
    KeRaiseIrql(APC_LEVEL, &OldIrql);
    ok(ExAcquireResourceSharedLite(&Resource, TRUE), "acquired at APC_LEVEL");
    ExReleaseResourceLite(&Resource);
    KeLowerIrql(OldIrql);
    KeEnterCriticalRegion();

    //
    // Reinitialised, it is free; deleted, its pool is returned.
    //

    ExAcquireResourceExclusiveLite(&Resource, TRUE);
    ok_eq_hex(ExReinitializeResourceLite(&Resource), STATUS_SUCCESS);
    ok_eq_bool(ExIsResourceAcquiredExclusiveLite(&Resource), FALSE);
    ok(ExTryToAcquireResourceExclusiveLite(&Resource), "a reinitialised resource is free");
    ExReleaseResourceLite(&Resource);
    KeLeaveCriticalRegion();
    ok_eq_hex(ExDeleteResourceLite(&Resource), STATUS_SUCCESS);
    ok_eq_ulong(ExpPoolPagesInUse(), PoolPages);
}

//
// /RESOURCEAPC (a bug check test): acquiring a resource with normal kernel APCs enabled at PASSIVE_LEVEL
// fails the routine's assertion.
//

VOID
KmtAcquireResourceCarelessly(
    VOID
    )
{
    static ERESOURCE Resource;

    ExInitializeResourceLite(&Resource);
    ExAcquireResourceExclusiveLite(&Resource, TRUE);
}
