using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Lowering;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Emit;

/// <summary>The C# types generated code uses for values, by kind, so the emitter can reason about C#'s own conversions.</summary>
internal enum CsKind
{
    Void,
    Bool,
    SByte,
    Byte,
    Short,
    UShort,
    Char,
    Int,
    UInt,
    Long,
    ULong,
    Float,
    Double,
    Pointer,
    FunctionPointer,
}

/// <summary>A C# type: its kind and its spelling; for <c>Ptr&lt;T&gt;</c>, the spelling of <c>T</c> too.</summary>
internal readonly record struct CsType(CsKind Kind, string Name, string? Pointee = null)
{
    public static readonly CsType Void = new(CsKind.Void, "void");
    public static readonly CsType Bool = new(CsKind.Bool, "bool");
    public static readonly CsType SByte = new(CsKind.SByte, "sbyte");
    public static readonly CsType Byte = new(CsKind.Byte, "byte");
    public static readonly CsType Short = new(CsKind.Short, "short");
    public static readonly CsType UShort = new(CsKind.UShort, "ushort");
    public static readonly CsType Char = new(CsKind.Char, "char");
    public static readonly CsType Int = new(CsKind.Int, "int");
    public static readonly CsType UInt = new(CsKind.UInt, "uint");
    public static readonly CsType Long = new(CsKind.Long, "long");
    public static readonly CsType ULong = new(CsKind.ULong, "ulong");
    public static readonly CsType Float = new(CsKind.Float, "float");
    public static readonly CsType Double = new(CsKind.Double, "double");
    public static readonly CsType FnPtr = new(CsKind.FunctionPointer, "FnPtr");

    public bool IsIntegral => Kind is >= CsKind.SByte and <= CsKind.ULong;
    public bool IsNumeric => Kind is >= CsKind.SByte and <= CsKind.Double;
    public bool IsPointer => Kind == CsKind.Pointer;

    public override string ToString() => Name;
}

/// <summary>
/// Maps C types to the C# types generated code uses: <c>char</c> ⇒ <c>sbyte</c>, <c>long</c> ⇒ <c>int</c>,
/// <c>T*</c> ⇒ <c>Ptr&lt;T&gt;</c>, function pointers ⇒ <c>FnPtr</c>; a struct or array value is represented by
/// its address, so its C# type is a pointer to the struct's tag type or to its first element.
/// </summary>
internal static class CsTypes
{
    public static CsType Of(CType type) => type switch
    {
        CVoidType => CsType.Void,
        CIntType integer => Integer(integer),
        CEnumType e => Integer(e.Underlying),
        CFloatType { Bits: 32 } => CsType.Float,
        CFloatType => CsType.Double,
        CPointerType { Pointee: CFunctionType } => CsType.FnPtr,
        CPointerType pointer => PointerTo(pointer.Pointee),
        CArrayType array => PointerTo(array.Element),
        CRecordType record => PointerTo(record),
        _ => throw new InvalidOperationException($"no C# value type for {type}"),
    };

    public static CsType PointerTo(CType pointee)
    {
        var name = PointeeName(pointee);
        return new(CsKind.Pointer, $"Ptr<{name}>", name);
    }

    private static CsType Integer(CIntType integer) => integer.Kind switch
    {
        CIntKind.Bool or CIntKind.UChar => CsType.Byte,
        CIntKind.Char or CIntKind.SChar => CsType.SByte,
        CIntKind.Short => CsType.Short,
        CIntKind.UShort or CIntKind.WChar => CsType.UShort,
        CIntKind.Int or CIntKind.Long => CsType.Int,
        CIntKind.UInt or CIntKind.ULong => CsType.UInt,
        CIntKind.LongLong => CsType.Long,
        _ => CsType.ULong,
    };

    /// <summary>The C# type argument of <c>Ptr&lt;…&gt;</c> for a pointee.</summary>
    public static string PointeeName(CType pointee) => pointee switch
    {
        CVoidType => "CVoid",
        CRecordType record => record.Decl.CsName ?? record.Decl.Name,
        CArrayType array => ArrayTagName(array),
        CFunctionType => "CVoid",
        _ => Of(pointee).Name,
    };

    /// <summary>The tag struct standing for an array type as a pointee, sized like the array: <c>int[4]</c> ⇒ <c>Array_int_4</c>.</summary>
    public static string ArrayTagName(CArrayType array) =>
        $"{CsNames.ArrayTagPrefix}{CsNames.Sanitize(PointeeName(array.Element)).Trim('_')}_{array.Length ?? 0}";

    /// <summary>C#'s implicit numeric conversions that preserve every value (C# spec 10.2.3).</summary>
    public static bool ConvertsImplicitly(CsType from, CsType to)
    {
        if (from.Kind == to.Kind)
            return true;
        return from.Kind switch
        {
            CsKind.SByte => to.Kind is CsKind.Short or CsKind.Int or CsKind.Long or CsKind.Float or CsKind.Double,
            CsKind.Byte => to.Kind is CsKind.Short or CsKind.UShort or CsKind.Int or CsKind.UInt or CsKind.Long or CsKind.ULong or CsKind.Float or CsKind.Double,
            CsKind.Short => to.Kind is CsKind.Int or CsKind.Long or CsKind.Float or CsKind.Double,
            CsKind.UShort or CsKind.Char => to.Kind is CsKind.Int or CsKind.UInt or CsKind.Long or CsKind.ULong or CsKind.Float or CsKind.Double
                || (from.Kind == CsKind.Char && to.Kind == CsKind.UShort),
            CsKind.Int => to.Kind is CsKind.Long or CsKind.Double,
            CsKind.UInt => to.Kind is CsKind.Long or CsKind.ULong or CsKind.Double,
            CsKind.Long or CsKind.ULong => false,
            CsKind.Float => to.Kind == CsKind.Double,
            _ => false,
        };
    }

    /// <summary>
    /// The type C#'s binary numeric promotion gives <c>a op b</c> (C# spec 12.4.7.3), or null where C# has no
    /// predefined operator (<c>ulong</c> with a signed type).
    /// </summary>
    public static CsType? BinaryPromotion(CsType a, CsType b)
    {
        if (!a.IsNumeric && a.Kind != CsKind.Char || !b.IsNumeric && b.Kind != CsKind.Char)
            return null;
        if (a.Kind == CsKind.Double || b.Kind == CsKind.Double) return CsType.Double;
        if (a.Kind == CsKind.Float || b.Kind == CsKind.Float) return CsType.Float;
        if (a.Kind == CsKind.ULong || b.Kind == CsKind.ULong)
        {
            var other = a.Kind == CsKind.ULong ? b : a;
            return other.Kind is CsKind.SByte or CsKind.Short or CsKind.Int or CsKind.Long ? null : CsType.ULong;
        }
        if (a.Kind == CsKind.Long || b.Kind == CsKind.Long) return CsType.Long;
        if (a.Kind == CsKind.UInt || b.Kind == CsKind.UInt)
        {
            var other = a.Kind == CsKind.UInt ? b : a;
            return other.Kind is CsKind.SByte or CsKind.Short or CsKind.Int ? CsType.Long : CsType.UInt;
        }
        return CsType.Int;
    }

    /// <summary>The type C# gives a shift's left operand after promotion.</summary>
    public static CsType ShiftPromotion(CsType a) => a.Kind switch
    {
        CsKind.UInt => CsType.UInt,
        CsKind.Long => CsType.Long,
        CsKind.ULong => CsType.ULong,
        _ => CsType.Int,
    };

    public static InvalidOperationException NoType(SourceLoc location, CType type) => new($"{location}: no C# type for {type}");
}
