using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Nt2cs.Cli;
using Nt2cs.Machine.Pc;
using Nt2cs.Machine.Pc.Registry;
using Nt2cs.Runtime;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;
using DriveType = Nt2cs.Machine.Pc.DriveType;

namespace Nt2cs.Tests.Kernel;

/// <summary>
/// The kernel translated into generated/ booted as `nt2cs run` boots it (<see cref="SystemBoot"/>: the boot disk,
/// the firmware, the OS loader from generated/boot/efi, the kernel and HAL from generated/): the banner, the
/// self-test suites under /SELFTEST with their report lines and status, a byte-identical console from run to run
/// and on every machine and disk type, and the STOP path.
/// </summary>
[Collection("GuestMemory")]
public sealed partial class KernelBootTests : IClassFixture<KernelBootTests.Images>
{
    public sealed class Images
    {
        public Images()
        {
            Files = KernelImages.BootFiles(Repo.Root, SigningKey) ?? throw new InvalidOperationException("the loader's, the kernel's or the HAL's C# does not compile");
            foreach (var selftest in new[] { false, true })
                _drivers[selftest] = KernelImages.DriverFiles(Repo.Root, SigningKey, selftest)
                    ?? throw new InvalidOperationException("a driver's C# does not compile");
            Volume = MakeVolume(1440, 12);
        }

        /// <summary>The loader's, the kernel's and the HAL's image files, as `nt2cs run` puts them on the ESP.</summary>
        internal SystemBoot.Images Files { get; }

        /// <summary>The boot volume `nt2cs run` makes by default: FAT12 with the self-tests' files.</summary>
        public byte[] Volume { get; }

        /// <summary>A volume of the self-tests' files, as mkfs.fat and mcopy make it.</summary>
        public static byte[] MakeVolume(long kib, int fatBits)
        {
            var path = Path.Combine(Path.GetTempPath(), $"nt2cs-volume-{Guid.NewGuid():N}.img");
            try
            {
                if (SelftestVolume.Create(path, kib, fatBits) is { } error)
                    throw new InvalidOperationException(error);
                return File.ReadAllBytes(path);
            }
            finally
            {
                File.Delete(path);
            }
        }

        /// <summary>The key the image files are signed with, as a checkout's are.</summary>
        public byte[] SigningKey { get; } = RandomNumberGenerator.GetBytes(32);

        /// <summary>The drivers `nt2cs run` installs on the boot volume: without and with the self-tests' drivers.</summary>
        public IReadOnlyList<BootDriver> Drivers => _drivers[false];
        public IReadOnlyList<BootDriver> SelftestDrivers => _drivers[true];

        private readonly Dictionary<bool, IReadOnlyList<BootDriver>> _drivers = new();

        /// <summary>The default machine's /SELFTEST boot, once (the other machine and disk types are compared with it).</summary>
        internal (int Status, string Console, string Stderr)? DefaultSelftest { get; set; }
    }

    private readonly Images _images;

    public KernelBootTests(Images images) => _images = images;

    /// <summary>The loader's lines before the kernel's, on a boot with no failure: what it read and what it starts.</summary>
    private static string LoaderLines(string options, int bootDrivers = 2) =>
        $"osloader: starting\r\nosloader: {bootDrivers} boot driver(s), options \"{options}\": starting the kernel\r\n";

