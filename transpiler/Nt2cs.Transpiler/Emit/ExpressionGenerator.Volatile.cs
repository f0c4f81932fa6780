using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

// Volatile objects in guest memory: every read and write is one ordered access of the object's width through
// VolatileMemory (a device register sees exactly the accesses the C makes; a ref into memory could be read once
// and kept by the JIT, and cannot reach a device at all). A volatile local the C never takes the address of is a
// C# local: nothing else can see it.
internal sealed partial class ExpressionGenerator
{
    private const string VolatileAccess = "VolatileMemory";

    /// <summary>A scalar lvalue of volatile-qualified type that lives in guest memory.</summary>
    private static bool IsVolatileMemory(CExpr e) => e.Type is { IsVolatile: true, IsScalar: true } && !IsBitField(e) && e switch
    {
        CUnary { Op: CUnaryOp.Deref } or CIndex or CMember => true,
        CDeclRef { Decl: CVarDecl variable } => (variable.Canonical ?? variable) is { HasStaticDuration: true } or { InMemory: true },
        _ => false,
    };

    private Emitted VolatileRead(CExpr e) => (InPlace ? InPlaceVolatileRead(e) : null)
        ?? new(Call(Member(VolatileAccess, "Read"), Address(e).Syntax), CsTypes.Of(e.Type));

    private Emitted VolatileWrite(CExpr target, ExpressionSyntax value)
    {
        var type = CsTypes.Of(target.Type);
        return new(Call(GenericMember(Name(VolatileAccess), "Write", type.Name), Address(target).Syntax, value), type);
    }

    /// <summary><c>v = x</c> and <c>v op= x</c>: a compound assignment is one read and one write.</summary>
    private Emitted VolatileAssign(CAssign assign, CsType type)
    {
        if (assign.Op is not { } op)
            return VolatileWrite(assign.Target, Implicit(assign.Value, type));
        RequireSimpleVolatile(assign.Target, assign.Location);
        if (assign.Target.Type is CIntType { Kind: CIntKind.Bool })
            throw TranslationException.Unsupported(assign.Location, "compound assignment to a volatile _Bool in memory");
        var current = VolatileRead(assign.Target);
        if (assign.Target.Type.IsPointer)
            return VolatileWrite(assign.Target, Binary(ArithmeticKind(op), current.Syntax, Index(assign.Value)));
        return VolatileWrite(assign.Target, CompoundResult(assign, current, type));
    }

    /// <summary><c>++v</c> writes and gives the new value; <c>v++</c> gives the old one from its single read.</summary>
    private Emitted VolatileIncrementDecrement(CUnary unary)
    {
        var operand = unary.Operand;
        RequireSimpleVolatile(operand, unary.Location);
        if (operand.Type.IsPointer || operand.Type is CIntType { Kind: CIntKind.Bool })
            throw TranslationException.Unsupported(unary.Location, $"++ or -- of a volatile {operand.Type} in memory");
        var type = CsTypes.Of(operand.Type);
        bool increment = unary.Op is CUnaryOp.PreInc or CUnaryOp.PostInc;
        if (unary.Op is CUnaryOp.PostInc or CUnaryOp.PostDec)
            return new Emitted(Call(Member(VolatileAccess, increment ? "PostIncrement" : "PostDecrement"), Address(operand).Syntax), type);
        var kind = increment ? SyntaxKind.AddExpression : SyntaxKind.SubtractExpression;
        var next = Exact(new Emitted(Binary(kind, VolatileRead(operand).Syntax, Int(1)), CsTypes.BinaryPromotion(type, CsType.Int) ?? CsType.Int), type);
        return VolatileWrite(operand, next.Syntax);
    }

    /// <summary>A read-modify-write computes the object's address twice: that must not repeat side effects.</summary>
    private static void RequireSimpleVolatile(CExpr lvalue, SourceLoc location)
    {
        if (HasSideEffects(lvalue))
            throw TranslationException.Unsupported(location, "read-modify-write of a volatile object whose address has side effects");
    }
}
