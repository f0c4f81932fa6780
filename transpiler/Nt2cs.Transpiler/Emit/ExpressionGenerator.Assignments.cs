using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

// Assignment: stores through the write view, compound assignments computed in C's type where C# would compute in
// another, _Bool results normalised to 0 or 1.
internal sealed partial class ExpressionGenerator
{
    private Emitted AssignValue(CAssign assign)
    {
        var targetType = assign.Target.Type;
        if (targetType is CRecordType)
        {
            var destination = Address(assign.Target);
            return new Emitted(Call(Member(destination.Syntax, "Assign"), Value(assign.Value).Syntax), destination.Type);
        }
        if (IsBitField(assign.Target))
            return BitFieldAssign(assign);
        var type = CsTypes.Of(targetType);
        if (IsVolatileMemory(assign.Target))
            return VolatileAssign(assign, type);
        if (assign.Op is null)
            return new Emitted(Assign(LValue(assign.Target, Access.Write), Implicit(assign.Value, type)), type);
        return CompoundAssign(assign, type);
    }

    /// <summary>
    /// <c>x op= y</c>: the C# operator when it computes in the same type as C; otherwise
    /// <c>x = (T)(x op y)</c> in C's computation type, reading and writing the lvalue separately.
    /// </summary>
    private Emitted CompoundAssign(CAssign assign, CsType type)
    {
        var op = assign.Op!.Value;
        var kind = op switch
        {
            CBinaryOp.Add => SyntaxKind.AddAssignmentExpression,
            CBinaryOp.Sub => SyntaxKind.SubtractAssignmentExpression,
            CBinaryOp.Mul => SyntaxKind.MultiplyAssignmentExpression,
            CBinaryOp.Div => SyntaxKind.DivideAssignmentExpression,
            CBinaryOp.Rem => SyntaxKind.ModuloAssignmentExpression,
            CBinaryOp.Shl => SyntaxKind.LeftShiftAssignmentExpression,
            CBinaryOp.Shr => SyntaxKind.RightShiftAssignmentExpression,
            CBinaryOp.BitAnd => SyntaxKind.AndAssignmentExpression,
            CBinaryOp.BitXor => SyntaxKind.ExclusiveOrAssignmentExpression,
            _ => SyntaxKind.OrAssignmentExpression,
        };
        if (InPlace && assign.Target.Type.IsPointer && op is CBinaryOp.Add or CBinaryOp.Sub && !HasSideEffects(assign.Target))
            return InPlacePointerAssign(assign, type);
        if (assign.Target.Type.IsPointer)
            return new Emitted(Assign(LValue(assign.Target, Access.ReadWrite), Index(assign.Value), kind), type);
        if (assign.Target.Type is CIntType { Kind: CIntKind.Bool })
            return BooleanCompoundAssign(assign, op);
        if (op is CBinaryOp.Shl or CBinaryOp.Shr)
        {
            if (CsTypes.ShiftPromotion(type) == type)
                return new Emitted(Assign(LValue(assign.Target, Access.ReadWrite), ShiftCount(assign.Value), kind), type);
        }
        else
        {
            var computation = CsTypes.Of(assign.ComputationType ?? assign.Target.Type);
            if (computation == type)
                return new Emitted(Assign(LValue(assign.Target, Access.ReadWrite), Exact(Value(assign.Value), type).Syntax, kind), type);
        }
        if (HasSideEffects(assign.Target))
            return NarrowingThroughReference(assign, type);
        // x = (T)(x op y), with x read through the read view and stored through the write view.
        var current = new Emitted(LValue(assign.Target, Access.Read), type);
        return new Emitted(Assign(LValue(assign.Target, Access.Write), CompoundResult(assign, current, type)), type);
    }