    /// <summary>
    /// Boots as `nt2cs run` does (<see cref="SystemVolume"/>, <see cref="SystemBoot"/>): with <paramref name="options"/>, the
    /// tree's drivers and <paramref name="extraDrivers"/> installed on the boot volume (the default one unless given),
    /// and the SYSTEM hive the volume has, or nt-src/boot/system.reg's when it has none; <paramref name="system"/> or
    /// <paramref name="hiveImage"/>, when given, replace the volume's hive; <paramref name="hiveAtEnd"/> receives
    /// the hive as the kernel left it at power-off; on <paramref name="machine"/> with a boot disk of type <paramref name="disk"/>.
    /// </summary>
    internal (int Status, string Console, string Stderr) Boot(string options, RegKey? system = null, IReadOnlyList<BootDriver>? extraDrivers = null,
        BootVolume? volume = null, byte[]? hiveImage = null, Action<byte[]>? hiveAtEnd = null,
        MachineKind machine = MachineKind.Q35, DriveType disk = DriveType.Nvme)
    {
        var drivers = (options.Contains("/SELFTEST", StringComparison.Ordinal) ? _images.SelftestDrivers : _images.Drivers).Concat(extraDrivers ?? []).ToList();
        volume ??= new BootVolume(_images.Volume.ToArray());
        var installed = SystemVolume.Prepare(volume.Image, drivers, () => SystemHive.Parse(Repo.PathOf("nt-src", "boot", "system.reg")),
            replaceHive: hiveImage ?? (system is null ? null : HiveWriter.Write(system, "SYSTEM")));
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var run = Task.Run(() => SystemBoot.Run(_images.Files, installed.Volume, options,
            new MachineOptions { Kind = machine, ImageSigningKey = _images.SigningKey }, disk, stdout, stderr, default,
            TimeSpan.FromSeconds(300), new SystemBoot.AtEnd(hiveAtEnd, volume.WriteBack)));
        if (!run.Wait(TimeSpan.FromMinutes(2)))
            throw new Xunit.Sdk.XunitException("the kernel did not stop within two minutes of wall time");
        return (run.Result, Encoding.ASCII.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }

    [Fact]
    public void TheKernelPrintsItsBannerAndPowersOff()
    {
        var (status, console, stderr) = Boot("");
        Assert.Equal("", stderr);
        Assert.Equal(0, status);
        Assert.StartsWith(LoaderLines(""), console);
        Assert.Matches(@"\nnt2cs NT kernel \S+\nMemory: 131072 KiB, processor: i686 \(1\)\nBoot options: \n" +
            @"Driver ramdisk loaded \(\\SystemRoot\\system32\\drivers\\ramdisk\.sys\)\n" +
            @"Driver fastfat loaded \(\\SystemRoot\\system32\\drivers\\fastfat\.sys\)\n" +
            @"Boot volume: \\SystemRoot \(C:\) is \\Device\\Ramdisk0, FAT\n" +
            @"Driver null loaded \(\\SystemRoot\\system32\\drivers\\null\.sys\)\n" +
            @"Driver serial loaded \(\\SystemRoot\\system32\\drivers\\serial\.sys\)\n$", console);
    }

    /// <summary>
    /// The loader hands over the boot-start drivers (ramdisk, fastfat) read from the volume; the kernel mounts the
    /// volume and loads the system-start ones from it, in the order the hive gives (<see cref="ServiceOrder"/>:
    /// group, tag, then the hive's order, which is by name). The self-tests' driver is installed, and so loaded,
    /// only under /SELFTEST; without its file its service (ErrorControl 0) is passed over silently.
    /// </summary>
    [Fact]
    public void TheLoaderHandsOverBootDriversAndTheKernelLoadsTheRestFromTheVolumeInTheHivesOrder()
    {
        var system = HiveReader.Read(SystemHive.FromSource(Repo.PathOf("nt-src", "boot", "system.reg")));
        Assert.Equal(["ramdisk", "fastfat", "null", "kmtdrv", "serial"], ServiceOrder.StartedAtBoot(system));
        var installed = SystemVolume.Prepare(_images.Volume, _images.SelftestDrivers, () => SystemHive.Parse(Repo.PathOf("nt-src", "boot", "system.reg")));
        Assert.True(installed.HiveComposed);
        var again = SystemVolume.Prepare(installed.Volume, _images.SelftestDrivers, () => throw new InvalidOperationException("composed twice"));
        Assert.False(again.HiveComposed);
        Assert.Equal(installed.Hive, again.Hive);

        var (status, console, _) = Boot("/SELFTEST");
        Assert.Equal(0, status);
        Assert.StartsWith(LoaderLines("/SELFTEST"), console);
        Assert.Matches(@"Boot options: /SELFTEST\nDriver ramdisk loaded [^\n]*\nDriver fastfat loaded [^\n]*\nBoot volume: [^\n]*\n" +
            @"Driver null loaded [^\n]*\nDriver kmtdrv loaded [^\n]*\nDriver serial loaded ", console);
        (status, console, _) = Boot("");
        Assert.Equal(0, status);
        Assert.DoesNotContain("kmtdrv", console);
    }

    /// <summary>
    /// The SYSTEM hive decides the drivers: with null's service key removed, the boot loads everything else, and
    /// \Device\Null does not exist.
    /// </summary>
    [Fact]
    public void ADriverWhoseServiceIsRemovedFromTheHiveIsNotLoaded()
    {
        var system = SystemHive.Parse(Repo.PathOf("nt-src", "boot", "system.reg"));
        var services = system.Subkey("ControlSet001").Subkey("Services");
        Assert.Equal(1, services.Subkeys.RemoveAll(k => k.Name == "null"));
        var (status, console, _) = Boot("", system);
        Assert.Equal(0, status);
        Assert.DoesNotContain("Driver null", console);
        Assert.Contains("Driver serial loaded", console);
    }

    /// <summary>
    /// A driver that fails to load is handled as its service's ErrorControl says: ignored without a word (0),
    /// reported and left out (1), or, critical (3), the boot stops with CRITICAL_SERVICE_FAILED; a system-start
    /// service whose image file is not on the volume fails with STATUS_OBJECT_NAME_NOT_FOUND.
    /// </summary>
    [Fact]
    public void AFailedDriversErrorControlDecidesWhatTheBootDoes()
    {
        RegKey System(params (string Name, uint ErrorControl)[] added)
        {
            var system = SystemHive.Parse(Repo.PathOf("nt-src", "boot", "system.reg"));
            var services = system.Subkey("ControlSet001").Subkey("Services");
            foreach (var (name, errorControl) in added)
            {
                ServiceOrder.AddSystemStartDriver(system, name);
                var key = services.Subkey(name);
                key.Values.RemoveAll(v => v.Name == "ErrorControl");
                key.Values.Add(new RegValue("ErrorControl", RegSource.RegDword, BitConverter.GetBytes(errorControl)));
            }
            return system;
        }
        var foreign = ImageFile.Sign(new byte[64], RandomNumberGenerator.GetBytes(32));
        BootDriver Bad(string name) => new(name, foreign);

        var (status, console, _) = Boot("", System(("quiet", 0), ("reported", 1), ("absent", 1)), [Bad("quiet"), Bad("reported")]);
        Assert.Equal(0, status);
        Assert.DoesNotContain("Driver quiet", console);
        Assert.Contains(@"Driver reported failed to load (\SystemRoot\system32\drivers\reported.sys): status 0xC000007B" + "\n", console);
        Assert.Contains(@"Driver absent failed to load (\SystemRoot\system32\drivers\absent.sys): status 0xC0000034" + "\n", console);

        (status, console, _) = Boot("", System(("critical", 3)), [Bad("critical")]);
        Assert.Equal(133, status);
        Assert.Contains(@"Driver critical failed to load (\SystemRoot\system32\drivers\critical.sys): status 0xC000007B" + "\n", console);
        Assert.Matches(@"\*\*\* STOP: 0x0000005A \(0xC000007B,", console);
        Assert.Contains("CRITICAL_SERVICE_FAILED", console);
    }

    /// <summary>
    /// A driver image on the volume built against a kernel that exported a routine this one lacks (a stale image)
    /// fails to load with STATUS_PROCEDURE_NOT_FOUND on the console, and the boot goes on without it; an image
    /// file signed with another key is STATUS_INVALID_IMAGE_FORMAT.
    /// </summary>
    [Fact]
    public void AStaleOrForeignDriverImageFailsItsLoadAndTheBootGoesOn()
    {
        var work = Directory.CreateTempSubdirectory("nt2cs-stale-").FullName;
        try
        {
            var source = Path.Combine(work, "src");
            void Write(string path, string text)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(source, path))!);
                File.WriteAllText(Path.Combine(source, path), text);
            }
            Write("dirs", "DIRS=ntoskrnl stale\n");
            Write("ntoskrnl/sources", "TARGETNAME=ntoskrnl\nTARGETTYPE=EXPORT_DRIVER\nDLLDEF=ntoskrnl.def\nSOURCES=old.c\n");
            Write("ntoskrnl/ntoskrnl.def", "EXPORTS\n    KeRoutineOfAnOlderKernel\n");
            Write("ntoskrnl/old.c", "long __stdcall KeRoutineOfAnOlderKernel(long x) { return x; }\n");
            Write("stale/sources", "TARGETNAME=stale\nTARGETTYPE=DRIVER\nSOURCES=stale.c\nTARGETLIBS=..\\ntoskrnl\\obj\\*\\ntoskrnl.lib\n");
            Write("stale/stale.c", "long __stdcall KeRoutineOfAnOlderKernel(long x);\n" +
                "long __stdcall DriverEntry(void *DriverObject, void *RegistryPath) { return KeRoutineOfAnOlderKernel(0); }\n");
            var result = TreeTranslator.Run(new TreeOptions { SourceRoot = source, OutputRoot = Path.Combine(work, "out"), RepositoryRoot = Repo.Root });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var (assembly, errors) = ProjectCompiler.Compile(Path.Combine(work, "out", "stale"), "stale");
            Assert.True(assembly is not null, string.Join("\n", errors));
            var stale = new BootDriver("stale", ImageFile.Sign(assembly, _images.SigningKey));
            var foreign = new BootDriver("foreign", ImageFile.Sign(assembly, RandomNumberGenerator.GetBytes(32)));
            var system = SystemHive.Parse(Repo.PathOf("nt-src", "boot", "system.reg"));
            ServiceOrder.AddSystemStartDriver(system, "stale");
            ServiceOrder.AddSystemStartDriver(system, "foreign");
            var (status, console, _) = Boot("", system, [stale, foreign]);
            Assert.Equal(0, status);
            Assert.Contains(@"Driver stale failed to load (\SystemRoot\system32\drivers\stale.sys): status 0xC000007A" + "\n", console);
            Assert.Contains(@"Driver foreign failed to load (\SystemRoot\system32\drivers\foreign.sys): status 0xC000007B" + "\n", console);
            Assert.Contains("Driver null loaded", console);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// The same boot disk boots through the firmware and the loader on every machine and disk type (the loader reads
    /// the boot volume through the firmware's Block I/O on NVMe, IDE or virtio-blk; the kernel runs from the RAM disk),
    /// and the self-test's console is byte for byte the default machine's.
    /// </summary>
    [Theory]
    [InlineData(MachineKind.Q35, DriveType.Ide)]
    [InlineData(MachineKind.Q35, DriveType.VirtioBlk)]
    [InlineData(MachineKind.Pc, DriveType.Nvme)]
    [InlineData(MachineKind.Pc, DriveType.Ide)]
    [InlineData(MachineKind.Pc, DriveType.VirtioBlk)]
    public void TheSelfTestPassesWithTheSameConsoleOnEveryMachineAndDiskType(MachineKind machine, DriveType disk)
    {
        var expected = _images.DefaultSelftest ??= Boot("/SELFTEST");
        var boot = Boot("/SELFTEST", machine: machine, disk: disk);
        Assert.True(boot.Status == 0, $"status {boot.Status}: {boot.Stderr}");
        Assert.Equal("", boot.Stderr);
        Assert.Equal(0, expected.Status);
        Assert.EndsWith(" passed, 0 failed\n", boot.Console);
        Assert.Equal(expected.Console, boot.Console);
    }

