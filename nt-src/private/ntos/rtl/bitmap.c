/*++

Module Name:

    bitmap.c

Abstract:

    Bitmaps: SizeOfBitMap bits held in a caller's buffer of ULONGs, bit N being bit (N % 32) of ULONG
    (N / 32). The routines set, clear and test single bits and ranges, count bits, and find runs of clear
    or set bits starting at a hint and wrapping around to the beginning of the bitmap.

    Bits of the last ULONG beyond SizeOfBitMap are never looked at, though RtlSetAllBits and
    RtlClearAllBits fill them along with the rest of the ULONG.

Environment:

    Kernel mode, any IRQL when the bitmap is resident.

--*/

#include <ntddk.h>

#define RTLP_BITS_PER_ULONG 32
#define RTLP_NOT_FOUND 0xFFFFFFFF

#define RTLP_BIT_WORD(BitMap, Bit) ((BitMap)->Buffer[(Bit) / RTLP_BITS_PER_ULONG])
#define RTLP_BIT_MASK(Bit) (1UL << ((Bit) % RTLP_BITS_PER_ULONG))

VOID
NTAPI
RtlInitializeBitMap (
    OUT PRTL_BITMAP BitMapHeader,
    IN PULONG BitMapBuffer,
    IN ULONG SizeOfBitMap
    )

/*++

Routine Description:

    Initializes a bitmap header to describe a buffer. The buffer's contents are not changed.

Arguments:

    BitMapHeader - Supplies the header to initialize.

    BitMapBuffer - Supplies the buffer, at least (SizeOfBitMap + 31) / 32 ULONGs.

    SizeOfBitMap - Supplies the number of bits.

Return Value:

    None.

--*/

{
    BitMapHeader->SizeOfBitMap = SizeOfBitMap;
    BitMapHeader->Buffer = BitMapBuffer;
}

static
ULONG
RtlpBitMapUlongs (
    IN PRTL_BITMAP BitMapHeader
    )

/*++

Routine Description:

    Returns the number of ULONGs that hold a bitmap's bits.

Arguments:

    BitMapHeader - Supplies the bitmap.

Return Value:

    (SizeOfBitMap + 31) / 32.

--*/

{
    return (BitMapHeader->SizeOfBitMap + RTLP_BITS_PER_ULONG - 1) / RTLP_BITS_PER_ULONG;
}

VOID
NTAPI
RtlClearAllBits (
    IN PRTL_BITMAP BitMapHeader
    )

/*++

Routine Description:

    Clears every bit of a bitmap.

Arguments:

    BitMapHeader - Supplies the bitmap.

Return Value:

    None.

--*/

{
    memset(BitMapHeader->Buffer, 0, RtlpBitMapUlongs(BitMapHeader) * sizeof(ULONG));
}

VOID
NTAPI
RtlSetAllBits (
    IN PRTL_BITMAP BitMapHeader
    )

/*++

Routine Description:

    Sets every bit of a bitmap.

Arguments:

    BitMapHeader - Supplies the bitmap.

Return Value:

    None.

--*/

{
    memset(BitMapHeader->Buffer, 0xFF, RtlpBitMapUlongs(BitMapHeader) * sizeof(ULONG));
}

VOID
NTAPI
RtlClearBit (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG BitNumber
    )

/*++

Routine Description:

    Clears one bit of a bitmap. A bit number beyond the bitmap changes nothing.

Arguments:

    BitMapHeader - Supplies the bitmap.

    BitNumber - Supplies the zero-based number of the bit.

Return Value:

    None.

--*/

{
    if (BitNumber < BitMapHeader->SizeOfBitMap) {
        RTLP_BIT_WORD(BitMapHeader, BitNumber) &= ~RTLP_BIT_MASK(BitNumber);
    }
}

VOID
NTAPI
RtlSetBit (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG BitNumber
    )

/*++

Routine Description:

    Sets one bit of a bitmap. A bit number beyond the bitmap changes nothing.

Arguments:

    BitMapHeader - Supplies the bitmap.

    BitNumber - Supplies the zero-based number of the bit.

Return Value:

    None.

--*/

{
    if (BitNumber < BitMapHeader->SizeOfBitMap) {
        RTLP_BIT_WORD(BitMapHeader, BitNumber) |= RTLP_BIT_MASK(BitNumber);
    }
}

BOOLEAN
NTAPI
RtlTestBit (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG BitNumber
    )

/*++

Routine Description:

    Tests one bit of a bitmap.

Arguments:

    BitMapHeader - Supplies the bitmap.

    BitNumber - Supplies the zero-based number of the bit.

Return Value:

    TRUE when the bit is set; FALSE when it is clear or beyond the bitmap.

--*/

