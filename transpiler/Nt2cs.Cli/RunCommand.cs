using System.CommandLine;
using System.Diagnostics;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Cli;

/// <summary>
/// <c>nt2cs run [--selftest] [--boot-options "…"] [--machine q35|pc] [--mem MiB] [--timeout S]</c>: brings
/// <c>generated/</c> up to date with <c>nt-src/</c> (saying so on stderr when it was stale), builds the kernel's
/// images (cached by content in <c>.build/images</c>) and boots them on the machine (<see cref="KernelBoot"/>).
/// <c>--selftest</c> adds <c>/SELFTEST</c> to the boot options and a 300-second virtual time limit unless one is
/// given. The SYSTEM hive is composed from <c>nt-src/boot/system.reg</c>; <c>--save-hive FILE</c> writes it back
/// as the kernel left it when the run ends. Exit status: 0 power-off (every test passed), 1 a failed test, 133 a
/// bug check, 124 the time limit.
/// </summary>
internal static class RunCommand
{
    private const string KernelImage = "ntoskrnl";
    private const string KernelImagePath = "private/ntos/init";
    private const string HalImagePath = "private/ntos/hal";
    private const string SystemHiveSource = "nt-src/boot/system.reg";
    private const double SelftestTimeoutSeconds = 300;

    public static Command Create()
    {
        var selftest = new Option<bool>("--selftest") { Description = "Run the kernel's self-test suites (adds /SELFTEST)" };
        var bootOptions = new Option<string>("--boot-options") { Description = "The kernel's boot options", DefaultValueFactory = _ => "" };
        var machineKind = new Option<string>("--machine") { Description = "The chipset, q35 (default) or pc", DefaultValueFactory = _ => "q35" };
        var memory = new Option<string>("--mem") { Description = $"RAM in MiB (default {MachineOptions.DefaultMemoryMiB})", DefaultValueFactory = _ => MachineOptions.DefaultMemoryMiB.ToString() };
        var timeout = new Option<double?>("--timeout") { Description = "End the run after this many seconds of virtual time (status 124)" };
        var verbose = new Option<bool>("-v", "--verbose") { Description = "Report timings on stderr" };
        var saveHive = new Option<string?>("--save-hive") { Description = "Write the SYSTEM hive as the kernel left it (its last ZwFlushKey) to this file when the run ends" };
        var command = new Command("run", "Boot the kernel translated from nt-src on the machine")
            { selftest, bootOptions, machineKind, memory, timeout, verbose, saveHive };
        command.SetAction(result =>
        {
            MachineOptions machine;
            try
            {
                machine = new MachineOptions
                {
                    Kind = MachineOptions.ParseKind(result.GetValue(machineKind)!),
                    MemoryMiB = MachineOptions.ParseMemoryMiB(result.GetValue(memory)!, KernelBoot.MinimumMemoryMiB),
                    ImageSigningKey = ImageSigningKey.Of(Environment.CurrentDirectory),
                };
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message.Split(" (Parameter")[0]);
            }
            double? limit = result.GetValue(timeout);
            if (limit is <= 0 or > 1e9)
                throw new UsageException("--timeout: expected a positive number of seconds");
            var options = result.GetValue(bootOptions)!.Trim();
            if (result.GetValue(selftest))
            {
                options = (options + " /SELFTEST").Trim();
                limit ??= SelftestTimeoutSeconds;
            }
            var clock = Stopwatch.StartNew();
            bool timings = result.GetValue(verbose);
            var root = Environment.CurrentDirectory;
            if (Regenerate(root) is int failed)
                return failed;
            SystemHive hive;
            string? savePath = result.GetValue(saveHive);
            string? saveFailed = null;
            void Save(byte[] image)
            {
                try
                {
                    File.WriteAllBytes(savePath!, image);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    saveFailed = e.Message;
                }
            }
            try
            {
                hive = SystemHive.FromSource(Path.Combine(root, SystemHiveSource), savePath is null ? null : Save);
            }
            catch (Exception e) when (e is Machine.Pc.Registry.RegFormatException or IOException)
            {
                Console.Error.WriteLine($"nt2cs: the SYSTEM hive: {e.Message}");
                return Commands.StatusSetup;
            }
            var regenerated = clock.Elapsed;
            // Not collectible: the process ends with the run, and in a collectible context a method's
            // GetFunctionPointer is not the address its function table holds, so a trap frame's EIP (the
            // interrupted function, Fn.AddressOf) could not be found.
            var context = new AssemblyLoadContext("kernel", isCollectible: false);
            try
            {
                var images = new Dictionary<string, ImageDescriptor>(StringComparer.OrdinalIgnoreCase);
                foreach (var path in new[] { KernelImagePath, HalImagePath })
                {
                    if (Build(root, path, context) is not { } image)
                        return Commands.StatusInternalError;
                    images[image.Name] = image;
                }
                var built = clock.Elapsed;
                if (timings)
                    Console.Error.WriteLine($"nt2cs: generated/ checked in {regenerated.TotalMilliseconds:F0} ms, images built in {(built - regenerated).TotalMilliseconds:F0} ms");
                using var stdout = Console.OpenStandardOutput();
                using var stderr = Console.OpenStandardError();
                int status = KernelBoot.Run(images[KernelImage], name => images.GetValueOrDefault(name), machine, options, hive, stdout, stderr,
                    limit is double seconds ? TimeSpan.FromSeconds(seconds) : null);
                if (timings)
                    Console.Error.WriteLine($"nt2cs: booted and ran in {(clock.Elapsed - built).TotalMilliseconds:F0} ms");
                if (saveFailed is not null)
                {
                    Console.Error.WriteLine($"nt2cs: --save-hive {savePath}: {saveFailed}");
                    return BareMachine.StatusOutputFailed;
                }
                return status;
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
        });
        return command;
    }

