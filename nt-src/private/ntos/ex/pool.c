/*++

Module Name:

    pool.c

Abstract:

    Pool: nonpaged (runs of KSEG0) and paged (pages of the paged pool range, Mm's), each its own free list. A block is a
    16-byte header and the caller's bytes, in 16-byte units, carved from pool pages; the header records the
    block's size, the size of the block before it in the page, the pool type, whether it is allocated, and the
    caller's tag. Freeing coalesces with the free neighbours in the page and gives a page that became free back to
    Mm. A request that does not fit in a page takes whole pages, recorded in a list of large allocations; in
    paged pool those pages are demand zero, taking memory when first touched. The pages small blocks are carved
    from are resident from the start, since their headers are written under the pool's spin lock.

    What the DDK requires of callers is checked: allocating paged pool above APC_LEVEL or nonpaged pool above
    DISPATCH_LEVEL (BAD_POOL_CALLER 0x08), freeing above those levels (0x09), freeing a block twice (0x07);
    headers that contradict their neighbours are BAD_POOL_HEADER (0x05).

--*/

#include <ntos.h>

#define POOL_UNIT 16
#define POOL_UNITS_PER_PAGE (PAGE_SIZE / POOL_UNIT)
#define POOL_SIGNATURE 0x4C50              // "PL"
#define POOL_FREED_SIGNATURE 0x4650        // "PF": a header freed and merged away, or of a page given back
#define POOL_TYPES 2
#define POOL_LARGE_TAG 'gLxE'
#define POOL_NONE_TAG 'enoN'

#define BAD_POOL_CALLER_DOUBLE_FREE 0x07
#define BAD_POOL_CALLER_ALLOCATE_IRQL 0x08
#define BAD_POOL_CALLER_FREE_IRQL 0x09
#define BAD_POOL_HEADER_NEIGHBOURS 0x05

typedef struct _POOL_HEADER {
    USHORT PreviousSize;    // units of the block before this one in its page; 0 for the first
    USHORT BlockSize;       // units, this header included
    UCHAR PoolType;         // the base type: NonPagedPool or PagedPool
    UCHAR Allocated;
    USHORT Signature;
    ULONG PoolTag;
    ULONG Reserved;
} POOL_HEADER, *PPOOL_HEADER;

typedef struct _POOL_FREE_BLOCK {
    POOL_HEADER Header;
    LIST_ENTRY FreeListEntry;
} POOL_FREE_BLOCK, *PPOOL_FREE_BLOCK;

typedef struct _POOL_LARGE_ALLOCATION {
    LIST_ENTRY ListEntry;
    PVOID Base;
    ULONG Pages;
    ULONG PoolTag;
    POOL_TYPE PoolType;
} POOL_LARGE_ALLOCATION, *PPOOL_LARGE_ALLOCATION;

static LIST_ENTRY ExpFreeLists[POOL_TYPES] = {
    { &ExpFreeLists[0], &ExpFreeLists[0] },
    { &ExpFreeLists[1], &ExpFreeLists[1] },
};
static LIST_ENTRY ExpLargeAllocations = { &ExpLargeAllocations, &ExpLargeAllocations };
static KSPIN_LOCK ExpPoolLock;
static ULONG ExpPagesInUse;

static
ULONG
ExpBaseType(
    IN POOL_TYPE PoolType
    )
{
    return (PoolType & 1) != 0 ? PagedPool : NonPagedPool;
}

static
PPOOL_HEADER
ExpBlockAt(
    IN PPOOL_HEADER Header,
    IN LONG Units
    )
{
    return (PPOOL_HEADER)((PUCHAR)Header + Units * POOL_UNIT);
}

static
BOOLEAN
ExpLastInPage(
    IN PPOOL_HEADER Header
    )
{
    return (BOOLEAN)((((ULONG_PTR)Header & (PAGE_SIZE - 1)) / POOL_UNIT) + Header->BlockSize == POOL_UNITS_PER_PAGE);
}

static
VOID
ExpCheckHeader(
    IN PPOOL_HEADER Header
    )

/*++

Routine Description:

    A header must carry the signature, a size that stays within its page, and agree with its neighbours: the
    next block's PreviousSize is this block's size, and the previous block's size is this block's PreviousSize.

--*/

