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

    Phase 0 brings up what the kernel needs before anything else: the boot console. Phase 1 has nothing to do
    yet.

Return Value:

    TRUE when the phase initialised.

--*/

{
    UNREFERENCED_PARAMETER(LoaderBlock);

    if (Phase == 0) {
        HalpInitializeConsole();
    }
    return TRUE;
}
