using System.Text.RegularExpressions;
using Nt2cs.Cli;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Cli;

/// <summary>
/// The boot disk <c>nt2cs run</c> hands the firmware (<see cref="BootDisk"/>), checked by Debian's tools: two GPT
/// partitions as sfdisk and sgdisk read them (an ESP, then a basic data partition), the ESP's files as mtype reads
/// them and its file system as fsck.fat judges it, the boot volume's bytes in partition 2 exactly as given (mdir
/// lists its files there), the same bytes from the same inputs, and a volume of partial sectors refused.
/// </summary>
public sealed class BootDiskTests : IDisposable
{
    private static readonly TimeSpan ToolTime = TimeSpan.FromSeconds(60);
    private static readonly Dictionary<string, string> Mtools = new() { ["MTOOLS_SKIP_CHECK"] = "1", ["LC_ALL"] = "C" };
    private readonly string _directory = Directory.CreateTempSubdirectory("nt2cs-boot-disk-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static RunResult Tool(string program, params string[] arguments) =>
        Processes.Run(program, arguments, ToolTime, environment: Mtools);

    private (string Tree, byte[] Volume) Inputs()
    {
        var tree = Path.Combine(_directory, "esp");
        Directory.CreateDirectory(Path.Combine(tree, "EFI", "BOOT"));
        Directory.CreateDirectory(Path.Combine(tree, "EFI", "NT2CS"));
        File.WriteAllText(Path.Combine(tree, "EFI", "BOOT", "BOOTIA32.EFI"), "the loader's image file\n");
        File.WriteAllText(Path.Combine(tree, "EFI", "NT2CS", "BOOT.INI"), "[boot loader]\nvolume=2\n");
        var volumePath = Path.Combine(_directory, "volume.img");
        Assert.Equal(0, Tool("/usr/sbin/mkfs.fat", "-C", "--invariant", "-F", "12", volumePath, "1440").Status);
        File.WriteAllText(Path.Combine(_directory, "hive"), "a hive's stand-in\n");
        Assert.Equal(0, Tool("mmd", "-i", volumePath, "::/System32").Status);
        Assert.Equal(0, Tool("mcopy", "-i", volumePath, Path.Combine(_directory, "hive"), "::/System32/SYSTEM").Status);
        return (tree, File.ReadAllBytes(volumePath));
    }

    [Fact]
    public void TheDiskHasTheEspThenTheBootVolume()
    {
        var (tree, volume) = Inputs();
        var disk = Path.Combine(_directory, "boot.img");
        BootDisk.Build(disk, tree, BootDisk.EspMiB(1 << 20), volume);

        var verify = Tool("/usr/sbin/sgdisk", "-v", disk);
        Assert.True(verify.Status == 0 && verify.Output.Contains("No problems found"), verify.Output + verify.Stderr);
        var dump = Tool("/usr/sbin/sfdisk", "--dump", disk).Output;
        var partitions = dump.Split('\n').Where(line => line.Contains("start=")).ToArray();
        Assert.Equal(2, partitions.Length);
        Assert.Contains("type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B", partitions[0]);
        Assert.Contains("type=EBD0A0A2-B9E5-4433-87C0-68B6B72699C7", partitions[1]);
        long Field(string line, string name) => long.Parse(Regex.Match(line, name + @"=\s*(\d+)").Groups[1].Value);
        long espOffset = Field(partitions[0], "start") * 512, volumeOffset = Field(partitions[1], "start") * 512;
        Assert.Equal(volume.Length, Field(partitions[1], "size") * 512);

        Assert.Equal("[boot loader]\nvolume=2\n", Tool("mtype", "-i", $"{disk}@@{espOffset}", "::/EFI/NT2CS/BOOT.INI").Output);
        Assert.Equal("the loader's image file\n", Tool("mtype", "-i", $"{disk}@@{espOffset}", "::/EFI/BOOT/BOOTIA32.EFI").Output);
        var bytes = File.ReadAllBytes(disk);
        var esp = Path.Combine(_directory, "esp.img");
        File.WriteAllBytes(esp, bytes.AsSpan((int)espOffset, (int)(Field(partitions[0], "size") * 512)).ToArray());
        var fsck = Tool("/usr/sbin/fsck.fat", "-n", esp);
        Assert.True(fsck.Status == 0, fsck.Output + fsck.Stderr);
        Assert.True(bytes.AsSpan((int)volumeOffset, volume.Length).SequenceEqual(volume), "partition 2 is not the boot volume's bytes");
        Assert.Equal("a hive's stand-in\n", Tool("mtype", "-i", $"{disk}@@{volumeOffset}", "::/System32/SYSTEM").Output);

        var again = Path.Combine(_directory, "again.img");
        BootDisk.Build(again, tree, BootDisk.EspMiB(1 << 20), volume);
        Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(again)), "the same inputs made different disks");
    }

    [Fact]
    public void AVolumeOfPartialSectorsIsRefusedAndNothingIsLeft()
    {
        var (tree, _) = Inputs();
        var disk = Path.Combine(_directory, "bad.img");
        var refused = Assert.Throws<DiskCommand.DiskImageException>(() => BootDisk.Build(disk, tree, 8, new byte[1000]));
        Assert.Contains("not a whole number of sectors", refused.Message);
        Assert.False(File.Exists(disk));
    }
}
