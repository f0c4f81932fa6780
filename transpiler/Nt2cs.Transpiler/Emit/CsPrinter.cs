using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Writes a generated syntax tree as text in one pass over its tokens, laid out the way generated code always is:
/// four-space indentation, braces on lines of their own, one statement per line, a blank line after a block or a
/// member that ends in a brace, spaces around binary operators and after commas, a statement's <c>#line</c> (its
/// annotation, see <see cref="Syntax.WithLine"/>) at the start of the line before it, unless the lines since the
/// last one already map the statement to its C line (C# counts on from a directive, so consecutive C statements
/// need one). Generators build trees without whitespace; this is their only layout (Roslyn's
/// <c>NormalizeWhitespace</c> did the same job about ten times slower). Generators build expressions without
/// parentheses; the printer writes those <see cref="Parentheses"/> asks for. Printing never changes what the tree
/// means, which the tests check by parsing the text back.
/// </summary>
internal sealed class CsPrinter(StringBuilder text)
{
    private const int IndentWidth = 4;

    private static readonly SyntaxToken s_openParen = SyntaxFactory.Token(SyntaxKind.OpenParenToken);
    private static readonly SyntaxToken s_closeParen = SyntaxFactory.Token(SyntaxKind.CloseParenToken);

    private readonly StringBuilder _text = text;
    private int _indent;
    private Break _pending = Break.None;
    private SyntaxToken _previous;
    private bool _started;

    /// <summary>Line breaks written so far: the index of the line being written.</summary>
    private int _lines;

    private LineMapping _directive;

    /// <summary>The annotation of the member where <see cref="Print"/> writes the text spliced in.</summary>
    public const string SpliceAnnotation = "nt2cs-splice";

    /// <summary>Prints <paramref name="root"/> after <paramref name="prefix"/>, with <paramref name="splice"/> (members
    /// printed apart, their lines already indented, each ending in a line break) in place of the member annotated
    /// <see cref="SpliceAnnotation"/>, set off from each other and from their neighbours like members with a body.</summary>
    public static string Print(SyntaxNode root, IReadOnlyList<string>? splice = null, string prefix = "")
    {
        // Sized for the members spliced in: a builder grown chunk by chunk to megabytes is garbage many times over.
        long size = prefix.Length + 65536;
        foreach (var member in splice ?? [])
            size += member.Length + 1;
        var printer = new CsPrinter(new StringBuilder((int)Math.Min(size, Array.MaxLength))) { _splice = splice };
        printer._text.Append(prefix);
        printer.Visit(root);
        return printer._text.Append('\n').ToString();
    }

    private IReadOnlyList<string>? _splice;

    /// <summary>
    /// A member on its own, its lines indented <paramref name="indent"/> levels as inside its type; the typedef
    /// aliases it writes (<see cref="WrittenTypes.AliasAnnotation"/>) are added to <paramref name="aliases"/>, found
    /// on the way rather than by a search of the tree.
    /// </summary>
    public static string PrintMember(MemberDeclarationSyntax member, int indent, ISet<string>? aliases = null)
    {
        // Each thread prints member after member into one builder of its own, taken while in use.
        var text = t_memberText ?? new StringBuilder(1 << 14);
        t_memberText = null;
        var printer = new CsPrinter(text.Clear()) { _indent = indent, _pending = Break.Line, _aliases = aliases };
        printer.Visit(member);
        var printed = text.Append('\n').ToString();
        if (text.Capacity <= MemberTextKept)
            t_memberText = text;
        return printed;
    }

    /// <summary>The largest member builder a thread keeps for its next member (a huge function's is left to the GC).</summary>
    private const int MemberTextKept = 1 << 16;

    [ThreadStatic]
    private static StringBuilder? t_memberText;

    private ISet<string>? _aliases;

    private void Visit(SyntaxNode node)
    {
        if (!CsLayout.Is(node, CsLayout.Class.Statement))
        {
            VisitNode(node);
            return;
        }
        // A statement without a line of its own (one of several a C statement was lowered into) belongs to the
        // C line of the statement around it: the directive is repeated where the C# lines have drifted from it.
        string? own = Syntax.LineOf(node);
        string? line = own ?? (node is BlockSyntax ? null : _statementLine);
        if (line is not null)
            LineDirective(line);
        string? outer = _statementLine;
        _statementLine = own ?? _statementLine;
        VisitNode(node);
        _statementLine = outer;
    }

    /// <summary>The C line of the innermost statement being printed that has one.</summary>
    private string? _statementLine;

    private void VisitNode(SyntaxNode node)
    {
        switch (node)
        {
            case SwitchSectionSyntax section:
                // A section's statements go one level in from its labels; a block stays at the labels' level.
                foreach (var label in section.Labels)
                    Visit(label);
                foreach (var statement in section.Statements)
                {
                    int level = statement is BlockSyntax ? 0 : 1;
                    _indent += level;
                    Visit(statement);
                    _indent -= level;
                }
                return;
            case LabeledStatementSyntax labeled:
                // The statement a label marks goes under it, one level in; a block stays at the label's level.
                Token(labeled.Identifier);
                Token(labeled.ColonToken);
                int inset = labeled.Statement is BlockSyntax ? 0 : 1;
                _indent += inset;
                Visit(labeled.Statement);
                _indent -= inset;
                return;
            case SyntaxNode when CsLayout.Is(node, CsLayout.Class.Expression) && Parentheses.Needed(Unsafe.As<ExpressionSyntax>(node)):
                Token(s_openParen);
                VisitChildren(node);
                Token(s_closeParen);
                return;
            case TypeParameterConstraintClauseSyntax:
                _indent++;
                VisitChildren(node);
                _indent--;
                return;
        }
        VisitChildren(node);
    }

