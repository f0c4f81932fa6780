using System.Text;
using System.Text.RegularExpressions;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.RealPrograms;

/// <summary>
/// SQLite's shell and speedtest1 translated by nt2cs behave as their native i386 builds: each SQL script of
/// tests/realprograms/sqlite is read by both shells (<c>sqlite3 :memory: ".read SCRIPT"</c>) in a scratch directory
/// the script names as <c>@DIR@</c>, and stdout, stderr and the exit status must be the same.
/// </summary>
[Collection("GuestMemory")]
public sealed partial class SqliteTests(SqliteBuild sqlite) : IClassFixture<SqliteBuild>
{
    public static readonly string CorpusDirectory = Repo.PathOf("tests", "realprograms", "sqlite");

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusDirectory, "*.sql").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Fact]
    public void TheCorpusIsLargeEnough() => Assert.True(Scripts().Count >= 40, "the SQLite corpus needs at least 40 scripts");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ScriptRunsAsNative(string script)
    {
        var text = File.ReadAllText(Path.Combine(CorpusDirectory, script + ".sql"));
        var native = Run(text, dir => sqlite.Shell.RunNative([":memory:", $".read {dir}/script.sql"], timeout: Limit, workingDirectory: dir));
        var translated = Run(text, dir => sqlite.Shell.RunTranslated([":memory:", $".read {dir}/script.sql"], timeout: Limit));
        AssertSame(native, translated, script);
    }

    /// <summary>The script in a fresh scratch directory (its path for @DIR@, and as @DIR@ in what the run printed).</summary>
    private static RunResult Run(string script, Func<string, RunResult> run)
    {
        var directory = Path.Combine(Path.GetTempPath(), "nt2cs-sqlite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "script.sql"), script.Replace("@DIR@", directory, StringComparison.Ordinal));
            var result = run(directory);
            var stdout = Encoding.Latin1.GetBytes(result.Output.Replace(directory, "@DIR@", StringComparison.Ordinal));
            return result with { Stdout = stdout, Stderr = result.Stderr.Replace(directory, "@DIR@", StringComparison.Ordinal) };
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void AssertSame(RunResult native, RunResult translated, string what)
    {
        Assert.False(native.TimedOut, $"{what}: the native run timed out");
        Assert.False(translated.TimedOut, $"{what}: the translated run timed out: {translated.Stderr}");
        Assert.True(native.Stdout.Length > 0 || native.Stderr.Length > 0, $"{what}: the native run printed nothing");
        Assert.Equal(native.Output, translated.Output);
        Assert.Equal(native.Stderr, translated.Stderr);
        Assert.Equal(native.Status, translated.Status);
    }

    /// <summary>
    /// speedtest1 at a small size on a database file prints the same report as the native build once the timing
    /// column (each line's trailing seconds, and the total) is taken out.
    /// </summary>
    [Fact]
    public void Speedtest1RunsAsNative()
    {
        string[] arguments(string dir) => ["--size", "3", $"{dir}/speedtest1.db"];
        var native = Run("", dir => sqlite.Speedtest.RunNative(arguments(dir), timeout: Limit, workingDirectory: dir));
        var translated = Run("", dir => sqlite.Speedtest.RunTranslated(arguments(dir), timeout: Limit));
        Assert.Equal(0, native.Status);
        var expected = WithoutTimes(native.Output);
        Assert.Contains("TOTAL", expected);
        Assert.Contains(" 990 - ", expected); // the last test of the main set ran
        Assert.Equal(expected, WithoutTimes(translated.Output));
        Assert.Equal(native.Status, translated.Status);
    }

    private static string WithoutTimes(string report) => TimeColumn().Replace(report, "");

    [GeneratedRegex(@" +[0-9]+\.[0-9]+s$", RegexOptions.Multiline)]
    private static partial Regex TimeColumn();
}
