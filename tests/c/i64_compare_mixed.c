/* 64-bit comparisons: signed vs unsigned, mixed with 32-bit operands, sorting, min/max, sign tests. */
#include <stdio.h>
#include <stdlib.h>

static int cmp_ll(const void *a, const void *b) { long long x = *(const long long *)a, y = *(const long long *)b; return (x > y) - (x < y); }
static int cmp_ull(const void *a, const void *b) { unsigned long long x = *(const unsigned long long *)a, y = *(const unsigned long long *)b; return (x > y) - (x < y); }

int main(void) {
    long long sv[] = { -1, 0, 1, 4294967295LL, 4294967296LL, -4294967296LL, 9223372036854775807LL, -9223372036854775807LL - 1 };
    int n = 8;
    printf("signed pairwise <:\n");
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) putchar(sv[i] < sv[j] ? '1' : '0');
        putchar('\n');
    }
    printf("as unsigned pairwise <:\n");
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) putchar((unsigned long long)sv[i] < (unsigned long long)sv[j] ? '1' : '0');
        putchar('\n');
    }
    /* comparisons that differ only in the high word or only in the low word */
    long long a = 0x0000000100000000LL, b = 0x00000000FFFFFFFFLL;
    printf("a > b: %d, (unsigned)a > (unsigned)b: %d\n", a > b, (unsigned)a > (unsigned)b);
    long long c = -0x100000000LL, d = -0xFFFFFFFFLL;
    printf("c < d: %d, c == d - 1: %d\n", c < d, c == d - 1);
    long long e = 0x7FFFFFFF00000001LL, f = 0x7FFFFFFF00000002LL;
    printf("e < f: %d, e <= e: %d, f >= e: %d, e != f: %d\n", e < f, e <= e, f >= e, e != f);
    unsigned long long ua = 0x8000000000000000ULL, ub = 0x7FFFFFFFFFFFFFFFULL;
    printf("ua > ub: %d, (long long)ua > (long long)ub: %d\n", ua > ub, (long long)ua > (long long)ub);
    /* mixed with 32-bit operands */
    int neg = -1;
    unsigned u32 = 0xFFFFFFFFu;
    long long ll = 4294967295LL;
    unsigned long long ull = 1;
    printf("neg < ull: %d (neg converts to ULLONG_MAX)\n", neg < ull);
    printf("neg < ll: %d, u32 == ll: %d, u32 < ll + 1: %d\n", neg < ll, u32 == ll, u32 < ll + 1);
    printf("(long long)neg == -1LL: %d, (unsigned long long)neg == 0xFFFFFFFFFFFFFFFF: %d\n", (long long)neg == -1LL, (unsigned long long)neg == 0xFFFFFFFFFFFFFFFFULL);
    printf("u32 + 1LL = %lld, u32 + 1 = %u, neg + 0ULL = %llu\n", u32 + 1LL, u32 + 1, neg + 0ULL);
    /* sorting */
    long long arr[] = { 5, -5000000000LL, 3000000000LL, -1, 0, 9223372036854775807LL, -9223372036854775807LL - 1, 4294967296LL, -4294967295LL, 7 };
    qsort(arr, 10, sizeof arr[0], cmp_ll);
    printf("sorted signed:");
    for (int i = 0; i < 10; i++) printf(" %lld", arr[i]);
    printf("\n");
    unsigned long long uarr[10];
    for (int i = 0; i < 10; i++) uarr[i] = (unsigned long long)arr[i];
    qsort(uarr, 10, sizeof uarr[0], cmp_ull);
    printf("sorted unsigned:");
    for (int i = 0; i < 10; i++) printf(" %llu", uarr[i]);
    printf("\n");
    /* min / max / clamp */
    long long lo = -3000000000LL, hi = 3000000000LL;
    long long tests[] = { -9000000000LL, -3000000000LL, 0, 2999999999LL, 3000000001LL };
    for (int i = 0; i < 5; i++) {
        long long t = tests[i];
        long long cl = t < lo ? lo : t > hi ? hi : t;
        printf("clamp(%lld) = %lld, sign = %d\n", t, cl, (t > 0) - (t < 0));
    }
    /* equality across types */
    long long big = 1LL << 40;
    double dbig = 1099511627776.0;
    printf("big == dbig: %d, big + 1 == dbig + 1: %d\n", big == dbig, big + 1 == dbig + 1);
    /* loop with 64-bit counter crossing 2^32 */
    unsigned long long start = 4294967290ULL;
    int steps = 0;
    for (unsigned long long q = start; q < 4294967300ULL; q++) steps++;
    printf("steps across 2^32 = %d\n", steps);
    long long down = 2;
    int dsteps = 0;
    while (down > -3) { down--; dsteps++; }
    printf("dsteps=%d down=%lld\n", dsteps, down);
    /* logical ops on 64-bit values */
    long long onlyhigh = 1LL << 35;
    printf("!onlyhigh=%d, onlyhigh && 1 = %d, (int)onlyhigh = %d, onlyhigh ? 1 : 0 = %d\n", !onlyhigh, onlyhigh && 1, (int)onlyhigh, onlyhigh ? 1 : 0);
    if (onlyhigh) printf("onlyhigh is true\n");
    return 0;
}
