using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// The host's libm (glibc's, on the Debian hosts nt2cs runs on) for math.h's functions that round: the same
/// algorithms the native i386 build's glibc has in most cases (glibc's i386 libm keeps x87 code for some, which
/// can differ in the last place), and errno set the way glibc's wrappers set it (EDOM, ERANGE), captured after
/// each call.
/// </summary>
internal static unsafe partial class HostLibm
{
    private const string Libm = "libm.so.6";

    [LibraryImport(Libm, EntryPoint = "acos", SetLastError = true)]
    public static partial double acos(double x);
    [LibraryImport(Libm, EntryPoint = "acosf", SetLastError = true)]
    public static partial float acosf(float x);
    [LibraryImport(Libm, EntryPoint = "asin", SetLastError = true)]
    public static partial double asin(double x);
    [LibraryImport(Libm, EntryPoint = "asinf", SetLastError = true)]
    public static partial float asinf(float x);
    [LibraryImport(Libm, EntryPoint = "atan", SetLastError = true)]
    public static partial double atan(double x);
    [LibraryImport(Libm, EntryPoint = "atanf", SetLastError = true)]
    public static partial float atanf(float x);
    [LibraryImport(Libm, EntryPoint = "atan2", SetLastError = true)]
    public static partial double atan2(double x, double y);
    [LibraryImport(Libm, EntryPoint = "atan2f", SetLastError = true)]
    public static partial float atan2f(float x, float y);
    [LibraryImport(Libm, EntryPoint = "cos", SetLastError = true)]
    public static partial double cos(double x);
    [LibraryImport(Libm, EntryPoint = "cosf", SetLastError = true)]
    public static partial float cosf(float x);
    [LibraryImport(Libm, EntryPoint = "sin", SetLastError = true)]
    public static partial double sin(double x);
    [LibraryImport(Libm, EntryPoint = "sinf", SetLastError = true)]
    public static partial float sinf(float x);
    [LibraryImport(Libm, EntryPoint = "tan", SetLastError = true)]
    public static partial double tan(double x);
    [LibraryImport(Libm, EntryPoint = "tanf", SetLastError = true)]
    public static partial float tanf(float x);
    [LibraryImport(Libm, EntryPoint = "acosh", SetLastError = true)]
    public static partial double acosh(double x);
    [LibraryImport(Libm, EntryPoint = "acoshf", SetLastError = true)]
    public static partial float acoshf(float x);
    [LibraryImport(Libm, EntryPoint = "asinh", SetLastError = true)]
    public static partial double asinh(double x);
    [LibraryImport(Libm, EntryPoint = "asinhf", SetLastError = true)]
    public static partial float asinhf(float x);
    [LibraryImport(Libm, EntryPoint = "atanh", SetLastError = true)]
    public static partial double atanh(double x);
    [LibraryImport(Libm, EntryPoint = "atanhf", SetLastError = true)]
    public static partial float atanhf(float x);
    [LibraryImport(Libm, EntryPoint = "cosh", SetLastError = true)]
    public static partial double cosh(double x);
    [LibraryImport(Libm, EntryPoint = "coshf", SetLastError = true)]
    public static partial float coshf(float x);
    [LibraryImport(Libm, EntryPoint = "sinh", SetLastError = true)]
    public static partial double sinh(double x);
    [LibraryImport(Libm, EntryPoint = "sinhf", SetLastError = true)]
    public static partial float sinhf(float x);
    [LibraryImport(Libm, EntryPoint = "tanh", SetLastError = true)]
    public static partial double tanh(double x);
    [LibraryImport(Libm, EntryPoint = "tanhf", SetLastError = true)]
    public static partial float tanhf(float x);
    [LibraryImport(Libm, EntryPoint = "exp", SetLastError = true)]
    public static partial double exp(double x);
    [LibraryImport(Libm, EntryPoint = "expf", SetLastError = true)]
    public static partial float expf(float x);
    [LibraryImport(Libm, EntryPoint = "exp2", SetLastError = true)]
    public static partial double exp2(double x);
    [LibraryImport(Libm, EntryPoint = "exp2f", SetLastError = true)]
    public static partial float exp2f(float x);
    [LibraryImport(Libm, EntryPoint = "expm1", SetLastError = true)]
    public static partial double expm1(double x);
    [LibraryImport(Libm, EntryPoint = "expm1f", SetLastError = true)]
    public static partial float expm1f(float x);
    [LibraryImport(Libm, EntryPoint = "ilogb", SetLastError = true)]
    public static partial int ilogb(double x);
    [LibraryImport(Libm, EntryPoint = "ilogbf", SetLastError = true)]
    public static partial int ilogbf(float x);
    [LibraryImport(Libm, EntryPoint = "ldexp", SetLastError = true)]
    public static partial double ldexp(double x, int y);
    [LibraryImport(Libm, EntryPoint = "ldexpf", SetLastError = true)]
    public static partial float ldexpf(float x, int y);
    [LibraryImport(Libm, EntryPoint = "log", SetLastError = true)]
    public static partial double log(double x);
    [LibraryImport(Libm, EntryPoint = "logf", SetLastError = true)]
    public static partial float logf(float x);
    [LibraryImport(Libm, EntryPoint = "log10", SetLastError = true)]
    public static partial double log10(double x);
    [LibraryImport(Libm, EntryPoint = "log10f", SetLastError = true)]
    public static partial float log10f(float x);
    [LibraryImport(Libm, EntryPoint = "log1p", SetLastError = true)]
    public static partial double log1p(double x);
    [LibraryImport(Libm, EntryPoint = "log1pf", SetLastError = true)]
    public static partial float log1pf(float x);
    [LibraryImport(Libm, EntryPoint = "log2", SetLastError = true)]
    public static partial double log2(double x);
    [LibraryImport(Libm, EntryPoint = "log2f", SetLastError = true)]
    public static partial float log2f(float x);
    [LibraryImport(Libm, EntryPoint = "logb", SetLastError = true)]
    public static partial double logb(double x);
    [LibraryImport(Libm, EntryPoint = "logbf", SetLastError = true)]
    public static partial float logbf(float x);
    [LibraryImport(Libm, EntryPoint = "scalbn", SetLastError = true)]
    public static partial double scalbn(double x, int y);
    [LibraryImport(Libm, EntryPoint = "scalbnf", SetLastError = true)]
    public static partial float scalbnf(float x, int y);
    [LibraryImport(Libm, EntryPoint = "cbrt", SetLastError = true)]
    public static partial double cbrt(double x);
    [LibraryImport(Libm, EntryPoint = "cbrtf", SetLastError = true)]
    public static partial float cbrtf(float x);
    [LibraryImport(Libm, EntryPoint = "hypot", SetLastError = true)]
    public static partial double hypot(double x, double y);
    [LibraryImport(Libm, EntryPoint = "hypotf", SetLastError = true)]
    public static partial float hypotf(float x, float y);
    [LibraryImport(Libm, EntryPoint = "pow", SetLastError = true)]
    public static partial double pow(double x, double y);
    [LibraryImport(Libm, EntryPoint = "powf", SetLastError = true)]
    public static partial float powf(float x, float y);
    [LibraryImport(Libm, EntryPoint = "erf", SetLastError = true)]
    public static partial double erf(double x);
    [LibraryImport(Libm, EntryPoint = "erff", SetLastError = true)]
    public static partial float erff(float x);
    [LibraryImport(Libm, EntryPoint = "erfc", SetLastError = true)]
    public static partial double erfc(double x);
    [LibraryImport(Libm, EntryPoint = "erfcf", SetLastError = true)]
    public static partial float erfcf(float x);
    [LibraryImport(Libm, EntryPoint = "lgamma", SetLastError = true)]
    public static partial double lgamma(double x);
    [LibraryImport(Libm, EntryPoint = "lgammaf", SetLastError = true)]
    public static partial float lgammaf(float x);
    [LibraryImport(Libm, EntryPoint = "tgamma", SetLastError = true)]
    public static partial double tgamma(double x);
    [LibraryImport(Libm, EntryPoint = "tgammaf", SetLastError = true)]
    public static partial float tgammaf(float x);
    [LibraryImport(Libm, EntryPoint = "nearbyint", SetLastError = true)]
    public static partial double nearbyint(double x);
    [LibraryImport(Libm, EntryPoint = "nearbyintf", SetLastError = true)]
    public static partial float nearbyintf(float x);
    [LibraryImport(Libm, EntryPoint = "rint", SetLastError = true)]
    public static partial double rint(double x);
    [LibraryImport(Libm, EntryPoint = "rintf", SetLastError = true)]
    public static partial float rintf(float x);
    [LibraryImport(Libm, EntryPoint = "llrint", SetLastError = true)]
    public static partial long llrint(double x);
    [LibraryImport(Libm, EntryPoint = "llrintf", SetLastError = true)]
    public static partial long llrintf(float x);
    [LibraryImport(Libm, EntryPoint = "llround", SetLastError = true)]
    public static partial long llround(double x);
    [LibraryImport(Libm, EntryPoint = "llroundf", SetLastError = true)]
    public static partial long llroundf(float x);
    [LibraryImport(Libm, EntryPoint = "fmod", SetLastError = true)]
    public static partial double fmod(double x, double y);
    [LibraryImport(Libm, EntryPoint = "fmodf", SetLastError = true)]
    public static partial float fmodf(float x, float y);
    [LibraryImport(Libm, EntryPoint = "remainder", SetLastError = true)]
    public static partial double remainder(double x, double y);
    [LibraryImport(Libm, EntryPoint = "remainderf", SetLastError = true)]
    public static partial float remainderf(float x, float y);
    [LibraryImport(Libm, EntryPoint = "remquo", SetLastError = true)]
    public static partial double remquo(double x, double y, int* z);
    [LibraryImport(Libm, EntryPoint = "remquof", SetLastError = true)]
    public static partial float remquof(float x, float y, int* z);
    [LibraryImport(Libm, EntryPoint = "nextafter", SetLastError = true)]
    public static partial double nextafter(double x, double y);
    [LibraryImport(Libm, EntryPoint = "nextafterf", SetLastError = true)]
    public static partial float nextafterf(float x, float y);
    [LibraryImport(Libm, EntryPoint = "nexttowardf", SetLastError = true)]
    public static partial float nexttowardf(float x, double y);
    [LibraryImport(Libm, EntryPoint = "fdim", SetLastError = true)]
    public static partial double fdim(double x, double y);
    [LibraryImport(Libm, EntryPoint = "fdimf", SetLastError = true)]
    public static partial float fdimf(float x, float y);
    [LibraryImport(Libm, EntryPoint = "fma", SetLastError = true)]
    public static partial double fma(double x, double y, double z);
    [LibraryImport(Libm, EntryPoint = "fmaf", SetLastError = true)]
    public static partial float fmaf(float x, float y, float z);
}
