using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Tests.Differential;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Clang;
using Nt2cs.Transpiler.Driver;
using Nt2cs.Transpiler.Emit;
using Nt2cs.Transpiler.Lowering;
using Nt2cs.Transpiler.Parsing;

namespace Nt2cs.Tests.Translation;

/// <summary>
/// The printer writes exactly the tree the generators built: Roslyn's own parser reads every printed file of the
/// corpus and the snapshot cases back into the same tree, once parentheses (which the printer adds where C#'s
/// precedence needs them) are set aside on both sides. A missing parenthesis would parse as another tree; so would
/// a dropped or merged token. Every statement with a C line is mapped to it, with as few <c>#line</c>s as that takes.
/// </summary>
public sealed class PrinterTests
{
    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusFixture.Directory, "*.c").Concat(Directory.GetFiles(Repo.PathOf("tests", "Nt2cs.Tests", "Snapshots", "cases"), "*.c")).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Repo.Root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintedCodeParsesBackToTheTree(string program)
    {
        var image = Lowered(Repo.PathOf(program));
        int mapped = 0;
        foreach (var unit in ImageEmitter.Units(image, new EmitOptions()))
        {
            var syntax = unit.Syntax();
            var printed = CsPrinter.Print(syntax);
            var parsed = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(printed, s_options).GetRoot();
            Assert.DoesNotContain(parsed.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            // The declarations (the using directives differ only in how Roslyn's factory and parser fill their slots).
            AssertSameTree(syntax.Members.Single(), parsed.Members.Single(), printed, unit.Name);
            Assert.Equal(syntax.Usings.Select(u => u.ToString().Replace(" ", "")), parsed.Usings.Select(u => u.ToString().Replace(" ", "")));
            // Functions and tables are printed on their own, two levels in, into their unit's class.
            foreach (var generate in unit.Members)
            {
                var built = generate();
                var text = CsPrinter.PrintMember(built, indent: 2);
                Assert.StartsWith("        ", text);
                var member = SyntaxFactory.ParseMemberDeclaration(text, options: s_options)!;
                Assert.DoesNotContain(member.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
                var name = built switch { MethodDeclarationSyntax m => m.Identifier.Text, BaseTypeDeclarationSyntax t => t.Identifier.Text, _ => built.Kind().ToString() };
                mapped += AssertSameTree(built, member, text, $"{unit.Name}: {name}");
            }
        }
        // Every program has a function whose statements carry their C lines (so the checks above checked some).
        Assert.True(mapped > 0, "no statement carries a C line");
    }

    private static readonly CSharpParseOptions s_options = new(LanguageVersion.Preview);

    /// <summary>Returns how many statements carry a C line of their own.</summary>
    private static int AssertSameTree(SyntaxNode built, SyntaxNode parsed, string printed, string what)
    {
        var expected = WithoutParentheses(built);
        var actual = WithoutParentheses(parsed);
        Assert.True(SyntaxFactory.AreEquivalent(expected, actual, topLevel: false), $"{what}: the printed text parses to another tree:\n{FirstDifference(expected, actual)}");
        return AssertLinesMapped(built, parsed, printed, what);
    }

    /// <summary>
    /// Each statement that has a C line starts on a C# line mapped to it (a <c>#line</c> before it, or the lines
    /// counted on from the last one), as does each statement lowered from it that has none of its own (the
    /// statements of an <c>if</c> a conditional expression became), and no <c>#line</c> follows another.
    /// </summary>
    private static int AssertLinesMapped(SyntaxNode built, SyntaxNode parsed, string printed, string what)
    {
        var expected = built.DescendantNodesAndSelf().OfType<StatementSyntax>().ToList();
        var actual = parsed.DescendantNodesAndSelf().OfType<StatementSyntax>().ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            if (LineOf(expected[i]) is not { } line)
                continue;
            var mapped = actual[i].GetLocation().GetMappedLineSpan();
            Assert.True(line == $"{mapped.StartLinePosition.Line + 1} \"{mapped.Path}\"",
                $"{what}: a statement of C line {line} is mapped to {mapped.StartLinePosition.Line + 1} \"{mapped.Path}\": {actual[i]}");
        }
        var lines = printed.Split('\n');
        Assert.DoesNotContain(lines.Zip(lines.Skip(1)), pair => pair.First.StartsWith("#line ", StringComparison.Ordinal) && pair.Second.StartsWith("#line ", StringComparison.Ordinal));
        return expected.Count(s => Syntax.LineOf(s) is not null);
    }

    /// <summary>A statement's own C line, or (not for a block) that of the nearest statement around it that has one.</summary>
    private static string? LineOf(StatementSyntax statement)
    {
        if (Syntax.LineOf(statement) is { } own)
            return own;
        if (statement is BlockSyntax)
            return null;
        return statement.Ancestors().OfType<StatementSyntax>()
            .Select(Syntax.LineOf).FirstOrDefault(l => l is not null);
    }

    /// <summary>Parentheses the printer chose are not in the generators' tree; without them both trees compare.</summary>
    [Fact]
    public void PrecedenceTheTreeHoldsIsPrintedWithParentheses()
    {
        var sum = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, SyntaxFactory.IdentifierName("a"), SyntaxFactory.IdentifierName("b"));
        var product = SyntaxFactory.BinaryExpression(SyntaxKind.MultiplyExpression, sum, SyntaxFactory.IdentifierName("c"));
        var negated = SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression,
            SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, SyntaxFactory.IdentifierName("x")));
        var statements = SyntaxFactory.Block(SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("y"), SyntaxFactory.BinaryExpression(SyntaxKind.SubtractExpression, product, negated))));
        Assert.Equal("{\n    y = (a + b) * c - -(-x);\n}\n", CsPrinter.Print(statements));
    }

    private static SyntaxNode WithoutParentheses(SyntaxNode root) => new ParenthesesRemover().Visit(root);

    /// <summary>
    /// Sets parentheses aside (and the placeholder where a unit's functions are spliced), and makes tokens compare by
    /// their text: a generator's <c>Literal("0x10", 16u)</c> and <c>Identifier("@value")</c> carry values the parser
    /// derives differently from the same text.
    /// </summary>
    private sealed class ParenthesesRemover : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitParenthesizedExpression(ParenthesizedExpressionSyntax node) => Visit(node.Expression);

        public override SyntaxNode? VisitIncompleteMember(IncompleteMemberSyntax node) =>
            node.HasAnnotations(CsPrinter.SpliceAnnotation) ? null : node;

        public override SyntaxToken VisitToken(SyntaxToken token) => token.Kind() switch
        {
            SyntaxKind.IdentifierToken => SyntaxFactory.Identifier(token.Text.TrimStart('@')),
            SyntaxKind.NumericLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.StringLiteralToken
                or SyntaxKind.Utf8StringLiteralToken => SyntaxFactory.ParseToken(token.Text),
            _ => token,
        };
    }

    /// <summary>The smallest subtrees that differ, for the failure message.</summary>
    private static string FirstDifference(SyntaxNode expected, SyntaxNode actual)
    {
        var (e, a) = (expected, actual);
        while (e.ChildNodes().Zip(a.ChildNodes()).FirstOrDefault(p => !SyntaxFactory.AreEquivalent(p.First, p.Second, topLevel: false)) is { First: not null } pair)
            (e, a) = (pair.First, pair.Second);
        return $"  built:   {e.Kind()} {e}\n  printed: {a.Kind()} {a}";
    }

    private static CImage Lowered(string file)
    {
        Assert.True(LibClangResolver.TryLoad(out _));
        var options = new TranslationOptions { SuppressWarnings = true };
        using var parsed = ParsedUnit.Parse(file, options.ClangArguments());
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        var image = new CImage(Path.GetFileNameWithoutExtension(file), [CAstBuilder.Build(parsed)]);
        LoweringPipeline.Run(image, new LoweringContext
        {
            LibraryFunctions = Nt2cs.Runtime.Library.Functions.ToDictionary(m => m.Name, Nt2cs.Runtime.AbiShape.Of, StringComparer.Ordinal),
            IntrinsicFunctions = Nt2cs.Runtime.Library.IntrinsicFunctions.ToDictionary(m => m.Name, Nt2cs.Runtime.AbiShape.Of, StringComparer.Ordinal),
        });
        return image;
    }
}
