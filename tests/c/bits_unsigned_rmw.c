/* Unsigned bitfields: every compound assignment operator, pre/post increment and decrement, wrap-around
   modulo 2^width, and proof (through the raw word) that read-modify-write leaves neighbouring fields alone. */
#include <stdio.h>
#include <string.h>

typedef struct {
    unsigned a : 3;
    unsigned b : 5;
    unsigned c : 8;
    unsigned d : 1;
    unsigned e : 15;
} Reg;

typedef union {
    Reg f;
    unsigned raw;
} RegU;

static void show(const char *op, RegU r) {
    printf("%-6s a=%u b=%2u c=%3u d=%u e=%5u raw=%08x\n", op, r.f.a, r.f.b, r.f.c, r.f.d, r.f.e, r.raw);
}

int main(void) {
    RegU r;
    r.raw = 0;
    printf("sizeof(Reg)=%u\n", (unsigned)sizeof(Reg));
    r.f.a = 5; r.f.b = 17; r.f.c = 200; r.f.d = 1; r.f.e = 30000;
    show("init", r);

    r.f.a += 4;    show("a+=4", r);    /* 9 mod 8 = 1 */
    r.f.b -= 20;   show("b-=20", r);   /* 17-20 = -3 mod 32 = 29 */
    r.f.c *= 3;    show("c*=3", r);    /* 600 mod 256 = 88 */
    r.f.c /= 7;    show("c/=7", r);
    r.f.e %= 1000; show("e%=1k", r);
    r.f.b <<= 2;   show("b<<=2", r);   /* 116 mod 32 = 20 */
    r.f.c >>= 1;   show("c>>=1", r);
    r.f.e |= 0x7000; show("e|=", r);
    r.f.e &= 0x0ff0; show("e&=", r);
    r.f.e ^= 0x7fff; show("e^=", r);
    r.f.d ^= 1;    show("d^=1", r);
    r.f.d += 3;    show("d+=3", r);    /* 3 mod 2 = 1 */

    /* increments at the top and bottom of the range */
    r.f.a = 7;
    unsigned post = r.f.a++;
    printf("post=%u now=%u\n", post, r.f.a);
    unsigned pre = --r.f.a;
    printf("pre=%u now=%u\n", pre, r.f.a);
    r.f.a = 0;
    r.f.a--;
    printf("0-- = %u\n", r.f.a);
    show("incdec", r);

    /* count through the whole range of a 5-bit field twice */
    unsigned seen = 0, wraps = 0;
    r.f.b = 30;
    for (int i = 0; i < 64; i++) {
        unsigned before = r.f.b;
        r.f.b++;
        if (r.f.b < before) wraps++;
        seen += r.f.b;
    }
    printf("b after 64 increments=%u wraps=%u sum=%u\n", r.f.b, wraps, seen);
    show("range", r);

    /* assignment from wider values: only the low bits are kept */
    unsigned big = 0xdeadbeefu;
    r.f.a = big; r.f.b = big; r.f.c = big; r.f.d = big; r.f.e = big;
    show("big", r);
    /* chained assignment: the value of (r.f.a = x) is the truncated value */
    r.f.e = r.f.c = r.f.a = 13;
    show("chain", r);
    /* arithmetic in a wider type using fields */
    unsigned long long prod = (unsigned long long)r.f.e * r.f.c * 1000000u;
    printf("prod=%llu\n", prod);
    /* raw stores are seen through the fields */
    r.raw = 0xffffffffu;
    show("ones", r);
    r.f.c = 0;
    show("c=0", r);
    return 0;
}
