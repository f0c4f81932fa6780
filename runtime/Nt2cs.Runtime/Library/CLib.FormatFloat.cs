namespace Nt2cs.Runtime;

/// <summary>
/// printf's floating-point conversions %e %f %g %a (and upper case), formatted from the exact binary value
/// (<see cref="FloatDigits"/>), never through .NET's double formatting. Infinities and NaNs print as glibc
/// prints them: "inf"/"nan" with the sign bit's '-', padded with spaces even under the '0' flag.
/// </summary>
public static unsafe partial class CLib
{
    private static void FormatFloat(FormatBuffer output, in Conversion c, double value)
    {
        bool upper = c.Specifier is (byte)'E' or (byte)'F' or (byte)'G' or (byte)'A';
        bool negative = BitConverter.DoubleToInt64Bits(value) < 0;
        Span<byte> prefix = stackalloc byte[3];
        int prefixLength = 0;
        if (negative)
            prefix[prefixLength++] = (byte)'-';
        else if (c.Has(FormatFlags.Plus))
            prefix[prefixLength++] = (byte)'+';
        else if (c.Has(FormatFlags.Space))
            prefix[prefixLength++] = (byte)' ';

        if (!double.IsFinite(value))
        {
            var word = double.IsNaN(value) ? (upper ? "NAN"u8 : "nan"u8) : (upper ? "INF"u8 : "inf"u8);
            Emit(output, c, prefix[..prefixLength], word, zeroPad: false);
            return;
        }

        double magnitude = Math.Abs(value);
        var body = t_body ??= new FormatBuffer();
        body.Clear();
        switch (c.Specifier | 0x20)
        {
            case 'f':
                FixedBody(body, magnitude, c.Precision < 0 ? 6 : c.Precision, c.Has(FormatFlags.Alternate));
                break;
            case 'e':
            {
                int precision = c.Precision < 0 ? 6 : c.Precision;
                string digits = FloatDigits.Scientific(magnitude, precision, out int exponent);
                ScientificBody(body, digits, exponent, c.Has(FormatFlags.Alternate), upper);
                break;
            }
            case 'g':
                GeneralBody(body, magnitude, c.Precision, c.Has(FormatFlags.Alternate), upper);
                break;
            default:
                prefix[prefixLength++] = (byte)'0';
                prefix[prefixLength++] = upper ? (byte)'X' : (byte)'x';
                HexBody(body, magnitude, c.Precision, c.Has(FormatFlags.Alternate), upper);
                break;
        }
        Emit(output, c, prefix[..prefixLength], body.Span, zeroPad: true);
    }

    /// <summary>%f: integer digits, then a point and <paramref name="precision"/> digits (the point also under '#').</summary>
    private static void FixedBody(FormatBuffer body, double magnitude, int precision, bool alternate)
    {
        string digits = FloatDigits.Fixed(magnitude, precision);
        int integer = digits.Length - precision;
        AddAscii(body, digits.AsSpan(0, integer));
        if (precision > 0 || alternate)
            body.Add((byte)'.');
        AddAscii(body, digits.AsSpan(integer));
    }

    /// <summary>%e: d.ddd then e±XX, the exponent at least two digits.</summary>
    private static void ScientificBody(FormatBuffer body, string digits, int exponent, bool alternate, bool upper)
    {
        body.Add((byte)digits[0]);
        if (digits.Length > 1 || alternate)
            body.Add((byte)'.');
        AddAscii(body, digits.AsSpan(1));
        body.Add(upper ? (byte)'E' : (byte)'e');
        body.Add(exponent < 0 ? (byte)'-' : (byte)'+');
        int magnitude = Math.Abs(exponent);
        if (magnitude < 10)
            body.Add((byte)'0');
        AddAscii(body, magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// %g, by C's rule: P significant digits (default 6, 0 means 1); with X the exponent %e would print, use %f
    /// with precision P-1-X if P &gt; X &gt;= -4, else %e with precision P-1; then, unless '#', drop trailing
    /// zeros of the fraction and a point left without digits.
    /// </summary>
    private static void GeneralBody(FormatBuffer body, double magnitude, int precision, bool alternate, bool upper)
    {
        int significant = precision < 0 ? 6 : Math.Max(precision, 1);
        string digits = FloatDigits.Scientific(magnitude, significant - 1, out int exponent);
        int start = body.Length;
        bool isFixed = exponent < significant && exponent >= -4;
        if (isFixed)
            FixedBody(body, magnitude, significant - 1 - exponent, alternate);
        else if (alternate && exponent == significant && FloatDigits.IsBelowPowerOfTen(magnitude, exponent))
            // glibc's quirk: when rounding carries a value that had P integer digits into exponent form
            // (999999.5 with %#g), it prints no fraction digits: "1.e+06".
            ScientificBody(body, "1", exponent, alternate, upper);
        else
            ScientificBody(body, digits, exponent, alternate, upper);
        if (!alternate)
            body.TrimFraction(start, isFixed ? body.Length : body.Span.LastIndexOf(upper ? (byte)'E' : (byte)'e'));
    }

    /// <summary>
    /// %a as glibc prints a double: a leading 1 (0 for subnormals and zero), the 52-bit fraction in hex without
    /// trailing zeros unless a precision is given, rounded half-to-even to the precision (a carry turns the
    /// leading digit into 2 rather than renormalising), then p±exponent in decimal. The "0x" is in the prefix.
    /// </summary>
    private static void HexBody(FormatBuffer body, double magnitude, int precision, bool alternate, bool upper)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(magnitude);
        ulong fraction = bits & 0xF_FFFF_FFFF_FFFFUL;
        int biased = (int)(bits >> 52);
        int lead = biased == 0 ? 0 : 1;
        int exponent = bits == 0 ? 0 : biased == 0 ? -1022 : biased - 1023;
        const int FractionDigits = 13;
        int shown = FractionDigits;
        if (precision < 0)
        {
            while (shown > 0 && ((fraction >> (4 * (FractionDigits - shown))) & 0xF) == 0)
                shown--;
            fraction >>= 4 * (FractionDigits - shown);
        }
        else if (precision < FractionDigits)
        {
            int dropped = 4 * (FractionDigits - precision);
            ulong whole = ((ulong)lead << (4 * precision)) | (fraction >> dropped);
            ulong rest = fraction & ((1UL << dropped) - 1);
            ulong half = 1UL << (dropped - 1);
            if (rest > half || (rest == half && (whole & 1) != 0))
                whole++;
            lead = (int)(whole >> (4 * precision));
            fraction = whole & ((1UL << (4 * precision)) - 1);
            shown = precision;
        }
        var set = upper ? "0123456789ABCDEF"u8 : "0123456789abcdef"u8;
        body.Add(set[lead]);
        if (shown > 0 || alternate || precision > 0)
            body.Add((byte)'.');
        for (int i = shown - 1; i >= 0; i--)
            body.Add(set[(int)((fraction >> (4 * i)) & 0xF)]);
        if (precision > shown)
            body.Repeat((byte)'0', precision - shown);
        body.Add(upper ? (byte)'P' : (byte)'p');
        body.Add(exponent < 0 ? (byte)'-' : (byte)'+');
        AddAscii(body, Math.Abs(exponent).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void AddAscii(FormatBuffer body, ReadOnlySpan<char> text)
    {
        foreach (char ch in text)
            body.Add((byte)ch);
    }
}
