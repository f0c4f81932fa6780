using System.Text;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Images;
using Nt2cs.Transpiler.Lowering;

namespace Nt2cs.Transpiler.Driver;

/// <summary>Where a tree translation reads and writes.</summary>
public sealed class TreeOptions
{
    /// <summary>The NT source tree (nt-src).</summary>
    public required string SourceRoot { get; init; }

    /// <summary>Where each image's C# project goes (generated), mirroring the source tree.</summary>
    public required string OutputRoot { get; init; }

    /// <summary>The nt2cs checkout: #line paths are relative to it, and projects reference its runtime.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>Only this image (and nothing else is written); null for all.</summary>
    public string? Image { get; init; }

    /// <summary>Compare with what is on disk instead of writing.</summary>
    public bool Check { get; init; }
}

/// <summary>What a tree translation did or found.</summary>
public sealed class TreeResult
{
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Files under the output root that differ from the translation, are missing, or should not be there.</summary>
    public List<string> Stale { get; } = [];

    public List<string> Written { get; } = [];
    public int Images { get; set; }
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>An image failed because of the translator (a bug), not its C.</summary>
    public bool InternalError { get; set; }
}

/// <summary>Progress of one image, for a progress display.</summary>
public sealed record ImageProgress(string Image, int Index, int Count, bool Done);

