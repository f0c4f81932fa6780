using System.Text.RegularExpressions;
using Nt2cs.Transpiler.Emit;

namespace Nt2cs.Transpiler.Compilation;

/// <summary>
/// Compiles the C# project of one image of a translated tree in this process (Roslyn), as its .csproj lists it:
/// the C# in its folder and the archive members it includes from their libraries' folders.
/// </summary>
public static partial class ProjectCompiler
{
    /// <summary>The image's C# files: those in <paramref name="directory"/> and the members its .csproj includes.</summary>
    public static IReadOnlyList<string> Sources(string directory, string image)
    {
        var project = File.ReadAllText(Path.Combine(directory, image + ".csproj"));
        return Directory.GetFiles(directory, "*.cs").Order(StringComparer.Ordinal)
            .Concat(CompileItem().Matches(project).Select(m => Path.GetFullPath(Path.Combine(directory, m.Groups[1].Value))))
            .ToList();
    }

    /// <summary>The image's assembly, or the compiler's errors.</summary>
    public static (byte[]? Assembly, IReadOnlyList<string> Errors) Compile(string directory, string image)
    {
        var files = Sources(directory, image).Select(path => new GeneratedFile(Path.GetFileName(path), File.ReadAllText(path))).ToList();
        return CSharpCompiler.Compile(image, files);
    }

    [GeneratedRegex("<Compile Include=\"([^\"]+)\" />")]
    private static partial Regex CompileItem();
}
