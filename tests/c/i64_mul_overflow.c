/* Unsigned 64-bit multiply overflow (wrap), full 128-bit products via 32-bit halves, overflow detection. */
#include <stdio.h>

typedef unsigned long long u64;
typedef unsigned int u32;

static void mul128(u64 a, u64 b, u64 *hi, u64 *lo) {
    u64 a_lo = (u32)a, a_hi = a >> 32, b_lo = (u32)b, b_hi = b >> 32;
    u64 p0 = a_lo * b_lo, p1 = a_lo * b_hi, p2 = a_hi * b_lo, p3 = a_hi * b_hi;
    u64 mid = (p0 >> 32) + (u32)p1 + (u32)p2;
    *lo = (mid << 32) | (u32)p0;
    *hi = p3 + (p1 >> 32) + (p2 >> 32) + (mid >> 32);
}
static int mul_overflows(u64 a, u64 b) { return a != 0 && (a * b) / a != b; }
static int add_overflows(u64 a, u64 b) { return a + b < a; }
static int smul_overflows(long long a, long long b) {
    if (a == 0 || b == 0) return 0;
    const long long max = 9223372036854775807LL, min = -max - 1;
    if (a > 0) return b > 0 ? a > max / b : b < min / a;
    return b > 0 ? a < min / b : a < max / b;
}
static u64 mulmod(u64 a, u64 b, u64 m) {
    u64 r = 0;
    a %= m;
    while (b) {
        if (b & 1) { r = r >= m - a ? r - (m - a) : r + a; }
        a = a >= m - a ? a - (m - a) : a + a;
        b >>= 1;
    }
    return r;
}

int main(void) {
    u64 pairs[][2] = {
        { 0xFFFFFFFFFFFFFFFFULL, 0xFFFFFFFFFFFFFFFFULL }, { 0xFFFFFFFFULL, 0xFFFFFFFFULL }, { 0x100000000ULL, 0x100000000ULL },
        { 12345678901234567ULL, 98765432109ULL }, { 3, 6148914691236517206ULL }, { 0xDEADBEEFCAFEBABEULL, 0x0123456789ABCDEFULL }, { 0, 99 },
    };
    for (int i = 0; i < 7; i++) {
        u64 a = pairs[i][0], b = pairs[i][1], hi, lo;
        mul128(a, b, &hi, &lo);
        printf("%016llx * %016llx = %016llx_%016llx wrap=%016llx ok=%d ovf=%d\n", a, b, hi, lo, a * b, lo == a * b, mul_overflows(a, b));
    }
    printf("add_overflows: %d %d %d\n", add_overflows(~0ULL, 1), add_overflows(1ULL << 63, 1ULL << 62), add_overflows(1ULL << 63, 1ULL << 63));
    long long sp[][2] = { { 3037000499LL, 3037000499LL }, { 3037000500LL, 3037000500LL }, { -3037000500LL, 3037000500LL }, { -4611686018427387904LL, 2 }, { -4611686018427387904LL, -2 }, { 1LL << 62, 2 } };
    for (int i = 0; i < 6; i++) {
        int o = smul_overflows(sp[i][0], sp[i][1]);
        printf("smul(%lld, %lld): overflow=%d", sp[i][0], sp[i][1], o);
        if (!o) printf(" product=%lld", sp[i][0] * sp[i][1]);
        printf("\n");
    }
    /* wrapping LCG in 64 bits (Knuth MMIX constants) */
    u64 s = 1;
    for (int i = 0; i < 5; i++) { s = s * 6364136223846793005ULL + 1442695040888963407ULL; printf("mmix[%d] = %llu\n", i, s); }
    /* powers of 3 until overflow */
    u64 p = 1;
    int k = 0;
    while (!mul_overflows(p, 3)) { p *= 3; k++; }
    printf("largest power of 3 in u64: 3^%d = %llu, next wraps to %llu\n", k, p, p * 3);
    /* modular multiplication without overflow */
    u64 m = 0xFFFFFFFFFFFFFFC5ULL;   /* largest 64-bit prime */
    printf("mulmod = %llu\n", mulmod(0xFFFFFFFFFFFFFF00ULL, 0xFFFFFFFFFFFFFE00ULL, m));
    printf("mulmod small = %llu\n", mulmod(123456789ULL, 987654321ULL, 1000000007ULL));
    /* modular exponentiation */
    u64 base = 2, e = 1000000, r = 1;
    while (e) { if (e & 1) r = mulmod(r, base, m); base = mulmod(base, base, m); e >>= 1; }
    printf("2^1000000 mod p = %llu\n", r);
    /* 32x32 -> 64 products */
    u32 x = 0xFFFFFFFFu, y = 0xFFFFFFFEu;
    printf("x*y (32-bit wrap) = %u, (u64)x*y = %llu\n", x * y, (u64)x * y);
    /* negation and subtraction wrap */
    u64 zero = 0;
    printf("0-1 = %llu, -(1ull<<63) = %llu, ~0 - (~0 >> 1) = %llu\n", zero - 1, -(1ULL << 63), ~0ULL - (~0ULL >> 1));
    return 0;
}
