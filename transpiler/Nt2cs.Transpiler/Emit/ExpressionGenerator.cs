using Microsoft.CodeAnalysis;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>A generated C# expression and its static C# type.</summary>
internal readonly record struct Emitted(ExpressionSyntax Syntax, CsType Type);

/// <summary>
/// Generates C# expressions from C expressions with C's semantics. A value may come back in a narrower C# type
/// than its C type when the conversion C makes is one C# makes implicitly with the same result (so <c>c + 1</c>
/// stays <c>c + 1</c> rather than <c>(int)c + 1</c>); consumers ask for <see cref="Exact"/> or
/// <see cref="Implicit"/> types. Structs and arrays are represented by their address (a <c>Ptr</c>).
/// </summary>
/// <remarks>One file per concern: values and conditions (here), lvalues and addresses, calls, literals.</remarks>
internal sealed partial class ExpressionGenerator(FunctionContext? context, CImage image)
{
    private readonly FunctionContext? _context = context;
    private readonly CImage _image = image;

    private FunctionContext Context => _context ?? throw new InvalidOperationException("expression outside a function");

    public Emitted Value(CExpr e)
    {
        if (e.Type is CRecordType or CArrayType)
            return Address(e);
        switch (e)
        {
            case CIntLiteral literal: return IntLiteral(literal);
            case CFloatLiteral literal: return FloatLiteral(literal);
            case CDeclRef reference: return new Emitted(Name(VariableName(reference)), CsTypes.Of(e.Type));
            case CCast cast: return CastValue(cast);
            case CUnary unary: return UnaryValue(unary);
            case CBinary binary: return BinaryValue(binary);
            case CAssign assign: return AssignValue(assign);
            case CConditional conditional: return ConditionalValue(conditional);
            case CCall call: return CallValue(call);
            case CMember or CIndex: return new Emitted(LValue(e, Access.Read), CsTypes.Of(e.Type));
            case CVaArg vaArg: return VaArgValue(vaArg);
            case CCompoundLiteral literal:
                return new Emitted(Member(Address(literal).Syntax, "Deref"), CsTypes.Of(e.Type));
            default:
                throw TranslationException.Unsupported(e.Location, $"expression {e.GetType().Name} here");
        }
    }

    /// <summary>The value converted to exactly <c>CsTypes.Of(e.Type)</c>.</summary>
    public ExpressionSyntax Exact(CExpr e) => Exact(Value(e), e.Type.IsVoid ? CsType.Void : CsTypes.Of(e.Type)).Syntax;

    /// <summary>The value of <paramref name="e"/> in a context that converts to <paramref name="target"/> implicitly.</summary>
    public ExpressionSyntax Implicit(CExpr e, CsType target) => Implicit(Value(e), target).Syntax;

    public static Emitted Implicit(Emitted value, CsType target) =>
        value.Type == target || CsTypes.ConvertsImplicitly(value.Type, target) ? value : Exact(value, target);

    /// <summary>Converts to exactly <paramref name="target"/>: a numeric cast, a pointer retype, or nothing.</summary>
    public static Emitted Exact(Emitted value, CsType target)
    {
        if (value.Type == target || target.Kind == CsKind.Void)
            return value;
        if ((value.Type.IsNumeric || value.Type.Kind == CsKind.Char) && target.IsNumeric)
            return new Emitted(Cast(target.Name, value.Syntax), target);
        if (value.Type.IsPointer && target.IsPointer)
            return new Emitted(Call(GenericMember(value.Syntax, "As", PointeeOf(target))), target);
        if (value.Type.Kind == CsKind.Bool && target.IsNumeric)
            return new Emitted(Cast(target.Name, Conditional(value.Syntax, Int(1), Int(0))), target);
        throw new InvalidOperationException($"no conversion from {value.Type} to {target}");
    }

    private static string PointeeOf(CsType pointer) => pointer.Name[4..^1];

