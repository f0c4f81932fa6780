using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Cli;

/// <summary>
/// Compiled programs by content hash: the sources, the options and the tool's own build make the key; the
/// headers a translation read are recorded with their hashes and checked on every hit.
/// </summary>
internal static class ExecCache
{
    public sealed record Build(byte[] Assembly, string TypeName);

    private sealed record Manifest(string TypeName, Dictionary<string, string> Inclusions);

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
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
        Add(typeof(Translator).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(typeof(Nt2cs.Runtime.Mem).Assembly.ManifestModule.ModuleVersionId.ToString());
        foreach (var argument in options.ClangArguments())
            Add(argument);
        foreach (var source in sources)
        {
            Add(Path.GetFullPath(source));
            hash.AppendData(File.ReadAllBytes(source));
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..32].ToLowerInvariant();
    }

    private static string FileHash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public static Build? Find(IReadOnlyList<string> sources, TranslationOptions options, bool bypass)
    {
        if (bypass || sources.Any(s => !File.Exists(s)))
            return null;
        try
        {
            var key = Key(sources, options);
            var dll = Path.Combine(Directory, key + ".dll");
            var manifestPath = Path.Combine(Directory, key + ".json");
            if (!File.Exists(dll) || !File.Exists(manifestPath))
                return null;
            var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifestPath));
            if (manifest is null)
                return null;
            foreach (var (path, hash) in manifest.Inclusions)
            {
                if (!File.Exists(path) || FileHash(path) != hash)
                    return null;
            }
            return new Build(File.ReadAllBytes(dll), manifest.TypeName);
        }
        catch (IOException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static void Store(IReadOnlyList<string> sources, TranslationOptions options, Build build, IEnumerable<string> inclusions)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var key = Key(sources, options);
            var manifest = new Manifest(build.TypeName, inclusions.Distinct().Where(File.Exists).ToDictionary(p => p, FileHash));
            // Write to temporary names and rename, so a concurrent run never sees half a file.
            var suffix = $".{Environment.ProcessId}.tmp";
            var dll = Path.Combine(Directory, key + ".dll");
            var json = Path.Combine(Directory, key + ".json");
            File.WriteAllBytes(dll + suffix, build.Assembly);
            File.WriteAllText(json + suffix, JsonSerializer.Serialize(manifest));
            File.Move(dll + suffix, dll, overwrite: true);
            File.Move(json + suffix, json, overwrite: true);
        }
        catch (IOException)
        {
            // The cache is an optimisation: a read-only or full disk only costs the next run its speed.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
