namespace Nt2cs.Runtime;

/// <summary>
/// math.h. The functions C specifies exactly (absolute value, square root, rounding, remainders) are exact here
/// too; the transcendental ones use the host's libm through System.Math, so they agree with glibc on x86-64,
/// and may differ from an i386 libm's x87 code in the last bit.
/// </summary>
public static unsafe partial class CLib
{
    [CFunction] public static double fabs(double x) => Math.Abs(x);
    [CFunction] public static float fabsf(float x) => MathF.Abs(x);
    [CFunction] public static double sqrt(double x) => Math.Sqrt(x);
    [CFunction] public static float sqrtf(float x) => MathF.Sqrt(x);
    [CFunction] public static double floor(double x) => Math.Floor(x);
    [CFunction] public static float floorf(float x) => MathF.Floor(x);
    [CFunction] public static double ceil(double x) => Math.Ceiling(x);
    [CFunction] public static float ceilf(float x) => MathF.Ceiling(x);
    [CFunction] public static double trunc(double x) => Math.Truncate(x);

    /// <summary>C's round: halfway cases away from zero (not .NET's default banker's rounding).</summary>
    [CFunction] public static double round(double x) => Math.Round(x, MidpointRounding.AwayFromZero);

    /// <summary>fmod truncates the quotient, as the .NET remainder operator on doubles does (IEEE fmod, not remainder).</summary>
    [CFunction] public static double fmod(double x, double y) => x % y;
    [CFunction] public static float fmodf(float x, float y) => x % y;
    [CFunction] public static double copysign(double x, double y) => Math.CopySign(x, y);

    // C's fmin/fmax return the other operand when one is NaN, like Math.MinNumber/MaxNumber.
    [CFunction] public static double fmin(double x, double y) => double.MinNumber(x, y);
    [CFunction] public static double fmax(double x, double y) => double.MaxNumber(x, y);
    [CFunction] public static double ldexp(double x, int exponent) => Math.ScaleB(x, exponent);
    [CFunction] public static float ldexpf(float x, int exponent) => MathF.ScaleB(x, exponent);

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
        return double.IsInfinity(x) ? Math.CopySign(0, x) : x - whole;
    }

    [CFunction] public static double pow(double x, double y) => Math.Pow(x, y);
    [CFunction] public static double exp(double x) => Math.Exp(x);
    [CFunction] public static double log(double x) => Math.Log(x);
    [CFunction] public static double log10(double x) => Math.Log10(x);
    [CFunction] public static double log2(double x) => Math.Log2(x);
    [CFunction] public static double sin(double x) => Math.Sin(x);
    [CFunction] public static double cos(double x) => Math.Cos(x);
    [CFunction] public static double tan(double x) => Math.Tan(x);
    [CFunction] public static double asin(double x) => Math.Asin(x);
    [CFunction] public static double acos(double x) => Math.Acos(x);
    [CFunction] public static double atan(double x) => Math.Atan(x);
    [CFunction] public static double atan2(double y, double x) => Math.Atan2(y, x);
    [CFunction] public static double sinh(double x) => Math.Sinh(x);
    [CFunction] public static double cosh(double x) => Math.Cosh(x);
    [CFunction] public static double tanh(double x) => Math.Tanh(x);
}
