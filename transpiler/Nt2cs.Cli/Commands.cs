using System.CommandLine;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Cli;

/// <summary>The command line: <c>translate</c>, <c>exec</c>, <c>dump-ast</c>.</summary>
internal static class Commands
{
    public const int StatusTranslationError = 1;
    public const int StatusSetup = 2;
    public const int StatusInternalError = 70;

    public static int Run(string[] args)
    {
        // Everything after "--" belongs to the program exec runs.
        int separator = Array.IndexOf(args, "--");
        var programArguments = separator >= 0 ? args[(separator + 1)..] : [];
        var own = CompilerStyle.Normalize(separator >= 0 ? args[..separator] : args);

        var root = new RootCommand("nt2cs: translates NT-style C (MSVC i386 dialect) into C# and runs it.");
        root.Subcommands.Add(TranslateCommand.Create());
        root.Subcommands.Add(ExecCommand.Create(programArguments));
        root.Subcommands.Add(DumpAstCommand.Create());
        try
        {
            return root.Parse(own).Invoke(new InvocationConfiguration { Output = Console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (LibClangMissingException e)
        {
            Console.Error.WriteLine($"nt2cs: {e.Message}; run ./scripts/setup (or set NT2CS_LIBCLANG to its path)");
            return StatusSetup;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"nt2cs: internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("NT2CS_TRACE") == "1")
                Console.Error.WriteLine(e);
            return StatusInternalError;
        }
    }

    /// <summary>The C compiler options both translate and exec take.</summary>
    public sealed class CompilerOptions
    {
        public readonly Option<string[]> Include = new("-I") { Description = "Add a directory to the include search path", AllowMultipleArgumentsPerToken = false };
        public readonly Option<string[]> Define = new("-D") { Description = "Define a macro: NAME or NAME=VALUE", AllowMultipleArgumentsPerToken = false };
        public readonly Option<string[]> Undefine = new("-U") { Description = "Undefine a macro", AllowMultipleArgumentsPerToken = false };
        public readonly Option<bool> NoWarnings = new("-w") { Description = "Suppress warnings" };

        public void AddTo(Command command)
        {
            command.Options.Add(Include);
            command.Options.Add(Define);
            command.Options.Add(Undefine);
            command.Options.Add(NoWarnings);
        }

        public TranslationOptions Read(ParseResult result, bool freestanding = false, string? imageName = null) => new()
        {
            IncludeDirectories = [.. result.GetValue(Include) ?? []],
            Defines = [.. result.GetValue(Define) ?? []],
            Undefines = [.. result.GetValue(Undefine) ?? []],
            SuppressWarnings = result.GetValue(NoWarnings),
            Freestanding = freestanding,
            ImageName = imageName,
        };
    }

    /// <summary>Prints diagnostics as a compiler does; true when there were errors.</summary>
    public static bool Report(TranslationResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
            Console.Error.WriteLine(diagnostic);
        return !result.Succeeded;
    }
}

/// <summary>Accepts compiler-style attached option values: <c>-Ifoo</c>, <c>-DNAME=1</c>, <c>-UNAME</c>.</summary>
internal static class CompilerStyle
{
    public static string[] Normalize(string[] args)
    {
        var result = new List<string>();
        foreach (var arg in args)
        {
            if (arg.Length > 2 && arg[0] == '-' && arg[1] is 'I' or 'D' or 'U' or 'o')
            {
                result.Add(arg[..2]);
                result.Add(arg[2..]);
            }
            else
            {
                result.Add(arg);
            }
        }
        return [.. result];
    }
}