{
    if (BitNumber >= BitMapHeader->SizeOfBitMap) {
        return FALSE;
    }

    return (BOOLEAN)((RTLP_BIT_WORD(BitMapHeader, BitNumber) & RTLP_BIT_MASK(BitNumber)) != 0);
}

static
VOID
RtlpFillBits (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG StartingIndex,
    IN ULONG Count,
    IN BOOLEAN Set
    )

/*++

Routine Description:

    Sets or clears a range of bits, clipped to the bitmap: partial ULONGs bit by bit, whole ULONGs at once.

Arguments:

    BitMapHeader - Supplies the bitmap.

    StartingIndex - Supplies the first bit of the range.

    Count - Supplies the number of bits.

    Set - Supplies TRUE to set the bits, FALSE to clear them.

Return Value:

    None.

--*/

{
    ULONG Bit;
    ULONG End;
    ULONG Size = BitMapHeader->SizeOfBitMap;

    if (StartingIndex >= Size) {
        return;
    }

    if (Count > Size - StartingIndex) {
        Count = Size - StartingIndex;
    }

    Bit = StartingIndex;
    End = StartingIndex + Count;
    while (Bit < End) {
        if ((Bit % RTLP_BITS_PER_ULONG) == 0 && End - Bit >= RTLP_BITS_PER_ULONG) {
            RTLP_BIT_WORD(BitMapHeader, Bit) = Set ? 0xFFFFFFFF : 0;
            Bit += RTLP_BITS_PER_ULONG;

        } else {
            if (Set) {
                RTLP_BIT_WORD(BitMapHeader, Bit) |= RTLP_BIT_MASK(Bit);
            } else {
                RTLP_BIT_WORD(BitMapHeader, Bit) &= ~RTLP_BIT_MASK(Bit);
            }

            Bit += 1;
        }
    }
}

VOID
NTAPI
RtlClearBits (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG StartingIndex,
    IN ULONG NumberToClear
    )

/*++

Routine Description:

    Clears a range of bits. The part of the range beyond the bitmap is ignored.

Arguments:

    BitMapHeader - Supplies the bitmap.

    StartingIndex - Supplies the first bit to clear.

    NumberToClear - Supplies the number of bits to clear.

Return Value:

    None.

--*/

{
    RtlpFillBits(BitMapHeader, StartingIndex, NumberToClear, FALSE);
}

VOID
NTAPI
RtlSetBits (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG StartingIndex,
    IN ULONG NumberToSet
    )

/*++

Routine Description:

    Sets a range of bits. The part of the range beyond the bitmap is ignored.

Arguments:

    BitMapHeader - Supplies the bitmap.

    StartingIndex - Supplies the first bit to set.

    NumberToSet - Supplies the number of bits to set.

Return Value:

    None.

--*/

{
    RtlpFillBits(BitMapHeader, StartingIndex, NumberToSet, TRUE);
}

static
ULONG
RtlpMatchingRunLength (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG StartingIndex,
    IN ULONG Limit,
    IN BOOLEAN Set
    )

/*++

Routine Description:

    Counts the bits from StartingIndex on that are all set (or all clear), stopping at the first other bit,
    at Limit bits, or at the end of the bitmap.

Arguments:

    BitMapHeader - Supplies the bitmap.

    StartingIndex - Supplies the first bit to look at (within the bitmap).

    Limit - Supplies the most bits worth counting.

    Set - Supplies TRUE to count set bits, FALSE to count clear ones.

Return Value:

    The length of the run, at most Limit.

--*/

{
    ULONG Bit = StartingIndex;
    ULONG Size = BitMapHeader->SizeOfBitMap;
    ULONG Word;
    ULONG Count = 0;

    while (Count < Limit && Bit < Size) {
        Word = RTLP_BIT_WORD(BitMapHeader, Bit);
        if (!Set) {
            Word = ~Word;
        }

        if ((Bit % RTLP_BITS_PER_ULONG) == 0 && Word == 0xFFFFFFFF && Size - Bit >= RTLP_BITS_PER_ULONG) {
            Count += RTLP_BITS_PER_ULONG;
            Bit += RTLP_BITS_PER_ULONG;
            continue;
        }

        if ((Word & RTLP_BIT_MASK(Bit)) == 0) {
            break;
        }

        Count += 1;
        Bit += 1;
    }

    return Count < Limit ? Count : Limit;
}

BOOLEAN
NTAPI
RtlAreBitsClear (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG StartingIndex,
    IN ULONG Length
    )

/*++

Routine Description:

    Determines whether a range of bits is entirely clear.

Arguments:

    BitMapHeader - Supplies the bitmap.

    StartingIndex - Supplies the first bit of the range.

    Length - Supplies the number of bits.

Return Value:

    TRUE when bits StartingIndex through StartingIndex + Length - 1 are all clear; FALSE when any is set,
    when the range does not lie within the bitmap, or when Length is zero.

--*/

