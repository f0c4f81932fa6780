/* Summations that expose rounding: naive vs Kahan vs pairwise, in float and double. */
#include <stdio.h>

static double pairwise(const double *a, int n) {
    if (n <= 2) return n == 1 ? a[0] : a[0] + a[1];
    int h = n / 2;
    return pairwise(a, h) + pairwise(a + h, n - h);
}

int main(void) {
    enum { N = 1000 };
    static double a[N];
    for (int i = 0; i < N; i++) a[i] = 1.0 / (i + 1) + (i % 3 ? 1e-3 : -1e-3) * (i % 7);
    double naive = 0.0, kahan = 0.0, comp = 0.0, rev = 0.0;
    for (int i = 0; i < N; i++) naive += a[i];
    for (int i = N - 1; i >= 0; i--) rev += a[i];
    for (int i = 0; i < N; i++) {
        double y = a[i] - comp;
        double t = kahan + y;
        comp = (t - kahan) - y;
        kahan = t;
    }
    printf("naive   = %.17g\nreverse = %.17g\nkahan   = %.17g\npairwise= %.17g\n", naive, rev, kahan, pairwise(a, N));
    printf("naive == reverse: %d\n", naive == rev);

    float fn = 0.0f, fk = 0.0f, fc = 0.0f;
    for (int i = 0; i < N; i++) {
        float v = (float)a[i];
        fn += v;
        float y = v - fc;
        float t = fk + y;
        fc = (t - fk) - y;
        fk = t;
    }
    printf("float naive = %.9g, float kahan = %.9g\n", fn, fk);

    /* adding a small number many times to a large one */
    double big = 1e16;
    for (int i = 0; i < 100; i++) big += 1.0;
    printf("1e16 + 100*1.0 = %.17g\n", big);
    double big2 = 1e16 + 100.0;
    printf("1e16 + 100.0  = %.17g\n", big2);
    float fbig = 1e8f;
    for (int i = 0; i < 100; i++) fbig += 1.0f;
    printf("1e8f + 100*1.0f = %.9g\n", fbig);

    /* associativity failure */
    double x = 0.1, y = 0.2, z = 0.3;
    printf("(x+y)+z = %.17g, x+(y+z) = %.17g\n", (x + y) + z, x + (y + z));
    printf("(1e20 + -1e20) + 3.14 = %g, 1e20 + (-1e20 + 3.14) = %g\n", (1e20 + -1e20) + 3.14, 1e20 + (-1e20 + 3.14));
    /* sequence of partial sums printed at checkpoints */
    double s = 0.0;
    for (int i = 1; i <= 1 << 20; i++) {
        s += 1.0 / ((double)i * i);
        if ((i & (i - 1)) == 0 && i >= 1024) printf("zeta2 partial %7d = %.15f\n", i, s);
    }
    /* alternating series */
    double alt = 0.0;
    for (int k = 1; k <= 10000; k++) alt += (k % 2 ? 1.0 : -1.0) / k;
    printf("ln2 approx = %.15f\n", alt);
    /* geometric series in float and double */
    float gf = 0.0f, termf = 1.0f;
    double gd = 0.0, termd = 1.0;
    for (int k = 0; k < 60; k++) { gf += termf; termf *= 0.5f; gd += termd; termd *= 0.5; }
    printf("geometric float=%.9g double=%.17g\n", gf, gd);
    /* mean and variance (two-pass) */
    double data[] = { 1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16 };
    double mean = 0.0;
    for (int i = 0; i < 4; i++) mean += data[i];
    mean /= 4;
    double var = 0.0;
    for (int i = 0; i < 4; i++) var += (data[i] - mean) * (data[i] - mean);
    var /= 3;
    double sq = 0.0, sm = 0.0;
    for (int i = 0; i < 4; i++) { sq += data[i] * data[i]; sm += data[i]; }
    double var_naive = (sq - sm * sm / 4) / 3;
    printf("mean=%.17g var=%.17g var_naive=%.17g\n", mean, var, var_naive);
    /* integer-valued float sums are exact until 2^24 */
    float fi = 0.0f;
    for (int i = 0; i < 6000; i++) fi += (float)i;
    printf("sum 0..5999 in float = %.9g (exact %d)\n", fi, 5999 * 6000 / 2);
    return 0;
}
