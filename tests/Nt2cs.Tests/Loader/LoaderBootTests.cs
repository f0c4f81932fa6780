using System.Security.Cryptography;
using System.Text;
using Nt2cs.Cli;
using Nt2cs.Machine.Pc;
using Nt2cs.Machine.Pc.Registry;
using DriveType = Nt2cs.Machine.Pc.DriveType;
using Nt2cs.Runtime;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Loader;

/// <summary>
/// The whole boot path the UEFI issue builds, ahead of its wiring into <c>nt2cs run</c>: a GPT boot disk
/// (<see cref="BootDisk"/>: an ESP with the OS loader as BOOTIA32.EFI, its BOOT.INI and the kernel's and HAL's
/// image files; the boot volume with the SYSTEM hive and the drivers as partition 2), the managed firmware's boot
/// manager starting the loader (nt-src/boot/efi, translated), and the loader starting the kernel, which loads its
/// boot and system drivers from the RAM disk the loader read and powers off; on every disk type. The loader's
/// failures (a missing kernel image, a bad configuration line, a damaged hive) say what and where on the console
/// and end the run with status 1.
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
            var output = Directory.CreateTempSubdirectory("nt2cs-osloader-").FullName;
            try
            {
                var result = TreeTranslator.Run(new TreeOptions { SourceRoot = Repo.PathOf("nt-src", "boot", "efi"), OutputRoot = output, RepositoryRoot = Repo.Root });
                if (!result.Succeeded)
                    throw new InvalidOperationException("the loader does not translate:\n" + string.Join("\n", result.Diagnostics));
                Loader = ImageFile.Sign(Compile(output, "osloader"), Key);
            }
            finally
            {
                Directory.Delete(output, recursive: true);
            }
            Kernel = ImageFile.Sign(Compile(Repo.PathOf("generated", "private", "ntos", "init"), "ntoskrnl"), Key);
            Hal = ImageFile.Sign(Compile(Repo.PathOf("generated", "private", "ntos", "hal"), "hal"), Key);
            Drivers = KernelImages.DriverFiles(Repo.Root, Key, selftest: false) ?? throw new InvalidOperationException("a driver's C# does not compile");
        }

        private static byte[] Compile(string directory, string name)
        {
            var (assembly, errors) = ProjectCompiler.Compile(directory, name);
            return assembly ?? throw new InvalidOperationException($"{name}'s C# does not compile:\n{string.Join("\n", errors.Take(10))}");
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
            void Put(string root, string path, byte[] bytes)
            {
                var full = Path.Combine([root, .. path.Split('/')]);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }
            Put(esp, "EFI/BOOT/BOOTIA32.EFI", _files.Loader);
            Put(esp, "EFI/NT2CS/BOOT.INI", Encoding.ASCII.GetBytes(configuration));
            if (kernel)
                Put(esp, "EFI/NT2CS/NTOSKRNL.EXE", _files.Kernel);
            Put(esp, "EFI/NT2CS/HAL.DLL", _files.Hal);
            var volumeTree = Path.Combine(directory, "volume");
            var system = HiveWriter.Write(RegSource.Parse(File.ReadAllText(Repo.PathOf("nt-src", "boot", "system.reg")), @"HKEY_LOCAL_MACHINE\SYSTEM", "system.reg"), "SYSTEM");
            Put(volumeTree, "System32/Config/SYSTEM", hive is null ? system : hive(system));
            foreach (var driver in _files.Drivers)
                Put(volumeTree, $"System32/Drivers/{driver.Name}.sys", driver.File);
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

    [Theory]
    [InlineData(DriveType.Nvme, MachineKind.Q35)]
    [InlineData(DriveType.Ide, MachineKind.Pc)]
    [InlineData(DriveType.VirtioBlk, MachineKind.Q35)]
    public void TheLoaderBootsTheKernelThroughTheFirmware(DriveType type, MachineKind machine)
    {
        var boot = Boot(type, machine);
        Assert.True(boot.Status == 0, $"status {boot.Status}: {boot.Stderr}\n{boot.Console}");
        Assert.Equal("", boot.Stderr);
        Assert.StartsWith("osloader: starting\r\nosloader: 2 boot driver(s), options \"\": starting the kernel\r\nnt2cs NT kernel", boot.Console);
        Assert.Contains("Memory: 131072 KiB", boot.Console);
        Assert.Contains("Driver ramdisk loaded (\\SystemRoot\\system32\\drivers\\ramdisk.sys)", boot.Console);
        Assert.Contains("Boot volume: \\SystemRoot (C:) is \\Device\\Ramdisk0, FAT", boot.Console);
        Assert.Contains("Driver serial loaded", boot.Console);
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