    /// <summary>
    /// Translates nt-src into generated/ where it is stale; null when it is current (or was made so). A stamp of
    /// both trees and the translator, written after each translation, lets a run with nothing changed skip it.
    /// </summary>
    private static int? Regenerate(string root)
    {
        var source = Path.Combine(root, "nt-src");
        var generated = Path.Combine(root, "generated");
        if (!Directory.Exists(source))
            throw new UsageException($"no source tree at {source} (run nt2cs run from the checkout)");
        var stamp = Path.Combine(root, ".build", "run", "generated.stamp");
        if (File.Exists(stamp) && File.ReadAllText(stamp) == Fingerprint(source, generated))
            return null;
        var result = TreeTranslator.Run(new TreeOptions { SourceRoot = source, OutputRoot = generated, RepositoryRoot = root });
        foreach (var diagnostic in result.Diagnostics)
            Console.Error.WriteLine(diagnostic);
        if (!result.Succeeded)
            return result.InternalError ? Commands.StatusInternalError : Commands.StatusTranslationError;
        if (result.Written.Count > 0)
            Console.Error.WriteLine($"nt2cs: generated/ was stale against nt-src/: regenerated {result.Written.Count} file(s)");
        Directory.CreateDirectory(Path.GetDirectoryName(stamp)!);
        File.WriteAllText(stamp, Fingerprint(source, generated));
        return null;
    }

    /// <summary>A hash of every file of the source tree and of the generated tree (paths and contents), and of the translator.</summary>
    private static string Fingerprint(string source, string generated) =>
        Hash([typeof(Translator).Assembly.ManifestModule.ModuleVersionId.ToString()],
            new[] { source, generated }.SelectMany(tree => Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(tree, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                .Order(StringComparer.Ordinal)
                .Select(f => (Path.GetRelativePath(tree, f), f))));

    /// <summary>SHA-256 over the <paramref name="tags"/> and each file's name and bytes, in hex.</summary>
    private static string Hash(IEnumerable<string> tags, IEnumerable<(string Name, string Path)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var tag in tags)
            hash.AppendData(Encoding.UTF8.GetBytes(tag + "\0"));
        foreach (var (name, path) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
            hash.AppendData(File.ReadAllBytes(path));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// An image of generated/, compiled with Roslyn unless a build of the same C# is cached in .build/images,
    /// loaded into <paramref name="context"/>; null (after printing why) if it does not compile.
    /// </summary>
    private static ImageDescriptor? Build(string root, string relativePath, AssemblyLoadContext context)
    {
        var directory = Path.Combine(root, "generated", relativePath);
        var name = Directory.GetFiles(directory, "*.csproj").Select(Path.GetFileNameWithoutExtension).Single()!;
        var cache = Path.Combine(root, ".build", "images", $"{name}-{Key(ProjectCompiler.Sources(directory, name))}.dll");
        if (!File.Exists(cache))
        {
            var (assembly, errors) = ProjectCompiler.Compile(directory, name);
            if (assembly is null)
            {
                Console.Error.WriteLine($"nt2cs: internal error: the C# of image {name} does not compile:");
                foreach (var error in errors.Take(20))
                    Console.Error.WriteLine(error);
                return null;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
            var temporary = cache + "." + Environment.ProcessId + ".tmp";
            File.WriteAllBytes(temporary, assembly);
            File.Move(temporary, cache, overwrite: true);
        }
        return ImageFiles.Read(cache, context);
    }

    /// <summary>The build's key: the C# it compiles, and the runtime and translator it compiles against.</summary>
    private static string Key(IReadOnlyList<string> sources) =>
        Hash([typeof(Mem).Assembly.ManifestModule.ModuleVersionId.ToString(), typeof(Translator).Assembly.ManifestModule.ModuleVersionId.ToString()],
            sources.Select(s => (Path.GetFileName(s), s)))[..24].ToLowerInvariant();
}
