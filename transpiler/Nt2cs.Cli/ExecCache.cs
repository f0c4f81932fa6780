using System.IO.Hashing;
using System.Text;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Cli;

/// <summary>
/// Compiled programs by content hash: the sources, the options and the tool's own build make the key; the
/// headers a translation read are recorded with their hashes and checked on every hit. The hash is XXH64, not a
/// cryptographic one: the cache tells apart the programs one user runs (two of a million builds share a key with
/// odds of about 1 in 37 million), it does not defend against crafted collisions; SHA-256 (OpenSSL, loaded for
/// it) took 10 ms of a cached run's 100, and XXH128's vector code is compiled at every start.
/// </summary>
internal static class ExecCache
{
    /// <summary>
    /// A compiled program: its assembly, its image's type (by name and metadata token, <see cref="ProgramRunner.Load"/>),
    /// and where its precompiled file is (<see cref="ReadyToRun"/>), if any.
    /// </summary>
    public sealed record Build(string TypeName, int TypeToken, string? Precompiled = null)
    {
        private byte[]? _assembly;
        private string? _file;

        public static Build Of(byte[] assembly, string typeName) => new(typeName, ProgramRunner.TypeToken(assembly, typeName)) { _assembly = assembly };

        /// <summary>A build kept in <paramref name="file"/>, read when first asked for.</summary>
        public static Build Kept(string file, string typeName, int typeToken) => new(typeName, typeToken) { _file = file };

        /// <summary>The compiled assembly (a kept one read from its file now: Lua's is 0.9 MB).</summary>
        public byte[] Assembly => _assembly ??= File.ReadAllBytes(_file!);

        /// <summary>What <see cref="ProgramRunner"/> loads the program from besides <see cref="Precompiled"/>: nothing when that file is there.</summary>
        public byte[]? AssemblyToLoad => Precompiled is null ? Assembly : null;
    }

    /// <summary>
    /// What a build needs beside its assembly, kept as lines of text: the image's type and its token, then each
    /// header read as its hash and path. (System.Text.Json, even source-generated, took 20 of a cached run's 100 ms
    /// to start.)
    /// </summary>
    private sealed record Manifest(string TypeName, int TypeToken, IReadOnlyList<(string Hash, string Path)> Inclusions)
    {
        public string Write() => string.Concat([$"{TypeName} {TypeToken}\n", .. Inclusions.Select(i => $"{i.Hash} {i.Path}\n")]);

        /// <summary>The manifest <see cref="Write"/> wrote, or null for any other text.</summary>
        public static Manifest? Read(string text)
        {
            var lines = text.Split('\n');
            if (lines.Length < 2 || lines[^1].Length != 0)
                return null;
            var inclusions = new List<(string, string)>();
            foreach (var line in lines.AsSpan(1, lines.Length - 2))
            {
                if (line.IndexOf(' ') is not (> 0 and var space) || space == line.Length - 1)
                    return null;
                inclusions.Add((line[..space], line[(space + 1)..]));
            }
            var type = lines[0].Split(' ');
            if (type.Length != 2 || type[0].Length == 0 || !int.TryParse(type[1], out int token))
                return null;
            return new Manifest(type[0], token, inclusions);
        }
    }

