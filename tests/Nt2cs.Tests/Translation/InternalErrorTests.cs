using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Clang;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.ControlFlow;
using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Driver;
using Nt2cs.Transpiler.Emit;
using Nt2cs.Transpiler.Lowering;
using Nt2cs.Transpiler.Parsing;

namespace Nt2cs.Tests.Translation;

/// <summary>
/// When the translator itself fails, the user is told where in the C, with status 70 and "internal error", never
/// shown a stack trace and never told the C is wrong. Each check the emitter makes of what a lowering pass
/// guarantees is reached here by leaving that pass out (<c>NT2CS_OMIT_PASSES</c>) or by breaking its result.
/// </summary>
public sealed class InternalErrorTests
{
    public static TheoryData<string, string, string> BrokenPipelines() => new()
    {
        {
            "PoolStrings",
            "#include <stdio.h>\nint main(void)\n{\n    puts(\"pooled?\");\n    return 0;\n}\n",
            "prog.c:4:10: error: internal error: string literal 1:706F6F6C65643F was not pooled"
        },
        {
            "AllocateFrameTemporaries",
            "struct pair { int a, b; };\nstruct pair make(int a) { struct pair p = { a, a }; return p; }\nint main(void)\n{\n    return make(2).b;\n}\n",
            "prog.c:5:12: error: internal error: struct result without a frame slot"
        },
        {
            "AllocateFrameTemporaries",
            "#include <stdio.h>\nint main(void)\n{\n    printf(\"%d\\n\", 5);\n    return 0;\n}\n",
            "prog.c:4:5: error: internal error: variadic call without an argument block"
        },
        {
            "MarkVariablesInMemory",
            "int main(void)\n{\n    int x = 3;\n    int *p = &x;\n    return *p;\n}\n",
            "prog.c:4:15: error: internal error: address of 'x', which is not in memory"
        },
    };

    [Theory]
    [MemberData(nameof(BrokenPipelines))]
    public void AMissingPassIsAnInternalErrorAtTheCLocation(string omitted, string source, string diagnostic)
    {
        var (directory, environment) = Nt2csProcess.Scratch(("prog.c", source));
        var complete = Nt2csProcess.Run(["exec", "prog.c"], directory, environment);
        Assert.Equal("", complete.Stderr); // the program itself is fine
        environment["NT2CS_OMIT_PASSES"] = omitted;
        var broken = Nt2csProcess.Run(["exec", "--no-cache", "prog.c"], directory, environment);
        Assert.Equal(70, broken.Status);
        Assert.Equal(diagnostic, broken.Stderr.Trim());
    }

    /// <summary>
    /// Names are read when a function is generated, after its file's declarations: a global losing its name in
    /// between is caught at the use. (Losing it before is caught where its accessor is generated.)
    /// </summary>
    [Fact]
    public void AnUnnamedVariableIsAnInternalError()
    {
        var image = Lowered(("prog.c", "extern int counter;\nint main(void)\n{\n    return counter + 1;\n}\n"), ("data.c", "int counter = 2;\n"));
        var units = ImageEmitter.Units(image, new EmitOptions());
        var counter = image.Globals.Single(g => g.Name == "counter");
        counter.CsName = null;
        var atUse = Assert.Throws<InternalTranslationException>(() => units[0].Members[0]());
        Assert.EndsWith("prog.c:4:12: error: internal error: 'counter' was not named", atUse.ToDiagnostic().ToString());
        var atDefinition = Assert.Throws<InternalTranslationException>(() => ImageEmitter.Emit(image, new EmitOptions()));
        Assert.Matches(@"data\.c:1:5: error: internal error: ArgumentNullException: ", atDefinition.ToDiagnostic().ToString());
    }

    /// <summary>A jump into a <c>__try</c> block, which clang refuses in C: RestructureJumps cannot open a
    /// <c>__try</c>, and says so as its own failure.</summary>
    [Fact]
    public void AJumpIntoATryBlockCannotBeRestructured()
    {
        var image = Parsed(("prog.c", "int main(void)\n{\n    goto out;\n    __try {\n        ;\n    } __finally {\n        ;\n    }\nout:\n    return 0;\n}\n"));
        LoweringPipeline.Passes.OfType<LinkSymbols>().Single().Run(image, new LoweringContext());
        var body = image.Functions.Single(f => f.Name == "main").Body!;
        var label = body.Items.OfType<CLabelStmt>().Single();
        body.Items.Remove(label);
        body.Items.OfType<CSehTryStmt>().Single().Body.Items.Add(label);
        var failure = Assert.Throws<InternalTranslationException>(() => ((IImagePass)new RestructureJumps()).Run(image, new LoweringContext()));
        Assert.EndsWith("prog.c:4:5: error: internal error: cannot restructure CSehTryStmt", failure.ToDiagnostic().ToString());
    }

    /// <summary>The function passes run function by function, in parallel; the failure reported is still the one
    /// the passes run one after another over the image meet first. Here the first function breaks a later pass
    /// (RestructureJumps, given a jump into a <c>__try</c> as above) and the second an earlier one (LowerSetjmp
    /// refuses setjmp inside <c>__try</c>): the earlier pass's error wins, though its function comes second.</summary>
    [Fact]
    public void TheEarliestPassToFailIsReportedWhicheverFunctionComesFirst()
    {
        var image = Parsed(("prog.c", "int setjmp(int *buffer);\nint buffer[16];\n" +
            "int first(void)\n{\n    goto out;\n    __try {\n        ;\n    } __finally {\n        ;\n    }\nout:\n    return 0;\n}\n" +
            "int second(void)\n{\n    __try {\n        if (setjmp(buffer))\n            return 1;\n    } __finally {\n        ;\n    }\n    return 0;\n}\n"));
        LoweringPipeline.Passes.OfType<LinkSymbols>().Single().Run(image, new LoweringContext());
        var body = image.Functions.Single(f => f.Name == "first").Body!;
        var label = body.Items.OfType<CLabelStmt>().Single();
        body.Items.Remove(label);
        body.Items.OfType<CSehTryStmt>().Single().Body.Items.Add(label);
        var failure = Assert.Throws<TranslationException>(() =>
            LoweringPipeline.Run(image, new LoweringContext(), omitted: new HashSet<string> { nameof(LinkSymbols) }));
        Assert.EndsWith("prog.c:17:13: error: unsupported: setjmp inside __try, __except or __finally", failure.ToDiagnostic().ToString());
    }

    private static CImage Parsed(params (string Name, string Source)[] files)
    {
        var directory = Directory.CreateTempSubdirectory("nt2cs-internal-").FullName;
        Assert.True(LibClangResolver.TryLoad(out _));
        var units = new List<CTranslationUnit>();
        foreach (var (name, source) in files)
        {
            var file = Path.Combine(directory, name);
            File.WriteAllText(file, source);
            using var parsed = ParsedUnit.Parse(file, new TranslationOptions { Freestanding = true }.ClangArguments());
            Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
            units.Add(CAstBuilder.Build(parsed));
        }
        return new CImage("prog", units);
    }

    private static CImage Lowered(params (string Name, string Source)[] files)
    {
        var image = Parsed(files);
        LoweringPipeline.Run(image, new LoweringContext());
        return image;
    }
}
