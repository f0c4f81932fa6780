using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Decides every parenthesis in one place, after emission: generators build expression trees without them, and
/// this pass adds exactly those C#'s precedence and associativity require (C's precedence is not C#'s), plus a few
/// that keep the text unambiguous to C#'s parser (<c>f(a &lt; b, c &gt; (d))</c>, <c>- -x</c>, casts of negatives).
/// </summary>
internal sealed class InsertParentheses : CSharpSyntaxRewriter
{
    public static T Run<T>(T node) where T : SyntaxNode => (T)new InsertParentheses().Visit(node);

    private enum Level
    {
        Assignment = 0,
        Conditional = 1,
        LogicalOr = 2,
        LogicalAnd = 3,
        BitOr = 4,
        BitXor = 5,
        BitAnd = 6,
        Equality = 7,
        Relational = 8,
        Shift = 9,
        Additive = 10,
        Multiplicative = 11,
        Unary = 13,
        Primary = 14,
    }

    private static Level Of(ExpressionSyntax e) => e switch
    {
        AssignmentExpressionSyntax or LambdaExpressionSyntax or RefExpressionSyntax => Level.Assignment,
        ConditionalExpressionSyntax => Level.Conditional,
        BinaryExpressionSyntax b => b.Kind() switch
        {
            SyntaxKind.LogicalOrExpression => Level.LogicalOr,
            SyntaxKind.LogicalAndExpression => Level.LogicalAnd,
            SyntaxKind.BitwiseOrExpression => Level.BitOr,
            SyntaxKind.ExclusiveOrExpression => Level.BitXor,
            SyntaxKind.BitwiseAndExpression => Level.BitAnd,
            SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression => Level.Equality,
            SyntaxKind.LessThanExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.LessThanOrEqualExpression
                or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.IsExpression or SyntaxKind.AsExpression => Level.Relational,
            SyntaxKind.LeftShiftExpression or SyntaxKind.RightShiftExpression or SyntaxKind.UnsignedRightShiftExpression => Level.Shift,
            SyntaxKind.AddExpression or SyntaxKind.SubtractExpression => Level.Additive,
            _ => Level.Multiplicative,
        },
        PrefixUnaryExpressionSyntax or CastExpressionSyntax => Level.Unary,
        _ => Level.Primary,
    };

    private static ExpressionSyntax Wrap(ExpressionSyntax e) =>
        ParenthesizedExpression(e.WithoutTrivia()).WithTriviaFrom(e);

    private static ExpressionSyntax AtLeast(ExpressionSyntax e, Level level) => Of(e) < level ? Wrap(e) : e;

    private static ExpressionSyntax Above(ExpressionSyntax e, Level level) => Of(e) <= level ? Wrap(e) : e;

    public override SyntaxNode? VisitBinaryExpression(BinaryExpressionSyntax node)
    {
        var visited = (BinaryExpressionSyntax)base.VisitBinaryExpression(node)!;
        var level = Of(visited);
        var left = AtLeast(visited.Left, level);
        var right = Above(visited.Right, level);
        // Mixing && with || or bitwise operators parses as intended but reads badly: make it explicit.
        if (level is Level.LogicalOr && Of(left) == Level.LogicalAnd) left = Wrap(left);
        if (level is Level.LogicalOr && Of(right) == Level.LogicalAnd) right = Wrap(right);
        if (level is >= Level.BitOr and <= Level.BitAnd || level == Level.Shift)
        {
            if (Of(left) is > Level.Relational and < Level.Unary && Of(left) != level) left = Wrap(left);
            if (Of(right) is > Level.Relational and < Level.Unary && Of(right) != level) right = Wrap(right);
        }
        return visited.WithLeft(left).WithRight(right);
    }

    public override SyntaxNode? VisitAssignmentExpression(AssignmentExpressionSyntax node)
    {
        var visited = (AssignmentExpressionSyntax)base.VisitAssignmentExpression(node)!;
        return visited.WithLeft(AtLeast(visited.Left, Level.Unary)).WithRight(AtLeast(visited.Right, Level.Assignment));
    }

    public override SyntaxNode? VisitConditionalExpression(ConditionalExpressionSyntax node)
    {
        var visited = (ConditionalExpressionSyntax)base.VisitConditionalExpression(node)!;
        return visited.WithCondition(Above(visited.Condition, Level.Conditional))
            .WithWhenTrue(Above(visited.WhenTrue, Level.Conditional))
            .WithWhenFalse(Above(visited.WhenFalse, Level.Conditional));
    }

    public override SyntaxNode? VisitPrefixUnaryExpression(PrefixUnaryExpressionSyntax node)
    {
        var visited = (PrefixUnaryExpressionSyntax)base.VisitPrefixUnaryExpression(node)!;
        var operand = AtLeast(visited.Operand, Level.Unary);
        // "- -x" and "+ +x" must not become "--x"/"++x"; a negative literal under minus reads better in parentheses.
        if (operand is PrefixUnaryExpressionSyntax inner && inner.OperatorToken.Text[0] == visited.OperatorToken.Text[0])
            operand = Wrap(operand);
        return visited.WithOperand(operand);
    }

    public override SyntaxNode? VisitPostfixUnaryExpression(PostfixUnaryExpressionSyntax node)
    {
        var visited = (PostfixUnaryExpressionSyntax)base.VisitPostfixUnaryExpression(node)!;
        return visited.WithOperand(AtLeast(visited.Operand, Level.Primary));
    }

    public override SyntaxNode? VisitCastExpression(CastExpressionSyntax node)
    {
        var visited = (CastExpressionSyntax)base.VisitCastExpression(node)!;
        var operand = AtLeast(visited.Expression, Level.Unary);
        if (operand is PrefixUnaryExpressionSyntax or CastExpressionSyntax)
            operand = Wrap(operand);
        return visited.WithExpression(operand);
    }

    public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
    {
        var visited = (MemberAccessExpressionSyntax)base.VisitMemberAccessExpression(node)!;
        var receiver = visited.Expression;
        // A negative literal as receiver: (-1).ToString(); any non-primary expression needs parentheses.
        if (Of(receiver) < Level.Primary || receiver is LiteralExpressionSyntax { Token.Text: ['-', ..] })
            receiver = Wrap(receiver);
        return visited.WithExpression(receiver);
    }

    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        var visited = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
        var callee = AtLeast(visited.Expression, Level.Primary);
        var arguments = visited.ArgumentList.Arguments.Select(a => a.WithExpression(ArgumentOperand(a.Expression)));
        return visited.WithExpression(callee).WithArgumentList(visited.ArgumentList.WithArguments(SeparatedList(arguments)));
    }

    public override SyntaxNode? VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        var visited = (ElementAccessExpressionSyntax)base.VisitElementAccessExpression(node)!;
        var arguments = visited.ArgumentList.Arguments.Select(a => a.WithExpression(ArgumentOperand(a.Expression)));
        return visited.WithExpression(AtLeast(visited.Expression, Level.Primary))
            .WithArgumentList(visited.ArgumentList.WithArguments(SeparatedList(arguments)));
    }

    /// <summary>Comparisons with &lt; or &gt; in an argument list could read as generic arguments: parenthesize them.</summary>
    private static ExpressionSyntax ArgumentOperand(ExpressionSyntax e) =>
        e is BinaryExpressionSyntax b && b.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.GreaterThanExpression
            or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.RightShiftExpression
            ? Wrap(e)
            : e;
}