{
    ULONG Offset = ((ULONG_PTR)Header & (PAGE_SIZE - 1)) / POOL_UNIT;
    PPOOL_HEADER Neighbour;

    if (Header->Signature != POOL_SIGNATURE || Header->BlockSize == 0 || Offset + Header->BlockSize > POOL_UNITS_PER_PAGE
        || (Offset == 0) != (Header->PreviousSize == 0)) {
        KeBugCheckEx(BAD_POOL_HEADER, BAD_POOL_HEADER_NEIGHBOURS, (ULONG_PTR)Header, 0, 0);
    }
    if (!ExpLastInPage(Header)) {
        Neighbour = ExpBlockAt(Header, Header->BlockSize);
        if (Neighbour->Signature != POOL_SIGNATURE || Neighbour->PreviousSize != Header->BlockSize) {
            KeBugCheckEx(BAD_POOL_HEADER, BAD_POOL_HEADER_NEIGHBOURS, (ULONG_PTR)Header, 0, (ULONG_PTR)Neighbour);
        }
    }
    if (Header->PreviousSize != 0) {
        Neighbour = ExpBlockAt(Header, -(LONG)Header->PreviousSize);
        if (Neighbour->Signature != POOL_SIGNATURE || Neighbour->BlockSize != Header->PreviousSize) {
            KeBugCheckEx(BAD_POOL_HEADER, BAD_POOL_HEADER_NEIGHBOURS, (ULONG_PTR)Header, 0, (ULONG_PTR)Neighbour);
        }
    }
}

static
VOID
ExpMakeFree(
    IN PPOOL_HEADER Header,
    IN ULONG Type
    )
{
    PPOOL_FREE_BLOCK Block = (PPOOL_FREE_BLOCK)Header;

    Header->Allocated = FALSE;
    Header->PoolType = (UCHAR)Type;
    Header->PoolTag = 0;
    InsertTailList(&ExpFreeLists[Type], &Block->FreeListEntry);
}

static
PVOID
ExpAllocatePages(
    IN ULONG Type,
    IN ULONG Pages,
    IN BOOLEAN Resident
    )
{
    return Type == PagedPool ? MiAllocatePagedPoolPages(Pages, Resident) : MiAllocatePages(Pages, MAXULONG >> PAGE_SHIFT);
}

static
VOID
ExpFreePages(
    IN ULONG Type,
    IN PVOID Base
    )
{
    if (Type == PagedPool) {
        MiFreePagedPoolPages(Base);
    } else {
        MiFreePages(Base);
    }
}

static
PVOID
ExpAllocateLarge(
    IN POOL_TYPE PoolType,
    IN SIZE_T NumberOfBytes,
    IN ULONG Tag
    )
{
    PPOOL_LARGE_ALLOCATION Record;
    ULONG Pages = (ULONG)BYTES_TO_PAGES(NumberOfBytes);
    PVOID Base;

    Record = ExAllocatePoolWithTag(NonPagedPool, sizeof(POOL_LARGE_ALLOCATION), POOL_LARGE_TAG);
    if (Record == NULL) {
        return NULL;
    }
    Base = ExpAllocatePages(ExpBaseType(PoolType), Pages, FALSE);
    if (Base == NULL) {
        ExFreePoolWithTag(Record, POOL_LARGE_TAG);
        return NULL;
    }
    Record->Base = Base;
    Record->Pages = Pages;
    Record->PoolTag = Tag;
    Record->PoolType = (POOL_TYPE)ExpBaseType(PoolType);
    InsertTailList(&ExpLargeAllocations, &Record->ListEntry);
    return Base;
}

PVOID
NTAPI
ExAllocatePoolWithTag(
    IN POOL_TYPE PoolType,
    IN SIZE_T NumberOfBytes,
    IN ULONG Tag
    )

/*++

Routine Description:

    Allocates NumberOfBytes of pool, 16-byte aligned (a page-aligned run of pages when it does not fit in one
    page), tagged with Tag.

Return Value:

    The block, or NULL when no memory is left.

--*/

