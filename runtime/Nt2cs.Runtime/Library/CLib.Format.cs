namespace Nt2cs.Runtime;

/// <summary>
/// The printf engine: parses a C format string in guest memory and formats the arguments of a cdecl argument
/// block, byte for byte as glibc does (the differential reference). Conversions: d i u o x X c s p n e E f F g
/// G a A % (and glibc's C/S), flags - + space # 0 ', width and precision (also as * and *n$), length modifiers
/// hh h l ll L q j z Z t and MSVC's I I32 I64, and numbered arguments (%n$). As in glibc, a conversion it does
/// not know is printed back from what was parsed, and a format that ends inside a conversion is an error (-1,
/// errno EINVAL) after the text before it. Parsing is in CLib.FormatSpec.cs, argument access and the output
/// buffer in CLib.FormatArguments.cs, floating point in CLib.FormatFloat.cs.
/// </summary>
public static unsafe partial class CLib
{
    [ThreadStatic] private static FormatBuffer? t_output;
    [ThreadStatic] private static FormatBuffer? t_body;

    /// <summary>
    /// Formats <paramref name="args"/> by <paramref name="format"/>. <paramref name="result"/> is the byte count,
    /// or -1 when the format is cut off inside a conversion (errno EINVAL) or a wide character has no C-locale
    /// encoding (errno EILSEQ); the bytes formatted up to that point are still returned. The span is valid until
    /// the next call.
    /// </summary>
    private static ReadOnlySpan<byte> Format(Ptr<sbyte> format, Ptr<sbyte> args, out int result)
    {
        var output = t_output ??= new FormatBuffer();
        output.Clear();
        var arguments = new Arguments(format, args);
        uint at = format.Address;
        while (true)
        {
            uint literal = ScanTo(at, (byte)'%', 0);
            output.Add(Mem.Bytes(at, literal, Access.Read));
            at += literal;
            if (Mem.Ref<byte>(at) == 0)
                break;
            var conversion = ParseConversion(ref at);
            if (conversion.Specifier == 0)
            {
                SetErrno(EINVAL);
                result = -1;
                return output.Span;
            }
            if (!Convert(output, ref conversion, ref arguments))
            {
                SetErrno(EILSEQ);
                result = -1;
                return output.Span;
            }
        }
        result = output.Length;
        return output.Span;
    }

    /// <summary>Formats one conversion; false when it cannot be encoded (a wide character beyond ASCII).</summary>
    private static bool Convert(FormatBuffer output, ref Conversion c, ref Arguments args)
    {
        // '*' arguments come first, in the order they appear; a negative width means '-', a negative precision none.
        if (c.WidthArg >= 0)
        {
            c.Width = args.Int(c.WidthArg);
            if (c.Width < 0)
            {
                c.Flags |= FormatFlags.Left;
                c.Width = c.Width == int.MinValue ? int.MaxValue : -c.Width;
            }
        }
        if (c.PrecisionArg >= 0)
            c.Precision = Math.Max(-1, args.Int(c.PrecisionArg));

        switch (c.Specifier)
        {
            case (byte)'%':
                output.Add((byte)'%');
                return true;
            case (byte)'d' or (byte)'i':
            {
                long value = SignedArgument(c, ref args);
                ulong magnitude = value < 0 ? 0 - (ulong)value : (ulong)value;
                FormatInteger(output, c, magnitude, value < 0, showSign: true, alternate: false);
                return true;
            }
            case (byte)'u' or (byte)'o' or (byte)'x' or (byte)'X':
                FormatInteger(output, c, UnsignedArgument(c, ref args), false, showSign: false,
                    alternate: c.Has(FormatFlags.Alternate));
                return true;
            case (byte)'p':
                FormatPointer(output, c, args.Int(c.Position));
                return true;
            case (byte)'c' when c.Length != LengthModifier.Long:
            {
                byte b = (byte)args.Int(c.Position);
                Emit(output, c, default, new ReadOnlySpan<byte>(in b), zeroPad: false);
                return true;
            }
            case (byte)'c' or (byte)'C':
                return FormatWideChar(output, c, (ushort)args.Int(c.Position));
            case (byte)'s' when c.Length != LengthModifier.Long:
                FormatString(output, c, (uint)args.Int(c.Position));
                return true;
            case (byte)'s' or (byte)'S':
                return FormatWideString(output, c, (uint)args.Int(c.Position));
            case (byte)'n':
                StoreCount(c, (uint)args.Int(c.Position), output.Length);
                return true;
            case (byte)'e' or (byte)'E' or (byte)'f' or (byte)'F' or (byte)'g' or (byte)'G' or (byte)'a' or (byte)'A':
                FormatFloat(output, c, args.Double(c.Position));
                return true;
            default:
                EchoConversion(output, c);
                return true;
        }
    }

    private static long SignedArgument(in Conversion c, ref Arguments args) => c.Length switch
    {
        LengthModifier.Char => (sbyte)args.Int(c.Position),
        LengthModifier.Short => (short)args.Int(c.Position),
        _ when c.IsWide64 => args.Long(c.Position),
        _ => args.Int(c.Position),
    };

    private static ulong UnsignedArgument(in Conversion c, ref Arguments args) => c.Length switch
    {
        LengthModifier.Char => (byte)args.Int(c.Position),
        LengthModifier.Short => (ushort)args.Int(c.Position),
        _ when c.IsWide64 => (ulong)args.Long(c.Position),
        _ => (uint)args.Int(c.Position),
    };

