/* printf of 64-bit values: %lld %llu %llx %llX %llo with widths, flags and precisions; PRI macros. */
#include <stdio.h>
#include <inttypes.h>
#include <limits.h>

int main(void) {
    long long vals[] = { 0, 1, -1, 42, -42, 4294967295LL, 4294967296LL, -4294967296LL, 1000000000000LL, LLONG_MAX, LLONG_MIN };
    int n = (int)(sizeof vals / sizeof vals[0]);
    for (int i = 0; i < n; i++) {
        long long v = vals[i];
        printf("[%lld] [%25lld] [%-22lld] [%+lld] [% lld] [%022lld] [%.15lld]\n", v, v, v, v, v, v, v);
        printf("   u[%llu] x[%llx] X[%#llX] o[%llo] [%#llo] [%20.18llx]\n", (unsigned long long)v, (unsigned long long)v, (unsigned long long)v,
               (unsigned long long)v, (unsigned long long)v, (unsigned long long)v);
    }
    unsigned long long u = ULLONG_MAX;
    printf("ULLONG_MAX: %llu %llx %#llo\n", u, u, u);
    printf("%lli %lli\n", 123456789012LL, -123456789012LL);
    /* PRI macros */
    int64_t s64 = -8070450532247928832LL;
    uint64_t u64 = 0xFEDCBA9876543210ULL;
    int32_t s32 = -123456;
    uint32_t u32 = 3123456789u;
    int16_t s16 = -1234;
    uint8_t u8 = 200;
    printf("%" PRId64 " %" PRIu64 " %" PRIx64 " %" PRIX64 "\n", s64, u64, u64, u64);
    printf("%" PRId32 " %" PRIu32 " %" PRIx32 " %" PRIi64 "\n", s32, u32, u32, s64);
    printf("%" PRId16 " %" PRIu8 " %08" PRIx32 "\n", s16, u8, (uint32_t)255);
    /* mixed 32 and 64-bit arguments in one call (stack layout of varargs) */
    printf("%d %lld %u %llu %x %llx %c %s\n", -1, -2LL, 3u, 4ULL, 0xabu, 0xcdefULL, 'z', "end");
    printf("%lld %d %lld %d\n", 1LL << 40, 7, -(1LL << 40), -7);
    printf("%.3f %lld %.3e %llu\n", 1.5, 9000000000LL, 2.5e10, 18000000000000000000ULL);
    /* star width with 64-bit values */
    printf("[%*lld] [%-*llu] [%.*llx]\n", 15, -99LL, 12, 99ULL, 10, 0xffULL);
    /* snprintf of large values */
    char buf[64];
    int len = snprintf(buf, sizeof buf, "%lld|%llu|%llx", LLONG_MIN, ULLONG_MAX, 0x8000000000000000ULL);
    printf("%s (%d)\n", buf, len);
    /* powers of ten in a table */
    unsigned long long p = 1;
    for (int k = 0; k <= 19; k++) {
        printf("10^%-2d = %20llu = %016llx\n", k, p, p);
        if (k < 19) p *= 10;
    }
    /* hh/h with 64-bit neighbours */
    printf("%hhd %lld %hd %lld\n", (signed char)-5, 5LL, (short)-6, 6LL);
    return 0;
}
