namespace Nt2cs.Transpiler.CAst;

/// <summary>C's integer arithmetic on i686: values held in 64 bits, cut to a type's width as C converts them.</summary>
public static class CIntegers
{
    /// <summary>Bits of <paramref name="type"/> (an integer or enum; pointers are 32).</summary>
    public static int Bits(CType type) => type switch
    {
        CIntType integer => integer.Bits,
        CEnumType e => e.Underlying.Bits,
        _ => 32,
    };

    public static bool IsSigned(CType type) => type switch
    {
        CIntType integer => integer.IsSigned,
        CEnumType e => e.Underlying.IsSigned,
        _ => false,
    };

    public static ulong Mask(int bits) => bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;

    /// <summary>Bits of <paramref name="value"/> that fit <paramref name="type"/>.</summary>
    public static ulong Truncate(ulong value, CType type) => value & Mask(Bits(type));
}
