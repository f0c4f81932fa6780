using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>
/// Bitfields: a field of <c>width</c> bits at bit <c>shift</c> of its storage unit (clang's MSVC layout). Reads
/// extract and sign- or zero-extend; stores replace just those bits, as C's read-modify-write of the unit does.
/// </summary>
public static class Bits
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mask(int width) => width >= 64 ? ulong.MaxValue : (1UL << width) - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Unsigned(ulong unit, int shift, int width) => (unit >> shift) & Mask(width);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Signed(ulong unit, int shift, int width) => (long)(unit << (64 - shift - width)) >> (64 - width);

    /// <summary>The unit with bits [shift, shift + width) replaced by the low bits of <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Insert(ulong unit, int shift, int width, ulong value)
    {
        ulong mask = Mask(width) << shift;
        return (unit & ~mask) | ((value << shift) & mask);
    }

    /// <summary>A bitfield's bytes when they do not sit in one naturally placed unit (packed structs): read exactly those bytes.</summary>
    public static ulong Load(uint address, int bytes)
    {
        ulong value = 0;
        for (int i = 0; i < bytes; i++)
            value |= (ulong)Mem.Ref<byte>(address + (uint)i) << (8 * i);
        return value;
    }

    public static void Store(uint address, int bytes, ulong value)
    {
        for (int i = 0; i < bytes; i++)
            Mem.RefW<byte>(address + (uint)i) = (byte)(value >> (8 * i));
    }
}
