/*++

Module Name:

    reboot.c

Abstract:

    Leaving the system: ACPI power-off through the PM1a control block (SLP_TYP 0 with SLP_EN), reset through
    the reset control register at 0xCF9, and the debug-exit port the test machines provide.

--*/

#include "halp.h"

#define PM1A_CONTROL_PORT 0x604
#define PM1_SLP_EN 0x2000
#define RESET_CONTROL_PORT 0xCF9
#define RESET_CPU_AND_SYSTEM 0x06
#define DEBUG_EXIT_PORT 0xF4

VOID
NTAPI
HalDebugExit(
    IN UCHAR Value
    )
{
    __outbyte(DEBUG_EXIT_PORT, Value);
}

VOID
NTAPI
HalReturnToFirmware(
    IN FIRMWARE_REENTRY Routine
    )
{
    if (Routine == HalRebootRoutine || Routine == HalRestartRoutine) {
        __outbyte(RESET_CONTROL_PORT, RESET_CPU_AND_SYSTEM);
    }
    __outword(PM1A_CONTROL_PORT, PM1_SLP_EN);
    for (;;) {
        __halt();
    }
}
