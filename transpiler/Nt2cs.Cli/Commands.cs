using System.CommandLine;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Cli;

/// <summary>The command line: <c>translate</c>, <c>exec</c>, <c>run</c>, <c>disk</c>, <c>dump-ast</c>.</summary>
internal static class Commands
{
    public const int StatusTranslationError = 1;
    public const int StatusSetup = 2;
    public const int StatusInternalError = 70;
    public const int StatusUsage = 64;

    public static int Run(string[] args)
    {
        // Everything after "--" belongs to the program exec runs.
        int separator = Array.IndexOf(args, "--");
        var programArguments = separator >= 0 ? args[(separator + 1)..] : [];
        var own = CompilerStyle.Normalize(separator >= 0 ? args[..separator] : args);

        (string Name, Func<Command> Create)[] subcommands =
        [
            ("translate", TranslateCommand.Create),
            ("exec", () => ExecCommand.Create(programArguments)),
            ("run", RunCommand.Create),
            ("disk", DiskCommand.Create),
            ("dump-ast", DumpAstCommand.Create),
        ];
        // Only the command named is built when one is: each command's options are generic types compiled at their
        // first use, which every exec paid for all five. Help and a misspelt command see them all.
        string? named = null;
        foreach (var (name, _) in subcommands)
        {
            if (own.Length > 0 && own[0] == name)
                named = name;
        }
        // RootCommand's help and version options read System.CommandLine's resources as they are made (5 ms of a
        // cached exec's start): a command line that names a command and asks for neither parses under a plain one.
        const string description = "nt2cs: translates NT-style C (MSVC i386 dialect) into C# and runs it.";
        var root = named is null || own.Any(a => a is "-h" or "/h" or "--help" or "-?" or "/?" or "--version")
            ? new RootCommand(description)
            : new Command("nt2cs", description);
        foreach (var (name, create) in subcommands)
        {
            if (named is null || name == named)
                root.Subcommands.Add(create());
        }
        var parsed = root.Parse(own);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                Console.Error.WriteLine($"nt2cs: usage: {error.Message}");
            var command = parsed.CommandResult.Command;
            Console.Error.WriteLine($"nt2cs: usage: see 'nt2cs{(command == root ? "" : " " + command.Name)} --help'");
            return StatusUsage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = new DeferredConsoleError(), EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"nt2cs: usage: {e.Message}");
            return StatusUsage;
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
            OmittedPasses = (Environment.GetEnvironmentVariable("NT2CS_OMIT_PASSES") ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
            IncludeDirectories = [.. result.GetValue(Include) ?? []],
            Defines = [.. result.GetValue(Define) ?? []],
            Undefines = [.. result.GetValue(Undefine) ?? []],
            SuppressWarnings = result.GetValue(NoWarnings),
            Freestanding = freestanding,
            ImageName = imageName,
        };
    }

    /// <summary>
    /// The C files named on the command line, each an existing text file (<see cref="UsageException"/> otherwise:
    /// an option nt2cs does not know lands here as a file name, and a binary is no C source).
    /// </summary>
    public static string[] SourceFiles(IEnumerable<string> names)
    {
        var files = names.ToArray();
        foreach (var name in files)
        {
            if (Directory.Exists(name))
                throw new UsageException($"{name} is a directory, not a C file");
            if (!File.Exists(name))
                throw new UsageException(name.StartsWith('-') ? $"unknown option '{name}'" : $"no such file: {name}");
            if (IsBinary(name))
                throw new UsageException($"{name} is not a C source file (it holds binary data)");
        }
        return files;
    }

    /// <summary>A NUL byte in the first 8 KiB, as git decides: C source has none.</summary>
    private static bool IsBinary(string path)
    {
        try
        {
            // A handle read at an offset, not a FileStream (whose set-up was half of the 2 ms exec spent checking
            // Lua's 34 files), and a loop, not Span.Contains (its vector code was JIT-compiled at every start).
            using var file = File.OpenHandle(path);
            Span<byte> start = stackalloc byte[8192];
            int read = 0, got;
            while (read < start.Length && (got = RandomAccess.Read(file, start[read..], read)) > 0)
                read += got;
            for (int i = 0; i < read; i++)
            {
                if (start[i] == 0)
                    return true;
            }
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {path}: {e.Message}");
        }
    }

    /// <summary>Prints diagnostics as a compiler does; true when there were errors.</summary>
    public static bool Report(TranslationResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
            Console.Error.WriteLine(diagnostic);
        return !result.Succeeded;
    }
}

/// <summary>Bad command-line input: reported as <c>nt2cs: usage: …</c> with status 64.</summary>
internal sealed class UsageException(string message) : Exception(message);

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
