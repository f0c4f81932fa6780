#include "images.h"

int GammaCounter;
int GammaTable[4] = { 1, 2, 3, 4 };
static int GammaAttached;

/* The DLL's entry point: the loader calls it with DLL_PROCESS_ATTACH (1) once every image is bound. */
int __stdcall GammaEntry(void *Instance, unsigned long Reason, void *Reserved)
{
    if (Reason == 1)
        GammaAttached = 100;
    return 1;
}

/* Calls delta.dll, which reads this image's GammaCounter and GammaTable. */
int GammaTwice(int x)
{
    GammaCounter++;
    return 2 * x + DeltaBase() + GammaAttached;
}

int GammaScaleInternal(int x, int y)
{
    return x * y;
}

int GammaHidden(void)
{
    return -1;
}
