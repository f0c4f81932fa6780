/*++

Module Name:

    irql.c

Abstract:

    The current IRQL. On the uniprocessor PC the HAL keeps it in software and enforces it through the PICs'
    masks (pic.c); raising never lowers and lowering never raises, as the DDK requires of callers (a violation
    is a bug check). Lowering runs the software interrupts requested meanwhile that the new IRQL allows: the
    DISPATCH_LEVEL one (KiDispatchInterrupt), then the APC_LEVEL one (KiDeliverApc).

--*/

#include "halp.h"

static KIRQL HalpCurrentIrql = PASSIVE_LEVEL;
static BOOLEAN HalpDispatchPending;
static BOOLEAN HalpApcPending;

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
HalpSoftwareInterrupt(
    IN KIRQL Level
    )

/*++

Routine Description:

    Runs one software interrupt at its level, with interrupts enabled, and comes back to the IRQL it found.

--*/

{
    KIRQL Previous;
    ULONG Flags;

    Flags = HalpDisableInterrupts();
    Previous = HalpCurrentIrql;
    HalpCurrentIrql = Level;
    HalpUpdatePicMasks(Level);
    _enable();
    if (Level == DISPATCH_LEVEL) {
        KiDispatchInterrupt();
    } else {
        KiDeliverApc();
    }
    _disable();
    HalpCurrentIrql = Previous;
    HalpUpdatePicMasks(Previous);
    HalpRestoreInterrupts(Flags);
}

static
VOID
HalpDispatchSoftwareInterrupts(
    VOID
    )

/*++

Routine Description:

    Runs the pending software interrupts the IRQL now allows, the DISPATCH_LEVEL one first, as long as
    requests keep coming.

--*/

{
    for (;;) {
        if (HalpDispatchPending && HalpCurrentIrql < DISPATCH_LEVEL) {
            HalpDispatchPending = FALSE;
            HalpSoftwareInterrupt(DISPATCH_LEVEL);
        } else if (HalpApcPending && HalpCurrentIrql < APC_LEVEL) {
            HalpApcPending = FALSE;
            HalpSoftwareInterrupt(APC_LEVEL);
        } else {
            break;
        }
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
    } else if (RequestIrql == APC_LEVEL) {
        HalpApcPending = TRUE;
    } else {
        return;
    }
    HalpDispatchSoftwareInterrupts();
}

KIRQL
NTAPI
KeGetCurrentIrql(
    VOID
    )
{
    return HalpCurrentIrql;
}

static
VOID
HalpSetIrql(
    IN KIRQL NewIrql
    )

/*++

Routine Description:

    Makes NewIrql current and programs the PICs for it. When their masks stay as they are (every change among
    the software levels), the one store needs no guard: the interrupts that can arrive are the same on either
    side of it. Otherwise interrupts are held off until the masks match the new IRQL.

--*/

{
    ULONG Flags;

    if (!HalpIrqlChangesPicMasks(NewIrql)) {
        HalpCurrentIrql = NewIrql;
        return;
    }
    Flags = HalpDisableInterrupts();
    HalpCurrentIrql = NewIrql;
    HalpUpdatePicMasks(NewIrql);
    HalpRestoreInterrupts(Flags);
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
    HalpSetIrql(NewIrql);
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
    HalpSetIrql(NewIrql);
    HalpDispatchSoftwareInterrupts();
}
