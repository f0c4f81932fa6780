/* Discarded values: an assert's (void)0, an unused parameter's (void)x and null statements leave no C#; a
   conditional in statement position is an if without its empty branch. */
#include <stdio.h>

static void report(int line) { printf("failed at %d\n", line); }

#define ASSERT(c) ((c) ? (void)0 : report(__LINE__))

int clamp(int unused, int x)
{
    (void)unused;
    ASSERT(x >= 0);
    x > 100 ? report(x) : (void)0;
    ;
    while (x > 10)
        x -= 10;
    return x;
}

int main(void) { return clamp(0, 42); }
