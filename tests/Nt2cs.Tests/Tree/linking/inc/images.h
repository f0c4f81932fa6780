/* What gamma.dll and delta.dll export: each imports from the other, and app imports from both. */
#ifndef IMAGES_H
#define IMAGES_H

int GammaTwice(int x);
int GammaScaled(int x, int y);
extern int GammaCounter;
extern int GammaTable[4];

__declspec(dllexport) int DeltaBase(void);
__declspec(dllexport) int (*DeltaPick(int which))(int);

#endif
