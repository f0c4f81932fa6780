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

//
// The IRQL and the PICs' masks change together with interrupts disabled: an interrupt taken between the two
// (port writes are where the machine delivers them) would arrive at an IRQL that should have masked it.
//

static
ULONG
HalpDisableInterrupts(
    VOID
    )
{
    ULONG Flags = __readeflags();

    _disable();
    return Flags;
}

static
VOID
HalpRestoreInterrupts(
    IN ULONG Flags
    )
{
    if ((Flags & EFLAGS_INTERRUPT) != 0) {
        _enable();
    }
}

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
        Flags = HalpDisableInterrupts();
        Previous = HalpCurrentIrql;
        HalpCurrentIrql = DISPATCH_LEVEL;
        HalpUpdatePicMasks(DISPATCH_LEVEL);
        _enable();
        KiDispatchInterrupt();
        _disable();
        HalpCurrentIrql = Previous;
        HalpUpdatePicMasks(Previous);
        HalpRestoreInterrupts(Flags);
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
    ULONG Flags;

    if (NewIrql < OldIrql) {
        KeBugCheckEx(IRQL_NOT_LESS_OR_EQUAL, OldIrql, NewIrql, 0, 0);
    }
    Flags = HalpDisableInterrupts();
    HalpCurrentIrql = NewIrql;
    HalpUpdatePicMasks(NewIrql);
    HalpRestoreInterrupts(Flags);
    return OldIrql;
}

VOID
FASTCALL
KfLowerIrql(
    IN KIRQL NewIrql
    )
{
    ULONG Flags;

    if (NewIrql > HalpCurrentIrql) {
        KeBugCheckEx(IRQL_NOT_GREATER_OR_EQUAL, HalpCurrentIrql, NewIrql, 0, 0);
    }
    Flags = HalpDisableInterrupts();
    HalpCurrentIrql = NewIrql;
    HalpUpdatePicMasks(NewIrql);
    HalpRestoreInterrupts(Flags);
    HalpDispatchSoftwareInterrupts();
}
