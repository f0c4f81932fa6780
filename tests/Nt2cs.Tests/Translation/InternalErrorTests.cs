using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Emit;

namespace Nt2cs.Tests.Translation;

/// <summary>When the translator itself fails, the user is told where in the C, never shown a stack trace.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void RoslynErrorsInGeneratedCodeAreReportedAtTheCLine()
    {
        var file = new GeneratedFile("bad.cs", "class X\n{\n    int F()\n    {\n#line 42 \"prog.c\"\n        return undefined_name;\n    }\n}\n");
        var (assembly, errors) = CSharpCompiler.Compile("bad", [file]);
        Assert.Null(assembly);
        var error = Assert.Single(errors);
        Assert.StartsWith("prog.c:42:", error);
        Assert.Contains("internal error: the generated C# does not compile: CS0103", error);
    }

    [Fact]
    public void TranslatorFailuresNameTheCConstruct()
    {
        var failure = new InternalTranslationException(new SourceLoc("prog.c", 7, 3), new InvalidOperationException("no slot"));
        Assert.Equal("prog.c:7:3: error: internal error: InvalidOperationException: no slot", failure.ToDiagnostic().ToString());
    }
}
