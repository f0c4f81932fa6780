/* Shifts (incl. arithmetic right shift of negatives) and bitwise operators. */
#include <stdio.h>

static unsigned rotl32(unsigned x, int r) { return r == 0 ? x : (x << r) | (x >> (32 - r)); }
static unsigned rotr32(unsigned x, int r) { return r == 0 ? x : (x >> r) | (x << (32 - r)); }
static int popcount(unsigned x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static int clz(unsigned x) { int n = 0; if (!x) return 32; while (!(x & 0x80000000u)) { x <<= 1; n++; } return n; }
static unsigned bitrev(unsigned x) {
    unsigned r = 0;
    for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>= 1; }
    return r;
}

int main(void) {
    int neg = -1000;
    for (int k = 0; k <= 31; k += 3)
        printf("-1000 >> %2d = %d\n", k, neg >> k);
    printf("-1 >> 31 = %d\n", -1 >> 31);
    printf("INT_MIN >> 31 = %d\n", (-2147483647 - 1) >> 31);
    printf("0x80000000u >> 31 = %u\n", 0x80000000u >> 31);
    printf("1u << 31 = %u\n", 1u << 31);
    printf("1 << 30 = %d\n", 1 << 30);
    for (int k = 0; k < 32; k += 5)
        printf("0xdeadbeef << %2d = %08x, >> %2d = %08x\n", k, 0xdeadbeefu << k, k, 0xdeadbeefu >> k);

    signed char sc = -64;
    printf("sc >> 2 = %d\n", sc >> 2);
    printf("sc << 2 (int) = %d\n", (unsigned char)sc << 2);
    short s = -3;
    printf("s >> 1 = %d\n", s >> 1);
    unsigned short us = 0x8001;
    printf("us << 16 = %u\n", (unsigned)us << 16);
    printf("us >> 15 = %d\n", us >> 15);

    /* shift count held in a variable */
    unsigned val = 0x12345678;
    for (int k = 0; k < 32; k += 7) {
        int cnt = k;
        printf("val<<%d=%08x val>>%d=%08x\n", cnt, val << cnt, cnt, val >> cnt);
    }
    /* shift count of narrow type */
    unsigned char cnt8 = 4;
    printf("val >> cnt8 = %08x\n", val >> cnt8);

    printf("rotl(0x80000001,1)=%08x\n", rotl32(0x80000001u, 1));
    printf("rotl(0x12345678,8)=%08x\n", rotl32(0x12345678u, 8));
    printf("rotr(0x12345678,4)=%08x\n", rotr32(0x12345678u, 4));
    printf("popcount(0xdeadbeef)=%d\n", popcount(0xdeadbeefu));
    printf("popcount(0)=%d popcount(~0u)=%d\n", popcount(0), popcount(~0u));
    printf("clz(1)=%d clz(0x00f00000)=%d clz(0)=%d\n", clz(1), clz(0x00f00000u), clz(0));
    printf("bitrev(1)=%08x bitrev(0x0000f00d)=%08x\n", bitrev(1), bitrev(0xf00d));

    int a = 0x5a5a, b = -0x0ff1;
    printf("a & b = %d\n", a & b);
    printf("a | b = %d\n", a | b);
    printf("a ^ b = %d\n", a ^ b);
    printf("~a = %d\n", ~a);
    printf("~b = %d\n", ~b);
    printf("~0u = %u\n", ~0u);
    printf("~(unsigned char)0 = %d\n", ~(unsigned char)0);
    printf("-b & b = %d\n", -b & b);
    printf("a & -a (lowest set bit) = %d\n", a & -a);
    printf("(a >> 4) & 0xf = %d\n", (a >> 4) & 0xf);
    printf("precedence: 1 | 2 ^ 3 & 4 = %d\n", 1 | 2 ^ 3 & 4);
    printf("precedence: a & 0xff == 0x5a -> %d\n", (a & 0xff) == 0x5a);
    printf("precedence: 1 << 2 + 3 = %d\n", 1 << 2 + 3);

    /* xorshift32 generator */
    unsigned x = 2463534242u;
    for (int i = 0; i < 6; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        printf("xorshift[%d] = %u\n", i, x);
    }

    /* packing and unpacking */
    unsigned packed = 0;
    unsigned char parts[4] = { 0x11, 0xa2, 0x3b, 0xf4 };
    for (int i = 0; i < 4; i++) packed |= (unsigned)parts[i] << (8 * i);
    printf("packed = %08x\n", packed);
    for (int i = 3; i >= 0; i--) printf("byte %d = %02x\n", i, (packed >> (8 * i)) & 0xff);
    int sign_ext = (int)(packed << 8) >> 24;
    printf("sign-extended byte 2 = %d\n", sign_ext);
    return 0;
}
