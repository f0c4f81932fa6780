using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;
using Nt2cs.Transpiler.Lowering;

namespace Nt2cs.Tests.Efi;

/// <summary>
/// The same UEFI test applications that <see cref="OvmfOracleTests"/> boots on OVMF, translated by nt2cs and booted
/// on its managed firmware from the same kind of disk (tests/efi/run-ovmf's, with the translated image file as
/// BOOTIA32.EFI): the boot manager finds it, every check passes, and the facts and the files left on the ESP are
/// checked by the same code against the same host knowledge. Suite from NVMe; storage and variables from
/// virtio-blk twice (one store file) and then from IDE, as on OVMF.
/// </summary>
[Collection("GuestMemory")]
public sealed class ManagedFirmwareTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    private static (string Directory, string Image) Prepare(string application)
    {
        string directory = Nt2csProcess.Scratch().Directory;
        var options = new TranslationOptions
        {
            Freestanding = true,
            IsProgram = false,
            Interface = new ImageInterface { EntryName = "efi_main", EntryRequired = true },
        };
        var translation = TranslatedC.Translate(EfiApplications.Sources(application), options);
        Assert.True(translation.Succeeded, string.Join("\n", translation.Diagnostics));
        var (assembly, errors) = CSharpCompiler.Compile(application, translation.Files);
        Assert.True(assembly is not null, string.Join("\n", errors.Take(10)));
        string efi = Path.Combine(directory, application + ".img");
        File.WriteAllBytes(efi, ImageFile.Sign(assembly, Key));
        string image = Path.Combine(directory, "disk.img");
        EfiApplications.CreateDisk(efi, image);
        return (directory, image);
    }

    private static EfiApplications.Boot Boot(string image, string diskType, string? vars = null) => Boot(image, diskType, vars, new MemoryStream());

    private static EfiApplications.Boot Boot(string image, string diskType, string? vars, MemoryStream stderr)
    {
        DriveOptions.TryParseType(diskType, out var type);
        var options = new MachineOptions
        {
            Drives = [new DriveOptions(image, type)],
            Persist = true,
            ImageSigningKey = Key,
            RtcStart = EfiApplications.Rtc,
        };
        var stdout = new MemoryStream();
        var clock = Stopwatch.StartNew();
        int status = EfiBoot.Run(null, options, stdout, stderr, default, TimeSpan.FromSeconds(120), vars);
        return new EfiApplications.Boot(status, Encoding.UTF8.GetString(stdout.ToArray()), clock.Elapsed);
    }

    [Fact]
    public void TheSuitePassesOnTheManagedFirmwareFromNvme()
    {
        var (directory, image) = Prepare("suite");
        try
        {
            var report = OvmfOracleTests.BootAndCheck("suite", image, "nvme", () => Boot(image, "nvme"));
            Assert.Contains("text: The quick brown fox jumps over the lazy dog. 0123456789", report.Lines);
            Assert.Contains("ok: ExitBootServices with a stale map key", report.Lines);
            Assert.Contains("ok: ExitBootServices with the current map key", report.Lines);
            // Virtual time: the RTC starts where the host set it and the boot takes a few virtual seconds at most.
            var time = DateTime.ParseExact(report.Facts["time"], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            Assert.InRange(time, EfiApplications.Rtc, EfiApplications.Rtc + TimeSpan.FromSeconds(10));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void StorageAndVariablesPassOnTheManagedFirmwareFromVirtioBlkTwiceThenIde()
    {
        var (directory, image) = Prepare("storage");
        try
        {
            string vars = Path.Combine(directory, "vars.store");
            Assert.Equal("boot 1", OvmfOracleTests.BootAndCheck("storage", image, "virtio-blk", () => Boot(image, "virtio-blk", vars)).Facts["variables"]);
            Assert.Equal("boot 2", OvmfOracleTests.BootAndCheck("storage", image, "virtio-blk", () => Boot(image, "virtio-blk", vars)).Facts["variables"]);
            Assert.Equal("boot 1", OvmfOracleTests.BootAndCheck("storage", image, "ide", () => Boot(image, "ide")).Facts["variables"]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// A boot service called after ExitBootServices (tests/efi/after_exit.c; the specification leaves the outcome
    /// undefined, so this one is for nt2cs's firmware only): the machine stops with a report naming the service,
    /// status 3, and the call never returns to the application.
    /// </summary>
    [Fact]
    public void ABootServiceCalledAfterExitBootServicesStopsTheMachineWithAReport()
    {
        var (directory, image) = Prepare("after_exit");
        try
        {
            var stderr = new MemoryStream();
            var boot = Boot(image, "nvme", null, stderr);
            string report = Encoding.UTF8.GetString(stderr.ToArray());
            Assert.Equal(3, boot.Status);
            Assert.Contains("calling AllocatePool after ExitBootServices", boot.Console);
            Assert.DoesNotContain("AllocatePool returned", boot.Console);
            Assert.Contains("AllocatePool called after ExitBootServices: boot services are gone", report);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
