/*++

Module Name:

    hal.h

Abstract:

    The HAL's interface to the kernel (beyond the port and IRQL routines ntddk.h declares): initialisation,
    the boot console, and leaving the system.

--*/

#ifndef _HAL_
#define _HAL_

#include <arc.h>

typedef enum _FIRMWARE_REENTRY {
    HalHaltRoutine,
    HalPowerDownRoutine,
    HalRestartRoutine,
    HalRebootRoutine,
    HalInteractiveModeRoutine,
    HalMaximumRoutine
} FIRMWARE_REENTRY, *PFIRMWARE_REENTRY;

NTHALAPI BOOLEAN NTAPI HalInitSystem(IN ULONG Phase, IN PLOADER_PARAMETER_BLOCK LoaderBlock);
NTHALAPI VOID NTAPI HalDisplayString(IN PCSTR String);
NTHALAPI VOID NTAPI HalReturnToFirmware(IN FIRMWARE_REENTRY Routine);

//
// Ends the run through the debug-exit port with status (Value << 1) | 1: how a bug check and a failed
// self-test leave the machine.
//

NTHALAPI VOID NTAPI HalDebugExit(IN UCHAR Value);

//
// Interrupts as the kernel's dispatcher sees them: the interrupt controller's vectors start at
// PRIMARY_VECTOR_BASE (IRQ 0, the clock); the HAL masks and acknowledges them by IRQL.
//

#define PRIMARY_VECTOR_BASE 0x30
#define HAL_CLOCK_VECTOR PRIMARY_VECTOR_BASE
#define HAL_CLOCK_INTERVAL 100000       // 100-ns units per clock tick: 100 Hz

NTHALAPI BOOLEAN NTAPI HalEnableSystemInterrupt(IN ULONG Vector, IN KIRQL Irql, IN KINTERRUPT_MODE InterruptMode);
NTHALAPI VOID NTAPI HalDisableSystemInterrupt(IN ULONG Vector, IN KIRQL Irql);
NTHALAPI BOOLEAN NTAPI HalBeginSystemInterrupt(IN KIRQL Irql, IN ULONG Vector, OUT PKIRQL OldIrql);
NTHALAPI VOID NTAPI HalEndSystemInterrupt(IN KIRQL OldIrql, IN ULONG Vector);

//
// The system time at boot, read from the real-time clock, in 100-ns units since 1601.
//

NTHALAPI BOOLEAN NTAPI HalQueryRealTimeClock(OUT PTIME_FIELDS TimeFields);

//
// Software interrupts: a request at DISPATCH_LEVEL runs the kernel's KiDispatchInterrupt (DPCs, expired
// timers) at once when the IRQL is below it, else when the IRQL next drops below it; one at APC_LEVEL runs
// KiDeliverApc (the current thread's kernel APCs) the same way below APC_LEVEL. DISPATCH_LEVEL's goes first.
//

NTHALAPI VOID FASTCALL HalRequestSoftwareInterrupt(IN KIRQL RequestIrql);

VOID NTAPI KiDispatchInterrupt(VOID);
VOID NTAPI KiDeliverApc(VOID);

#endif // _HAL_
