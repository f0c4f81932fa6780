using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Decides every parenthesis in one place: generators build expression trees without them, and
/// <see cref="CsPrinter"/> asks here, for each expression, whether it goes in parentheses where it stands: exactly
/// where C#'s precedence and associativity require them (C's precedence is not C#'s), plus a few that keep the text
/// unambiguous to C#'s parser (<c>f(a &lt; b, c &gt; (d))</c>, <c>- -x</c>, casts of negatives) or make mixed
/// operators read as meant (<c>a || (b &amp;&amp; c)</c>, <c>(a + b) &amp; m</c>).
/// </summary>
internal static class Parentheses
{
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
        Switch = 12,
        Unary = 13,
        Primary = 14,
    }

    /// <summary>Whether <paramref name="e"/> needs parentheses in its parent.</summary>
    public static bool Needed(ExpressionSyntax e) => e.Parent switch
    {
        BinaryExpressionSyntax binary => InBinary(e, binary),
        AssignmentExpressionSyntax assignment => assignment.Left == e && Of(e) < Level.Unary,
        ConditionalExpressionSyntax => Of(e) <= Level.Conditional,
        SwitchExpressionSyntax choice => choice.GoverningExpression == e && Of(e) < Level.Unary,
        // "- -x" and "+ +x" must not become "--x"/"++x".
        PrefixUnaryExpressionSyntax outer => Of(e) < Level.Unary
            || e is PrefixUnaryExpressionSyntax inner && inner.OperatorToken.Text[0] == outer.OperatorToken.Text[0],
        PostfixUnaryExpressionSyntax => Of(e) < Level.Primary,
        // A cast of a negative or of another cast reads badly unparenthesized, and (T)-x parses as a subtraction.
        CastExpressionSyntax cast => cast.Expression == e && (Of(e) < Level.Unary || e is PrefixUnaryExpressionSyntax or CastExpressionSyntax),
        // A negative literal as receiver: (-1).ToString(); any non-primary expression needs parentheses.
        MemberAccessExpressionSyntax access => access.Expression == e
            && (Of(e) < Level.Primary || e is LiteralExpressionSyntax { Token.Text: ['-', ..] }),
        InvocationExpressionSyntax or ElementAccessExpressionSyntax => Of(e) < Level.Primary,
        ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax or ElementAccessExpressionSyntax } => ReadsAsGeneric(e),
        _ => false,
    };

    private static bool InBinary(ExpressionSyntax e, BinaryExpressionSyntax binary)
    {
        var level = Of(binary);
        var own = Of(e);
        if (binary.Left == e ? own < level : own <= level)
            return true;
        // Mixing && with || or bitwise operators parses as intended but reads badly: make it explicit.
        if (level == Level.LogicalOr && own == Level.LogicalAnd)
            return true;
        return level is >= Level.BitOr and <= Level.BitAnd or Level.Shift && own is > Level.Relational and < Level.Unary && own != level;
    }

    /// <summary>Comparisons with &lt; or &gt; in an argument list could read as generic arguments.</summary>
    private static bool ReadsAsGeneric(ExpressionSyntax e) =>
        e is BinaryExpressionSyntax b && b.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.GreaterThanExpression
            or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.RightShiftExpression;

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
        SwitchExpressionSyntax => Level.Switch,
        PrefixUnaryExpressionSyntax or CastExpressionSyntax => Level.Unary,
        _ => Level.Primary,
    };
}
