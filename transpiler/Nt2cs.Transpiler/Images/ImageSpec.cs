using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Images;

/// <summary>
/// One image as its <c>sources</c> file describes it (the subset nt2cs reads): TARGETNAME, TARGETTYPE, SOURCES
/// and i386_SOURCES, INCLUDES, C_DEFINES, TARGETLIBS and LINKLIBS, DLLDEF, DLLENTRY, UMTYPE, PRECOMPILED_INCLUDE,
/// and USE_MSVCRT/USE_LIBCMT for images that link the C runtime (the others are freestanding, as kernel-mode
/// images are). NTTARGETFILE0/1 (rules of a makefile.inc) are refused.
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

    /// <summary>
    /// TARGETNAMEs of what the image links, in the order the linker searches them: LINKLIBS, then TARGETLIBS. Each
    /// names a library (an archive) or another image (its import library).
    /// </summary>
    public required IReadOnlyList<string> Libraries { get; init; }

    /// <summary>The module-definition file whose EXPORTS the image exports (DLLDEF), if any.</summary>
    public string? ModuleDefinition { get; init; }

    /// <summary>
    /// The function the loader calls once the image is bound: DLLENTRY if the sources file names one, else
    /// DriverEntry for a driver, efi_main for an EFI application; none for a program (its main runs) or a library.
    /// </summary>
    public string? EntryName { get; init; }

    /// <summary>The entry must be defined (DLLENTRY given, a DRIVER or an EFI application); an EXPORT_DRIVER may have no DriverEntry.</summary>
    public bool EntryRequired { get; init; }

    public string? PrecompiledInclude { get; init; }

    /// <summary>Links the C runtime (a user-mode program or library); otherwise freestanding.</summary>
    public bool UsesCRuntime { get; init; }

    /// <summary>An executable with a <c>main</c>.</summary>
    public bool IsProgram => TargetType.Equals("PROGRAM", StringComparison.OrdinalIgnoreCase);

    /// <summary>An archive of objects, never an image of its own.</summary>
    public bool IsLibrary => TargetType.Equals("LIBRARY", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The TARGETTYPEs nt2cs builds: a library, a user-mode program or DLL, a driver, a driver that exports (ntoskrnl,
    /// hal), and an EFI application, which the firmware starts at <c>efi_main</c> (the OS loader).
    /// </summary>
    public static readonly IReadOnlyList<string> TargetTypes = ["LIBRARY", "PROGRAM", "DYNLINK", "DRIVER", "EXPORT_DRIVER", "EFI_APPLICATION"];

    /// <summary>The UMTYPEs of a program: a console program's entry is main (a native or GUI program's is not, and is not supported yet).</summary>
    private static readonly IReadOnlyList<string> ProgramTypes = ["console"];

    public static ImageSpec FromSources(string directory, string root)
    {
        var sources = SourcesFile.Read(Path.Combine(directory, "sources"));
        string Required(string name) => sources[name] is { Length: > 0 } value ? value.Trim()
            : throw new TranslationException(new SourceLoc(sources.Path, 1, 1), $"sources file does not define {name}");
        var files = sources.Words("SOURCES").Concat(sources.Words("i386_SOURCES"))
            .Select(f => Path.GetFullPath(Path.Combine(directory, f))).ToList();
        var where = new SourceLoc(sources.Path, 1, 1);
        var targetType = Required("TARGETTYPE").ToUpperInvariant();
        if (!TargetTypes.Contains(targetType))
            throw new TranslationException(where, $"unsupported: TARGETTYPE={targetType} (nt2cs builds {string.Join(", ", TargetTypes)})");
        foreach (var rule in new[] { "NTTARGETFILE0", "NTTARGETFILE1", "NTTARGETFILES" }.Where(r => sources[r] is { Length: > 0 }))
            throw new TranslationException(where, $"unsupported: {rule} (rules of a makefile.inc)");
        if (targetType == "PROGRAM" && sources["UMTYPE"]?.Trim() is { Length: > 0 } umType && !ProgramTypes.Contains(umType.ToLowerInvariant()))
            throw new TranslationException(where, $"unsupported: UMTYPE={umType} (a program's entry point is main: UMTYPE=console)");
        var moduleDefinition = sources["DLLDEF"]?.Trim() is { Length: > 0 } def ? Path.GetFullPath(Path.Combine(directory, def.Replace('\\', '/'))) : null;
        if (moduleDefinition is not null && targetType is "LIBRARY" or "PROGRAM" or "EFI_APPLICATION")
            throw new TranslationException(where, $"DLLDEF with TARGETTYPE={targetType}: only a DYNLINK or a driver exports");
        var dllEntry = sources["DLLENTRY"]?.Trim() is { Length: > 0 } named ? named : null;
        if (dllEntry is not null && targetType is "LIBRARY" or "PROGRAM")
            throw new TranslationException(where, $"DLLENTRY in a {targetType}: a program's entry is main");
        var entry = dllEntry ?? targetType switch
        {
            "DRIVER" or "EXPORT_DRIVER" => "DriverEntry",
            "EFI_APPLICATION" => "efi_main",
            _ => null,
        };
        var defines = sources.Words("C_DEFINES")
            .Where(d => d.StartsWith("-D", StringComparison.Ordinal) || d.StartsWith("/D", StringComparison.Ordinal))
            .Select(d => d[2..]).ToList();
        return new ImageSpec
        {
            Directory = directory,
            RelativeDirectory = Path.GetRelativePath(root, directory).Replace('\\', '/'),
            TargetName = Required("TARGETNAME"),
            TargetType = targetType,
            Sources = files,
            IncludeDirectories = sources.List("INCLUDES").Select(i => Path.GetFullPath(Path.Combine(directory, i))).ToList(),
            Defines = defines,
            Libraries = sources.Words("LINKLIBS").Concat(sources.Words("TARGETLIBS")).Select(l => Path.GetFileNameWithoutExtension(l)).ToList(),
            ModuleDefinition = moduleDefinition,
            EntryName = entry,
            EntryRequired = dllEntry is not null || targetType is "DRIVER" or "EFI_APPLICATION",
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
