using System.Globalization;
using System.Numerics;

namespace Nt2cs.Runtime;

/// <summary>
/// Exact decimal digits of a double for printf. A finite double is m·2^e exactly; the digits printf shows are
/// that value times a power of ten, rounded half-to-even on the exact product, which is what glibc prints in
/// the default rounding mode. Integer arithmetic only: 128-bit when the operands fit, BigInteger otherwise
/// (%.40f, 1e300 with %f, subnormals).
/// </summary>
internal static class FloatDigits
{
    private static readonly UInt128[] s_pow10 = PowersOfTen();

    private static UInt128[] PowersOfTen()
    {
        var powers = new UInt128[39];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
            powers[i] = powers[i - 1] * 10;
        return powers;
    }

    /// <summary>A finite, non-negative double as <paramref name="m"/>·2^<paramref name="e"/>, m &lt; 2^53.</summary>
    public static void Decompose(double value, out ulong m, out int e)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value) & 0x7FFF_FFFF_FFFF_FFFFUL;
        int biased = (int)(bits >> 52);
        m = bits & 0xF_FFFF_FFFF_FFFFUL;
        if (biased == 0)
        {
            e = -1074;
        }
        else
        {
            m |= 1UL << 52;
            e = biased - 1075;
        }
    }

    /// <summary>%f: round(value·10^precision) in decimal, left-padded with zeros to at least precision + 1 digits.</summary>
    public static string Fixed(double value, int precision)
    {
        Decompose(value, out ulong m, out int e);
        string digits = Scaled(m, e, precision);
        return digits.Length > precision ? digits : digits.PadLeft(precision + 1, '0');
    }

    /// <summary>
    /// %e: the <paramref name="precision"/> + 1 significant digits of value (rounded) and the decimal exponent of
    /// the first one. Zero has exponent 0.
    /// </summary>
    public static string Scientific(double value, int precision, out int exponent)
    {
        Decompose(value, out ulong m, out int e);
        if (m == 0)
        {
            exponent = 0;
            return new string('0', precision + 1);
        }
        // floor(log10(value)) is floor(k·log10 2) or one more, where 2^k <= value < 2^(k+1).
        int k = 63 - BitOperations.LeadingZeroCount(m) + e;
        exponent = (int)Math.Floor(k * 0.30102999566398120);
        while (true)
        {
            string digits = Scaled(m, e, precision - exponent);
            // One digit too many: the exponent was one low, or rounding carried into a new digit (9.99 -> 10.0).
            // Either way the next exponent gives precision + 1 digits.
            if (digits.Length > precision + 1)
                exponent++;
            else if (digits.Length < precision + 1)
                exponent--;
            else
                return digits;
        }
    }

    /// <summary>Whether the finite, non-negative <paramref name="value"/> is below 10^<paramref name="k"/> (k >= 0).</summary>
    public static bool IsBelowPowerOfTen(double value, int k)
    {
        Decompose(value, out ulong m, out int e);
        BigInteger scaled = m, power = BigInteger.Pow(10, k);
        if (e >= 0)
            scaled <<= e;
        else
            power <<= -e;
        return scaled < power;
    }

    /// <summary>round-half-even(m·2^e·10^t) in decimal ("0" if it rounds to zero).</summary>
    public static string Scaled(ulong m, int e, int t)
    {
        if (TryScaled128(m, e, t, out var small))
            return small.ToString(CultureInfo.InvariantCulture);
        BigInteger numerator = m, denominator = BigInteger.One;
        if (e >= 0)
            numerator <<= e;
        else
            denominator <<= -e;
        if (t >= 0)
            numerator *= BigInteger.Pow(10, t);
        else
            denominator *= BigInteger.Pow(10, -t);
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        int half = (remainder << 1).CompareTo(denominator);
        if (half > 0 || (half == 0 && !quotient.IsEven))
            quotient += 1;
        return quotient.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The common case, when numerator and denominator both fit in 126 bits.</summary>
    private static bool TryScaled128(ulong m, int e, int t, out UInt128 quotient)
    {
        quotient = 0;
        UInt128 numerator = m, denominator = 1;
        if (e > 126 - 53 || e < -126 || t > 38 || t < -38)
            return false;
        if (e >= 0)
            numerator <<= e;
        else
            denominator <<= -e;
        if (t >= 0)
        {
            if (Bits(numerator) + Bits(s_pow10[t]) > 126)
                return false;
            numerator *= s_pow10[t];
        }
        else
        {
            if (Bits(denominator) + Bits(s_pow10[-t]) > 126)
                return false;
            denominator *= s_pow10[-t];
        }
        (quotient, var remainder) = UInt128.DivRem(numerator, denominator);
        var twice = remainder << 1;
        if (twice > denominator || (twice == denominator && (quotient & 1) != 0))
            quotient++;
        return true;
    }

    private static int Bits(UInt128 value) => 128 - (int)UInt128.LeadingZeroCount(value);
}
