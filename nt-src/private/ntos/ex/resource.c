/*++

Module Name:

    resource.c

Abstract:

    Executive resources (ERESOURCE): reader/writer locks. One thread may own a resource exclusive, or any
    number shared; each owner entry counts its thread's acquisitions, so both kinds are recursive (the
    exclusive owner may also acquire it shared, in the same entry). A shared request waits while an exclusive
    request waits, unless the caller owns it shared already (ExAcquireResourceSharedLite) or does not care
    (ExAcquireSharedStarveExclusive); ExAcquireSharedWaitForExclusive waits then even for a shared owner.
    Waiting shared acquirers sleep on a semaphore and exclusive ones on a synchronization event; a release
    that frees the resource hands it over: an exclusive owner's to every shared waiter if there are any, else
    to one exclusive waiter; the last shared owner's to one exclusive waiter. A woken waiter owns it already.
    The state is kept under the resource's spin lock. Callers acquire with normal kernel APCs disabled (a
    critical region) or at APC_LEVEL, as the DDK requires: an APC must not suspend an owner.

--*/

#include <ntos.h>

#define RESOURCE_TAG 'seRE'
#define RESOURCE_TABLE_MINIMUM 4

//
// The exclusive owner entry of a resource handed to a waiter that has not run yet.
//

#define EXP_GRANTED_OWNER ((ERESOURCE_THREAD)1)

typedef enum _EXP_SHARED_KIND {
    ExpSharedNormal,            // waits for exclusive waiters, unless an owner already
    ExpSharedStarveExclusive,   // never waits for exclusive waiters
    ExpSharedWaitForExclusive   // waits for exclusive waiters, owner or not
} EXP_SHARED_KIND;

static LIST_ENTRY ExpSystemResourcesList = { &ExpSystemResourcesList, &ExpSystemResourcesList };
static KSPIN_LOCK ExpResourceListLock;

static
VOID
ExpCheckAcquirer(
    VOID
    )
{
    ASSERT(KeGetCurrentIrql() <= APC_LEVEL);
    ASSERT(KeAreApcsDisabled() || KeGetCurrentIrql() == APC_LEVEL);
}

static
POWNER_ENTRY
ExpFindOwner(
    IN PERESOURCE Resource,
    IN ERESOURCE_THREAD Thread
    )
{
    ULONG Index;

    if (Resource->OwnerThreads[0].OwnerThread == Thread) {
        return &Resource->OwnerThreads[0];
    }
    if (Resource->OwnerThreads[1].OwnerThread == Thread) {
        return &Resource->OwnerThreads[1];
    }
    for (Index = 0; Index < Resource->TableSize; Index += 1) {
        if (Resource->OwnerTable[Index].OwnerThread == Thread) {
            return &Resource->OwnerTable[Index];
        }
    }
    return NULL;
}

static
POWNER_ENTRY
ExpNewOwner(
    IN PERESOURCE Resource,
    IN ERESOURCE_THREAD Thread
    )

/*++

Routine Description:

    Under the resource's lock: a free owner entry for Thread with one acquisition, the table doubled (from
    nonpaged pool) when every entry is taken.

--*/

{
    POWNER_ENTRY Entry = NULL;
    POWNER_ENTRY Table;
    ULONG Index;
    ULONG Size;

    if (Resource->OwnerThreads[0].OwnerThread == 0) {
        Entry = &Resource->OwnerThreads[0];
    } else if (Resource->OwnerThreads[1].OwnerThread == 0) {
        Entry = &Resource->OwnerThreads[1];
    } else {
        for (Index = 0; Index < Resource->TableSize; Index += 1) {
            if (Resource->OwnerTable[Index].OwnerThread == 0) {
                Entry = &Resource->OwnerTable[Index];
                break;
            }
        }
    }
    if (Entry == NULL) {
        Size = Resource->TableSize == 0 ? RESOURCE_TABLE_MINIMUM : Resource->TableSize * 2;
        Table = (POWNER_ENTRY)ExAllocatePoolWithTag(NonPagedPool, Size * sizeof(OWNER_ENTRY), RESOURCE_TAG);
        if (Table == NULL) {
            KeBugCheckEx(MUST_SUCCEED_POOL_EMPTY, Size * sizeof(OWNER_ENTRY), (ULONG_PTR)Resource, 0, 0);
        }
        RtlZeroMemory(Table, Size * sizeof(OWNER_ENTRY));
        if (Resource->OwnerTable != NULL) {
            RtlCopyMemory(Table, Resource->OwnerTable, Resource->TableSize * sizeof(OWNER_ENTRY));
            ExFreePoolWithTag(Resource->OwnerTable, RESOURCE_TAG);
        }
        Entry = &Table[Resource->TableSize];
        Resource->OwnerTable = Table;
        Resource->TableSize = Size;
    }
    Entry->OwnerThread = Thread;
    Entry->OwnerCount = 1;
    return Entry;
}

