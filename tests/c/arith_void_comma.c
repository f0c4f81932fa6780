/* A void call as a comma's left operand where C uses the comma's value (Lua's macros: save_and_next,
   aux_getn, tostring): in conditions, initializers, assignments, returns, arguments and conditional operands. */
#include <stdio.h>

static int pos, buf[64], n;
static void save(int c) { buf[n++] = c; }
static void save2(int a, int b) { save(a); save(b); }
static int next(void) { return pos < 10 ? pos++ : -1; }
#define getn(c) (save(c), n)
#define tostr(x) ((x) > 0 || ((x) == 0 && (save(70), 1)))

static long long lenof(int c) { return getn(c); }

int main(void) {
    int c, loops = 0;
    while ((void)(save(pos), c = next()), c >= 0) {
        loops++;
        if (c == 3)
            continue;
        if (c == 8)
            break;
    }
    if (save(99), n > 5)
        printf("n=%d\n", n);
    else
        printf("small\n");
    if (n == 0)
        printf("no\n");
    else if (save(7), save2(8, 9), n > 3)
        printf("n=%d\n", n);
    long long e = getn(50);
    e = getn(51) + 1;
    printf("e=%lld len=%lld\n", e, lenof(52));
    if (n > 100 || (n > 3 && (save(60), 1)))
        printf("or n=%d\n", n);
    printf("arg %d %d\n", (save(61), n), n > 0 ? (save(62), 5) : 6);
    int k = 1;
    k += (pos > 0 ? save(63) : save(64), 2);
    printf("k=%d tostr %d %d\n", k, tostr(pos), tostr(pos - 10));
    const char *weak, *strong;
    const char *mode = "kv";
    if (((void)(weak = mode + 0), (void)(strong = mode + 1), (weak || strong)))
        printf("mode %c %c\n", *weak, *strong);
    for (c = 0; c < n; c++)
        printf("%d ", buf[c]);
    printf("\nloops=%d\n", loops);
    return 0;
}
