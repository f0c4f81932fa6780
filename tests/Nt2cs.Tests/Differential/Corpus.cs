using System.Collections.Concurrent;
using System.Reflection;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Differential;

/// <summary>
/// A set of C programs run both ways: built natively by clang for i386 and run, and translated by nt2cs and run
/// on the hosted runtime. Native builds run in parallel; translations compile together, a Roslyn run per 100 programs.
/// </summary>
public sealed class Corpus
{
    public sealed record Case(string Name, IReadOnlyList<string> Sources, IReadOnlyList<string> Arguments)
    {
        public IReadOnlyList<string> IncludeDirectories { get; init; } = [];

        /// <summary>For programs no native compiler here can build (SEH): the output the C semantics call for.</summary>
        public Expectation? Expected { get; init; }
    }

    /// <summary>Expected stdout and exit status, written in the program from the documented semantics.</summary>
    public sealed record Expectation(string Stdout, int Status);

    public sealed record Outcome(RunResult? Native, RunResult? Translated, string? Failure);

    private readonly Dictionary<string, Outcome> _outcomes = new(StringComparer.Ordinal);

    private const int BatchSize = 100;

    private readonly NativeRunner _runner;

    /// <param name="nativeTimeout">
    /// For random programs: a native run longer than this (stretched under emulation) makes the program no oracle,
    /// reported as not compared.
    /// </param>
    /// <param name="runner">How native programs run; this process's runner by default.</param>
    /// <param name="inPlaceStatements">The translator's threshold for writing guest memory access in place (0: every function).</param>
    /// <param name="aheadOfTime">Shape the C# for crossgen2, as nt2cs exec does (TranslationOptions.AheadOfTime).</param>
    /// <param name="partStatements">Statements per part of a unit split into nested classes (TranslationOptions.PartStatements).</param>
    public Corpus(IReadOnlyList<Case> cases, string batchName, TimeSpan? nativeTimeout = null, NativeRunner? runner = null,
        int inPlaceStatements = Nt2cs.Transpiler.Emit.EmitOptions.DefaultInPlaceStatements, bool aheadOfTime = false,
        int partStatements = Nt2cs.Transpiler.Lowering.SplitLargeUnits.DefaultPartStatements)
    {
        _runner = runner ??= NativeRunner.Current;
        var directory = Path.Combine(Path.GetTempPath(), "nt2cs-corpus-" + batchName + "-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        var native = new ConcurrentDictionary<string, (RunResult? Result, string? Error)>();
        var nativeTask = Task.Run(() => Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c =>
        {
            if (c.Expected is { } expected)
            {
                native[c.Name] = (new RunResult(expected.Status, System.Text.Encoding.Latin1.GetBytes(expected.Stdout), ""), null);
                return;
            }
            var executable = Path.Combine(directory, c.Name);
            var error = NativeC.Build(c.Sources, executable, c.IncludeDirectories.Concat([NativeInclude]).Select(d => "-I" + d));
            native[c.Name] = error is null ? (NativeC.Run(executable, c.Arguments, nativeTimeout ?? TimeSpan.FromSeconds(60), runner), null) : (null, error);
        }));

        var programs = new List<TranslatedC.Program>();
        foreach (var c in cases)
        {
            var translation = TranslatedC.Translate(c.Sources, new Nt2cs.Transpiler.Driver.TranslationOptions
            {
                IncludeDirectories = [.. c.IncludeDirectories],
                SuppressWarnings = true,
                InPlaceStatements = inPlaceStatements,
                AheadOfTime = aheadOfTime,
                PartStatements = partStatements,
            });
            if (translation.Succeeded)
                programs.Add(new TranslatedC.Program(c.Name, translation));
            else
                _outcomes[c.Name] = new Outcome(null, null, "translation failed:\n" + string.Join("\n", translation.Diagnostics));
        }
        // Batches of a bounded size: one Roslyn run over hundreds of csmith programs needs more memory than a CI
        // machine has.
        var assemblies = new Dictionary<string, System.Reflection.Assembly?>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (chunk, index) in programs.Chunk(BatchSize).Select((chunk, index) => (chunk, index)))
        {
            var (built, failures) = TranslatedC.CompileBatch(chunk, index == 0 ? batchName : $"{batchName}{index}");
            foreach (var program in chunk)
                assemblies[program.Name] = built;
            foreach (var (name, failure) in failures)
                errors[name] = failure;
        }
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
            var assembly = assemblies[c.Name];
            if (assembly is null || errors.ContainsKey(c.Name))
            {
                _outcomes[c.Name] = new Outcome(nativeResult, null, "generated C# does not compile:\n"
                    + (errors.TryGetValue(c.Name, out var own) ? own : string.Join("\n", errors.Values)));
                continue;
            }
            if (nativeTimeout is { } limit && nativeResult!.TimedOut)
            {
                _outcomes[c.Name] = new Outcome(nativeResult, null, $"not compared: the native program did not finish within {runner.Stretch(limit).TotalSeconds} s ({runner.Description})");
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
        Assert.False(native.TimedOut, $"native run timed out ({_runner.Description})");
        Assert.False(translated.TimedOut, "translated run timed out");
        if (!native.Stdout.AsSpan().SequenceEqual(translated.Stdout))
            Assert.Fail($"stdout differs ({_runner.Description}):\n" + FirstDifference(native.Output, translated.Output));
        Assert.True(native.Status == translated.Status,
            $"exit status: native {native.Status}, translated {translated.Status} ({_runner.Description})\nstderr: {translated.Stderr}");
    }

