/* math.h: every function family on ordinary and edge arguments, errno's EDOM and ERANGE, the classification
   macros on float and double, and rounding to integers at halfway points. Results print exactly (%a), except
   where glibc's i386 libm (x87 code) and the host's libm can differ in the last place: the double functions
   acosh, asinh, atanh, sinh, cosh, tanh, expm1, log1p, cbrt, erf, erfc, lgamma and tgamma print to 13
   significant digits (a bound of 1e-13 relative), and every inexact float function to 5 (1e-5; a subnormal
   float result prints as such, its last place being its whole value). */
#include <errno.h>
#include <math.h>
#include <stdio.h>

typedef double (*unary)(double);
typedef float (*unaryf)(float);

#define ENTRY(fn, approximate) { #fn, fn, fn##f, approximate }
static const struct {
    const char *name;
    unary d;
    unaryf f;
    int approximate;
} unaries[] = {
    /* 0: exact; 1: the double result is the host's exactly, the float one within its bound; 2: both within their bounds. */
    ENTRY(acos, 1), ENTRY(asin, 1), ENTRY(atan, 1), ENTRY(cos, 1), ENTRY(sin, 1), ENTRY(tan, 1), ENTRY(acosh, 2),
    ENTRY(asinh, 2), ENTRY(atanh, 2), ENTRY(cosh, 2), ENTRY(sinh, 2), ENTRY(tanh, 2), ENTRY(exp, 1), ENTRY(exp2, 1),
    ENTRY(expm1, 2), ENTRY(log, 1), ENTRY(log10, 1), ENTRY(log1p, 2), ENTRY(log2, 1), ENTRY(logb, 0), ENTRY(cbrt, 2),
    ENTRY(erf, 2), ENTRY(erfc, 2), ENTRY(lgamma, 2), ENTRY(tgamma, 2), ENTRY(sqrt, 0), ENTRY(fabs, 0), ENTRY(floor, 0),
    ENTRY(ceil, 0), ENTRY(trunc, 0), ENTRY(round, 0), ENTRY(nearbyint, 0), ENTRY(rint, 0),
};

static const double arguments[] = { 0.5, -0.75, 1e-7, 2.5, -3.5, 10.0, 100.5, 1e300, -1e-310, 0.0, -0.0, 1.0, 0.999,
                                    -1.0, 2.0, 1000.0, -1000.0, INFINITY, -INFINITY, NAN };

static void show(double value, int approximate, int single)
{
    if (!approximate || !isfinite(value) || value == 0)
        printf("%a", value);
    else if (single && fabs(value) < 0x1p-126)
        printf("subnormal");
    else
        printf(single ? "%.5g" : "%.13g", value);
}

int main(void)
{
    for (unsigned i = 0; i < sizeof unaries / sizeof unaries[0]; i++) {
        for (unsigned j = 0; j < sizeof arguments / sizeof arguments[0]; j++) {
            double x = arguments[j];
            errno = 0;
            double d = unaries[i].d(x);
            int e1 = errno;
            errno = 0;
            float f = unaries[i].f((float)x);
            int e2 = errno;
            printf("%s(%g) = ", unaries[i].name, x);
            show(d, unaries[i].approximate == 2, 0);
            printf(" errno %d | ", e1);
            show(f, unaries[i].approximate != 0, 1);
            printf(" errno %d\n", e2);
        }
    }

    static const double pairs[][2] = { { 2, 10 }, { 0, -1 }, { -8, 1.0 / 3 }, { 10, 400 }, { 10, -400 }, { -0.0, -3 },
                                       { 1, NAN }, { 5.5, 2 }, { -5.5, 2 }, { 1, 0 }, { INFINITY, 2 }, { 3, -INFINITY } };
    for (unsigned i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        double x = pairs[i][0], y = pairs[i][1];
        int quotient = 0;
        double r;
        errno = 0;
        r = pow(x, y);
        printf("pow(%g, %g) = %a errno %d\n", x, y, r, errno);
        errno = 0;
        r = fmod(x, y);
        printf("  fmod %a errno %d", r, errno);
        errno = 0;
        r = remainder(x, y);
        printf(" remainder %a errno %d", r, errno);
        printf(" remquo %a", remquo(x, y, &quotient));
        printf(" q %d\n", isfinite(x) && isfinite(y) && y != 0 ? quotient & 7 : 0);
        errno = 0;
        r = atan2(x, y);
        double h = hypot(x, y);
        printf("  atan2 %a hypot %a errno %d", r, h, errno);
        printf(" fdim %a fmin %a fmax %a copysign %a nextafter %a\n", fdim(x, y), fmin(x, y), fmax(x, y), copysign(x, y),
               nextafter(x, y));
        printf("  powf ");
        show(powf((float)x, (float)y), 1, 1);
        printf(" fmodf %a atan2f ", (double)fmodf((float)x, (float)y));
        show(atan2f((float)x, (float)y), 1, 1);
        printf(" hypotf ");
        show(hypotf((float)x, (float)y), 1, 1);
        printf("\n");
    }

    printf("fma %a %a\n", fma(0x1.0000001p0, 0x1.0000001p0, -1.0), (double)fmaf(0x1.001p0f, 0x1.001p0f, -1.0f));
    static const double halfway[] = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1e10, -1e10, 0x1p52 + 0.5, 4503599627370497.0 };
    for (unsigned i = 0; i < sizeof halfway / sizeof halfway[0]; i++) {
        double x = halfway[i];
        printf("%.1f: round %a rint %a nearbyint %a lround %ld lrint %ld llround %lld llrint %lld\n", x, round(x),
               rint(x), nearbyint(x), lround(x), lrint(x), llround(x), llrint(x));
    }

    static const double specials[] = { 0.0, -0.0, 1.0, 1e-310, -INFINITY, NAN, 0x1p-1022, 1e308 };
    for (unsigned i = 0; i < sizeof specials / sizeof specials[0]; i++) {
        double x = specials[i];
        float f = (float)x;
        int exponent;
        double whole;
        float wholef;
        errno = 0;
        int logb2 = ilogb(x);
        printf("%a: class %d %d nan %d %d inf %d %d finite %d %d normal %d %d sign %d %d ilogb %d errno %d\n", x,
               fpclassify(x), fpclassify(f), isnan(x), isnan(f), isinf(x), isinf(f), isfinite(x), isfinite(f),
               isnormal(x), isnormal(f), !!signbit(x), !!signbit(f), logb2, errno);
        double mantissa = frexp(x, &exponent);
        printf("  frexp %a %d", mantissa, isfinite(x) ? exponent : 0);
        double fraction = modf(x, &whole);
        printf(" modf %a %a", fraction, whole);
        float fractionf = modff(f, &wholef);
        printf(" modff %a %a", (double)fractionf, (double)wholef);
        errno = 0;
        double up = ldexp(x, 1000), down = scalbn(x, -1000);
        printf(" ldexp %a scalbn %a errno %d\n", up, down, errno);
    }
    printf("float subnormal %d normal-as-double %d\n", fpclassify(1e-40f), fpclassify((double)1e-40f));
    printf("unordered %d %d greater %d less %d lessgreater %d\n", isunordered(1.0, NAN), isunordered(1.0, 2.0),
           isgreater(2.0, 1.0), isless(NAN, 1.0), islessgreater(1.0, 2.0));
    printf("nan %a huge %a %a\n", nan(""), HUGE_VAL, (double)HUGE_VALF);
    return 0;
}
