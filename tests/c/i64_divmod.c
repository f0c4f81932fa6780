/* 64-bit signed and unsigned division and modulo with negative operands and large values. */
#include <stdio.h>

int main(void) {
    long long nums[] = { 7, -7, 1000000000000LL, -1000000000000LL, 9223372036854775807LL, -9223372036854775807LL - 1, 4294967296LL, -4294967297LL };
    long long dens[] = { 2, -2, 3, -3, 1000000007LL, -4294967296LL, 10 };
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 7; j++)
            printf("%lld / %lld = %lld rem %lld\n", nums[i], dens[j], nums[i] / dens[j], nums[i] % dens[j]);
    unsigned long long un[] = { 18446744073709551615ULL, 9223372036854775808ULL, 12345678901234567890ULL, 4294967296ULL, 1 };
    unsigned long long ud[] = { 1, 2, 10, 4294967295ULL, 4294967296ULL, 18446744073709551615ULL, 1000000007ULL };
    for (int i = 0; i < 5; i++) {
        printf("%llu:", un[i]);
        for (int j = 0; j < 7; j++) printf(" %llu,%llu", un[i] / ud[j], un[i] % ud[j]);
        printf("\n");
    }
    /* signed negative divided by unsigned 64: converts to unsigned */
    long long neg = -10;
    unsigned long long three = 3;
    printf("-10 / 3ull = %llu, -10 %% 3ull = %llu\n", neg / three, neg % three);
    /* 64-bit divided by 32-bit operand of each signedness */
    long long big = -5000000000LL;
    int d32 = 7;
    unsigned u32 = 7;
    printf("big / d32 = %lld, big %% d32 = %lld, big / u32 = %lld, big %% u32 = %lld\n", big / d32, big % d32, big / u32, big % u32);
    unsigned long long ubig = 5000000000ULL;
    printf("ubig / -7 = %llu\n", ubig / (unsigned long long)-7);
    printf("ubig / (long long)-7 = %lld\n", (long long)ubig / -7);
    /* decimal digits of large values via repeated division */
    unsigned long long v = 18446744073709551615ULL;
    char buf[32];
    int pos = 31;
    buf[pos] = 0;
    do { buf[--pos] = (char)('0' + v % 10); v /= 10; } while (v);
    printf("digits: %s\n", buf + pos);
    long long sv = -9223372036854775807LL - 1;
    pos = 31;
    int negflag = sv < 0;
    do { long long r = sv % 10; buf[--pos] = (char)('0' + (r < 0 ? -r : r)); sv /= 10; } while (sv);
    if (negflag) buf[--pos] = '-';
    printf("signed digits: %s\n", buf + pos);
    /* gcd and lcm in 64 bits */
    unsigned long long ga = 600851475143ULL, gb = 6857ULL * 1000000ULL;
    unsigned long long x = ga, y = gb;
    while (y) { unsigned long long t = x % y; x = y; y = t; }
    printf("gcd=%llu lcm=%llu\n", x, ga / x * gb);
    /* trial division factorisation */
    unsigned long long nf = 600851475143ULL;
    printf("factors of 600851475143:");
    for (unsigned long long p = 2; p * p <= nf; p++)
        while (nf % p == 0) { printf(" %llu", p); nf /= p; }
    if (nf > 1) printf(" %llu", nf);
    printf("\n");
    /* division by powers of two vs shifts for negatives */
    for (long long k = -9; k <= 9; k += 3) printf("%lld/4=%lld %lld>>2=%lld %lld%%4=%lld\n", k, k / 4, k, k >> 2, k, k % 4);
    return 0;
}
