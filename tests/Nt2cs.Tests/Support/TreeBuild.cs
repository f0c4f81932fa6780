using System.Text.RegularExpressions;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Emit;

namespace Nt2cs.Tests.Support;

/// <summary>Builds the images of a translated tree as their projects list them, in this process (Roslyn), as assembly bytes.</summary>
public static partial class TreeBuild
{
    /// <summary>
    /// Compiles <paramref name="image"/>'s project under <paramref name="output"/> (the tree's output root): the C#
    /// in its folder and the archive members its .csproj includes.
    /// </summary>
    public static byte[] Compile(string output, string image)
    {
        var directory = Path.Combine(output, image);
        var project = File.ReadAllText(Path.Combine(directory, image + ".csproj"));
        var files = Directory.GetFiles(directory, "*.cs")
            .Concat(CompileItem().Matches(project).Select(m => Path.GetFullPath(Path.Combine(directory, m.Groups[1].Value))))
            .Select(path => new GeneratedFile(Path.GetFileName(path), File.ReadAllText(path))).ToList();
        var (bytes, errors) = CSharpCompiler.Compile(image, files);
        return bytes ?? throw new Xunit.Sdk.XunitException($"{image}'s C# does not compile:\n{string.Join("\n", errors)}");
    }

    [GeneratedRegex("<Compile Include=\"([^\"]+)\" />")]
    private static partial Regex CompileItem();
}
