/*++

Module Name:

    irql.c

Abstract:

    The current IRQL. On the uniprocessor PC the HAL keeps it in software and enforces it through the PICs'
    masks (pic.c); raising never lowers and lowering never raises, as the DDK requires of callers (a violation
    is a bug check).

--*/

#include "halp.h"

static KIRQL HalpCurrentIrql = PASSIVE_LEVEL;

KIRQL
NTAPI
KeGetCurrentIrql(
    VOID
    )
{
    return HalpCurrentIrql;
}

KIRQL
FASTCALL
KfRaiseIrql(
    IN KIRQL NewIrql
    )
{
    KIRQL OldIrql = HalpCurrentIrql;

    if (NewIrql < OldIrql) {
        KeBugCheckEx(IRQL_NOT_GREATER_OR_EQUAL, OldIrql, NewIrql, 0, 0);
    }
    HalpCurrentIrql = NewIrql;
    HalpUpdatePicMasks(NewIrql);
    return OldIrql;
}

VOID
FASTCALL
KfLowerIrql(
    IN KIRQL NewIrql
    )
{
    if (NewIrql > HalpCurrentIrql) {
        KeBugCheckEx(IRQL_NOT_LESS_OR_EQUAL, HalpCurrentIrql, NewIrql, 0, 0);
    }
    HalpCurrentIrql = NewIrql;
    HalpUpdatePicMasks(NewIrql);
}