    /// <summary>The first line where two outputs differ, with its number, both ways.</summary>
    private static string FirstDifference(string native, string translated)
    {
        var expected = native.Split('\n');
        var actual = translated.Split('\n');
        int line = 0;
        while (line < expected.Length && line < actual.Length && expected[line] == actual[line])
            line++;
        string At(string[] lines) => line < lines.Length ? lines[line] : "(end of output)";
        return $"line {line + 1}:\n  native:     {At(expected)}\n  translated: {At(actual)}";
    }

    /// <summary>Shims that let the native oracle build MSVC-isms it knows as builtins (intrin.h, malloc.h).</summary>
    public static readonly string NativeInclude = Repo.PathOf("tests", "c", "native-include");

    /// <summary>The differential programs under tests/c: every .c file is a case.</summary>
    public static IReadOnlyList<Case> FromDirectory(string directory) =>
        Directory.GetFiles(directory, "*.c").Order(StringComparer.Ordinal).Select(path =>
        {
            var first = File.ReadLines(path).FirstOrDefault() ?? "";
            var arguments = first.StartsWith("// ARGS:", StringComparison.Ordinal)
                ? first["// ARGS:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : [];
            return new Case(Path.GetFileNameWithoutExtension(path), [path], arguments) { Expected = ParseExpectation(path) };
        }).ToList();

    /// <summary>
    /// A program's own expectation, for programs the native oracle cannot build: a comment block
    /// <c>/* EXPECTED (status N)</c> whose lines are the expected stdout, each optionally followed by indented
    /// <c>-- reasoning</c> lines saying why, up to the closing <c>*/</c>.
    /// </summary>
    public static Expectation? ParseExpectation(string path)
    {
        var lines = File.ReadAllLines(path);
        int start = Array.FindIndex(lines, l => l.StartsWith("/* EXPECTED", StringComparison.Ordinal));
        if (start < 0)
            return null;
        var header = System.Text.RegularExpressions.Regex.Match(lines[start], @"^/\* EXPECTED \(status (\d+)\)\s*$");
        if (!header.Success)
            throw new InvalidOperationException($"{path}:{start + 1}: expected '/* EXPECTED (status N)'");
        var output = new System.Text.StringBuilder();
        for (int i = start + 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == "*/")
                return new Expectation(output.ToString(), int.Parse(header.Groups[1].Value));
            if (lines[i].TrimStart().StartsWith("--", StringComparison.Ordinal))
                continue;
            output.Append(lines[i]).Append('\n');
        }
        throw new InvalidOperationException($"{path}: EXPECTED block is not closed");
    }
}
