using System.Text;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Cli;

/// <summary>
/// <c>nt2cs disk create</c>, checked by Debian's own tools rather than ours: the partition table as
/// <c>sfdisk --dump</c> (and, for GPT, <c>sgdisk -v</c>) reads it, the files as <c>mdir</c>/<c>mtype</c> see them,
/// and the file system as <c>fsck.fat -n</c> judges it.
/// </summary>
public sealed class DiskCreateTests
{
    private const long PartitionOffset = 1 << 20;
    private static readonly TimeSpan ToolTime = TimeSpan.FromSeconds(60);
    private static readonly Dictionary<string, string> Mtools = new() { ["MTOOLS_SKIP_CHECK"] = "1", ["LC_ALL"] = "C" };

    private static string Scratch()
    {
        var directory = Nt2csProcess.Scratch().Directory;
        var esp = Path.Combine(directory, "esp");
        Directory.CreateDirectory(Path.Combine(esp, "EFI", "BOOT"));
        Directory.CreateDirectory(Path.Combine(esp, "empty"));
        File.WriteAllText(Path.Combine(esp, "EFI", "BOOT", "BOOTIA32.EFI"), "not really a PE image\n");
        File.WriteAllText(Path.Combine(esp, "A long file name.txt"), "long names survive\n");
        var big = new byte[300_000];
        for (int i = 0; i < big.Length; i++)
            big[i] = (byte)(i * 7 + (i >> 9));
        File.WriteAllBytes(Path.Combine(esp, "EFI", "big.bin"), big);
        return directory;
    }

    private static RunResult Tool(string program, params string[] arguments) =>
        Processes.Run(program, arguments, ToolTime, environment: Mtools);

    [Theory]
    [InlineData("--gpt", 64, 32)]
    [InlineData("--mbr", 64, 32)]
    [InlineData("--mbr", 8, 12)]
    [InlineData("--gpt", 20, 16)]
    public void MakesAPartitionedFatImageWithTheTree(string layout, int mib, int expectedFat)
    {
        var directory = Scratch();
        var image = Path.Combine(directory, "disk.img");
        var run = Nt2csProcess.Run(["disk", "create", image, "--size", mib.ToString(), layout, "--esp-from", Path.Combine(directory, "esp")]);
        Assert.True(run.Status == 0, run.Stderr);
        Assert.Equal("", run.Stderr);
        Assert.Equal((long)mib << 20, new FileInfo(image).Length);

        var dump = Tool("/usr/sbin/sfdisk", "--dump", image);
        Assert.Equal(0, dump.Status);
        var partitions = dump.Output.Split('\n').Where(line => line.Contains("start=")).ToArray();
        var partition = Assert.Single(partitions);
        Assert.Matches(@"start=\s*2048,", partition);
        if (layout == "--gpt")
        {
            Assert.Contains("label: gpt", dump.Output);
            Assert.Contains("type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B", partition);
            var verify = Tool("/usr/sbin/sgdisk", "-v", image);
            Assert.True(verify.Status == 0, verify.Output + verify.Stderr);
            Assert.Contains("No problems found", verify.Output);
        }
        else
        {
            Assert.Contains("label: dos", dump.Output);
            Assert.Contains("type=ef", partition);
        }

        var listing = Tool("mdir", "-/", "-b", "-i", $"{image}@@{PartitionOffset}", "::/");
        Assert.True(listing.Status == 0, listing.Stderr);
        var names = listing.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim()).ToHashSet();
        Assert.Contains("::/A long file name.txt", names);
        Assert.Contains("::/EFI/BOOT/BOOTIA32.EFI", names);
        Assert.Contains("::/EFI/big.bin", names);
        Assert.Contains("::/empty/", names);
        var text = Tool("mtype", "-i", $"{image}@@{PartitionOffset}", "::/EFI/BOOT/BOOTIA32.EFI");
        Assert.Equal("not really a PE image\n", text.Output);
        var copy = Path.Combine(directory, "big.back");
        Assert.Equal(0, Tool("mcopy", "-i", $"{image}@@{PartitionOffset}", "::/EFI/big.bin", copy).Status);
        Assert.Equal(File.ReadAllBytes(Path.Combine(directory, "esp", "EFI", "big.bin")), File.ReadAllBytes(copy));

