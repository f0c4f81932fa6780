using System.Globalization;
using System.Numerics;

namespace Nt2cs.Runtime;

/// <summary>
/// stdlib.h's string-to-floating conversions, correctly rounded (to nearest, ties to even) as glibc's are:
/// leading white space, a sign, then decimal digits with an optional point and exponent, a hexadecimal
/// significand ("0x", binary exponent "p"), "inf"/"infinity" or "nan"/"nan(chars)", all case-insensitive, in
/// the C locale. A result too large is ±HUGE_VAL with errno ERANGE; one in the subnormal range (or zero) that is
/// not exact sets ERANGE too, as glibc does; no number gives 0 with *end set to the string itself.
/// </summary>
public static unsafe partial class CLib
{
    /// <summary>The formats a conversion rounds to: significand bits, least normal exponent, greatest exponent.</summary>
    private readonly record struct FloatFormat(int Precision, int MinExponent, int MaxExponent);

    private static readonly FloatFormat s_double = new(53, -1022, 1023);
    private static readonly FloatFormat s_single = new(24, -126, 127);

    [CFunction]
    public static double strtod(Ptr<sbyte> s, Ptr<Ptr<sbyte>> end) => ParseFloat(s, end, s_double);

    [CFunction]
    public static float strtof(Ptr<sbyte> s, Ptr<Ptr<sbyte>> end) => (float)ParseFloat(s, end, s_single);

    /// <summary>long double is double for an MSVC i386 program.</summary>
    [CFunction]
    public static double strtold(Ptr<sbyte> s, Ptr<Ptr<sbyte>> end) => ParseFloat(s, end, s_double);

    [CFunction]
    public static double atof(Ptr<sbyte> s) => ParseFloat(s, default, s_double);

    private static double ParseFloat(Ptr<sbyte> s, Ptr<Ptr<sbyte>> end, FloatFormat format)
    {
        uint at = s.Address;
        while (IsSpace((byte)Mem.Ref<sbyte>(at)))
            at++;
        bool negative = false;
        if (Mem.Ref<sbyte>(at) is (sbyte)'+' or (sbyte)'-')
            negative = Mem.Ref<sbyte>(at++) == '-';
        uint stop = at;
        double magnitude = ParseMagnitude(ref stop, format);
        if (stop == at)
        {
            // No number: nothing is consumed, not even the white space or the sign.
            if (!end.IsNull)
                end.W.Deref = s;
            return 0;
        }
        if (!end.IsNull)
            end.W.Deref = new Ptr<sbyte>(stop);
        return negative ? -magnitude : magnitude;
    }

    private static byte ByteAt(uint address) => (byte)Mem.Ref<sbyte>(address);

