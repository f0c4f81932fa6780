namespace Nt2cs.Runtime;

/// <summary>
/// printf's conversion specifications: how "%-08.3lld" is parsed into a <see cref="Conversion"/>, and how an
/// unknown one is printed back (glibc's way) — the grammar half of the printf engine in CLib.Format.cs.
/// </summary>
public static unsafe partial class CLib
{
    [Flags]
    private enum FormatFlags : byte
    {
        None = 0,
        Left = 1,
        Plus = 2,
        Space = 4,
        Alternate = 8,
        Zero = 16,
        Group = 32,
    }

    private enum LengthModifier : byte
    {
        None,
        Char,       // hh
        Short,      // h
        Long,       // l: 32 bits on i386
        LongLong,   // ll, q
        LongDouble, // L: long long for integers, as glibc reads it
        IntMax,     // j
        Size,       // z, Z, MSVC's I
        PtrDiff,    // t
        Int32,      // MSVC's I32
        Int64,      // MSVC's I64
    }

    /// <summary>One parsed conversion specification.</summary>
    private struct Conversion
    {
        public FormatFlags Flags;
        public int Width;          // -1: none
        public int WidthArg;       // -1: written in the format; 0: the next argument; n: argument n
        public int Precision;      // -1: none
        public int PrecisionArg;   // as WidthArg
        public LengthModifier Length;
        public byte Specifier;     // 0: the format ended inside the conversion
        public int Position;       // 0: the next argument; n: argument n (%n$)

        public readonly bool Has(FormatFlags flag) => (Flags & flag) != 0;

        public readonly bool IsWide64 => Length is LengthModifier.LongLong or LengthModifier.LongDouble
            or LengthModifier.IntMax or LengthModifier.Int64;
    }

    /// <summary>Parses the conversion at <paramref name="at"/> (its '%') and moves past it.</summary>
    private static Conversion ParseConversion(ref uint at)
    {
        var c = new Conversion { Width = -1, WidthArg = -1, Precision = -1, PrecisionArg = -1 };
        at++;
        c.Position = ReadPosition(ref at);
        for (; ; at++)
        {
            var flag = Mem.Ref<byte>(at) switch
            {
                (byte)'-' => FormatFlags.Left,
                (byte)'+' => FormatFlags.Plus,
                (byte)' ' => FormatFlags.Space,
                (byte)'#' => FormatFlags.Alternate,
                (byte)'0' => FormatFlags.Zero,
                (byte)'\'' => FormatFlags.Group, // the C locale has no grouping, but glibc echoes the flag
                _ => (FormatFlags?)null,
            };
            if (flag is null)
                break;
            c.Flags |= flag.Value;
        }
        if (Mem.Ref<byte>(at) == '*')
        {
            at++;
            c.WidthArg = ReadPosition(ref at);
        }
        else if (IsDigit(Mem.Ref<byte>(at)))
        {
            c.Width = ReadNumber(ref at);
        }
        if (Mem.Ref<byte>(at) == '.')
        {
            at++;
            if (Mem.Ref<byte>(at) == '*')
            {
                at++;
                c.PrecisionArg = ReadPosition(ref at);
            }
            else
            {
                c.Precision = ReadNumber(ref at);
            }
        }
        c.Length = ReadLength(ref at);
        c.Specifier = Mem.Ref<byte>(at);
        if (c.Specifier != 0)
            at++;
        return c;
    }

    /// <summary>An argument number "n$" at <paramref name="at"/>, consumed; 0 (nothing consumed) if there is none.</summary>
    private static int ReadPosition(ref uint at)
    {
        uint start = at;
        int n = ReadNumber(ref at);
        if (n > 0 && Mem.Ref<byte>(at) == '$')
        {
            at++;
            return n;
        }
        at = start;
        return 0;
    }

    private static int ReadNumber(ref uint at)
    {
        int n = 0;
        for (byte b; IsDigit(b = Mem.Ref<byte>(at)); at++)
            n = n > (int.MaxValue - 9) / 10 ? int.MaxValue : n * 10 + (b - '0');
        return n;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static LengthModifier ReadLength(ref uint at)
    {
        byte b = Mem.Ref<byte>(at);
        switch (b)
        {
            case (byte)'h':
                at++;
                if (Mem.Ref<byte>(at) != 'h')
                    return LengthModifier.Short;
                at++;
                return LengthModifier.Char;
            case (byte)'l':
                at++;
                if (Mem.Ref<byte>(at) != 'l')
                    return LengthModifier.Long;
                at++;
                return LengthModifier.LongLong;
            case (byte)'L':
                at++;
                return LengthModifier.LongDouble;
            case (byte)'q':
                at++;
                return LengthModifier.LongLong;
            case (byte)'j':
                at++;
                return LengthModifier.IntMax;
            case (byte)'z' or (byte)'Z':
                at++;
                return LengthModifier.Size;
            case (byte)'t':
                at++;
                return LengthModifier.PtrDiff;
            case (byte)'I':
                at++;
                if (Mem.Ref<byte>(at) == '6' && Mem.Ref<byte>(at + 1) == '4')
                {
                    at += 2;
                    return LengthModifier.Int64;
                }
                if (Mem.Ref<byte>(at) == '3' && Mem.Ref<byte>(at + 1) == '2')
                {
                    at += 2;
                    return LengthModifier.Int32;
                }
                return LengthModifier.Size;
            default:
                return LengthModifier.None;
        }
    }

    /// <summary>
    /// An unknown conversion, printed back as glibc prints it: the flags that take effect in a fixed order, the
    /// width and precision as numbers ('*' resolved), no length modifier, then the character itself.
    /// </summary>
    private static void EchoConversion(FormatBuffer output, in Conversion c)
    {
        output.Add((byte)'%');
        if (c.Has(FormatFlags.Alternate))
            output.Add((byte)'#');
        if (c.Has(FormatFlags.Group))
            output.Add((byte)'\'');
        if (c.Has(FormatFlags.Plus))
            output.Add((byte)'+');
        else if (c.Has(FormatFlags.Space))
            output.Add((byte)' ');
        if (c.Has(FormatFlags.Left))
            output.Add((byte)'-');
        else if (c.Has(FormatFlags.Zero))
            output.Add((byte)'0');
        if (c.Width > 0)
            AddDecimal(output, c.Width);
        if (c.Precision >= 0)
        {
            output.Add((byte)'.');
            AddDecimal(output, c.Precision);
        }
        output.Add(c.Specifier);
    }

    private static void AddDecimal(FormatBuffer output, int value)
    {
        foreach (char digit in value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            output.Add((byte)digit);
    }
}
