using System.Collections.Concurrent;
using System.Reflection;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Differential;

/// <summary>
/// A set of C programs run both ways: built natively by clang for i386 and run, and translated by nt2cs and run
/// on the hosted runtime. Native builds run in parallel; all translations compile in one Roslyn run.
/// </summary>
public sealed class Corpus
{
    public sealed record Case(string Name, IReadOnlyList<string> Sources, IReadOnlyList<string> Arguments)
    {
        public IReadOnlyList<string> IncludeDirectories { get; init; } = [];
    }

    public sealed record Outcome(RunResult? Native, RunResult? Translated, string? Failure);

    private readonly Dictionary<string, Outcome> _outcomes = new(StringComparer.Ordinal);

    public Corpus(IReadOnlyList<Case> cases, string batchName)
    {
        var directory = Path.Combine(Path.GetTempPath(), "nt2cs-corpus-" + batchName + "-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        var native = new ConcurrentDictionary<string, (RunResult? Result, string? Error)>();
        var nativeTask = Task.Run(() => Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c =>
        {
            var executable = Path.Combine(directory, c.Name);
            var error = NativeC.Build(c.Sources, executable, c.IncludeDirectories.Select(d => "-I" + d));
            native[c.Name] = error is null ? (NativeC.Run(executable, c.Arguments, TimeSpan.FromSeconds(60)), null) : (null, error);
        }));

        var programs = new List<TranslatedC.Program>();
        foreach (var c in cases)
        {
            var translation = TranslatedC.Translate(c.Sources, new Nt2cs.Transpiler.Driver.TranslationOptions
            {
                IncludeDirectories = [.. c.IncludeDirectories],
                SuppressWarnings = true,
            });
            if (translation.Succeeded)
                programs.Add(new TranslatedC.Program(c.Name, translation));
            else
                _outcomes[c.Name] = new Outcome(null, null, "translation failed:\n" + string.Join("\n", translation.Diagnostics));
        }
        var (assembly, errors) = TranslatedC.CompileBatch(programs, batchName);
        nativeTask.Wait();
        foreach (var c in cases)
        {
            if (_outcomes.ContainsKey(c.Name))
                continue;
            var (nativeResult, nativeError) = native[c.Name];
            if (nativeError is not null)
            {
                _outcomes[c.Name] = new Outcome(null, null, "native build failed:\n" + nativeError);
                continue;
            }
            if (assembly is null)
            {
                _outcomes[c.Name] = new Outcome(nativeResult, null, "generated C# does not compile:\n"
                    + (errors.TryGetValue(c.Name, out var own) ? own : string.Join("\n", errors.Values)));
                continue;
            }
            var program = programs.First(p => p.Name == c.Name);
            var translated = TranslatedC.Run(assembly, program.TypeName, c.Name, c.Arguments, TimeSpan.FromSeconds(60));
            _outcomes[c.Name] = new Outcome(nativeResult, translated, null);
        }
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    /// <summary>Asserts the program printed the same bytes and exited with the same status both ways.</summary>
    public void AssertSame(string name)
    {
        var outcome = _outcomes[name];
        if (outcome.Failure is not null)
            Assert.Fail(outcome.Failure);
        var native = outcome.Native!;
        var translated = outcome.Translated!;
        Assert.False(native.TimedOut, "native run timed out");
        Assert.False(translated.TimedOut, "translated run timed out");
        if (!native.Stdout.AsSpan().SequenceEqual(translated.Stdout))
            Assert.Equal(native.Output, translated.Output);
        Assert.True(native.Status == translated.Status,
            $"exit status: native {native.Status}, translated {translated.Status}\nstderr: {translated.Stderr}");
    }

    /// <summary>The differential programs under tests/c: every .c file is a case.</summary>
    public static IReadOnlyList<Case> FromDirectory(string directory) =>
        Directory.GetFiles(directory, "*.c").Order(StringComparer.Ordinal).Select(path =>
        {
            var first = File.ReadLines(path).FirstOrDefault() ?? "";
            var arguments = first.StartsWith("// ARGS:", StringComparison.Ordinal)
                ? first["// ARGS:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : [];
            return new Case(Path.GetFileNameWithoutExtension(path), [path], arguments);
        }).ToList();
}
