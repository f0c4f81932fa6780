/* %g / %G: switching between fixed and exponent form, trailing-zero removal, '#' flag. */
#include <stdio.h>

int main(void) {
    double vals[] = { 0.0, -0.0, 1.0, 10.0, 100000.0, 999999.0, 999999.5, 1000000.0, 1234567.0, 0.0001, 0.00012345, 0.00001, 0.000099999,
                      123.456, 1.5, 2.5, 0.1, 1.0 / 3.0, 2.0 / 3.0, 1e-300, 1e300, 12345678901234567890.0, 100.0, 1e15, 1e16, 1e17, 4.4e-5, 0.5 };
    int nv = (int)(sizeof vals / sizeof vals[0]);
    for (int i = 0; i < nv; i++) {
        double v = vals[i];
        printf("%g | %.0g | %.1g | %.2g | %.3g | %.6g | %.10g | %.17g | %G\n", v, v, v, v, v, v, v, v, v);
    }
    /* precision boundary: exponent X switch when X >= P or X < -4 */
    for (int p = 1; p <= 7; p++) {
        printf("P=%d:", p);
        double v = 1.0;
        for (int k = 0; k < 8; k++, v *= 10.0) printf(" %.*g", p, v * 1.25);
        printf("\n");
    }
    double tiny = 0.0012345;
    for (int k = 0; k < 6; k++, tiny /= 10) printf("%g %.3g %#.3g\n", tiny, tiny, tiny);
    /* '#' keeps trailing zeros and point */
    double h[] = { 1.0, 0.5, 100.0, 1e10, 123.0, 0.0 };
    for (int i = 0; i < 6; i++) printf("[%#g] [%#.3g] [%#.1g] [%#G]\n", h[i], h[i], h[i], h[i]);
    /* widths and flags */
    double x = 0.000123456;
    printf("[%12g] [%-12g] [%012g] [%+g] [% g] [%+12.3G]\n", x, x, x, x, x, -x);
    printf("[%*.*g] [%-*.*g]\n", 10, 2, 1234.5, 10, 8, 3.0 / 7.0);
    /* rounding that changes the exponent */
    double r[] = { 9.9999, 99.999, 999.95, 9.5, 0.00099995, 999999.5, 9999995.0 };
    for (int i = 0; i < 7; i++) printf("%.4g %.2g %.1g %g\n", r[i], r[i], r[i], r[i]);
    /* integers near 2^53 */
    double big = 9007199254740992.0;
    printf("%.16g %.17g %.20g %g\n", big, big + 2.0, big, big);
    /* float promoted */
    float f = 0.3f;
    printf("%g %.9g %.17g\n", f, f, f);
    /* table of reciprocals */
    for (int k = 1; k <= 12; k++) printf("1/%d = %.5g (%.12g)\n", k, 1.0 / k, 1.0 / k);
    return 0;
}
