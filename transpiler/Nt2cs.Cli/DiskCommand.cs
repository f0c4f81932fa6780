using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;

namespace Nt2cs.Cli;

/// <summary>
/// <c>nt2cs disk create IMAGE --size MiB [--gpt|--mbr] [--fat 12|16|32] [--esp-from DIR] [--force]</c>: the one
/// disk-image builder, made of Debian's tools rather than code of our own. A sparse raw file of the size, one EFI
/// system partition from 1 MiB to the end (<c>sfdisk</c>: GPT type C12A7328-F81F-11D2-BA4B-00A0C93EC93B, or MBR
/// type 0xEF), formatted FAT by <c>mkfs.fat</c> (FAT32 from 64 MiB up, below that the FAT12/16 mkfs.fat picks, or
/// <c>--fat</c>), and DIR's tree copied in by <c>mcopy -s</c>. Bad numbers and conflicting switches are usage
/// errors (64); an existing IMAGE without <c>--force</c>, a missing DIR, a missing tool and a tool's failure (a
/// tree that does not fit) are set-up errors (2, <c>nt2cs: PATH: …</c>), and then no half-made image is left.
/// </summary>
internal static class DiskCommand
{
    /// <summary>The partition starts at 1 MiB, as today's partitioners align it.</summary>
    internal const long PartitionStartSector = 2048;
    internal const int SectorSize = 512;
    public const int MinimumMiB = 2;
    /// <summary>MBR's 32-bit sector numbers reach 2 TiB; GPT is held to the same so both layouts take every size.</summary>
    public const int MaximumMiB = 2 * 1024 * 1024 - 1;
    private const int Fat32FromMiB = 64;
    internal const string EspTypeGuid = "C12A7328-F81F-11D2-BA4B-00A0C93EC93B";

    // The identifiers every image gets (made up here: "NT2C" and "nt2cs" in hex where they fit).
    internal const string GptDiskGuid = "4E543243-0000-4000-8000-6E7432637331";
    internal const string EspPartitionGuid = "4E543243-0001-4000-8000-6E7432637331";
    private const string MbrDiskId = "0x4e543243";
    private const string VolumeId = "4E543243";

    public static Command Create()
    {
        var disk = new Command("disk", "Build disk images with Debian's tools (sfdisk, mkfs.fat, mtools)");
        disk.Subcommands.Add(CreateImage());
        return disk;
    }

    private static Command CreateImage()
    {
        var image = new Argument<string>("image") { Description = "The raw image file to make" };
        var size = new Option<string>("--size") { Description = $"The image's size in MiB ({MinimumMiB} to {MaximumMiB})", Required = true };
        var gpt = new Option<bool>("--gpt") { Description = "A GPT partition table (the default)" };
        var mbr = new Option<bool>("--mbr") { Description = "An MBR partition table" };
        var fat = new Option<string?>("--fat") { Description = $"FAT 12, 16 or 32 (default: 32 from {Fat32FromMiB} MiB up, else as mkfs.fat picks)" };
        var espFrom = new Option<string?>("--esp-from") { Description = "Copy this directory's tree into the partition" };
        var force = new Option<bool>("--force") { Description = "Replace IMAGE if it exists" };
        var command = new Command("create", "Make a raw disk image with one FAT EFI system partition")
            { image, size, gpt, mbr, fat, espFrom, force };
        command.SetAction(result =>
        {
            var path = result.GetValue(image)!;
            if (!int.TryParse(result.GetValue(size), out int mib) || mib < MinimumMiB || mib > MaximumMiB)
                throw new UsageException($"--size {result.GetValue(size)}: expected MiB between {MinimumMiB} and {MaximumMiB}");
            if (result.GetValue(gpt) && result.GetValue(mbr))
                throw new UsageException("--gpt and --mbr exclude each other");
            int? fatBits = result.GetValue(fat) switch
            {
                null => mib >= Fat32FromMiB ? 32 : null,
                "12" => 12,
                "16" => 16,
                "32" => 32,
                var other => throw new UsageException($"--fat {other}: expected 12, 16 or 32"),
            };
            try
            {
                Build(path, mib, result.GetValue(mbr), fatBits, result.GetValue(espFrom), result.GetValue(force));
                return 0;
            }
            catch (DiskImageException e)
            {
                Console.Error.WriteLine($"nt2cs: {e.Message}");
                return Commands.StatusSetup;
            }
        });
        return command;
    }

