using System.CommandLine;
using Nt2cs.Transpiler.Driver;
using Spectre.Console;

namespace Nt2cs.Cli;

/// <summary>
/// <c>nt2cs translate FILE.c… -o DIR</c>: one program, with a project that builds against the runtime;
/// <c>nt2cs translate [--src nt-src] [--out generated] [--image NAME] [--check]</c>: the whole source tree.
/// </summary>
internal static class TranslateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "C source files of one program (none: translate the source tree)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("-o", "--output") { Description = "Directory for the generated C# project (with files)" };
        var source = new Option<string>("--src") { Description = "Source tree to translate", DefaultValueFactory = _ => "nt-src" };
        var generated = new Option<string>("--out") { Description = "Where the tree's C# projects go", DefaultValueFactory = _ => "generated" };
        var image = new Option<string?>("--image") { Description = "Write only this image" };
        var check = new Option<bool>("--check") { Description = "Fail if the generated tree differs from what the translator produces now" };
        var verbose = new Option<bool>("-v", "--verbose") { Description = "Report timings on stderr (translate FILE.c…)" };
        var compiler = new Commands.CompilerOptions();
        var command = new Command("translate", "Translate C files into a C# project, or a source tree into generated/")
        {
            files, output, source, generated, image, check, verbose,
        };
        compiler.AddTo(command);
        command.SetAction(result =>
        {
            var sources = result.GetValue(files)!;
            if (sources.Length > 0)
            {
                var directory = result.GetValue(output)
                    ?? throw new UsageException("translate FILE.c… needs -o DIR");
                return Files(Commands.SourceFiles(sources), directory, compiler.Read(result), result.GetValue(verbose));
            }
            if (result.GetValue(output) is not null)
                throw new UsageException("-o DIR goes with C files (translate FILE.c… -o DIR); a source tree goes to --out");
            return Tree(new TreeOptions
            {
                SourceRoot = Path.GetFullPath(result.GetValue(source)!),
                OutputRoot = Path.GetFullPath(result.GetValue(generated)!),
                RepositoryRoot = Environment.CurrentDirectory,
                Image = result.GetValue(image),
                Check = result.GetValue(check),
            });
        });
        return command;
    }

    private static int Files(string[] sources, string directory, TranslationOptions options, bool verbose)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var translation = Translator.Translate(sources, options);
        if (Commands.Report(translation))
            return translation.InternalError ? Commands.StatusInternalError : Commands.StatusTranslationError;
        Directory.CreateDirectory(directory);
        foreach (var file in translation.Files)
        {
            var path = Path.Combine(directory, file.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }
        var name = Path.GetFileNameWithoutExtension(sources[0]);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), ProjectFile.For(directory));
        Console.Error.WriteLine($"nt2cs: wrote {translation.Files.Count} files to {directory}");
        if (verbose)
        {
            var started = System.Diagnostics.Process.GetCurrentProcess().StartTime;
            Console.Error.WriteLine($"nt2cs: translated and wrote in {clock.Elapsed.TotalMilliseconds:F0} ms " +
                $"({(DateTime.Now - started).TotalMilliseconds:F0} ms since the process started; " +
                $"GC: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections of generations 0/1/2, " +
                $"{GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused, {GC.GetTotalAllocatedBytes() >> 20} MiB allocated)");
            Console.Error.WriteLine($"nt2cs: translation phases: {translation.Timings}");
        }
        return 0;
    }

    private static int Tree(TreeOptions options)
    {
        if (!Directory.Exists(options.SourceRoot))
            throw new UsageException($"no source tree at {options.SourceRoot}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TreeResult result;
        if (Console.IsErrorRedirected)
        {
            result = TreeTranslator.Run(options);
        }
        else
        {
            // Per-image progress on a terminal; plain output in pipes and CI logs.
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            result = console.Progress().AutoClear(true).Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                return TreeTranslator.Run(options, new SynchronousProgress<ImageProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Image, out var task))
                        tasks[p.Image] = task = context.AddTask($"{p.Image} ({p.Index + 1}/{p.Count})", maxValue: 1);
                    if (p.Done)
                        task.Value = 1;
                }));
            });
        }
        foreach (var diagnostic in result.Diagnostics)
            Console.Error.WriteLine(diagnostic);
        if (!result.Succeeded)
            return result.InternalError ? Commands.StatusInternalError : Commands.StatusTranslationError;
        if (options.Check)
        {
            if (result.Stale.Count > 0)
            {
                Console.Error.WriteLine($"nt2cs: generated/ is stale: {result.Stale.Count} file(s) differ from the translation " +
                    $"({string.Join(", ", result.Stale.Take(3))}{(result.Stale.Count > 3 ? ", …" : "")}); run 'nt2cs translate'");
                return Commands.StatusTranslationError;
            }
            Console.Error.WriteLine($"nt2cs: generated/ is current ({result.Images} images, {clock.ElapsedMilliseconds} ms)");
            return 0;
        }
        Console.Error.WriteLine($"nt2cs: translated {result.Images} images, {result.Written.Count} file(s) changed, in {clock.ElapsedMilliseconds} ms");
        return 0;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

/// <summary>The project file of a translated program: an executable referencing the nt2cs runtime.</summary>
internal static class ProjectFile
{
    public static string For(string directory)
    {
        var runtimeProject = FindRuntimeProject();
        var reference = runtimeProject is not null
            ? $"    <ProjectReference Include=\"{Path.GetRelativePath(Path.GetFullPath(directory), runtimeProject)}\" />"
            : $"    <Reference Include=\"Nt2cs.Runtime\"><HintPath>{typeof(Nt2cs.Runtime.Mem).Assembly.Location}</HintPath></Reference>";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>14</LangVersion>
                <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
                <Nullable>disable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <Optimize>true</Optimize>
                <!-- Optimised with every local kept (csc /debug+), as nt2cs compiles: a fault's C line is then exact. -->
                <DebugSymbols>true</DebugSymbols>
                <NoWarn>$(NoWarn);{string.Join(";", Nt2cs.Transpiler.Emit.ImageEmitter.SuppressedWarnings)}</NoWarn>
                <!-- A hot function tiered up at its 4,096th call, as nt2cs exec runs programs; a function with a
                     loop fully optimised at once where it is not precompiled (`dotnet publish -p:PublishReadyToRun=true`
                     precompiles all but a main with a loop and loops written in place), not run as on-stack-replacement code
                     (minigzip's compression ran 40% slower so). -->
                <TieredCompilationQuickJitForLoops>false</TieredCompilationQuickJitForLoops>
              </PropertyGroup>
              <ItemGroup>
            {reference}
                <RuntimeHostConfigurationOption Include="System.Runtime.TieredCompilation.CallCountingDelayMs" Value="0" />
                <RuntimeHostConfigurationOption Include="System.Runtime.TieredCompilation.CallCountThreshold" Value="4096" />
              </ItemGroup>
            </Project>

            """;
    }

    /// <summary>The runtime's project in the nt2cs checkout this tool was built from, if present.</summary>
    private static string? FindRuntimeProject()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "runtime", "Nt2cs.Runtime", "Nt2cs.Runtime.csproj");
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
