using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Efi;

/// <summary>
/// The UEFI test applications of <c>tests/efi</c> and the OVMF oracle that runs them (<c>tests/efi/run-ovmf</c>, the
/// one implementation of the native build, the disk and the QEMU command; this class drives it): what an application
/// is made of, building and booting it, reading what it printed, and what the host knows that the application
/// reports (the disk's bytes, the partition, the files placed and left). The comparison of nt2cs's firmware with
/// OVMF reuses all of it.
/// </summary>
public static class EfiApplications
{
    public static readonly string Directory = Repo.PathOf("tests", "efi");
    public static readonly string Script = Path.Combine(Directory, "run-ovmf");

    /// <summary>The RTC both firmwares start from (QEMU's <c>-rtc base=</c>).</summary>
    public static readonly DateTime Rtc = new(2024, 2, 29, 12, 34, 56, DateTimeKind.Unspecified);

    /// <summary>The native compiler's flags for UEFI applications, as the script builds them.</summary>
    public static IReadOnlyList<string> NativeFlags => s_flags.Value;

    private static readonly Lazy<string[]> s_flags = new(() =>
        RunScript(["cflags"], TimeSpan.FromSeconds(30)).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>An application's sources: its own file, the shared library and the groups of checks.</summary>
    public static IReadOnlyList<string> Sources(string application) =>
        [Path.Combine(Directory, application + ".c"),
         .. System.IO.Directory.GetFiles(Path.Combine(Directory, "lib"), "*.c").Order(StringComparer.Ordinal),
         .. System.IO.Directory.GetFiles(Path.Combine(Directory, "checks"), "*.c").Order(StringComparer.Ordinal)];

    /// <summary>The applications (each a file of tests/efi with efi_main).</summary>
    public static IReadOnlyList<string> All =>
        System.IO.Directory.GetFiles(Directory, "*.c").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList();

    private static RunResult RunScript(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var environment = new Dictionary<string, string>
        {
            // The tool the tests were built with, not ./nt2cs (which would rebuild itself).
            ["NT2CS"] = "dotnet " + Path.Combine(AppContext.BaseDirectory, "nt2cs.dll"),
            ["MTOOLS_SKIP_CHECK"] = "1",
        };
        return Processes.Run(Script, arguments, timeout, environment: environment);
    }

    /// <summary>Builds <paramref name="application"/> natively into <paramref name="directory"/>; returns the .efi file.</summary>
    public static string BuildNative(string application, string directory)
    {
        string efi = Path.Combine(directory, application + ".efi");
        var run = RunScript(["build", efi, Path.Combine(Directory, application + ".c")], TimeSpan.FromMinutes(3));
        Assert.True(run.Status == 0, $"run-ovmf build {application}: {run.Stderr}");
        return efi;
    }

    /// <summary>The test disk (a GPT disk with the ESP tree of tests/efi/esp and <paramref name="efi"/> as BOOTIA32.EFI).</summary>
    public static void CreateDisk(string efi, string image)
    {
        var run = RunScript(["disk", image, efi], TimeSpan.FromMinutes(2));
        Assert.True(run.Status == 0, $"run-ovmf disk: {run.Stderr}");
    }

    public sealed record Boot(int Status, string Console, TimeSpan Elapsed);

    /// <summary>Boots <paramref name="image"/> under QEMU with OVMF32 from a disk of <paramref name="diskType"/>.</summary>
    public static Boot BootOvmf(string image, string diskType, string? vars = null)
    {
        var arguments = new List<string> { "boot", image, "--disk", diskType, "--rtc", Rtc.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) };
        if (vars is not null)
            arguments.AddRange(["--vars", vars]);
        var clock = Stopwatch.StartNew();
        var run = RunScript(arguments, TimeSpan.FromMinutes(4));
        return new Boot(run.Status, run.Output, clock.Elapsed);
    }
}

