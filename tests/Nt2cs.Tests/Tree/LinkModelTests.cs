using System.Reflection;
using System.Text.RegularExpressions;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;
using Nt2cs.Transpiler.Emit;

namespace Nt2cs.Tests.Tree;

/// <summary>
/// NT's link model in tree mode (tests/Nt2cs.Tests/Tree/linking): two LIBRARY targets that call each other are
/// archives, never images of their own; a PROGRAM linking both pulls the members it needs from either, and builds
/// and runs from its project; a member nothing needs is left out, unresolved references and all.
/// </summary>
[Collection("GuestMemory")]
public sealed partial class LinkModelTests : IDisposable
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
    public void LibrariesAreArchivesAndTheProgramLinksWhatItNeeds()
    {
        var result = Translate();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, result.Images);
        var projects = Directory.GetFiles(_output, "*.csproj", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_output, p).Replace('\\', '/'));
        Assert.Equal(["app/app.csproj"], projects);
        Assert.True(File.Exists(Path.Combine(_output, "alpha", "alpha.cs")));
        Assert.True(File.Exists(Path.Combine(_output, "beta", "beta.cs")));
        Assert.False(File.Exists(Path.Combine(_output, "beta", "spare.cs")), "spare.c defines nothing the program needs");

        var run = TranslatedC.Run(Build("app"), "App.Image", "app", [], TimeSpan.FromMinutes(1));
        Assert.Equal("value 44, calls 2\n", run.Output);
        Assert.Equal(2, run.Status);
    }

    [Fact]
    public void AProgramNamingAnotherImageInTargetlibsIsToldImportsAreNotSupportedYet()
    {
        var root = Directory.CreateDirectory(Path.Combine(_output, "src")).FullName;
        foreach (var file in Directory.GetFiles(Tree, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(Tree, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        Directory.CreateDirectory(Path.Combine(root, "gamma"));
        File.WriteAllText(Path.Combine(root, "gamma", "sources"), "TARGETNAME=gamma\nTARGETTYPE=DYNLINK\nSOURCES=gamma.c\n");
        File.WriteAllText(Path.Combine(root, "gamma", "gamma.c"), "int GammaValue(void) { return 3; }\n");
        File.WriteAllText(Path.Combine(root, "dirs"), "DIRS=alpha beta gamma app\n");
        File.AppendAllText(Path.Combine(root, "app", "sources"), "TARGETLIBS=$(TARGETLIBS) ..\\gamma\\obj\\*\\gamma.lib\n");
        var result = TreeTranslator.Run(new TreeOptions { SourceRoot = root, OutputRoot = Path.Combine(_output, "out"), RepositoryRoot = Repo.Root });
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().EndsWith("error: TARGETLIBS names 'gamma', another image: importing from an image at load time is not supported yet", StringComparison.Ordinal));
    }

    /// <summary>Compiles an image's project as its .csproj lists it: its own files and the archive members it includes.</summary>
    private Assembly Build(string image)
    {
        var directory = Path.Combine(_output, image);
        var project = File.ReadAllText(Path.Combine(directory, image + ".csproj"));
        var files = Directory.GetFiles(directory, "*.cs")
            .Concat(CompileItem().Matches(project).Select(m => Path.GetFullPath(Path.Combine(directory, m.Groups[1].Value))))
            .Select(path => new GeneratedFile(Path.GetFileName(path), File.ReadAllText(path))).ToList();
        var (bytes, errors) = CSharpCompiler.Compile(image, files);
        Assert.True(bytes is not null, string.Join("\n", errors));
        return Assembly.Load(bytes);
    }

    [GeneratedRegex("<Compile Include=\"([^\"]+)\" />")]
    private static partial Regex CompileItem();
}
