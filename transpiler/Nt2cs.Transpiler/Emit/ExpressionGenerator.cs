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
/// <remarks>One file per concern: operators (here), pointer arithmetic, conversions, conditions, lvalues and addresses, assignments,
/// calls, bitfields, literals, volatile accesses, accesses written in place.</remarks>
internal sealed partial class ExpressionGenerator(FunctionContext? context, CImage image)
{
    private readonly FunctionContext? _context = context;
    private readonly CImage _image = image;

    private FunctionContext Context => _context ?? throw new InvalidOperationException("expression outside a function");

    public Emitted Value(CExpr e)
    {
        if (e.Type is CRecordType or CArrayType)
            return Address(e);
        if (IsVolatileMemory(e))
            return VolatileRead(e);
        switch (e)
        {
            case CIntLiteral literal: return IntLiteral(literal);
            case CFloatLiteral literal: return FloatLiteral(literal);
            case CDeclRef reference: return new Emitted(Variable(reference), CsTypes.Of(e.Type));
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
        if (IsVolatileMemory(unary.Operand))
            return VolatileIncrementDecrement(unary);
        if (InPlace && unary.Operand.Type is CPointerType { Pointee: not CFunctionType } && !HasSideEffects(unary.Operand))
            return InPlacePointerStep(unary);
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
                var left = Effects(binary.Left)
                    ?? throw TranslationException.Unsupported(binary.Location, "comma operator with a void left operand inside an expression");
                var right = Value(binary.Right);
                return new Emitted(Sequence(left.Syntax, right.Syntax), right.Type);
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
    /// A comma's left operand, evaluated only for its effects, as a value <c>Comma</c> can take: <c>(void)</c> casts
    /// only discard the value Comma discards anyway (<c>(void)(a = f()), (void)(b = g()), a || b</c>), commas and
    /// conditionals of such parts nest, and a call of a void function gives 0 through <c>CallVoid</c>. Null when a
    /// part has no value at all (a void call through a function pointer, or with more arguments than CallVoid takes).
    /// </summary>
    private Emitted? Effects(CExpr expr)
    {
        while (expr is CCast { Kind: CCastKind.ToVoid } discarded)
            expr = discarded.Operand;
        switch (expr)
        {
            case CBinary { Op: CBinaryOp.Comma } comma:
                if (Effects(comma.Left) is not { } left || Effects(comma.Right) is not { } right)
                    return null;
                return new Emitted(Sequence(left.Syntax, right.Syntax), right.Type);
            case CConditional choice when choice.Type.IsVoid:
                // c ? f() : g() for its effects: each branch gives 0 after its own.
                if (Effects(choice.Then) is not { } then || Effects(choice.Else) is not { } @else)
                    return null;
                return new Emitted(Conditional(Condition(choice.Condition), Sequence(then.Syntax, Int(0)),
                    Sequence(@else.Syntax, Int(0))), CsType.Int);
            case CCall call when call.Type.IsVoid:
                return VoidCallValue(call);
            default:
                return Value(expr);
        }
    }

    /// <summary>True when an expression evaluated for its effects has no C# value: a call of a void function, or a
    /// comma that contains one (<c>(save(ls), next(ls))</c>).</summary>
    public static bool HasNoValue(CExpr expr)
    {
        while (expr is CCast { Kind: CCastKind.ToVoid } discarded)
            expr = discarded.Operand;
        return expr is CBinary { Op: CBinaryOp.Comma } comma
            ? HasNoValue(comma.Left) || HasNoValue(comma.Right)
            : expr.Type.IsVoid;
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

    private Emitted VaArgValue(CVaArg vaArg)
    {
        var list = LValue(vaArg.List, Access.ReadWrite);
        if (vaArg.Type is CRecordType record)
            return new Emitted(Call(GenericMember(Name("Va"), "ArgStruct", CsTypes.PointeeName(record)), new[] { RefArgument(list) }), CsTypes.Of(record));
        var type = CsTypes.Of(vaArg.Type);
        return new Emitted(Call(GenericMember(Name("Va"), "Arg", type.Name), new[] { RefArgument(list) }), type);
    }
}
