using System.Buffers.Binary;
using Nt2cs.Machine.Firmware;
using Nt2cs.Machine.Firmware.Storage;
using Nt2cs.Machine.Pc;
using Xunit;
using DriveType = Nt2cs.Machine.Pc.DriveType;

namespace Nt2cs.Tests.Firmware;

/// <summary>
/// Damaged FAT volumes (made by mkfs.fat and mcopy, then damaged on purpose): EFI_VOLUME_CORRUPTED where the
/// damage is met, and never a host exception, whatever bytes the metadata holds.
/// </summary>
[Collection("GuestMemory")]
public sealed class StorageCorruptionTests
{
    private const long Volume = 1 << 20;

    private static string Fat16Disk(string directory)
    {
        var files = new Dictionary<string, byte[]>
        {
            ["dir/sub/deep.bin"] = new byte[50_000],
            ["lower.txt"] = new byte[5000],
            ["EFI/BOOT/BOOTIA32.EFI"] = new byte[3000],
        };
        for (int i = 0; i < 12; i++)
            files[$"many/entry {i} with a long name.txt"] = new byte[i * 100];
        return DiskImages.FatDisk(directory, "fat16.img", 20, 16, gpt: true, files);
    }

    /// <summary>Sets every data cluster's entry in every FAT copy to <paramref name="entry"/>(cluster).</summary>
    private static void RewriteFat(string image, Func<int, ushort> entry)
    {
        using var file = File.Open(image, FileMode.Open);
        var boot = new byte[512];
        file.Position = Volume;
        file.ReadExactly(boot);
        int reserved = BinaryPrimitives.ReadUInt16LittleEndian(boot.AsSpan(14));
        int fats = boot[16];
        int fatSectors = BinaryPrimitives.ReadUInt16LittleEndian(boot.AsSpan(22));
        var fat = new byte[fatSectors * 512];
        for (int cluster = 2; cluster < fat.Length / 2; cluster++)
            BinaryPrimitives.WriteUInt16LittleEndian(fat.AsSpan(cluster * 2), entry(cluster));
        for (int copy = 0; copy < fats; copy++)
        {
            // Entries 0 and 1 (media and flags) kept.
            file.Position = Volume + (reserved + copy * fatSectors) * 512L + 4;
            file.Write(fat, 4, fat.Length - 4);
        }
    }

    [Theory]
    [InlineData("loop")]
    [InlineData("out of range")]
    public void DamagedChainsAreVolumeCorrupted(string damage)
    {
        var directory = DiskImages.Scratch();
        var image = Fat16Disk(directory);
        RewriteFat(image, damage == "loop" ? c => (ushort)c : _ => 0xFFF0);
        using var bench = new StorageBench(MachineKind.Q35, persist: false, new DriveOptions(image, DriveType.Nvme));
        var calls = new FileCalls(bench);
        uint root = calls.OpenVolume(Assert.Single(Assert.Single(bench.Storage.Disks).Partitions));
        Assert.Equal(EfiStatus.VolumeCorrupted, calls.Open(root, "lower.txt", FileCalls.Read).Status);
        Assert.Equal(EfiStatus.VolumeCorrupted, calls.Open(root, "dir\\sub\\deep.bin", FileCalls.Read).Status);
        Assert.Contains(bench.Log, l => l.Contains("EFI_VOLUME_CORRUPTED"));
    }

    [Fact]
    public void ABootSectorThatDoesNotAddUpIsVolumeCorrupted()
    {
        var directory = DiskImages.Scratch();
        var image = Fat16Disk(directory);
        using (var file = File.OpenWrite(image))
        {
            // BPB_TotSec16 0, BPB_TotSec32 far beyond the partition's end.
            file.Position = Volume + 19;
            file.Write([0, 0]);
            file.Position = Volume + 32;
            file.Write([0xF0, 0xFF, 0xFF, 0x7F]);
        }
        using var bench = new StorageBench(MachineKind.Q35, persist: false, new DriveOptions(image, DriveType.Nvme));
        var partition = Assert.Single(Assert.Single(bench.Storage.Disks).Partitions);
        Assert.Equal(EfiStatus.VolumeCorrupted, EfiCalls.OpenVolume(partition.FileSystem!.Interface, bench.Buffer(8)));
        Assert.Contains(bench.Log, l => l.Contains("BPB_TotSec") && l.Contains("EFI_VOLUME_CORRUPTED"));
    }

    [Fact]
    public void RandomDamageToTheMetadataNeverThrows()
    {
        var directory = DiskImages.Scratch();
        var pristine = File.ReadAllBytes(Fat16Disk(directory));
        var image = Path.Combine(directory, "damaged.img");
        var allowed = new HashSet<uint>
        {
            EfiStatus.Success, EfiStatus.VolumeCorrupted, EfiStatus.NotFound, EfiStatus.BufferTooSmall, EfiStatus.DeviceError,
            EfiStatus.InvalidParameter, EfiStatus.AccessDenied,
        };
        var random = new Random(1234);
        int corrupted = 0;
        for (int round = 0; round < 24; round++)
        {
            var bytes = (byte[])pristine.Clone();
            // Damage lands in the boot sector, the FATs and the root directory (the first 160 KiB of the volume).
            for (int i = 0; i < 40; i++)
                bytes[Volume + random.Next(160 << 10)] = (byte)random.Next(256);
            File.WriteAllBytes(image, bytes);
            using var bench = new StorageBench(MachineKind.Q35, persist: false, new DriveOptions(image, DriveType.Nvme));
            var partition = Assert.Single(Assert.Single(bench.Storage.Disks).Partitions);
            if (partition.FileSystem is null)
                continue;
            var calls = new FileCalls(bench);
            uint cell = bench.Buffer(8);
            uint status = EfiCalls.OpenVolume(partition.FileSystem.Interface, cell);
            Assert.Contains(status, allowed);
            if (status != EfiStatus.Success)
            {
                corrupted++;
                continue;
            }
            uint root = Nt2cs.Runtime.Mem.Read<uint>(cell);
            foreach (var path in new[] { "lower.txt", "dir\\sub\\deep.bin", "many\\entry 5 with a long name.txt", "EFI\\BOOT\\BOOTIA32.EFI" })
            {
                var (openStatus, handle) = calls.Open(root, path, FileCalls.ReadWrite);
                Assert.Contains(openStatus, allowed);
                if (openStatus == EfiStatus.VolumeCorrupted)
                    corrupted++;
                if (openStatus != EfiStatus.Success)
                    continue;
                var buffer = bench.Buffer(65536);
                Nt2cs.Runtime.Mem.Write(cell, 65536u);
                Assert.Contains(EfiCalls.Read(handle, cell, buffer), allowed);
                Nt2cs.Runtime.Mem.Write(cell, 100u);
                Assert.Contains(EfiCalls.Write(handle, cell, buffer), allowed.Append(EfiStatus.VolumeFull));
                Assert.Contains(EfiCalls.Close(handle), allowed);
            }
            var (dirStatus, many) = calls.Open(root, "many", FileCalls.Read);
            if (dirStatus == EfiStatus.Success)
            {
                Nt2cs.Runtime.Mem.Write(cell, 4096u);
                Assert.Contains(EfiCalls.Read(many, cell, bench.Buffer(4096)), allowed);
            }
        }
        Assert.True(corrupted > 0, "some damage was found");
    }
}
