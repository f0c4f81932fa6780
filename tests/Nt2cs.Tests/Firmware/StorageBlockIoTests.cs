using Nt2cs.Machine.Firmware;
using Nt2cs.Machine.Firmware.Storage;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using Xunit;
using DriveType = Nt2cs.Machine.Pc.DriveType;

namespace Nt2cs.Tests.Firmware;

/// <summary>
/// Block I/O and Disk I/O on each disk type, through the devices' registers: what they read is the image file's
/// bytes, what they write (and flush) is in the file afterwards, and misuse gets the statuses UEFI 2.10 §13.9 and
/// §13.7 give. Calls go through the structures' function pointers with the prototypes' shapes.
/// </summary>
[Collection("GuestMemory")]
public sealed unsafe class StorageBlockIoTests
{
    private const int ImageBytes = 6 << 20;

    public static TheoryData<MachineKind, DriveType> Disks => new()
    {
        { MachineKind.Q35, DriveType.Nvme },
        { MachineKind.Pc, DriveType.Ide },
        { MachineKind.Q35, DriveType.Ide },
        { MachineKind.Q35, DriveType.VirtioBlk },
    };

    private static string RandomImage(int seed)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nt2cs-blockio-{Guid.NewGuid():N}.img");
        var bytes = new byte[ImageBytes];
        new Random(seed).NextBytes(bytes);
        bytes[510] = 0;   // no boot signature: a disk without a partition table
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [MemberData(nameof(Disks))]
    public void ReadsEqualTheImageAndWritesReachIt(MachineKind kind, DriveType type)
    {
        var image = RandomImage(17);
        var original = File.ReadAllBytes(image);
        var written = new byte[70 * 512];
        new Random(5).NextBytes(written);
        try
        {
            using (var bench = new StorageBench(kind, persist: true, new DriveOptions(image, type)))
            {
                var disk = Assert.Single(bench.Storage.Disks);
                uint bio = disk.BlockIo.Interface;
                uint media = Mem.Read<uint>(bio + 8);
                Assert.Equal(BlockIo.Revision3, Mem.Read<ulong>(bio));
                Assert.Equal(512u, Mem.Read<uint>(media + 12));
                Assert.Equal((ulong)ImageBytes / 512 - 1, Mem.Read<ulong>(media + 24));
                Assert.Equal(1, Mem.Read<byte>(media + 5));   // MediaPresent
                Assert.Equal(0, Mem.Read<byte>(media + 6));   // LogicalPartition
                var protocols = bench.Services.Handles[disk.Handle];
                Assert.Equal(bio, protocols[StorageGuids.BlockIoProtocol]);
                Assert.Equal(disk.DiskIo.Interface, protocols[StorageGuids.DiskIoProtocol]);

                // The whole disk in reads of 300 KiB (several device transfers each), then odd sizes.
                uint buffer = bench.Buffer(300 << 10);
                var read = new byte[300 << 10];
                for (int offset = 0; offset < ImageBytes; offset += read.Length)
                {
                    int size = Math.Min(read.Length, ImageBytes - offset);
                    Assert.Equal(EfiStatus.Success, EfiCalls.ReadBlocks(bio, 0, (ulong)offset / 512, (uint)size, buffer));
                    Mem.CopyOut(buffer, read.AsSpan(0, size));
                    Assert.True(read.AsSpan(0, size).SequenceEqual(original.AsSpan(offset, size)), $"bytes at {offset}");
                }
                Assert.Equal(EfiStatus.Success, EfiCalls.ReadBlocks(bio, 0, ImageBytes / 512 - 3, 3 * 512, buffer));
                Mem.CopyOut(buffer, read.AsSpan(0, 3 * 512));
                Assert.True(read.AsSpan(0, 3 * 512).SequenceEqual(original.AsSpan(ImageBytes - 3 * 512)));

                Mem.CopyIn(buffer, written);
                Assert.Equal(EfiStatus.Success, EfiCalls.WriteBlocks(bio, 0, 100, (uint)written.Length, buffer));
                Assert.Equal(EfiStatus.Success, EfiCalls.FlushBlocks(bio));
                Assert.Equal(EfiStatus.Success, EfiCalls.BlockReset(bio, 0));
                Assert.Equal(EfiStatus.Success, EfiCalls.ReadBlocks(bio, 0, 99, 72 * 512, buffer));
                Mem.CopyOut(buffer, read.AsSpan(0, 72 * 512));
                Assert.True(read.AsSpan(512, written.Length).SequenceEqual(written), "read back after reset");
            }
            var after = File.ReadAllBytes(image);
            written.CopyTo(original, 100 * 512);
            Assert.True(after.AsSpan().SequenceEqual(original), "the image file holds exactly the write");
        }
        finally
        {
            File.Delete(image);
        }
    }

