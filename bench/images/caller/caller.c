/*
 * The cost of a call into another image, against calls within one: the same checksum step 200 million times,
 * called (0) directly within the image, kept a call; (1) through a function pointer within the image; (2)
 * directly into benchcallee.dll, bound at load time; (3) through a pointer to the imported function.
 */
#include <stdio.h>
#include <stdlib.h>

int BenchStep(int acc, int i);

__declspec(noinline) static int LocalStep(int acc, int i)
{
    return acc * 31 + i;
}

int main(int argc, char **argv)
{
    int variant = argc > 1 ? atoi(argv[1]) : 0;
    int (*volatile pointer)(int, int) = variant == 3 ? BenchStep : LocalStep;
    int (*step)(int, int) = pointer;
    int acc = 0;
    int i;

    switch (variant) {
    case 0:
        for (i = 0; i < 200000000; i++)
            acc = LocalStep(acc, i);
        break;
    case 2:
        for (i = 0; i < 200000000; i++)
            acc = BenchStep(acc, i);
        break;
    default:
        for (i = 0; i < 200000000; i++)
            acc = step(acc, i);
        break;
    }
    printf("%d\n", acc);
    return 0;
}
