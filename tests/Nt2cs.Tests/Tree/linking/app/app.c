#include <stdio.h>
#include "images.h"

int AlphaTwice(int x);
extern int AlphaCalls;

/* Initial data holding an imported object's address: relocated when the loader binds the image. */
static int *Counter = &GammaCounter;

int main(void)
{
    int value = AlphaTwice(21);
    int (*twice)(int) = DeltaPick(1);
    int gamma, scaled, through;

    value += AlphaTwice(1);
    printf("value %d, calls %d\n", value, AlphaCalls);
    gamma = GammaTwice(5);
    scaled = GammaScaled(6, 7);
    printf("gamma %d, scaled %d\n", gamma, scaled);
    through = twice(3);
    printf("through delta %d, counter %d, table %d\n", through, *Counter, GammaTable[2]);
    return AlphaCalls;
}