    /// <summary>
    /// An integer conversion: at least <c>precision</c> digits (none for a zero with precision 0), a sign for
    /// signed conversions, and the '#' forms (octal starts with 0, hex nonzero values get 0x).
    /// </summary>
    private static void FormatInteger(FormatBuffer output, in Conversion c, ulong magnitude, bool negative,
        bool showSign, bool alternate)
    {
        int radix = c.Specifier switch { (byte)'o' => 8, (byte)'x' or (byte)'X' or (byte)'p' => 16, _ => 10 };
        var set = c.Specifier == 'X' ? "0123456789ABCDEF"u8 : "0123456789abcdef"u8;
        Span<byte> digits = stackalloc byte[24];
        int first = digits.Length;
        if (magnitude != 0 || c.Precision != 0)
        {
            do
            {
                digits[--first] = set[(int)(magnitude % (uint)radix)];
                magnitude /= (uint)radix;
            }
            while (magnitude != 0);
        }
        int count = digits.Length - first;
        int zeros = Math.Max(0, c.Precision - count);
        if (alternate && radix == 8 && zeros == 0 && (count == 0 || digits[first] != '0'))
            zeros = 1;

        Span<byte> prefix = stackalloc byte[3];
        int prefixLength = 0;
        if (showSign)
        {
            if (negative)
                prefix[prefixLength++] = (byte)'-';
            else if (c.Has(FormatFlags.Plus))
                prefix[prefixLength++] = (byte)'+';
            else if (c.Has(FormatFlags.Space))
                prefix[prefixLength++] = (byte)' ';
        }
        if (alternate && radix == 16 && count > 0 && !(count == 1 && digits[first] == '0'))
        {
            prefix[prefixLength++] = (byte)'0';
            prefix[prefixLength++] = c.Specifier == 'X' ? (byte)'X' : (byte)'x';
        }

        var body = t_body ??= new FormatBuffer();
        body.Clear();
        body.Repeat((byte)'0', zeros);
        body.Add(digits[first..]);
        Emit(output, c, prefix[..prefixLength], body.Span, zeroPad: c.Precision < 0);
    }

    /// <summary>%p: glibc prints a pointer as %#x would, with the sign flags honoured, and NULL as "(nil)".</summary>
    private static void FormatPointer(FormatBuffer output, in Conversion c, int address)
    {
        if (address == 0)
        {
            Emit(output, c, default, "(nil)"u8, zeroPad: false);
            return;
        }
        FormatInteger(output, c, (uint)address, false, showSign: true, alternate: true);
    }

    /// <summary>%s: at most <c>precision</c> bytes; NULL prints "(null)" if the precision leaves room for all of it.</summary>
    private static void FormatString(FormatBuffer output, in Conversion c, uint address)
    {
        if (address == 0)
        {
            Emit(output, c, default, c.Precision is < 0 or >= 6 ? "(null)"u8 : default, zeroPad: false);
            return;
        }
        uint length = StringLength(address, c.Precision < 0 ? uint.MaxValue : (uint)c.Precision);
        Emit(output, c, default, Mem.Bytes(address, length, Access.Read), zeroPad: false);
    }

    /// <summary>%lc: in the C locale only ASCII has a multibyte form.</summary>
    private static bool FormatWideChar(FormatBuffer output, in Conversion c, ushort unit)
    {
        if (unit >= 0x80)
            return false;
        byte b = (byte)unit;
        Emit(output, c, default, new ReadOnlySpan<byte>(in b), zeroPad: false);
        return true;
    }

    /// <summary>%ls: wchar_t is 16 bits here; the precision limits the bytes written.</summary>
    private static bool FormatWideString(FormatBuffer output, in Conversion c, uint address)
    {
        if (address == 0)
        {
            FormatString(output, c, 0);
            return true;
        }
        var bytes = new List<byte>();
        for (uint at = address; c.Precision < 0 || bytes.Count < c.Precision; at += 2)
        {
            ushort unit = Mem.Ref<ushort>(at);
            if (unit == 0)
                break;
            if (unit >= 0x80)
                return false;
            bytes.Add((byte)unit);
        }
        Emit(output, c, default, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes), zeroPad: false);
        return true;
    }

    /// <summary>%n: stores the count so far through the pointer argument, sized by the length modifier.</summary>
    private static void StoreCount(in Conversion c, uint address, int count)
    {
        switch (c.Length)
        {
            case LengthModifier.Char: Mem.RefW<sbyte>(address) = (sbyte)count; break;
            case LengthModifier.Short: Mem.RefW<short>(address) = (short)count; break;
            case var _ when c.IsWide64: Mem.RefW<long>(address) = count; break;
            default: Mem.RefW<int>(address) = count; break;
        }
    }

    /// <summary>
    /// Lays out one conversion in its field: the prefix (sign, 0x), zeros up to the width when zero padding
    /// applies (flag '0', not '-'), then the body; otherwise spaces on the side '-' chooses.
    /// </summary>
    private static void Emit(FormatBuffer output, in Conversion c, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body,
        bool zeroPad)
    {
        int pad = Math.Max(0, c.Width - prefix.Length - body.Length);
        bool left = c.Has(FormatFlags.Left);
        bool zeros = zeroPad && !left && c.Has(FormatFlags.Zero);
        if (!left && !zeros)
            output.Repeat((byte)' ', pad);
        output.Add(prefix);
        if (zeros)
            output.Repeat((byte)'0', pad);
        output.Add(body);
        if (left)
            output.Repeat((byte)' ', pad);
    }
}