    /// <summary>
    /// <c>get()-&gt;c op= y</c> that narrows: the lvalue, whose address has side effects, is passed once by reference
    /// to a <see cref="Nt2cs.Runtime.Compound"/> helper that computes in C's type and stores the truncated result.
    /// </summary>
    private Emitted NarrowingThroughReference(CAssign assign, CsType type)
    {
        var op = assign.Op!.Value;
        bool shift = op is CBinaryOp.Shl or CBinaryOp.Shr;
        var computation = shift ? CsTypes.ShiftPromotion(type) : CsTypes.Of(assign.ComputationType!);
        if (assign.Target is CDeclRef || !type.IsIntegral || !computation.IsIntegral)
            throw TranslationException.Unsupported(assign.Location, "compound assignment that narrows, to an lvalue with side effects");
        var helper = op switch
        {
            CBinaryOp.Add => "Add",
            CBinaryOp.Sub => "Subtract",
            CBinaryOp.Mul => "Multiply",
            CBinaryOp.Div => "Divide",
            CBinaryOp.Rem => "Remainder",
            CBinaryOp.BitAnd => "And",
            CBinaryOp.BitOr => "Or",
            CBinaryOp.BitXor => "Xor",
            CBinaryOp.Shl => "ShiftLeft",
            _ => "ShiftRight",
        };
        var value = shift ? ShiftCount(assign.Value) : Exact(Value(assign.Value), computation).Syntax;
        var call = Call(GenericMember(Name("Compound"), helper, type.Name, computation.Name),
            new[] { RefArgument(LValue(assign.Target, Access.ReadWrite)), SyntaxFactory.Argument(value) });
        return new Emitted(call, type);
    }

    /// <summary><c>(T)(x op y)</c> in C's computation type, <paramref name="current"/> being x's value.</summary>
    private ExpressionSyntax CompoundResult(CAssign assign, Emitted current, CsType type)
    {
        var op = assign.Op!.Value;
        if (op is CBinaryOp.Shl or CBinaryOp.Shr)
        {
            var promoted = CsTypes.ShiftPromotion(type);
            return Exact(new Emitted(Binary(ArithmeticKind(op), current.Syntax, ShiftCount(assign.Value)), promoted), type).Syntax;
        }
        var computation = CsTypes.Of(assign.ComputationType!);
        var right = Exact(Value(assign.Value), computation);
        var left = CsTypes.BinaryPromotion(current.Type, computation) == computation ? current : Exact(current, computation);
        return Exact(new Emitted(Binary(ArithmeticKind(op), left.Syntax, right.Syntax), computation), type).Syntax;
    }

    /// <summary><c>b op= y</c> on a _Bool: the result converts to 0 or 1 by comparing with zero.</summary>
    private Emitted BooleanCompoundAssign(CAssign assign, CBinaryOp op)
    {
        if (HasSideEffects(assign.Target))
            throw TranslationException.Unsupported(assign.Location, "compound assignment to a _Bool lvalue with side effects");
        var computation = CsTypes.Of(assign.ComputationType!);
        var current = Exact(new Emitted(LValue(assign.Target, Access.Read), CsType.Byte), computation);
        ExpressionSyntax result = op is CBinaryOp.Shl or CBinaryOp.Shr
            ? Binary(ArithmeticKind(op), current.Syntax, ShiftCount(assign.Value))
            : Binary(ArithmeticKind(op), current.Syntax, Exact(Value(assign.Value), computation).Syntax);
        var truth = Cast("byte", Conditional(Binary(SyntaxKind.NotEqualsExpression, result, Int(0)), Int(1), Int(0)));
        return new Emitted(Assign(LValue(assign.Target, Access.Write), truth), CsType.Byte);
    }

    /// <summary>Whether evaluating <paramref name="e"/> twice could differ from evaluating it once.</summary>
    public static bool HasSideEffects(CExpr e) => CTree.Expressions(e).Any(x => x is CAssign or CCall or CVaArg
        or CUnary { Op: CUnaryOp.PreInc or CUnaryOp.PreDec or CUnaryOp.PostInc or CUnaryOp.PostDec });
}
