using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Nt2cs.Transpiler.Emit;

namespace Nt2cs.Transpiler.Compilation;

/// <summary>Compiles generated C# in memory with Roslyn, against the framework and the nt2cs runtime.</summary>
public static class CSharpCompiler
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp14);

    /// <summary>
    /// The core library and what the runtime itself references: everything generated code can name goes through
    /// the runtime's API or the core library. (All of the framework's System.* assemblies cost Roslyn about 12% more
    /// compile time in binding the generated files' namespace imports.)
    /// </summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        var runtime = typeof(Runtime.Mem).Assembly;
        var wanted = runtime.GetReferencedAssemblies().Select(a => a.Name + ".dll")
            .Append(typeof(object).Assembly.GetName().Name + ".dll")
            .ToHashSet(StringComparer.Ordinal);
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted.Where(p => wanted.Contains(Path.GetFileName(p)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        references.Add(MetadataReference.CreateFromFile(runtime.Location));
        return [.. references];
    });

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var where = span.IsValid ? $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: " : "";
        return $"{where}internal error: the generated C# does not compile: {diagnostic.Id}: {diagnostic.GetMessage()}";
    }

    /// <summary>
    /// Optimised, but with every local kept in its slot (csc's <c>/optimize+ /debug+</c>, which only its command line
    /// reaches): otherwise Roslyn keeps a local used in the next statement on the evaluation stack across the
    /// statement boundary, the JIT then records no boundary there (it maps native code to IL only where the stack is
    /// empty), and a fault or a call on the stack was reported at an earlier C line (a longjmp through garbage at the
    /// line of the function's opening).
    /// </summary>
    private static readonly CSharpCompilationOptions s_options = CSharpCommandLineParser.Default
        .Parse(["/target:library", "/optimize+", "/debug+", "/unsafe+", "/deterministic+", "/nullable:disable"], AppContext.BaseDirectory, sdkDirectory: null)
        .CompilationOptions.WithConcurrentBuild(true);

    /// <summary>Compiles the files; returns the assembly (with an embedded PDB for C line numbers) or Roslyn's errors.</summary>
    public static (byte[]? Assembly, IReadOnlyList<string> Errors) Compile(string assemblyName, IReadOnlyList<GeneratedFile> files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.Name, encoding: System.Text.Encoding.UTF8));
        var compilation = CSharpCompilation.Create(assemblyName, trees, s_references.Value, s_options);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        if (!result.Success)
        {
            // #line directives map each error to the C it came from.
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe).ToList();
            return (null, errors);
        }
        if (Environment.GetEnvironmentVariable("NT2CS_DUMP_ASSEMBLY") is { Length: > 0 } dump)
            File.WriteAllBytes(dump, stream.ToArray());
        return (stream.ToArray(), []);
    }
}
