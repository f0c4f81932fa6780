using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Every generated statement starts with a <c>#line</c> directive to its C source; in document order, a directive
/// that repeats the one before it changes nothing, so it is removed to keep the output readable.
/// </summary>
internal sealed class RemoveRedundantLineDirectives : CSharpSyntaxRewriter
{
    private string? _current;

    private RemoveRedundantLineDirectives() : base(visitIntoStructuredTrivia: false)
    {
    }

    public static T Run<T>(T node) where T : SyntaxNode => (T)new RemoveRedundantLineDirectives().Visit(node);

    public override SyntaxToken VisitToken(SyntaxToken token)
    {
        if (!token.HasLeadingTrivia || !token.LeadingTrivia.Any(t => t.IsKind(SyntaxKind.LineDirectiveTrivia)))
            return token;
        var kept = new List<SyntaxTrivia>();
        foreach (var trivia in token.LeadingTrivia)
        {
            if (trivia.GetStructure() is LineDirectiveTriviaSyntax directive)
            {
                var text = $"{directive.Line.Text} {directive.File.Text}";
                if (text == _current)
                    continue;
                _current = text;
            }
            kept.Add(trivia);
        }
        return token.WithLeadingTrivia(kept);
    }
}
