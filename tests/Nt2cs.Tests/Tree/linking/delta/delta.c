#include "images.h"

/* Exported by __declspec(dllexport) (images.h); reads objects gamma.dll exports. */
int DeltaBase(void)
{
    return GammaCounter * 10 + GammaTable[3];
}

/* A pointer to a function of gamma.dll: called through it, the call crosses images by code address. */
int (*DeltaPick(int which))(int)
{
    return which ? GammaTwice : 0;
}