    private Emitted CastValue(CCast cast)
    {
        var target = cast.Type.IsVoid ? CsType.Void : CsTypes.Of(cast.Type);
        switch (cast.Kind)
        {
            case CCastKind.ArrayToPointer:
                return Exact(Address(cast.Operand), target);
            case CCastKind.FunctionToPointer:
                return FunctionAddress(cast.Operand);
            case CCastKind.ToVoid:
                return new Emitted(Value(cast.Operand).Syntax, CsType.Void);
            case CCastKind.NullToPointer:
                return NullPointer(target);
            case CCastKind.PointerCast when IsNullPointerConstant(cast.Operand):
                return NullPointer(target);
            case CCastKind.PointerCast:
            {
                var value = Value(cast.Operand);
                if (value.Type == target)
                    return value;
                if (target.Kind == CsKind.FunctionPointer || value.Type.Kind == CsKind.FunctionPointer)
                    return new Emitted(New(target.Name, Member(value.Syntax, "Address")), target);
                return Exact(value, target);
            }
            case CCastKind.PointerToIntegral:
                return Exact(new Emitted(Member(Value(cast.Operand).Syntax, "Address"), CsType.UInt), target);
            case CCastKind.IntegralToPointer:
                return new Emitted(New(target.Name, Exact(Value(cast.Operand), CsType.UInt).Syntax), target);
            case CCastKind.IntegralToBoolean:
            case CCastKind.FloatingToBoolean:
            case CCastKind.PointerToBoolean:
                return new Emitted(Cast("byte", Conditional(Condition(cast.Operand), Int(1), Int(0))), CsType.Byte);
            case CCastKind.IntegralCast:
            case CCastKind.IntegralToFloating:
            case CCastKind.FloatingCast:
            {
                var value = Value(cast.Operand);
                if (cast.IsImplicit && CsTypes.ConvertsImplicitly(value.Type, target))
                    return value;
                return Exact(value, target);
            }
            case CCastKind.FloatingToIntegral:
                return Exact(Value(cast.Operand), target);
            case CCastKind.NoOp:
            {
                var value = Value(cast.Operand);
                return cast.Type.IsRecord ? value : Exact(value, target);
            }
            default:
                throw TranslationException.Unsupported(cast.Location, $"conversion {cast.Kind}");
        }
    }

    private static Emitted NullPointer(CsType target) => new(Member(ParseTypeName(target.Name), "Null"), target);

    public static bool IsNullPointerConstant(CExpr e) => e switch
    {
        CIntLiteral { Value: 0 } => true,
        CCast { Kind: CCastKind.NullToPointer } => true,
        CCast { Kind: CCastKind.PointerCast or CCastKind.IntegralToPointer or CCastKind.NoOp } cast => IsNullPointerConstant(cast.Operand),
        _ => false,
    };

