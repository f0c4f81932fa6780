/*++

Module Name:

    halp.h

Abstract:

    The HAL's private declarations.

--*/

#ifndef _HALP_
#define _HALP_

#include <ntddk.h>
#include <intrin.h>
#include <hal.h>

#define EFLAGS_INTERRUPT 0x200              // EFLAGS.IF

VOID HalpInitializeConsole(VOID);
VOID HalpInitializePic(VOID);
VOID HalpUpdatePicMasks(IN KIRQL Irql);
BOOLEAN HalpIrqlChangesPicMasks(IN KIRQL Irql);
KIRQL HalpIrqlOfIrq(IN ULONG Irq);
VOID HalpInitializeClock(VOID);

#endif // _HALP_
