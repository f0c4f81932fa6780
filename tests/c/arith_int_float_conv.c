/* Integer <-> floating conversions (in range), float -> unsigned, _Bool conversions. */
#include <stdio.h>
#include <stdbool.h>

int main(void) {
    double ds[] = { 0.0, 0.4, 0.5, 0.9999, 1.0, 1.5, 2.5, -0.5, -1.5, -2.7, 123456.789, -98765.4321, 2147483647.9, -2147483648.9 };
    for (unsigned i = 0; i < sizeof ds / sizeof ds[0]; i++)
        printf("(int)%.4f = %d\n", ds[i], (int)ds[i]);

    double us[] = { 0.0, 1.9, 2147483648.0, 3000000000.5, 4294967295.0, 4294967295.75 };
    for (unsigned i = 0; i < sizeof us / sizeof us[0]; i++)
        printf("(unsigned)%.2f = %u\n", us[i], (unsigned)us[i]);

    float fs[] = { 0.1f, 255.9f, 65535.5f, 16777216.0f, 3.0e9f, -100.25f };
    printf("(unsigned char)%.9g = %d\n", fs[1], (unsigned char)fs[1]);
    printf("(unsigned short)%.9g = %d\n", fs[2], (unsigned short)fs[2]);
    printf("(int)%.9g = %d\n", fs[3], (int)fs[3]);
    printf("(unsigned)%.9g = %u\n", fs[4], (unsigned)fs[4]);
    printf("(short)%.9g = %d\n", fs[5], (short)fs[5]);
    printf("(signed char)%.9g = %d\n", fs[5] / 2, (signed char)(fs[5] / 2));
    printf("(long long)%.9g = %lld\n", fs[4], (long long)fs[4]);

    /* int -> float loses precision above 2^24 */
    int big[] = { 16777215, 16777216, 16777217, 16777218, 16777219, 2147483647, -2147483647, 123456789 };
    for (unsigned i = 0; i < sizeof big / sizeof big[0]; i++) {
        float f = (float)big[i];
        double d = big[i];
        printf("%d -> float %.1f -> back %lld, double %.1f\n", big[i], f, (long long)f, d);
    }
    unsigned ubig[] = { 4294967295u, 4294967040u, 2147483648u, 2147483649u, 3000000001u };
    for (unsigned i = 0; i < sizeof ubig / sizeof ubig[0]; i++) {
        float f = ubig[i];
        double d = ubig[i];
        printf("%u -> float %.1f, double %.1f\n", ubig[i], f, d);
    }
    /* uint -> double must be unsigned conversion, not signed */
    unsigned x = 0xFFFFFFF0u;
    double dx = x;
    printf("0xFFFFFFF0u as double = %.1f\n", dx);
    printf("x / 2.0 = %.2f\n", x / 2.0);
    printf("(double)(x + 0x20) = %.1f\n", (double)(x + 0x20u));
    unsigned char uc = 250;
    signed char sc = -6;
    printf("uc * 0.5 = %g, sc * 0.5 = %g\n", uc * 0.5, sc * 0.5);
    printf("uc + 0.5f = %.9g\n", uc + 0.5f);

    /* _Bool conversions */
    bool b1 = 0.5, b2 = -0.0, b3 = 256, b4 = (bool)0.000001, b5 = 'a' - 'a';
    printf("bool: %d %d %d %d %d\n", b1, b2, b3, b4, b5);
    bool b6 = 2;
    b6 += 1;   /* 1 + 1 = 2 -> true */
    printf("b6=%d sizeof(bool)=%u\n", b6, (unsigned)sizeof(bool));
    bool b7 = 0;
    b7--;      /* 0 - 1 = -1 -> true */
    printf("b7=%d\n", b7);
    unsigned char asbyte = (unsigned char)(bool)300;
    printf("(unsigned char)(bool)300 = %d\n", asbyte);
    int from_bool = true + true;
    printf("true + true = %d\n", from_bool);

    /* rounding by adding 0.5 and truncating */
    for (int k = -3; k <= 3; k++) {
        double v = k * 0.75;
        int rounded = v >= 0 ? (int)(v + 0.5) : -(int)(-v + 0.5);
        printf("round(%.2f) = %d\n", v, rounded);
    }
    /* int division vs float division */
    int p = 7, q = 2;
    printf("p/q=%d p/(double)q=%.3f (double)(p/q)=%.3f p*1.0/q=%.3f\n", p / q, p / (double)q, (double)(p / q), p * 1.0 / q);
    float third = 1.0f / 3;
    int scaled = (int)(third * 3000000);
    printf("third*3e6 as int = %d\n", scaled);
    printf("(int)(0.1+0.2==0.3) = %d, (int)(0.1f+0.2f==0.3f) = %d\n", 0.1 + 0.2 == 0.3, 0.1f + 0.2f == 0.3f);
    return 0;
}
