using System.Text;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Images;

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
/// <c>nt2cs translate</c> over a source tree: every image its dirs and sources files describe, libraries before
/// their users, each into its own C# project under the output root with paths mirroring the sources. Output is
/// deterministic, so <see cref="TreeOptions.Check"/> can tell a stale <c>generated/</c> from a current one.
/// </summary>
public static class TreeTranslator
{
    public static TreeResult Run(TreeOptions options, IProgress<ImageProgress>? progress = null)
    {
        var result = new TreeResult();
        IReadOnlyList<ImageSpec> images;
        try
        {
            images = ImageTree.Load(options.SourceRoot);
        }
        catch (TranslationException e)
        {
            result.Diagnostics.Add(e.ToDiagnostic());
            return result;
        }
        var exports = new Dictionary<string, ImageExports>(StringComparer.OrdinalIgnoreCase);
        var known = images.Select(i => i.TargetName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (int index = 0; index < images.Count; index++)
        {
            var image = images[index];
            progress?.Report(new ImageProgress(image.TargetName, index, images.Count, false));
            foreach (var unknown in image.Libraries.Where(l => !known.Contains(l)))
                result.Diagnostics.Add(new Diagnostic(Severity.Warning, new SourceLoc(Path.Combine(image.Directory, "sources"), 1, 1),
                    $"TARGETLIBS names '{unknown}', which is not an image in this tree"));
            var translation = Translator.Translate(image.Sources, OptionsFor(image, options, exports));
            result.Diagnostics.AddRange(translation.Diagnostics);
            result.InternalError |= translation.InternalError;
            if (!translation.Succeeded)
                return result;
            exports[image.TargetName] = translation.Exports!;
            result.Images++;
            if (options.Image is null || options.Image.Equals(image.TargetName, StringComparison.OrdinalIgnoreCase))
                Deliver(image, options, translation, images, result);
            progress?.Report(new ImageProgress(image.TargetName, index, images.Count, true));
        }
        return result;
    }

    private static TranslationOptions OptionsFor(ImageSpec image, TreeOptions options, Dictionary<string, ImageExports> exports) => new()
    {
        IncludeDirectories = [.. image.IncludeDirectories],
        Defines = [.. image.Defines],
        Freestanding = !image.UsesCRuntime,
        IsProgram = image.IsProgram,
        ImageName = image.TargetName,
        Namespace = Translator.NamespaceFor(image.TargetName),
        ClassName = "Image",
        OutputName = source => Path.ChangeExtension(Path.GetRelativePath(image.Directory, source), ".cs").Replace('\\', '/'),
        SourcePath = source => Path.GetRelativePath(options.RepositoryRoot, source).Replace('\\', '/'),
        PrecompiledHeader = image.PrecompiledInclude,
        Libraries = image.Libraries.Where(exports.ContainsKey).Select(l => exports[l]).ToList(),
    };

    /// <summary>Writes the image's files (or, checking, compares them), and removes C# the image no longer produces.</summary>
    private static void Deliver(ImageSpec image, TreeOptions options, TranslationResult translation, IReadOnlyList<ImageSpec> images, TreeResult result)
    {
        var directory = Path.Combine(options.OutputRoot, image.RelativeDirectory);
        var files = translation.Files.ToDictionary(f => f.Name.Replace('\\', '/'), f => f.Text, StringComparer.Ordinal);
        files[image.TargetName + ".csproj"] = ProjectFile(image, options, images, directory);
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(directory, name);
            bool current = File.Exists(path) && File.ReadAllText(path) == text;
            if (current)
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
        foreach (var leftover in Leftovers(directory, files.Keys, image, images, options))
        {
            if (options.Check)
                result.Stale.Add(Path.GetRelativePath(options.RepositoryRoot, leftover));
            else
                File.Delete(leftover);
        }
    }

    /// <summary>C# files and projects in the image's output directory (not in other images' directories) it did not produce.</summary>
    private static IEnumerable<string> Leftovers(string directory, IEnumerable<string> produced, ImageSpec image, IReadOnlyList<ImageSpec> images, TreeOptions options)
    {
        if (!Directory.Exists(directory))
            yield break;
        var expected = produced.Select(p => Path.GetFullPath(Path.Combine(directory, p))).ToHashSet(StringComparer.Ordinal);
        var others = images.Where(i => i != image).Select(i => Path.GetFullPath(Path.Combine(options.OutputRoot, i.RelativeDirectory)) + Path.DirectorySeparatorChar).ToList();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(file);
            if (!(full.EndsWith(".cs", StringComparison.Ordinal) || full.EndsWith(".csproj", StringComparison.Ordinal)))
                continue;
            if (full.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") || full.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                continue;
            if (expected.Contains(full) || others.Any(o => full.StartsWith(o, StringComparison.Ordinal)))
                continue;
            yield return full;
        }
    }

    private static string ProjectFile(ImageSpec image, TreeOptions options, IReadOnlyList<ImageSpec> images, string directory)
    {
        var references = new StringBuilder();
        var runtime = Path.Combine(options.RepositoryRoot, "runtime", "Nt2cs.Runtime", "Nt2cs.Runtime.csproj");
        references.Append($"    <ProjectReference Include=\"{Path.GetRelativePath(directory, runtime).Replace('\\', '/')}\" />\n");
        foreach (var library in image.Libraries)
        {
            var dependency = images.FirstOrDefault(i => i.TargetName.Equals(library, StringComparison.OrdinalIgnoreCase));
            if (dependency is null)
                continue;
            var project = Path.Combine(options.OutputRoot, dependency.RelativeDirectory, dependency.TargetName + ".csproj");
            references.Append($"    <ProjectReference Include=\"{Path.GetRelativePath(directory, project).Replace('\\', '/')}\" />\n");
        }
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
                <NoWarn>$(NoWarn);{string.Join(";", Nt2cs.Transpiler.Emit.ImageEmitter.SuppressedWarnings)}</NoWarn>
              </PropertyGroup>
              <ItemGroup>
            {references.ToString().TrimEnd('\n')}
              </ItemGroup>
            </Project>

            """;
    }
}
