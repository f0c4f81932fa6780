/* Conditional operator result types, comma operator, logical operators yielding 0/1. */
#include <stdio.h>

static int counter;
static int bump(int v) { counter++; return v; }

int main(int argc, char **argv) {
    (void)argv;
    int one = argc > 0;  /* always 1 */
    int zero = !one;

    long long a = one ? -1 : 1u;      /* unsigned int -> 4294967295 */
    long long b = zero ? 1u : -1;
    long long c = one ? -1 : 1;        /* int */
    long long d = one ? -1 : 1LL;
    long long e = one ? (short)-1 : (unsigned short)1;  /* both promote to int */
    long long f = one ? (unsigned char)200 : (signed char)-1;
    printf("a=%lld b=%lld c=%lld d=%lld e=%lld f=%lld\n", a, b, c, d, e, f);
    double g = one ? 1 : 2.5;
    printf("g=%f sizeof(one?1:2.5)=%u\n", g, (unsigned)sizeof(one ? 1 : 2.5));
    printf("sizeof(one?'a':'b')=%u sizeof(one?(char)1:(char)2)=%u\n",
           (unsigned)sizeof(one ? 'a' : 'b'), (unsigned)sizeof(one ? (char)1 : (char)2));
    unsigned u = 5;
    int i = -3;
    printf("(one ? i : u) > 0 : %d\n", (one ? i : u) > 0);
    printf("(one ? i : (long long)u) > 0 : %d\n", (one ? i : (long long)u) > 0);

    /* nested conditionals */
    for (int k = -2; k <= 2; k++) {
        const char *s = k < 0 ? "neg" : k == 0 ? "zero" : k == 1 ? "one" : "many";
        printf("k=%d -> %s, sign=%d\n", k, s, k > 0 ? 1 : k < 0 ? -1 : 0);
    }
    /* conditional as lvalue target via pointers */
    int x = 1, y = 2;
    *(one ? &x : &y) = 10;
    *(zero ? &x : &y) = 20;
    printf("x=%d y=%d\n", x, y);

    /* only the chosen arm is evaluated */
    counter = 0;
    int r = one ? bump(1) : bump(2);
    int r2 = zero ? bump(3) : bump(4);
    printf("r=%d r2=%d counter=%d\n", r, r2, counter);

    /* comma operator */
    int p = 0, q = 0;
    int z = (p = 3, q = p * 2, p + q);
    printf("p=%d q=%d z=%d\n", p, q, z);
    int w = (bump(1), bump(2), bump(7));
    printf("w=%d counter=%d\n", w, counter);
    int arr[5] = { 0 };
    for (int m = 0, n = 4; m < n; m++, n--) arr[m] = n, arr[n] = m;
    printf("arr = %d %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3], arr[4]);
    int t = 0;
    while (t++, t < 5) ;
    printf("t=%d\n", t);
    long long cm = (1, 2u, -1);   /* type is int */
    printf("cm=%lld\n", cm);

    /* logical operators produce int 0/1 */
    int vals[] = { 0, 1, -1, 42 };
    for (int m = 0; m < 4; m++)
        for (int n = 0; n < 4; n++)
            printf("%d", (vals[m] && vals[n]) + 2 * (vals[m] || vals[n]) + 4 * !vals[m]);
    printf("\n");
    printf("!!42=%d !0=%d !-1=%d\n", !!42, !0, !-1);
    printf("(3 > 2) + (2 > 3) + (1 == 1) = %d\n", (3 > 2) + (2 > 3) + (1 == 1));
    printf("5 > 3 > 1 = %d\n", (5 > 3) > 1);
    printf("1 < 2 == 1 = %d\n", (1 < 2) == 1);
    printf("sizeof(1 && 2)=%u\n", (unsigned)sizeof(1 && 2));
    double dd = 0.25;
    char *np = 0;
    printf("!dd=%d !!dd=%d !np=%d (dd && np)=%d (dd || np)=%d\n", !dd, !!dd, !np, dd && np, dd || np);

    /* short circuit side effects */
    counter = 0;
    int s1 = zero && bump(1);
    int s2 = one || bump(1);
    int s3 = one && bump(0);
    int s4 = zero || bump(5);
    printf("s1=%d s2=%d s3=%d s4=%d counter=%d\n", s1, s2, s3, s4, counter);

    /* bool-ish accumulation */
    int count = 0;
    for (int m = -10; m <= 10; m++) count += (m % 3 == 0) + (m > 0 && m % 2);
    printf("count=%d\n", count);
    int mask = 0;
    for (int bit = 0; bit < 8; bit++) mask |= (bit % 3 != 1) << bit;
    printf("mask=%d\n", mask);
    return 0;
}