    private static bool MatchesWord(uint at, string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if ((ByteAt(at + (uint)i) | 0x20) != word[i])
                return false;
        }
        return true;
    }

    /// <summary>The value of the number at <paramref name="at"/>, which moves past it (and stays put when there is none).</summary>
    private static double ParseMagnitude(ref uint at, FloatFormat format)
    {
        if (MatchesWord(at, "inf"))
        {
            at += MatchesWord(at, "infinity") ? 8u : 3u;
            return double.PositiveInfinity;
        }
        if (MatchesWord(at, "nan"))
        {
            at += 3;
            // "nan(n-char-sequence)": letters, digits and underscores, taken only when the parenthesis closes.
            if (ByteAt(at) == '(')
            {
                uint close = at + 1;
                while (ByteAt(close) is var b && (char.IsAsciiLetterOrDigit((char)b) || b == '_'))
                    close++;
                if (ByteAt(close) == ')')
                    at = close + 1;
            }
            // The quiet NaN with its sign bit clear (.NET's double.NaN has it set).
            return BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);
        }
        if (ByteAt(at) == '0' && (ByteAt(at + 1) | 0x20) == 'x')
        {
            uint digits = at + 2;
            if (ParseHex(ref digits, format) is { } hex)
            {
                at = digits;
                return hex;
            }
            // "0x" with no hexadecimal digit is the number 0 followed by "x".
        }
        return ParseDecimal(ref at, format);
    }

    private static double ParseDecimal(ref uint at, FloatFormat format)
    {
        var text = new System.Text.StringBuilder();
        uint p = at;
        int digits = 0;
        while (char.IsAsciiDigit((char)ByteAt(p)))
        {
            text.Append((char)ByteAt(p++));
            digits++;
        }
        int fraction = 0;
        if (ByteAt(p) == '.')
        {
            p++;
            while (char.IsAsciiDigit((char)ByteAt(p)))
            {
                text.Append((char)ByteAt(p++));
                fraction++;
            }
        }
        if (digits + fraction == 0)
            return 0;
        long exponent = 0;
        if ((ByteAt(p) | 0x20) == 'e')
        {
            uint e = p + 1;
            bool negative = false;
            if (ByteAt(e) is (byte)'+' or (byte)'-')
                negative = ByteAt(e++) == '-';
            if (char.IsAsciiDigit((char)ByteAt(e)))
            {
                while (char.IsAsciiDigit((char)ByteAt(e)))
                    exponent = Math.Min(exponent * 10 + (ByteAt(e++) - '0'), 1_000_000_000);
                p = e;
                if (negative)
                    exponent = -exponent;
            }
        }
        at = p;
        // The decimal significand as an integer and its power of ten; leading zeros dropped.
        string significand = text.ToString().TrimStart('0');
        long power = exponent - fraction;
        if (significand.Length == 0)
            return 0;
        if (power + significand.Length > 400)
            return Overflow();
        if (power + significand.Length < -400 + (format.Precision == 53 ? 0 : 300))
            return Underflow(0);
        string number = significand + "e" + power.ToString(CultureInfo.InvariantCulture);
        double value = format.Precision == 53
            ? double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture)
            : float.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value))
            return Overflow();
        // Tininess is judged before rounding, as glibc judges it: a value just below the least normal number
        // that rounds up to it still underflows when inexact.
        double least = Math.ScaleB(1.0, format.MinExponent);
        if (value <= least && (value < least || CompareDecimal(significand, power, least) < 0)
            && CompareDecimal(significand, power, value) != 0)
            return Underflow(value);
        return value;
    }

    /// <summary>The sign of significand × 10^power − <paramref name="value"/> (a finite positive double), exactly.</summary>
    private static int CompareDecimal(string significand, long power, double value)
    {
        if (value == 0)
            return 1;
        long bits = BitConverter.DoubleToInt64Bits(value);
        int biased = (int)((bits >> 52) & 0x7FF);
        long mantissa = biased == 0 ? bits & 0xF_FFFF_FFFF_FFFFL : (bits & 0xF_FFFF_FFFF_FFFFL) | (1L << 52);
        int binary = (biased == 0 ? 1 : biased) - 1075;
        // significand × 10^power against mantissa × 2^binary, with binary < 0 here (the value is tiny).
        var left = BigInteger.Parse(significand, CultureInfo.InvariantCulture);
        var right = new BigInteger(mantissa);
        if (power >= 0)
            left *= BigInteger.Pow(10, (int)power);
        else
            right *= BigInteger.Pow(10, (int)-power);
        return (left << -binary).CompareTo(right);
    }

    private static double Overflow()
    {
        SetErrno(ERANGE);
        return double.PositiveInfinity;
    }

    private static double Underflow(double value)
    {
        SetErrno(ERANGE);
        return value;
    }

    /// <summary>
    /// The hexadecimal significand after "0x" and its optional binary exponent, rounded to the format; null when
    /// no hexadecimal digit follows.
    /// </summary>
    private static double? ParseHex(ref uint at, FloatFormat format)
    {
        uint p = at;
        ulong significand = 0;
        bool sticky = false;
        long exponent = 0;
        bool any = false;
        bool point = false;
        for (; ; p++)
        {
            byte b = ByteAt(p);
            if (b == '.' && !point)
            {
                point = true;
                continue;
            }
            int digit = DigitValue(b);
            if (digit >= 16)
                break;
            any = true;
            if (significand >> 60 == 0)
            {
                significand = significand << 4 | (uint)digit;
                if (point)
                    exponent -= 4;
            }
            else
            {
                // Beyond 64 bits a digit only matters as a sticky bit.
                sticky |= digit != 0;
                if (!point)
                    exponent += 4;
            }
        }
        if (!any)
            return null;
        if ((ByteAt(p) | 0x20) == 'p')
        {
            uint e = p + 1;
            bool negative = false;
            if (ByteAt(e) is (byte)'+' or (byte)'-')
                negative = ByteAt(e++) == '-';
            if (char.IsAsciiDigit((char)ByteAt(e)))
            {
                long value = 0;
                while (char.IsAsciiDigit((char)ByteAt(e)))
                    value = Math.Min(value * 10 + (ByteAt(e++) - '0'), 1_000_000_000);
                exponent += negative ? -value : value;
                p = e;
            }
        }
        at = p;
        return RoundBinary(significand, sticky, exponent, format);
    }

    /// <summary>(significand + sticky) × 2^exponent rounded to nearest even in <paramref name="format"/>, with ERANGE.</summary>
    private static double RoundBinary(ulong significand, bool sticky, long exponent, FloatFormat format)
    {
        if (significand == 0)
            return 0;
        int leading = BitOperations.LeadingZeroCount(significand);
        significand <<= leading;
        exponent -= leading;
        // Now value = significand × 2^exponent with bit 63 set: its binary exponent is exponent + 63.
        long top = exponent + 63;
        if (top > format.MaxExponent)
            return Overflow();
        long keep = top >= format.MinExponent ? format.Precision : format.Precision - (format.MinExponent - top);
        ulong kept;
        bool half, rest;
        if (keep <= 0)
        {
            kept = 0;
            half = keep == 0;
            rest = keep == 0 ? (significand << 1) != 0 || sticky : true;
        }
        else
        {
            int drop = 64 - (int)keep;
            kept = significand >> drop;
            half = ((significand >> (drop - 1)) & 1) != 0;
            rest = (significand << (65 - drop)) != 0 || sticky;
        }
        bool inexact = half || rest;
        if (half && (rest || (kept & 1) != 0))
            kept++;
        // The kept bits' unit is 2^(top - keep + 1).
        double value = Math.ScaleB((double)kept, (int)(top - keep + 1));
        if (double.IsInfinity(value) || Math.Abs(value) > MaxOf(format))
            return Overflow();
        if (inexact && top < format.MinExponent)
            return Underflow(value);
        return value;
    }

    private static double MaxOf(FloatFormat format) => format.Precision == 53 ? double.MaxValue : float.MaxValue;
}
