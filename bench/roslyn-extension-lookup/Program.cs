#:package Microsoft.CodeAnalysis.CSharp@5.12.0
// Roslyn's compile time of field reads written as C# 14 extension properties, the shape nt2cs gives struct
// fields (`p.field` on a Ptr<S>, from a static class of extension blocks per struct: Emit/TypeGenerator), against
// the same reads as static method calls. Roslyn finds an extension member by asking every extension block in
// scope for the name, so a read costs in proportion to the blocks: SQLite's translation has 588, and
// `ResolveExtension` was about half of Roslyn's busy time compiling it. Usage: bench/roslyn-extension-lookup/run
// [STRUCTS...] (the reads are 40,000, spread over the structs); prints the best of three compiles of each shape.
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

const int Reads = 40_000;
string[] shapes = ["extension blocks, a class per struct", "extension blocks, one class", "static methods"];
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Where(p => Path.GetFileName(p) is "System.Private.CoreLib.dll" or "System.Runtime.dll")
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();

Console.WriteLine($"{"structs",8} {"shape",-38} {"best ms",8} {"vs static",10}");
foreach (var structs in args.Length > 0 ? args.Select(int.Parse) : [30, 300, 600])
{
    var best = shapes.Select(shape => Enumerable.Range(0, 3).Min(_ => CompileMilliseconds(Source(shape, structs))))
        .ToArray();
    for (int s = 0; s < shapes.Length; s++)
        Console.WriteLine($"{structs,8} {shapes[s],-38} {best[s],8} {(double)best[s] / best[^1],9:F2}x");
}

long CompileMilliseconds(string source)
{
    var clock = Stopwatch.StartNew();
    var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp14));
    var compilation = CSharpCompilation.Create("reads", [tree], references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
    using var output = new MemoryStream();
    var result = compilation.Emit(output);
    if (!result.Success)
        throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
    return clock.ElapsedMilliseconds;
}

// Struct i has a field f(i % 50) (names shared between structs, as C's are) and one of its own, each as a
// pointer's extension property and as its by-reference twin (nt2cs's Ptr and WPtr blocks), or as static methods.
string Source(string shape, int structs)
{
    bool extension = shape != "static methods", oneClass = shape == "extension blocks, one class";
    var text = new StringBuilder("namespace Reads;\npublic struct P<T> { public uint A; }\n");
    for (int i = 0; i < structs; i++)
        text.Append($"public struct S{i} {{ }}\n");
    if (oneClass)
        text.Append("public static class Fields {\n");
    for (int i = 0; i < structs; i++)
    {
        if (!oneClass)
            text.Append($"public static class S{i}_Fields {{\n");
        text.Append(extension
            ? $"  extension(P<S{i}> p) {{ public int f{i % 50} => (int)p.A + {i}; public int g{i} => 1; }}\n"
              + $"  extension(ref P<S{i}> p) {{ public int h{i} => 2; }}\n"
            : $"  public static int f{i % 50}(P<S{i}> p) => (int)p.A + {i}; public static int g{i}(P<S{i}> p) => 1;\n");
        if (!oneClass)
            text.Append("}\n");
    }
    if (oneClass)
        text.Append("}\n");
    text.Append("public static class Reader {\n");
    for (int m = 0; m < Reads / 100; m++)
    {
        text.Append($"  public static int M{m}(uint a) {{ int t = 0;\n");
        for (int k = 0; k < 100; k++)
        {
            int i = (m * 100 + k) % structs;
            string owner = oneClass ? "Fields" : $"S{i}_Fields";
            text.Append(extension
                ? $"    t += new P<S{i}> {{ A = a }}.f{i % 50};\n"
                : $"    t += {owner}.f{i % 50}(new P<S{i}> {{ A = a }});\n");
        }
        text.Append("    return t; }\n");
    }
    return text.Append("}\n").ToString();
}