{
    ULONG Size = BitMapHeader->SizeOfBitMap;

    if (Length == 0 || StartingIndex >= Size || Length > Size - StartingIndex) {
        return FALSE;
    }

    return (BOOLEAN)(RtlpMatchingRunLength(BitMapHeader, StartingIndex, Length, FALSE) == Length);
}

BOOLEAN
NTAPI
RtlAreBitsSet (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG StartingIndex,
    IN ULONG Length
    )

/*++

Routine Description:

    Determines whether a range of bits is entirely set.

Arguments:

    BitMapHeader - Supplies the bitmap.

    StartingIndex - Supplies the first bit of the range.

    Length - Supplies the number of bits.

Return Value:

    TRUE when bits StartingIndex through StartingIndex + Length - 1 are all set; FALSE when any is clear,
    when the range does not lie within the bitmap, or when Length is zero.

--*/

{
    ULONG Size = BitMapHeader->SizeOfBitMap;

    if (Length == 0 || StartingIndex >= Size || Length > Size - StartingIndex) {
        return FALSE;
    }

    return (BOOLEAN)(RtlpMatchingRunLength(BitMapHeader, StartingIndex, Length, TRUE) == Length);
}

static
ULONG
RtlpFindRunInRange (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG NumberToFind,
    IN ULONG FirstStart,
    IN ULONG LastStart,
    IN BOOLEAN Set
    )

/*++

Routine Description:

    Finds the lowest bit in FirstStart..LastStart that begins a run of NumberToFind set (or clear) bits
    lying within the bitmap.

Arguments:

    BitMapHeader - Supplies the bitmap.

    NumberToFind - Supplies the length of the run, not zero and not more than the bitmap's size.

    FirstStart - Supplies the lowest bit the run may begin at.

    LastStart - Supplies the highest bit the run may begin at.

    Set - Supplies TRUE to find set bits, FALSE to find clear ones.

Return Value:

    The first bit of the run, or 0xFFFFFFFF when there is none.

--*/

{
    ULONG Start = FirstStart;
    ULONG Run;
    ULONG Word;

    if (LastStart > BitMapHeader->SizeOfBitMap - NumberToFind) {
        LastStart = BitMapHeader->SizeOfBitMap - NumberToFind;
    }

    while (Start <= LastStart) {

        //
        // A whole ULONG of the wrong bits cannot hold the run's first bit: skip it.
        //

        Word = RTLP_BIT_WORD(BitMapHeader, Start);
        if (Set) {
            Word = ~Word;
        }

        if ((Start % RTLP_BITS_PER_ULONG) == 0 && Word == 0xFFFFFFFF) {
            Start += RTLP_BITS_PER_ULONG;
            continue;
        }

        Run = RtlpMatchingRunLength(BitMapHeader, Start, NumberToFind, Set);
        if (Run == NumberToFind) {
            return Start;
        }

        //
        // The run ends at bit Start + Run, which does not match: the next candidate is the bit after it.
        //

        Start += Run + 1;
    }

    return RTLP_NOT_FOUND;
}

static
ULONG
RtlpFindRun (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG NumberToFind,
    IN ULONG HintIndex,
    IN BOOLEAN Set
    )

/*++

Routine Description:

    Finds a run of NumberToFind set (or clear) bits: first one that begins at or after the hint, then,
    wrapping around, one that begins before it.

Arguments:

    BitMapHeader - Supplies the bitmap.

    NumberToFind - Supplies the length of the run.

    HintIndex - Supplies the bit to start looking at; a hint beyond the bitmap starts at bit zero.

    Set - Supplies TRUE to find set bits, FALSE to find clear ones.

Return Value:

    The first bit of the run, or 0xFFFFFFFF when there is none. A NumberToFind of zero finds the hint.

--*/

{
    ULONG Size = BitMapHeader->SizeOfBitMap;
    ULONG Start;

    if (HintIndex >= Size) {
        HintIndex = 0;
    }

    if (NumberToFind == 0) {
        return HintIndex;
    }

    if (NumberToFind > Size) {
        return RTLP_NOT_FOUND;
    }

    Start = RtlpFindRunInRange(BitMapHeader, NumberToFind, HintIndex, Size - NumberToFind, Set);
    if (Start == RTLP_NOT_FOUND && HintIndex != 0) {
        Start = RtlpFindRunInRange(BitMapHeader, NumberToFind, 0, HintIndex - 1, Set);
    }

    return Start;
}

ULONG
NTAPI
RtlFindClearBits (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG NumberToFind,
    IN ULONG HintIndex
    )

