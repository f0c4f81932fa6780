using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Tree;

/// <summary>
/// Tree mode: nt-src translated image by image into generated/, which is checked in. CI fails when generated/ is
/// stale, and the sample program (generated/samples/hello, referenced by this project, so it must build) runs.
/// </summary>
[Collection("GuestMemory")]
public sealed class TreeModeTests
{
    private static TreeOptions Options(string root, bool check) => new()
    {
        SourceRoot = Path.Combine(root, "nt-src"),
        OutputRoot = Path.Combine(root, "generated"),
        RepositoryRoot = root,
        Check = check,
    };

    [Fact]
    public void GeneratedTreeIsCurrent()
    {
        var result = TreeTranslator.Run(Options(Repo.Root, check: true));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Stale.Count == 0, "generated/ is stale; run ./nt2cs translate: " + string.Join(", ", result.Stale));
        Assert.True(result.Images >= 1);
    }

    [Fact]
    public void CheckReportsChangedMissingAndExtraFilesAndTranslateRepairsThem()
    {
        var root = CopyTree();
        var generated = Path.Combine(root, "generated", "samples", "rtl");
        File.AppendAllText(Path.Combine(generated, "list.cs"), "// edited by hand\n");
        File.Delete(Path.Combine(generated, "string.cs"));
        File.WriteAllText(Path.Combine(generated, "leftover.cs"), "// no longer produced\n");

        var check = TreeTranslator.Run(Options(root, check: true));
        Assert.Equal(
            ["generated/samples/rtl/leftover.cs", "generated/samples/rtl/list.cs", "generated/samples/rtl/string.cs"],
            check.Stale.Select(s => s.Replace('\\', '/')).Order(StringComparer.Ordinal));

        var repair = TreeTranslator.Run(Options(root, check: false));
        Assert.True(repair.Succeeded);
        Assert.Empty(TreeTranslator.Run(Options(root, check: true)).Stale);
        Assert.False(File.Exists(Path.Combine(generated, "leftover.cs")));
    }

    [Fact]
    public void CheckFailsAfterATranslatorChangeThatAltersOutput()
    {
        // A translator change shows as generated code that differs from what is checked in; model it by checking
        // a tree whose source changed after its last translation, through the command line.
        var root = CopyTree();
        File.AppendAllText(Path.Combine(root, "nt-src", "samples", "rtl", "list.c"), "\nULONG RtlpAddedLater(VOID) { return 7; }\n");
        var stale = Nt2csProcess.Run(["translate", "--check"], root);
        Assert.Equal(1, stale.Status);
        var line = Assert.Single(stale.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("nt2cs: generated/ is stale: ", line);
        Assert.Contains("generated/samples/rtl/list.cs", line);

        Assert.Equal(0, Nt2csProcess.Run(["translate"], root).Status);
        Assert.Equal(0, Nt2csProcess.Run(["translate", "--check"], root).Status);
    }

    [Fact]
    public void SampleProgramRunsAgainstItsLibrary()
    {
        var run = TranslatedC.Run(Hello.Image.__Image, "hello", [], TimeSpan.FromMinutes(1));
        // Three records inserted and removed (6 list operations), in insertion order; the counted strings append
        // into the 32-byte buffer; "kernel" sorts after "Executive" ('k' > 'E'); the null store is caught; main
        // returns the number of records seen.
        Assert.Equal("""
            3 records on the list
            record 0: kernel
            record 10: Executive
            record 20: hal
            list empty: 1, operations: 6
            Hello, NT world (status 00000000)
            compare: 1 0
            caught access violation c0000005

            """, run.Output);
        Assert.Equal(3, run.Status);
    }

    /// <summary>nt-src and generated/ copied to a scratch checkout, to change without touching the real ones.</summary>
    private static string CopyTree()
    {
        var root = Path.Combine(Path.GetTempPath(), "nt2cs-tree-" + Guid.NewGuid().ToString("N"));
        foreach (var folder in new[] { "nt-src", "generated" })
            CopyDirectory(Repo.PathOf(folder), Path.Combine(root, folder));
        return root;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
