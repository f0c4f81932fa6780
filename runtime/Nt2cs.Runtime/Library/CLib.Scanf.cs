namespace Nt2cs.Runtime;

/// <summary>
/// sscanf as glibc's: white space in the format matches any run of it (none too), other characters match
/// themselves, and each conversion (<c>%d %i %u %o %x %X %p %c %s %[…] %n %e %f %g %a</c> and their capitals, with
/// <c>*</c>, a width and the length modifiers <c>hh h l ll q L j z t</c>) reads the longest field it accepts.
/// Integers convert as strtol/strtoul (strtoll/strtoull with ll) would: out of range is the limit. The result
/// is the number of values stored, or EOF when the input ends before the first conversion.
/// </summary>
public static unsafe partial class CLib
{
    [CFunction]
    public static int sscanf(Ptr<sbyte> input, Ptr<sbyte> format, Ptr<sbyte> args)
    {
        uint at = input.Address, f = format.Address;
        int stored = 0;
        bool converted = false;
        while (true)
        {
            byte c = Mem.Ref<byte>(f);
            if (c == 0)
                return stored;
            if (IsSpace(c))
            {
                while (IsSpace(Mem.Ref<byte>(f)))
                    f++;
                while (IsSpace(Mem.Ref<byte>(at)))
                    at++;
                continue;
            }
            if (c != '%' || Mem.Ref<byte>(f + 1) == '%')
            {
                if (c == '%')
                {
                    f++;
                    while (IsSpace(Mem.Ref<byte>(at)))
                        at++;
                }
                byte next = Mem.Ref<byte>(at);
                if (next == 0)
                    return converted ? stored : -1;
                if (next != c)
                    return stored;
                at++;
                f++;
                continue;
            }
            f++;
            bool suppress = Mem.Ref<byte>(f) == '*';
            if (suppress)
                f++;
            int width = 0;
            while (Mem.Ref<byte>(f) is >= (byte)'0' and <= (byte)'9')
                width = width * 10 + Mem.Ref<byte>(f++) - '0';
            int size = ScanLength(ref f);
            byte conversion = Mem.Ref<byte>(f++);
            if (conversion == 'n')
            {
                if (!suppress)
                    StoreInteger(Va.Arg<uint>(ref args), size, at - input.Address);
                continue;
            }
            if (conversion is not ((byte)'c' or (byte)'['))
            {
                while (IsSpace(Mem.Ref<byte>(at)))
                    at++;
            }
            if (Mem.Ref<byte>(at) == 0)
                return converted ? stored : -1;
            uint limit = width > 0 ? at + (uint)width : uint.MaxValue;
            bool ok = conversion switch
            {
                (byte)'d' => ScanInteger(ref at, limit, 10, signed: true, size, suppress, ref args),
                (byte)'i' => ScanInteger(ref at, limit, 0, signed: true, size, suppress, ref args),
                (byte)'u' => ScanInteger(ref at, limit, 10, signed: false, size, suppress, ref args),
                (byte)'o' => ScanInteger(ref at, limit, 8, signed: false, size, suppress, ref args),
                (byte)'x' or (byte)'X' => ScanInteger(ref at, limit, 16, signed: false, size, suppress, ref args),
                (byte)'p' => ScanInteger(ref at, limit, 16, signed: false, 4, suppress, ref args),
                (byte)'c' => ScanChars(ref at, width > 0 ? (uint)width : 1, suppress, ref args),
                (byte)'s' => ScanSet(ref at, limit, static b => !IsSpace(b), suppress, ref args),
                (byte)'[' => ScanSet(ref at, limit, ScanSetOf(ref f), suppress, ref args),
                (byte)'e' or (byte)'f' or (byte)'g' or (byte)'a' or (byte)'E' or (byte)'F' or (byte)'G' or (byte)'A'
                    => ScanFloat(ref at, width, size, suppress, ref args),
                _ => false,
            };
            if (!ok)
                return stored;
            converted = true;
            if (!suppress)
                stored++;
        }
    }

    /// <summary>The size in bytes a length modifier gives an integer (-1 for none: int; 8 for double with l).</summary>
    private static int ScanLength(ref uint f)
    {
        switch (Mem.Ref<byte>(f))
        {
            case (byte)'h':
                f++;
                if (Mem.Ref<byte>(f) != 'h')
                    return 2;
                f++;
                return 1;
            case (byte)'l':
                f++;
                if (Mem.Ref<byte>(f) != 'l')
                    return -2; // long: 4 bytes, or double for a float conversion
                f++;
                return 8;
            case (byte)'q' or (byte)'L' or (byte)'j':
                f++;
                return 8;
            case (byte)'z' or (byte)'t':
                f++;
                return 4;
            default:
                return -1;
        }
    }

    private static void StoreInteger(uint to, int size, ulong value)
    {
        switch (size)
        {
            case 1:
                Mem.RefW<byte>(to) = (byte)value;
                break;
            case 2:
                Mem.RefW<ushort>(to) = (ushort)value;
                break;
            case 8:
                Mem.RefW<ulong>(to) = value;
                break;
            default:
                Mem.RefW<uint>(to) = (uint)value;
                break;
        }
    }

