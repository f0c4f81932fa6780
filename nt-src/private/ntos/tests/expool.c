/*++

Module Name:

    expool.c

Abstract:

    Self-tests of physical pages and pool: contiguous allocations within the bound asked for and back when
    freed; pool blocks aligned, disjoint and tagged; coalescing giving pages back; large allocations; no pages
    lost over many allocations. KmtFreePoolTwice is the bug check test /DOUBLEFREE runs.

--*/

#include <kmtest.h>
#include <ntos.h>

#define KMT_TAG 'tseT'
#define KMT_BLOCKS 64

START_TEST(MmPages)
{
    PHYSICAL_ADDRESS Highest;
    PVOID First;
    PVOID Second;
    ULONG Physical;
    ULONG Available = MmAvailablePages;

    ok(MmNumberOfPhysicalPages == 128 * 256, "%lu pages of RAM, expected 32768 (128 MiB)", MmNumberOfPhysicalPages);
    ok(Available > 0 && Available < MmNumberOfPhysicalPages, "%lu pages available", Available);

    Highest.QuadPart = 0xFFFFFFFF;
    First = MmAllocateContiguousMemory(3 * PAGE_SIZE, Highest);
    ok(First != NULL, "three contiguous pages");
    ok_eq_ulong((ULONG_PTR)First & (PAGE_SIZE - 1), 0);
    ok_eq_ulong(MmAvailablePages, Available - 3);
    Physical = MmGetPhysicalAddress(First).LowPart;
    ok_eq_ulong(Physical, (ULONG_PTR)First - (ULONG_PTR)MM_SYSTEM_RANGE_START);
    ok(Physical >= 0x400000 || Physical + 3 * PAGE_SIZE <= 0x3F0000,
       "free memory only: not the images, the loader block or the kernel stack (0x%08lx)", Physical);
    RtlFillMemory(First, 3 * PAGE_SIZE, 0x5A);

    Second = MmAllocateContiguousMemory(PAGE_SIZE, Highest);
    ok(Second != NULL && ((PUCHAR)Second >= (PUCHAR)First + 3 * PAGE_SIZE || (PUCHAR)Second + PAGE_SIZE <= (PUCHAR)First),
       "a second run does not overlap the first");
    MmFreeContiguousMemory(Second);
    MmFreeContiguousMemory(First);
    ok_eq_ulong(MmAvailablePages, Available);

    //
    // The bound is honoured, and what cannot be had is NULL.
    //

    Highest.QuadPart = 0x7FFFFF;
    First = MmAllocateContiguousMemory(PAGE_SIZE, Highest);
    ok(First != NULL && MmGetPhysicalAddress(First).LowPart + PAGE_SIZE - 1 <= 0x7FFFFF, "a page below 8 MiB: 0x%08lx",
       MmGetPhysicalAddress(First).LowPart);
    MmFreeContiguousMemory(First);
    Highest.QuadPart = 0xFFFFFFFF;
    ok(MmAllocateContiguousMemory((SIZE_T)(MmNumberOfPhysicalPages + 1) * PAGE_SIZE, Highest) == NULL, "more than RAM is NULL");
    ok(MmAllocateContiguousMemory(0, Highest) == NULL, "zero bytes is NULL");
    ok_eq_ulong(MmAvailablePages, Available);
}