    [Fact]
    public void TheSelfTestSuitesAllPassWithTheirReportLinesAndAnIdenticalConsoleEachRun()
    {
        var first = _images.DefaultSelftest ??= Boot("/SELFTEST");
        var second = Boot("/SELFTEST");
        Assert.Equal(first.Console, second.Console);
        Assert.Equal("", first.Stderr);
        Assert.DoesNotContain("test failed", first.Console);
        var suites = SuiteLine().Matches(first.Console).ToDictionary(m => m.Groups[1].Value, m => (Passed: int.Parse(m.Groups[2].Value), Failed: int.Parse(m.Groups[3].Value)));
        Assert.All(suites.Values, s => Assert.Equal(0, s.Failed));
        Assert.Contains("KmtSelf", suites.Keys);
        Assert.Subset(suites.Keys.ToHashSet(), new HashSet<string> { "KeIrql", "KeClock", "KeInterrupt", "KeDpc", "KeTimer", "MmPages", "ExPool", "ExLookaside", "KeEvent", "KeSemaphore", "KeTimeout", "KeScheduler", "KeMutex", "ExFastMutex", "ExWorkItem", "KeApc", "KeAlert", "KePriority", "ExResource", "Seh", "MmPaging", "MmIoSpace", "MmMdl", "ObNamespace", "ObHandle", "ObReference", "ObSymbolicLink", "PsProcess", "PsThread", "RtlSplay", "RtlGenericTable", "RtlAvlTable", "IoDriver", "IoIrp", "IoBuffer", "IoCancel", "IoFile", "IoTimer", "IoLoader", "IoSerial", "IoStartIo", "IoAssociated", "CmKey", "CmValue", "CmLink", "CmHive", "CmQuery", "IoFileApi", "RamDisk", "FatFs" });
        Assert.True(suites.Where(s => s.Key.StartsWith("Rtl", StringComparison.Ordinal)).Sum(s => s.Value.Passed) >= 25, "at least 25 Rtl checks");
        Assert.True(new[] { "RtlSplay", "RtlGenericTable", "RtlAvlTable" }.Sum(n => suites[n].Passed) >= 40, "at least 40 splay, generic and AVL table checks");
        Assert.True(suites.Where(s => s.Key.StartsWith("Ke", StringComparison.Ordinal)).Sum(s => s.Value.Passed) >= 60, "at least 60 Ke checks");
        Assert.True(suites.Where(s => s.Key.StartsWith("Ex", StringComparison.Ordinal)).Sum(s => s.Value.Passed) >= 30, "at least 30 Ex checks");
        Assert.True(suites.Where(s => s.Key.StartsWith("Mm", StringComparison.Ordinal)).Sum(s => s.Value.Passed) >= 25, "at least 25 Mm checks");
        Assert.True(suites["Seh"].Passed >= 10, "at least 10 SEH checks");
        Assert.True(suites.Where(s => s.Key.StartsWith("Ob", StringComparison.Ordinal)).Sum(s => s.Value.Passed) >= 30, "at least 30 Ob checks");
        Assert.True(suites.Where(s => s.Key.StartsWith("Ps", StringComparison.Ordinal)).Sum(s => s.Value.Passed) >= 15, "at least 15 Ps checks");
        Assert.True(suites.Where(s => s.Key.StartsWith("Io", StringComparison.Ordinal)).Sum(s => s.Value.Passed) >= 60, "at least 60 Io checks");
        Assert.True(suites.Where(s => s.Key.StartsWith("Cm", StringComparison.Ordinal)).Sum(s => s.Value.Passed) >= 50, "at least 50 registry checks");
        Assert.True(new[] { "IoFileApi", "RamDisk", "FatFs" }.Sum(n => suites[n].Passed) >= 100, "at least 100 file system checks");
        int total = suites.Values.Sum(s => s.Passed);
        Assert.True(total >= 200, "at least 200 checks");
        Assert.EndsWith($"\n{total} passed, 0 failed\n", first.Console);
        Assert.Equal(0, first.Status);
    }