    private static bool ScanInteger(ref uint at, uint limit, int @base, bool signed, int size, bool suppress, ref Ptr<sbyte> args)
    {
        uint start = at;
        bool negative = false;
        if (at < limit && Mem.Ref<byte>(at) is (byte)'+' or (byte)'-')
            negative = Mem.Ref<byte>(at++) == '-';
        if (at < limit && Mem.Ref<byte>(at) == '0' && (@base is 0 or 16))
        {
            if (at + 1 < limit && Mem.Ref<byte>(at + 1) is (byte)'x' or (byte)'X' && DigitValue(Mem.Ref<byte>(at + 2)) < 16 && at + 2 < limit)
            {
                at += 2;
                @base = 16;
            }
            else if (@base == 0)
            {
                @base = 8;
            }
        }
        if (@base == 0)
            @base = 10;
        ulong magnitude = 0;
        bool overflow = false;
        uint digits = at;
        while (at < limit && DigitValue(Mem.Ref<byte>(at)) is var digit && digit < @base)
        {
            ulong next = magnitude * (ulong)@base + (ulong)digit;
            if (magnitude > (ulong.MaxValue - (ulong)digit) / (ulong)@base)
                overflow = true;
            magnitude = next;
            at++;
        }
        if (at == digits)
        {
            at = start;
            return false;
        }
        if (suppress)
            return true;
        bool wide = size == 8;
        ulong value;
        if (signed)
        {
            ulong max = wide ? (ulong)long.MaxValue : int.MaxValue;
            if (overflow || magnitude > max + (negative ? 1ul : 0))
                value = negative ? (wide ? unchecked((ulong)long.MinValue) : unchecked((ulong)int.MinValue)) : max;
            else
                value = negative ? unchecked(0 - magnitude) : magnitude;
        }
        else
        {
            ulong max = wide ? ulong.MaxValue : uint.MaxValue;
            value = overflow || magnitude > max ? max : negative ? unchecked(0 - magnitude) : magnitude;
        }
        StoreInteger(Va.Arg<uint>(ref args), size, value);
        return true;
    }

    private static bool ScanChars(ref uint at, uint count, bool suppress, ref Ptr<sbyte> args)
    {
        uint n = 0;
        while (n < count && Mem.Ref<byte>(at + n) != 0)
            n++;
        if (n == 0)
            return false;
        if (!suppress)
            Mem.Bytes(at, n, Access.Read).CopyTo(Mem.Bytes(Va.Arg<uint>(ref args), n, Access.Write));
        at += n;
        return true;
    }

    private static bool ScanSet(ref uint at, uint limit, Func<byte, bool> accepts, bool suppress, ref Ptr<sbyte> args)
    {
        uint start = at;
        while (at < limit && Mem.Ref<byte>(at) is var b && b != 0 && accepts(b))
            at++;
        if (at == start)
            return false;
        if (!suppress)
        {
            uint to = Va.Arg<uint>(ref args);
            Mem.Bytes(start, at - start, Access.Read).CopyTo(Mem.Bytes(to, at - start, Access.Write));
            Mem.RefW<byte>(to + at - start) = 0;
        }
        return true;
    }

    /// <summary>A <c>[…]</c> set after its bracket: <c>^</c> negates, a leading <c>]</c> is a member, <c>a-z</c> a range.</summary>
    private static Func<byte, bool> ScanSetOf(ref uint f)
    {
        var members = new bool[256];
        bool negate = Mem.Ref<byte>(f) == '^';
        if (negate)
            f++;
        if (Mem.Ref<byte>(f) == ']')
            members[Mem.Ref<byte>(f++)] = true;
        while (Mem.Ref<byte>(f) is var b && b != 0 && b != ']')
        {
            f++;
            if (Mem.Ref<byte>(f) == '-' && Mem.Ref<byte>(f + 1) is var high && high != ']' && high != 0 && high >= b)
            {
                for (int i = b; i <= high; i++)
                    members[i] = true;
                f += 2;
            }
            else
            {
                members[b] = true;
            }
        }
        if (Mem.Ref<byte>(f) == ']')
            f++;
        return b => members[b] != negate;
    }

    private static bool ScanFloat(ref uint at, int width, int size, bool suppress, ref Ptr<sbyte> args)
    {
        // The field, at most width bytes, converted as strtod reads it.
        uint length = 0;
        while ((width == 0 || length < width) && Mem.Ref<byte>(at + length) != 0 && !IsSpace(Mem.Ref<byte>(at + length)))
            length++;
        var field = malloc(length + 1).As<sbyte>();
        Mem.Bytes(at, length, Access.Read).CopyTo(Mem.Bytes(field.Address, length, Access.Write));
        field.W[(int)length] = 0;
        uint endSlot = malloc(4).Address;
        double value = ParseFloat(field, new Ptr<Ptr<sbyte>>(endSlot), s_double);
        uint used = Mem.Ref<uint>(endSlot) - field.Address;
        free(field.As<CVoid>());
        free(new Ptr<CVoid>(endSlot));
        if (used == 0)
            return false;
        at += used;
        if (!suppress)
        {
            uint to = Va.Arg<uint>(ref args);
            if (size is -2 or 8)
                Mem.RefW<double>(to) = value;
            else
                Mem.RefW<float>(to) = (float)value;
        }
        return true;
    }
}
