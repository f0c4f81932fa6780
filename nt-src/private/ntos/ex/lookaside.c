/*++

Module Name:

    lookaside.c

Abstract:

    Nonpaged lookaside lists: freed entries are kept on a singly linked list, up to the list's depth, and handed
    out again before new ones are allocated; past the depth a free goes to the allocator's free routine. The
    counters record allocations, frees and the misses of each.

--*/

#include <ntos.h>

#define LOOKASIDE_DEFAULT_DEPTH 4

static
PVOID
NTAPI
ExpDefaultAllocate(
    IN POOL_TYPE PoolType,
    IN SIZE_T NumberOfBytes,
    IN ULONG Tag
    )
{
    return ExAllocatePoolWithTag(PoolType, NumberOfBytes, Tag);
}

static
VOID
NTAPI
ExpDefaultFree(
    IN PVOID Buffer
    )
{
    ExFreePool(Buffer);
}

VOID
NTAPI
ExInitializeNPagedLookasideList(
    OUT PNPAGED_LOOKASIDE_LIST Lookaside,
    IN PALLOCATE_FUNCTION Allocate OPTIONAL,
    IN PFREE_FUNCTION Free OPTIONAL,
    IN ULONG Flags,
    IN SIZE_T Size,
    IN ULONG Tag,
    IN USHORT Depth
    )

/*++

Routine Description:

    Initialises a lookaside list of nonpaged entries of Size bytes (at least LOOKASIDE_MINIMUM_BLOCK_SIZE),
    allocated with Allocate (pool when NULL) and freed with Free (pool when NULL). Depth 0 takes the default.

--*/

{
    UNREFERENCED_PARAMETER(Flags);

    Lookaside->ListHead.Next = NULL;
    Lookaside->Depth = Depth != 0 ? Depth : LOOKASIDE_DEFAULT_DEPTH;
    Lookaside->CurrentDepth = 0;
    Lookaside->TotalAllocates = 0;
    Lookaside->AllocateMisses = 0;
    Lookaside->TotalFrees = 0;
    Lookaside->FreeMisses = 0;
    Lookaside->Type = NonPagedPool;
    Lookaside->Tag = Tag;
    Lookaside->Size = (ULONG)(Size < LOOKASIDE_MINIMUM_BLOCK_SIZE ? LOOKASIDE_MINIMUM_BLOCK_SIZE : Size);
    Lookaside->Allocate = Allocate != NULL ? Allocate : ExpDefaultAllocate;
    Lookaside->Free = Free != NULL ? Free : ExpDefaultFree;
    KeInitializeSpinLock(&Lookaside->Lock);
}

PVOID
NTAPI
ExAllocateFromNPagedLookasideList(
    IN PNPAGED_LOOKASIDE_LIST Lookaside
    )

/*++

Return Value:

    The most recently freed entry the list holds, else a new one from the allocator (NULL if it has none).

--*/

{
    KIRQL OldIrql;
    PSINGLE_LIST_ENTRY Entry;

    KeAcquireSpinLock(&Lookaside->Lock, &OldIrql);
    Lookaside->TotalAllocates += 1;
    Entry = PopEntryList(&Lookaside->ListHead);
    if (Entry != NULL) {
        Lookaside->CurrentDepth -= 1;
    } else {
        Lookaside->AllocateMisses += 1;
    }
    KeReleaseSpinLock(&Lookaside->Lock, OldIrql);
    return Entry != NULL ? (PVOID)Entry : Lookaside->Allocate(Lookaside->Type, Lookaside->Size, Lookaside->Tag);
}

VOID
NTAPI
ExFreeToNPagedLookasideList(
    IN PNPAGED_LOOKASIDE_LIST Lookaside,
    IN PVOID Entry
    )
{
    KIRQL OldIrql;
    BOOLEAN Keep;

    KeAcquireSpinLock(&Lookaside->Lock, &OldIrql);
    Lookaside->TotalFrees += 1;
    Keep = (BOOLEAN)(Lookaside->CurrentDepth < Lookaside->Depth);
    if (Keep) {
        PushEntryList(&Lookaside->ListHead, (PSINGLE_LIST_ENTRY)Entry);
        Lookaside->CurrentDepth += 1;
    } else {
        Lookaside->FreeMisses += 1;
    }
    KeReleaseSpinLock(&Lookaside->Lock, OldIrql);
    if (!Keep) {
        Lookaside->Free(Entry);
    }
}

VOID
NTAPI
ExDeleteNPagedLookasideList(
    IN PNPAGED_LOOKASIDE_LIST Lookaside
    )

/*++

Routine Description:

    Frees every entry the list holds; the list may not be used again until initialised.

--*/

{
    PSINGLE_LIST_ENTRY Entry;

    while ((Entry = PopEntryList(&Lookaside->ListHead)) != NULL) {
        Lookaside->Free(Entry);
    }
    Lookaside->CurrentDepth = 0;
}
