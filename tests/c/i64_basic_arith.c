/* long long / unsigned long long add, sub, mul, div, mod, limits and wrap-around. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>

int main(void) {
    long long a = 123456789012345LL, b = -987654321LL;
    printf("a+b=%lld a-b=%lld a*3=%lld a/b=%lld a%%b=%lld\n", a + b, a - b, a * 3, a / b, a % b);
    printf("b*b=%lld b*b*9=%lld\n", b * b, b * b * 9);
    printf("LLONG_MAX=%lld LLONG_MIN=%lld ULLONG_MAX=%llu\n", LLONG_MAX, LLONG_MIN, ULLONG_MAX);
    printf("INT64_MAX=%lld INT64_MIN=%lld UINT64_MAX=%llu\n", (long long)INT64_MAX, (long long)INT64_MIN, (unsigned long long)UINT64_MAX);
    printf("LLONG_MAX-1=%lld LLONG_MIN+1=%lld -LLONG_MAX=%lld\n", LLONG_MAX - 1, LLONG_MIN + 1, -LLONG_MAX);
    unsigned long long u = ULLONG_MAX;
    printf("u+1=%llu u*2=%llu u*u=%llu -u=%llu\n", u + 1, u * 2, u * u, -u);
    unsigned long long z = 0;
    z--;
    printf("0ull-1=%llu\n", z);
    printf("(unsigned long long)LLONG_MIN=%llu\n", (unsigned long long)LLONG_MIN);
    printf("(long long)ULLONG_MAX=%lld\n", (long long)ULLONG_MAX);

    /* values around 2^32 */
    long long p32 = 4294967296LL;
    printf("2^32=%lld 2^32-1=%lld 2^32+1=%lld 2^32*2^30=%lld\n", p32, p32 - 1, p32 + 1, p32 * (p32 / 4));
    unsigned lo = 0xFFFFFFFFu;
    long long widened = lo;
    long long wsum = (long long)lo + 1;
    unsigned lsum = lo + 1;
    printf("widened=%lld wsum=%lld lsum=%u\n", widened, wsum, lsum);
    /* multiplication producing more than 32 bits from 32-bit operands */
    int i1 = 100000, i2 = 300000;
    long long wide = (long long)i1 * i2;
    unsigned u1 = 4000000000u, u2 = 3u;
    unsigned long long uwide = (unsigned long long)u1 * u2;
    unsigned narrow = u1 * u2;
    printf("wide=%lld uwide=%llu narrow=%u\n", wide, uwide, narrow);
    /* accumulate factorials */
    unsigned long long f = 1;
    for (int k = 1; k <= 25; k++) {
        f *= (unsigned long long)k;
        if (k >= 18) printf("%d! mod 2^64 = %llu\n", k, f);
    }
    long long sf = 1;
    for (int k = 1; k <= 20; k++) sf *= k;
    printf("20! = %lld\n", sf);
    /* sum of squares with 64-bit accumulator */
    long long sq = 0;
    for (int k = 1; k <= 100000; k++) sq += (long long)k * k;
    printf("sum k^2 1..1e5 = %lld\n", sq);
    /* increments and decrements */
    long long c = LLONG_MAX - 2;
    c++; c++;
    printf("c=%lld\n", c);
    c = LLONG_MIN + 2;
    c -= 2;
    printf("c=%lld\n", c);
    unsigned long long uc = 0xFFFFFFFFull;
    uc++;
    printf("uc=%llu uc>>32=%llu\n", uc, uc >> 32);
    /* compound ops */
    long long m = 1000000007LL;
    long long r = 1;
    long long base = 3;
    for (unsigned e = 1000000; e; e >>= 1) { if (e & 1) r = r * base % m; base = base * base % m; }
    printf("3^1000000 mod 1e9+7 = %lld\n", r);
    /* abs and negation */
    long long negs[] = { -1, -4294967296LL, -9223372036854775807LL, 42 };
    for (int k = 0; k < 4; k++) {
        long long v = negs[k];
        printf("v=%lld -v=%lld |v|=%lld\n", v, -v, v < 0 ? -v : v);
    }
    printf("sizeof(long long)=%u sizeof(unsigned long long)=%u sizeof(int64_t)=%u\n", (unsigned)sizeof(long long), (unsigned)sizeof(unsigned long long), (unsigned)sizeof(int64_t));
    return 0;
}
