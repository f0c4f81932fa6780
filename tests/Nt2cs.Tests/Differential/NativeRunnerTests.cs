using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.Versioning;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Differential;

/// <summary>
/// The native oracle's runner (scripts/i386-runner): qemu-i386 is a faithful oracle for corpus programs, and the
/// probe decides as this machine actually behaves.
/// </summary>
[Collection("GuestMemory")]
[UnsupportedOSPlatform("windows")]
public sealed class NativeRunnerTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("nt2cs-runner-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    /// <summary>Corpus programs with arguments, a non-zero status, death by SIGABRT, floating-point formatting,
    /// 64-bit division, setjmp and string conversions: what an emulated oracle could get wrong.</summary>
    private static readonly string[] s_handful =
    [
        "ptr_argv", "ctrl_exit_status", "ctrl_abort", "float_printf_g", "i64_divmod", "setjmp_deep_recursion",
        "str_strtol", "intrin_interlocked64",
    ];

    private static readonly Lazy<Corpus> s_underQemu = new(() => new Corpus(
        Corpus.FromDirectory(CorpusFixture.Directory).Where(c => s_handful.Contains(c.Name)).ToList(),
        "qemu-oracle", runner: Forced("qemu")));

    private static NativeRunner Forced(string runner) =>
        NativeRunner.Resolve(new Dictionary<string, string> { ["NT2CS_NATIVE_RUNNER"] = runner });

    public static TheoryData<string> Handful() => new(s_handful);

    [Theory]
    [MemberData(nameof(Handful))]
    public void QemuOracleAgreesWithTranslation(string program) => s_underQemu.Value.AssertSame(program);

    [Fact]
    public void ForcedQemuSaysSo()
    {
        var runner = Forced("qemu");
        Assert.True(runner.IsEmulated);
        Assert.Matches(@"^native i386: qemu-i386 \d+\.\d+ \(forced by NT2CS_NATIVE_RUNNER=qemu\)$", runner.Description);
        Assert.True(runner.Slowdown > 1, "time limits must stretch under emulation");
    }

    /// <summary>The forced qemu runner really emulates: the program sees QEMU's CPU (CPUID's brand string), not the
    /// host's, so a passing comparison under it was made by qemu-i386.</summary>
    [Fact]
    public void ForcedQemuRunsTheProgramUnderEmulation()
    {
        var program = Path.Combine(_scratch, "brand");
        File.WriteAllText(program + ".c", """
            #include <cpuid.h>
            #include <stdio.h>
            #include <string.h>
            int main(void) {
                unsigned words[12];
                char brand[49];
                for (unsigned i = 0; i < 3; i++)
                    __get_cpuid(0x80000002 + i, &words[i * 4], &words[i * 4 + 1], &words[i * 4 + 2], &words[i * 4 + 3]);
                memcpy(brand, words, 48);
                brand[48] = 0;
                printf("%s\n", brand);
                return 0;
            }
            """);
        Assert.Null(NativeC.Build([program + ".c"], program));
        var run = NativeC.Run(program, [], TimeSpan.FromMinutes(1), Forced("qemu"));
        Assert.Equal(0, run.Status);
        Assert.StartsWith("QEMU", run.Output);
    }

    /// <summary>The runner every native test of this process uses follows <c>NT2CS_NATIVE_RUNNER</c> when it is set
    /// (it reaches the test host through dotnet test), so a forced run really takes the forced path.</summary>
    [Fact]
    public void ThisProcessUsesTheForcedRunner()
    {
        var forced = Environment.GetEnvironmentVariable("NT2CS_NATIVE_RUNNER");
        if (string.IsNullOrEmpty(forced))
            Assert.Equal(NativeRunner.Resolve(new Dictionary<string, string> { ["NT2CS_NATIVE_RUNNER"] = "" }), NativeRunner.Current);
        else
            Assert.Equal(forced, NativeRunner.Current.Runner);
    }

    /// <summary>
    /// Decides independently what the runner should be here (start an i386 program with no help, look for an
    /// enabled binfmt_misc entry claiming i386 ELF) and checks the script's undirected decision against it.
    /// </summary>
    [Fact]
    public void ProbeDecidesAsThisMachineBehaves()
    {
        var program = Path.Combine(_scratch, "hello");
        File.WriteAllText(program + ".c", "#include <stdio.h>\nint main(void) { puts(\"hello\"); return 3; }\n");
        Assert.Null(NativeC.Build([program + ".c"], program));

        bool runsDirectly;
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program) { RedirectStandardOutput = true })!;
            runsDirectly = process.StandardOutput.ReadToEnd() == "hello\n" && process.WaitForExit(60_000) && process.ExitCode == 3;
        }
        catch (Win32Exception)
        {
            runsDirectly = false;   // ENOEXEC: the kernel has no 32-bit user space
        }
        bool emulatedByBinfmt = BinfmtEntriesClaiming(File.ReadAllBytes(program)).Any();

        var decided = NativeRunner.Resolve(new Dictionary<string, string> { ["NT2CS_NATIVE_RUNNER"] = "" });
        Assert.Equal(runsDirectly && !emulatedByBinfmt ? "direct" : "qemu", decided.Runner);
        Assert.Equal(decided.IsEmulated ? 5 : 1, decided.Slowdown);
        if (!decided.IsEmulated)
            Assert.Equal("native i386: direct", decided.Description);
    }

    [Fact]
    public void KernelWithoutThirtyTwoBitProcessesMeansQemu()
    {
        var runner = NativeRunner.Resolve(new Dictionary<string, string>
        {
            ["NT2CS_NATIVE_RUNNER"] = "",
            ["NT2CS_I386_DIRECT_PROBE"] = ForeignElf(),
        });
        Assert.Equal("qemu", runner.Runner);
        Assert.Matches(@"^native i386: qemu-i386 \d+\.\d+ \(this kernel runs no 32-bit processes\)$", runner.Description);
    }

    [Fact]
    public void ForcingDirectWhereTheKernelRefusesFailsNamingTheCause()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => NativeRunner.Resolve(new Dictionary<string, string>
        {
            ["NT2CS_NATIVE_RUNNER"] = "direct",
            ["NT2CS_I386_DIRECT_PROBE"] = ForeignElf(),
        }));
        Assert.Contains("NT2CS_NATIVE_RUNNER=direct, but this machine cannot run i386 programs directly: Exec format error", failure.Message);
    }

    [Fact]
    public void BinfmtHandlerForI386MeansQemuExplicitly()
    {
        var binfmt = Directory.CreateDirectory(Path.Combine(_scratch, "binfmt_misc")).FullName;
        File.WriteAllText(Path.Combine(binfmt, "status"), "enabled\n");
        File.WriteAllText(Path.Combine(binfmt, "register"), "");
        // The entry Debian's qemu-user-binfmt registers (binfmt_misc's documented format), and a disabled twin.
        const string Entry = "interpreter /usr/libexec/qemu-binfmt/i386-binfmt-P\nflags: POCF\noffset 0\n" +
            "magic 7f454c4601010100000000000000000002000300\nmask fffffffffffefefcfffffffffffffffffeffffff\n";
        File.WriteAllText(Path.Combine(binfmt, "qemu-i386"), "enabled\n" + Entry);
        var runner = NativeRunner.Resolve(new Dictionary<string, string> { ["NT2CS_NATIVE_RUNNER"] = "", ["NT2CS_BINFMT_DIR"] = binfmt });
        Assert.Equal("qemu", runner.Runner);
        Assert.Contains("binfmt_misc handler qemu-i386 (/usr/libexec/qemu-binfmt/i386-binfmt-P)", runner.Description);

        File.WriteAllText(Path.Combine(binfmt, "qemu-i386"), "disabled\n" + Entry);
        var unclaimed = NativeRunner.Resolve(new Dictionary<string, string> { ["NT2CS_NATIVE_RUNNER"] = "", ["NT2CS_BINFMT_DIR"] = binfmt });
        Assert.Equal(NativeRunner.Resolve(new Dictionary<string, string> { ["NT2CS_NATIVE_RUNNER"] = "" }).Runner, unclaimed.Runner);
    }

    [Fact]
    public void UnknownRunnerIsAUsageError()
    {
        var run = Processes.Run("bash", [NativeRunner.Script, "--describe"], TimeSpan.FromMinutes(1),
            environment: new Dictionary<string, string> { ["NT2CS_NATIVE_RUNNER"] = "wine" });
        Assert.Equal(64, run.Status);
        Assert.Contains("NT2CS_NATIVE_RUNNER must be direct or qemu, not 'wine'", run.Stderr);
    }

    /// <summary>
    /// The enabled binfmt_misc entries whose magic matches <paramref name="header"/> under their mask, compared as
    /// the kernel's binfmt_misc documentation describes.
    /// </summary>
    private static IEnumerable<string> BinfmtEntriesClaiming(byte[] header)
    {
        const string Directory = "/proc/sys/fs/binfmt_misc";
        if (!System.IO.Directory.Exists(Directory))
            yield break;
        foreach (var entry in System.IO.Directory.GetFiles(Directory))
        {
            if (Path.GetFileName(entry) is "register" or "status")
                continue;
            var lines = File.ReadAllLines(entry);
            if (lines.FirstOrDefault() != "enabled")
                continue;
            string? Field(string name) => lines.FirstOrDefault(l => l.StartsWith(name + " ", StringComparison.Ordinal))?[(name.Length + 1)..];
            if (Field("magic") is not { } magicHex)
                continue;
            var magic = Convert.FromHexString(magicHex);
            var mask = Field("mask") is { } maskHex ? Convert.FromHexString(maskHex) : Enumerable.Repeat((byte)0xFF, magic.Length).ToArray();
            int offset = int.Parse(Field("offset") ?? "0");
            if (offset + magic.Length <= header.Length
                && Enumerable.Range(0, magic.Length).All(i => ((header[offset + i] ^ magic[i]) & mask[i]) == 0))
                yield return entry;
        }
    }

    /// <summary>An executable ELF header for ARM: any x86 kernel refuses it with ENOEXEC, as a kernel without
    /// 32-bit user space refuses an i386 one.</summary>
    private string ForeignElf()
    {
        var header = new byte[52 + 32];
        byte[] identification = [0x7F, (byte)'E', (byte)'L', (byte)'F', 1, 1, 1];   // 32-bit, little-endian, version 1
        identification.CopyTo(header, 0);
        BitConverter.TryWriteBytes(header.AsSpan(16), (ushort)2);   // ET_EXEC
        BitConverter.TryWriteBytes(header.AsSpan(18), (ushort)40); // EM_ARM
        BitConverter.TryWriteBytes(header.AsSpan(20), 1u);
        BitConverter.TryWriteBytes(header.AsSpan(40), (ushort)52);
        BitConverter.TryWriteBytes(header.AsSpan(42), (ushort)32);
        var path = Path.Combine(_scratch, "arm");
        File.WriteAllBytes(path, header);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