    internal static void Build(string path, int mib, bool mbr, int? fatBits, string? tree, bool force)
    {
        if (tree is not null && !Directory.Exists(tree))
            throw new DiskImageException($"{tree}: no such directory");
        if (Directory.Exists(path))
            throw new DiskImageException($"{path}: is a directory");
        if (File.Exists(path) && !force)
            throw new DiskImageException($"{path}: exists (--force replaces it)");
        string sfdisk = Tool("sfdisk");
        try
        {
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write))
                file.SetLength((long)mib << 20);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DiskImageException($"{path}: {e.Message}");
        }
        try
        {
            // Fixed identifiers (disk, partition, volume) and mkfs.fat's --invariant: the same tree makes the same
            // bytes, so an image is reproducible and its changes reviewable.
            string table = mbr
                ? $"label: dos\nlabel-id: {MbrDiskId}\nstart={PartitionStartSector}, type=ef\n"
                : $"label: gpt\nlabel-id: {GptDiskGuid}\nstart={PartitionStartSector}, type={EspTypeGuid}, uuid={EspPartitionGuid}, name=\"EFI system partition\"\n";
            Execute(path, sfdisk, ["--quiet", "--no-reread", "--no-tell-kernel", path], table);
            FormatPartition(path, PartitionStartSector, PartitionSectors(path, sfdisk), fatBits, tree);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>
    /// Formats the partition of <paramref name="sectors"/> sectors from <paramref name="startSector"/> of the disk
    /// image at <paramref name="path"/> as FAT (mkfs.fat with the fixed volume identifier and <c>--invariant</c>,
    /// <paramref name="fatBits"/> or as mkfs.fat picks) and copies <paramref name="tree"/>'s files in with mcopy.
    /// </summary>
    internal static void FormatPartition(string path, long startSector, long sectors, int? fatBits, string? tree)
    {
        var format = new List<string>();
        if (fatBits is int bits)
            format.AddRange(["-F", bits.ToString()]);
        format.AddRange(["--invariant", "-i", VolumeId, "-h", startSector.ToString(), $"--offset={startSector}", path,
            (sectors * SectorSize / 1024).ToString()]);
        Execute(path, Tool("mkfs.fat"), format);
        if (tree is null)
            return;
        var entries = Directory.EnumerateFileSystemEntries(tree).Order(StringComparer.Ordinal).ToList();
        if (entries.Count > 0)
            Execute(path, Tool("mcopy"), ["-s", "-Q", "-m", "-i", $"{path}@@{startSector * SectorSize}", .. entries, "::/"]);
    }

    /// <summary>
    /// A bare FAT volume (no partition table) of <paramref name="kib"/> KiB in a new file, as mkfs.fat makes it with
    /// the fixed volume identifier and <c>--invariant</c>, <paramref name="tree"/>'s files copied in by mcopy;
    /// null, or why it could not be made.
    /// </summary>
    public static string? CreateVolume(string path, long kib, int? fatBits, string? tree = null)
    {
        try
        {
            var format = new List<string> { "-C", "--invariant", "-i", VolumeId };
            if (fatBits is int bits)
                format.AddRange(["-F", bits.ToString()]);
            format.AddRange([path, kib.ToString()]);
            if (File.Exists(path))
                File.Delete(path);
            Execute(path, Tool("mkfs.fat"), format);
            if (tree is not null)
            {
                var entries = Directory.EnumerateFileSystemEntries(tree).Order(StringComparer.Ordinal).ToList();
                if (entries.Count > 0)
                    Execute(path, Tool("mcopy"), ["-s", "-Q", "-m", "-i", path, .. entries, "::/"]);
            }
            return null;
        }
        catch (DiskImageException e)
        {
            return e.Message;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{path}: {e.Message}";
        }
    }

    /// <summary>The partition's length in sectors, as sfdisk placed its end.</summary>
    private static long PartitionSectors(string path, string sfdisk)
    {
        string json = Execute(path, sfdisk, ["--json", path]);
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("partitiontable").GetProperty("partitions")[0].GetProperty("size").GetInt64();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new DiskImageException($"{path}: sfdisk --json printed no partition: {e.Message}");
        }
    }

    /// <summary>A tool on PATH or in the sbin directories (a user's PATH often lacks them).</summary>
    internal static string Tool(string name)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin", "/usr/bin"]);
        return directories.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)
            ?? throw new DiskImageException($"{name}: not installed; run ./scripts/setup");
    }

    /// <summary>Runs a tool to its end; its output, or its messages and status when it fails.</summary>
    internal static string Execute(string path, string tool, IEnumerable<string> arguments, string input = "")
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // mtools checks the geometry of the boot sector against a drive table it does not have for a file at an offset.
        start.Environment["MTOOLS_SKIP_CHECK"] = "1";
        start.Environment["LC_ALL"] = "C";
        // mtools stores times as local time: UTC, so a tree's times reach the volume as they are.
        start.Environment["TZ"] = "UTC";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var said = string.Join("; ", (stdout + stderr.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            throw new DiskImageException($"{path}: {Path.GetFileName(tool)} failed (status {process.ExitCode}): {said}");
        }
        return stdout;
    }

    internal sealed class DiskImageException(string message) : Exception(message);
}
