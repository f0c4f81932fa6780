using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

// Conversions: C's, made explicit by the builder, as C# casts, pointer retypes, or nothing where C# converts the
// same way implicitly.
internal sealed partial class ExpressionGenerator
{
    /// <summary>The value converted to exactly <c>CsTypes.Of(e.Type)</c>.</summary>
    public ExpressionSyntax Exact(CExpr e) => Exact(Value(e), e.Type.IsVoid ? CsType.Void : CsTypes.Of(e.Type)).Syntax;

    /// <summary>
    /// The value of <paramref name="e"/> in a context that converts to <paramref name="target"/> implicitly: an
    /// assignment, an initializer, an argument (never a generic method's, whose type the value would decide).
    /// </summary>
    public ExpressionSyntax Implicit(CExpr e, CsType target) => Implicit(Value(e), target).Syntax;

    public static Emitted Implicit(Emitted value, CsType target) =>
        NarrowConstant(value, target) is { } constant ? new Emitted(constant, target) : ConvertibleTo(value, target);

    /// <summary>The value as it is if C# converts it to <paramref name="target"/> implicitly, else converted exactly.</summary>
    public static Emitted ConvertibleTo(Emitted value, CsType target) =>
        value.Type == target || CsTypes.ConvertsImplicitly(value.Type, target) ? value : Exact(value, target);

    /// <summary>
    /// <c>(ushort)32</c>'s literal, which C# converts to sbyte, byte, short or ushort itself where a value of that
    /// type is expected (a constant int in range): <c>x = 32</c>, not <c>x = (ushort)32</c>; likewise a named
    /// constant whose value the type holds (<c>(byte)FALSE</c>, <c>(uint)PAGE_SIZE</c>).
    /// </summary>
    private static ExpressionSyntax? NarrowConstant(Emitted value, CsType target)
    {
        if (value.Type != target || value.Syntax is not CastExpressionSyntax { Expression: var constant } cast)
            return null;
        // C# converts an int constant to any integer type that holds its value, a long one to ulong (C# spec 10.2.11).
        if (cast.GetAnnotations(ConstantInRange).FirstOrDefault()?.Data is { } own)
            return own == "int" && target.Kind is CsKind.SByte or CsKind.Byte or CsKind.Short or CsKind.UShort or CsKind.UInt or CsKind.ULong
                || own == "long" && target.Kind == CsKind.ULong ? constant : null;
        // Only an int literal narrows implicitly, and only into the small integer types.
        return IntegerLiteral(constant) is { Type: CsKind.Int, Value: var n } && target.Kind is CsKind.SByte or CsKind.Byte or CsKind.Short or CsKind.UShort
            && Fits(n, target.Kind) ? constant : null;
    }

    /// <summary>The value and C# type of an integer literal, or of its negation, in parentheses or not.</summary>
    private static (decimal Value, CsKind Type)? IntegerLiteral(ExpressionSyntax syntax)
    {
        while (syntax is ParenthesizedExpressionSyntax parenthesized)
            syntax = parenthesized.Expression;
        bool negative = syntax is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression };
        var literal = negative ? ((PrefixUnaryExpressionSyntax)syntax).Operand as LiteralExpressionSyntax : syntax as LiteralExpressionSyntax;
        CsKind? type = literal?.Token.Value switch
        {
            int => CsKind.Int,
            uint => CsKind.UInt,
            long => CsKind.Long,
            ulong => CsKind.ULong,
            _ => null,
        };
        return type is { } kind ? (Convert.ToDecimal(literal!.Token.Value) * (negative ? -1 : 1), kind) : null;
    }

    /// <summary>Whether an integer type holds <paramref name="n"/>.</summary>
    private static bool Fits(decimal n, CsKind kind) => kind switch
    {
        CsKind.SByte => n is >= sbyte.MinValue and <= sbyte.MaxValue,
        CsKind.Byte => n is >= byte.MinValue and <= byte.MaxValue,
        CsKind.Short => n is >= short.MinValue and <= short.MaxValue,
        CsKind.UShort => n is >= ushort.MinValue and <= ushort.MaxValue,
        CsKind.Int => n is >= int.MinValue and <= int.MaxValue,
        CsKind.UInt => n is >= uint.MinValue and <= uint.MaxValue,
        CsKind.Long => n is >= long.MinValue and <= long.MaxValue,
        CsKind.ULong => n is >= ulong.MinValue and <= ulong.MaxValue,
        _ => true,
    };

    /// <summary>Converts to exactly <paramref name="target"/>: a numeric cast, a pointer retype, or nothing.</summary>
    public static Emitted Exact(Emitted value, CsType target)
    {
        if (value.Type == target || target.Kind == CsKind.Void)
            return value;
        if ((value.Type.IsNumeric || value.Type.Kind == CsKind.Char) && target.IsNumeric)
        {
            // A constant that the target cannot hold is a compile-time error in C#'s default checked constant
            // context; C converts it modulo 2^n, which unchecked says.
            var cast = Cast(target.Name, value.Syntax);
            return new Emitted(IsConstantOutOfRange(value.Syntax, target) ? CheckedExpression(SyntaxKind.UncheckedExpression, cast) : cast, target);
        }
        if (value.Type.IsPointer && target.IsPointer)
            return new Emitted(Call(GenericMember(value.Syntax, "As", target.Pointee!)), target);
        if (value.Type.Kind == CsKind.Bool && target.IsNumeric)
            return new Emitted(Cast(target.Name, Conditional(value.Syntax, Int(1), Int(0))), target);
        throw new InvalidOperationException($"no conversion from {value.Type} to {target}");
    }

    /// <summary>Whether <paramref name="syntax"/> is an integer literal (or its negation) outside <paramref name="target"/>'s range.</summary>
    private static bool IsConstantOutOfRange(ExpressionSyntax syntax, CsType target) =>
        IntegerLiteral(syntax) is { Value: var n } && !Fits(n, target.Kind);

    /// <summary>A cast the C wrote says the type as the C did: <c>(ULONG)x</c> where the unit has that alias.</summary>
    private Emitted CastValue(CCast cast)
    {
        var value = ConvertedValue(cast);
        if (cast.IsImplicit || cast.Type.TypedefName is null || value.Syntax is not CastExpressionSyntax written
            || written.Type.ToString() != value.Type.Name || value.Type != CsTypes.Of(cast.Type))
            return value;
        return value with { Syntax = written.WithType(WrittenTypes.Of(cast.Type, Context.Function.Unit)) };
    }

    private Emitted ConvertedValue(CCast cast)
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
            case CCastKind.PointerCast when InPlace && target.IsPointer && CsTypes.Of(cast.Operand.Type) is { IsPointer: true } source && source != target:
                return PointerAt(GuestAddress(cast.Operand), target);
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

    private Emitted NullPointer(CsType target) =>
        new(InPlace && target.IsPointer ? Default(target.Name) : Member(Type(target.Name), "Null"), target);

    public static bool IsNullPointerConstant(CExpr e) => e switch
    {
        CIntLiteral { Value: 0 } => true,
        CCast { Kind: CCastKind.NullToPointer } => true,
        CCast { Kind: CCastKind.PointerCast or CCastKind.IntegralToPointer or CCastKind.NoOp } cast => IsNullPointerConstant(cast.Operand),
        _ => false,
    };
}
