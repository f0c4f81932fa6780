using System.Buffers.Binary;
using Nt2cs.Machine.Firmware;
using Nt2cs.Machine.Firmware.Storage;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using Xunit;
using DriveType = Nt2cs.Machine.Pc.DriveType;

namespace Nt2cs.Tests.Firmware;

/// <summary>
/// Partitions as sgdisk and sfdisk wrote them and read them back: a logical-partition Block I/O per partition
/// reading the image's bytes at the partition's place, Hard Drive device path nodes with sfdisk's numbers, the
/// ESP recognised by its type, and a damaged GPT read from its backup (or not at all when both are bad).
/// </summary>
[Collection("GuestMemory")]
public sealed class StoragePartitionTests
{
    private static string GptDisk(string directory)
    {
        var image = DiskImages.Empty(directory, "gpt.img", 16);
        DiskImages.Tool("/usr/sbin/sgdisk", "-n", "1:2048:+4M", "-t", "1:EF00", "-n", "2:0:+3M", "-t", "2:8300", image);
        using var file = File.OpenWrite(image);
        var pattern = new byte[16 << 20];
        new Random(8).NextBytes(pattern);
        // Partition contents: random bytes from 1 MiB to 15 MiB (the tables stay as sgdisk wrote them).
        file.Position = 1 << 20;
        file.Write(pattern, 1 << 20, 14 << 20);
        return image;
    }

    private static void CheckPartitions(StorageDisk disk, string image, List<DiskImages.SfdiskPartition> expected, byte format)
    {
        var bytes = File.ReadAllBytes(image);
        Assert.Equal(expected.Count, disk.Partitions.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var want = expected[i];
            var got = disk.Partitions[i];
            Assert.Equal((ulong)want.Start, got.Info.FirstLba);
            Assert.Equal((ulong)want.Size, got.Info.BlockCount);
            Assert.Equal(want.Type is "C12A7328-F81F-11D2-BA4B-00A0C93EC93B" or "ef", got.Info.IsEfiSystemPartition);

            uint bio = got.BlockIo.Interface, media = Mem.Read<uint>(bio + 8);
            Assert.Equal(1, Mem.Read<byte>(media + 6));   // LogicalPartition
            Assert.Equal((ulong)want.Size - 1, Mem.Read<ulong>(media + 24));
            uint buffer = PlainFirmwareServices.PagesEnd - (64 << 10);
            var read = new byte[64 << 10];
            foreach (ulong lba in new ulong[] { 0, 5, (ulong)want.Size - 128 })
            {
                Assert.Equal(EfiStatus.Success, EfiCalls.ReadBlocks(bio, 0, lba, (uint)read.Length, buffer));
                Mem.CopyOut(buffer, read);
                Assert.True(read.AsSpan().SequenceEqual(bytes.AsSpan((int)(((ulong)want.Start + lba) * 512), read.Length)), $"partition {i + 1} block {lba}");
            }
            Assert.Equal(EfiStatus.InvalidParameter, EfiCalls.ReadBlocks(bio, 0, (ulong)want.Size - 1, 1024, buffer));

            // The path: the disk's, then Hard Drive(number, start, size, signature, format).
            var path = got.DevicePath;
            Assert.Equal(disk.DevicePath[..^4], path[..(disk.DevicePath.Length - 4)]);
            var node = path.AsSpan(disk.DevicePath.Length - 4, 42);
            Assert.Equal(new byte[] { 4, 1, 42, 0 }, node[..4].ToArray());
            Assert.Equal((uint)(i + 1), BinaryPrimitives.ReadUInt32LittleEndian(node[4..]));
            Assert.Equal((ulong)want.Start, BinaryPrimitives.ReadUInt64LittleEndian(node[8..]));
            Assert.Equal((ulong)want.Size, BinaryPrimitives.ReadUInt64LittleEndian(node[16..]));
            Assert.Equal(format, node[40]);
            if (format == 2)
                Assert.Equal(new Guid(want.Uuid!).ToByteArray(), node.Slice(24, 16).ToArray());
        }
    }

