/*++

Module Name:

    memory.c

Abstract:

    The kernel's C run-time memory routines (memcpy, memmove, memset, memcmp), which the Rtl memory macros
    of ntddk.h expand to, and RtlCompareMemory. The kernel links no C library, so these are its only
    definitions.

Environment:

    Kernel mode, any IRQL when the buffers are resident.

--*/

#include <ntddk.h>
#include <intrin.h>

void *
__cdecl
memcpy (
    void *Destination,
    const void *Source,
    size_t Length
    )

/*++

Routine Description:

    Copies Length bytes from Source to Destination. The buffers must not overlap (use memmove when they
    may).

Arguments:

    Destination - Supplies the buffer that receives the bytes.

    Source - Supplies the bytes to copy.

    Length - Supplies the number of bytes to copy.

Return Value:

    Destination.

--*/

{
    //
    // The string instruction, as i386 compilers copy: one forward move of Length bytes.
    //

    __movsb((PUCHAR)Destination, (const UCHAR *)Source, Length);
    return Destination;
}

void *
__cdecl
memmove (
    void *Destination,
    const void *Source,
    size_t Length
    )

/*++

Routine Description:

    Copies Length bytes from Source to Destination, correctly when the two buffers overlap: the copy runs
    backward when the destination lies above the source.

Arguments:

    Destination - Supplies the buffer that receives the bytes.

    Source - Supplies the bytes to copy.

    Length - Supplies the number of bytes to copy.

Return Value:

    Destination.

--*/

{
    PUCHAR Target = (PUCHAR)Destination;
    const UCHAR *From = (const UCHAR *)Source;

    if (Target == From || Length == 0) {
        return Destination;
    }

    if (Target < From || Target >= From + Length) {
        return memcpy(Destination, Source, Length);
    }

    //
    // The destination overlaps the tail of the source: copy from the end down.
    //

    Target += Length;
    From += Length;
    while (Length != 0) {
        Target -= 1;
        From -= 1;
        *Target = *From;
        Length -= 1;
    }

    return Destination;
}

void *
__cdecl
memset (
    void *Destination,
    int Fill,
    size_t Length
    )

/*++

Routine Description:

    Sets Length bytes of Destination to the low byte of Fill.

Arguments:

    Destination - Supplies the buffer to fill.

    Fill - Supplies the value; only its low byte is stored.

    Length - Supplies the number of bytes to set.

Return Value:

    Destination.

--*/

{
    __stosb((PUCHAR)Destination, (UCHAR)Fill, Length);
    return Destination;
}

int
__cdecl
memcmp (
    const void *Buffer1,
    const void *Buffer2,
    size_t Length
    )

/*++

Routine Description:

    Compares two buffers byte by byte, the bytes taken as unsigned.

Arguments:

    Buffer1 - Supplies the first buffer.

    Buffer2 - Supplies the second buffer.

    Length - Supplies the number of bytes to compare.

Return Value:

    Less than zero, zero or greater than zero as the first differing byte of Buffer1 is less than, (all
    bytes) equal to, or greater than that of Buffer2.

--*/

{
    const UCHAR *Left = (const UCHAR *)Buffer1;
    const UCHAR *Right = (const UCHAR *)Buffer2;

    while (Length != 0) {
        if (*Left != *Right) {
            return (int)*Left - (int)*Right;
        }
        Left += 1;
        Right += 1;
        Length -= 1;
    }

    return 0;
}

SIZE_T
NTAPI
RtlCompareMemory (
    IN const VOID *Source1,
    IN const VOID *Source2,
    IN SIZE_T Length
    )

/*++

Routine Description:

    Compares two blocks of memory and returns how many leading bytes match.

Arguments:

    Source1 - Supplies the first block.

    Source2 - Supplies the second block.

    Length - Supplies the number of bytes to compare.

Return Value:

    The number of bytes that compare equal before the first difference; Length when the blocks are equal.

--*/

{
    const UCHAR *Left = (const UCHAR *)Source1;
    const UCHAR *Right = (const UCHAR *)Source2;
    SIZE_T Index;

    for (Index = 0; Index < Length; Index += 1) {
        if (Left[Index] != Right[Index]) {
            break;
        }
    }

    return Index;
}
