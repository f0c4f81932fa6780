using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Translation;

/// <summary>
/// A one-line change in the C is a small diff in the generated C#: each edit below is applied to a copy of a
/// three-file program (whose files each have a static named <c>hits</c>), and only the edited file's C# may change,
/// plus at most three lines of the image's own file; read backwards, each pair of translations is the removal. A
/// change inside a function changes only that function. Every translation must compile.
/// </summary>
public sealed class DiffStabilityTests : IDisposable
{
    private static readonly string Sources = Repo.PathOf("tests", "Nt2cs.Tests", "Translation", "stability");
    private static readonly string[] Files = ["counters.c", "names.c", "main.c"];

    private readonly string _scratch = Directory.CreateTempSubdirectory("nt2cs-stability-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    public static TheoryData<string, string, string[]> Edits() => new()
    {
        { "a global", "names.c", ["static int hits;", "static int hits;\nint names_extra = 7;"] },
        { "a global used by another file's function", "counters.c", ["int counter_total;", "int counter_total;\nint counter_spare = 1;",
            "    return counter_total;\n}\n\nint count_down", "    return counter_total + counter_spare;\n}\n\nint count_down"] },
        { "a static", "counters.c", ["static int hits;", "static int hits;\nstatic int misses;", "    hits++;\n", "    hits++;\n    misses += hits > 3;\n"] },
        { "a string literal", "main.c", ["    return 0;", "    printf(\"main: done\\n\");\n    return 0;"] },
        { "a string literal (of a call removed)", "counters.c", ["    note(\"down\");\n", ""] },
        { "a function", "names.c", ["void print_names", "int names_count(void)\n{\n    return 3;\n}\n\nvoid print_names"] },
        { "a static function", "counters.c", ["int count_up", "static int twice(int x)\n{\n    return x * 2;\n}\n\nint count_up"] },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void AnEditChangesOnlyItsFileAndAFewLinesOfTheImageFile(string what, string file, string[] edits)
    {
        var baseline = Translate(Copy("before"));
        var edited = Copy("after");
        var path = Path.Combine(edited, file);
        var text = File.ReadAllText(path);
        for (int i = 0; i < edits.Length; i += 2)
        {
            Assert.Contains(edits[i], text);
            text = text.Replace(edits[i], edits[i + 1]);
        }
        File.WriteAllText(path, text);
        var after = Translate(edited);

        var editedOutput = Path.ChangeExtension(file, ".cs");
        Assert.NotEqual(baseline[editedOutput], after[editedOutput]);
        foreach (var (name, generated) in baseline)
        {
            if (name == editedOutput)
                continue;
            if (name == "Image.cs")
                Assert.True(ChangedLines(generated, after[name]) <= 3, $"{what}: Image.cs changed by more than three lines");
            else
                Assert.True(generated == after[name], $"{what}: {name} changed too");
        }
    }

    [Fact]
    public void AChangeInsideAFunctionChangesOnlyThatFunction()
    {
        var baseline = Translate(Copy("before"));
        var edited = Copy("after");
        var path = Path.Combine(edited, "counters.c");
        File.WriteAllText(path, File.ReadAllText(path).Replace("counter_total += by;", "counter_total += by * 2;"));
        var after = Translate(edited);

        foreach (var name in baseline.Keys.Where(n => n != "counters.cs"))
            Assert.Equal(baseline[name], after[name]);
        var before = baseline["counters.cs"].Split('\n');
        var now = after["counters.cs"].Split('\n');
        Assert.Equal(before.Length, now.Length);
        int start = Array.FindIndex(before, l => l.Contains("public static int count_up(int by)"));
        int end = Array.FindIndex(before, start, l => l == "        }");
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != now[i]).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, i => Assert.InRange(i, start, end));
    }

    /// <summary>A unit names what others define without naming them: moving a function between two files leaves a
    /// third file's C#, which calls it, unchanged.</summary>
    [Fact]
    public void MovingAFunctionBetweenFilesLeavesItsCallersAlone()
    {
        var baseline = Translate(Copy("before"));
        var edited = Copy("after");
        const string CountDown = "int count_down(int by)\n{\n    note(\"down\");\n    counter_total -= by;\n    return counter_total;\n}\n";
        var counters = Path.Combine(edited, "counters.c");
        Assert.Contains(CountDown, File.ReadAllText(counters));
        File.WriteAllText(counters, File.ReadAllText(counters).Replace(CountDown, ""));
        File.AppendAllText(Path.Combine(edited, "names.c"), "\n" + CountDown.Replace("    note(\"down\");\n", ""));
        var after = Translate(edited);
        Assert.Equal(baseline["main.cs"], after["main.cs"]);
        Assert.NotEqual(baseline["names.cs"], after["names.cs"]);
    }

    /// <summary>Lines in one text and not the other, counted both ways (a changed line counts twice).</summary>
    private static int ChangedLines(string before, string after)
    {
        var remaining = before.Split('\n').GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        int added = 0;
        foreach (var line in after.Split('\n'))
        {
            if (remaining.TryGetValue(line, out int count) && count > 0)
                remaining[line] = count - 1;
            else
                added++;
        }
        return Math.Max(added, remaining.Values.Sum());
    }

    private string Copy(string name)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_scratch, name)).FullName;
        foreach (var file in Directory.GetFiles(Sources))
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        return directory;
    }

    /// <summary>The program's C# files by name; each translation must also compile.</summary>
    private static Dictionary<string, string> Translate(string directory)
    {
        var result = Translator.Translate(Files.Select(f => Path.Combine(directory, f)).ToList(), new TranslationOptions
        {
            ImageName = "stability",
            SourcePath = Path.GetFileName,
            SuppressWarnings = true,
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var (assembly, errors) = CSharpCompiler.Compile("stability", result.Files);
        Assert.True(assembly is not null, string.Join("\n", errors));
        return result.Files.ToDictionary(f => f.Name, f => f.Text);
    }
}
