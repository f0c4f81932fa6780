using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Parsing;

// Conversions: each implicit or explicit conversion becomes a CCast whose kind follows from the two types.
internal sealed partial class CAstBuilder
{
    /// <summary>An implicit conversion of <paramref name="expr"/> to <paramref name="type"/> (a no-op if the types agree).</summary>
    private static CExpr Convert(CExpr expr, CType type) => Cast(expr, type, expr.Location, isImplicit: true);

    private static CExpr AssignmentValue(CExpr value, CType targetType, SourceLoc location) =>
        targetType.IsRecord ? value : Cast(value, targetType.Unqualified, location, isImplicit: true);

    internal static CExpr Cast(CExpr operand, CType type, SourceLoc location, bool isImplicit)
    {
        var from = operand.Type;
        if (type.IsVoid)
            return new CCast(location, type, CCastKind.ToVoid, operand, isImplicit);
        if (from is CArrayType arrayType && type is CPointerType)
        {
            var decayed = new CCast(location, new CPointerType(arrayType.Element), CCastKind.ArrayToPointer, operand, true);
            return Cast(decayed, type, location, isImplicit);
        }
        if (from is CFunctionType && type is CPointerType)
        {
            var decayed = new CCast(location, new CPointerType(from), CCastKind.FunctionToPointer, operand, true);
            return Cast(decayed, type, location, isImplicit);
        }
        // libclang shows an array parameter's decayed type as the array type written: the value is the pointer.
        if (from is CPointerType pointer && type is CArrayType array && pointer.Pointee.Unqualified.SameAs(array.Element.Unqualified))
            return operand;
        if (from.SameAs(type))
        {
            if (!isImplicit)
                return new CCast(location, type, CCastKind.NoOp, operand, false);
            return operand;
        }
        var kind = Classify(operand, from, type)
            ?? throw TranslationException.Unsupported(location, $"conversion from {from} to {type}");
        return new CCast(location, type, kind, operand, isImplicit);
    }

    private static CCastKind? Classify(CExpr operand, CType from, CType to)
    {
        if (to is CIntType { Kind: CIntKind.Bool })
        {
            if (from.IsInteger) return CCastKind.IntegralToBoolean;
            if (from.IsFloating) return CCastKind.FloatingToBoolean;
            if (from.IsPointer) return CCastKind.PointerToBoolean;
            return null;
        }
        if (from.IsInteger && to.IsInteger) return CCastKind.IntegralCast;
        if (from.IsInteger && to.IsFloating) return CCastKind.IntegralToFloating;
        if (from.IsFloating && to.IsInteger) return CCastKind.FloatingToIntegral;
        if (from.IsFloating && to.IsFloating) return CCastKind.FloatingCast;
        if (from.IsPointer && to.IsPointer) return CCastKind.PointerCast;
        if (from.IsInteger && to.IsPointer)
            return operand is CIntLiteral { Value: 0 } ? CCastKind.NullToPointer : CCastKind.IntegralToPointer;
        if (from.IsPointer && to.IsInteger) return CCastKind.PointerToIntegral;
        if (from.IsRecord && to.IsRecord && from.SameAs(to)) return CCastKind.NoOp;
        return null;
    }
}

/// <summary>C's integer promotions and usual arithmetic conversions (C11 6.3.1), for the MSVC i386 types.</summary>
internal static class ArithmeticConversions
{
    public static CType Promote(CType type)
    {
        if (type is CEnumType e)
            type = e.Underlying;
        if (type is CIntType integer && integer.Rank < CIntType.Int.Rank)
            return CIntType.Int; // every narrower type fits in int
        return type.Unqualified;
    }

    public static CType UsualArithmetic(CType left, CType right)
    {
        left = Promote(left);
        right = Promote(right);
        if (left is CFloatType || right is CFloatType)
        {
            int bits = Math.Max(left is CFloatType lf ? lf.Bits : 0, right is CFloatType rf ? rf.Bits : 0);
            return bits == 64 ? CFloatType.Double : CFloatType.Float;
        }
        var a = (CIntType)left;
        var b = (CIntType)right;
        if (a.Kind == b.Kind) return a;
        if (a.IsSigned == b.IsSigned) return a.Rank >= b.Rank ? a : b;
        var unsigned = a.IsSigned ? b : a;
        var signed = a.IsSigned ? a : b;
        if (unsigned.Rank >= signed.Rank) return unsigned;
        if (signed.Bits > unsigned.Bits) return signed;
        return UnsignedOf(signed);
    }

    public static CIntType UnsignedOf(CIntType type) => type.Kind switch
    {
        CIntKind.Int => CIntType.UInt,
        CIntKind.Long => CIntType.ULong,
        CIntKind.LongLong => CIntType.ULongLong,
        CIntKind.Short => CIntType.UShort,
        CIntKind.Char or CIntKind.SChar => CIntType.UChar,
        _ => type,
    };

    /// <summary>The type <c>a op= b</c> computes in (C11 6.5.16.2); null for pointer arithmetic.</summary>
    public static CType? CompoundComputationType(CBinaryOp op, CType target, CType value)
    {
        if (target.IsPointer)
            return null;
        if (op is CBinaryOp.Shl or CBinaryOp.Shr)
            return Promote(target);
        return UsualArithmetic(target, value);
    }
}
