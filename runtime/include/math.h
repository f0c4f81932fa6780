/* math.h - floating-point functions. fabs, sqrt, floor, ceil, trunc, round, fmod, copysign, fmin and fmax are
   exact, as in every C library. The transcendental functions (pow, exp, log, sin, ...) come from the host's
   math library and may differ from another C library's in the last bit. */
#ifndef _NT2CS_MATH_H
#define _NT2CS_MATH_H

#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))
#define M_PI 3.14159265358979323846
#define M_E 2.7182818284590452354

double fabs(double x);
float fabsf(float x);
double sqrt(double x);
float sqrtf(float x);
double floor(double x);
float floorf(float x);
double ceil(double x);
float ceilf(float x);
double trunc(double x);
double round(double x);
double fmod(double x, double y);
float fmodf(float x, float y);
double copysign(double x, double y);
double fmin(double x, double y);
double fmax(double x, double y);
double ldexp(double x, int exponent);
float ldexpf(float x, int exponent);
double frexp(double x, int *exponent);
double modf(double x, double *integral);

double pow(double x, double y);
double exp(double x);
double log(double x);
double log10(double x);
double log2(double x);
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);

#endif
