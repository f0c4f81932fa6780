/*++

Module Name:

    irql.c

Abstract:

    The current IRQL. On the uniprocessor PC the HAL keeps it in software and enforces it through the PICs'
    masks (pic.c); raising never lowers and lowering never raises, as the DDK requires of callers (a violation
    is a bug check).

--*/

#include "halp.h"

#define EFLAGS_INTERRUPT 0x200

static KIRQL HalpCurrentIrql = PASSIVE_LEVEL;
static BOOLEAN HalpDispatchPending;

static
VOID
HalpDispatchSoftwareInterrupts(
    VOID
    )

/*++

Routine Description:

    Runs the pending DISPATCH_LEVEL software interrupt while the IRQL is below DISPATCH_LEVEL: at
    DISPATCH_LEVEL, with interrupts enabled, as long as requests keep coming.

--*/

{
    KIRQL Previous;
    ULONG Flags;

    while (HalpDispatchPending && HalpCurrentIrql < DISPATCH_LEVEL) {
        HalpDispatchPending = FALSE;
        Previous = HalpCurrentIrql;
        HalpCurrentIrql = DISPATCH_LEVEL;
        HalpUpdatePicMasks(DISPATCH_LEVEL);
        Flags = __readeflags();
        _enable();
        KiDispatchInterrupt();
        if ((Flags & EFLAGS_INTERRUPT) == 0) {
            _disable();
        }
        HalpCurrentIrql = Previous;
        HalpUpdatePicMasks(Previous);
    }
}

VOID
FASTCALL
HalRequestSoftwareInterrupt(
    IN KIRQL RequestIrql
    )
{
    if (RequestIrql == DISPATCH_LEVEL) {
        HalpDispatchPending = TRUE;
        HalpDispatchSoftwareInterrupts();
    }
}

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
        KeBugCheckEx(IRQL_NOT_LESS_OR_EQUAL, OldIrql, NewIrql, 0, 0);
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
        KeBugCheckEx(IRQL_NOT_GREATER_OR_EQUAL, HalpCurrentIrql, NewIrql, 0, 0);
    }
    HalpCurrentIrql = NewIrql;
    HalpUpdatePicMasks(NewIrql);
    HalpDispatchSoftwareInterrupts();
}
