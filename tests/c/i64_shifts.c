/* 64-bit shifts by 0..63 (incl. 32..63), arithmetic right shift of negatives, rotates, bit tricks. */
#include <stdio.h>

static unsigned long long rotl64(unsigned long long x, int r) { return r ? (x << r) | (x >> (64 - r)) : x; }
static int ctz64(unsigned long long x) { int n = 0; if (!x) return 64; while (!(x & 1)) { x >>= 1; n++; } return n; }
static int popcnt64(unsigned long long x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }

int main(void) {
    unsigned long long one = 1;
    for (int s = 0; s < 64; s += 7) printf("1<<%2d = %llu (0x%016llx)\n", s, one << s, one << s);
    printf("1<<63 = %llu\n", one << 63);
    printf("1<<32 = %llu, 1<<31 = %llu, 1<<33 = %llu\n", one << 32, one << 31, one << 33);
    unsigned long long pat = 0x0123456789ABCDEFull;
    for (int s = 0; s < 64; s += 4) printf("pat>>%2d=%016llx pat<<%2d=%016llx\n", s, pat >> s, s, pat << s);
    long long neg = -0x123456789LL;
    for (int s = 0; s < 64; s += 9) printf("neg>>%2d = %lld (%016llx)\n", s, neg >> s, (unsigned long long)(neg >> s));
    printf("neg>>63 = %lld\n", neg >> 63);
    long long minv = -9223372036854775807LL - 1;
    printf("min>>32 = %lld, min>>62 = %lld, (unsigned)min>>63 = %llu\n", minv >> 32, minv >> 62, (unsigned long long)minv >> 63);
    /* shift counts from variables of various types */
    int counts[] = { 0, 1, 31, 32, 33, 47, 48, 63 };
    for (int i = 0; i < 8; i++) {
        int c = counts[i];
        unsigned char uc = (unsigned char)c;
        unsigned long long lc = (unsigned long long)c;
        printf("c=%2d: %016llx %016llx %016llx\n", c, pat << c, pat >> uc, 0xFFFFFFFFFFFFFFFFull >> lc);
    }
    /* 32-bit value shifted after widening vs before */
    unsigned x32 = 0x80000001u;
    printf("(ull)x32<<4 = %llx, x32<<4 = %x\n", (unsigned long long)x32 << 4, x32 << 4);
    int i32 = -2;
    printf("(ll)i32<<40 = %llx\n", (unsigned long long)((long long)i32 * (1LL << 40)));
    printf("(ull)(unsigned)i32<<8 = %llx\n", (unsigned long long)(unsigned)i32 << 8);
    /* building and splitting 64-bit values */
    unsigned hi = 0xDEADBEEFu, lo = 0xCAFEBABEu;
    unsigned long long joined = ((unsigned long long)hi << 32) | lo;
    printf("joined=%016llx hi=%08x lo=%08x\n", joined, (unsigned)(joined >> 32), (unsigned)joined);
    long long sj = (long long)joined;
    printf("as signed=%lld, >>32 signed=%lld\n", sj, sj >> 32);
    printf("rotl: %016llx %016llx %016llx\n", rotl64(joined, 1), rotl64(joined, 32), rotl64(joined, 63));
    printf("ctz: %d %d %d %d\n", ctz64(0), ctz64(1), ctz64(1ull << 40), ctz64(joined));
    printf("popcnt: %d %d %d\n", popcnt64(0), popcnt64(~0ull), popcnt64(joined));
    /* compound shift assignment */
    unsigned long long acc = 1;
    for (int k = 0; k < 10; k++) { acc <<= 7; acc |= (unsigned long long)k; }
    printf("acc=%016llx\n", acc);
    long long sacc = -1;
    sacc >>= 40;
    printf("sacc=%lld\n", sacc);
    unsigned long long uacc = ~0ull;
    uacc >>= 40;
    printf("uacc=%llu\n", uacc);
    /* mask generation */
    for (int w = 0; w <= 64; w += 16) {
        unsigned long long mask = w == 64 ? ~0ull : (1ull << w) - 1;
        printf("mask(%d)=%016llx\n", w, mask);
    }
    return 0;
}