/// <summary>What an application printed between its markers (efitest.h: ok/FAILED/fact/note lines and the result).</summary>
public sealed partial class EfiReport
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Lines { get; init; }
    public required IReadOnlyDictionary<string, string> Facts { get; init; }
    public int Passed { get; init; }
    public int Failed { get; init; }

    public IEnumerable<string> Failures => Lines.Where(l => l.StartsWith("FAILED:", StringComparison.Ordinal));

    /// <summary>Reads the report of <paramref name="application"/> from a console, or says why there is none.</summary>
    public static EfiReport Parse(string console, string application)
    {
        var lines = console.Replace("\r", "").Split('\n');
        int begin = Array.IndexOf(lines, $"=== efitest {application} begin ===");
        int end = Array.IndexOf(lines, $"=== efitest {application} end ===");
        Assert.True(begin >= 0 && end > begin, $"no complete report of {application} on the console:\n{console}");
        var body = lines[(begin + 1)..end];
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in body.Where(l => l.StartsWith("fact: ", StringComparison.Ordinal)))
        {
            var text = line["fact: ".Length..];
            int space = text.IndexOf(' ');
            facts[text[..space]] = text[(space + 1)..];
        }
        var result = ResultLine().Match(body.LastOrDefault() ?? "");
        Assert.True(result.Success, $"{application}'s report does not end with its result:\n{string.Join("\n", body)}");
        return new EfiReport
        {
            Name = application,
            Lines = body,
            Facts = facts,
            Passed = int.Parse(result.Groups[1].Value, CultureInfo.InvariantCulture),
            Failed = int.Parse(result.Groups[2].Value, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Asserts that every check passed (and that there were checks).</summary>
    public void AssertPassed()
    {
        Assert.True(Failed == 0 && !Failures.Any(), $"{Name}: {Failed} checks failed:\n{string.Join("\n", Failures)}");
        Assert.True(Passed > 0, $"{Name} ran no checks");
    }

    [GeneratedRegex(@"^result: (\d+) passed, (\d+) failed$")]
    private static partial Regex ResultLine();
}

/// <summary>What the host knows of a test disk that the applications report: the facts they must print.</summary>
public static class EfiDiskFacts
{
    private const int Block = 512;

    /// <summary>FNV-1a (32 bits), as efitest.c computes it.</summary>
    public static uint Fnv1a(ReadOnlySpan<byte> bytes, uint hash = 0x811C9DC5u)
    {
        foreach (byte b in bytes)
            hash = (hash ^ b) * 0x01000193u;
        return hash;
    }

    /// <summary>The facts about the disk <paramref name="image"/> (read before the boot, as the application finds it).</summary>
    public static Dictionary<string, string> Of(string image)
    {
        var bytes = File.ReadAllBytes(image);
        long blocks = bytes.Length / Block;
        var dump = Processes.Run("/usr/sbin/sfdisk", ["--dump", image], TimeSpan.FromSeconds(30));
        Assert.True(dump.Status == 0, dump.Stderr);
        var partition = Regex.Match(dump.Output, @"start=\s*(\d+), size=\s*(\d+), type=[0-9A-F-]+, uuid=([0-9A-F-]+)");
        Assert.True(partition.Success, "sfdisk --dump shows no GPT partition:\n" + dump.Output);
        long size = long.Parse(partition.Groups[2].Value, CultureInfo.InvariantCulture);
        var input = File.ReadAllBytes(Path.Combine(EfiApplications.Directory, "esp", "NT2CS", "INPUT.TXT"));
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["partition"] = $"number 1 start {partition.Groups[1].Value} size {size} format 2 signature-type 2 signature {partition.Groups[3].Value}",
            ["disk"] = $"last-block {blocks - 1}",
            ["disk-head"] = $"fnv1a {Fnv1a(bytes.AsSpan(0, 2048 * Block)):X8}",
            ["disk-tail"] = $"fnv1a {Fnv1a(bytes.AsSpan((int)(blocks - 33) * Block, 33 * Block)):X8}",
            ["partition-blocks"] = $"last-block {size - 1}",
            ["INPUT.TXT"] = $"size {input.Length} fnv1a {Fnv1a(input):X8}",
        };
    }

    /// <summary>A file of the ESP in <paramref name="image"/>, as mtools reads it.</summary>
    public static byte[] ReadEspFile(string image, string path)
    {
        var run = Processes.Run("mcopy", ["-n", "-i", image + "@@1M", "::" + path, "-"], TimeSpan.FromSeconds(30),
            environment: new Dictionary<string, string> { ["MTOOLS_SKIP_CHECK"] = "1" });
        Assert.True(run.Status == 0, $"mcopy {path}: {run.Stderr}");
        return run.Stdout;
    }

    /// <summary>The ESP's file system as fsck.fat judges it (read-only), after a boot wrote to it.</summary>
    public static void AssertEspConsistent(string image)
    {
        string volume = image + ".esp";
        try
        {
            using (var source = File.OpenRead(image))
            using (var target = File.Create(volume))
            {
                source.Position = 1 << 20;
                source.CopyTo(target);
            }
            var fsck = Processes.Run("/usr/sbin/fsck.fat", ["-n", volume], TimeSpan.FromSeconds(60));
            Assert.True(fsck.Status == 0, $"fsck.fat -n on the ESP after the boot:\n{fsck.Output}{fsck.Stderr}");
        }
        finally
        {
            File.Delete(volume);
        }
    }

    /// <summary>The text the application left in \NT2CS\OUTPUT.TXT, made as files.c makes it.</summary>
    public static byte[] ExpectedOutputFile()
    {
        var text = new StringBuilder();
        for (int n = 0; n < 200; n++)
            text.Append(CultureInfo.InvariantCulture, $"written through EFI_FILE_PROTOCOL, line {n:D3}\r\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