    private void VisitChildren(SyntaxNode node)
    {
        SyntaxNode? previousMember = null;
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is not { } inner)
            {
                Token(child.AsToken());
                continue;
            }
            // Kinds first: asking a node for its own annotations is a look-up in Roslyn's process-wide table.
            int kind = inner.RawKind;
            if (_aliases is not null && kind == (int)SyntaxKind.IdentifierName && inner.ContainsAnnotations && inner.HasAnnotations(WrittenTypes.AliasAnnotation))
                _aliases.Add(((IdentifierNameSyntax)inner).Identifier.Text);
            if (kind == (int)SyntaxKind.IncompleteMember && inner.HasAnnotations(SpliceAnnotation))
            {
                if (_splice is not { Count: > 0 })
                    continue;
                if (previousMember is not null)
                    Require(Break.BlankLine);
                if (_started)
                    WriteBreak();
                for (int i = 0; i < _splice.Count; i++)
                {
                    // Members are set off by blank lines; the last one's line break is the printer's to write.
                    var member = i < _splice.Count - 1 ? _splice[i].AsSpan() : _splice[i].AsSpan().TrimEnd('\n');
                    _text.Append(member);
                    _lines += member.Count('\n');
                    if (i < _splice.Count - 1)
                    {
                        _text.Append('\n');
                        _lines++;
                    }
                }
                _directive = default;
                _started = true;
                _pending = Break.None;
                previousMember = inner;
                continue;
            }
            if (CsLayout.Is(inner, CsLayout.Class.Member))
            {
                // A member with a body of braces is set off from its neighbours by blank lines.
                if (previousMember is not null && (CsLayout.Braced(inner) || CsLayout.Braced(previousMember)))
                    Require(Break.BlankLine);
                previousMember = inner;
            }
            Visit(inner);
        }
    }

    private void Token(SyntaxToken token)
    {
        if (token.IsKind(SyntaxKind.EndOfFileToken) || token.IsMissing)
            return;
        var kind = token.Kind();
        // What follows a closing brace decides how it is set off: punctuation stays on the brace's line (the end of
        // an initializer), some keywords start the next line, any other statement or member comes after a blank one.
        if (_previous.IsKind(SyntaxKind.CloseBraceToken) && kind is SyntaxKind.SemicolonToken or SyntaxKind.CommaToken
                or SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken)
            _pending = Break.None;
        else if (_pending == Break.BlankLine && !CsLayout.BlankLineBefore(token))
            _pending = Break.Line;
        if (kind == SyntaxKind.CloseBraceToken && CsLayout.OnOwnLine(token))
        {
            _indent--;
            Require(Break.Line);
        }
        else if (_started && _pending == Break.None && CsLayout.StartsLine(token))
        {
            _pending = Break.Line;
        }
        LeadingTrivia(token);
        if (_pending != Break.None)
            NewLine();
        else if (_started && CsSpacing.SpaceBetween(_previous, token))
            _text.Append(' ');
        _text.Append(token.Text);
        _started = true;
        _previous = token;
        AfterToken(token);
    }

    /// <summary>Comments on their own lines at the current indentation.</summary>
    private void LeadingTrivia(SyntaxToken token)
    {
        // Generated tokens mostly carry only elastic markers, which take no text: a comment does.
        if (token.SpanStart == token.FullSpan.Start)
            return;
        foreach (var trivia in token.LeadingTrivia)
        {
            if (!trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
                continue;
            if (_started)
                Require(Break.Line);
            NewLine();
            _text.Append(trivia.ToString().TrimEnd());
            _started = true;
            _pending = Break.Line;
        }
    }

    /// <summary>
    /// <c>#line N "file"</c> (<paramref name="data"/>) before the statement about to start, unless the directive in
    /// force already maps the statement's line to N of that file.
    /// </summary>
    private void LineDirective(string data)
    {
        int next = _started ? _lines + (_pending == Break.BlankLine ? 2 : 1) : _lines;
        if (_directive.Maps(data, next))
            return;
        if (_started)
        {
            Require(Break.Line);
            WriteBreak();
        }
        _text.Append("#line ").Append(data).Append('\n');
        _directive = LineMapping.Of(data, _lines);
        _lines++;
        _started = false;
        _pending = Break.Line;
    }

    private void Require(Break at) => _pending = (Break)Math.Max((int)_pending, (int)at);

    /// <summary>Ends the line (or leaves a blank one) and indents the next.</summary>
    private void NewLine()
    {
        if (_started)
            WriteBreak();
        _text.Append(' ', _indent * IndentWidth);
        _pending = Break.None;
    }

    private void WriteBreak()
    {
        _text.Append('\n');
        _lines++;
        if (_pending == Break.BlankLine)
        {
            _text.Append('\n');
            _lines++;
        }
        _pending = Break.None;
        _started = false;
    }

    private void AfterToken(SyntaxToken token)
    {
        if (CsLayout.After(token) is not { } next)
            return;
        _pending = next;
        if (token.IsKind(SyntaxKind.OpenBraceToken))
            _indent++;   // After breaks the line only after a brace on a line of its own
    }
}
