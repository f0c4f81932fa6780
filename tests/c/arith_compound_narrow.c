/* Compound assignments and increments on narrow types (implicit truncation back). */
#include <stdio.h>

int main(void) {
    char c = 100;
    c += 200;
    printf("char 100 += 200 -> %d\n", c);
    c -= 250;
    printf("then -= 250 -> %d\n", c);
    c *= 3;
    printf("then *= 3 -> %d\n", c);

    unsigned char u = 77;
    u *= 3;
    printf("uchar 77 *= 3 -> %u\n", u);
    u += 250;
    printf("then += 250 -> %u\n", u);
    u -= 100;
    printf("then -= 100 -> %u\n", u);
    u <<= 3;
    printf("then <<= 3 -> %u\n", u);
    u >>= 1;
    printf("then >>= 1 -> %u\n", u);
    u = 5;
    u -= 10;
    printf("uchar 5 -= 10 -> %u\n", u);
    u = 200;
    u /= -3;   /* 200 / -3 = -66 -> 190 */
    printf("uchar 200 /= -3 -> %u\n", u);
    u = 200;
    u %= -7;
    printf("uchar 200 %%= -7 -> %u\n", u);

    short s = 1000;
    s <<= 4;
    printf("short 1000 <<= 4 -> %d\n", s);
    s <<= 2;
    printf("then <<= 2 -> %d\n", s);
    s >>= 3;
    printf("then >>= 3 -> %d\n", s);
    s = -32768;
    s -= 1;
    printf("short -32768 -= 1 -> %d\n", s);
    s = 300;
    s *= 300;
    printf("short 300 *= 300 -> %d\n", s);

    unsigned short us = 65000;
    us += 1000;
    printf("ushort 65000 += 1000 -> %u\n", us);
    us = 3;
    us -= 5;
    printf("ushort 3 -= 5 -> %u\n", us);
    us = 0xABCD;
    us ^= 0xFFFF0000;
    printf("ushort ^= 0xFFFF0000 -> %u\n", us);
    us |= 0x10000;
    printf("ushort |= 0x10000 -> %u\n", us);
    us &= ~0x0F0F;
    printf("ushort &= ~0x0F0F -> %u\n", us);

    signed char sc = 127;
    sc++;
    printf("schar 127++ -> %d\n", sc);
    sc--;
    printf("then -- -> %d\n", sc);
    sc = -128;
    --sc;
    printf("schar --(-128) -> %d\n", sc);
    unsigned char uc = 255;
    printf("uc++ returns %d\n", uc++);
    printf("now uc = %d\n", uc);
    printf("--uc returns %d\n", --uc);
    unsigned short w = 0;
    w--;
    printf("ushort 0-- -> %u\n", w);

    /* compound assignment with float right-hand side */
    int i = 10;
    i *= 2.5;
    printf("int 10 *= 2.5 -> %d\n", i);
    i /= 0.3;
    printf("then /= 0.3 -> %d\n", i);
    unsigned char fu = 10;
    fu += 3.99;
    printf("uchar 10 += 3.99 -> %u\n", fu);
    short fs = -7;
    fs *= 1.5;
    printf("short -7 *= 1.5 -> %d\n", fs);

    /* compound assignment: int with unsigned rhs */
    int m = -20;
    m /= 3u;   /* -20 -> 4294967276 / 3 = 1431655758 */
    printf("int -20 /= 3u -> %d\n", m);
    int n = -20;
    n >>= 2;
    printf("int -20 >>= 2 -> %d\n", n);
    unsigned un = 20;
    un -= 30;
    printf("unsigned 20 -= 30 -> %u\n", un);

    /* accumulate over a loop with narrow types */
    unsigned char h = 0;
    signed char hs = 0;
    short hh = 0;
    for (int k = 0; k < 1000; k++) {
        h += k;
        hs ^= (signed char)(k * 37);
        hh += k * k;
    }
    printf("h=%u hs=%d hh=%d\n", h, hs, hh);

    /* char counter wraps */
    unsigned char counter = 250;
    int steps = 0;
    while (counter != 4) { counter++; steps++; }
    printf("steps from 250 to 4 = %d\n", steps);

    /* pre/post increment results used */
    char p = 'y';
    char q = p++;
    char r = ++p;
    printf("q=%c r=%c p=%d\n", q, r, p);
    return 0;
}
