/* A function with more than a hundred locals, as an interpreter's macro expansions make: block-scope locals of the
   same name share one C# variable once their scopes have ended (Lowering/ShareLocalVariables.cs). What sharing must
   not break: a name shadowed while the outer one is still in scope, a local declared after a block that used the
   same name, a for's declaration, a backward goto into a block, the cases of a switch, and pointers of different
   pointee types under one name. */
#include <stdio.h>

static int table[8] = { 3, 1, 4, 1, 5, 9, 2, 6 };
static double reals[4] = { 0.5, 1.25, -2.0, 8.0 };

#define STEP(k)                                                             \
    {                                                                      \
        int a = (k) * 3 + seed;                                            \
        unsigned b;                                                        \
        long long c = a;                                                   \
        b = (unsigned)a ^ 0x55u;                                           \
        if ((k) % 3 == 0) {                                                \
            int d = a + 1;                                                 \
            c += d;                                                        \
        }                                                                  \
        acc += (long long)b + c;                                           \
    }
#define STEPS(k) STEP(k##0) STEP(k##1) STEP(k##2) STEP(k##3) STEP(k##4) STEP(k##5) STEP(k##6) STEP(k##7) STEP(k##8) STEP(k##9)

static long long run(int seed, int op)
{
    long long acc = 0;
    STEPS(1) STEPS(2) STEPS(3)

    /* Shadowing: the inner t has a variable of its own, the outer one keeps its value. */
    {
        int t = seed + 1;
        {
            int t = 1000;
            acc += t;
        }
        acc += t * 7;
    }
    /* A local declared after a block that used the same name. */
    {
        {
            int u = 11;
            acc += u;
        }
        int u = seed * 5;
        acc += u;
    }
    /* A for's declaration ends with the loop; the next for's i starts again. */
    for (int i = 0; i < 4; i++) {
        int twice = i * 2;
        acc += twice + table[i];
    }
    for (int i = 7; i >= 4; i--)
        acc += table[i] * i;
    /* A backward goto into a block: its local is initialised each time its declaration is reached. */
    int rounds = 0;
again:
    {
        int step = rounds * 10 + seed;
        acc += step;
    }
    if (++rounds < 3)
        goto again;
    /* The cases of an interpreter, each with its own locals of the same names. */
    switch (op) {
    case 0: {
        int *p = &table[seed & 7];
        int v = *p;
        acc += v;
        break;
    }
    case 1: {
        double *p = &reals[seed & 3];
        double v = *p * 4;
        acc += (long long)v;
        break;
    }
    case 2: {
        int *p = &table[(seed + 3) & 7];
        int v = *p * 100;
        acc -= v;
        break;
    }
    default: {
        const double *p = &reals[(seed + 1) & 3];
        double v = *p;
        acc += (long long)(v * 1000);
        break;
    }
    }
    return acc;
}

int main(void)
{
    for (int seed = 0; seed < 5; seed++)
        for (int op = 0; op < 4; op++)
            printf("%d %d %lld\n", seed, op, run(seed, op));
    return 0;
}
