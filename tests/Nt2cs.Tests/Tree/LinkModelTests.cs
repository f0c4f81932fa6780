using System.Runtime.Loader;
using Nt2cs.Runtime;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Tree;

/// <summary>
/// NT's link model in tree mode (tests/Nt2cs.Tests/Tree/linking): two LIBRARY targets that call each other are
/// archives, never images of their own; a PROGRAM linking both pulls the members it needs from either; a member
/// nothing needs is left out, unresolved references and all. Two DLLs import from each other (functions, objects,
/// a function pointer handed across), the program imports from both, and the loader binds them by name when the
/// program runs: each image is its own assembly file, so one can be rebuilt alone, and what it no longer exports
/// fails the load with a message naming both images.
/// </summary>
[Collection("GuestMemory")]
public sealed class LinkModelTests : IDisposable
{
    private static readonly string Tree = Repo.PathOf("tests", "Nt2cs.Tests", "Tree", "linking");

    private readonly string _output = Directory.CreateTempSubdirectory("nt2cs-linking-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private TreeResult Translate() => TreeTranslator.Run(new TreeOptions
    {
        SourceRoot = Tree,
        OutputRoot = _output,
        RepositoryRoot = Repo.Root,
    });

    [Fact]
    public void LibrariesAreArchivesAndImagesImportFromEachOtherAtLoadTime()
    {
        var result = Translate(Tree, _output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(3, result.Images);
        var projects = Directory.GetFiles(_output, "*.csproj", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_output, p).Replace('\\', '/')).Order();
        Assert.Equal(["app/app.csproj", "delta/delta.csproj", "gamma/gamma.csproj"], projects);
        Assert.True(File.Exists(Path.Combine(_output, "alpha", "alpha.cs")));
        Assert.True(File.Exists(Path.Combine(_output, "beta", "beta.cs")));
        Assert.False(File.Exists(Path.Combine(_output, "beta", "spare.cs")), "spare.c defines nothing the program needs");

        var bin = BuildAll(_output);
        var run = RunApp(bin);
        Assert.Equal("""
            value 44, calls 2
            gamma 124, scaled 42
            through delta 130, counter 2, table 3

            """, run.Output);
        Assert.Equal(2, run.Status);
    }

    /// <summary>
    /// An image is its own assembly file: a change to gamma's C regenerates only gamma's C#, and the app built
    /// before the change, its file untouched, loads the rebuilt gamma and calls its new code.
    /// </summary>
    [Fact]
    public void RebuildingOnlyTheExportingImageLeavesItsImportersUnchanged()
    {
        var (run, written, appUnchanged) = RebuildGammaAlone("gamma.c", c => c.Replace("return x * y;", "return x * y + 1000;"), wholeTree: true);
        Assert.Equal(["gamma/gamma.cs"], written);
        Assert.True(appUnchanged);
        Assert.Contains("gamma 124, scaled 1042\n", run.Output);
    }

    [Fact]
    public void AnImportTheExportingImageLacksFailsTheLoadNamingBothImages()
    {
        var (run, _, _) = RebuildGammaAlone("gamma.def", def => def.Replace("GammaScaled=GammaScaleInternal", ""));
        Assert.Equal(HostedRuntime.StatusLoadFailed, run.Status);
        Assert.Equal("", run.Output);
        Assert.Equal("nt2cs: image app imports 'GammaScaled' from gamma, which does not export it\n", run.Stderr);
    }

    [Fact]
    public void AnImportOfTheWrongShapeFailsTheLoadNamingBothImages()
    {
        var (run, _, _) = RebuildGammaAlone("gamma.c", c => c.Replace("int GammaScaleInternal(int x, int y)", "int GammaScaleInternal(int x, double y)"));
        Assert.Equal(HostedRuntime.StatusLoadFailed, run.Status);
        Assert.Equal("nt2cs: image app imports 'GammaScaled' from gamma as a function of calling shape i:ii, but gamma's has shape i:id\n", run.Stderr);
    }