{
    ULONG Type = ExpBaseType(PoolType);
    KIRQL Irql = KeGetCurrentIrql();
    ULONG Units;
    PLIST_ENTRY Entry;
    PPOOL_HEADER Header;
    PPOOL_HEADER Rest;
    PPOOL_HEADER Next;
    KIRQL OldIrql;
    PVOID Page;

    if (Irql > (Type == PagedPool ? APC_LEVEL : DISPATCH_LEVEL)) {
        KeBugCheckEx(BAD_POOL_CALLER, BAD_POOL_CALLER_ALLOCATE_IRQL, Irql, PoolType, NumberOfBytes);
    }
    if (NumberOfBytes > PAGE_SIZE - sizeof(POOL_HEADER)) {
        return ExpAllocateLarge(PoolType, NumberOfBytes, Tag);
    }
    Units = (ULONG)((NumberOfBytes + sizeof(POOL_HEADER) + POOL_UNIT - 1) / POOL_UNIT);
    if (Units < sizeof(POOL_FREE_BLOCK) / POOL_UNIT + 1) {
        Units = (sizeof(POOL_FREE_BLOCK) + POOL_UNIT - 1) / POOL_UNIT;
    }
    KeAcquireSpinLock(&ExpPoolLock, &OldIrql);
    Header = NULL;
    for (Entry = ExpFreeLists[Type].Flink; Entry != &ExpFreeLists[Type]; Entry = Entry->Flink) {
        if (CONTAINING_RECORD(Entry, POOL_FREE_BLOCK, FreeListEntry)->Header.BlockSize >= Units) {
            Header = &CONTAINING_RECORD(Entry, POOL_FREE_BLOCK, FreeListEntry)->Header;
            RemoveEntryList(Entry);
            break;
        }
    }
    if (Header == NULL) {
        Page = ExpAllocatePages(Type, 1, TRUE);
        if (Page == NULL) {
            KeReleaseSpinLock(&ExpPoolLock, OldIrql);
            return NULL;
        }
        ExpPagesInUse += 1;
        Header = (PPOOL_HEADER)Page;
        Header->PreviousSize = 0;
        Header->BlockSize = POOL_UNITS_PER_PAGE;
        Header->Signature = POOL_SIGNATURE;
    }

    //
    // Split off what is left when it can hold a free block.
    //

    if (Header->BlockSize - Units >= (sizeof(POOL_FREE_BLOCK) + POOL_UNIT - 1) / POOL_UNIT) {
        Rest = ExpBlockAt(Header, Units);
        Rest->BlockSize = (USHORT)(Header->BlockSize - Units);
        Rest->PreviousSize = (USHORT)Units;
        Rest->Signature = POOL_SIGNATURE;
        if (!ExpLastInPage(Rest)) {
            Next = ExpBlockAt(Rest, Rest->BlockSize);
            Next->PreviousSize = Rest->BlockSize;
        }
        Header->BlockSize = (USHORT)Units;
        ExpMakeFree(Rest, Type);
    }
    Header->PoolType = (UCHAR)Type;
    Header->Allocated = TRUE;
    Header->PoolTag = Tag;
    KeReleaseSpinLock(&ExpPoolLock, OldIrql);
    return Header + 1;
}

PVOID
NTAPI
ExAllocatePool(
    IN POOL_TYPE PoolType,
    IN SIZE_T NumberOfBytes
    )
{
    return ExAllocatePoolWithTag(PoolType, NumberOfBytes, POOL_NONE_TAG);
}

static
BOOLEAN
ExpFreeLarge(
    IN PVOID P
    )
{
    PLIST_ENTRY Entry;
    PPOOL_LARGE_ALLOCATION Record = NULL;
    KIRQL OldIrql;

    KeAcquireSpinLock(&ExpPoolLock, &OldIrql);
    for (Entry = ExpLargeAllocations.Flink; Entry != &ExpLargeAllocations; Entry = Entry->Flink) {
        if (CONTAINING_RECORD(Entry, POOL_LARGE_ALLOCATION, ListEntry)->Base == P) {
            Record = CONTAINING_RECORD(Entry, POOL_LARGE_ALLOCATION, ListEntry);
            RemoveEntryList(Entry);
            break;
        }
    }
    KeReleaseSpinLock(&ExpPoolLock, OldIrql);
    if (Record == NULL) {
        return FALSE;
    }
    ExpFreePages(Record->PoolType, P);
    ExFreePoolWithTag(Record, POOL_LARGE_TAG);
    return TRUE;
}

VOID
NTAPI
ExFreePoolWithTag(
    IN PVOID P,
    IN ULONG Tag
    )

/*++

Routine Description:

    Frees a block ExAllocatePoolWithTag returned. A page-aligned address is a large allocation; any other is a
    block whose header precedes it.

--*/

