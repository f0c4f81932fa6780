/* %e / %E formatting across precisions, exponent ranges, flags and rounding carries. */
#include <stdio.h>

int main(void) {
    double vals[] = { 0.0, -0.0, 1.0, -1.0, 0.5, 9.5, 9.95, 9.995, 99.5, 0.000123456, 123456.0, 1e-10, 1e10, 1e100, 1e-100,
                      1.7976931348623157e308, 2.2250738585072014e-308, 4.9406564584124654e-324, 6.02214076e23, 1.0 / 3.0, 12345.6789, 5e-324 * 3 };
    int nv = (int)(sizeof vals / sizeof vals[0]);
    for (int i = 0; i < nv; i++) {
        double v = vals[i];
        printf("%.0e | %.1e | %.3e | %e | %.10E | %.16e\n", v, v, v, v, v, v);
    }
    /* halfway cases in %e */
    double halves[] = { 1.5, 2.5, 12.5, 0.125, 1.25, 2.25, 1.125, 9.5, 0.5, 3.75e-5 };
    for (int i = 0; i < (int)(sizeof halves / sizeof halves[0]); i++)
        printf("%.0e %.1e %.2e\n", halves[i], halves[i], halves[i]);
    /* flags */
    double x = -12345.678;
    printf("[%15e] [%-15e] [%015e] [%+e] [% e] [%#.0e] [%.0e]\n", x, x, x, -x, -x, 5.0, 5.0);
    printf("[%15.2E] [%-15.2E] [%+015.3E] [%*.*e]\n", x, x, -x, 14, 1, 0.000987);
    /* powers of ten and neighbours */
    for (int k = -5; k <= 5; k++) {
        double p = 1.0;
        if (k > 0) for (int j = 0; j < k; j++) p *= 10.0;
        else for (int j = 0; j < -k; j++) p /= 10.0;
        printf("1e%d: %e %.2e %.15e\n", k, p, p * 0.999999, p);
    }
    /* three-digit exponents */
    printf("%e %e %E %E\n", 1e-123, 3e200, 7.25e-307, 1.5e307);
    /* float values */
    float fv[] = { 1.0f / 3.0f, 3.4028235e38f, 1.17549435e-38f, 1e-45f, 0.1f, 16777216.0f };
    for (int i = 0; i < 6; i++) printf("%e %.8e\n", fv[i], fv[i]);
    /* series of multiplication results */
    double m = 1.0;
    for (int i = 0; i < 12; i++) { m *= -7.3; printf("%+.4e\n", m); }
    return 0;
}