    /// <summary>
    /// The file system suites on FAT12 (the default volume), FAT16 and FAT32 volumes of the same files, with
    /// /FATKEEP: the kernel leaves files in \kept (one of them still open at power-off, with clusters allocated
    /// beyond its end: the shutdown notification flushes it and gives them back), and the RAM disk written back
    /// at power-off (`--persist`) is a volume fsck.fat -n accepts (on FAT32 that includes FSInfo's free count),
    /// in which mtools finds what the kernel wrote, byte for byte.
    /// </summary>
    [Theory]
    [InlineData(12, 1440, "FAT")]
    [InlineData(16, 16384, "FAT")]
    [InlineData(32, 40960, "FAT32")]
    public void TheKernelsFatWritesAreAVolumeFsckAndMtoolsAgreeWith(int fatBits, long kib, string name)
    {
        byte[]? written = null;
        int writes = 0;
        var volume = fatBits == 12 ? _images.Volume.ToArray() : Images.MakeVolume(kib, fatBits);
        var (status, console, _) = Boot("/SELFTEST /FATKEEP",
            volume: new BootVolume(volume, content => { writes++; written = content.ToArray(); }));
        Assert.Contains(@"Boot volume: \SystemRoot (C:) is \Device\Ramdisk0, " + name + "\n", console);
        Assert.DoesNotContain("test failed", console);
        Assert.Matches(@"\nsuite FatFs: [1-9]\d* passed, 0 failed\n", console);
        Assert.Equal(0, status);
        Assert.Equal(1, writes);
        var image = Path.Combine(Path.GetTempPath(), $"nt2cs-kept-{Guid.NewGuid():N}.img");
        try
        {
            File.WriteAllBytes(image, written!);
            var tools = new Dictionary<string, string> { ["MTOOLS_SKIP_CHECK"] = "1", ["LC_ALL"] = "C" };
            var fsck = Processes.Run("/usr/sbin/fsck.fat", ["-n", image], TimeSpan.FromMinutes(1), environment: tools);
            Assert.True(fsck.Status == 0, fsck.Output + fsck.Stderr);
            foreach (var (file, expected) in new[]
                     {
                         ("::/kept/Written by the kernel.bin", SelftestVolume.Pattern(40000, 5)),
                         ("::/kept/RENAMED.TXT", SelftestVolume.Pattern(1234, 8)),
                         ("::/kept/Open at power-off.bin", SelftestVolume.Pattern(30000, 3)),
                         ("::/readme.txt", SelftestVolume.Files[0].Content),
                     })
            {
                var copy = Processes.Run("mcopy", ["-n", "-i", image, file, "-"], TimeSpan.FromMinutes(1), environment: tools);
                Assert.True(copy.Status == 0, copy.Stderr);
                Assert.Equal(expected, copy.Stdout);
            }
            var listing = Processes.Run("mdir", ["-b", "-i", image, "::/kept"], TimeSpan.FromMinutes(1), environment: tools);
            Assert.Equal(0, listing.Status);
            Assert.DoesNotContain("first name", listing.Output);
            Assert.DoesNotContain("kmtw", Processes.Run("mdir", ["-b", "-i", image, "::/"], TimeSpan.FromMinutes(1), environment: tools).Output);
            if (fatBits == 32)
            {
                var (fsInfoFree, fsInfoHint, free, clusters) = FsInfoAndFreeClusters(written!);
                Assert.Equal(free, fsInfoFree);
                Assert.InRange(fsInfoHint, 2u, clusters + 1);
            }
        }
        finally
        {
            File.Delete(image);
        }
    }

