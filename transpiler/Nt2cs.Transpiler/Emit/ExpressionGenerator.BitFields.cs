using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

// Bitfields: read through the generated getter (p.flags), stored through the setter on the write view
// (p.W.Set_flags(v)), which returns the value the field holds afterwards, as a C assignment's value is.
internal sealed partial class ExpressionGenerator
{
    private static bool IsBitField(CExpr e) => e is CMember { Field.IsBitField: true };

    private static string SetterName(CField field) => "Set_" + field.Name;

    /// <summary><c>s.f = v</c> ⇒ <c>s.W.Set_f(v)</c>.</summary>
    private Emitted BitFieldStore(CMember member, ExpressionSyntax value)
    {
        var type = CsTypes.Of(member.Type);
        var record = View(RecordAddress(member), Access.Write);
        return new Emitted(Call(Member(record, SetterName(member.Field)), value), type);
    }

    private Emitted BitFieldAssign(CAssign assign)
    {
        var member = (CMember)assign.Target;
        var type = CsTypes.Of(member.Type);
        if (assign.Op is null)
            return BitFieldStore(member, Implicit(assign.Value, type));
        RequireSimple(member, assign.Location);
        var op = assign.Op.Value;
        var current = new Emitted(LValue(member, Access.Read), type);
        ExpressionSyntax result;
        if (op is CBinaryOp.Shl or CBinaryOp.Shr)
        {
            var promoted = CsTypes.ShiftPromotion(type);
            result = Exact(new Emitted(Binary(ArithmeticKind(op), current.Syntax, ShiftCount(assign.Value)), promoted), type).Syntax;
        }
        else
        {
            var computation = CsTypes.Of(assign.ComputationType!);
            var left = CsTypes.BinaryPromotion(current.Type, computation) == computation ? current : Exact(current, computation);
            result = Exact(new Emitted(Binary(ArithmeticKind(op), left.Syntax, Exact(Value(assign.Value), computation).Syntax), computation), type).Syntax;
        }
        return BitFieldStore(member, result);
    }

    /// <summary><c>++s.f</c> stores and gives the new value; <c>s.f++</c> gives the old one: <c>First(s.f, s.W.Set_f(s.f + 1))</c>.</summary>
    private Emitted BitFieldIncrement(CUnary unary)
    {
        var member = (CMember)unary.Operand;
        RequireSimple(member, unary.Location);
        var type = CsTypes.Of(member.Type);
        var current = LValue(member, Access.Read);
        var kind = unary.Op is CUnaryOp.PreInc or CUnaryOp.PostInc ? SyntaxKind.AddExpression : SyntaxKind.SubtractExpression;
        var next = Exact(new Emitted(Binary(kind, current, Int(1)), CsTypes.BinaryPromotion(type, CsType.Int) ?? CsType.Int), type).Syntax;
        var store = BitFieldStore(member, next);
        if (unary.Op is CUnaryOp.PreInc or CUnaryOp.PreDec)
            return store;
        return new Emitted(Call(Name("First"), current, store.Syntax), type);
    }

    /// <summary>A read-modify-write reads the struct's address twice: that must not repeat side effects.</summary>
    private static void RequireSimple(CMember member, SourceLoc location)
    {
        if (HasSideEffects(member.Base))
            throw TranslationException.Unsupported(location, $"compound assignment to bitfield '{member.Field.Name}' of an lvalue with side effects");
    }
}
