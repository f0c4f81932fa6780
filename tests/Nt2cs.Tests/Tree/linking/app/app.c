#include <stdio.h>

int AlphaTwice(int x);
extern int AlphaCalls;

int main(void)
{
    int value = AlphaTwice(21);
    value += AlphaTwice(1);
    printf("value %d, calls %d\n", value, AlphaCalls);
    return AlphaCalls;
}