    /// <summary>
    /// A FAT32 volume's FSInfo free count and next free hint, and its free clusters counted in the first FAT and its
    /// count of clusters, as Microsoft's FAT specification lays the volume out.
    /// </summary>
    private static (uint FsInfoFree, uint FsInfoHint, uint Free, uint Clusters) FsInfoAndFreeClusters(byte[] volume)
    {
        var boot = volume.AsSpan();
        int bytesPerSector = BitConverter.ToUInt16(boot[11..]);
        int sectorsPerCluster = boot[13];
        int reserved = BitConverter.ToUInt16(boot[14..]);
        int fats = boot[16];
        uint totalSectors = BitConverter.ToUInt32(boot[32..]);
        uint fatSectors = BitConverter.ToUInt32(boot[36..]);
        int fsInfo = BitConverter.ToUInt16(boot[48..]);
        uint clusters = (uint)((totalSectors - reserved - fats * fatSectors) / sectorsPerCluster);
        uint free = 0;
        for (uint cluster = 2; cluster < clusters + 2; cluster++)
            if ((BitConverter.ToUInt32(boot[(int)(reserved * bytesPerSector + cluster * 4)..]) & 0x0FFFFFFF) == 0)
                free++;
        var info = boot[(fsInfo * bytesPerSector)..];
        Assert.Equal(0x41615252u, BitConverter.ToUInt32(info));
        return (BitConverter.ToUInt32(info[488..]), BitConverter.ToUInt32(info[492..]), free, clusters);
    }

