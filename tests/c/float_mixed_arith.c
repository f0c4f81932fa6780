/* Mixed int/float expressions, division results, float compare, prototypes converting arguments. */
#include <stdio.h>

static double half(double x) { return x / 2; }
static float halff(float x) { return x / 2; }
static int trunc_int(int x) { return x; }
static double avg(int a, int b) { return (a + b) / 2.0; }
static double avg_wrong(int a, int b) { return (a + b) / 2; }

int main(void) {
    int i = 7;
    unsigned u = 3000000000u;
    float f = 2.5f;
    double d = 0.1;
    printf("i / 2 = %d, i / 2.0 = %g, i / 2.0f = %g\n", i / 2, i / 2.0, i / 2.0f);
    printf("i * f = %g, i + d = %.17g, f + d = %.17g\n", i * f, i + d, f + d);
    printf("u * 1.0 = %.1f, u + 0.5f = %.1f, -u * 1.0 = %.1f\n", u * 1.0, u + 0.5f, -u * 1.0);
    printf("(double)(u * 2) = %.1f, u * 2.0 = %.1f\n", (double)(u * 2), u * 2.0);
    long long ll = -5;
    unsigned long long ull = 10;
    printf("ll / 2.0 = %g, ull / 4.0 = %g, (ll + ull) / 3.0 = %g\n", ll / 2.0, ull / 4.0, (ll + ull) / 3.0);
    printf("half(7) = %g, halff(7) = %g, trunc_int(7.9) = %d, trunc_int(-7.9) = %d\n", half(7), halff(7), trunc_int(7.9), trunc_int(-7.9));
    printf("avg(3,4) = %g, avg_wrong(3,4) = %g, avg(-3,-4) = %g, avg_wrong(-3,-4) = %g\n", avg(3, 4), avg_wrong(3, 4), avg(-3, -4), avg_wrong(-3, -4));
    char c = 'A';
    short s = -300;
    printf("c * 0.5 = %g, s / 7.0 = %.10f, c + s + f = %g\n", c * 0.5, s / 7.0, c + s + f);
    /* division results */
    for (int k = 1; k <= 9; k++) printf("%d/7 = %.15f  %d/7f = %.9g\n", k, k / 7.0, k, k / 7.0f);
    /* comparisons between float and int */
    int big = 16777217;
    float fb = (float)big;
    printf("big == fb: %d (int converts to float)\n", big == fb);
    printf("big == (double)fb: %d\n", (double)big == (double)fb);
    printf("0.5 > 0: %d, -0.5 < 0: %d, 1e-300 > 0: %d\n", 0.5 > 0, -0.5 < 0, 1e-300 > 0);
    unsigned uu = 1;
    printf("-1.0 < uu: %d, -1 < uu: %d\n", -1.0 < uu, -1 < (int)uu);
    /* conditional with mixed types produces double */
    double cond = i > 5 ? 1 : 0.5;
    printf("cond = %g, sizeof(i > 5 ? 1 : 0.5f) = %u\n", cond, (unsigned)sizeof(i > 5 ? 1 : 0.5f));
    /* float compare tolerance */
    float acc = 0.0f;
    for (int k = 0; k < 100; k++) acc += 0.01f;
    double diff = acc - 1.0;
    printf("acc = %.9g, acc == 1: %d, |acc-1| < 1e-5: %d, diff = %.3e\n", acc, acc == 1.0f, (diff < 0 ? -diff : diff) < 1e-5, diff);
    /* temperature table */
    for (int cel = -40; cel <= 100; cel += 20) {
        double fah = cel * 9.0 / 5 + 32;
        int fah_int = cel * 9 / 5 + 32;
        float scaled = cel * 1.8f;   /* separate statement: no multiply-add contraction */
        float fah_f = scaled + 32;
        printf("%4d C = %6.1f F (int %d, float %.9g)\n", cel, fah, fah_int, fah_f);
    }
    /* compound assignment of int with double, and double with int */
    double dv = 10;
    dv /= 4;
    dv += 3 / 2;
    dv *= i;
    printf("dv = %g\n", dv);
    int iv = 10;
    iv += 2.7;
    iv -= 0.5;
    printf("iv = %d\n", iv);
    /* percentage computations */
    int parts[] = { 3, 7, 11, 29 };
    int total = 0;
    for (int k = 0; k < 4; k++) total += parts[k];
    for (int k = 0; k < 4; k++) printf("part %d: %5.2f%% %6.3f%%\n", k, 100.0 * parts[k] / total, (float)parts[k] / total * 100);
    /* Newton square root without math.h */
    double vals[] = { 2.0, 10.0, 0.5, 1e10, 12345.678 };
    for (int k = 0; k < 5; k++) {
        double x = vals[k], r = x > 1 ? x / 2 : 1.0;
        for (int it = 0; it < 60; it++) r = 0.5 * (r + x / r);
        printf("sqrt(%g) ~ %.15g\n", x, r);
    }
    return 0;
}
