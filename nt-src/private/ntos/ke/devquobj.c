/*++

Module Name:

    devquobj.c

Abstract:

    Device queues: the queue of requests waiting for a busy device, as the DDK documents KDEVICE_QUEUE. A queue
    is busy while its device works on a request; inserting into an idle queue marks it busy and inserts
    nothing (the caller starts the request itself), and removing from an empty one marks it idle. Entries are
    kept in arrival order or, when inserted by key, in ascending key order (equal keys in arrival order). The
    routines that insert and remove are called at DISPATCH_LEVEL and hold the queue's spin lock.

--*/

#include <ntos.h>

#define DEVICE_QUEUE_OBJECT_TYPE 20

VOID
NTAPI
KeInitializeDeviceQueue(
    OUT PKDEVICE_QUEUE DeviceQueue
    )
{
    DeviceQueue->Type = DEVICE_QUEUE_OBJECT_TYPE;
    DeviceQueue->Size = sizeof(KDEVICE_QUEUE);
    InitializeListHead(&DeviceQueue->DeviceListHead);
    KeInitializeSpinLock(&DeviceQueue->Lock);
    DeviceQueue->Busy = FALSE;
}

static
BOOLEAN
KiInsertDeviceQueue(
    IN PKDEVICE_QUEUE DeviceQueue,
    IN PKDEVICE_QUEUE_ENTRY DeviceQueueEntry,
    IN BOOLEAN ByKey,
    IN ULONG SortKey
    )
{
    PLIST_ENTRY Link;

    ASSERT(KeGetCurrentIrql() == DISPATCH_LEVEL);

    KeAcquireSpinLockAtDpcLevel(&DeviceQueue->Lock);
    if (!DeviceQueue->Busy) {
        DeviceQueue->Busy = TRUE;
        DeviceQueueEntry->Inserted = FALSE;
    } else {
        Link = &DeviceQueue->DeviceListHead;
        if (ByKey) {
            DeviceQueueEntry->SortKey = SortKey;
            while (Link->Blink != &DeviceQueue->DeviceListHead &&
                   CONTAINING_RECORD(Link->Blink, KDEVICE_QUEUE_ENTRY, DeviceListEntry)->SortKey > SortKey) {
                Link = Link->Blink;
            }
        }
        InsertTailList(Link, &DeviceQueueEntry->DeviceListEntry);
        DeviceQueueEntry->Inserted = TRUE;
    }
    KeReleaseSpinLockFromDpcLevel(&DeviceQueue->Lock);
    return DeviceQueueEntry->Inserted;
}

BOOLEAN
NTAPI
KeInsertDeviceQueue(
    IN PKDEVICE_QUEUE DeviceQueue,
    IN PKDEVICE_QUEUE_ENTRY DeviceQueueEntry
    )

/*++

Return Value:

    FALSE when the queue was idle: it is busy now and the entry was not inserted. TRUE when the entry waits at
    the queue's tail.

--*/

{
    return KiInsertDeviceQueue(DeviceQueue, DeviceQueueEntry, FALSE, 0);
}

BOOLEAN
NTAPI
KeInsertByKeyDeviceQueue(
    IN PKDEVICE_QUEUE DeviceQueue,
    IN PKDEVICE_QUEUE_ENTRY DeviceQueueEntry,
    IN ULONG SortKey
    )

/*++

Return Value:

    As KeInsertDeviceQueue; an entry inserted waits after every entry whose key is at most SortKey.

--*/

{
    return KiInsertDeviceQueue(DeviceQueue, DeviceQueueEntry, TRUE, SortKey);
}

static
PKDEVICE_QUEUE_ENTRY
KiRemoveDeviceQueue(
    IN PKDEVICE_QUEUE DeviceQueue,
    IN BOOLEAN ByKey,
    IN ULONG SortKey
    )
{
    PKDEVICE_QUEUE_ENTRY Entry = NULL;
    PLIST_ENTRY Link;

    ASSERT(KeGetCurrentIrql() == DISPATCH_LEVEL);

    KeAcquireSpinLockAtDpcLevel(&DeviceQueue->Lock);
    ASSERT(DeviceQueue->Busy);
    if (IsListEmpty(&DeviceQueue->DeviceListHead)) {
        DeviceQueue->Busy = FALSE;
    } else {
        Link = DeviceQueue->DeviceListHead.Flink;
        if (ByKey) {
            while (Link != &DeviceQueue->DeviceListHead &&
                   CONTAINING_RECORD(Link, KDEVICE_QUEUE_ENTRY, DeviceListEntry)->SortKey < SortKey) {
                Link = Link->Flink;
            }
            if (Link == &DeviceQueue->DeviceListHead) {
                Link = DeviceQueue->DeviceListHead.Flink;      // none at or above the key: wrap to the first
            }
        }
        RemoveEntryList(Link);
        Entry = CONTAINING_RECORD(Link, KDEVICE_QUEUE_ENTRY, DeviceListEntry);
        Entry->Inserted = FALSE;
    }
    KeReleaseSpinLockFromDpcLevel(&DeviceQueue->Lock);
    return Entry;
}

PKDEVICE_QUEUE_ENTRY
NTAPI
KeRemoveDeviceQueue(
    IN PKDEVICE_QUEUE DeviceQueue
    )

/*++

Return Value:

    The entry at the head of a busy queue, or NULL when it is empty: the queue is idle then.

--*/

{
    return KiRemoveDeviceQueue(DeviceQueue, FALSE, 0);
}

PKDEVICE_QUEUE_ENTRY
NTAPI
KeRemoveByKeyDeviceQueue(
    IN PKDEVICE_QUEUE DeviceQueue,
    IN ULONG SortKey
    )

/*++

Return Value:

    The first entry whose key is at least SortKey, else the first entry; NULL when the queue is empty (it is
    idle then).

--*/

{
    return KiRemoveDeviceQueue(DeviceQueue, TRUE, SortKey);
}

BOOLEAN
NTAPI
KeRemoveEntryDeviceQueue(
    IN PKDEVICE_QUEUE DeviceQueue,
    IN PKDEVICE_QUEUE_ENTRY DeviceQueueEntry
    )

/*++

Routine Description:

    Takes one entry out of the queue if it is in it (a cancelled request), at or below DISPATCH_LEVEL.

Return Value:

    TRUE when the entry was in the queue.

--*/

{
    BOOLEAN Removed;
    KIRQL OldIrql;

    KeAcquireSpinLock(&DeviceQueue->Lock, &OldIrql);
    Removed = DeviceQueueEntry->Inserted;
    if (Removed) {
        RemoveEntryList(&DeviceQueueEntry->DeviceListEntry);
        DeviceQueueEntry->Inserted = FALSE;
    }
    KeReleaseSpinLock(&DeviceQueue->Lock, OldIrql);
    return Removed;
}
