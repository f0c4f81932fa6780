/* GNU statement expressions ({ ...; value; }) as test suites' and kernels' macros use them: a value computed by
   statements with their own locals, in initializers, assignments, arguments, conditions, switch, return and a
   for loop's first clause; void ones as statements; nested ones; break and continue inside one. */
#include <stdio.h>

#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
#define CHECK(c) ({ int ok_ = (c); if (!ok_) printf("check failed: %s\n", #c); ok_; })
#define SWAP(x, y) ({ __typeof__(x) _t = (x); (x) = (y); (y) = _t; })

static int calls;

static int next(void)
{
    return ++calls;
}

static int clamp(int v, int lo, int hi)
{
    return ({ int r = v; if (r < lo) r = lo; if (r > hi) r = hi; r; });
}

int main(void)
{
    int x = 3, z = 8, i, total = 0;
    int m = MAX(x, z);
    long big = MAX(40000L, (long)m);
    double d = MAX(1.5, 0.25);

    printf("%d %ld %.2f\n", m, big, d);
    printf("%d %d\n", MAX(next(), 2), calls);
    x = MAX(MAX(1, 9), MAX(4, ({ int q = 5; q + 1; })));
    printf("%d\n", x);
    if (CHECK(m == 8))
        printf("ok\n");
    if (!CHECK(m == 7))
        printf("reported\n");
    switch (({ int k = 2; k * 2; })) {
    case 4:
        printf("four\n");
        break;
    default:
        printf("other\n");
        break;
    }
    ({ printf("void statement expression\n"); });
    SWAP(x, z);
    printf("%d %d\n", x, z);
    for (i = ({ int s = 1; s; }); i < 6; i++) {
        int v = ({ int t = i * 10; if (i == 4) continue; if (i == 5) break; t + 1; });
        total += v;
        printf("i=%d v=%d\n", i, v);
    }
    printf("total %d clamp %d %d %d\n", total, clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10));
    return MAX(0, ({ 0; }));
}
