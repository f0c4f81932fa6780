/*++

Module Name:

    intsafe.c

Abstract:

    Checked ULONG arithmetic (the kernel-mode forms of ntintsafe.h): each routine stores the exact result
    and returns STATUS_SUCCESS, or stores ULONG_ERROR and returns STATUS_INTEGER_OVERFLOW when the exact
    result does not fit in a ULONG.

Environment:

    Kernel mode, any IRQL.

--*/

#include <ntddk.h>

NTSTATUS
NTAPI
RtlULongAdd (
    IN ULONG Augend,
    IN ULONG Addend,
    OUT PULONG Result
    )

/*++

Routine Description:

    Adds two ULONGs, checking for overflow.

Arguments:

    Augend - Supplies the first operand.

    Addend - Supplies the second operand.

    Result - Receives the sum, or ULONG_ERROR on overflow.

Return Value:

    STATUS_SUCCESS, or STATUS_INTEGER_OVERFLOW when the sum exceeds MAXULONG.

--*/

{
    ULONG Sum = Augend + Addend;

    if (Sum < Augend) {
        *Result = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }

    *Result = Sum;
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
RtlULongSub (
    IN ULONG Minuend,
    IN ULONG Subtrahend,
    OUT PULONG Result
    )

/*++

Routine Description:

    Subtracts one ULONG from another, checking for underflow.

Arguments:

    Minuend - Supplies the value to subtract from.

    Subtrahend - Supplies the value to subtract.

    Result - Receives the difference, or ULONG_ERROR when it would be negative.

Return Value:

    STATUS_SUCCESS, or STATUS_INTEGER_OVERFLOW when Subtrahend exceeds Minuend.

--*/

{
    if (Subtrahend > Minuend) {
        *Result = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }

    *Result = Minuend - Subtrahend;
    return STATUS_SUCCESS;
}

NTSTATUS
NTAPI
RtlULongMult (
    IN ULONG Multiplicand,
    IN ULONG Multiplier,
    OUT PULONG Result
    )

/*++

Routine Description:

    Multiplies two ULONGs, checking for overflow.

Arguments:

    Multiplicand - Supplies the first operand.

    Multiplier - Supplies the second operand.

    Result - Receives the product, or ULONG_ERROR on overflow.

Return Value:

    STATUS_SUCCESS, or STATUS_INTEGER_OVERFLOW when the product exceeds MAXULONG.

--*/

{
    ULONGLONG Product = (ULONGLONG)Multiplicand * Multiplier;

    if (Product > MAXULONG) {
        *Result = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }

    *Result = (ULONG)Product;
    return STATUS_SUCCESS;
}
