using System.Collections.Concurrent;
using Nt2cs.Cli;
using Nt2cs.Runtime;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Support;

/// <summary>
/// A real program built from a Debian source package (<c>scripts/fetch-sources</c>, which fetches it once into
/// ~/.cache/nt2cs/src), both ways, once per test run: natively by the oracle (<see cref="NativeC"/>) and translated
/// by nt2cs. The compiled translation is kept in <c>nt2cs exec</c>'s cache, keyed by the hash of the sources, the
/// options and the tool's build, with the headers it read checked on every hit, so later runs (and
/// <c>nt2cs exec</c> of the same files) start without translating. Each case then runs both builds.
/// </summary>
public sealed class RealProgram
{
    /// <summary>
    /// How a program is built: its package, its C files (relative to the package's tree) and the macros both
    /// builds get. <paramref name="Undefines"/> apply to the translation only: they take back what nt2cs's MSVC
    /// target predefines (<c>_WIN32</c>), which the native Linux build never has. <paramref name="TreeScript"/>
    /// is the script under <c>scripts/</c> that prints the tree (one that builds from the fetched package, such as
    /// SQLite's amalgamation, in place of <c>fetch-sources</c>); <paramref name="NativeFlags"/> replace the
    /// oracle's <see cref="NativeC.Flags"/> when the program cannot take MSVC's layout rules natively.
    /// </summary>
    public sealed record Recipe(string Package, string Name, IReadOnlyList<string> Sources,
        IReadOnlyList<string> Defines, IReadOnlyList<string> Undefines, IReadOnlyList<string> IncludeDirectories,
        string TreeScript = "fetch-sources", IReadOnlyList<string>? NativeFlags = null);

    private static readonly ConcurrentDictionary<Recipe, Lazy<RealProgram>> s_built = new();

    public Recipe Source { get; }

    /// <summary>The package's tree in the source cache.</summary>
    public string Tree { get; }

    public string NativeExecutable { get; }

    private readonly ImageDescriptor _image;

    private RealProgram(Recipe recipe, string tree, string nativeExecutable, ImageDescriptor image)
    {
        Source = recipe;
        Tree = tree;
        NativeExecutable = nativeExecutable;
        _image = image;
    }

    /// <summary>The program <paramref name="recipe"/> makes, built on first use in this test process.</summary>
    public static RealProgram Get(Recipe recipe) =>
        s_built.GetOrAdd(recipe, r => new Lazy<RealProgram>(() => Build(r), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The package's tree, fetched by <c>scripts/fetch-sources</c> (or made by <paramref name="script"/>)
    /// when it is not in the cache yet.</summary>
    public static string Fetch(string package, string script = "fetch-sources")
    {
        var result = Processes.Run("bash", [Repo.PathOf("scripts", script), package], TimeSpan.FromMinutes(10));
        var tree = result.Output.Trim().Split('\n')[^1];
        if (result.Status != 0 || !Directory.Exists(tree))
            throw new InvalidOperationException($"scripts/{script} {package} failed (status {result.Status}): {result.Stderr.Trim()}");
        return tree;
    }

    private static RealProgram Build(Recipe recipe)
    {
        var tree = Fetch(recipe.Package, recipe.TreeScript);
        var sources = recipe.Sources.Select(s => Path.Combine(tree, s)).ToList();
        var includes = recipe.IncludeDirectories.Select(d => Path.Combine(tree, d)).ToList();
        var directory = Path.Combine(Path.GetTempPath(), $"nt2cs-real-{recipe.Name}-{Environment.ProcessId}");
        Directory.CreateDirectory(directory);
        var executable = Path.Combine(directory, recipe.Name);
        var native = Task.Run(() => NativeC.Build(sources, executable,
            [.. recipe.Defines.Select(d => "-D" + d), .. includes.Select(d => "-I" + d)], recipe.NativeFlags));

        var options = new TranslationOptions
        {
            IncludeDirectories = includes,
            Defines = [.. recipe.Defines],
            Undefines = [.. recipe.Undefines],
            SuppressWarnings = true,
            IsProgram = true,
            AheadOfTime = ReadyToRun.Available,   // as nt2cs exec translates it
        };
        var build = ExecCache.Find(sources, options, bypass: false);
        if (build is null)
        {
            var translation = Translator.Translate(sources, options);
            if (!translation.Succeeded)
                throw new InvalidOperationException($"{recipe.Name}: translation failed:\n" + string.Join("\n", translation.Diagnostics.Take(20)));
            var (assembly, errors) = CSharpCompiler.Compile(recipe.Name, translation.Files);
            if (assembly is null)
                throw new InvalidOperationException($"{recipe.Name}: the generated C# does not compile:\n" + string.Join("\n", errors.Take(20)));
            build = ExecCache.Store(sources, options, ExecCache.Build.Of(assembly, $"{translation.Namespace}.{translation.ClassName}"),
                translation.Inclusions);
        }
        if (native.Result is { } nativeErrors)
            throw new InvalidOperationException($"{recipe.Name}: the native build failed:\n{nativeErrors}");

        // Loaded as nt2cs exec loads it: its own context, never unloaded, precompiled where crossgen2 is (ProgramRunner).
        var type = ProgramRunner.Load(build.AssemblyToLoad, build.Precompiled, build.TypeName, recipe.Name, build.TypeToken);
        var image = (ImageDescriptor)type.GetField("__Image")!.GetValue(null)!;
        return new RealProgram(recipe, tree, executable, image);
    }

    /// <summary>The native build's run (in its own directory unless <paramref name="workingDirectory"/> says),
    /// with <paramref name="environment"/> set over this process's.</summary>
    public RunResult RunNative(IReadOnlyList<string> arguments, byte[]? stdin = null,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null, string? workingDirectory = null) =>
        NativeRunner.Current.Run(NativeExecutable, arguments, timeout ?? DefaultTimeout, stdin, environment?.ToDictionary(), workingDirectory);

    /// <summary>The translation's run on the hosted runtime, in this process (runs are serial).</summary>
    public RunResult RunTranslated(IReadOnlyList<string> arguments, byte[]? stdin = null,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null) =>
        TranslatedC.Run(_image, Source.Name, arguments, timeout ?? DefaultTimeout, stdin: stdin, environment: environment);

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The translation ran as the native build did: same exit status, same stdout byte for byte.</summary>
    public static void AssertSame(RunResult native, RunResult translated, string what)
    {
        Assert.False(native.TimedOut, $"{what}: the native run timed out");
        Assert.False(translated.TimedOut, $"{what}: the translated run timed out: {translated.Stderr}");
        Assert.True(native.Status == translated.Status,
            $"{what}: exit status {translated.Status}, native {native.Status}\ntranslated stderr: {translated.Stderr}\nnative stderr: {native.Stderr}");
        if (!native.Stdout.AsSpan().SequenceEqual(translated.Stdout))
            Assert.Equal(native.Output, translated.Output);
    }

    /// <summary>A new empty directory for one run's files.</summary>
    public static string Scratch(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"nt2cs-real-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        return directory;
    }
}
