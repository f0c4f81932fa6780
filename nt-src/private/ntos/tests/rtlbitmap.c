#include <kmtest.h>

/*++

Module Name:

    rtlbitmap.c

Abstract:

    Self-tests of the Rtl bitmap routines (rtl\bitmap.c) on a 70-bit bitmap, whose last ULONG is partly
    outside it: single bits and ranges, counts that ignore the bits beyond the size, ranges that are empty
    or run off the end, and run searches that start at a hint, cross ULONG boundaries and wrap around.

--*/

#define RTLP_TEST_BITS 70

static
VOID
RtlpTestSingleBits (
    IN PRTL_BITMAP BitMap
    )
{
    RtlClearAllBits(BitMap);
    ok_eq_ulong(RtlNumberOfClearBits(BitMap), RTLP_TEST_BITS);
    ok_eq_ulong(RtlNumberOfSetBits(BitMap), 0);

    RtlSetBit(BitMap, 5);
    ok_eq_bool(RtlTestBit(BitMap, 5), TRUE);
    ok_eq_bool(RtlTestBit(BitMap, 6), FALSE);
    ok_eq_hex(BitMap->Buffer[0], 0x20);

    RtlSetBit(BitMap, 69);
    ok_eq_hex(BitMap->Buffer[2], 0x20);
    RtlClearBit(BitMap, 5);
    ok_eq_bool(RtlTestBit(BitMap, 5), FALSE);
    ok_eq_ulong(RtlNumberOfSetBits(BitMap), 1);

    //
    // Setting every bit fills whole ULONGs, but only the bitmap's 70 bits count.
    //

    RtlSetAllBits(BitMap);
    ok_eq_ulong(RtlNumberOfSetBits(BitMap), RTLP_TEST_BITS);
    ok_eq_ulong(RtlNumberOfClearBits(BitMap), 0);
}

static
VOID
RtlpTestRanges (
    IN PRTL_BITMAP BitMap
    )
{
    RtlClearAllBits(BitMap);
    RtlSetBits(BitMap, 30, 10);
    ok_eq_ulong(RtlNumberOfSetBits(BitMap), 10);
    ok_eq_bool(RtlAreBitsSet(BitMap, 30, 10), TRUE);
    ok_eq_bool(RtlAreBitsSet(BitMap, 29, 10), FALSE);
    ok_eq_bool(RtlAreBitsSet(BitMap, 30, 11), FALSE);
    ok_eq_bool(RtlAreBitsClear(BitMap, 40, 30), TRUE);
    ok_eq_bool(RtlAreBitsClear(BitMap, 39, 2), FALSE);

    //
    // A zero length, or a range not wholly inside the bitmap, is never clear (or set).
    //

    ok_eq_bool(RtlAreBitsClear(BitMap, 0, 0), FALSE);
    ok_eq_bool(RtlAreBitsClear(BitMap, 60, 11), FALSE);
    ok_eq_bool(RtlAreBitsClear(BitMap, 70, 1), FALSE);

    RtlClearBits(BitMap, 32, 4);
    ok_eq_ulong(RtlNumberOfSetBits(BitMap), 6);
    ok_eq_bool(RtlAreBitsClear(BitMap, 32, 4), TRUE);
}

static
VOID
RtlpTestFindRuns (
    IN PRTL_BITMAP BitMap
    )
{
    ULONG Index;

    //
    // The search starts at the hint.
    //

    RtlClearAllBits(BitMap);
    Index = RtlFindClearBits(BitMap, 5, 20);
    ok_eq_ulong(Index, 20);

    //
    // Nothing clear from the hint to the end: the search wraps to the beginning.
    //

    RtlSetBits(BitMap, 40, 30);
    Index = RtlFindClearBits(BitMap, 10, 50);
    ok_eq_ulong(Index, 0);

    //
    // A run that crosses a ULONG boundary (bits 30..35), and none long enough.
    //

    RtlSetAllBits(BitMap);
    RtlClearBits(BitMap, 30, 6);
    Index = RtlFindClearBits(BitMap, 6, 0);
    ok_eq_ulong(Index, 30);
    Index = RtlFindClearBits(BitMap, 7, 0);
    ok_eq_hex(Index, 0xFFFFFFFF);

    //
    // A hint inside the run: from the hint first, then wrapping back to the run's start when the part
    // after the hint is too short.
    //

    Index = RtlFindClearBits(BitMap, 3, 32);
    ok_eq_ulong(Index, 32);
    Index = RtlFindClearBits(BitMap, 6, 32);
    ok_eq_ulong(Index, 30);

    Index = RtlFindClearBitsAndSet(BitMap, 6, 0);
    ok_eq_ulong(Index, 30);
    ok_eq_ulong(RtlNumberOfClearBits(BitMap), 0);
    Index = RtlFindClearBitsAndSet(BitMap, 1, 0);
    ok_eq_hex(Index, 0xFFFFFFFF);

    //
    // More bits than the bitmap holds are never found.
    //

    RtlClearAllBits(BitMap);
    Index = RtlFindClearBits(BitMap, RTLP_TEST_BITS + 1, 0);
    ok_eq_hex(Index, 0xFFFFFFFF);
    Index = RtlFindClearBits(BitMap, RTLP_TEST_BITS, 9);
    ok_eq_ulong(Index, 0);

    //
    // Set runs, a hint beyond the bitmap, and a run at the very end.
    //

    RtlSetBits(BitMap, 64, 6);
    Index = RtlFindSetBits(BitMap, 6, 1000);
    ok_eq_ulong(Index, 64);
    Index = RtlFindSetBitsAndClear(BitMap, 4, 65);
    ok_eq_ulong(Index, 65);
    ok_eq_ulong(RtlNumberOfSetBits(BitMap), 2);
    ok_eq_bool(RtlTestBit(BitMap, 64) && RtlTestBit(BitMap, 69), TRUE);

    //
    // Finding zero bits returns the hint, or bit zero for a hint beyond the bitmap.
    //

    Index = RtlFindClearBits(BitMap, 0, 17);
    ok_eq_ulong(Index, 17);
    Index = RtlFindClearBits(BitMap, 0, 500);
    ok_eq_ulong(Index, 0);
}

START_TEST(RtlBitmap)
{
    ULONG Buffer[3];
    RTL_BITMAP BitMap;

    Buffer[0] = Buffer[1] = Buffer[2] = 0xDEADBEEF;
    RtlInitializeBitMap(&BitMap, Buffer, RTLP_TEST_BITS);
    ok(BitMap.SizeOfBitMap == RTLP_TEST_BITS && BitMap.Buffer == Buffer && Buffer[1] == 0xDEADBEEF,
       "RtlInitializeBitMap records the buffer and size and leaves the bits alone");

    RtlpTestSingleBits(&BitMap);
    RtlpTestRanges(&BitMap);
    RtlpTestFindRuns(&BitMap);
}
