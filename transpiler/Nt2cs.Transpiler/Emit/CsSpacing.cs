using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Spacing within a line of printed C#, decided for each pair of neighbouring tokens from their kinds and the
/// nodes they belong to: spaces around binary operators and after commas and keywords, none inside parentheses
/// and brackets, around member access, after a cast or a unary operator, or inside type argument lists.
/// </summary>
internal static class CsSpacing
{
    /// <summary>Whether one space separates two tokens on a line.</summary>
    public static bool SpaceBetween(SyntaxToken left, SyntaxToken right)
    {
        var l = left.Kind();
        var r = right.Kind();
        if (r is SyntaxKind.SemicolonToken or SyntaxKind.CommaToken or SyntaxKind.DotToken or SyntaxKind.CloseParenToken
            or SyntaxKind.CloseBracketToken or SyntaxKind.ColonColonToken)
            return false;
        if (l is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.DotToken or SyntaxKind.ExclamationToken
            or SyntaxKind.TildeToken or SyntaxKind.ColonColonToken)
            return false;
        if (l == SyntaxKind.CommaToken)
            return true;
        if (IsUnaryPrefix(left) || IsUnaryPostfix(right))
            return false;
        if (r == SyntaxKind.ColonToken && right.Parent is SwitchLabelSyntax or LabeledStatementSyntax or NameColonSyntax or AttributeTargetSpecifierSyntax)
            return false;
        if (r == SyntaxKind.QuestionToken && right.Parent is NullableTypeSyntax)
            return false;
        if (IsAngle(left))
            return l == SyntaxKind.GreaterThanToken && !(r is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.GreaterThanToken);
        if (IsAngle(right))
            return false;
        if (l == SyntaxKind.AsteriskToken && left.Parent is FunctionPointerTypeSyntax or PointerTypeSyntax)
            return false;
        if (r == SyntaxKind.AsteriskToken && right.Parent is FunctionPointerTypeSyntax or PointerTypeSyntax)
            return false;
        if (l == SyntaxKind.CloseParenToken)
            return !(left.Parent is CastExpressionSyntax || r is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken);
        if (r == SyntaxKind.OpenParenToken)
            return SyntaxFacts.IsKeywordKind(l) && l is not (SyntaxKind.NewKeyword or SyntaxKind.DefaultKeyword
                    or SyntaxKind.SizeOfKeyword or SyntaxKind.TypeOfKeyword or SyntaxKind.ThisKeyword or SyntaxKind.BaseKeyword
                    or SyntaxKind.CheckedKeyword or SyntaxKind.UncheckedKeyword)
                || l is SyntaxKind.WhenKeyword or SyntaxKind.EqualsGreaterThanToken || IsOperator(left);
        if (r == SyntaxKind.OpenBracketToken)
            return !(l is SyntaxKind.IdentifierToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseParenToken
                or SyntaxKind.ThisKeyword or SyntaxKind.GreaterThanToken || left.Parent is PredefinedTypeSyntax);
        return true;
    }

    /// <summary>The angle brackets of type argument and parameter lists (not comparisons or shifts).</summary>
    private static bool IsAngle(SyntaxToken token) =>
        token.Kind() is SyntaxKind.LessThanToken or SyntaxKind.GreaterThanToken
        && token.Parent is TypeArgumentListSyntax or TypeParameterListSyntax or FunctionPointerParameterListSyntax;

    private static bool IsUnaryPrefix(SyntaxToken token) =>
        token.Parent is PrefixUnaryExpressionSyntax prefix && prefix.OperatorToken == token;

    private static bool IsUnaryPostfix(SyntaxToken token) =>
        token.Parent is PostfixUnaryExpressionSyntax postfix && postfix.OperatorToken == token;

    /// <summary>A binary, assignment or conditional operator: set off by spaces.</summary>
    private static bool IsOperator(SyntaxToken token) =>
        token.Parent is BinaryExpressionSyntax or AssignmentExpressionSyntax or ConditionalExpressionSyntax
            or EqualsValueClauseSyntax or ArrowExpressionClauseSyntax or NameEqualsSyntax;
}
