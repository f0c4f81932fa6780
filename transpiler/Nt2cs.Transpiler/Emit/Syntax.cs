using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Nt2cs.Transpiler.Emit;

/// <summary>Small builders over Roslyn's SyntaxFactory so generators read like the code they build.</summary>
internal static class Syntax
{
    public static IdentifierNameSyntax Name(string name) => IdentifierName(name);

    /// <summary>A type by its spelling, parsed once: syntax nodes are immutable, so one node serves every use.</summary>
    public static TypeSyntax Type(string name) => s_types.GetOrAdd(name, static n => ParseTypeName(n));

    public static TypeSyntax Type(CsType type) => Type(type.Name);

    private static readonly ConcurrentDictionary<string, TypeSyntax> s_types = new(StringComparer.Ordinal);

    public static ExpressionSyntax Member(ExpressionSyntax receiver, string name) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, IdentifierName(name));

    public static ExpressionSyntax Member(string receiver, string name) => Member(IdentifierName(receiver), name);

    public static ExpressionSyntax GenericMember(ExpressionSyntax receiver, string name, params string[] typeArguments) =>
        GenericMember(receiver, name, typeArguments.Select(Type).ToArray());

    public static ExpressionSyntax GenericMember(ExpressionSyntax receiver, string name, params TypeSyntax[] typeArguments) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver,
            GenericName(Identifier(name)).WithTypeArgumentList(TypeArgumentList(SeparatedList(typeArguments))));

    public static InvocationExpressionSyntax Call(ExpressionSyntax callee, params ExpressionSyntax[] arguments) =>
        InvocationExpression(callee, ArgumentList(SeparatedList(arguments.Select(Argument))));

    public static InvocationExpressionSyntax Call(ExpressionSyntax callee, IEnumerable<ArgumentSyntax> arguments) =>
        InvocationExpression(callee, ArgumentList(SeparatedList(arguments)));

    public static ArgumentSyntax RefArgument(ExpressionSyntax value) =>
        Argument(value).WithRefKindKeyword(Token(SyntaxKind.RefKeyword));

    public static ExpressionSyntax New(string type, params ExpressionSyntax[] arguments) => New(Type(type), arguments);

    public static ExpressionSyntax New(TypeSyntax type, params ExpressionSyntax[] arguments) =>
        ObjectCreationExpression(type).WithArgumentList(ArgumentList(SeparatedList(arguments.Select(Argument))));

    public static ExpressionSyntax Cast(string type, ExpressionSyntax value) => CastExpression(Type(type), value);

    public static ExpressionSyntax Binary(SyntaxKind kind, ExpressionSyntax left, ExpressionSyntax right) =>
        BinaryExpression(kind, left, right);

    public static ExpressionSyntax Assign(ExpressionSyntax target, ExpressionSyntax value, SyntaxKind kind = SyntaxKind.SimpleAssignmentExpression) =>
        AssignmentExpression(kind, target, value);

    public static ExpressionSyntax Ref(ExpressionSyntax value) => RefExpression(value);

    public static ExpressionSyntax Conditional(ExpressionSyntax condition, ExpressionSyntax then, ExpressionSyntax @else) =>
        ConditionalExpression(condition, then, @else);

    public static ExpressionSyntax Not(ExpressionSyntax value) => PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, value);

    public static ExpressionSyntax Int(long value) => value < 0
        ? PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, NumericLiteral((0 - (ulong)value).ToString(CultureInfo.InvariantCulture)))
        : NumericLiteral(value.ToString(CultureInfo.InvariantCulture));

    public static ExpressionSyntax UInt(uint value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    /// <summary>
    /// <c>[MethodImpl(MethodImplOptions.NoOptimization)]</c>, after <paramref name="comment"/> if given: for an image's
    /// loader and export table, which run once when the image is bound. An image's assembly is collectible, and the
    /// runtime does not tier its methods, so without this each is compiled fully optimised on its first call (the
    /// kernel's export table alone took 180 ms to compile; minimal optimisation takes a few).
    /// </summary>
    public static AttributeListSyntax RunsOnce(string? comment = null) =>
        AttributeList(SingletonSeparatedList(Attribute(IdentifierName("MethodImpl"),
                AttributeArgumentList(SingletonSeparatedList(AttributeArgument(Member("MethodImplOptions", "NoOptimization")))))))
            .WithOpenBracketToken(Token(comment is null ? TriviaList() : TriviaList(Comment(comment)), SyntaxKind.OpenBracketToken, TriviaList()));

    public static ExpressionSyntax Hex(uint value) =>
        LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal($"0x{value:X}", value));

    public static ExpressionSyntax Str(string value) => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));

    public static ExpressionSyntax Default(string type) => DefaultExpression(Type(type));

    public static StatementSyntax AsStatement(ExpressionSyntax expression) => ExpressionStatement(expression);

    /// <summary>
    /// A numeric literal token with the exact spelling given (suffixes, hex), lexed once per spelling; a plain
    /// decimal int (most literals, and too many distinct ones to keep) is made directly.
    /// </summary>
    public static ExpressionSyntax NumericLiteral(string text) =>
        LiteralExpression(SyntaxKind.NumericLiteralExpression, IsShortDecimal(text)
            ? Literal(text, int.Parse(text, CultureInfo.InvariantCulture))
            : s_numbers.GetOrAdd(text, static t => ParseToken(t)));

    private static bool IsShortDecimal(string text)
    {
        if (text.Length is 0 or > 9)
            return false;
        foreach (char c in text)
            if (c is < '0' or > '9')
                return false;
        return true;
    }

    private static readonly ConcurrentDictionary<string, SyntaxToken> s_numbers = new(StringComparer.Ordinal);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>#line N "file"</c> before a statement, which <see cref="CsPrinter"/> writes: a preprocessing message whose
    /// text is <c>N "file"</c>, in the leading trivia of a token of the statement's own (<see cref="Carrier"/>), so
    /// that marking a statement copies one node. Not an annotation: Roslyn keeps annotations in a process-wide weak
    /// table, a GC handle each, and with one per statement the collector's pauses on a file of 8,000 functions were
    /// twice as long (translation 14% slower).
    /// </summary>
    public static T WithLine<T>(T node, string file, int line) where T : SyntaxNode
    {
        if (line <= 0)
            return node;
        var marker = PreprocessingMessage(string.Concat(line.ToString(CultureInfo.InvariantCulture), " ", s_quoted.GetOrAdd(file, static f => Literal(f).Text)));
        SyntaxToken Marked(SyntaxToken token) => token.WithLeadingTrivia(token.LeadingTrivia.Add(marker));
        SyntaxNode marked = node switch
        {
            ExpressionStatementSyntax s => s.WithSemicolonToken(Marked(s.SemicolonToken)),
            LocalDeclarationStatementSyntax s => s.WithSemicolonToken(Marked(s.SemicolonToken)),
            ReturnStatementSyntax s => s.WithReturnKeyword(Marked(s.ReturnKeyword)),
            IfStatementSyntax s => s.WithIfKeyword(Marked(s.IfKeyword)),
            BlockSyntax s => s.WithOpenBraceToken(Marked(s.OpenBraceToken)),
            GotoStatementSyntax s => s.WithGotoKeyword(Marked(s.GotoKeyword)),
            BreakStatementSyntax s => s.WithBreakKeyword(Marked(s.BreakKeyword)),
            ContinueStatementSyntax s => s.WithContinueKeyword(Marked(s.ContinueKeyword)),
            EmptyStatementSyntax s => s.WithSemicolonToken(Marked(s.SemicolonToken)),
            LabeledStatementSyntax s => s.WithIdentifier(Marked(s.Identifier)),
            WhileStatementSyntax s => s.WithWhileKeyword(Marked(s.WhileKeyword)),
            DoStatementSyntax s => s.WithDoKeyword(Marked(s.DoKeyword)),
            ForStatementSyntax s => s.WithForKeyword(Marked(s.ForKeyword)),
            SwitchStatementSyntax s => s.WithSwitchKeyword(Marked(s.SwitchKeyword)),
            TryStatementSyntax s => s.WithTryKeyword(Marked(s.TryKeyword)),
            // Any other statement (none is generated today): its first token, rewriting the path down to it.
            _ => node.ReplaceToken(node.GetFirstToken(), Marked(node.GetFirstToken())),
        };
        return (T)marked;
    }

    /// <summary>The <c>#line</c> text <see cref="WithLine"/> gave a statement (the last, if given twice), or null.</summary>
    public static string? LineOf(SyntaxNode statement)
    {
        var carrier = Carrier(statement);
        if (carrier.SpanStart == carrier.FullSpan.Start)
            return null;   // no trivia that takes text: the common case, answered without reading the list
        string? line = null;
        foreach (var trivia in carrier.LeadingTrivia)
        {
            if (trivia.IsKind(SyntaxKind.PreprocessingMessageTrivia))
                line = trivia.ToString();
        }
        return line;
    }

    /// <summary>The token of a statement's own that carries its line: the semicolon of an expression or a
    /// declaration (their first token is deep in the expression or type), else the first token.</summary>
    private static SyntaxToken Carrier(SyntaxNode statement) => statement switch
    {
        ExpressionStatementSyntax s => s.SemicolonToken,
        LocalDeclarationStatementSyntax s => s.SemicolonToken,
        _ => statement.GetFirstToken(),
    };

    /// <summary>File names as C# string literals, for <c>#line</c>: a few files, quoted once each.</summary>
    private static readonly ConcurrentDictionary<string, string> s_quoted = new(StringComparer.Ordinal);
}
