using System.Buffers.Binary;
using System.Text.RegularExpressions;
using Nt2cs.Machine.Firmware;
using Nt2cs.Machine.Firmware.Storage;
using Nt2cs.Machine.Pc;
using Xunit;
using DriveType = Nt2cs.Machine.Pc.DriveType;

namespace Nt2cs.Tests.Firmware;

/// <summary>
/// The FAT driver against volumes mkfs.fat made and mcopy filled: files read back exactly through the File
/// protocol, directories list what mcopy put there, the free space is what mdir says; files and directories the
/// driver writes read back with mcopy and the volume passes <c>fsck.fat -n</c>; FAT12, FAT16 and FAT32, on GPT and MBR.
/// </summary>
[Collection("GuestMemory")]
public sealed class StorageFatTests
{
    private static byte[] Random(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>mkfs.fat's choice of size per FAT type: FAT12 small, FAT16 medium, FAT32 from 33 MiB of 512-byte clusters.</summary>
    private static int Mib(int fat) => fat switch { 12 => 4, 16 => 20, _ => 48 };

    private static Dictionary<string, byte[]> Tree()
    {
        var files = new Dictionary<string, byte[]>
        {
            ["EFI/BOOT/BOOTIA32.EFI"] = Random(1, 7000),
            ["A long file name.txt"] = "long names survive\n"u8.ToArray(),
            ["dir/sub/deep.bin"] = Random(2, 300_000),
            ["UPPER.TXT"] = Random(3, 1),
            ["lower.txt"] = Random(4, 512),
            ["empty.dat"] = [],
        };
        for (int i = 0; i < 40; i++)
            files[$"many/file number {i} with a long name.bin"] = Random(100 + i, 1000 + i * 37);
        return files;
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(16, false)]
    [InlineData(32, true)]
    [InlineData(32, false)]
    public void FilesMcopyPutThereReadBackExactly(int fat, bool gpt)
    {
        var directory = DiskImages.Scratch();
        var files = Tree();
        var image = DiskImages.FatDisk(directory, "fat.img", Mib(fat), fat, gpt, files);
        var mdir = DiskImages.Tool("mdir", "-i", DiskImages.Partition(image), "::/").Output;
        ulong free = ulong.Parse(Regex.Match(mdir, @"([\d ]+) bytes free").Groups[1].Value.Replace(" ", ""));

        using var bench = new StorageBench(MachineKind.Q35, persist: false, new DriveOptions(image, DriveType.Nvme));
        var partition = Assert.Single(Assert.Single(bench.Storage.Disks).Partitions);
        Assert.True(partition.Info.IsEfiSystemPartition);
        Assert.Equal(partition.FileSystem!.Interface, bench.Services.Handles[partition.Handle][StorageGuids.SimpleFileSystemProtocol]);
        var calls = new FileCalls(bench);
        uint root = calls.OpenVolume(partition);

        foreach (var (path, bytes) in files)
        {
            uint file = calls.OpenOk(root, "\\" + path.Replace('/', '\\'), FileCalls.Read);
            Assert.True(calls.ReadAll(file, 4093).AsSpan().SequenceEqual(bytes), path);
            var info = calls.GetInfo(file, StorageGuids.FileInfo);
            Assert.Equal((ulong)bytes.Length, BinaryPrimitives.ReadUInt64LittleEndian(info.AsSpan(8)));
            Assert.Equal(Path.GetFileName(path), FileCalls.Name(info, 80));
            Assert.Equal(EfiStatus.Success, EfiCalls.Close(file));
        }

        // Case-insensitive names, "." and "..", paths relative to a directory handle.
        uint efi = calls.OpenOk(root, "efi", FileCalls.Read);
        uint boot = calls.OpenOk(efi, "Boot\\..\\BOOT\\.\\bootia32.efi", FileCalls.Read);
        Assert.Equal(files["EFI/BOOT/BOOTIA32.EFI"], calls.ReadAll(boot));
        Assert.Equal(EfiStatus.NotFound, calls.Open(root, "\\EFI\\BOOT\\missing.efi", FileCalls.Read).Status);
        Assert.Equal(EfiStatus.NotFound, calls.Open(root, "\\lower.txt\\x", FileCalls.Read).Status);
        Assert.Equal(EfiStatus.NotFound, calls.Open(root, "..", FileCalls.Read).Status);
        Assert.Equal(EfiStatus.InvalidParameter, calls.Open(root, "lower.txt", FileCalls.Create & ~2ul).Status);

        // Directory reads: what mcopy put there, "." and ".." first in a subdirectory.
        uint many = calls.OpenOk(root, "many", FileCalls.Read);
        var listed = calls.List(many);
        Assert.Equal([".", ".."], listed.Take(2).Select(e => e.Name));
        Assert.Equal(files.Keys.Where(k => k.StartsWith("many/")).Select(k => k[5..]).Order(),
            listed.Skip(2).Select(e => e.Name).Order());
        Assert.All(listed.Skip(2), e => Assert.Equal((ulong)files["many/" + e.Name].Length, e.Size));
        var top = calls.List(root);
        Assert.Equal(new[] { "A long file name.txt", "EFI", "UPPER.TXT", "dir", "empty.dat", "lower.txt", "many" },
            top.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(0x10ul, top.Single(e => e.Name == "dir").Attribute & 0x10);
        Assert.Equal(EfiStatus.Unsupported, EfiCalls.SetPosition(many, 5));

        // Volume information: mdir's free bytes, mkfs.fat's label.
        var system = calls.GetInfo(root, StorageGuids.FileSystemInfo);
        Assert.Equal(free, BinaryPrimitives.ReadUInt64LittleEndian(system.AsSpan(24)));
        Assert.Equal("NT2CS", FileCalls.Name(system, 36));
        Assert.Equal("NT2CS", FileCalls.Name(calls.GetInfo(root, StorageGuids.FileSystemVolumeLabel), 0));
        Assert.Equal(EfiStatus.Success, EfiCalls.Close(many));
        Assert.Equal(EfiStatus.InvalidParameter, EfiCalls.Close(many));   // closed: no longer a handle
    }

    [Theory]
    [InlineData(12, false)]
    [InlineData(16, true)]
    [InlineData(32, true)]
    public void WhatTheDriverWritesReadsBackWithMtoolsAndPassesFsck(int fat, bool gpt)
    {
        var directory = DiskImages.Scratch();
        var files = Tree();
        var image = DiskImages.FatDisk(directory, "fat.img", Mib(fat), fat, gpt, files);
        var expected = new Dictionary<string, byte[]>(files);
        var created = new Dictionary<string, byte[]>
        {
            ["New Directory/A Long Name With Spaces.txt"] = Random(20, 100_000),
            ["New Directory/nested/x.y"] = Random(21, 5),
            ["SHORT.TXT"] = Random(22, 700),
            ["mixed Case.Md"] = Random(23, 0),
        };
        for (int i = 0; i < 30; i++)
            created[$"New Directory/grows the directory {i:D2}.dat"] = Random(200 + i, 300);

        using (var bench = new StorageBench(gpt ? MachineKind.Q35 : MachineKind.Pc, persist: true, new DriveOptions(image, gpt ? DriveType.VirtioBlk : DriveType.Ide)))
        {
            var calls = new FileCalls(bench);
            uint root = calls.OpenVolume(Assert.Single(Assert.Single(bench.Storage.Disks).Partitions));
            uint newDir = calls.OpenOk(root, "New Directory", FileCalls.Create, 0x10);
            Assert.Equal(EfiStatus.Success, EfiCalls.Close(calls.OpenOk(newDir, "nested", FileCalls.Create, 0x10)));
            foreach (var (path, bytes) in created)
            {
                uint file = calls.OpenOk(root, path.Replace('/', '\\'), FileCalls.Create);
                calls.WriteAll(file, bytes);
                Assert.Equal(EfiStatus.Success, EfiCalls.Close(file));
                expected[path] = bytes;
            }

            // Overwrite the middle of a file mcopy wrote; write past the end after a gap (zeros in between).
            uint deep = calls.OpenOk(root, "dir\\sub\\deep.bin", FileCalls.ReadWrite);
            var patch = Random(30, 9000);
            Assert.Equal(EfiStatus.Success, EfiCalls.SetPosition(deep, 12_345));
            calls.WriteAll(deep, patch);
            Assert.Equal(EfiStatus.Success, EfiCalls.SetPosition(deep, 0xFFFF_FFFF_FFFF_FFFF));
            var position = bench.Buffer(8);
            Assert.Equal(EfiStatus.Success, EfiCalls.GetPosition(deep, position));
            Assert.Equal(300_000ul, Nt2cs.Runtime.Mem.Read<ulong>(position));
            Assert.Equal(EfiStatus.Success, EfiCalls.SetPosition(deep, 310_000));
            calls.WriteAll(deep, [1, 2, 3]);
            var grown = new byte[310_003];
            files["dir/sub/deep.bin"].CopyTo(grown, 0);
            patch.CopyTo(grown, 12_345);
            grown[310_000] = 1; grown[310_001] = 2; grown[310_002] = 3;
            expected["dir/sub/deep.bin"] = grown;
            Assert.Equal(EfiStatus.Success, EfiCalls.Flush(deep));
            Assert.Equal(EfiStatus.Success, EfiCalls.Close(deep));

            // Truncate and rename through SetInfo; delete a file and an empty directory; a non-empty one stays.
            uint lower = calls.OpenOk(root, "LOWER.TXT", FileCalls.ReadWrite);
            var info = calls.GetInfo(lower, StorageGuids.FileInfo);
            Assert.Equal(EfiStatus.Success, calls.SetInfo(lower, StorageGuids.FileInfo, FileCalls.WithNameAndSize(info, "renamed and truncated.txt", 100)));
            Assert.Equal(EfiStatus.Success, EfiCalls.Close(lower));
            expected.Remove("lower.txt");
            expected["renamed and truncated.txt"] = files["lower.txt"][..100];
            uint gone = calls.OpenOk(root, "many\\file number 7 with a long name.bin", FileCalls.ReadWrite);
            Assert.Equal(EfiStatus.Success, EfiCalls.Delete(gone));
            expected.Remove("many/file number 7 with a long name.bin");
            Assert.Equal(EfiStatus.WarnDeleteFailure, EfiCalls.Delete(calls.OpenOk(root, "dir", FileCalls.ReadWrite)));
            Assert.Equal(EfiStatus.WarnDeleteFailure, EfiCalls.Delete(calls.OpenOk(root, "UPPER.TXT", FileCalls.Read)));
            Assert.Equal(EfiStatus.Success, EfiCalls.Delete(calls.OpenOk(newDir, "nested\\x.y", FileCalls.ReadWrite)));
            Assert.Equal(EfiStatus.Success, EfiCalls.Delete(calls.OpenOk(newDir, "nested", FileCalls.ReadWrite)));
            expected.Remove("New Directory/nested/x.y");

            // A write through a read-only handle and to a directory.
            uint readOnly = calls.OpenOk(root, "SHORT.TXT", FileCalls.Read);
            var cell = bench.Buffer(8);
            Nt2cs.Runtime.Mem.Write(cell, 1u);
            Assert.Equal(EfiStatus.AccessDenied, EfiCalls.Write(readOnly, cell, cell));
            Assert.Equal(EfiStatus.Unsupported, EfiCalls.Write(newDir, cell, cell));

            // The volume label.
            Assert.Equal(EfiStatus.Success, calls.SetInfo(root, StorageGuids.FileSystemVolumeLabel, System.Text.Encoding.Unicode.GetBytes("RELABELED\0")));
            Assert.Equal("RELABELED", FileCalls.Name(calls.GetInfo(root, StorageGuids.FileSystemInfo), 36));
            Assert.Equal(EfiStatus.Success, EfiCalls.Flush(root));
        }

        var fsck = DiskImages.Fsck(image);
        Assert.True(fsck.Status == 0, fsck.Output + fsck.Stderr);
        // Nothing reported beyond the checks' names and the summary: no FAT copies differing, no boot sector
        // backup differing, no free cluster summary (FSInfo) wrong, nothing reclaimed.
        var report = (fsck.Output + fsck.Stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var afterLayout = report.SkipWhile(l => !l.StartsWith("Checking for unused clusters")).ToArray();
        Assert.NotEmpty(afterLayout);
        Assert.All(afterLayout[..^1], l => Assert.StartsWith("Checking ", l));
        Assert.Matches(@": \d+ files, \d+/\d+ clusters$", afterLayout[^1]);
        Assert.DoesNotContain(report, l => l.Contains("differ"));
        foreach (var (path, bytes) in expected)
            Assert.True(DiskImages.Mtype(image, path).AsSpan().SequenceEqual(bytes), path);
        var listing = DiskImages.Tool("mdir", "-/", "-b", "-i", DiskImages.Partition(image), "::/").Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToHashSet();
        Assert.DoesNotContain("::/many/file number 7 with a long name.bin", listing);
        Assert.DoesNotContain("::/lower.txt", listing);
        Assert.DoesNotContain("::/New Directory/nested/", listing);
        Assert.Contains("::/New Directory/A Long Name With Spaces.txt", listing);
        Assert.Contains("::/mixed Case.Md", listing);
        Assert.Contains("RELABELED", DiskImages.Tool("mlabel", "-s", "-i", DiskImages.Partition(image), "::").Output);
    }

    [Fact]
    public void ReadOnlyFilesRefuseWriting()
    {
        var directory = DiskImages.Scratch();
        var image = DiskImages.FatDisk(directory, "fat.img", 4, 12, gpt: true, new Dictionary<string, byte[]> { ["locked.txt"] = [1, 2, 3] });
        DiskImages.Tool("mattrib", "+r", "-i", DiskImages.Partition(image), "::/locked.txt");
        var content = Random(50, 2000);
        using (var bench = new StorageBench(MachineKind.Q35, persist: true, new DriveOptions(image, DriveType.Nvme)))
        {
            var calls = new FileCalls(bench);
            uint root = calls.OpenVolume(Assert.Single(Assert.Single(bench.Storage.Disks).Partitions));
            Assert.Equal(EfiStatus.AccessDenied, calls.Open(root, "locked.txt", FileCalls.ReadWrite).Status);
            Assert.Equal(new byte[] { 1, 2, 3 }, calls.ReadAll(calls.OpenOk(root, "locked.txt", FileCalls.Read)));
            // Created read-only: the creating handle may fill it, later ones may not open it for writing.
            uint created = calls.OpenOk(root, "made read-only.bin", FileCalls.Create, 0x01);
            calls.WriteAll(created, content);
            Assert.Equal(EfiStatus.Success, EfiCalls.Close(created));
            Assert.Equal(EfiStatus.AccessDenied, calls.Open(root, "made read-only.bin", FileCalls.ReadWrite).Status);
            Assert.Equal(EfiStatus.InvalidParameter, calls.Open(root, "bad attributes", FileCalls.Create, 0x40).Status);
            Assert.Equal(EfiStatus.InvalidParameter, calls.Open(root, "bad:name", FileCalls.Create).Status);
        }
        Assert.Equal(content, DiskImages.Mtype(image, "made read-only.bin"));
        Assert.Matches(@"^A\s+R\s+::/made read-only\.bin", DiskImages.Tool("mattrib", "-i", DiskImages.Partition(image), "::/made read-only.bin").Output.Trim());
    }
}
