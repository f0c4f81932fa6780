/* float arithmetic must round to single precision after every operation (printed with %.9g). */
#include <stdio.h>

static float fmul(float a, float b) { return a * b; }
static float fadd(float a, float b) { return a + b; }

int main(void) {
    float a = 16777216.0f;   /* 2^24 */
    float b = a + 1.0f;      /* rounds back to 2^24 */
    float c = a + 2.0f;
    printf("a=%.9g b=%.9g c=%.9g b==a:%d\n", a, b, c, b == a);
    float t = 0.1f;
    float sum = 0.0f;
    for (int i = 0; i < 10; i++) sum += t;
    printf("sum of ten 0.1f = %.9g (== 1.0f: %d)\n", sum, sum == 1.0f);
    double dsum = 0.0;
    for (int i = 0; i < 10; i++) dsum += 0.1;
    printf("sum of ten 0.1 = %.17g (== 1.0: %d)\n", dsum, dsum == 1.0);

    /* float intermediate vs double intermediate */
    float x = 1.0f / 3.0f;
    float y = x * 3.0f;
    double yd = (double)x * 3.0;
    printf("x=%.9g y=%.9g yd=%.17g\n", x, y, yd);
    float big = 3.0e38f;
    float prod = big * 10.0f / 10.0f;    /* overflows to inf in float */
    double prodd = (double)big * 10.0 / 10.0;
    printf("prod is inf: %d, prodd=%.9g\n", prod > 3.4e38f, prodd);
    float e1 = 1.0f, eps = 1.0f;
    while (e1 + eps / 2.0f != e1) eps /= 2.0f;
    printf("float epsilon = %.9g\n", eps);
    double d1 = 1.0, deps = 1.0;
    while (d1 + deps / 2.0 != d1) deps /= 2.0;
    printf("double epsilon = %.17g\n", deps);

    /* accumulate in float: harmonic series */
    float hf = 0.0f;
    double hd = 0.0;
    for (int k = 1; k <= 100000; k++) { hf += 1.0f / (float)k; hd += 1.0 / k; }
    printf("harmonic float=%.9g double=%.17g\n", hf, hd);
    /* float with int mix: int converted to float */
    int big_i = 16777217;
    float fi = big_i;
    printf("(float)16777217 = %.9g, fi + 1 = %.9g, big_i + 1.0f = %.9g\n", fi, fi + 1, big_i + 1.0f);
    /* products and quotients */
    float vals[] = { 0.1f, 0.2f, 0.3f, 1.1f, 3.3f, 7.0f, 1e-3f, 123456.789f };
    for (int i = 0; i < 8; i++) {
        float v = vals[i];
        printf("v=%.9g v*v=%.9g v/3=%.9g v+0.7=%.9g fmul(v,v)=%.9g fadd(v,1e-8)=%.9g\n", v, v * v, v / 3.0f, v + 0.7f, fmul(v, v), fadd(v, 1e-8f));
    }
    /* compound assignments on floats with double operands: computed in double then rounded */
    float ca = 1.0f;
    for (int i = 0; i < 5; i++) { ca *= 1.1; ca += 0.01; }
    printf("ca=%.9g\n", ca);
    float cb = 1.0f;
    for (int i = 0; i < 5; i++) { cb *= 1.1f; cb += 0.01f; }
    printf("cb=%.9g\n", cb);
    /* float comparisons */
    float p = 0.1f;
    double q = 0.1;
    printf("0.1f == 0.1: %d, (float)0.1 == 0.1f: %d, p < q: %d, p > q: %d\n", p == q, (float)q == p, p < q, p > q);
    /* float to double and back */
    double widened = p;
    printf("widened=%.17g narrowed back=%.9g\n", widened, (float)widened);
    /* series: float Leibniz pi */
    float pi4 = 0.0f;
    for (int k = 0; k < 2000; k++) pi4 += (k % 2 ? -1.0f : 1.0f) / (2 * k + 1);
    printf("leibniz float pi=%.9g\n", pi4 * 4);
    /* subtraction cancellation */
    float u = 1.0000001f, w = 1.0f;
    printf("u - w = %.9g\n", u - w);
    float s1 = 1e8f, s2 = s1 + 3.0f;
    printf("1e8f + 3 = %.9g diff=%.9g\n", s2, s2 - s1);
    return 0;
}
