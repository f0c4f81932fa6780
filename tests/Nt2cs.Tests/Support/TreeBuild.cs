using Nt2cs.Transpiler.Compilation;

namespace Nt2cs.Tests.Support;

/// <summary>Builds the images of a translated tree as their projects list them, in this process (Roslyn), as assembly bytes.</summary>
public static class TreeBuild
{
    /// <summary>Compiles <paramref name="image"/>'s project under <paramref name="output"/> (the tree's output root).</summary>
    public static byte[] Compile(string output, string image)
    {
        var (bytes, errors) = ProjectCompiler.Compile(Path.Combine(output, image), image);
        return bytes ?? throw new Xunit.Sdk.XunitException($"{image}'s C# does not compile:\n{string.Join("\n", errors)}");
    }
}
