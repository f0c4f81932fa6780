/*++

Module Name:

    halinit.c

Abstract:

    HAL initialisation, called by the kernel in each phase of system start-up.

--*/

#include "halp.h"

BOOLEAN
NTAPI
HalInitSystem(
    IN ULONG Phase,
    IN PLOADER_PARAMETER_BLOCK LoaderBlock
    )

/*++

Routine Description:

    Phase 0 brings up what the kernel needs before anything else: the boot console, and the interrupt
    controller with every interrupt masked. Phase 1 starts the clock (its interrupt reaches the kernel once the
    kernel has connected and enabled it).

Return Value:

    TRUE when the phase initialised.

--*/

{
    UNREFERENCED_PARAMETER(LoaderBlock);

    if (Phase == 0) {
        HalpInitializeConsole();
        HalpInitializePic();
    } else {
        HalpInitializeClock();
    }
    return TRUE;
}
