using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;
using Snapshooter;
using Snapshooter.Xunit;

namespace Nt2cs.Tests.Snapshots;

/// <summary>
/// The C# emitted for small inputs, reviewed as diffs: each <c>cases/NAME.c</c> has its snapshot beside it in
/// <c>cases/__snapshots__/NAME.snap</c>. Snapshots must exist (a missing one fails, it is never created silently on a
/// clean checkout), and each must compile. Update one by deleting it and running the test locally.
/// </summary>
public sealed class EmitterSnapshotTests
{
    public static readonly string Cases = Repo.PathOf("tests", "Nt2cs.Tests", "Snapshots", "cases");
    private static readonly string Snapshots = Path.Combine(Cases, "__snapshots__");

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Cases, "*.c").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    private static TranslationResult Translate(string name)
    {
        var result = Translator.Translate([Path.Combine(Cases, name + ".c")], new TranslationOptions
        {
            ImageName = name,
            SourcePath = Path.GetFileName,
            SuppressWarnings = true,
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Render(TranslationResult result) =>
        string.Concat(result.Files.Select(f => $"// ==== {f.Name} ====\n{f.Text}\n"));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EmittedCode(string name)
    {
        var snapshot = name + ".snap";
        var text = Render(Translate(name));
        if (Environment.GetEnvironmentVariable("NT2CS_UPDATE_SNAPSHOTS") != "1")
            Assert.True(File.Exists(Path.Combine(Snapshots, snapshot)), $"no snapshot for {name}.c: run with NT2CS_UPDATE_SNAPSHOTS=1 to create it, then review it");
        Snapshot.Match(text, new SnapshotFullName(snapshot, Cases));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EmittedCodeCompiles(string name)
    {
        var result = Translate(name);
        var (assembly, errors) = CSharpCompiler.Compile(name, result.Files);
        Assert.True(assembly is not null, string.Join("\n", errors));
    }

    [Fact]
    public void EverySnapshotHasItsInput()
    {
        var inputs = Directory.GetFiles(Cases, "*.c").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var orphans = Directory.Exists(Snapshots)
            ? Directory.GetFiles(Snapshots, "*.snap").Select(Path.GetFileNameWithoutExtension).Where(n => !inputs.Contains(n)).ToList()
            : [];
        Assert.Empty(orphans);
        Assert.True(inputs.Count >= 15, "at least 15 snapshot inputs");
    }

    [Fact]
    public void EmissionIsDeterministic()
    {
        var first = Render(Translate("globals"));
        var second = Render(Translate("globals"));
        Assert.Equal(first, second);
    }
}