    /// <summary>
    /// Builds every image of a copy of the tree, edits one of gamma's files, translates again and rebuilds gamma
    /// alone, then runs the app built before the edit. Unless <paramref name="wholeTree"/>, the second translation
    /// leaves the app out (an edit that breaks its imports would stop it linking). Returns the run, the files the
    /// second translation wrote (relative to the output), and whether app.dll is the file built first.
    /// </summary>
    private (RunResult Run, IReadOnlyList<string> Written, bool AppUnchanged) RebuildGammaAlone(string file, Func<string, string> edit, bool wholeTree = false)
    {
        var source = CopyTree();
        var output = Path.Combine(_output, "out");
        Assert.True(Translate(source, output).Succeeded);
        var bin = BuildAll(output);
        var appFile = File.ReadAllBytes(Path.Combine(bin, "app.dll"));

        var edited = Path.Combine(source, "gamma", file);
        File.WriteAllText(edited, edit(File.ReadAllText(edited)));
        if (!wholeTree)
            File.WriteAllText(Path.Combine(source, "dirs"), "DIRS=gamma delta\n");
        var result = Translate(source, output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Build("gamma", output, bin);
        var written = result.Written.Select(w => Path.GetRelativePath(output, Path.Combine(Repo.Root, w)).Replace('\\', '/')).ToList();
        return (RunApp(bin), written, appFile.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(bin, "app.dll"))));
    }

    [Fact]
    public void AnImageThatCannotBeFoundFailsTheLoad()
    {
        Assert.True(Translate(Tree, _output).Succeeded);
        var bin = BuildAll(_output);
        File.Delete(Path.Combine(bin, "delta.dll"));
        var run = RunApp(bin);
        Assert.Equal(HostedRuntime.StatusLoadFailed, run.Status);
        Assert.Equal("nt2cs: image app imports from delta, which could not be found\n", run.Stderr);
    }

    [Fact]
    public void ImportsAreCheckedWhenTheImageLinks()
    {
        var source = CopyTree();
        var app = Path.Combine(source, "app", "app.c");
        File.WriteAllText(app, File.ReadAllText(app).Replace("GammaScaled(6, 7)", "GammaHidden()").Replace("int main(void)", "int GammaHidden(void);\nint main(void)"));
        var result = Translate(source, Path.Combine(_output, "out"));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().EndsWith("error: undefined reference to 'GammaHidden'", StringComparison.Ordinal));

        var def = Path.Combine(source, "gamma", "gamma.def");
        File.WriteAllText(def, File.ReadAllText(def) + "    GammaMissing\n");
        result = Translate(source, Path.Combine(_output, "out"));
        Assert.Contains(result.Diagnostics, d => d.ToString().EndsWith("gamma.def:9:5: error: 'GammaMissing' is exported, but image gamma does not define it", StringComparison.Ordinal));
    }

    /// <summary>An export named only by the image's .def file is linked from the archive member that defines it, as a linker resolves it.</summary>
    [Fact]
    public void AnExportOnlyAnArchiveMemberDefinesIsLinked()
    {
        var source = Directory.CreateDirectory(Path.Combine(_output, "exports")).FullName;
        void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(source, path))!);
            File.WriteAllText(Path.Combine(source, path), text);
        }
        Write("dirs", "DIRS=lib image\n");
        Write("lib/sources", "TARGETNAME=lib\nTARGETTYPE=LIBRARY\nSOURCES=pool.c\n");
        Write("lib/pool.c", "int PoolAllocate(int n) { return n * 2; }\n");
        Write("image/sources", "TARGETNAME=image\nTARGETTYPE=EXPORT_DRIVER\nDLLDEF=image.def\nSOURCES=init.c\nTARGETLIBS=..\\lib\\obj\\*\\lib.lib\n");
        Write("image/image.def", "EXPORTS\n    PoolAllocate\n");
        Write("image/init.c", "int Init(void) { return 1; }\n");
        var result = Translate(source, Path.Combine(_output, "exports-out"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var context = new AssemblyLoadContext("exports", isCollectible: true);
        try
        {
            var image = ImageFiles.Of(context.LoadFromStream(new MemoryStream(TreeBuild.Compile(Path.Combine(_output, "exports-out"), "image"))))!;
            ImageLoader.Place([image], 0x100000, 0x1000, out _);
            Assert.NotNull(image.Export("PoolAllocate"));
        }
        finally
        {
            context.Unload();
        }
    }

    private static TreeResult Translate(string source, string output) => TreeTranslator.Run(new TreeOptions
    {
        SourceRoot = source,
        OutputRoot = output,
        RepositoryRoot = Repo.Root,
    });

    /// <summary>A copy of the linking tree to edit.</summary>
    private string CopyTree()
    {
        var root = Directory.CreateDirectory(Path.Combine(_output, "src")).FullName;
        foreach (var file in Directory.GetFiles(Tree, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(Tree, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return root;
    }

    /// <summary>Each image's assembly file, built from its project, in one folder (as they would be installed together).</summary>
    private string BuildAll(string output)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_output, "bin")).FullName;
        foreach (var image in new[] { "gamma", "delta", "app" })
            Build(image, output, bin);
        return bin;
    }

    /// <summary>Runs app.dll, finding the images it imports from in <paramref name="bin"/>, each run in an assembly context of its own.</summary>
    private static RunResult RunApp(string bin)
    {
        var context = new AssemblyLoadContext("linking", isCollectible: true);
        try
        {
            var app = ImageFiles.Read(Path.Combine(bin, "app.dll"), context);
            return TranslatedC.Run(app, "app", [], TimeSpan.FromMinutes(1), ImageFiles.In([bin], context));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Builds an image's project into <c>bin/NAME.dll</c>.</summary>
    private static void Build(string image, string output, string bin) =>
        File.WriteAllBytes(Path.Combine(bin, image + ".dll"), TreeBuild.Compile(output, image));
}
