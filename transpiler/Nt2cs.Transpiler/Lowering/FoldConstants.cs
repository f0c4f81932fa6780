using Nt2cs.Transpiler.CAst;
using static Nt2cs.Transpiler.CAst.CIntegers;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Folds constant arithmetic with C's semantics on the i386 types: <c>(unsigned)-1</c> ⇒ <c>4294967295u</c>,
/// <c>0xFFFFFFFFu + 1</c> ⇒ <c>0u</c>. C# evaluates constant expressions in a checked context, so what C wraps
/// would not compile; folded literals always do. Operations C leaves undefined (division by zero, shifts past the
/// width) are left for run time.
/// </summary>
public sealed class FoldConstants : IFunctionPass
{
    public void Run(CFunctionDecl function, LoweringContext context) => CTree.Rewrite(function.Body!, Fold);

    public void Finish(CImage image, LoweringContext context)
    {
        foreach (var global in image.Globals)
        {
            if (global.Init is not null)
                global.Init = CTree.Rewrite(global.Init, Fold);
        }
    }

    public static CExpr Fold(CExpr expr) => expr switch
    {
        CCast cast => FoldCast(cast),
        CUnary unary => FoldUnary(unary),
        CBinary binary => FoldBinary(binary),
        CConditional { Condition: CIntLiteral condition } conditional => condition.Value != 0 ? conditional.Then : conditional.Else,
        CCall { Direct: { Definition: null } callee } call => FoldBuiltin(call, callee.Name),
        _ => expr,
    };