    private static string Directory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrEmpty(root))
                root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "nt2cs", "exec");
        }
    }

    private static string Key(IReadOnlyList<string> sources, TranslationOptions options)
    {
        var hash = new XxHash64();
        void Add(string text) => hash.Append(Encoding.UTF8.GetBytes(text + "\0"));
        hash.Append(typeof(Translator).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        hash.Append(typeof(Nt2cs.Runtime.Mem).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var argument in options.ClangArguments())
            Add(argument);
        Add(options.AheadOfTime ? "ahead of time" : "just in time");
        foreach (var argument in ReadyToRun.CodeGeneration)
            Add(argument);
        foreach (var source in sources)
        {
            Add(Path.GetFullPath(source));
            hash.Append(File.ReadAllBytes(source));
        }
        return Hex(hash.GetCurrentHashAsUInt64());
    }

    private static string FileHash(string path) => Hex(XxHash64.HashToUInt64(File.ReadAllBytes(path)));

    /// <summary>Sixteen lower-case hex digits (not Convert.ToHexString, whose vector code is compiled at every start).</summary>
    private static string Hex(ulong value) => value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The build kept for these sources and options, unless <paramref name="bypass"/> or a header it read has changed;
    /// precompiled if it is not yet and <paramref name="precompile"/> says (see <see cref="Store"/>).
    /// </summary>
    public static Build? Find(IReadOnlyList<string> sources, TranslationOptions options, bool bypass, bool precompile = true)
    {
        if (bypass || sources.Any(s => !File.Exists(s)))
            return null;
        try
        {
            var key = Key(sources, options);
            var dll = Path.Combine(Directory, key + ".dll");
            var manifestPath = Path.Combine(Directory, key + ManifestSuffix);
            if (!File.Exists(dll) || !File.Exists(manifestPath))
                return null;
            var manifest = Manifest.Read(File.ReadAllText(manifestPath));
            if (manifest is null)
                return null;
            foreach (var (hash, path) in manifest.Inclusions)
            {
                if (!File.Exists(path) || FileHash(path) != hash)
                    return null;
            }
            ExecCacheLimit.Touch(manifestPath);
            var build = Build.Kept(dll, manifest.TypeName, manifest.TypeToken);
            if (precompile)
                build = build with { Precompiled = PrecompiledFile(key, build, fresh: false) };
            if (build.Precompiled is null)
                _ = build.Assembly;   // read here, where a file gone since means a rebuild
            return build;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Keeps <paramref name="build"/> for the next run with the same sources and options, and precompiles it there
    /// when <paramref name="precompile"/> says (a program loaded into a collectible context, as an EFI application is,
    /// runs JIT-compiled whatever it holds). Returns the build with its precompiled file, when there is one.
    /// </summary>
    public static Build Store(IReadOnlyList<string> sources, TranslationOptions options, Build build, IEnumerable<string> inclusions,
        bool precompile = true)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var key = Key(sources, options);
            // The sources themselves are in the key already: a hit would read and hash each twice.
            var own = sources.Select(Path.GetFullPath).ToHashSet();
            var headers = inclusions.Distinct().Where(p => !own.Contains(Path.GetFullPath(p)) && File.Exists(p)).ToList();
            if (headers.Any(p => p.Contains('\n')))
                return build;   // a path the manifest's lines cannot hold: not kept
            var manifest = new Manifest(build.TypeName, build.TypeToken, [.. headers.Select(p => (FileHash(p), p))]);
            var dll = Path.Combine(Directory, key + ".dll");
            var manifestPath = Path.Combine(Directory, key + ManifestSuffix);
            File.WriteAllBytes(dll + TemporarySuffix, build.Assembly);
            File.WriteAllText(manifestPath + TemporarySuffix, manifest.Write());
            var precompiled = precompile ? PrecompiledFile(key, build, fresh: true) : null;
            File.Move(dll + TemporarySuffix, dll, overwrite: true);
            File.Move(manifestPath + TemporarySuffix, manifestPath, overwrite: true);
            ExecCacheLimit.Prune(Directory, key, ManifestSuffix);
            return build with { Precompiled = precompiled };
        }
        catch (IOException)
        {
            // The cache is an optimisation: a read-only or full disk only costs the next run its speed.
        }
        catch (UnauthorizedAccessException)
        {
        }
        return build;
    }

    private const string ManifestSuffix = ".manifest";

    /// <summary>A file is written under a temporary name and renamed, so a concurrent run never sees half of it.</summary>
    private static string TemporarySuffix => $".{Environment.ProcessId}.tmp";

    /// <summary>
    /// The precompiled file of the build kept under <paramref name="key"/>, made now if there is none (a build kept
    /// before crossgen2 was there), or null. A <paramref name="fresh"/> build replaces what the key held. A marker
    /// remembers that crossgen2 failed on the build, so that later runs do not try again.
    /// </summary>
    private static string? PrecompiledFile(string key, Build build, bool fresh)
    {
        var precompiled = Path.Combine(Directory, key + ".r2r.dll");
        var failed = Path.Combine(Directory, key + ".r2r-failed");
        if (fresh)
        {
            File.Delete(precompiled);
            File.Delete(failed);
        }
        else if (File.Exists(precompiled))
            return precompiled;
        else if (File.Exists(failed))
            return null;
        if (ReadyToRun.Precompile(build.Assembly, precompiled + TemporarySuffix))
        {
            File.Move(precompiled + TemporarySuffix, precompiled, overwrite: true);
            return precompiled;
        }
        if (ReadyToRun.Available)
            File.WriteAllText(failed, "");
        return null;
    }
}
