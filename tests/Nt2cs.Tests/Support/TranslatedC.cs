using System.Reflection;
using Nt2cs.Runtime;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;
using Nt2cs.Transpiler.Emit;

namespace Nt2cs.Tests.Support;

/// <summary>C translated by nt2cs, compiled by Roslyn and run on the hosted runtime, all in this process.</summary>
public static class TranslatedC
{
    /// <summary>One translated program in a batch: its files, or why it has none.</summary>
    public sealed record Program(string Name, TranslationResult Translation)
    {
        public string TypeName => $"{Translation.Namespace}.{Translation.ClassName}";
    }

    public static TranslationResult Translate(IReadOnlyList<string> sources, TranslationOptions? options = null) =>
        Translator.Translate(sources, options ?? new TranslationOptions());

    /// <summary>
    /// Compiles many translated programs into one assembly (each has its own namespace): one Roslyn run instead of
    /// one per program. When the batch fails, each program is compiled alone so the error names its program.
    /// </summary>
    public static (Assembly? Assembly, Dictionary<string, string> Errors) CompileBatch(IReadOnlyList<Program> programs, string name)
    {
        var errors = new Dictionary<string, string>();
        var (bytes, batchErrors) = CSharpCompiler.Compile(name, Files(programs));
        if (bytes is not null)
            return (Assembly.Load(bytes), errors);
        // One program's bad C# must not fail the others: find the culprits alone, then build the rest together.
        foreach (var program in programs)
        {
            var (_, own) = CSharpCompiler.Compile(program.Name, program.Translation.Files);
            if (own.Count > 0)
                errors[program.Name] = string.Join("\n", own.Take(10));
        }
        if (errors.Count == 0)
        {
            errors["<batch>"] = string.Join("\n", batchErrors.Take(10));
            return (null, errors);
        }
        var rest = programs.Where(p => !errors.ContainsKey(p.Name)).ToList();
        if (rest.Count == 0)
            return (null, errors);
        (bytes, batchErrors) = CSharpCompiler.Compile(name, Files(rest));
        if (bytes is null)
        {
            errors["<batch>"] = string.Join("\n", batchErrors.Take(10));
            return (null, errors);
        }
        return (Assembly.Load(bytes), errors);
    }

    private static List<GeneratedFile> Files(IEnumerable<Program> programs) =>
        programs.SelectMany(p => p.Translation.Files.Select(f => f with { Name = $"{p.Name}/{f.Name}" })).ToList();

    /// <summary>Runs a program's main with captured streams; the guest runtime is process-wide, so runs are serial.</summary>
    public static RunResult Run(Assembly assembly, string typeName, string programName, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var type = assembly.GetType(typeName) ?? throw new InvalidOperationException($"no type {typeName}");
        var image = (ImageDescriptor)type.GetField("__Image")!.GetValue(null)!;
        return Run(image, programName, arguments, timeout);
    }

    private static readonly object s_guestLock = new();

    public static RunResult Run(ImageDescriptor image, string programName, IReadOnlyList<string> arguments, TimeSpan timeout,
        Func<string, ImageDescriptor?>? resolve = null, byte[]? stdin = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        lock (s_guestLock)
        {
            var stdout = new CappedStream();
            var stderr = new CappedStream();
            // The run stops itself at its time limit (at a safe point); the wait is a backstop for a guest blocked
            // where no safe point is reached.
            var run = Task.Run(() => HostedRuntime.Run(image, programName, arguments, stdout, stderr,
                stdin is null ? Stream.Null : new MemoryStream(stdin, writable: false), timeLimit: timeout, resolve: resolve, environment: environment));
            if (!run.Wait(timeout + TimeSpan.FromSeconds(30)))
                return new RunResult(-1, stdout.ToArray(), "timed out, and did not stop at its time limit", TimedOut: true);
            var errors = System.Text.Encoding.UTF8.GetString(stderr.ToArray());
            // Status 124 alone could be the program's own; the runtime's report says the limit ended it.
            bool timedOut = run.Result == HostedRuntime.StatusTimeout && errors.StartsWith("nt2cs: timeout:", StringComparison.Ordinal);
            return new RunResult(run.Result, stdout.ToArray(), errors, TimedOut: timedOut);
        }
    }

    /// <summary>Translates, compiles and runs one program.</summary>
    public static RunResult TranslateAndRun(IReadOnlyList<string> sources, IReadOnlyList<string>? arguments = null, TranslationOptions? options = null)
    {
        var translation = Translate(sources, options);
        if (!translation.Succeeded)
            throw new InvalidOperationException("translation failed:\n" + string.Join("\n", translation.Diagnostics));
        var name = Path.GetFileNameWithoutExtension(sources[0]);
        var (assembly, errors) = CompileBatch([new Program(name, translation)], name);
        if (assembly is null)
            throw new InvalidOperationException("generated C# does not compile:\n" + string.Join("\n", errors.Values));
        return Run(assembly, $"{translation.Namespace}.{translation.ClassName}", name, arguments ?? [], TimeSpan.FromMinutes(1));
    }
}
