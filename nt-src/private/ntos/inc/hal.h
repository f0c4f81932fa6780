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

#endif // _HAL_
