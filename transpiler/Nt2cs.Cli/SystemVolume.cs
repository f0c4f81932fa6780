using Nt2cs.Machine.Pc;
using Nt2cs.Machine.Pc.Registry;

namespace Nt2cs.Cli;

/// <summary>
/// What a boot takes from the boot volume, read as an OS loader reads it (the host's stand-in for one, beside
/// <see cref="KernelBoot"/>): the system's files are installed on a copy of the volume with mtools (the drivers
/// built from the tree under <c>\System32\Drivers</c>, as a build installs them), the SYSTEM hive is read from
/// <c>\System32\Config\SYSTEM</c> (a persisted volume keeps what the kernel flushed there) and only composed from
/// <c>system.reg</c> when the volume has none yet, and the boot-start drivers (Start 0) the hive names are read
/// from their ImagePath on the volume for the loader block. The kernel loads the rest from the volume itself. A
/// volume mtools cannot read or write (no FAT, a damaged one, a full one) is handed over as it is, with the
/// composed hive and the build's boot-start drivers (<see cref="Boot.Problem"/> says why): the kernel says whether
/// it mounts it.
/// </summary>
public static class SystemVolume
{
    /// <summary>Where the SYSTEM hive and the drivers are, relative to <c>\SystemRoot</c> (the volume's root).</summary>
    public const string HivePath = "System32/Config/SYSTEM";
    public const string DriversPath = "System32/Drivers";

    /// <summary>The files' modification time on the volume, fixed so that the same build installs the same bytes.</summary>
    private static readonly DateTime FileTime = SelftestVolume.FileTime;

    /// <summary>
    /// A boot's volume (with the system installed), its SYSTEM hive, and the boot-start drivers' image files in load
    /// order; whether the hive was composed (the volume had none), and, for a volume mtools could not read or write,
    /// what it said (the volume is then handed over unchanged).
    /// </summary>
    public sealed record Boot(byte[] Volume, byte[] Hive, IReadOnlyList<BootDriver> BootDrivers, bool HiveComposed, string? Problem = null);

    /// <summary>
    /// Installs <paramref name="drivers"/> (image files named NAME.sys) on a copy of <paramref name="volume"/> and reads
    /// the SYSTEM hive from it: <paramref name="compose"/>'s tree when the volume has none, or
    /// <paramref name="replaceHive"/> when given (written over the volume's). <paramref name="edit"/>, when given,
    /// changes the hive's tree (a <c>--driver</c> service added) and the changed hive is installed too.
    /// </summary>
    public static Boot Prepare(byte[] volume, IReadOnlyList<BootDriver> drivers, Func<RegKey> compose, Action<RegKey>? edit = null,
        byte[]? replaceHive = null)
    {
        var work = Directory.CreateTempSubdirectory("nt2cs-boot-").FullName;
        try
        {
            return FromVolume(work, volume, drivers, compose, edit, replaceHive);
        }
        catch (DiskCommand.DiskImageException e)
        {
            var tree = replaceHive is null ? compose() : HiveReader.Read(replaceHive);
            edit?.Invoke(tree);
            var hive = replaceHive is not null && edit is null ? replaceHive : HiveWriter.Write(tree, "SYSTEM");
            var bootDrivers = ServiceOrder.StartedByLoader(tree)
                .Select(service => drivers.FirstOrDefault(d => d.Name.Equals(service.Name, StringComparison.OrdinalIgnoreCase)) ?? new BootDriver(service.Name, []))
                .ToList();
            return new Boot(volume, hive, bootDrivers, replaceHive is null, e.Message);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static Boot FromVolume(string work, byte[] volume, IReadOnlyList<BootDriver> drivers, Func<RegKey> compose, Action<RegKey>? edit,
        byte[]? replaceHive)
    {
        var image = Path.Combine(work, "volume.img");
        File.WriteAllBytes(image, volume);
        var hiveFile = Path.Combine(work, "SYSTEM");
        byte[]? hive = replaceHive;
        bool composed = hive is null && !CopyOut(image, HivePath, hiveFile);
        if (hive is null && !composed)
            hive = File.ReadAllBytes(hiveFile);
        if (composed || edit is not null)
        {
            var tree = composed ? compose() : HiveReader.Read(hive);
            edit?.Invoke(tree);
            hive = HiveWriter.Write(tree, "SYSTEM");
        }
        var files = Path.Combine(work, "files");
        foreach (var driver in drivers)
            WriteFile(Path.Combine(files, DriversPath, driver.Name + ".sys"), driver.File);
        if (composed || edit is not null || replaceHive is not null)
            WriteFile(Path.Combine(files, HivePath), hive!);
        var top = Path.Combine(files, HivePath.Split('/')[0]);
        if (Directory.Exists(top))
        {
            foreach (var directory in Directory.EnumerateDirectories(top, "*", SearchOption.AllDirectories).Append(top))
                Directory.SetLastWriteTimeUtc(directory, FileTime);
            DiskCommand.Execute(image, DiskCommand.Tool("mcopy"), ["-s", "-o", "-Q", "-m", "-i", image, top, "::/"]);
        }
        var bootDrivers = new List<BootDriver>();
        IReadOnlyList<(string Name, string ImagePath)> started = [];
        try
        {
            started = ServiceOrder.StartedByLoader(HiveReader.Read(hive));
        }
        catch (RegFormatException)
        {
            // A hive the loader cannot read hands over no drivers; the kernel finds it corrupt and stops.
        }
        foreach (var (name, imagePath) in started)
        {
            // A file just installed is read from memory: the same bytes, without a process to fetch them.
            var path = VolumePath(imagePath);
            var copy = Path.Combine(work, name + ".boot");
            var installed = drivers.FirstOrDefault(d => string.Equals($"{DriversPath}/{d.Name}.sys", path, StringComparison.OrdinalIgnoreCase));
            bootDrivers.Add(new BootDriver(name, installed?.File ?? (path is not null && CopyOut(image, path, copy) ? File.ReadAllBytes(copy) : [])));
        }
        var written = File.ReadAllBytes(image);
        if (written.Length != volume.Length)
            throw new DiskCommand.DiskImageException($"mtools changed the boot volume's size ({volume.Length} to {written.Length} bytes)");
        return new Boot(written, hive!, bootDrivers, composed);
    }

    /// <summary>
    /// A service's ImagePath as a path on the boot volume: under <c>\SystemRoot\</c>, or relative to it; null for
    /// a path elsewhere, which the loader cannot read.
    /// </summary>
    public static string? VolumePath(string imagePath)
    {
        const string root = @"\SystemRoot\";
        if (imagePath.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            imagePath = imagePath[root.Length..];
        else if (imagePath.StartsWith('\\'))
            return null;
        return imagePath.Replace('\\', '/');
    }

    /// <summary>Copies a file out of the volume with mcopy; false when it is not there (a volume mtools cannot read throws).</summary>
    private static bool CopyOut(string image, string path, string destination)
    {
        try
        {
            DiskCommand.Execute(image, DiskCommand.Tool("mcopy"), ["-n", "-i", image, "::/" + path, destination]);
            return true;
        }
        catch (DiskCommand.DiskImageException e) when (e.Message.Contains("not found", StringComparison.Ordinal) && !e.Message.Contains("Cannot initialize", StringComparison.Ordinal))
        {
            return false;
        }
    }

    private static void WriteFile(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, FileTime);
    }
}
