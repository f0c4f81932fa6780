using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

// Conditions: C's controlling expressions and comparisons as C# bools.
internal sealed partial class ExpressionGenerator
{
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
        if (InPlace && e.Type.IsPointer && !e.Type.IsFunctionPointer)
            return Binary(SyntaxKind.NotEqualsExpression, GuestAddress(e), Int(0));
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
        if (InPlace && operandType.IsPointer && !operandType.IsFunctionPointer)
            return Binary(kind, GuestAddress(comparison.Left), IsNullPointerConstant(comparison.Right) ? Int(0) : GuestAddress(comparison.Right));
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
}
