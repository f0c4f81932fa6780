using System.Security.Cryptography;
using System.Text;
using Nt2cs.Machine.Pc;
using Nt2cs.Machine.Pc.Registry;
using Nt2cs.Runtime;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;
using Nt2cs.Transpiler.Images;

namespace Nt2cs.Cli;

/// <summary>
/// The kernel's images as <c>nt2cs run</c> boots them from <c>generated/</c>: the OS loader, <c>ntoskrnl</c> and the
/// HAL, whose signed image files go on the EFI system partition (<see cref="SystemBoot"/>), and the drivers
/// (<c>TARGETTYPE=DRIVER</c> targets of <c>nt-src</c>, in <c>dirs</c> order), whose signed image files are installed
/// on the boot volume (<see cref="SystemVolume"/>). The self-tests' drivers (under <c>private/ntos/tests</c>) are
/// installed only with <c>/SELFTEST</c>. Each image's assembly is compiled with Roslyn once per content and kept
/// in <c>.build/images</c>.
/// </summary>
public static class KernelImages
{
    public const string LoaderPath = "boot/efi";
    public const string KernelPath = "private/ntos/init";
    public const string HalPath = "private/ntos/hal";
    private const string TestDriversPath = "private/ntos/tests/";

    /// <summary>
    /// The image files of the loader, the kernel and the HAL, signed with <paramref name="signingKey"/>; null (after
    /// printing why) if one does not compile.
    /// </summary>
    public static SystemBoot.Images? BootFiles(string root, byte[] signingKey)
        => SignedFile(root, LoaderPath, signingKey) is { } loader && SignedFile(root, KernelPath, signingKey) is { } kernel
            && SignedFile(root, HalPath, signingKey) is { } hal
            ? new SystemBoot.Images(loader, kernel, hal)
            : null;

    /// <summary>The image file of generated/'s <paramref name="relativePath"/>, signed; null (after printing why) if it does not compile.</summary>
    private static byte[]? SignedFile(string root, string relativePath, byte[] signingKey) =>
        Assembly(root, Path.Combine(root, "generated", relativePath)) is { } path ? ImageFile.Sign(File.ReadAllBytes(path), signingKey) : null;

    /// <summary>The drivers of the tree: each one's service name and its directory relative to <c>nt-src</c>.</summary>
    public static IReadOnlyList<(string Name, string RelativeDirectory)> Drivers(string root, bool selftest) =>
        ImageTree.Load(Path.Combine(root, "nt-src"))
            .Where(spec => spec.TargetType.Equals("DRIVER", StringComparison.OrdinalIgnoreCase))
            .Where(spec => selftest || !spec.RelativeDirectory.StartsWith(TestDriversPath, StringComparison.Ordinal))
            .Select(spec => (spec.TargetName, spec.RelativeDirectory))
            .ToList();

    /// <summary>
    /// The image files of the tree's drivers, in <c>dirs</c> order, signed with the checkout's key, as they are
    /// installed on the boot volume (<see cref="SystemVolume"/>); null (after printing why) if one does not compile.
    /// </summary>
    public static IReadOnlyList<BootDriver>? DriverFiles(string root, byte[] signingKey, bool selftest)
    {
        var drivers = new List<BootDriver>();
        foreach (var (name, directory) in Drivers(root, selftest))
        {
            if (SignedFile(root, directory, signingKey) is not { } file)
                return null;
            drivers.Add(new BootDriver(name, file));
        }
        return drivers;
    }

    /// <summary>
    /// A driver built outside the tree (<c>--driver DIR</c>) as the DDK builds one, into .build/drivers/NAME, and
    /// its image file signed with <paramref name="signingKey"/>; null after printing why (its diagnostics, with
    /// <paramref name="status"/> 1 for its C or 70 for the translator).
    /// </summary>
    public static BootDriver? DriverKitDriver(string root, string directory, byte[] signingKey, out int status)
    {
        status = 0;
        var name = ImageSpec.FromSources(directory, directory).TargetName;
        var output = Path.Combine(root, ".build", "drivers", name);
        var result = TreeTranslator.RunDriverKit(new DriverKitOptions
        {
            DriverDirectory = directory,
            SourceRoot = Path.Combine(root, "nt-src"),
            OutputRoot = output,
            RepositoryRoot = root,
        });
        foreach (var diagnostic in result.Diagnostics)
            Console.Error.WriteLine(diagnostic);
        if (!result.Succeeded)
        {
            status = result.InternalError ? Commands.StatusInternalError : Commands.StatusTranslationError;
            return null;
        }
        if (Assembly(root, output) is not { } path)
        {
            status = Commands.StatusInternalError;
            return null;
        }
        return new BootDriver(name, ImageFile.Sign(File.ReadAllBytes(path), signingKey));
    }

    /// <summary>
    /// The path of the assembly of the image whose project is in <paramref name="directory"/>, compiled with Roslyn unless a build of the same C# is cached in
    /// .build/images; null (after printing why) if it does not compile.
    /// </summary>
    private static string? Assembly(string root, string directory)
    {
        var name = Directory.GetFiles(directory, "*.csproj").Select(Path.GetFileNameWithoutExtension).Single()!;
        var cache = Path.Combine(root, ".build", "images", $"{name}-{Key(ProjectCompiler.Sources(directory, name))}.dll");
        if (File.Exists(cache))
            return cache;
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
        return cache;
    }

    /// <summary>The build's key: the C# it compiles, and the runtime and translator it compiles against.</summary>
    private static string Key(IReadOnlyList<string> sources) =>
        Hash([typeof(Mem).Assembly.ManifestModule.ModuleVersionId.ToString(), typeof(Translator).Assembly.ManifestModule.ModuleVersionId.ToString()],
            sources.Select(s => (Path.GetFileName(s), s)))[..24].ToLowerInvariant();

    /// <summary>SHA-256 over the <paramref name="tags"/> and each file's name and bytes, in hex.</summary>
    public static string Hash(IEnumerable<string> tags, IEnumerable<(string Name, string Path)> files)
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
}
