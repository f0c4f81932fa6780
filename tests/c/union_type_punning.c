/* Type punning through unions: float <-> uint32 bits, double <-> two 32-bit words, the little-endian bytes and
   halves of an int, sign bits of negative values seen as bytes, and floats built or modified from their bits. */
#include <stdio.h>

typedef unsigned int u32;
typedef unsigned short u16;
typedef unsigned char u8;

typedef union { float f; u32 u; int i; u8 b[4]; } FloatBits;
typedef union { double d; u32 w[2]; unsigned long long q; } DoubleBits;
typedef union { u32 v; u16 h[2]; u8 b[4]; signed char sc[4]; } Word;

static u32 fbits(float f) { FloatBits x; x.f = f; return x.u; }
static float ffrom(u32 u) { FloatBits x; x.u = u; return x.f; }

static void show_float(const char *name, float f) {
    FloatBits x;
    x.f = f;
    u32 sign = x.u >> 31, exp = (x.u >> 23) & 0xff, man = x.u & 0x7fffff;
    printf("%-6s %08x s=%u e=%3u m=%06x bytes=%02x %02x %02x %02x\n", name, x.u, sign, exp, man,
           x.b[0], x.b[1], x.b[2], x.b[3]);
}

int main(void) {
    int status = 0;
    show_float("one", 1.0f);
    show_float("-2.5", -2.5f);
    show_float("0.1", 0.1f);
    show_float("big", 3.0e38f);
    show_float("tiny", ffrom(1));
    show_float("max", ffrom(0x7f7fffffu));

    printf("pi from bits: %.9g\n", (double)ffrom(0x40490fdbu));
    printf("negate by xor: %g\n", (double)ffrom(fbits(123.5f) ^ 0x80000000u));
    printf("abs by mask: %g\n", (double)ffrom(fbits(-0.375f) & 0x7fffffffu));
    /* the next float above 1.0 and the bits of their difference */
    float one = 1.0f, next = ffrom(fbits(one) + 1);
    printf("ulp(1)=%.10g bits=%08x\n", (double)(next - one), fbits(next - one));
    /* ordering of positive floats equals ordering of their bits as integers */
    float vals[] = { 0.0f, 1e-30f, 0.5f, 1.0f, 1.5f, 1000.0f, 3e38f };
    int ordered = 1;
    for (int k = 1; k < 7; k++)
        if (!(fbits(vals[k - 1]) < fbits(vals[k]))) ordered = 0;
    printf("bit order matches: %d\n", ordered);
    if (!ordered) status |= 1;
    /* infinity and NaN shown by bits only */
    FloatBits inf;
    inf.f = ffrom(0x7f800000u) * 2.0f;
    printf("inf*2 bits=%08x isinf=%d\n", inf.u, inf.f > 3e38f);
    FloatBits nan;
    nan.u = 0x7fc00000u;
    printf("nan != nan: %d\n", nan.f != nan.f);

    /* doubles as two 32-bit words (low word first) */
    double ds[] = { 1.0, -2.0, 0.1, 1e300, 5e-324 };
    for (int k = 0; k < 5; k++) {
        DoubleBits d;
        d.d = ds[k];
        printf("double %-8g hi=%08x lo=%08x q=%016llx exp=%u\n", ds[k], d.w[1], d.w[0], d.q,
               (d.w[1] >> 20) & 0x7ff);
    }
    DoubleBits m;
    m.w[1] = 0x40091eb8u;
    m.w[0] = 0x51eb851fu;
    printf("built double %.6f\n", m.d);
    m.q += 1;
    printf("after q+1 lo=%08x\n", m.w[0]);

    /* bytes and halves of a word: little-endian */
    Word w;
    w.v = 0x11223344u;
    printf("word %08x -> b=%02x %02x %02x %02x h=%04x %04x\n", w.v, w.b[0], w.b[1], w.b[2], w.b[3], w.h[0], w.h[1]);
    w.b[3] = 0xfe;
    w.h[0] ^= 0x00ff;
    printf("modified %08x\n", w.v);
    w.v = (u32)-2;
    printf("-2 as bytes %d %d %d %d\n", w.sc[0], w.sc[1], w.sc[2], w.sc[3]);
    w.sc[1] = -128;
    printf("after sc[1]=-128: %08x as int %d\n", w.v, (int)w.v);
    /* byte swap through the array view */
    Word src, dst;
    src.v = 0xdeadbeefu;
    for (int k = 0; k < 4; k++) dst.b[k] = src.b[3 - k];
    printf("swapped %08x\n", dst.v);
    if (dst.v != 0xefbeaddeu) status |= 2;
    /* int from the float union view, negative */
    FloatBits n;
    n.f = -1.0f;
    printf("-1.0f as int %d (hex %08x)\n", n.i, n.u);
    return status;
}
