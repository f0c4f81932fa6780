using System.Text.Json;
using Nt2cs.Tests.Support;
using Xunit;

namespace Nt2cs.Tests.Firmware;

/// <summary>Disk images made by the reference tools (sgdisk, sfdisk, mkfs.fat, mtools, nt2cs disk create) and what those tools say about them.</summary>
public static class DiskImages
{
    private static readonly TimeSpan ToolTime = TimeSpan.FromSeconds(60);
    public static readonly Dictionary<string, string> Environment = new() { ["MTOOLS_SKIP_CHECK"] = "1", ["LC_ALL"] = "C" };

    /// <summary>A scratch directory of its own.</summary>
    public static string Scratch()
    {
        var directory = Path.Combine(Path.GetTempPath(), "nt2cs-efi-storage-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Runs a tool; a failure fails the test with its output.</summary>
    public static RunResult Tool(string program, params string[] arguments)
    {
        var run = Processes.Run(program, arguments, ToolTime, environment: Environment);
        Assert.True(run.Status == 0, $"{program} {string.Join(' ', arguments)}: {run.Output}{run.Stderr}");
        return run;
    }

    public static RunResult ToolWithInput(string program, string stdin, params string[] arguments)
    {
        var run = Processes.Run(program, arguments, ToolTime, environment: Environment, stdin: System.Text.Encoding.ASCII.GetBytes(stdin));
        Assert.True(run.Status == 0, $"{program} {string.Join(' ', arguments)}: {run.Output}{run.Stderr}");
        return run;
    }

    /// <summary>An empty (sparse) image of <paramref name="mib"/> MiB.</summary>
    public static string Empty(string directory, string name, int mib)
    {
        var path = Path.Combine(directory, name);
        using var file = File.Create(path);
        file.SetLength((long)mib << 20);
        return path;
    }

    public sealed record SfdiskPartition(long Start, long Size, string Type, string? Uuid);

    /// <summary>The partition table as <c>sfdisk --json</c> reads it: label ("gpt"/"dos"), id, partitions.</summary>
    public static (string Label, string Id, List<SfdiskPartition> Partitions) Sfdisk(string image)
    {
        using var json = JsonDocument.Parse(Tool("/usr/sbin/sfdisk", "--json", image).Output);
        var table = json.RootElement.GetProperty("partitiontable");
        var partitions = table.GetProperty("partitions").EnumerateArray().Select(p => new SfdiskPartition(
            p.GetProperty("start").GetInt64(), p.GetProperty("size").GetInt64(), p.GetProperty("type").GetString()!,
            p.TryGetProperty("uuid", out var uuid) ? uuid.GetString() : null)).ToList();
        return (table.GetProperty("label").GetString()!, table.GetProperty("id").GetString()!, partitions);
    }

    /// <summary>
    /// A disk with one partition from 1 MiB formatted by <c>mkfs.fat -F <paramref name="fat"/></c> (GPT ESP or MBR
    /// 0xEF, by sfdisk), and <paramref name="files"/> copied in by mcopy (host name → path on the volume, '/'-separated).
    /// </summary>
    public static string FatDisk(string directory, string name, int mib, int fat, bool gpt, IReadOnlyDictionary<string, byte[]>? files = null, string? label = null)
    {
        var image = Empty(directory, name, mib);
        string script = gpt
            ? "label: gpt\nstart=2048, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B\n"
            : "label: dos\nlabel-id: 0x0badcafe\nstart=2048, type=ef\n";
        ToolWithInput("/usr/sbin/sfdisk", script, "-q", image);
        long sectors = Sfdisk(image).Partitions[0].Size;
        var args = new List<string> { "-F", fat.ToString(), "--invariant", "--offset=2048", "-n", label ?? "NT2CS" };
        if (fat == 32)
            args.AddRange(["-s", "1"]);
        args.AddRange([image, (sectors / 2).ToString()]);
        Tool("/usr/sbin/mkfs.fat", [.. args]);
        foreach (var (path, bytes) in files ?? new Dictionary<string, byte[]>())
        {
            var host = Path.Combine(directory, "upload-" + Guid.NewGuid().ToString("N"));
            File.WriteAllBytes(host, bytes);
            var parts = path.Split('/');
            for (int i = 1; i < parts.Length; i++)
            {
                var dir = "::/" + string.Join('/', parts[..i]);
                Processes.Run("mmd", ["-D", "s", "-i", Partition(image), dir], ToolTime, environment: Environment);
            }
            Tool("mcopy", "-i", Partition(image), host, "::/" + path);
        }
        return image;
    }

    /// <summary>mtools' name for the file system at 1 MiB into <paramref name="image"/>.</summary>
    public static string Partition(string image) => $"{image}@@1M";

    /// <summary>A file as mtype reads it from the volume.</summary>
    public static byte[] Mtype(string image, string path)
    {
        var copy = Path.Combine(Path.GetDirectoryName(image)!, "mcopy-" + Guid.NewGuid().ToString("N"));
        Tool("mcopy", "-n", "-i", Partition(image), "::/" + path, copy);
        return File.ReadAllBytes(copy);
    }

    /// <summary>What <c>fsck.fat -n</c> says of the volume (copied out of the disk image first); status 0 means clean.</summary>
    public static RunResult Fsck(string image)
    {
        var (_, _, partitions) = Sfdisk(image);
        var volume = Path.Combine(Path.GetDirectoryName(image)!, "volume-" + Guid.NewGuid().ToString("N"));
        using (var source = File.OpenRead(image))
        using (var target = File.Create(volume))
        {
            source.Position = partitions[0].Start * 512;
            var buffer = new byte[partitions[0].Size * 512];
            source.ReadExactly(buffer);
            target.Write(buffer);
        }
        return Processes.Run("/usr/sbin/fsck.fat", ["-n", "-v", volume], ToolTime, environment: Environment);
    }
}