    /// <summary>
    /// A volume no file system knows (zeros) and a FAT volume whose boot sector claims more sectors than the disk
    /// has cannot be read by the loader (through the firmware's FAT driver): it says so, naming the partition and
    /// the firmware's status, and the run ends with status 1 before the kernel starts.
    /// </summary>
    [Fact]
    public void AForeignOrDamagedBootVolumeStopsTheLoader()
    {
        var foreign = Boot("", volume: new BootVolume(new byte[1440 * 1024]));
        Assert.Equal(1, foreign.Status);
        Assert.Contains("osloader: the boot volume, partition 2 of the boot disk, cannot be read (EFI_UNSUPPORTED)\r\n", foreign.Console);
        Assert.DoesNotContain("nt2cs NT kernel", foreign.Console);
        var damaged = _images.Volume.ToArray();
        damaged[19] = 0xFF;     // BPB_TotSec16: 0xFFxx sectors, more than 1440 KiB holds
        damaged[20] = 0xFF;
        var corrupt = Boot("", volume: new BootVolume(damaged));
        Assert.Equal(1, corrupt.Status);
        Assert.Contains("osloader: the boot volume, partition 2 of the boot disk, cannot be read (EFI_VOLUME_CORRUPTED)\r\n", corrupt.Console);
        Assert.Contains("ResetSystem(EfiResetShutdown, EFI_VOLUME_CORRUPTED)", corrupt.Stderr);
    }

