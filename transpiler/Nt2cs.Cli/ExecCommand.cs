using System.CommandLine;
using System.Diagnostics;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Cli;

/// <summary>
/// <c>nt2cs exec FILE.c… [-- ARGS]</c>: translates, compiles in memory, runs, and exits with the program's
/// status. Compiled programs are cached by content, so running the same sources again starts at once.
/// </summary>
internal static class ExecCommand
{
    public static Command Create(string[] programArguments)
    {
        var files = new Argument<string[]>("files") { Description = "C source files (one program)", Arity = ArgumentArity.OneOrMore };
        var noCache = new Option<bool>("--no-cache") { Description = "Translate and compile even if a cached build exists" };
        var verbose = new Option<bool>("-v", "--verbose") { Description = "Report timings on stderr" };
        var compiler = new Commands.CompilerOptions();
        var command = new Command("exec", "Translate C files, compile them in memory and run the program (arguments after --)") { files, noCache, verbose };
        compiler.AddTo(command);
        command.SetAction(result =>
        {
            var sources = result.GetValue(files)!;
            var options = compiler.Read(result);
            var clock = Stopwatch.StartNew();
            var timings = result.GetValue(verbose);
            var build = ExecCache.Find(sources, options, result.GetValue(noCache));
            if (build is null)
            {
                var translation = Translator.Translate(sources, options);
                if (Commands.Report(translation))
                    return translation.InternalError ? Commands.StatusInternalError : Commands.StatusTranslationError;
                var translated = clock.Elapsed;
                var name = Path.GetFileNameWithoutExtension(sources[0]);
                var (assembly, errors) = CSharpCompiler.Compile(name, translation.Files);
                if (assembly is null)
                {
                    foreach (var error in errors.Take(20))
                        Console.Error.WriteLine(error);
                    return Commands.StatusInternalError;
                }
                build = new ExecCache.Build(assembly, $"{translation.Namespace}.{translation.ClassName}");
                ExecCache.Store(sources, options, build, translation.Inclusions);
                if (timings)
                    Console.Error.WriteLine($"nt2cs: translated in {translated.TotalMilliseconds:F0} ms, compiled in {(clock.Elapsed - translated).TotalMilliseconds:F0} ms");
            }
            else if (timings)
            {
                Console.Error.WriteLine($"nt2cs: cached build found in {clock.Elapsed.TotalMilliseconds:F0} ms");
            }
            var started = clock.Elapsed;
            using var stdout = Console.OpenStandardOutput();
            using var stderr = Console.OpenStandardError();
            using var stdin = Console.OpenStandardInput();
            int status = ProgramRunner.Run(build.Assembly, build.TypeName, Path.GetFileNameWithoutExtension(sources[0]),
                programArguments, stdout, stderr, stdin);
            if (timings)
                Console.Error.WriteLine($"nt2cs: ran in {(clock.Elapsed - started).TotalMilliseconds:F0} ms");
            return status;
        });
        return command;
    }
}
