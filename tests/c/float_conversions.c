/* Conversions between float, double and integer types in both directions (values in range). */
#include <stdio.h>

int main(void) {
    /* double -> float rounding */
    double ds[] = { 0.1, 1.0 / 3.0, 16777217.0, 16777219.0, 3.4028234663852886e38, 1e-40, 1.00000005960464477539, 1.00000017881393432617, 2.0000002384185791 };
    for (int i = 0; i < (int)(sizeof ds / sizeof ds[0]); i++) {
        float f = (float)ds[i];
        printf("double %.17g -> float %.9g back %.17g\n", ds[i], f, (double)f);
    }
    /* float -> integer truncation toward zero */
    float fs[] = { 0.99f, -0.99f, 1.5f, -1.5f, 100.999f, -100.999f, 8388607.5f, -8388607.5f, 2147483520.0f, -2147483648.0f };
    for (int i = 0; i < 10; i++) printf("(int)%.9g = %d\n", fs[i], (int)fs[i]);
    /* float -> unsigned types */
    float fu[] = { 0.0f, 1.9f, 255.0f, 4294967040.0f, 3000000000.0f, 65535.99f };
    for (int i = 0; i < 6; i++) printf("(unsigned)%.9g = %u\n", fu[i], (unsigned)fu[i]);
    printf("(unsigned short)65535.99f = %u, (unsigned char)255.5 = %u\n", (unsigned short)65535.99f, (unsigned char)255.5);
    /* double -> long long and unsigned long long */
    double dl[] = { 9007199254740992.0, -9007199254740992.0, 1e18, -1e18, 9.2233720368547748e18, 123456789.987 };
    for (int i = 0; i < 4; i++) printf("(long long)%.17g = %lld\n", dl[i], (long long)dl[i]);
    printf("(unsigned long long)%.17g = %llu\n", dl[4], (unsigned long long)dl[4]);
    printf("(unsigned long long)1.8446744073709550e19 = %llu\n", (unsigned long long)1.8446744073709550e19);
    printf("(long long)%.17g = %lld\n", dl[5], (long long)dl[5]);
    /* integer -> double exact and inexact */
    long long ll[] = { 9007199254740993LL, -9007199254740993LL, 9223372036854775807LL, 1LL << 62, 123456789012345678LL };
    for (int i = 0; i < 5; i++) printf("%lld -> %.1f\n", ll[i], (double)ll[i]);
    unsigned long long ull[] = { 18446744073709551615ULL, 9223372036854775808ULL, 12345678901234567890ULL, 4294967296ULL };
    for (int i = 0; i < 4; i++) printf("%llu -> %.1f\n", ull[i], (double)ull[i]);
    for (int i = 0; i < 4; i++) printf("%llu -> float %.1f\n", ull[i], (float)ull[i]);
    /* signed/unsigned 32-bit -> float */
    int is[] = { 16777217, 33554435, -16777217, 2147483647, -2147483647 - 1, 123456789 };
    for (int i = 0; i < 6; i++) printf("%d -> float %.1f, double %.1f\n", is[i], (float)is[i], (double)is[i]);
    unsigned us[] = { 4294967295u, 2147483648u, 2147483905u, 4294967168u };
    for (int i = 0; i < 4; i++) printf("%u -> float %.1f\n", us[i], (float)us[i]);
    /* char and short -> float */
    signed char sc = -128;
    unsigned char uc = 255;
    short ss = -32768;
    unsigned short usv = 65535;
    printf("sc %.1f uc %.1f ss %.1f us %.1f\n", (float)sc, (float)uc, (double)ss, (double)usv);
    /* round trips */
    int errors = 0;
    for (int i = -100000; i <= 100000; i += 37) {
        float f = (float)i;
        if ((int)f != i) errors++;
        double d = i / 7.0;
        int back = (int)(d * 7.0 + (d >= 0 ? 0.5 : -0.5));
        if (back != i) errors++;
    }
    printf("round-trip errors = %d\n", errors);
    /* conversion in function arguments and returns */
    float sumf = 0;
    for (int i = 1; i <= 10; i++) sumf += (float)i / 3;
    printf("sumf = %.9g, as int %d, as unsigned char %u\n", sumf, (int)sumf, (unsigned char)sumf);
    double mix = 7 / 2 + 7 / 2.0 + (float)7 / 2 + (int)(7 / 2.0f);
    printf("mix = %g\n", mix);
    return 0;
}