    /// <summary>The RAM disk is written back at power-off only: a bug check writes nothing back.</summary>
    [Fact]
    public void ABugCheckWritesNoVolumeBack()
    {
        int writes = 0;
        var crash = Boot("/CRASH", volume: new BootVolume(_images.Volume.ToArray(), _ => writes++));
        Assert.Equal(0x85, crash.Status);
        Assert.Equal(0, writes);
    }

    [Fact]
    public void ABugCheckPrintsTheStopLineAndTheCStackAndEndsWithStatus133()
    {
        var (status, console, _) = Boot("/CRASH");
        Assert.Equal(0x85, status);
        Assert.Contains("\n*** STOP: 0x000000E2 (0x00000000,0x00000000,0x00000000,0x00000000)\n*** MANUALLY_INITIATED_CRASH\n", console);
        // The C stack from the routine that called KeBugCheckEx outwards, each frame at its call's line, down to the
        // loader's routine that called the kernel's entry on the initial kernel stack.
        var stack = StackAfter(console, "MANUALLY_INITIATED_CRASH");
        Assert.Equal(3, stack.Length);
        Assert.Matches(@"^init\.c:\d+ KiPhase1Initialization$", stack[0]);
        Assert.Matches(@"^init\.c:\d+ KiSystemStartup$", stack[1]);
        Assert.Matches(@"^blkernel\.c:\d+ BlpKernelThread$", stack[2]);
        var source = File.ReadAllLines(Repo.PathOf("nt-src", "private", "ntos", "init", "init.c"));
        Assert.Contains("KeBugCheckEx(MANUALLY_INITIATED_CRASH", source[int.Parse(stack[0].Split(':', ' ')[1]) - 1]);
        Assert.Contains("KiPhase1Initialization(LoaderBlock)", source[int.Parse(stack[1].Split(':', ' ')[1]) - 1]);
        var loader = File.ReadAllLines(Repo.PathOf("nt-src", "boot", "efi", "blkernel.c"));
        Assert.Contains("Entry(LoaderBlock)", loader[int.Parse(stack[2].Split(':', ' ')[1]) - 1]);
    }

    [Fact]
    public void FreeingPoolTwiceIsABadPoolCallerBugCheckNamingTheRoutineThatFoundIt()
    {
        var (status, console, _) = Boot("/DOUBLEFREE");
        Assert.Equal(0x85, status);
        Assert.Matches(@"\n\*\*\* STOP: 0x000000C2 \(0x00000007,0x00000000,0x[0-9A-F]{8},0x[0-9A-F]{8}\)\n\*\*\* BAD_POOL_CALLER\n", console);
        var stack = StackAfter(console, "BAD_POOL_CALLER");
        Assert.Matches(@"^pool\.c:\d+ ExFreePoolWithTag$", stack[0]);
        Assert.Matches(@"^expool\.c:\d+ KmtFreePoolTwice$", stack[1]);
    }

