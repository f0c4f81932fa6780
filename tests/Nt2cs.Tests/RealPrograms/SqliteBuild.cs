using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Nt2cs.Runtime;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.RealPrograms;

/// <summary>
/// SQLite 3.40.1 from Debian's source package (scripts/sqlite-amalgamation: sqlite3.c, shell.c, speedtest1.c),
/// built both ways with the same compile-time options: natively by clang-19 for i386 and translated by nt2cs.
/// Both builds are cached in ~/.cache/nt2cs/real by the hash of what made them (sources, options, and for the
/// translation the translator, the runtime and its headers), so only the first run of a changed tool pays for
/// translating 240,000 lines and compiling the C#.
/// </summary>
public sealed class SqliteBuild
{
    /// <summary>
    /// SQLite's compile-time options both builds take: one thread (no mutexes), no loadable extensions, no
    /// memory-mapped I/O and no write-ahead log (the two uses of mmap(2), which the hosted runtime does not
    /// offer: guest memory is not the host's), and real numbers converted to text in double (LONGDOUBLE_TYPE):
    /// long double is x87's 80 bits in the native i386 build and 64 in nt2cs's MSVC one, and SQLite's printf
    /// would print the difference.
    /// </summary>
    public static readonly string[] Options =
        ["SQLITE_THREADSAFE=0", "SQLITE_OMIT_LOAD_EXTENSION", "SQLITE_MAX_MMAP_SIZE=0", "SQLITE_OMIT_WAL", "LONGDOUBLE_TYPE=double"];

    /// <summary>
    /// The oracle's flags without MSVC's struct layout (-mms-bitfields) and language rules: with -mms-bitfields the
    /// native build reports "database disk image is malformed" on a database file (speedtest1), as glibc's own
    /// structures then have MSVC's layout, not glibc's (not investigated further).
    /// </summary>
    public static readonly string[] NativeFlags = ["-m32", "-msse2", "-mfpmath=sse", "-ffp-contract=off", "-O0", "-w"];

    public string Directory { get; }

    private readonly Lazy<Program> _shell;
    private readonly Lazy<Program> _speedtest;

    public SqliteBuild()
    {
        var result = Processes.Run("bash", [Repo.PathOf("scripts", "sqlite-amalgamation")], TimeSpan.FromMinutes(10));
        Directory = result.Output.Trim().Split('\n')[^1];
        if (result.Status != 0 || !File.Exists(Path.Combine(Directory, "sqlite3.c")))
            throw new InvalidOperationException($"scripts/sqlite-amalgamation failed (status {result.Status}): {result.Stderr.Trim()}");
        _shell = new(() => Build("sqlite3", ["sqlite3.c", "shell.c"]));
        _speedtest = new(() => Build("speedtest1", ["sqlite3.c", "speedtest1.c"]));
    }

    /// <summary>The sqlite3 shell.</summary>
    public Program Shell => _shell.Value;

    /// <summary>speedtest1, SQLite's benchmark program.</summary>
    public Program Speedtest => _speedtest.Value;

    /// <summary>One program built both ways.</summary>
    public sealed record Program(string Name, string NativeExecutable, ImageDescriptor Image)
    {
        public RunResult RunNative(IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
        {
            var runner = NativeRunner.Current;
            var limit = runner.Stretch(timeout);
            return runner.Command.Length == 0
                ? Processes.Run(NativeExecutable, arguments, limit, workingDirectory)
                : Processes.Run(runner.Command, [NativeExecutable, .. arguments], limit, workingDirectory);
        }

        /// <summary>The translation, in this process (the guest runtime is process-wide: runs are serial).</summary>
        public RunResult RunTranslated(IReadOnlyList<string> arguments, TimeSpan timeout) =>
            TranslatedC.Run(Image, Name, arguments, timeout);
    }

    private static string CacheDirectory =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "nt2cs", "real");

    private Program Build(string name, string[] files)
    {
        var sources = files.Select(f => Path.Combine(Directory, f)).ToList();
        System.IO.Directory.CreateDirectory(CacheDirectory);
        var native = Task.Run(() => BuildNative(name, sources));
        var image = Translate(name, sources);
        return new Program(name, native.Result, image);
    }

    private string BuildNative(string name, IReadOnlyList<string> sources)
    {
        string[] flags = [.. NativeFlags, .. Options.Select(o => "-D" + o), "-I" + Directory];
        var key = Hash(sources.Select(File.ReadAllBytes).Append(Encoding.UTF8.GetBytes(string.Join(" ", flags))));
        var executable = Path.Combine(CacheDirectory, $"{name}-{key}");
        if (File.Exists(executable))
            return executable;
        var building = executable + $".{Environment.ProcessId}.tmp";
        if (NativeC.Build(sources, building, flags: flags) is { } errors)
            throw new InvalidOperationException($"{name}: the native build failed:\n{errors}");
        File.Move(building, executable, overwrite: true);
        return executable;
    }

    private ImageDescriptor Translate(string name, IReadOnlyList<string> sources)
    {
        var options = new TranslationOptions
        {
            IncludeDirectories = [Directory],
            Defines = [.. Options],
            Undefines = ["_WIN32", "_MSC_VER"], // nt2cs's MSVC target predefines them; SQLite is built as on Linux
            SuppressWarnings = true,
            IsProgram = true,
        };
        var tool = new[] { typeof(Translator).Assembly.Location, typeof(Mem).Assembly.Location }
            .Concat(System.IO.Directory.GetFiles(RuntimeHeaders.Directory, "*.h", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        var key = Hash(sources.Concat(tool).Select(File.ReadAllBytes)
            .Append(Encoding.UTF8.GetBytes(string.Join(" ", options.ClangArguments()))));
        var dll = Path.Combine(CacheDirectory, $"{name}-{key}.dll");
        var typeFile = dll + ".type";
        if (!File.Exists(dll) || !File.Exists(typeFile))
        {
            var translation = TranslatedC.Translate(sources, options);
            if (!translation.Succeeded)
                throw new InvalidOperationException($"{name}: translation failed:\n" + string.Join("\n", translation.Diagnostics.Take(20)));
            var (assembly, errors) = CSharpCompiler.Compile(name, translation.Files);
            if (assembly is null)
                throw new InvalidOperationException($"{name}: the generated C# does not compile:\n" + string.Join("\n", errors.Take(20)));
            var suffix = $".{Environment.ProcessId}.tmp";
            File.WriteAllBytes(dll + suffix, assembly);
            File.WriteAllText(typeFile + suffix, $"{translation.Namespace}.{translation.ClassName}");
            File.Move(dll + suffix, dll, overwrite: true);
            File.Move(typeFile + suffix, typeFile, overwrite: true);
        }
        // Loaded once per test process, in a context of its own that is never unloaded.
        var loaded = new AssemblyLoadContext(name, isCollectible: false).LoadFromAssemblyPath(dll);
        var type = loaded.GetType(File.ReadAllText(typeFile)) ?? throw new InvalidOperationException($"{name}: no program type");
        return (ImageDescriptor)type.GetField("__Image", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    private static string Hash(IEnumerable<byte[]> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(BitConverter.GetBytes(part.Length));
            hash.AppendData(part);
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..24].ToLowerInvariant();
    }
}
