using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// math.h, complete for C99 (double, float and long double, which is double for an MSVC i386 program). The
/// functions C specifies exactly (absolute value, rounding to integers, copysign, fmin/fmax, frexp, modf, the
/// square root) are computed here; the others call the host's libm (<see cref="HostLibm"/>), with errno set as
/// glibc sets it. lrint and lround return a 32-bit long: out of its range, LONG_MIN, as the i386 conversion
/// gives. The classification macros (isnan, fpclassify…) are functions of the argument's own type.
/// </summary>
public static unsafe partial class CLib
{
    /// <summary>A host libm result, with the errno its call set (if any) made the guest's.</summary>
    private static T Checked<T>(T result)
    {
        int error = Marshal.GetLastPInvokeError();
        if (error != 0)
            SetErrno(error);
        return result;
    }

    private static double DomainError(double result)
    {
        SetErrno(EDOM);
        return result;
    }

    /// <summary>A rounded value as a 32-bit long: LONG_MIN when it does not fit (or is NaN), as cvtsd2si gives.</summary>
    private static int ToLong(double rounded) => rounded is >= int.MinValue and <= int.MaxValue ? (int)rounded : int.MinValue;

    [CFunction] public static double acos(double x) => Checked(HostLibm.acos(x));
    [CFunction] public static float acosf(float x) => Checked(HostLibm.acosf(x));
    [CFunction] public static double acosl(double x) => acos(x);
    [CFunction] public static double asin(double x) => Checked(HostLibm.asin(x));
    [CFunction] public static float asinf(float x) => Checked(HostLibm.asinf(x));
    [CFunction] public static double asinl(double x) => asin(x);
    [CFunction] public static double atan(double x) => Checked(HostLibm.atan(x));
    [CFunction] public static float atanf(float x) => Checked(HostLibm.atanf(x));
    [CFunction] public static double atanl(double x) => atan(x);
    [CFunction] public static double atan2(double x, double y) => Checked(HostLibm.atan2(x, y));
    [CFunction] public static float atan2f(float x, float y) => Checked(HostLibm.atan2f(x, y));
    [CFunction] public static double atan2l(double x, double y) => atan2(x, y);
    [CFunction] public static double cos(double x) => Checked(HostLibm.cos(x));
    [CFunction] public static float cosf(float x) => Checked(HostLibm.cosf(x));
    [CFunction] public static double cosl(double x) => cos(x);
    [CFunction] public static double sin(double x) => Checked(HostLibm.sin(x));
    [CFunction] public static float sinf(float x) => Checked(HostLibm.sinf(x));
    [CFunction] public static double sinl(double x) => sin(x);
    [CFunction] public static double tan(double x) => Checked(HostLibm.tan(x));
    [CFunction] public static float tanf(float x) => Checked(HostLibm.tanf(x));
    [CFunction] public static double tanl(double x) => tan(x);
    [CFunction] public static double acosh(double x) => Checked(HostLibm.acosh(x));
    [CFunction] public static float acoshf(float x) => Checked(HostLibm.acoshf(x));
    [CFunction] public static double acoshl(double x) => acosh(x);
    [CFunction] public static double asinh(double x) => Checked(HostLibm.asinh(x));
    [CFunction] public static float asinhf(float x) => Checked(HostLibm.asinhf(x));
    [CFunction] public static double asinhl(double x) => asinh(x);
    [CFunction] public static double atanh(double x) => Checked(HostLibm.atanh(x));
    [CFunction] public static float atanhf(float x) => Checked(HostLibm.atanhf(x));
    [CFunction] public static double atanhl(double x) => atanh(x);
    [CFunction] public static double cosh(double x) => Checked(HostLibm.cosh(x));
    [CFunction] public static float coshf(float x) => Checked(HostLibm.coshf(x));
    [CFunction] public static double coshl(double x) => cosh(x);
    [CFunction] public static double sinh(double x) => Checked(HostLibm.sinh(x));
    [CFunction] public static float sinhf(float x) => Checked(HostLibm.sinhf(x));
    [CFunction] public static double sinhl(double x) => sinh(x);
    [CFunction] public static double tanh(double x) => Checked(HostLibm.tanh(x));
    [CFunction] public static float tanhf(float x) => Checked(HostLibm.tanhf(x));
    [CFunction] public static double tanhl(double x) => tanh(x);
    [CFunction] public static double exp(double x) => Checked(HostLibm.exp(x));
    [CFunction] public static float expf(float x) => Checked(HostLibm.expf(x));
    [CFunction] public static double expl(double x) => exp(x);
    [CFunction] public static double exp2(double x) => Checked(HostLibm.exp2(x));
    [CFunction] public static float exp2f(float x) => Checked(HostLibm.exp2f(x));
    [CFunction] public static double exp2l(double x) => exp2(x);
    [CFunction] public static double expm1(double x) => Checked(HostLibm.expm1(x));
    [CFunction] public static float expm1f(float x) => Checked(HostLibm.expm1f(x));
    [CFunction] public static double expm1l(double x) => expm1(x);
    [CFunction] public static int ilogb(double x) => Checked(HostLibm.ilogb(x));
    [CFunction] public static int ilogbf(float x) => Checked(HostLibm.ilogbf(x));
    [CFunction] public static int ilogbl(double x) => ilogb(x);
    [CFunction] public static double ldexp(double x, int y) => Checked(HostLibm.ldexp(x, y));
    [CFunction] public static float ldexpf(float x, int y) => Checked(HostLibm.ldexpf(x, y));
    [CFunction] public static double ldexpl(double x, int y) => ldexp(x, y);
    [CFunction] public static double log(double x) => Checked(HostLibm.log(x));
    [CFunction] public static float logf(float x) => Checked(HostLibm.logf(x));
    [CFunction] public static double logl(double x) => log(x);
    [CFunction] public static double log10(double x) => Checked(HostLibm.log10(x));
    [CFunction] public static float log10f(float x) => Checked(HostLibm.log10f(x));
    [CFunction] public static double log10l(double x) => log10(x);
    [CFunction] public static double log1p(double x) => Checked(HostLibm.log1p(x));
    [CFunction] public static float log1pf(float x) => Checked(HostLibm.log1pf(x));
    [CFunction] public static double log1pl(double x) => log1p(x);
    [CFunction] public static double log2(double x) => Checked(HostLibm.log2(x));
    [CFunction] public static float log2f(float x) => Checked(HostLibm.log2f(x));
    [CFunction] public static double log2l(double x) => log2(x);
    [CFunction] public static double logb(double x) => Checked(HostLibm.logb(x));
    [CFunction] public static float logbf(float x) => Checked(HostLibm.logbf(x));
    [CFunction] public static double logbl(double x) => logb(x);
    [CFunction] public static double scalbn(double x, int y) => Checked(HostLibm.scalbn(x, y));
    [CFunction] public static float scalbnf(float x, int y) => Checked(HostLibm.scalbnf(x, y));
    [CFunction] public static double scalbnl(double x, int y) => scalbn(x, y);
    [CFunction] public static double scalbln(double x, int y) => scalbn(x, y); // long is 32 bits: scalbn's int
    [CFunction] public static float scalblnf(float x, int y) => scalbnf(x, y);
    [CFunction] public static double scalblnl(double x, int y) => scalbln(x, y);
    [CFunction] public static double cbrt(double x) => Checked(HostLibm.cbrt(x));
    [CFunction] public static float cbrtf(float x) => Checked(HostLibm.cbrtf(x));
    [CFunction] public static double cbrtl(double x) => cbrt(x);
    [CFunction] public static double hypot(double x, double y) => Checked(HostLibm.hypot(x, y));
    [CFunction] public static float hypotf(float x, float y) => Checked(HostLibm.hypotf(x, y));
    [CFunction] public static double hypotl(double x, double y) => hypot(x, y);
    [CFunction] public static double pow(double x, double y) => Checked(HostLibm.pow(x, y));
    [CFunction] public static float powf(float x, float y) => Checked(HostLibm.powf(x, y));
    [CFunction] public static double powl(double x, double y) => pow(x, y);
    [CFunction] public static double erf(double x) => Checked(HostLibm.erf(x));
    [CFunction] public static float erff(float x) => Checked(HostLibm.erff(x));
    [CFunction] public static double erfl(double x) => erf(x);
    [CFunction] public static double erfc(double x) => Checked(HostLibm.erfc(x));
    [CFunction] public static float erfcf(float x) => Checked(HostLibm.erfcf(x));
    [CFunction] public static double erfcl(double x) => erfc(x);
    [CFunction] public static double lgamma(double x) => Checked(HostLibm.lgamma(x));
    [CFunction] public static float lgammaf(float x) => Checked(HostLibm.lgammaf(x));
    [CFunction] public static double lgammal(double x) => lgamma(x);
    [CFunction] public static double tgamma(double x) => Checked(HostLibm.tgamma(x));
    [CFunction] public static float tgammaf(float x) => Checked(HostLibm.tgammaf(x));
    [CFunction] public static double tgammal(double x) => tgamma(x);
    [CFunction] public static double nearbyint(double x) => Checked(HostLibm.nearbyint(x));
    [CFunction] public static float nearbyintf(float x) => Checked(HostLibm.nearbyintf(x));
    [CFunction] public static double nearbyintl(double x) => nearbyint(x);
    [CFunction] public static double rint(double x) => Checked(HostLibm.rint(x));
    [CFunction] public static float rintf(float x) => Checked(HostLibm.rintf(x));
    [CFunction] public static double rintl(double x) => rint(x);
    [CFunction] public static int lrint(double x) => ToLong(Checked(HostLibm.rint(x)));
    [CFunction] public static int lrintf(float x) => ToLong(Checked(HostLibm.rintf(x)));
    [CFunction] public static int lrintl(double x) => lrint(x);
    [CFunction] public static long llrint(double x) => Checked(HostLibm.llrint(x));
    [CFunction] public static long llrintf(float x) => Checked(HostLibm.llrintf(x));
    [CFunction] public static long llrintl(double x) => llrint(x);
    [CFunction] public static int lround(double x) => ToLong(round(x));
    [CFunction] public static int lroundf(float x) => ToLong(roundf(x));
    [CFunction] public static int lroundl(double x) => lround(x);
    [CFunction] public static long llround(double x) => Checked(HostLibm.llround(x));
    [CFunction] public static long llroundf(float x) => Checked(HostLibm.llroundf(x));
    [CFunction] public static long llroundl(double x) => llround(x);
    [CFunction] public static double fmod(double x, double y) => Checked(HostLibm.fmod(x, y));
    [CFunction] public static float fmodf(float x, float y) => Checked(HostLibm.fmodf(x, y));
    [CFunction] public static double fmodl(double x, double y) => fmod(x, y);
    [CFunction] public static double remainder(double x, double y) => Checked(HostLibm.remainder(x, y));
    [CFunction] public static float remainderf(float x, float y) => Checked(HostLibm.remainderf(x, y));
    [CFunction] public static double remainderl(double x, double y) => remainder(x, y);
    [CFunction]
    public static double remquo(double x, double y, Ptr<int> z)
    {
        int quotient;
        double result = Checked(HostLibm.remquo(x, y, &quotient));
        z.W.Deref = quotient;
        return result;
    }
    [CFunction]
    public static float remquof(float x, float y, Ptr<int> z)
    {
        int quotient;
        float result = Checked(HostLibm.remquof(x, y, &quotient));
        z.W.Deref = quotient;
        return result;
    }
    [CFunction] public static double remquol(double x, double y, Ptr<int> z) => remquo(x, y, z);
    [CFunction] public static double nextafter(double x, double y) => Checked(HostLibm.nextafter(x, y));
    [CFunction] public static float nextafterf(float x, float y) => Checked(HostLibm.nextafterf(x, y));
    [CFunction] public static double nextafterl(double x, double y) => nextafter(x, y);
    [CFunction] public static double nexttoward(double x, double y) => nextafter(x, y);
    [CFunction] public static float nexttowardf(float x, double y) => Checked(HostLibm.nexttowardf(x, y));
    [CFunction] public static double nexttowardl(double x, double y) => nextafter(x, y);
    [CFunction] public static double fdim(double x, double y) => Checked(HostLibm.fdim(x, y));
    [CFunction] public static float fdimf(float x, float y) => Checked(HostLibm.fdimf(x, y));
    [CFunction] public static double fdiml(double x, double y) => fdim(x, y);
    [CFunction] public static double fma(double x, double y, double z) => Checked(HostLibm.fma(x, y, z));
    [CFunction] public static float fmaf(float x, float y, float z) => Checked(HostLibm.fmaf(x, y, z));
    [CFunction] public static double fmal(double x, double y, double z) => fma(x, y, z);
    // The square root is one instruction: no call to the host for it, only the domain error.
    [CFunction] public static double sqrt(double x) => x < 0 ? DomainError(Math.Sqrt(x)) : Math.Sqrt(x);
    [CFunction] public static float sqrtf(float x) => x < 0 ? (float)DomainError(MathF.Sqrt(x)) : MathF.Sqrt(x);
    [CFunction] public static double sqrtl(double x) => sqrt(x);
    [CFunction] public static double fabs(double x) => Math.Abs(x);
    [CFunction] public static float fabsf(float x) => MathF.Abs(x);
    [CFunction] public static double fabsl(double x) => Math.Abs(x);
    [CFunction] public static double floor(double x) => Math.Floor(x);
    [CFunction] public static float floorf(float x) => MathF.Floor(x);
    [CFunction] public static double floorl(double x) => Math.Floor(x);
    [CFunction] public static double ceil(double x) => Math.Ceiling(x);
    [CFunction] public static float ceilf(float x) => MathF.Ceiling(x);
    [CFunction] public static double ceill(double x) => Math.Ceiling(x);
    [CFunction] public static double trunc(double x) => Math.Truncate(x);
    [CFunction] public static float truncf(float x) => MathF.Truncate(x);
    [CFunction] public static double truncl(double x) => Math.Truncate(x);
    [CFunction] public static double round(double x) => Math.Round(x, MidpointRounding.AwayFromZero);
    [CFunction] public static float roundf(float x) => MathF.Round(x, MidpointRounding.AwayFromZero);
    [CFunction] public static double roundl(double x) => Math.Round(x, MidpointRounding.AwayFromZero);
    [CFunction] public static double copysign(double x, double y) => Math.CopySign(x, y);
    [CFunction] public static float copysignf(float x, float y) => MathF.CopySign(x, y);
    [CFunction] public static double copysignl(double x, double y) => Math.CopySign(x, y);
    [CFunction] public static double fmin(double x, double y) => double.MinNumber(x, y);
    [CFunction] public static float fminf(float x, float y) => float.MinNumber(x, y);
    [CFunction] public static double fminl(double x, double y) => double.MinNumber(x, y);
    [CFunction] public static double fmax(double x, double y) => double.MaxNumber(x, y);
    [CFunction] public static float fmaxf(float x, float y) => float.MaxNumber(x, y);
    [CFunction] public static double fmaxl(double x, double y) => double.MaxNumber(x, y);

