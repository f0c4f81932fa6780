/* Conversions between 8/16/32/64-bit signed and unsigned integers. */
#include <stdio.h>

int main(void) {
    long long vals[] = { 0, 1, -1, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2147483647LL, 2147483648LL, 4294967295LL, 4294967296LL,
                         -2147483648LL, -2147483649LL, 0x123456789ABCDEFLL, -0x123456789ABCDEFLL, 9223372036854775807LL };
    int n = (int)(sizeof vals / sizeof vals[0]);
    printf("%21s %12s %11s %7s %6s %5s %4s\n", "value", "int", "unsigned", "short", "ushort", "schar", "uchar");
    for (int i = 0; i < n; i++) {
        long long v = vals[i];
        printf("%21lld %12d %11u %7d %6u %5d %4u\n", v, (int)v, (unsigned)v, (short)v, (unsigned short)v, (signed char)v, (unsigned char)v);
    }
    /* widening preserves value for signed sources, zero-extends unsigned */
    int si = -5;
    unsigned ui = 4294967291u;
    short ss = -300;
    unsigned short us = 65236;
    signed char sc = -7;
    unsigned char uc = 249;
    printf("int->ll %lld, int->ull %llu\n", (long long)si, (unsigned long long)si);
    printf("uint->ll %lld, uint->ull %llu\n", (long long)ui, (unsigned long long)ui);
    printf("short->ll %lld, short->ull %llu\n", (long long)ss, (unsigned long long)ss);
    printf("ushort->ll %lld, uchar->ll %lld, schar->ull %llu\n", (long long)us, (long long)uc, (unsigned long long)sc);
    /* implicit conversions in assignments */
    long long ll = si;
    unsigned long long ull = si;
    long long ll2 = ui;
    int back = (int)ll;
    unsigned uback = (unsigned)ull;
    printf("ll=%lld ull=%llu ll2=%lld back=%d uback=%u\n", ll, ull, ll2, back, uback);
    /* mixed-width arithmetic: int operand converted to 64-bit */
    long long big = 5000000000LL;
    int small = -3;
    unsigned usmall = 3;
    printf("big+small=%lld big*small=%lld big/small=%lld big%%small=%lld\n", big + small, big * small, big / small, big % small);
    printf("big+usmall=%lld big-usmall*2=%lld\n", big + usmall, big - usmall * 2);
    unsigned long long ubig = 5000000000ULL;
    printf("ubig+small=%llu ubig*small=%llu\n", ubig + small, ubig * small);
    /* unsigned int subtraction widened after wrap vs before */
    unsigned a = 3, b = 5;
    long long w1 = a - b;                   /* wraps in 32 bits first */
    long long w2 = (long long)a - b;        /* computed in 64 bits */
    printf("w1=%lld w2=%lld\n", w1, w2);
    int ia = 2000000000, ib = 2000000000;
    long long w3 = (long long)ia + ib;
    printf("w3=%lld\n", w3);
    /* truncating 64-bit results back to 32 */
    unsigned long long h = 0xFEDCBA9876543210ull;
    unsigned hl = (unsigned)h;
    unsigned hh = (unsigned)(h >> 32);
    int hs = (int)(h >> 32);
    printf("hl=%08x hh=%08x hs=%d\n", hl, hh, hs);
    /* comparisons between 32-bit and 64-bit */
    printf("-1 < 1ull: %d, -1LL < 1u: %d, 4294967295u == -1LL: %d, (unsigned)-1 == 4294967295LL: %d\n", -1 < 1ull, -1LL < 1u, 4294967295u == -1LL, (unsigned)-1 == 4294967295LL);
    printf("-1 == 0xFFFFFFFFFFFFFFFFull: %d, -1 == 0xFFFFFFFFull: %d\n", -1 == 0xFFFFFFFFFFFFFFFFull, -1 == 0xFFFFFFFFull);
    /* size_t and ptrdiff with 64-bit */
    size_t sz = 4000000000u;
    long long fromsz = (long long)sz * 2;
    printf("fromsz=%lld\n", fromsz);
    /* types of integer literals (only forms whose type is the same under C99 and MSVC rules) */
    printf("sizeof(2147483647)=%u sizeof(0x7FFFFFFF)=%u sizeof(0x80000000)=%u sizeof(0xFFFFFFFF)=%u sizeof(0x100000000)=%u sizeof(4294967296)=%u sizeof(1LL)=%u sizeof(1u)=%u\n",
           (unsigned)sizeof(2147483647), (unsigned)sizeof(0x7FFFFFFF), (unsigned)sizeof(0x80000000), (unsigned)sizeof(0xFFFFFFFF), (unsigned)sizeof(0x100000000),
           (unsigned)sizeof(4294967296), (unsigned)sizeof(1LL), (unsigned)sizeof(1u));
    long long lit = -2147483647 - 1;
    long long hexneg = -0x80000000;   /* unsigned int negated: 2147483648 */
    long long hexneg2 = -0x80000000LL;
    printf("lit=%lld hexneg=%lld hexneg2=%lld, -0x80000000 > 0: %d, -0x7FFFFFFF > 0: %d\n", lit, hexneg, hexneg2, -0x80000000 > 0, -0x7FFFFFFF > 0);
    return 0;
}