    /// <summary>
    /// math.h's HUGE_VAL, INFINITY and NAN: clang's constant builtins. A NaN is the positive quiet NaN whatever its
    /// tag (the payload is not kept), as printf shows it natively: "nan".
    /// </summary>
    private static CExpr FoldBuiltin(CCall call, string name) => name switch
    {
        "__builtin_huge_val" or "__builtin_huge_valf" or "__builtin_inf" or "__builtin_inff" =>
            new CFloatLiteral(call.Location, call.Type.Unqualified, double.PositiveInfinity),
        "__builtin_nan" or "__builtin_nanf" => new CFloatLiteral(call.Location, call.Type.Unqualified, BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000)),
        _ => call,
    };

    private static CExpr FoldCast(CCast cast)
    {
        var to = cast.Type;
        switch (cast.Operand)
        {
            case CIntLiteral literal when to is CIntType or CEnumType:
                return new CIntLiteral(cast.Location, to.Unqualified,
                    to is CIntType { Kind: CIntKind.Bool } ? (literal.Value != 0 ? 1UL : 0UL) : Truncate(Extend(literal), to))
                {
                    IsHex = literal.IsHex,
                    IsCharacter = literal.IsCharacter,
                    EnumConstant = cast.Kind == CCastKind.IntegralCast ? literal.EnumConstant : null,
                    Macro = cast.Kind == CCastKind.IntegralCast ? literal.Macro : null,
                };
            case CIntLiteral literal when to is CFloatType floating:
            {
                double value = IsSigned(literal.Type) ? literal.SignedValue : literal.Value;
                if (Math.Abs(value) > 1L << 53)
                    return cast; // large integers round differently through double; leave to the conversion at run time
                return new CFloatLiteral(cast.Location, to.Unqualified, floating.Bits == 32 ? (float)value : value);
            }
            case CFloatLiteral literal when to is CFloatType floating:
                return new CFloatLiteral(cast.Location, to.Unqualified, floating.Bits == 32 ? (float)literal.Value : literal.Value);
            case CFloatLiteral literal when to is CIntType { Kind: CIntKind.Bool }:
                return new CIntLiteral(cast.Location, to.Unqualified, literal.Value != 0 ? 1UL : 0UL);
            case CFloatLiteral literal when to is CIntType integer:
            {
                double truncated = Math.Truncate(literal.Value);
                double min = integer.IsSigned ? -Math.Pow(2, integer.Bits - 1) : 0;
                double max = integer.IsSigned ? Math.Pow(2, integer.Bits - 1) : Math.Pow(2, integer.Bits);
                if (double.IsNaN(truncated) || truncated < min || truncated >= max)
                    return cast; // undefined in C: keep the run-time conversion
                ulong bits = integer.IsSigned ? (ulong)(long)truncated : (ulong)truncated;
                return new CIntLiteral(cast.Location, to.Unqualified, Truncate(bits, to));
            }
            default:
                return cast;
        }
    }

    private static CExpr FoldUnary(CUnary unary)
    {
        if (unary.Operand is CIntLiteral literal && unary.Type.IsInteger)
        {
            ulong? value = unary.Op switch
            {
                CUnaryOp.Plus => literal.Value,
                CUnaryOp.Minus => 0 - literal.Value,
                CUnaryOp.BitNot => ~literal.Value,
                CUnaryOp.LogicalNot => literal.Value == 0 ? 1UL : 0UL,
                _ => null,
            };
            if (value is { } v)
                return new CIntLiteral(unary.Location, unary.Type.Unqualified, Truncate(v, unary.Type)) { IsHex = literal.IsHex && unary.Op == CUnaryOp.BitNot };
        }
        if (unary.Operand is CFloatLiteral floating && unary.Op == CUnaryOp.Minus)
            return new CFloatLiteral(unary.Location, unary.Type, -floating.Value);
        if (unary.Operand is CFloatLiteral f && unary.Op == CUnaryOp.Plus)
            return new CFloatLiteral(unary.Location, unary.Type, f.Value);
        return unary;
    }

    private static CExpr FoldBinary(CBinary binary)
    {
        if (binary.Left is CIntLiteral left && binary.Right is CIntLiteral right && binary.Type.IsInteger
            && left.Type.IsInteger && right.Type.IsInteger)
        {
            var value = IntegerOp(binary.Op, left, right);
            if (value is { } v)
                return new CIntLiteral(binary.Location, binary.Type.Unqualified, Truncate(v, binary.Type)) { IsHex = left.IsHex || right.IsHex };
        }
        if (binary.Left is CFloatLiteral fl && binary.Right is CFloatLiteral fr && binary.Type is CFloatType result)
        {
            double? value = binary.Op switch
            {
                CBinaryOp.Add => fl.Value + fr.Value,
                CBinaryOp.Sub => fl.Value - fr.Value,
                CBinaryOp.Mul => fl.Value * fr.Value,
                CBinaryOp.Div => fl.Value / fr.Value,
                _ => null,
            };
            if (value is { } v)
            {
                if (result.Bits == 32)
                    v = binary.Op switch
                    {
                        CBinaryOp.Add => (float)fl.Value + (float)fr.Value,
                        CBinaryOp.Sub => (float)fl.Value - (float)fr.Value,
                        CBinaryOp.Mul => (float)fl.Value * (float)fr.Value,
                        _ => (float)fl.Value / (float)fr.Value,
                    };
                return new CFloatLiteral(binary.Location, binary.Type, v);
            }
        }
        if (binary.Left is CFloatLiteral cl && binary.Right is CFloatLiteral cr && binary.IsComparison)
        {
            bool result2 = binary.Op switch
            {
                CBinaryOp.Lt => cl.Value < cr.Value,
                CBinaryOp.Gt => cl.Value > cr.Value,
                CBinaryOp.Le => cl.Value <= cr.Value,
                CBinaryOp.Ge => cl.Value >= cr.Value,
                CBinaryOp.Eq => cl.Value == cr.Value,
                _ => cl.Value != cr.Value,
            };
            return new CIntLiteral(binary.Location, CIntType.Int, result2 ? 1UL : 0UL);
        }
        return binary;
    }

    private static ulong? IntegerOp(CBinaryOp op, CIntLiteral left, CIntLiteral right)
    {
        bool signed = IsSigned(left.Type);
        int bits = Bits(left.Type);
        ulong a = Extend(left);
        ulong b = Extend(right);
        switch (op)
        {
            case CBinaryOp.Add: return a + b;
            case CBinaryOp.Sub: return a - b;
            case CBinaryOp.Mul: return a * b;
            case CBinaryOp.Div:
            case CBinaryOp.Rem:
                if (b == 0 || (signed && (long)b == -1 && a == (ulong)(-(1L << (bits - 1)))))
                    return null;
                if (signed)
                    return op == CBinaryOp.Div ? (ulong)((long)a / (long)b) : (ulong)((long)a % (long)b);
                return op == CBinaryOp.Div ? a / b : a % b;
            case CBinaryOp.Shl:
            case CBinaryOp.Shr:
            {
                long count = IsSigned(right.Type) ? right.SignedValue : (long)right.Value;
                if (count < 0 || count >= bits)
                    return null;
                if (op == CBinaryOp.Shl)
                    return a << (int)count;
                return signed ? (ulong)((long)a >> (int)count) : (a & Mask(bits)) >> (int)count;
            }
            case CBinaryOp.BitAnd: return a & b;
            case CBinaryOp.BitOr: return a | b;
            case CBinaryOp.BitXor: return a ^ b;
            case CBinaryOp.LogicalAnd: return left.Value != 0 && right.Value != 0 ? 1UL : 0UL;
            case CBinaryOp.LogicalOr: return left.Value != 0 || right.Value != 0 ? 1UL : 0UL;
            case CBinaryOp.Comma: return b;
        }
        bool comparison = signed
            ? op switch
            {
                CBinaryOp.Lt => (long)a < (long)b,
                CBinaryOp.Gt => (long)a > (long)b,
                CBinaryOp.Le => (long)a <= (long)b,
                CBinaryOp.Ge => (long)a >= (long)b,
                CBinaryOp.Eq => a == b,
                _ => a != b,
            }
            : op switch
            {
                CBinaryOp.Lt => (a & Mask(bits)) < (b & Mask(bits)),
                CBinaryOp.Gt => (a & Mask(bits)) > (b & Mask(bits)),
                CBinaryOp.Le => (a & Mask(bits)) <= (b & Mask(bits)),
                CBinaryOp.Ge => (a & Mask(bits)) >= (b & Mask(bits)),
                CBinaryOp.Eq => (a & Mask(bits)) == (b & Mask(bits)),
                _ => (a & Mask(bits)) != (b & Mask(bits)),
            };
        return comparison ? 1UL : 0UL;
    }

    /// <summary>The literal's value sign- or zero-extended to 64 bits.</summary>
    private static ulong Extend(CIntLiteral literal) => IsSigned(literal.Type) ? (ulong)literal.SignedValue : literal.Value & Mask(Bits(literal.Type));
}