{
    PPOOL_HEADER Header;
    PPOOL_HEADER Neighbour;
    ULONG Type;
    KIRQL Irql = KeGetCurrentIrql();
    KIRQL OldIrql;

    UNREFERENCED_PARAMETER(Tag);

    if (((ULONG_PTR)P & (PAGE_SIZE - 1)) == 0) {
        if (Irql > DISPATCH_LEVEL) {
            KeBugCheckEx(BAD_POOL_CALLER, BAD_POOL_CALLER_FREE_IRQL, Irql, NonPagedPool, (ULONG_PTR)P);
        }
        if (!ExpFreeLarge(P)) {
            KeBugCheckEx(BAD_POOL_CALLER, BAD_POOL_CALLER_DOUBLE_FREE, 0, 0, (ULONG_PTR)P);
        }
        return;
    }
    Header = (PPOOL_HEADER)P - 1;
    KeAcquireSpinLock(&ExpPoolLock, &OldIrql);
    if (Header->Signature == POOL_FREED_SIGNATURE) {
        KeBugCheckEx(BAD_POOL_CALLER, BAD_POOL_CALLER_DOUBLE_FREE, 0, *(PULONG)Header, (ULONG_PTR)P);
    }
    ExpCheckHeader(Header);
    Type = Header->PoolType;
    if (Irql > (Type == PagedPool ? APC_LEVEL : DISPATCH_LEVEL)) {
        KeBugCheckEx(BAD_POOL_CALLER, BAD_POOL_CALLER_FREE_IRQL, Irql, Type, (ULONG_PTR)P);
    }
    if (!Header->Allocated) {
        KeBugCheckEx(BAD_POOL_CALLER, BAD_POOL_CALLER_DOUBLE_FREE, 0, *(PULONG)Header, (ULONG_PTR)P);
    }

    //
    // Merge with a free block after it, then with a free block before it.
    //

    if (!ExpLastInPage(Header)) {
        Neighbour = ExpBlockAt(Header, Header->BlockSize);
        if (!Neighbour->Allocated) {
            RemoveEntryList(&((PPOOL_FREE_BLOCK)Neighbour)->FreeListEntry);
            Header->BlockSize = (USHORT)(Header->BlockSize + Neighbour->BlockSize);
            Neighbour->Signature = POOL_FREED_SIGNATURE;
            if (!ExpLastInPage(Header)) {
                ExpBlockAt(Header, Header->BlockSize)->PreviousSize = Header->BlockSize;
            }
        }
    }
    if (Header->PreviousSize != 0) {
        Neighbour = ExpBlockAt(Header, -(LONG)Header->PreviousSize);
        if (!Neighbour->Allocated) {
            RemoveEntryList(&((PPOOL_FREE_BLOCK)Neighbour)->FreeListEntry);
            Neighbour->BlockSize = (USHORT)(Neighbour->BlockSize + Header->BlockSize);
            Header->Signature = POOL_FREED_SIGNATURE;
            Header = Neighbour;
            if (!ExpLastInPage(Header)) {
                ExpBlockAt(Header, Header->BlockSize)->PreviousSize = Header->BlockSize;
            }
        }
    }
    if (Header->BlockSize == POOL_UNITS_PER_PAGE) {
        Header->Signature = POOL_FREED_SIGNATURE;
        ExpPagesInUse -= 1;
        KeReleaseSpinLock(&ExpPoolLock, OldIrql);
        ExpFreePages(Type, Header);
        return;
    }
    ExpMakeFree(Header, Type);
    KeReleaseSpinLock(&ExpPoolLock, OldIrql);
}

VOID
NTAPI
ExFreePool(
    IN PVOID P
    )
{
    ExFreePoolWithTag(P, 0);
}

ULONG
ExpPoolPagesInUse(
    VOID
    )
{
    return ExpPagesInUse;
}

ULONG
ExpPoolTagOf(
    IN PVOID P
    )
{
    PLIST_ENTRY Entry;

    if (((ULONG_PTR)P & (PAGE_SIZE - 1)) != 0) {
        return ((PPOOL_HEADER)P - 1)->PoolTag;
    }
    for (Entry = ExpLargeAllocations.Flink; Entry != &ExpLargeAllocations; Entry = Entry->Flink) {
        if (CONTAINING_RECORD(Entry, POOL_LARGE_ALLOCATION, ListEntry)->Base == P) {
            return CONTAINING_RECORD(Entry, POOL_LARGE_ALLOCATION, ListEntry)->PoolTag;
        }
    }
    return 0;
}
