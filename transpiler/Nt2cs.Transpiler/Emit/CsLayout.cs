using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>What comes between the last token printed and the next one, at least.</summary>
internal enum Break
{
    None,
    Line,
    BlankLine,
}

/// <summary>
/// Where <see cref="CsPrinter"/> breaks lines, decided from a token's kind and the nodes around it: braces on lines
/// of their own (but not a one-line collection's or accessor list's), a line after a statement, a label or an
/// attribute list, a blank line after a block statement, a braced member or the last using directive.
/// (<see cref="CsSpacing"/> decides the spaces within a line.)
/// </summary>
internal static class CsLayout
{
    /// <summary>The break a token asks for after it; null when it leaves the pending one as it is.</summary>
    public static Break? After(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.OpenBraceToken when OnOwnLine(token) => Break.Line,
        // A statement after a block statement is set off by a blank line (members are, by the printer).
        SyntaxKind.CloseBraceToken when OnOwnLine(token) =>
            token.Parent is BlockSyntax { Parent: StatementSyntax or CatchClauseSyntax or FinallyClauseSyntax or ElseClauseSyntax or SwitchSectionSyntax }
                or SwitchStatementSyntax ? Break.BlankLine : Break.Line,
        SyntaxKind.CloseBraceToken when token.Parent is AccessorListSyntax => Break.Line,
        SyntaxKind.SemicolonToken when token.Parent is not (ForStatementSyntax or AccessorDeclarationSyntax) =>
            token.Parent is UsingDirectiveSyntax u && (u.Parent is CompilationUnitSyntax unit && unit.Usings.Last() == u && unit.Members.Count > 0
                || u.Parent is BaseNamespaceDeclarationSyntax space && space.Usings.Last() == u && space.Members.Count > 0) ? Break.BlankLine : Break.Line,
        SyntaxKind.CommaToken when token.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression } or SwitchExpressionSyntax => Break.Line,
        SyntaxKind.ColonToken when token.Parent is SwitchLabelSyntax or LabeledStatementSyntax => Break.Line,
        SyntaxKind.CloseBracketToken when token.Parent is AttributeListSyntax { Parent: not AccessorDeclarationSyntax } =>
            token.Parent.Parent is CompilationUnitSyntax ? Break.BlankLine : Break.Line,
        _ => null,
    };

    /// <summary>The abstract syntax classes the printer asks about, by a node's kind: each kind has one class, so
    /// the answer is a table look-up after the first node of a kind (a type test walks the class hierarchy).</summary>
    [Flags]
    internal enum Class : byte
    {
        Known = 1,
        Statement = 2,
        Expression = 4,
        Member = 8,
    }

    private static readonly Class[] s_classes = new Class[ushort.MaxValue + 1];

    public static bool Is(SyntaxNode node, Class what)
    {
        var known = s_classes[(ushort)node.RawKind];
        if (known == 0)
        {
            // Written by any thread that gets here first, always the same value.
            known = Class.Known | (node is StatementSyntax ? Class.Statement : 0) | (node is ExpressionSyntax ? Class.Expression : 0)
                | (node is MemberDeclarationSyntax ? Class.Member : 0);
            s_classes[(ushort)node.RawKind] = known;
        }
        return (known & what) != 0;
    }

    /// <summary>A member whose body is a block of braces: a method, a type, an extension block.</summary>
    public static bool Braced(SyntaxNode member) => member is BaseMethodDeclarationSyntax { Body: not null }
        or BaseTypeDeclarationSyntax or ExtensionBlockDeclarationSyntax or NamespaceDeclarationSyntax || member is IncompleteMemberSyntax && member.HasAnnotations(CsPrinter.SpliceAnnotation);

    /// <summary>Braces that get lines of their own: every brace but those of a one-line collection or accessor list.</summary>
    public static bool OnOwnLine(SyntaxToken brace) => brace.Parent is not (AccessorListSyntax or SwitchExpressionSyntax { Arms.Count: 1 })
        && (brace.Parent is not InitializerExpressionSyntax initializer || initializer.IsKind(SyntaxKind.ObjectInitializerExpression));

    /// <summary>Tokens that begin a line of their own after what precedes them.</summary>
    public static bool StartsLine(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.OpenBraceToken => OnOwnLine(token),
        SyntaxKind.WhereKeyword => token.Parent is TypeParameterConstraintClauseSyntax,
        _ => false,
    };

    /// <summary>After a block or a braced member, another statement or member is set off by a blank line.</summary>
    public static bool BlankLineBefore(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.CloseBraceToken or SyntaxKind.ElseKeyword or SyntaxKind.CatchKeyword or SyntaxKind.FinallyKeyword => false,
        SyntaxKind.WhileKeyword => token.Parent is not DoStatementSyntax,
        _ => true,
    };
}
