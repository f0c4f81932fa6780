using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Images;

/// <summary>
/// One image as its <c>sources</c> file describes it (the subset nt2cs reads): TARGETNAME, TARGETTYPE, SOURCES
/// and i386_SOURCES, INCLUDES, C_DEFINES, TARGETLIBS, PRECOMPILED_INCLUDE, and USE_MSVCRT/USE_LIBCMT for images
/// that link the C runtime (the others are freestanding, as kernel-mode images are).
/// </summary>
public sealed class ImageSpec
{
    public required string Directory { get; init; }

    /// <summary>The directory relative to the source root, with / separators: where the image's C# goes.</summary>
    public required string RelativeDirectory { get; init; }

    public required string TargetName { get; init; }
    public required string TargetType { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required IReadOnlyList<string> IncludeDirectories { get; init; }
    public required IReadOnlyList<string> Defines { get; init; }

    /// <summary>TARGETNAMEs of the libraries (archives) this image links.</summary>
    public required IReadOnlyList<string> Libraries { get; init; }

    public string? PrecompiledInclude { get; init; }

    /// <summary>Links the C runtime (a user-mode program or library); otherwise freestanding.</summary>
    public bool UsesCRuntime { get; init; }

    /// <summary>An executable with a <c>main</c>.</summary>
    public bool IsProgram => TargetType.Equals("PROGRAM", StringComparison.OrdinalIgnoreCase);

    public static ImageSpec FromSources(string directory, string root)
    {
        var sources = SourcesFile.Read(Path.Combine(directory, "sources"));
        string Required(string name) => sources[name] is { Length: > 0 } value ? value.Trim()
            : throw new TranslationException(new SourceLoc(sources.Path, 1, 1), $"sources file does not define {name}");
        var files = sources.Words("SOURCES").Concat(sources.Words("i386_SOURCES"))
            .Select(f => Path.GetFullPath(Path.Combine(directory, f))).ToList();
        var defines = sources.Words("C_DEFINES")
            .Where(d => d.StartsWith("-D", StringComparison.Ordinal) || d.StartsWith("/D", StringComparison.Ordinal))
            .Select(d => d[2..]).ToList();
        return new ImageSpec
        {
            Directory = directory,
            RelativeDirectory = Path.GetRelativePath(root, directory).Replace('\\', '/'),
            TargetName = Required("TARGETNAME"),
            TargetType = Required("TARGETTYPE"),
            Sources = files,
            IncludeDirectories = sources.List("INCLUDES").Select(i => Path.GetFullPath(Path.Combine(directory, i))).ToList(),
            Defines = defines,
            Libraries = sources.Words("TARGETLIBS").Select(l => Path.GetFileNameWithoutExtension(l)).ToList(),
            PrecompiledInclude = sources["PRECOMPILED_INCLUDE"]?.Trim() is { Length: > 0 } pch ? Path.GetFullPath(Path.Combine(directory, pch)) : null,
            UsesCRuntime = sources["USE_MSVCRT"]?.Trim() == "1" || sources["USE_LIBCMT"]?.Trim() == "1",
        };
    }
}

/// <summary>The targets of a source tree (images and libraries), found through its <c>dirs</c> files, in their order.</summary>
public static class ImageTree
{
    public static IReadOnlyList<ImageSpec> Load(string root)
    {
        var images = new List<ImageSpec>();
        Walk(Path.GetFullPath(root), Path.GetFullPath(root), images);
        return images;
    }

    private static void Walk(string directory, string root, List<ImageSpec> images)
    {
        if (File.Exists(Path.Combine(directory, "sources")))
            images.Add(ImageSpec.FromSources(directory, root));
        var dirs = Path.Combine(directory, "dirs");
        if (!File.Exists(dirs))
            return;
        var file = SourcesFile.Read(dirs);
        foreach (var sub in file.Words("DIRS").Concat(file.Words("OPTIONAL_DIRS")))
        {
            var path = Path.Combine(directory, sub);
            if (!System.IO.Directory.Exists(path))
                throw new TranslationException(new SourceLoc(dirs, 1, 1), $"dirs names '{sub}', which does not exist");
            Walk(path, root, images);
        }
    }
}