    private Emitted UnaryValue(CUnary unary)
    {
        var type = CsTypes.Of(unary.Type);
        switch (unary.Op)
        {
            case CUnaryOp.Plus:
                return Exact(Value(unary.Operand), type);
            case CUnaryOp.Minus:
            {
                var operand = Exact(unary.Operand);
                return type.Kind switch
                {
                    CsKind.UInt => new Emitted(Binary(SyntaxKind.SubtractExpression, NumericLiteral("0u"), operand), type),
                    CsKind.ULong => new Emitted(Binary(SyntaxKind.SubtractExpression, NumericLiteral("0UL"), operand), type),
                    _ => new Emitted(PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, operand), type),
                };
            }
            case CUnaryOp.BitNot:
                return new Emitted(PrefixUnaryExpression(SyntaxKind.BitwiseNotExpression, Exact(unary.Operand)), type);
            case CUnaryOp.LogicalNot:
                return new Emitted(Conditional(Condition(unary.Operand), Int(0), Int(1)), CsType.Int);
            case CUnaryOp.Deref:
                return new Emitted(LValue(unary, Access.Read), type);
            case CUnaryOp.AddressOf:
                return AddressOf(unary);
            case CUnaryOp.PreInc:
            case CUnaryOp.PreDec:
            case CUnaryOp.PostInc:
            case CUnaryOp.PostDec:
                return IncrementDecrement(unary);
            default:
                throw TranslationException.Unsupported(unary.Location, $"unary {unary.Op}");
        }
    }

    private Emitted IncrementDecrement(CUnary unary)
    {
        if (IsBitField(unary.Operand))
            return BitFieldIncrement(unary);
        var target = LValue(unary.Operand, Access.ReadWrite);
        if (unary.Operand.Type is CIntType { Kind: CIntKind.Bool })
        {
            // _Bool has two values: ++ makes it 1, -- flips it (0 - 1 converts to 1).
            var helper = unary.Op switch
            {
                CUnaryOp.PreInc => "PreIncrement",
                CUnaryOp.PreDec => "PreDecrement",
                CUnaryOp.PostInc => "PostIncrement",
                _ => "PostDecrement",
            };
            return new Emitted(Call(Member("Bools", helper), new[] { RefArgument(target) }), CsType.Byte);
        }
        ExpressionSyntax syntax = unary.Op switch
        {
            CUnaryOp.PreInc => PrefixUnaryExpression(SyntaxKind.PreIncrementExpression, target),
            CUnaryOp.PreDec => PrefixUnaryExpression(SyntaxKind.PreDecrementExpression, target),
            CUnaryOp.PostInc => PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, target),
            _ => PostfixUnaryExpression(SyntaxKind.PostDecrementExpression, target),
        };
        return new Emitted(syntax, CsTypes.Of(unary.Operand.Type));
    }

    private Emitted BinaryValue(CBinary binary)
    {
        switch (binary.Op)
        {
            case CBinaryOp.Lt or CBinaryOp.Gt or CBinaryOp.Le or CBinaryOp.Ge or CBinaryOp.Eq or CBinaryOp.Ne
                or CBinaryOp.LogicalAnd or CBinaryOp.LogicalOr:
                return new Emitted(Conditional(Condition(binary), Int(1), Int(0)), CsType.Int);
            case CBinaryOp.Comma:
            {
                var left = Value(binary.Left);
                if (left.Type.Kind == CsKind.Void)
                    throw TranslationException.Unsupported(binary.Location, "comma operator with a void left operand inside an expression");
                var right = Value(binary.Right);
                return new Emitted(Call(Name("Comma"), left.Syntax, right.Syntax), right.Type);
            }
        }
        if (binary.Left.Type.IsPointer)
            return PointerArithmetic(binary);
        var kind = ArithmeticKind(binary.Op);
        var type = CsTypes.Of(binary.Type);
        if (binary.Op is CBinaryOp.Shl or CBinaryOp.Shr)
        {
            var shifted = Value(binary.Left);
            if (CsTypes.ShiftPromotion(shifted.Type) != type)
                shifted = Exact(shifted, type);
            return new Emitted(Binary(kind, shifted.Syntax, ShiftCount(binary.Right)), type);
        }
        var (l, r) = Operands(binary.Left, binary.Right, type);
        return new Emitted(Binary(kind, l, r), type);
    }

    /// <summary>
    /// Both operands of a C arithmetic operator, converted to <paramref name="type"/> as C did, with the casts C#
    /// would make itself left out.
    /// </summary>
    private (ExpressionSyntax Left, ExpressionSyntax Right) Operands(CExpr leftExpr, CExpr rightExpr, CsType type)
    {
        var left = Value(leftExpr);
        var right = Value(rightExpr);
        if (CsTypes.BinaryPromotion(left.Type, right.Type) == type)
            return (left.Syntax, right.Syntax);
        if (CsTypes.BinaryPromotion(type, right.Type) == type)
            return (Exact(left, type).Syntax, right.Syntax);
        if (CsTypes.BinaryPromotion(left.Type, type) == type)
            return (left.Syntax, Exact(right, type).Syntax);
        return (Exact(left, type).Syntax, Exact(right, type).Syntax);
    }

    /// <summary>A shift count: C# takes an int.</summary>
    private ExpressionSyntax ShiftCount(CExpr count)
    {
        var value = Value(count);
        return CsTypes.ConvertsImplicitly(value.Type, CsType.Int) ? value.Syntax : Exact(value, CsType.Int).Syntax;
    }

    private static SyntaxKind ArithmeticKind(CBinaryOp op) => op switch
    {
        CBinaryOp.Mul => SyntaxKind.MultiplyExpression,
        CBinaryOp.Div => SyntaxKind.DivideExpression,
        CBinaryOp.Rem => SyntaxKind.ModuloExpression,
        CBinaryOp.Add => SyntaxKind.AddExpression,
        CBinaryOp.Sub => SyntaxKind.SubtractExpression,
        CBinaryOp.Shl => SyntaxKind.LeftShiftExpression,
        CBinaryOp.Shr => SyntaxKind.RightShiftExpression,
        CBinaryOp.BitAnd => SyntaxKind.BitwiseAndExpression,
        CBinaryOp.BitXor => SyntaxKind.ExclusiveOrExpression,
        CBinaryOp.BitOr => SyntaxKind.BitwiseOrExpression,
        _ => throw new InvalidOperationException($"{op} is not arithmetic"),
    };

    private Emitted PointerArithmetic(CBinary binary)
    {
        var pointer = Value(binary.Left);
        if (binary.Right.Type.IsPointer)
        {
            if (binary.Op != CBinaryOp.Sub)
                throw TranslationException.Unsupported(binary.Location, $"pointer {binary.Op} pointer");
            var other = Exact(Value(binary.Right), pointer.Type);
            return Exact(new Emitted(Binary(SyntaxKind.SubtractExpression, pointer.Syntax, other.Syntax), CsType.Int), CsTypes.Of(binary.Type));
        }
        if (pointer.Type.Kind != CsKind.Pointer)
            throw TranslationException.Unsupported(binary.Location, "arithmetic on a function pointer");
        var offset = Index(binary.Right);
        var kind = binary.Op == CBinaryOp.Add ? SyntaxKind.AddExpression : SyntaxKind.SubtractExpression;
        return Exact(new Emitted(Binary(kind, pointer.Syntax, offset), pointer.Type), CsTypes.Of(binary.Type));
    }

    /// <summary>
    /// An index or pointer offset as an int or uint (the pointer type's operators take those). A 64-bit index is
    /// truncated: i386 address arithmetic is modulo 2^32.
    /// </summary>
    private ExpressionSyntax Index(CExpr index)
    {
        var value = Value(index);
        return value.Type.Kind switch
        {
            CsKind.Int or CsKind.UInt => value.Syntax,
            CsKind.Char or CsKind.SByte or CsKind.Short or CsKind.Byte or CsKind.UShort => value.Syntax,
            CsKind.ULong => Exact(value, CsType.UInt).Syntax,
            _ => Exact(value, CsType.Int).Syntax,
        };
    }

    private Emitted ConditionalValue(CConditional conditional)
    {
        var condition = Condition(conditional.Condition);
        if (conditional.Type.IsVoid)
            throw TranslationException.Unsupported(conditional.Location, "conditional with void operands inside an expression");
        var type = CsTypes.Of(conditional.Type);
        var then = Exact(Value(conditional.Then), type).Syntax;
        var @else = Exact(Value(conditional.Else), type).Syntax;
        return new Emitted(Conditional(condition, then, @else), type);
    }

    /// <summary>A controlling expression as a C# bool: comparisons stay comparisons, other scalars compare with zero.</summary>
    public ExpressionSyntax Condition(CExpr e)
    {
        switch (e)
        {
            case CIntLiteral literal:
                return LiteralExpression(literal.Value != 0 ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);
            case CBinary { Op: CBinaryOp.LogicalAnd } both:
                return Binary(SyntaxKind.LogicalAndExpression, Condition(both.Left), Condition(both.Right));
            case CBinary { Op: CBinaryOp.LogicalOr } either:
                return Binary(SyntaxKind.LogicalOrExpression, Condition(either.Left), Condition(either.Right));
            case CBinary comparison when comparison.IsComparison:
                return Comparison(comparison);
            case CUnary { Op: CUnaryOp.LogicalNot, Operand: CBinary { IsComparison: true } comparison } when !comparison.Left.Type.IsFloating:
                // !(a < b) is a >= b for integers and pointers (not for floating point, where NaN compares false).
                return Comparison(comparison, invert: true);
            case CUnary { Op: CUnaryOp.LogicalNot } negation:
                return Negate(Condition(negation.Operand));
            case CCast { Kind: CCastKind.IntegralToBoolean or CCastKind.FloatingToBoolean or CCastKind.PointerToBoolean } cast:
                return Condition(cast.Operand);
        }
        var value = Value(e);
        if (value.Type.Kind is CsKind.Pointer or CsKind.FunctionPointer)
            return Not(Member(value.Syntax, "IsNull"));
        if (value.Type.Kind == CsKind.Bool)
            return value.Syntax;
        return Binary(SyntaxKind.NotEqualsExpression, value.Syntax, Int(0));
    }

    private static ExpressionSyntax Negate(ExpressionSyntax condition) => condition switch
    {
        BinaryExpressionSyntax b when b.IsKind(SyntaxKind.EqualsExpression) => BinaryExpression(SyntaxKind.NotEqualsExpression, b.Left, b.Right),
        BinaryExpressionSyntax b when b.IsKind(SyntaxKind.NotEqualsExpression) => BinaryExpression(SyntaxKind.EqualsExpression, b.Left, b.Right),
        PrefixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.LogicalNotExpression) => p.Operand,
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.TrueLiteralExpression) => LiteralExpression(SyntaxKind.FalseLiteralExpression),
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.FalseLiteralExpression) => LiteralExpression(SyntaxKind.TrueLiteralExpression),
        _ => Not(condition),
    };

    private ExpressionSyntax Comparison(CBinary comparison, bool invert = false)
    {
        var op = !invert ? comparison.Op : comparison.Op switch
        {
            CBinaryOp.Lt => CBinaryOp.Ge,
            CBinaryOp.Gt => CBinaryOp.Le,
            CBinaryOp.Le => CBinaryOp.Gt,
            CBinaryOp.Ge => CBinaryOp.Lt,
            CBinaryOp.Eq => CBinaryOp.Ne,
            _ => CBinaryOp.Eq,
        };
        var kind = op switch
        {
            CBinaryOp.Lt => SyntaxKind.LessThanExpression,
            CBinaryOp.Gt => SyntaxKind.GreaterThanExpression,
            CBinaryOp.Le => SyntaxKind.LessThanOrEqualExpression,
            CBinaryOp.Ge => SyntaxKind.GreaterThanOrEqualExpression,
            CBinaryOp.Eq => SyntaxKind.EqualsExpression,
            _ => SyntaxKind.NotEqualsExpression,
        };
        var operandType = comparison.Left.Type;
        if (operandType.IsPointer)
        {
            var left = Value(comparison.Left);
            if (op is CBinaryOp.Eq or CBinaryOp.Ne && IsNullPointerConstant(comparison.Right))
            {
                var isNull = Member(left.Syntax, "IsNull");
                return op == CBinaryOp.Eq ? isNull : Not(isNull);
            }
            var right = Exact(Value(comparison.Right), left.Type);
            return Binary(kind, left.Syntax, right.Syntax);
        }
        var (l, r) = Operands(comparison.Left, comparison.Right, CsTypes.Of(operandType));
        return Binary(kind, l, r);
    }

    private Emitted VaArgValue(CVaArg vaArg)
    {
        var list = LValue(vaArg.List, Access.ReadWrite);
        if (vaArg.Type is CRecordType record)
            return new Emitted(Call(GenericMember(Name("Va"), "ArgStruct", CsTypes.PointeeName(record)), new[] { RefArgument(list) }), CsTypes.Of(record));
        var type = CsTypes.Of(vaArg.Type);
        return new Emitted(Call(GenericMember(Name("Va"), "Arg", type.Name), new[] { RefArgument(list) }), type);
    }
}