    [Theory]
    [MemberData(nameof(Disks))]
    public void MisuseGetsTheSpecifiedStatus(MachineKind kind, DriveType type)
    {
        var image = RandomImage(3);
        try
        {
            using var bench = new StorageBench(kind, persist: false, new DriveOptions(image, type));
            var disk = Assert.Single(bench.Storage.Disks);
            uint bio = disk.BlockIo.Interface, dio = disk.DiskIo.Interface;
            ulong last = ImageBytes / 512 - 1;
            uint buffer = bench.Buffer(8192);
            Assert.Equal(EfiStatus.BadBufferSize, EfiCalls.ReadBlocks(bio, 0, 0, 100, buffer));
            Assert.Equal(EfiStatus.BadBufferSize, EfiCalls.WriteBlocks(bio, 0, 0, 513, buffer));
            Assert.Equal(EfiStatus.InvalidParameter, EfiCalls.ReadBlocks(bio, 0, last + 1, 512, buffer));
            Assert.Equal(EfiStatus.InvalidParameter, EfiCalls.ReadBlocks(bio, 0, last, 1024, buffer));
            Assert.Equal(EfiStatus.InvalidParameter, EfiCalls.WriteBlocks(bio, 0, ulong.MaxValue, 512, buffer));
            Assert.Equal(EfiStatus.InvalidParameter, EfiCalls.ReadBlocks(bio, 0, 0, 512, 0));
            Assert.Equal(EfiStatus.MediaChanged, EfiCalls.ReadBlocks(bio, 1, 0, 512, buffer));
            Assert.Equal(EfiStatus.Success, EfiCalls.ReadBlocks(bio, 0, last, 0, buffer));
            // A This that is no Block I/O structure of the firmware's (the Disk I/O one's functions are of another shape,
            // so the call goes through Block I/O's function with Disk I/O's structure as This).
            uint read = Mem.Read<uint>(bio + 16);
            Assert.Equal(EfiStatus.InvalidParameter,
                ((delegate*<uint, uint, ulong, uint, uint, uint>)Fn.Resolve(new FnPtr(read), "i:iilii"))(dio, 0, 0, 512, buffer));

            Assert.Equal(EfiStatus.InvalidParameter, EfiCalls.ReadDisk(dio, 0, (ulong)ImageBytes - 10, 11, buffer));
            Assert.Equal(EfiStatus.MediaChanged, EfiCalls.ReadDisk(dio, 7, 0, 1, buffer));
        }
        finally
        {
            File.Delete(image);
        }
    }

    [Theory]
    [MemberData(nameof(Disks))]
    public void DiskIoReadsAndWritesAtByteOffsets(MachineKind kind, DriveType type)
    {
        var image = RandomImage(9);
        var original = File.ReadAllBytes(image);
        try
        {
            var patch = new byte[200_001];
            new Random(11).NextBytes(patch);
            const ulong at = 123_457;
            using (var bench = new StorageBench(kind, persist: true, new DriveOptions(image, type)))
            {
                uint dio = Assert.Single(bench.Storage.Disks).DiskIo.Interface;
                uint buffer = bench.Buffer((uint)patch.Length);
                var read = new byte[77_777];
                Assert.Equal(EfiStatus.Success, EfiCalls.ReadDisk(dio, 0, 1_000_003, (uint)read.Length, buffer));
                Mem.CopyOut(buffer, read);
                Assert.True(read.AsSpan().SequenceEqual(original.AsSpan(1_000_003, read.Length)));
                Mem.CopyIn(buffer, patch);
                Assert.Equal(EfiStatus.Success, EfiCalls.WriteDisk(dio, 0, at, (uint)patch.Length, buffer));
                Assert.Equal(EfiStatus.Success, EfiCalls.FlushBlocks(Assert.Single(bench.Storage.Disks).BlockIo.Interface));
            }
            patch.CopyTo(original, (int)at);
            Assert.True(File.ReadAllBytes(image).AsSpan().SequenceEqual(original));
        }
        finally
        {
            File.Delete(image);
        }
    }

    [Fact]
    public void DevicePathsNameTheControllerAndTheDisk()
    {
        var images = new[] { RandomImage(1), RandomImage(2), RandomImage(4) };
        try
        {
            using var bench = new StorageBench(MachineKind.Q35, persist: false,
                new DriveOptions(images[0], DriveType.VirtioBlk), new DriveOptions(images[1], DriveType.Nvme), new DriveOptions(images[2], DriveType.Ide));
            var disks = bench.Storage.Disks;
            Assert.Equal(3, disks.Count);
            // Disk order is PCI order: NVMe from device 4, then virtio-blk, then the IDE function.
            Assert.Equal("02 01 0C 00 D0 41 03 0A 00 00 00 00 01 01 06 00 00 04 03 17 10 00 01 00 00 00 00 00 00 00 00 00 00 00 7F FF 04 00",
                Hex(disks[0].DevicePath));
            Assert.Equal("02 01 0C 00 D0 41 03 0A 00 00 00 00 01 01 06 00 00 05 7F FF 04 00", Hex(disks[1].DevicePath));
            Assert.Equal("02 01 0C 00 D0 41 03 0A 00 00 00 00 01 01 06 00 00 06 03 01 08 00 00 00 00 00 7F FF 04 00", Hex(disks[2].DevicePath));
            uint installed = bench.Services.Handles[disks[2].Handle][StorageGuids.DevicePathProtocol];
            var inGuest = new byte[disks[2].DevicePath.Length];
            Mem.CopyOut(installed, inGuest);
            Assert.Equal(disks[2].DevicePath, inGuest);
            Assert.Equal(images.Select(i => new FileInfo(i).Length / 512).ToArray(),
                disks.Select(d => (long)d.BlockIo.BlockCount).ToArray());
        }
        finally
        {
            foreach (var image in images)
                File.Delete(image);
        }
    }

    private static string Hex(byte[] bytes) => string.Join(" ", bytes.Select(b => b.ToString("X2")));
}
