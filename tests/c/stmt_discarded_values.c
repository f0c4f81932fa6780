/* Statements whose value is discarded: (void)0 of a disabled assert, (void)x of an unused parameter, null
   statements, and conditionals in statement position with a branch that does nothing. Each must still evaluate
   exactly what C evaluates (the condition, the branch taken) and nothing else. */
#include <stdio.h>

static int calls;
static int touch(int v) { calls++; return v; }
static void note(const char *what) { printf("%s (%d)\n", what, calls); }

#define CHECK(c) ((c) ? (void)0 : note("check failed: " #c))
#define UNUSED(x) (void)(x)

static int f(int unused, int x)
{
    UNUSED(unused);
    (void)0;
    ;
    CHECK(x > 0);
    touch(x) ? (void)0 : note("zero");
    touch(x) > 1 ? note("big") : (void)0;
    touch(x) ? (void)0 : (void)0;
    if (x > 5)
        ;
    else
        (void)x;
    for (int i = 0; i < x; i++)
        ;
    while (x-- > 3)
        ;
    { ; ; }
    return x;
}

int main(void)
{
    int r1 = f(7, 0);
    int r2 = f(1, 2);
    int r3 = f(2, 9);
    printf("%d %d %d calls=%d\n", r1, r2, r3, calls);
    return 0;
}