START_TEST(ExPool)
{
    PUCHAR Blocks[KMT_BLOCKS];
    PUCHAR A;
    PUCHAR B;
    PUCHAR C;
    PUCHAR Large;
    ULONG Pages = ExpPoolPagesInUse();
    ULONG Available = MmAvailablePages;
    ULONG Index;
    ULONG Byte;
    BOOLEAN Intact = TRUE;
    KIRQL OldIrql;

    A = ExAllocatePoolWithTag(NonPagedPool, 100, KMT_TAG);
    B = ExAllocatePoolWithTag(NonPagedPool, 100, KMT_TAG);
    C = ExAllocatePoolWithTag(PagedPool, 24, 'CtmK');
    ok(A != NULL && B != NULL && C != NULL, "three blocks");
    ok_eq_ulong((ULONG_PTR)A & 7, 0);
    ok_eq_ulong((ULONG_PTR)C & 7, 0);
    ok(B >= A + 100 || B + 100 <= A, "blocks do not overlap");
    ok_eq_hex(ExpPoolTagOf(A), KMT_TAG);
    ok_eq_hex(ExpPoolTagOf(C), 'CtmK');
    RtlFillMemory(A, 100, 0xAA);
    RtlFillMemory(B, 100, 0xBB);
    for (Byte = 0; Byte < 100; Byte += 1) {
        Intact = (BOOLEAN)(Intact && A[Byte] == 0xAA && B[Byte] == 0xBB);
    }
    ok(Intact, "each block keeps its own bytes");

    //
    // Freed in any order, neighbours merge and the page goes back.
    //

    ExFreePoolWithTag(B, KMT_TAG);
    ExFreePoolWithTag(A, KMT_TAG);
    ExFreePool(C);
    ok_eq_ulong(ExpPoolPagesInUse(), Pages);
    ok_eq_ulong(MmAvailablePages, Available);

    //
    // A block that does not fit in a page is a page-aligned run of pages.
    //

    Large = ExAllocatePoolWithTag(NonPagedPool, 3 * PAGE_SIZE + 1, KMT_TAG);
    ok(Large != NULL, "a large block");
    ok_eq_ulong((ULONG_PTR)Large & (PAGE_SIZE - 1), 0);
    ok_eq_hex(ExpPoolTagOf(Large), KMT_TAG);
    ok(MmAvailablePages <= Available - 4, "four pages taken for 3 pages and a byte");
    RtlFillMemory(Large, 3 * PAGE_SIZE + 1, 0x11);
    ExFreePool(Large);
    ok_eq_ulong(MmAvailablePages, Available);

    //
    // Many blocks of many sizes, freed from both ends: nothing is lost.
    //

    for (Index = 0; Index < KMT_BLOCKS; Index += 1) {
        Blocks[Index] = ExAllocatePoolWithTag(Index % 2 ? PagedPool : NonPagedPool, (Index * 37) % 700 + 1, KMT_TAG);
        if (Blocks[Index] != NULL) {
            RtlFillMemory(Blocks[Index], (Index * 37) % 700 + 1, (UCHAR)Index);
        }
    }
    Intact = TRUE;
    for (Index = 0; Index < KMT_BLOCKS; Index += 1) {
        Intact = (BOOLEAN)(Intact && Blocks[Index] != NULL && Blocks[Index][(Index * 37) % 700] == (UCHAR)Index);
    }
    ok(Intact, "64 blocks of 1 to 700 bytes allocated and intact");
    for (Index = 0; Index < KMT_BLOCKS / 2; Index += 1) {
        ExFreePool(Blocks[Index * 2]);
        ExFreePool(Blocks[KMT_BLOCKS - 1 - Index * 2]);
    }
    ok_eq_ulong(ExpPoolPagesInUse(), Pages);
    ok_eq_ulong(MmAvailablePages, Available);

    //
    // Nonpaged pool may be had at DISPATCH_LEVEL.
    //

    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    A = ExAllocatePoolWithTag(NonPagedPool, 16, KMT_TAG);
    ok(A != NULL, "nonpaged pool at DISPATCH_LEVEL");
    ExFreePool(A);
    KeLowerIrql(OldIrql);
}

VOID
KmtFreePoolTwice(
    VOID
    )

/*++

Routine Description:

    Frees a block twice: the second free is a BAD_POOL_CALLER (0xC2) bug check, parameter 1 = 7.

--*/

{
    PVOID Block = ExAllocatePoolWithTag(NonPagedPool, 32, KMT_TAG);

    ExFreePoolWithTag(Block, KMT_TAG);
    ExFreePoolWithTag(Block, KMT_TAG);
}