    [Fact]
    public void GptPartitionsAreReadAsSgdiskWroteThem()
    {
        var directory = DiskImages.Scratch();
        var image = GptDisk(directory);
        var (label, _, partitions) = DiskImages.Sfdisk(image);
        Assert.Equal("gpt", label);
        using var bench = new StorageBench(MachineKind.Q35, persist: false, new DriveOptions(image, DriveType.Nvme));
        var disk = Assert.Single(bench.Storage.Disks);
        CheckPartitions(disk, image, partitions, format: 2);
        foreach (var partition in disk.Partitions)
        {
            var protocols = bench.Services.Handles[partition.Handle];
            Assert.Equal(partition.BlockIo.Interface, protocols[StorageGuids.BlockIoProtocol]);
            Assert.Equal(partition.DiskIo.Interface, protocols[StorageGuids.DiskIoProtocol]);
            Assert.False(protocols.ContainsKey(StorageGuids.SimpleFileSystemProtocol));   // random bytes are no FAT
        }
    }

    [Fact]
    public void MbrPartitionsAreReadAsSfdiskWroteThem()
    {
        var directory = DiskImages.Scratch();
        var image = DiskImages.Empty(directory, "mbr.img", 16);
        DiskImages.ToolWithInput("/usr/sbin/sfdisk", "label: dos\nlabel-id: 0x12345678\nstart=2048, size=8192, type=ef\nstart=10240, size=4096, type=83\n", "-q", image);
        var (label, id, partitions) = DiskImages.Sfdisk(image);
        Assert.Equal("dos", label);
        using var bench = new StorageBench(MachineKind.Pc, persist: false, new DriveOptions(image, DriveType.Ide));
        var disk = Assert.Single(bench.Storage.Disks);
        CheckPartitions(disk, image, partitions, format: 1);
        var signature = disk.Partitions[0].DevicePath.AsSpan(disk.DevicePath.Length - 4 + 24, 16);
        Assert.Equal(Convert.ToUInt32(id, 16), BinaryPrimitives.ReadUInt32LittleEndian(signature));
        Assert.Equal(1, disk.Partitions[0].DevicePath[disk.DevicePath.Length - 4 + 41]);   // SignatureType: MBR
    }

    [Theory]
    [InlineData(512 + 20, true)]            // the primary header's CRC field
    [InlineData(1024 + 40, true)]           // the primary entry array (entry 1's first LBA): its CRC32 no longer matches
    [InlineData(-1, false)]                 // both headers: no partitions
    public void ADamagedGptIsReadFromItsBackup(int damageAt, bool readable)
    {
        var directory = DiskImages.Scratch();
        var image = GptDisk(directory);
        var (_, _, partitions) = DiskImages.Sfdisk(image);
        using (var file = File.OpenWrite(image))
        {
            foreach (long at in damageAt >= 0 ? [damageAt] : new long[] { 512 + 20, file.Length - 512 + 20 })
            {
                file.Position = at;
                file.WriteByte(0x5A);
            }
        }
        var verify = Processes(image);
        Assert.Contains("problem", verify, StringComparison.OrdinalIgnoreCase);   // sgdisk sees the damage too
        using var bench = new StorageBench(MachineKind.Q35, persist: false, new DriveOptions(image, DriveType.VirtioBlk));
        var disk = Assert.Single(bench.Storage.Disks);
        if (readable)
            CheckPartitions(disk, image, partitions, format: 2);
        else
            Assert.Empty(disk.Partitions);
        Assert.Contains(bench.Log, line => line.Contains("GPT"));
    }

    private static string Processes(string image)
    {
        var run = Support.Processes.Run("/usr/sbin/sgdisk", ["-v", image], TimeSpan.FromSeconds(60), environment: DiskImages.Environment);
        return run.Output + run.Stderr;
    }
}
