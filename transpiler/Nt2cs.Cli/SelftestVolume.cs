namespace Nt2cs.Cli;

/// <summary>
/// The files the kernel's FatFs suite reads on the boot volume (nt-src/private/ntos/tests/fatfs.c checks the
/// same names, sizes and contents): a short lower-case name, an empty file, a long name, nested directories,
/// a mixed-case long name, all with one fixed time. mkfs.fat makes the volume and mcopy writes them, so what
/// the kernel reads is what the reference tools wrote.
/// </summary>
public static class SelftestVolume
{
    /// <summary>Names the default volume's file in .build/run: a change to the files changes it.</summary>
    public const int Version = 1;

    /// <summary>Every file's modification time, in UTC (mtools is run with TZ=UTC).</summary>
    public static readonly DateTime FileTime = new(2024, 1, 2, 3, 4, 6, DateTimeKind.Utc);

    /// <summary>The files: path (with '/'), and content.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Files { get; } =
    [
        ("readme.txt", "nt2cs boot volume\r\n"u8.ToArray()),
        ("EMPTY.DAT", []),
        ("A long file name with spaces.txt", Pattern(3000, 1)),
        ("dir/sub/deep.bin", Pattern(70000, 2)),
        ("dir/Mixed Case Name.Data", Pattern(513, 3)),
    ];

    /// <summary>Byte i of a pattern file: (i * 31 + (i >> 9) + seed) mod 256, as fatfs.c computes it.</summary>
    public static byte[] Pattern(int length, int seed) =>
        Enumerable.Range(0, length).Select(i => (byte)(i * 31 + (i >> 9) + seed)).ToArray();

    /// <summary>Writes the files under <paramref name="directory"/>, with <see cref="FileTime"/>.</summary>
    public static void WriteTree(string directory)
    {
        foreach (var (path, content) in Files)
        {
            var file = Path.Combine(directory, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, content);
            File.SetLastWriteTimeUtc(file, FileTime);
        }
        foreach (var sub in Directory.EnumerateDirectories(directory, "*", SearchOption.AllDirectories))
            Directory.SetLastWriteTimeUtc(sub, FileTime);
    }

    /// <summary>A volume of <paramref name="kib"/> KiB (FAT <paramref name="fatBits"/>) holding the files; null, or why it could not be made.</summary>
    public static string? Create(string path, long kib, int? fatBits)
    {
        var tree = Path.Combine(Path.GetTempPath(), $"nt2cs-volume-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(tree);
            WriteTree(tree);
            return DiskCommand.CreateVolume(path, kib, fatBits, tree);
        }
        finally
        {
            Directory.Delete(tree, recursive: true);
        }
    }
}