    [CFunction]
    public static double frexp(double x, Ptr<int> exponent)
    {
        if (x == 0 || double.IsNaN(x) || double.IsInfinity(x))
        {
            exponent.W.Deref = 0;
            return x;
        }
        int e = Math.ILogB(x) + 1;
        exponent.W.Deref = e;
        return Math.ScaleB(x, -e);
    }

    [CFunction]
    public static double modf(double x, Ptr<double> integral)
    {
        double whole = double.IsInfinity(x) ? x : Math.Truncate(x);
        integral.W.Deref = whole;
        // An integral x (infinities too) has a zero fraction of its sign.
        return whole == x ? Math.CopySign(0, x) : x - whole;
    }

    [CFunction] public static float frexpf(float x, Ptr<int> exponent) => (float)frexp(x, exponent);
    [CFunction] public static double frexpl(double x, Ptr<int> exponent) => frexp(x, exponent);

    [CFunction]
    public static float modff(float x, Ptr<float> integral)
    {
        float whole = float.IsInfinity(x) ? x : MathF.Truncate(x);
        integral.W.Deref = whole;
        return whole == x ? MathF.CopySign(0, x) : x - whole;
    }

    [CFunction] public static double modfl(double x, Ptr<double> integral) => modf(x, integral);

    /// <summary>nan("…") is strtod("NAN(…)"): a quiet NaN, positive.</summary>
    [CFunction] public static double nan(Ptr<sbyte> tag) => BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);
    [CFunction] public static float nanf(Ptr<sbyte> tag) => (float)nan(tag);
    [CFunction] public static double nanl(Ptr<sbyte> tag) => nan(tag);

    // The classification macros' functions, glibc's names: FP_NAN 0, FP_INFINITE 1, FP_ZERO 2, FP_SUBNORMAL 3, FP_NORMAL 4.
    [CFunction] public static int __fpclassify(double x) =>
        double.IsNaN(x) ? 0 : double.IsInfinity(x) ? 1 : x == 0 ? 2 : double.IsSubnormal(x) ? 3 : 4;
    [CFunction] public static int __fpclassifyf(float x) =>
        float.IsNaN(x) ? 0 : float.IsInfinity(x) ? 1 : x == 0 ? 2 : float.IsSubnormal(x) ? 3 : 4;
    [CFunction] public static int __isnan(double x) => double.IsNaN(x) ? 1 : 0;
    [CFunction] public static int __isnanf(float x) => float.IsNaN(x) ? 1 : 0;

    /// <summary>-1 for -inf, 1 for +inf, as gcc's and clang's __builtin_isinf_sign (glibc's isinf) give.</summary>
    [CFunction] public static int __isinf(double x) => double.IsInfinity(x) ? (x < 0 ? -1 : 1) : 0;
    [CFunction] public static int __isinff(float x) => float.IsInfinity(x) ? (x < 0 ? -1 : 1) : 0;
    [CFunction] public static int __finite(double x) => double.IsFinite(x) ? 1 : 0;
    [CFunction] public static int __finitef(float x) => float.IsFinite(x) ? 1 : 0;
    [CFunction] public static int __signbit(double x) => double.IsNegative(x) ? 1 : 0;
    [CFunction] public static int __signbitf(float x) => float.IsNegative(x) ? 1 : 0;
}