/*++

Routine Description:

    Finds a run of clear bits of the requested length, searching from the hint to the end of the bitmap,
    then from the beginning back to the hint.

Arguments:

    BitMapHeader - Supplies the bitmap.

    NumberToFind - Supplies how many contiguous clear bits are wanted.

    HintIndex - Supplies the bit to start looking at.

Return Value:

    The zero-based index of the first bit of the run, or 0xFFFFFFFF when the bitmap has no such run.

--*/

{
    return RtlpFindRun(BitMapHeader, NumberToFind, HintIndex, FALSE);
}

ULONG
NTAPI
RtlFindSetBits (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG NumberToFind,
    IN ULONG HintIndex
    )

/*++

Routine Description:

    Finds a run of set bits of the requested length, searching from the hint to the end of the bitmap,
    then from the beginning back to the hint.

Arguments:

    BitMapHeader - Supplies the bitmap.

    NumberToFind - Supplies how many contiguous set bits are wanted.

    HintIndex - Supplies the bit to start looking at.

Return Value:

    The zero-based index of the first bit of the run, or 0xFFFFFFFF when the bitmap has no such run.

--*/

{
    return RtlpFindRun(BitMapHeader, NumberToFind, HintIndex, TRUE);
}

ULONG
NTAPI
RtlFindClearBitsAndSet (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG NumberToFind,
    IN ULONG HintIndex
    )

/*++

Routine Description:

    Finds a run of clear bits of the requested length as RtlFindClearBits does, and sets them.

Arguments:

    BitMapHeader - Supplies the bitmap.

    NumberToFind - Supplies how many contiguous clear bits are wanted.

    HintIndex - Supplies the bit to start looking at.

Return Value:

    The zero-based index of the first bit of the run, or 0xFFFFFFFF (nothing changed) when the bitmap has
    no such run.

--*/

{
    ULONG Start;

    Start = RtlpFindRun(BitMapHeader, NumberToFind, HintIndex, FALSE);
    if (Start != RTLP_NOT_FOUND) {
        RtlpFillBits(BitMapHeader, Start, NumberToFind, TRUE);
    }

    return Start;
}

ULONG
NTAPI
RtlFindSetBitsAndClear (
    IN PRTL_BITMAP BitMapHeader,
    IN ULONG NumberToFind,
    IN ULONG HintIndex
    )

/*++

Routine Description:

    Finds a run of set bits of the requested length as RtlFindSetBits does, and clears them.

Arguments:

    BitMapHeader - Supplies the bitmap.

    NumberToFind - Supplies how many contiguous set bits are wanted.

    HintIndex - Supplies the bit to start looking at.

Return Value:

    The zero-based index of the first bit of the run, or 0xFFFFFFFF (nothing changed) when the bitmap has
    no such run.

--*/

{
    ULONG Start;

    Start = RtlpFindRun(BitMapHeader, NumberToFind, HintIndex, TRUE);
    if (Start != RTLP_NOT_FOUND) {
        RtlpFillBits(BitMapHeader, Start, NumberToFind, FALSE);
    }

    return Start;
}

ULONG
NTAPI
RtlNumberOfSetBits (
    IN PRTL_BITMAP BitMapHeader
    )

/*++

Routine Description:

    Counts the set bits of a bitmap (bits of the last ULONG beyond the bitmap's size are not counted).

Arguments:

    BitMapHeader - Supplies the bitmap.

Return Value:

    The number of set bits.

--*/

{
    ULONG Index;
    ULONG Ulongs = RtlpBitMapUlongs(BitMapHeader);
    ULONG Word;
    ULONG Count = 0;
    ULONG Tail = BitMapHeader->SizeOfBitMap % RTLP_BITS_PER_ULONG;

    for (Index = 0; Index < Ulongs; Index += 1) {
        Word = BitMapHeader->Buffer[Index];
        if (Index == Ulongs - 1 && Tail != 0) {
            Word &= (1UL << Tail) - 1;
        }

        //
        // Population count: pairs, nibbles, then bytes summed by a multiply.
        //

        Word = Word - ((Word >> 1) & 0x55555555);
        Word = (Word & 0x33333333) + ((Word >> 2) & 0x33333333);
        Word = (Word + (Word >> 4)) & 0x0F0F0F0F;
        Count += (Word * 0x01010101) >> 24;
    }

    return Count;
}

ULONG
NTAPI
RtlNumberOfClearBits (
    IN PRTL_BITMAP BitMapHeader
    )

/*++

Routine Description:

    Counts the clear bits of a bitmap.

Arguments:

    BitMapHeader - Supplies the bitmap.

Return Value:

    The number of clear bits.

--*/

{
    return BitMapHeader->SizeOfBitMap - RtlNumberOfSetBits(BitMapHeader);
}