        // fsck.fat takes no offset: it checks the partition's bytes on their own.
        var volume = Path.Combine(directory, "volume.img");
        long sectors = long.Parse(System.Text.RegularExpressions.Regex.Match(partition, @"size=\s*(\d+)").Groups[1].Value);
        using (var source = File.OpenRead(image))
        using (var target = File.Create(volume))
        {
            source.Position = PartitionOffset;
            var buffer = new byte[1 << 20];
            for (long left = sectors * 512; left > 0;)
            {
                int read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                target.Write(buffer, 0, read);
                left -= read;
            }
        }
        var fsck = Tool("/usr/sbin/fsck.fat", "-n", "-v", volume);
        Assert.True(fsck.Status == 0, fsck.Output + fsck.Stderr);
        Assert.Contains($"2 FATs, {expectedFat} bit entries", fsck.Output);
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>The same tree makes the same bytes: fixed disk, partition and volume identifiers, mkfs.fat's invariant mode.</summary>
    [Theory]
    [InlineData("--gpt")]
    [InlineData("--mbr")]
    public void TheSameTreeMakesTheSameImage(string layout)
    {
        var directory = Scratch();
        var tree = Directory.CreateDirectory(Path.Combine(directory, "tree")).FullName;
        File.WriteAllText(Path.Combine(tree, "boot.txt"), "the same bytes\n");
        var first = Path.Combine(directory, "first.img");
        var second = Path.Combine(directory, "second.img");
        Assert.Equal(0, Nt2csProcess.Run(["disk", "create", first, "--size", "20", layout, "--esp-from", tree]).Status);
        Assert.Equal(0, Nt2csProcess.Run(["disk", "create", second, "--size", "20", layout, "--esp-from", tree]).Status);
        Assert.True(File.ReadAllBytes(first).AsSpan().SequenceEqual(File.ReadAllBytes(second)), "two images of one tree differ");
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void WithoutATreeThePartitionIsEmpty()
    {
        var directory = Scratch();
        var image = Path.Combine(directory, "blank.img");
        Assert.Equal(0, Nt2csProcess.Run(["disk", "create", image, "--size", "4"]).Status);
        var listing = Tool("mdir", "-i", $"{image}@@{PartitionOffset}", "::/");
        Assert.True(listing.Status == 0, listing.Stderr);
        Assert.Contains("No files", listing.Output);
        Assert.Contains("label: gpt", Tool("/usr/sbin/sfdisk", "--dump", image).Output);
    }

    [Fact]
    public void AnExistingImageIsKeptUnlessForced()
    {
        var directory = Scratch();
        var image = Path.Combine(directory, "disk.img");
        File.WriteAllText(image, "precious");
        var refused = Nt2csProcess.Run(["disk", "create", image, "--size", "4"]);
        Assert.Equal(2, refused.Status);
        Assert.Equal($"nt2cs: {image}: exists (--force replaces it)\n", refused.Stderr);
        Assert.Equal("precious", File.ReadAllText(image));
        Assert.Equal(0, Nt2csProcess.Run(["disk", "create", image, "--size", "4", "--force"]).Status);
        Assert.Equal(4L << 20, new FileInfo(image).Length);
    }

    [Fact]
    public void AMissingTreeOrATreeThatDoesNotFitLeavesNoImage()
    {
        var directory = Scratch();
        var image = Path.Combine(directory, "disk.img");
        var missing = Nt2csProcess.Run(["disk", "create", image, "--size", "4", "--esp-from", Path.Combine(directory, "nowhere")]);
        Assert.Equal(2, missing.Status);
        Assert.Equal($"nt2cs: {Path.Combine(directory, "nowhere")}: no such directory\n", missing.Stderr);
        Assert.False(File.Exists(image));

        File.WriteAllBytes(Path.Combine(directory, "esp", "huge.bin"), new byte[3 << 20]);
        var full = Nt2csProcess.Run(["disk", "create", image, "--size", "2", "--esp-from", Path.Combine(directory, "esp")]);
        Assert.Equal(2, full.Status);
        Assert.StartsWith($"nt2cs: {image}: mcopy failed", full.Stderr);
        Assert.DoesNotContain("   at ", full.Stderr);
        Assert.False(File.Exists(image));
    }

    [Theory]
    [InlineData(new[] { "--size", "1" }, "nt2cs: usage: --size 1: expected MiB between 2 and 2097151")]
    [InlineData(new[] { "--size", "lots" }, "nt2cs: usage: --size lots: expected MiB between 2 and 2097151")]
    [InlineData(new[] { "--size", "4", "--gpt", "--mbr" }, "nt2cs: usage: --gpt and --mbr exclude each other")]
    [InlineData(new[] { "--size", "4", "--fat", "64" }, "nt2cs: usage: --fat 64: expected 12, 16 or 32")]
    [InlineData(new string[0], "nt2cs: usage: Option '--size' is required.")]
    public void BadNumbersAreUsageErrors(string[] options, string message)
    {
        var directory = Scratch();
        var image = Path.Combine(directory, "disk.img");
        var run = Nt2csProcess.Run(["disk", "create", image, .. options]);
        Assert.Equal(64, run.Status);
        Assert.Contains(message + "\n", run.Stderr);
        Assert.False(File.Exists(image));
    }
}
