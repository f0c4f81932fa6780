using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.Emit;

namespace Nt2cs.Tests.Translation;

/// <summary>
/// A statement's <c>#line</c> is trivia on a token of its own (<see cref="Syntax.WithLine"/>), found again by
/// <see cref="Syntax.LineOf"/>: the two must agree on that token for every kind of statement, those the emitter
/// generates and any other (which falls back to the first token).
/// </summary>
public sealed class LineMarkerTests
{
    public static TheoryData<string> Statements() =>
    [
        "f(x);", "int y = 1;", "return x;", "if (x) f(x);", "{ f(x); }", "goto done;", "break;", "continue;", ";",
        "done: f(x);", "while (x) f(x);", "do f(x); while (x);", "for (;;) f(x);", "switch (x) { default: break; }",
        "try { f(x); } finally { g(); }", "throw e;", "checked { f(x); }", "lock (o) f(x);",
    ];

    [Theory]
    [MemberData(nameof(Statements))]
    public void TheLineGivenIsTheLineRead(string text)
    {
        var statement = SyntaxFactory.ParseStatement(text);
        Assert.Null(Syntax.LineOf(statement));
        var marked = Syntax.WithLine(statement, "a.c", 12);
        Assert.Equal("12 \"a.c\"", Syntax.LineOf(marked));
        // Marked again (a label's statement, then the label): the last line given is the one read.
        Assert.Equal("13 \"a.c\"", Syntax.LineOf(Syntax.WithLine(marked, "a.c", 13)));
        // The mark takes nothing from the statement's meaning.
        Assert.True(SyntaxFactory.AreEquivalent(statement, marked, topLevel: false));
    }

    [Fact]
    public void NoLineIsMarkedForLineZero() =>
        Assert.Null(Syntax.LineOf(Syntax.WithLine(SyntaxFactory.ParseStatement("f(x);"), "a.c", 0)));
}
