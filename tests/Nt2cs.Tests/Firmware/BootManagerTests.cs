using System.Text;
using Nt2cs.Machine.Firmware.Boot;
using Nt2cs.Machine.Firmware.Storage;
using Nt2cs.Machine.Pc;
using Nt2cs.Tests.Support;
using Xunit;
using DriveType = Nt2cs.Machine.Pc.DriveType;

namespace Nt2cs.Tests.Firmware;

/// <summary>
/// The boot manager's lookup on disks <c>nt2cs disk create</c> built (GPT and MBR ESPs): the first EFI system
/// partition in disk order that holds <c>\EFI\BOOT\BOOTIA32.EFI</c> gives the file's bytes and its device path.
/// </summary>
[Collection("GuestMemory")]
public sealed class BootManagerTests
{
    private static string CreateDisk(string directory, string name, string layout, byte[] boot)
    {
        var esp = Path.Combine(directory, name + "-esp");
        Directory.CreateDirectory(Path.Combine(esp, "EFI", "BOOT"));
        File.WriteAllBytes(Path.Combine(esp, "EFI", "BOOT", "BOOTIA32.EFI"), boot);
        File.WriteAllText(Path.Combine(esp, "EFI", "BOOT", "other.txt"), "not the boot file\n");
        var image = Path.Combine(directory, name);
        var run = Nt2csProcess.Run(["disk", "create", image, "--size", "8", layout, "--esp-from", esp]);
        Assert.True(run.Status == 0, run.Stderr);
        return image;
    }

    [Theory]
    [InlineData("--gpt", MachineKind.Q35, DriveType.Nvme)]
    [InlineData("--mbr", MachineKind.Pc, DriveType.Ide)]
    [InlineData("--gpt", MachineKind.Q35, DriveType.VirtioBlk)]
    public void FindsTheBootApplicationOnTheEsp(string layout, MachineKind kind, DriveType type)
    {
        var directory = DiskImages.Scratch();
        var boot = new byte[123_457];
        new Random(42).NextBytes(boot);
        var image = CreateDisk(directory, "boot.img", layout, boot);
        using var bench = new StorageBench(kind, persist: false, new DriveOptions(image, type));
        var found = BootManager.Find(bench.Storage, out var report);
        Assert.NotNull(found);
        Assert.Equal(boot, found.Image);
        var partition = Assert.Single(Assert.Single(bench.Storage.Disks).Partitions);
        Assert.Equal(partition.Handle, found.DeviceHandle);
        // The partition's path, then File Path "\EFI\BOOT\BOOTIA32.EFI" (type 4, sub-type 4), then the end node.
        var file = Encoding.Unicode.GetBytes(@"\EFI\BOOT\BOOTIA32.EFI" + "\0");
        byte[] expected = [.. partition.DevicePath[..^4], 4, 4, (byte)(4 + file.Length), 0, .. file, 0x7F, 0xFF, 4, 0];
        Assert.Equal(expected, found.DevicePath);
        Assert.Contains("partition 1", report);
    }

    [Fact]
    public void TakesTheFirstDiskWhoseEspHoldsTheFile()
    {
        var directory = DiskImages.Scratch();
        // Disk 1 (NVMe, first in PCI order): GPT with a Linux partition only. Disk 2: an ESP without the file
        // (another name). Disk 3: the ESP with it.
        var linux = DiskImages.Empty(directory, "linux.img", 8);
        DiskImages.Tool("/usr/sbin/sgdisk", "-n", "1:2048:0", "-t", "1:8300", linux);
        var wrongName = CreateDisk(directory, "wrong.img", "--gpt", [1, 2, 3]);
        DiskImages.Tool("mren", "-i", DiskImages.Partition(wrongName), "::/EFI/BOOT/BOOTIA32.EFI", "::/EFI/BOOT/BOOTX64.EFI");
        var right = CreateDisk(directory, "right.img", "--mbr", [9, 8, 7, 6]);
        using (var bench = new StorageBench(MachineKind.Q35, persist: false,
            new DriveOptions(linux, DriveType.Nvme), new DriveOptions(wrongName, DriveType.Nvme), new DriveOptions(right, DriveType.VirtioBlk)))
        {
            var found = BootManager.Find(bench.Storage, out _);
            Assert.NotNull(found);
            Assert.Equal(new byte[] { 9, 8, 7, 6 }, found.Image);
            Assert.Equal(bench.Storage.Disks[2].Partitions[0].Handle, found.DeviceHandle);
        }
        using (var withoutFile = new StorageBench(MachineKind.Q35, persist: false, new DriveOptions(wrongName, DriveType.VirtioBlk)))
        {
            Assert.Null(BootManager.Find(withoutFile.Storage, out var report));
            Assert.Equal(@"virtio-blk 00:04.0 partition 1: no \EFI\BOOT\BOOTIA32.EFI", report);
        }
        using (var none = new StorageBench(MachineKind.Q35, persist: false, new DriveOptions(linux, DriveType.Nvme)))
        {
            Assert.Null(BootManager.Find(none.Storage, out var report));
            Assert.Equal("no EFI system partition on any disk", report);
        }
    }
}