/// <summary>
/// <c>nt2cs translate</c> over a source tree, linked as NT's build links it: a LIBRARY is an archive of objects,
/// never an image of its own; every other target (PROGRAM, DYNLINK, DRIVER, EXPORT_DRIVER…) is an image that
/// links its own objects and the archive members its TARGETLIBS provide (<see cref="ArchiveLinker"/>), so the
/// libraries of one image may call each other in every direction. Each image becomes one C# project under the
/// output root, at its sources file's place; an archive member's C# goes beside its library's sources (in a folder
/// per image when several images link the library) and into the project of each image that links it. Output is
/// deterministic, so <see cref="TreeOptions.Check"/> can tell a stale <c>generated/</c> from a current one.
/// </summary>
public static partial class TreeTranslator
{
    public static TreeResult Run(TreeOptions options, IProgress<ImageProgress>? progress = null)
    {
        var result = new TreeResult();
        IReadOnlyList<ImageSpec> specs;
        try
        {
            specs = ImageTree.Load(options.SourceRoot);
        }
        catch (TranslationException e)
        {
            result.Diagnostics.Add(e.ToDiagnostic());
            return result;
        }
        var libraries = specs.Where(s => s.IsLibrary).ToDictionary(s => s.TargetName, StringComparer.OrdinalIgnoreCase);
        var images = specs.Where(s => !s.IsLibrary).ToList();
        var linkers = images.SelectMany(i => i.Libraries.Where(libraries.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(l => l, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

        // First every image's objects and export table, since an image may import from any other, in a cycle too.
        var compiled = new List<Compiled>();
        for (int index = 0; index < images.Count; index++)
        {
            progress?.Report(new ImageProgress(images[index].TargetName, index, images.Count, false));
            var image = Compile(images[index], libraries, images, options, result);
            if (image is null)
                return result;
            compiled.Add(image);
        }
        var exports = compiled.ToDictionary(c => c.Image.TargetName, c => c.Exports, StringComparer.OrdinalIgnoreCase);

        var produced = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int index = 0; index < compiled.Count; index++)
        {
            var (image, units, translation, imageExports) = compiled[index];
            compiled[index] = compiled[index] with { Units = [] }; // the image's C AST is garbage once linked
            var importable = new Dictionary<string, ImportableSymbol>(StringComparer.Ordinal);
            foreach (var exporter in image.Libraries.Where(exports.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase))
                foreach (var (name, symbol) in ExportTable.Importable(exports[exporter].Image, exports[exporter].Symbols))
                    importable.TryAdd(name, symbol);
            var owner = image.Libraries.Where(libraries.ContainsKey).SelectMany(l => libraries[l].Sources.Select(s => (Source: s, Library: libraries[l])))
                .DistinctBy(p => p.Source).ToDictionary(p => p.Source, p => p.Library, StringComparer.Ordinal);
            Translator.Link(units, LinkOptions(image, options, source => OutputName(source, image, owner, options, linkers), importable, imageExports.Symbols), translation);
            result.Diagnostics.AddRange(translation.Diagnostics);
            result.InternalError |= translation.InternalError;
            if (!translation.Succeeded)
                return result;
            result.Images++;
            if (options.Image is null || options.Image.Equals(image.TargetName, StringComparison.OrdinalIgnoreCase))
                Produce(image, translation, options, produced);
            progress?.Report(new ImageProgress(image.TargetName, index, images.Count, true));
        }
        Deliver(produced, options, result);
        return result;
    }

    /// <summary>An image compiled but not linked: the objects it links (its own and its archives' members) and its exports.</summary>
    private sealed record Compiled(ImageSpec Image, IReadOnlyList<CTranslationUnit> Units, TranslationResult Translation, (string Image, IReadOnlyList<ExportedSymbol> Symbols) Exports);

    /// <summary>
    /// Compiles the image's sources and its archives' members (each with its own sources file's options), selects
    /// the members it links, and builds its export table; null after an error (in <paramref name="result"/>).
    /// </summary>
    private static Compiled? Compile(ImageSpec image, Dictionary<string, ImageSpec> libraries, IReadOnlyList<ImageSpec> images, TreeOptions options, TreeResult result)
    {
        var where = new SourceLoc(Path.Combine(image.Directory, "sources"), 1, 1);
        foreach (var name in image.Libraries.Where(l => !libraries.ContainsKey(l)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (name.Equals(image.TargetName, StringComparison.OrdinalIgnoreCase))
                result.Diagnostics.Add(new Diagnostic(Severity.Error, where, $"TARGETLIBS names '{name}', the image itself"));
            else if (!images.Any(i => i.TargetName.Equals(name, StringComparison.OrdinalIgnoreCase)))
                result.Diagnostics.Add(new Diagnostic(Severity.Warning, where, $"TARGETLIBS names '{name}', which is not a library or image in this tree"));
        }
        if (!result.Succeeded)
            return null;
        var translation = new TranslationResult();
        var archives = image.Libraries.Where(libraries.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase).Select(l => libraries[l]).ToList();
        var objects = Translator.Parse(image.Sources, ParseOptions(image, options), translation);
        var members = archives.Select(library => (IReadOnlyList<CTranslationUnit>)Translator.Parse(library.Sources, ParseOptions(library, options), translation)).ToList();
        try
        {
            if (translation.Diagnostics.All(d => d.Severity != Severity.Error))
            {
                var roots = (image.ModuleDefinition is { } def ? DefFile.ReadExports(def).Select(e => e.Internal) : [])
                    .Concat(image.EntryName is { } entry ? [entry] : []);
                var units = ArchiveLinker.Select(objects, members, roots);
                return new Compiled(image, units, translation, (image.TargetName, ExportTable.Of(image, units)));
            }
        }
        catch (TranslationException e)
        {
            translation.Diagnostics.Add(e.ToDiagnostic());
        }
        result.Diagnostics.AddRange(translation.Diagnostics);
        result.InternalError |= translation.InternalError;
        return null;
    }

    /// <summary>How an image links: its name, its C#'s places, what it may import, what it exports and its entry point.</summary>
    private static TranslationOptions LinkOptions(ImageSpec image, TreeOptions options, Func<string, string> outputName,
        IReadOnlyDictionary<string, ImportableSymbol> importable, IReadOnlyList<ExportedSymbol> exports) => ParseOptions(image, options) with
    {
        IsProgram = image.IsProgram,
        Hosted = false,
        ImageName = image.TargetName,
        Namespace = Translator.NamespaceFor(image.TargetName),
        ClassName = "Image",
        OutputName = outputName,
        Interface = new ImageInterface
        {
            Importable = importable,
            Exports = exports.Select(e => new ExportRequest(e.Name, e.Internal, e.Location)).ToList(),
            EntryName = image.EntryName,
            EntryRequired = image.EntryRequired,
        },
    };

    private static TranslationOptions ParseOptions(ImageSpec spec, TreeOptions options) => new()
    {
        IncludeDirectories = [.. spec.IncludeDirectories],
        Defines = [.. spec.Defines],
        Freestanding = !spec.UsesCRuntime,
        SourcePath = source => Path.GetRelativePath(options.RepositoryRoot, source).Replace('\\', '/'),
        FileMacroRoot = options.RepositoryRoot,
        PrecompiledHeader = spec.PrecompiledInclude,
    };

    /// <summary>
    /// Where a unit's C# goes, relative to the image's project: an own source's beside it; an archive member's in
    /// its library's output folder (in a subfolder named after the image when several images link the library).
    /// </summary>
    private static string OutputName(string source, ImageSpec image, Dictionary<string, ImageSpec> owner, TreeOptions options, Dictionary<string, int> linkers)
    {
        if (!owner.TryGetValue(source, out var library))
            return Path.ChangeExtension(Path.GetRelativePath(image.Directory, source), ".cs").Replace('\\', '/');
        var folder = Path.Combine(options.OutputRoot, library.RelativeDirectory);
        if (linkers.GetValueOrDefault(library.TargetName) > 1)
            folder = Path.Combine(folder, image.TargetName);
        var file = Path.Combine(folder, Path.ChangeExtension(Path.GetRelativePath(library.Directory, source), ".cs"));
        return Path.GetRelativePath(Path.Combine(options.OutputRoot, image.RelativeDirectory), file).Replace('\\', '/');
    }

    /// <summary>The image's files and project, by their full paths.</summary>
    private static void Produce(ImageSpec image, TranslationResult translation, TreeOptions options, Dictionary<string, string> produced)
    {
        var directory = Path.Combine(options.OutputRoot, image.RelativeDirectory);
        foreach (var file in translation.Files)
            produced[Path.GetFullPath(Path.Combine(directory, file.Name))] = file.Text;
        var outside = translation.Files.Select(f => f.Name).Where(n => n.StartsWith("../", StringComparison.Ordinal)).ToList();
        produced[Path.GetFullPath(Path.Combine(directory, image.TargetName + ".csproj"))] = ProjectFile(image, options, directory, outside);
    }

    /// <summary>
    /// Writes what changed (or, checking, lists it), and removes C# and projects under the output root that no image
    /// produces any more (a library's old project, a file whose source is gone); with --image, only that image's.
    /// </summary>
    private static void Deliver(Dictionary<string, string> produced, TreeOptions options, TreeResult result)
    {
        foreach (var (path, text) in produced.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (File.Exists(path) && File.ReadAllText(path) == text)
                continue;
            if (options.Check)
            {
                result.Stale.Add(Path.GetRelativePath(options.RepositoryRoot, path));
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            result.Written.Add(Path.GetRelativePath(options.RepositoryRoot, path));
        }
        if (options.Image is not null || !Directory.Exists(options.OutputRoot))
            return;
        foreach (var leftover in Leftovers(options.OutputRoot, produced))
        {
            if (options.Check)
                result.Stale.Add(Path.GetRelativePath(options.RepositoryRoot, leftover));
            else
                File.Delete(leftover);
        }
    }

    /// <summary>C# files and projects under the output root (outside build folders) no image produced.</summary>
    private static IEnumerable<string> Leftovers(string root, Dictionary<string, string> produced)
    {
        var separator = Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(file);
            if (!(full.EndsWith(".cs", StringComparison.Ordinal) || full.EndsWith(".csproj", StringComparison.Ordinal)))
                continue;
            if (full.Contains($"{separator}bin{separator}") || full.Contains($"{separator}obj{separator}"))
                continue;
            if (!produced.ContainsKey(full))
                yield return full;
        }
    }

    private static string ProjectFile(ImageSpec image, TreeOptions options, string directory, IReadOnlyList<string> outside)
    {
        var references = new StringBuilder();
        var runtime = Path.Combine(options.RepositoryRoot, "runtime", "Nt2cs.Runtime", "Nt2cs.Runtime.csproj");
        references.Append($"    <ProjectReference Include=\"{Path.GetRelativePath(directory, runtime).Replace('\\', '/')}\" />\n");
        var compiles = string.Concat(outside.Order(StringComparer.Ordinal).Select(f => $"    <Compile Include=\"{f}\" />\n"));
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Generated by nt2cs from {Path.GetRelativePath(options.RepositoryRoot, Path.Combine(image.Directory, "sources")).Replace('\\', '/')}. Do not edit. -->
              <PropertyGroup>
                <OutputType>{(image.IsProgram ? "Exe" : "Library")}</OutputType>
                <AssemblyName>{image.TargetName}</AssemblyName>
                <RootNamespace>{Translator.NamespaceFor(image.TargetName)}</RootNamespace>
                <Nullable>disable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <Optimize>true</Optimize>
                <IsPackable>false</IsPackable>
                <!-- #line names C files relative to the checkout; embedding sources would look for them beside the C#. -->
                <EmbedUntrackedSources>false</EmbedUntrackedSources>
                <NoWarn>$(NoWarn);{string.Join(";", Nt2cs.Transpiler.Emit.ImageEmitter.SuppressedWarnings)}</NoWarn>
              </PropertyGroup>
              <ItemGroup>
            {references.ToString().TrimEnd('\n')}
              </ItemGroup>
            {(compiles.Length == 0 ? "" : $"  <!-- The archive members this image links. -->\n  <ItemGroup>\n{compiles}  </ItemGroup>\n")}</Project>

            """;
    }
}
