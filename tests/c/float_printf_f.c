/* %f formatting at many precisions, widths and flags, including exact-halfway rounding cases. */
#include <stdio.h>

int main(void) {
    double vals[] = { 0.0, 0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 0.125, 0.375, 1.0 / 3.0, 2.0 / 3.0, 0.1, 0.2, 0.3,
                      1e-5, 123.456, 999.9995, 1234567.891, 0.045, 1.005, 9.995, 1e15, 123456789012.25, -0.0 };
    int nv = (int)(sizeof vals / sizeof vals[0]);
    for (int i = 0; i < nv; i++) {
        double v = vals[i];
        printf("%-22.17g|%.0f|%.1f|%.2f|%.3f|%f|%.10f\n", v, v, v, v, v, v, v);
    }
    /* halfway cases are exact in binary: round-half-even in glibc */
    double halves[] = { 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 10.5, 11.5, -0.5, -1.5, -2.5, 0.25, 0.75, 1.25, 1.75, 0.125, 0.625, 0.0625 };
    for (int i = 0; i < (int)(sizeof halves / sizeof halves[0]); i++)
        printf("%g -> %.0f %.1f %.2f %.3f\n", halves[i], halves[i], halves[i], halves[i], halves[i]);
    /* flags and widths */
    double x = 3.14159265358979;
    printf("[%10.3f] [%-10.3f] [%010.3f] [%+.3f] [% .3f] [%#.0f] [%.0f] [%+010.2f]\n", x, x, x, x, x, x, x, -x);
    printf("[%*.*f] [%-*.*f] [%.*f]\n", 12, 4, x, 12, 2, x, 7, x);
    printf("[%8.2f] [%8.2f] [%-8.2f|] [%08.2f]\n", -1.0, 1234567.0, -0.001, -0.001);
    /* large values print all integer digits */
    double bigs[] = { 1e20, 1e22, 1.5e25, 123456789.0 * 1e10, 9007199254740993.0, 18446744073709551616.0, 1.7976931348623157e308 };
    for (int i = 0; i < (int)(sizeof bigs / sizeof bigs[0]); i++) printf("%.1f\n", bigs[i]);
    /* small values */
    double smalls[] = { 1e-7, 5e-7, 4.9e-7, 1.5e-6, 2.5e-6, 1e-10, 123e-9 };
    for (int i = 0; i < (int)(sizeof smalls / sizeof smalls[0]); i++) printf("%f %.8f %.12f\n", smalls[i], smalls[i], smalls[i]);
    /* float arguments are promoted to double */
    float f1 = 0.1f, f2 = 16777217.0f, f3 = 3.4e38f;
    printf("%.10f %.1f %.0f\n", f1, f2, f3);
    /* long precision prints exact binary expansion digits */
    printf("%.30f\n", 0.1);
    printf("%.25f\n", 1.0 / 1024.0);
    printf("%.60f\n", 1e-50);
    printf("%.3f %.3f %.3f %.3f\n", 0.0005, 0.0015, 0.0025, 1e-300);
    /* counting characters produced */
    char buf[512];
    int n = sprintf(buf, "%f", 1e100);
    printf("len(%%f of 1e100) = %d\n", n);
    n = sprintf(buf, "%.50f", -1.0 / 7.0);
    printf("%s (%d)\n", buf, n);
    return 0;
}