    /// <summary>The issue's bug check tests: each boot option provokes one misuse; the STOP line names the code and
    /// the C stack names the routine that misbehaved.</summary>
    [Theory]
    [InlineData("/DPCWAIT", 0xB8, "ATTEMPTED_SWITCH_FROM_DPC", "kewait.c", "KmtWaitInDpc")]
    [InlineData("/BADLOWER", 0x09, "IRQL_NOT_GREATER_OR_EQUAL", "kewait.c", "KmtLowerIrqlAbove")]
    [InlineData("/THREADFAULT", 0x7E, "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED", "kewait.c", "KmtDivideByZero")]
    [InlineData("/KMODEFAULT", 0x1E, "KMODE_EXCEPTION_NOT_HANDLED", "kewait.c", "KmtFaultInInitialThread")]
    [InlineData("/BADADDRESS", 0x50, "PAGE_FAULT_IN_NONPAGED_AREA", "mmpaging.c", "KmtTouchUnmappedSystemAddress")]
    [InlineData("/PAGEDDISPATCH", 0x0A, "IRQL_NOT_LESS_OR_EQUAL", "mmpaging.c", "KmtFaultAtDispatchLevel")]
    [InlineData("/FREELOCKED", 0x4E, "PFN_LIST_CORRUPT", "mmpaging.c", "KmtFreeLockedPages")]
    [InlineData("/RESOURCEAPC", 0x1E, "KMODE_EXCEPTION_NOT_HANDLED", "exresource.c", "KmtAcquireResourceCarelessly")]
    public void MisuseIsABugCheckWhoseStackNamesTheCulprit(string option, int code, string name, string file, string culprit)
    {
        var (status, console, _) = Boot(option);
        Assert.Equal(0x85, status);
        Assert.Contains($"\n*** STOP: 0x{code:X8} (", console);
        var stack = StackAfter(console, name);
        Assert.Contains(stack, line => Regex.IsMatch(line, $@"^{Regex.Escape(file)}:\d+ {culprit}$"));
    }

    /// <summary>
    /// An unhandled processor exception's STOP carries the exception code, then the code address of the function that
    /// faulted: a function slot of the kernel's image (mapped from 0x80100000, below the kernel stack), found for a
    /// method of a collectible image through its unit's address table.
    /// </summary>
    [Fact]
    public void AnUnhandledFaultInTheInitialThreadNamesItsExceptionCodeAndAddress()
    {
        var (status, console, _) = Boot("/KMODEFAULT");
        Assert.Equal(0x85, status);
        var stop = Regex.Match(console, @"\*\*\* STOP: 0x0000001E \(0xC0000094,0x([0-9A-F]{8}),");
        Assert.True(stop.Success, console);
        uint address = Convert.ToUInt32(stop.Groups[1].Value, 16);
        Assert.InRange(address, 0x8010_0000u, 0x803F_0000u);
        Assert.Equal(0u, address % 16);
    }

    /// <summary>PAGE_FAULT_IN_NONPAGED_AREA's first parameter is the address touched, a read (second 0).</summary>
    [Fact]
    public void TouchingUnmappedSystemSpaceNamesTheAddress()
    {
        var (_, console, _) = Boot("/BADADDRESS");
        var address = Regex.Match(console, @"KMTEST: reading 0x([0-9a-f]{8}) after unmapping it").Groups[1].Value.ToUpperInvariant();
        Assert.Matches($@"\*\*\* STOP: 0x00000050 \(0x{address},0x00000000,", console);
        Assert.StartsWith("trap.c:", StackAfter(console, "PAGE_FAULT_IN_NONPAGED_AREA")[0]);
    }

    /// <summary>The C stack a bug check prints: the lines after <c>*** NAME</c>.</summary>
    private static string[] StackAfter(string console, string name)
    {
        var marker = $"*** {name}\n";
        return console[(console.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"^suite (\w+): (\d+) passed, (\d+) failed$", RegexOptions.Multiline)]
    private static partial Regex SuiteLine();
}
