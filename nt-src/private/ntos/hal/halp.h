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

NTHALAPI KIRQL FASTCALL KfRaiseIrql(IN KIRQL NewIrql);
NTHALAPI VOID FASTCALL KfLowerIrql(IN KIRQL NewIrql);

VOID HalpInitializeConsole(VOID);

#endif // _HALP_