static ULONG KmtCustomAllocations;
static ULONG KmtCustomFrees;
static POOL_TYPE KmtCustomType;
static SIZE_T KmtCustomSize;
static ULONG KmtCustomTag;

static
PVOID
NTAPI
KmtCustomAllocate(
    IN POOL_TYPE PoolType,
    IN SIZE_T NumberOfBytes,
    IN ULONG Tag
    )
{
    KmtCustomAllocations += 1;
    KmtCustomType = PoolType;
    KmtCustomSize = NumberOfBytes;
    KmtCustomTag = Tag;
    return ExAllocatePoolWithTag(PoolType, NumberOfBytes, Tag);
}

static
VOID
NTAPI
KmtCustomFree(
    IN PVOID Buffer
    )
{
    KmtCustomFrees += 1;
    ExFreePool(Buffer);
}

START_TEST(ExLookaside)
{
    NPAGED_LOOKASIDE_LIST Lookaside;
    PVOID Entries[6];
    PVOID Again;
    ULONG Pages = ExpPoolPagesInUse();
    ULONG Index;

    ExInitializeNPagedLookasideList(&Lookaside, NULL, NULL, 0, 40, KMT_TAG, 0);
    Entries[0] = ExAllocateFromNPagedLookasideList(&Lookaside);
    ok(Entries[0] != NULL, "an entry from an empty list comes from pool");
    ok_eq_hex(ExpPoolTagOf(Entries[0]), KMT_TAG);
    ok_eq_ulong(Lookaside.AllocateMisses, 1);
    RtlFillMemory(Entries[0], 40, 0x77);
    ExFreeToNPagedLookasideList(&Lookaside, Entries[0]);
    Again = ExAllocateFromNPagedLookasideList(&Lookaside);
    ok_eq_pointer(Again, Entries[0]);
    ok_eq_ulong(Lookaside.AllocateMisses, 1);
    ok_eq_ulong(Lookaside.TotalAllocates, 2);
    ExFreeToNPagedLookasideList(&Lookaside, Again);

    //
    // Past its depth (4 by default) a free goes back to pool; deleting the list frees what it holds.
    //

    for (Index = 0; Index < 6; Index += 1) {
        Entries[Index] = ExAllocateFromNPagedLookasideList(&Lookaside);
    }
    for (Index = 0; Index < 6; Index += 1) {
        ExFreeToNPagedLookasideList(&Lookaside, Entries[Index]);
    }
    ok_eq_ulong(Lookaside.CurrentDepth, 4);
    ok_eq_ulong(Lookaside.FreeMisses, 2);
    ExDeleteNPagedLookasideList(&Lookaside);
    ok_eq_ulong(ExpPoolPagesInUse(), Pages);

    //
    // The caller's allocator and free routine are used, with the list's type, size and tag.
    //

    KmtCustomAllocations = 0;
    KmtCustomFrees = 0;
    ExInitializeNPagedLookasideList(&Lookaside, KmtCustomAllocate, KmtCustomFree, 0, 24, KMT_TAG, 1);
    Entries[0] = ExAllocateFromNPagedLookasideList(&Lookaside);
    Entries[1] = ExAllocateFromNPagedLookasideList(&Lookaside);
    ok_eq_ulong(KmtCustomAllocations, 2);
    ok(KmtCustomType == NonPagedPool && KmtCustomSize == 24 && KmtCustomTag == KMT_TAG,
       "the allocator is asked for NonPagedPool, the list's size and its tag");
    ExFreeToNPagedLookasideList(&Lookaside, Entries[0]);
    ExFreeToNPagedLookasideList(&Lookaside, Entries[1]);
    ok_eq_ulong(KmtCustomFrees, 1);
    ExDeleteNPagedLookasideList(&Lookaside);
    ok_eq_ulong(KmtCustomFrees, 2);
    ok_eq_ulong(ExpPoolPagesInUse(), Pages);
}
