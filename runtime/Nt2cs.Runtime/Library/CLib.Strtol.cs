namespace Nt2cs.Runtime;

/// <summary>
/// stdlib.h's string-to-integer conversions. As C specifies and glibc does: leading white space, an optional
/// sign, a "0x" prefix for base 16 (and base 0, which also takes a leading 0 as octal); out-of-range values
/// clamp with errno ERANGE (an unsigned conversion negates in its own type); no digits means 0 with *end set
/// to the string itself; an invalid base sets errno EINVAL and leaves *end alone.
/// </summary>
public static unsafe partial class CLib
{
    [CFunction]
    public static int strtol(Ptr<sbyte> s, Ptr<Ptr<sbyte>> end, int @base) =>
        (int)ToSigned(s, end, @base, uint.MaxValue, int.MinValue, int.MaxValue);

    [CFunction]
    public static uint strtoul(Ptr<sbyte> s, Ptr<Ptr<sbyte>> end, int @base) =>
        (uint)ToUnsigned(s, end, @base, uint.MaxValue);

    [CFunction]
    public static long strtoll(Ptr<sbyte> s, Ptr<Ptr<sbyte>> end, int @base) =>
        ToSigned(s, end, @base, ulong.MaxValue, long.MinValue, long.MaxValue);

    [CFunction]
    public static ulong strtoull(Ptr<sbyte> s, Ptr<Ptr<sbyte>> end, int @base) =>
        ToUnsigned(s, end, @base, ulong.MaxValue);

    [CFunction]
    public static int atoi(Ptr<sbyte> s) => strtol(s, default, 10);

    [CFunction]
    public static int atol(Ptr<sbyte> s) => strtol(s, default, 10);

    [CFunction]
    public static long atoll(Ptr<sbyte> s) => strtoll(s, default, 10);

    /// <summary>Digits accumulate in the unsigned type of the same width (<paramref name="limit"/>), as in glibc.</summary>
    private static long ToSigned(Ptr<sbyte> s, Ptr<Ptr<sbyte>> end, int @base, ulong limit, long min, long max)
    {
        ulong magnitude = ParseInteger(s, end, @base, limit, out bool negative, out bool overflow);
        if (!overflow && magnitude > (negative ? 0 - (ulong)min : (ulong)max))
            overflow = true;
        if (overflow)
        {
            SetErrno(ERANGE);
            return negative ? min : max;
        }
        return negative ? (long)(0 - magnitude) : (long)magnitude;
    }

    private static ulong ToUnsigned(Ptr<sbyte> s, Ptr<Ptr<sbyte>> end, int @base, ulong max)
    {
        ulong magnitude = ParseInteger(s, end, @base, max, out bool negative, out bool overflow);
        if (overflow)
        {
            SetErrno(ERANGE);
            return max;
        }
        return negative ? (0 - magnitude) & max : magnitude;
    }

    /// <summary>
    /// The digits' value as an unsigned number up to <paramref name="limit"/> (<paramref name="overflow"/> past
    /// it) and the sign; stores the end of the number through <paramref name="end"/>.
    /// </summary>
    private static ulong ParseInteger(Ptr<sbyte> s, Ptr<Ptr<sbyte>> end, int @base, ulong limit,
        out bool negative, out bool overflow)
    {
        negative = false;
        overflow = false;
        if (@base is < 0 or 1 or > 36)
        {
            SetErrno(EINVAL);
            return 0;
        }
        uint at = s.Address;
        while (IsSpace(Mem.Ref<byte>(at)))
            at++;
        byte sign = Mem.Ref<byte>(at);
        if (sign is (byte)'-' or (byte)'+')
        {
            negative = sign == '-';
            at++;
        }
        // "0x" counts as a prefix only when a hex digit follows; otherwise the number is the "0".
        if (@base is 0 or 16 && Mem.Ref<byte>(at) == '0' && (Mem.Ref<byte>(at + 1) | 0x20) == 'x'
            && DigitValue(Mem.Ref<byte>(at + 2)) < 16)
        {
            at += 2;
            @base = 16;
        }
        else if (@base == 0)
        {
            @base = Mem.Ref<byte>(at) == '0' ? 8 : 10;
        }

        uint digits = at;
        ulong value = 0;
        for (int digit; (digit = DigitValue(Mem.Ref<byte>(at))) < @base; at++)
        {
            if (overflow || value > (limit - (uint)digit) / (uint)@base)
                overflow = true;
            else
                value = value * (uint)@base + (uint)digit;
        }
        if (at == digits)
        {
            at = s.Address;
            negative = false;
        }
        if (!end.IsNull)
            end.W.Deref = new Ptr<sbyte>(at);
        return value;
    }

    private static int DigitValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'z' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'Z' => b - 'A' + 10,
        _ => int.MaxValue,
    };
}