static
VOID
ExpGrantSharedWaiters(
    IN PERESOURCE Resource
    )

/*++

Routine Description:

    Under the lock, with the resource free or owned shared: makes every shared waiter an owner (each adds its
    entry when it runs) and wakes them.

--*/

{
    ULONG Count = Resource->NumberOfSharedWaiters;

    Resource->NumberOfSharedWaiters = 0;
    Resource->ActiveCount = (SHORT)(Resource->ActiveCount + Count);
    KeReleaseSemaphore(Resource->SharedWaiters, IO_NO_INCREMENT, (LONG)Count, FALSE);
}

static
VOID
ExpGrantFreeResource(
    IN PERESOURCE Resource,
    IN BOOLEAN SharedFirst
    )

/*++

Routine Description:

    Under the lock, once the last owner has released the resource: hands it to the waiters, shared ones first
    when SharedFirst (after an exclusive owner, so shared waiters are not starved), else one exclusive waiter
    first.

--*/

{
    if (Resource->NumberOfSharedWaiters != 0 && (SharedFirst || Resource->NumberOfExclusiveWaiters == 0)) {
        ExpGrantSharedWaiters(Resource);
    } else if (Resource->NumberOfExclusiveWaiters != 0) {
        Resource->NumberOfExclusiveWaiters -= 1;
        Resource->Flag |= ResourceOwnedExclusive;
        Resource->OwnerThreads[0].OwnerThread = EXP_GRANTED_OWNER;
        Resource->OwnerThreads[0].OwnerCount = 1;
        Resource->ActiveCount = 1;
        KeSetEvent(Resource->ExclusiveWaiters, IO_NO_INCREMENT, FALSE);
    }
}

NTSTATUS
NTAPI
ExInitializeResourceLite(
    OUT PERESOURCE Resource
    )

/*++

Routine Description:

    Initialises a resource in nonpaged storage, free, and lists it among the system's resources.

Return Value:

    STATUS_SUCCESS; STATUS_INSUFFICIENT_RESOURCES when its wait objects cannot be allocated.

--*/

