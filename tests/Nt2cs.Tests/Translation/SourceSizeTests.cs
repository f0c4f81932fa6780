using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Translation;

/// <summary>
/// The emitter stays in small files, one construct or concern each (issue: translator health): a file under
/// <c>Emit/</c> that grows past the limit is split by concern rather than let grow.
/// </summary>
public sealed class SourceSizeTests
{
    private const int MaximumLines = 300;

    [Fact]
    public void NoEmitterFileIsOverThreeHundredLines()
    {
        var emit = Repo.PathOf("transpiler", "Nt2cs.Transpiler", "Emit");
        var files = Directory.GetFiles(emit, "*.cs");
        Assert.NotEmpty(files);
        var tooLong = files.Select(f => (File: Path.GetFileName(f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaximumLines).Select(f => $"{f.File}: {f.Lines} lines").ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }
}
