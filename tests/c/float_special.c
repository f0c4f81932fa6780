/* Negative zero, infinities, comparisons, subnormals, extreme magnitudes (no NaN printing). */
#include <stdio.h>

int main(void) {
    double nz = -0.0, pz = 0.0;
    printf("-0.0: %f %e %g %.3f [%+f] [% f]\n", nz, nz, nz, nz, nz, nz);
    printf("-0.0 == 0.0: %d, -0.0 < 0.0: %d\n", nz == pz, nz < pz);
    double negtiny = -1e-20;
    printf("round to -0: %.3f %.0f %.2e\n", negtiny, -0.4, -0.0);
    double prod = -1.0 * 0.0;
    printf("-1 * 0 = %g, 0 * -5 = %g, -0 + 0 = %g, -0 - 0 = %g\n", prod, 0.0 * -5.0, nz + pz, nz - pz);
    float fnz = -0.0f;
    printf("float -0: %g %.9g\n", fnz, fnz);
    /* sign of zero via division by infinity */
    double big = 1e308;
    double inf = big * 10.0;
    double ninf = -inf;
    printf("inf: %f %e %g %E %G [%10f] [%-10g|] [%+f]\n", inf, inf, inf, inf, inf, inf, inf, inf);
    printf("-inf: %f %e %g\n", ninf, ninf, ninf);
    printf("1/inf = %g, -1/inf = %g\n", 1.0 / inf, -1.0 / inf);
    printf("inf > 1e308: %d, -inf < -1e308: %d, inf == inf: %d, inf + 1 == inf: %d\n", inf > 1e308, ninf < -1e308, inf == inf, inf + 1 == inf);
    float finf = 3e38f * 10.0f;
    printf("float inf: %f %g\n", finf, finf);
    /* NaN only via comparisons (its print form differs between C libraries) */
    double nan = inf - inf;
    printf("nan != nan: %d, nan == nan: %d, nan < 1: %d, nan > 1: %d, !(nan >= 0): %d\n", nan != nan, nan == nan, nan < 1, nan > 1, !(nan >= 0));
    /* subnormals */
    double dmin = 2.2250738585072014e-308;
    double sub = dmin / 4;
    printf("sub = %g %.17g %e\n", sub, sub, sub);
    printf("sub * 4 == dmin: %d\n", sub * 4 == dmin);
    double smallest = 4.9406564584124654e-324;
    printf("smallest = %g, /2 = %g, *3 = %g\n", smallest, smallest / 2, smallest * 3);
    float fsub = 1.17549435e-38f / 8.0f;
    printf("float sub = %.9g, float min sub = %.9g\n", fsub, 1.4e-45f);
    /* underflow to zero */
    double u = 1e-200;
    printf("1e-200 * 1e-200 = %g\n", u * u);
    float fu = 1e-30f;
    printf("1e-30f * 1e-30f = %g\n", fu * fu);
    /* extremes */
    printf("DBL_MAX = %.17g\n", 1.7976931348623157e308);
    printf("FLT_MAX = %.9g\n", 3.40282347e38f);
    printf("DBL_MAX / 1e300 = %g\n", 1.7976931348623157e308 / 1e300);
    /* comparisons of mixed values */
    double values[] = { -inf, -1e300, -1.0, -0.0, 0.0, 5e-324, 1.0, 1e300, inf };
    int n = 9;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) putchar(values[i] < values[j] ? '<' : values[i] == values[j] ? '=' : '>');
        putchar('\n');
    }
    /* min/max selection with zeros */
    double m1 = nz < pz ? nz : pz;
    double m2 = pz < nz ? pz : nz;
    printf("m1=%g m2=%g\n", m1, m2);
    /* conversion of -0.0 to int */
    printf("(int)-0.0 = %d, (int)-0.9 = %d\n", (int)nz, (int)-0.9);
    return 0;
}