{
    KIRQL OldIrql;

    RtlZeroMemory(Resource, sizeof(ERESOURCE));
    Resource->SharedWaiters = (PKSEMAPHORE)ExAllocatePoolWithTag(NonPagedPool, sizeof(KSEMAPHORE), RESOURCE_TAG);
    Resource->ExclusiveWaiters = (PKEVENT)ExAllocatePoolWithTag(NonPagedPool, sizeof(KEVENT), RESOURCE_TAG);
    if (Resource->SharedWaiters == NULL || Resource->ExclusiveWaiters == NULL) {
        if (Resource->SharedWaiters != NULL) {
            ExFreePoolWithTag(Resource->SharedWaiters, RESOURCE_TAG);
        }
        if (Resource->ExclusiveWaiters != NULL) {
            ExFreePoolWithTag(Resource->ExclusiveWaiters, RESOURCE_TAG);
        }
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeSemaphore(Resource->SharedWaiters, 0, MAXLONG);
    KeInitializeEvent(Resource->ExclusiveWaiters, SynchronizationEvent, FALSE);
    KeInitializeSpinLock(&Resource->SpinLock);
    KeAcquireSpinLock(&ExpResourceListLock, &OldIrql);
    InsertTailList(&ExpSystemResourcesList, &Resource->SystemResourcesList);
    KeReleaseSpinLock(&ExpResourceListLock, OldIrql);
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
ExReinitializeResourceLite(
    IN OUT PERESOURCE Resource
    )

/*++

Routine Description:

    Makes an initialised resource that no thread owns or waits for as good as new (its owner table is kept).

--*/

{
    KIRQL OldIrql;

    KeAcquireSpinLock(&Resource->SpinLock, &OldIrql);
    ASSERT(Resource->NumberOfSharedWaiters == 0 && Resource->NumberOfExclusiveWaiters == 0);
    if (Resource->OwnerTable != NULL) {
        RtlZeroMemory(Resource->OwnerTable, Resource->TableSize * sizeof(OWNER_ENTRY));
    }
    RtlZeroMemory(Resource->OwnerThreads, sizeof(Resource->OwnerThreads));
    Resource->ActiveCount = 0;
    Resource->Flag = 0;
    Resource->ContentionCount = 0;
    KeInitializeSemaphore(Resource->SharedWaiters, 0, MAXLONG);
    KeInitializeEvent(Resource->ExclusiveWaiters, SynchronizationEvent, FALSE);
    KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
ExDeleteResourceLite(
    IN OUT PERESOURCE Resource
    )

/*++

Routine Description:

    Takes a resource no thread waits for off the system's list and frees what it allocated.

--*/

{
    KIRQL OldIrql;

    ASSERT(Resource->NumberOfSharedWaiters == 0 && Resource->NumberOfExclusiveWaiters == 0);
    KeAcquireSpinLock(&ExpResourceListLock, &OldIrql);
    RemoveEntryList(&Resource->SystemResourcesList);
    KeReleaseSpinLock(&ExpResourceListLock, OldIrql);
    if (Resource->OwnerTable != NULL) {
        ExFreePoolWithTag(Resource->OwnerTable, RESOURCE_TAG);
        Resource->OwnerTable = NULL;
        Resource->TableSize = 0;
    }
    ExFreePoolWithTag(Resource->SharedWaiters, RESOURCE_TAG);
    ExFreePoolWithTag(Resource->ExclusiveWaiters, RESOURCE_TAG);
    Resource->SharedWaiters = NULL;
    Resource->ExclusiveWaiters = NULL;
    return STATUS_SUCCESS;
}

static
BOOLEAN
ExpAcquireExclusive(
    IN OUT PERESOURCE Resource,
    IN BOOLEAN Wait
    )
{
    KIRQL OldIrql;
    ERESOURCE_THREAD Thread = ExGetCurrentResourceThread();

    ExpCheckAcquirer();
    KeAcquireSpinLock(&Resource->SpinLock, &OldIrql);
    if (Resource->ActiveCount == 0) {
        Resource->Flag |= ResourceOwnedExclusive;
        Resource->OwnerThreads[0].OwnerThread = Thread;
        Resource->OwnerThreads[0].OwnerCount = 1;
        Resource->ActiveCount = 1;
    } else if ((Resource->Flag & ResourceOwnedExclusive) != 0 && Resource->OwnerThreads[0].OwnerThread == Thread) {
        Resource->OwnerThreads[0].OwnerCount += 1;
    } else if (!Wait) {
        KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
        return FALSE;
    } else {

        //
        // The releaser that hands it over makes it exclusive with a placeholder owner; the waiter names itself.
        //

        Resource->ContentionCount += 1;
        Resource->NumberOfExclusiveWaiters += 1;
        KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
        KeWaitForSingleObject(Resource->ExclusiveWaiters, Executive, KernelMode, FALSE, NULL);
        KeAcquireSpinLock(&Resource->SpinLock, &OldIrql);
        Resource->OwnerThreads[0].OwnerThread = Thread;
    }
    KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
    return TRUE;
}

static
BOOLEAN
ExpAcquireShared(
    IN OUT PERESOURCE Resource,
    IN BOOLEAN Wait,
    IN EXP_SHARED_KIND Kind
    )
{
    KIRQL OldIrql;
    ERESOURCE_THREAD Thread = ExGetCurrentResourceThread();
    POWNER_ENTRY Entry;

    ExpCheckAcquirer();
    KeAcquireSpinLock(&Resource->SpinLock, &OldIrql);
    if (Resource->ActiveCount == 0) {
        Resource->Flag &= ~ResourceOwnedExclusive;
        ExpNewOwner(Resource, Thread);
        Resource->ActiveCount = 1;
        KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
        return TRUE;
    }
    if ((Resource->Flag & ResourceOwnedExclusive) != 0) {
        if (Resource->OwnerThreads[0].OwnerThread == Thread) {
            Resource->OwnerThreads[0].OwnerCount += 1;
            KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
            return TRUE;
        }
    } else {
        Entry = ExpFindOwner(Resource, Thread);
        if (Entry != NULL && (Kind != ExpSharedWaitForExclusive || Resource->NumberOfExclusiveWaiters == 0)) {
            Entry->OwnerCount += 1;
            KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
            return TRUE;
        }
        if (Entry == NULL && (Kind == ExpSharedStarveExclusive || Resource->NumberOfExclusiveWaiters == 0)) {
            ExpNewOwner(Resource, Thread);
            Resource->ActiveCount += 1;
            KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
            return TRUE;
        }
    }
    if (!Wait) {
        KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
        return FALSE;
    }

    //
    // Wait to be granted it: the releaser counts this thread among the owners; it adds its entry (or, if it
    // still has one, one acquisition to it) when it runs.
    //

    Resource->ContentionCount += 1;
    Resource->NumberOfSharedWaiters += 1;
    KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
    KeWaitForSingleObject(Resource->SharedWaiters, Executive, KernelMode, FALSE, NULL);
    KeAcquireSpinLock(&Resource->SpinLock, &OldIrql);
    Entry = ExpFindOwner(Resource, Thread);
    if (Entry != NULL) {
        Entry->OwnerCount += 1;
        Resource->ActiveCount -= 1;
    } else {
        ExpNewOwner(Resource, Thread);
    }
    KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
    return TRUE;
}

BOOLEAN
NTAPI
ExAcquireResourceExclusiveLite(
    IN OUT PERESOURCE Resource,
    IN BOOLEAN Wait
    )

/*++

Routine Description:

    Acquires the resource exclusive: at once when it is free or the caller owns it exclusive (recursively);
    otherwise waits until it is handed over, or returns FALSE when Wait is FALSE. A shared owner asking for
    exclusive access deadlocks, as the DDK warns.

--*/

{
    return ExpAcquireExclusive(Resource, Wait);
}

BOOLEAN
NTAPI
ExTryToAcquireResourceExclusiveLite(
    IN OUT PERESOURCE Resource
    )
{
    return ExpAcquireExclusive(Resource, FALSE);
}

BOOLEAN
NTAPI
ExAcquireResourceSharedLite(
    IN OUT PERESOURCE Resource,
    IN BOOLEAN Wait
    )

/*++

Routine Description:

    Acquires the resource shared: at once when it is free, when the caller owns it (shared or exclusive:
    recursively, in the same mode), or when it is owned shared and no exclusive request waits; otherwise waits,
    or returns FALSE when Wait is FALSE.

--*/

{
    return ExpAcquireShared(Resource, Wait, ExpSharedNormal);
}

BOOLEAN
NTAPI
ExAcquireSharedStarveExclusive(
    IN OUT PERESOURCE Resource,
    IN BOOLEAN Wait
    )

/*++

Routine Description:

    As ExAcquireResourceSharedLite, but joins the shared owners even while exclusive requests wait.

--*/

{
    return ExpAcquireShared(Resource, Wait, ExpSharedStarveExclusive);
}

BOOLEAN
NTAPI
ExAcquireSharedWaitForExclusive(
    IN OUT PERESOURCE Resource,
    IN BOOLEAN Wait
    )

/*++

Routine Description:

    As ExAcquireResourceSharedLite, but a caller that owns the resource shared waits too while an exclusive
    request waits: until another thread releases its ownership for it (ExReleaseResourceForThreadLite) and the
    exclusive owner has come and gone.

--*/

{
    return ExpAcquireShared(Resource, Wait, ExpSharedWaitForExclusive);
}

VOID
NTAPI
ExReleaseResourceForThreadLite(
    IN OUT PERESOURCE Resource,
    IN ERESOURCE_THREAD ResourceThreadId
    )

/*++

Routine Description:

    Releases one acquisition of the resource by the thread ResourceThreadId names (ExGetCurrentResourceThread
    of the acquirer), at DISPATCH_LEVEL or below; the last one of the last owner hands it to the waiters. A
    thread that does not own it is a bug check (RESOURCE_NOT_OWNED).

--*/

{
    KIRQL OldIrql;
    POWNER_ENTRY Entry;

    ASSERT(KeGetCurrentIrql() <= DISPATCH_LEVEL);
    KeAcquireSpinLock(&Resource->SpinLock, &OldIrql);
    if ((Resource->Flag & ResourceOwnedExclusive) != 0) {
        Entry = Resource->OwnerThreads[0].OwnerThread == ResourceThreadId ? &Resource->OwnerThreads[0] : NULL;
    } else {
        Entry = ExpFindOwner(Resource, ResourceThreadId);
    }
    if (Entry == NULL || ResourceThreadId == 0) {
        KeBugCheckEx(RESOURCE_NOT_OWNED, (ULONG_PTR)Resource, ResourceThreadId, (ULONG_PTR)Resource->OwnerTable, 0);
    }
    Entry->OwnerCount -= 1;
    if (Entry->OwnerCount == 0) {
        Entry->OwnerThread = 0;
        Resource->ActiveCount -= 1;
        if (Resource->ActiveCount == 0) {
            if ((Resource->Flag & ResourceOwnedExclusive) != 0) {
                Resource->Flag &= ~ResourceOwnedExclusive;
                ExpGrantFreeResource(Resource, TRUE);
            } else {
                ExpGrantFreeResource(Resource, FALSE);
            }
        }
    }
    KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
}

VOID
FASTCALL
ExReleaseResourceLite(
    IN OUT PERESOURCE Resource
    )
{
    ExReleaseResourceForThreadLite(Resource, ExGetCurrentResourceThread());
}

VOID
NTAPI
ExConvertExclusiveToSharedLite(
    IN OUT PERESOURCE Resource
    )

/*++

Routine Description:

    Turns the caller's exclusive ownership into shared ownership (with as many acquisitions) and lets the
    shared waiters in with it. A caller that does not own the resource exclusive is a bug check
    (RESOURCE_NOT_OWNED).

--*/

{
    KIRQL OldIrql;
    ERESOURCE_THREAD Thread = ExGetCurrentResourceThread();

    KeAcquireSpinLock(&Resource->SpinLock, &OldIrql);
    if ((Resource->Flag & ResourceOwnedExclusive) == 0 || Resource->OwnerThreads[0].OwnerThread != Thread) {
        KeBugCheckEx(RESOURCE_NOT_OWNED, (ULONG_PTR)Resource, Thread, (ULONG_PTR)Resource->OwnerTable, 1);
    }
    Resource->Flag &= ~ResourceOwnedExclusive;
    if (Resource->NumberOfSharedWaiters != 0) {
        ExpGrantSharedWaiters(Resource);
    }
    KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
}

BOOLEAN
NTAPI
ExIsResourceAcquiredExclusiveLite(
    IN PERESOURCE Resource
    )
{
    return (BOOLEAN)((Resource->Flag & ResourceOwnedExclusive) != 0 &&
                     Resource->OwnerThreads[0].OwnerThread == ExGetCurrentResourceThread());
}

ULONG
NTAPI
ExIsResourceAcquiredSharedLite(
    IN PERESOURCE Resource
    )

/*++

Return Value:

    How many times the caller has acquired the resource, shared or exclusive (exclusive ownership is shared
    ownership too); 0 when it does not own it.

--*/

{
    KIRQL OldIrql;
    POWNER_ENTRY Entry;
    ULONG Count;

    KeAcquireSpinLock(&Resource->SpinLock, &OldIrql);
    Entry = ExpFindOwner(Resource, ExGetCurrentResourceThread());
    Count = Entry != NULL ? (ULONG)Entry->OwnerCount : 0;
    KeReleaseSpinLock(&Resource->SpinLock, OldIrql);
    return Count;
}

ULONG
NTAPI
ExGetExclusiveWaiterCount(
    IN PERESOURCE Resource
    )
{
    return Resource->NumberOfExclusiveWaiters;
}

ULONG
NTAPI
ExGetSharedWaiterCount(
    IN PERESOURCE Resource
    )
{
    return Resource->NumberOfSharedWaiters;
}
