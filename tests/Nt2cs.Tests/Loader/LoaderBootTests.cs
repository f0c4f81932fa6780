using System.Security.Cryptography;
using System.Text;
using Nt2cs.Cli;
using Nt2cs.Machine.Pc;
using Nt2cs.Machine.Pc.Registry;
using DriveType = Nt2cs.Machine.Pc.DriveType;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Loader;

/// <summary>
/// The OS loader's failures on the boot path `nt2cs run` takes (KernelBootTests boots it on every machine and disk
/// type): a boot disk made as <see cref="SystemBoot"/> makes it but with one thing wrong — a missing kernel image,
/// a bad configuration line, a damaged hive — and the loader (generated/boot/efi) says what and where on the
/// console and ends the run with status 1.
/// </summary>
[Collection("GuestMemory")]
public sealed class LoaderBootTests : IClassFixture<LoaderBootTests.Files>
{
    private const string Configuration = "[boot loader]\nkernel=\\EFI\\NT2CS\\NTOSKRNL.EXE\nhal=\\EFI\\NT2CS\\HAL.DLL\nvolume=2\n";

    public sealed class Files
    {
        public byte[] Key { get; } = RandomNumberGenerator.GetBytes(32);
        public byte[] Loader { get; }
        public byte[] Kernel { get; }
        public byte[] Hal { get; }
        public IReadOnlyList<BootDriver> Drivers { get; }

        public Files()
        {
            var files = KernelImages.BootFiles(Repo.Root, Key) ?? throw new InvalidOperationException("the loader's, the kernel's or the HAL's C# does not compile");
            (Loader, Kernel, Hal) = (files.Loader, files.Kernel, files.Hal);
            Drivers = KernelImages.DriverFiles(Repo.Root, Key, selftest: false) ?? throw new InvalidOperationException("a driver's C# does not compile");
        }
    }

    private readonly Files _files;

    public LoaderBootTests(Files files) => _files = files;

    private sealed record Outcome(int Status, string Console, string Stderr);

    private Outcome Boot(DriveType type, MachineKind machine = MachineKind.Q35, string configuration = Configuration,
        bool kernel = true, Func<byte[], byte[]>? hive = null)
    {
        var directory = Directory.CreateTempSubdirectory("nt2cs-loader-boot-").FullName;
        try
        {
            var esp = Path.Combine(directory, "esp");
            BootDisk.Place(esp, EfiApplicationRun.BootFile, _files.Loader);
            BootDisk.Place(esp, SystemBoot.ConfigurationPath, Encoding.ASCII.GetBytes(configuration));
            if (kernel)
                BootDisk.Place(esp, SystemBoot.KernelPath, _files.Kernel);
            BootDisk.Place(esp, SystemBoot.HalPath, _files.Hal);
            var volumeTree = Path.Combine(directory, "volume");
            var system = HiveWriter.Write(RegSource.Parse(File.ReadAllText(Repo.PathOf("nt-src", "boot", "system.reg")), @"HKEY_LOCAL_MACHINE\SYSTEM", "system.reg"), "SYSTEM");
            BootDisk.Place(volumeTree, @"System32\Config\SYSTEM", hive is null ? system : hive(system));
            foreach (var driver in _files.Drivers)
                BootDisk.Place(volumeTree, $@"System32\Drivers\{driver.Name}.sys", driver.File);
            var volume = Path.Combine(directory, "volume.img");
            Assert.Null(DiskCommand.CreateVolume(volume, 4096, null, volumeTree));
            var disk = Path.Combine(directory, "disk.img");
            BootDisk.Build(disk, esp, BootDisk.EspMiB(_files.Kernel.Length + _files.Hal.Length + _files.Loader.Length), File.ReadAllBytes(volume));
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            var options = new MachineOptions { Kind = machine, Drives = [new DriveOptions(disk, type)], ImageSigningKey = _files.Key };
            int status = EfiBoot.Run(null, options, stdout, stderr, default, TimeSpan.FromSeconds(120));
            return new Outcome(status, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void AMissingKernelImageIsReportedAndEndsTheRun()
    {
        var boot = Boot(DriveType.Nvme, kernel: false);
        Assert.Equal(1, boot.Status);
        Assert.Contains("osloader: ESP:\\EFI\\NT2CS\\NTOSKRNL.EXE: cannot open it (EFI_NOT_FOUND)", boot.Console);
        Assert.DoesNotContain("nt2cs NT kernel", boot.Console);
    }

    [Fact]
    public void ABadConfigurationLineIsReportedWithItsNumber()
    {
        var boot = Boot(DriveType.Nvme, configuration: Configuration + "color=blue\n");
        Assert.Equal(1, boot.Status);
        Assert.Contains("osloader: ESP:\\EFI\\NT2CS\\BOOT.INI:5: unknown key (expected kernel, hal, volume, hive or options)", boot.Console);
        Assert.Contains("ResetSystem(EfiResetShutdown, EFI_LOAD_ERROR)", boot.Stderr);
    }

    [Fact]
    public void ADamagedHiveIsReported()
    {
        var boot = Boot(DriveType.Nvme, hive: bytes => { bytes[0x30] ^= 0xFF; return bytes; });
        Assert.Equal(1, boot.Status);
        Assert.Contains("osloader: boot volume:\\System32\\Config\\SYSTEM: the SYSTEM hive's boot drivers cannot be read (NTSTATUS 0xC000014C)", boot.Console);
    }
}
