/*++

Module Name:

    exinit.c

Abstract:

    The executive's Phase 0 (after Ob, before Ps): the object types Ex defines.

--*/

#include <ob.h>

BOOLEAN ExpEventInitialization(VOID);

BOOLEAN
ExInitSystem(
    IN ULONG Phase
    )
{
    if (Phase != 0) {
        return TRUE;
    }
    return ExpEventInitialization();
}
