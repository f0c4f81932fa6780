using System.Globalization;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Efi;

/// <summary>
/// The UEFI test applications on real firmware: built natively and booted under QEMU with Debian's OVMF32
/// (<see cref="EfiApplications"/>), each passes every check it makes against the specification, and the facts it
/// reports equal what the host knows: the disk's bytes and partition, the file the host placed, the RTC it set.
/// What the applications left on the ESP is read back with mtools and the file system checked by fsck.fat. This
/// validates the headers and the applications before they judge nt2cs's firmware. Four boots in all, one per disk
/// type and a second for variables kept across boots (the issue allows six OVMF boots in CI; tests/efi/run-ovmf all
/// runs the full set).
/// </summary>
public sealed class OvmfOracleTests
{
    private static (string Directory, string Image) Prepare(string application)
    {
        string directory = Nt2csProcess.Scratch().Directory;
        string efi = EfiApplications.BuildNative(application, directory);
        string image = Path.Combine(directory, "disk.img");
        EfiApplications.CreateDisk(efi, image);
        return (directory, image);
    }

    private static EfiReport BootAndCheck(string application, string image, string diskType, string? vars = null) =>
        BootAndCheck(application, image, diskType, () => EfiApplications.BootOvmf(image, diskType, vars));

    /// <summary>
    /// Boots with <paramref name="boot"/> (OVMF, or nt2cs's firmware), and checks the report: every check passed,
    /// the disk facts are the host's, and what the application left on the ESP reads back right.
    /// </summary>
    internal static EfiReport BootAndCheck(string application, string image, string diskType, Func<EfiApplications.Boot> boot)
    {
        var expected = EfiDiskFacts.Of(image);
        var run = boot();
        Assert.True(run.Status == 0, $"the firmware's run ended with status {run.Status} (124: time limit):\n{run.Console}");
        var report = EfiReport.Parse(run.Console, application);
        report.AssertPassed();
        foreach (var (key, value) in expected)
            Assert.True(report.Facts.TryGetValue(key, out var reported) && reported == value,
                $"fact {key}: the host knows '{value}', {application} on {diskType} reported '{reported}'");
        var output = EfiDiskFacts.ReadEspFile(image, "/NT2CS/OUTPUT.TXT");
        Assert.Equal(EfiDiskFacts.ExpectedOutputFile(), output);
        Assert.Equal($"size {output.Length} fnv1a {EfiDiskFacts.Fnv1a(output):X8}", report.Facts["OUTPUT.TXT"]);
        Assert.Equal("long\r\n"u8.ToArray(), EfiDiskFacts.ReadEspFile(image, "/NT2CS/Long Name, Mixed Case.txt"));
        EfiDiskFacts.AssertEspConsistent(image);
        return report;
    }

    [Fact]
    public void TheSuitePassesOnOvmfFromNvme()
    {
        var (directory, image) = Prepare("suite");
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var report = BootAndCheck("suite", image, "nvme");
            Assert.Contains("text: The quick brown fox jumps over the lazy dog. 0123456789", report.Lines);
            Assert.Contains("ok: ExitBootServices with a stale map key", report.Lines);
            Assert.Contains("ok: ExitBootServices with the current map key", report.Lines);
            // The RTC started at the host's time and ran for at most the boot's wall time.
            var time = DateTime.ParseExact(report.Facts["time"], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            Assert.InRange(time, EfiApplications.Rtc, EfiApplications.Rtc + clock.Elapsed + TimeSpan.FromSeconds(2));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void StorageAndVariablesPassOnOvmfFromVirtioBlkTwiceThenIde()
    {
        var (directory, image) = Prepare("storage");
        try
        {
            string vars = Path.Combine(directory, "vars.fd");
            // Boot options OVMF records name the disk, so the store that carries the variables stays with one disk type.
            Assert.Equal("boot 1", BootAndCheck("storage", image, "virtio-blk", vars).Facts["variables"]);
            Assert.Equal("boot 2", BootAndCheck("storage", image, "virtio-blk", vars).Facts["variables"]);
            Assert.Equal("boot 1", BootAndCheck("storage", image, "ide").Facts["variables"]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
