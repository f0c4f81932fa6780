using Nt2cs.Machine.Pc;
using Nt2cs.Machine.Pc.Registry;

namespace Nt2cs.Cli;

/// <summary>
/// The system installed on a boot volume, as a setup program would before the first boot: the drivers built from
/// the tree under <c>\System32\Drivers</c>, and the SYSTEM hive under <c>\System32\Config\SYSTEM</c>, composed from
/// <c>system.reg</c> only when the volume has none yet (a persisted volume keeps what the kernel flushed there), on a
/// copy of the volume, with mtools. The OS loader reads the hive and the boot-start drivers from the volume; the
/// kernel loads the rest. A volume mtools cannot read or write (no FAT, a damaged one, a full one) is handed over as
/// it is (<see cref="Installation.Problem"/> says why): the loader and the kernel say what they make of it.
/// </summary>
public static class SystemVolume
{
    /// <summary>Where the SYSTEM hive and the drivers are, relative to <c>\SystemRoot</c> (the volume's root).</summary>
    public const string HivePath = "System32/Config/SYSTEM";
    public const string DriversPath = "System32/Drivers";

    /// <summary>The files' modification time on the volume, fixed so that the same build installs the same bytes.</summary>
    private static readonly DateTime FileTime = SelftestVolume.FileTime;

    /// <summary>
    /// The volume with the system installed and the SYSTEM hive on it, and whether the hive was composed (the volume
    /// had none); for a volume mtools could not read or write, what it said (the volume is then unchanged, and
    /// <see cref="Hive"/> null).
    /// </summary>
    public sealed record Installation(byte[] Volume, byte[]? Hive, bool HiveComposed, string? Problem = null);

    /// <summary>
    /// Installs <paramref name="drivers"/> (image files named NAME.sys) on a copy of <paramref name="volume"/> and reads
    /// the SYSTEM hive from it: <paramref name="compose"/>'s tree when the volume has none, or
    /// <paramref name="replaceHive"/> when given (written over the volume's). <paramref name="edit"/>, when given,
    /// changes the hive's tree (a <c>--driver</c> service added) and the changed hive is installed too.
    /// </summary>
    public static Installation Prepare(byte[] volume, IReadOnlyList<BootDriver> drivers, Func<RegKey> compose, Action<RegKey>? edit = null,
        byte[]? replaceHive = null)
    {
        var work = Directory.CreateTempSubdirectory("nt2cs-boot-").FullName;
        try
        {
            return FromVolume(work, volume, drivers, compose, edit, replaceHive);
        }
        catch (DiskCommand.DiskImageException e)
        {
            return new Installation(volume, null, false, e.Message);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static Installation FromVolume(string work, byte[] volume, IReadOnlyList<BootDriver> drivers, Func<RegKey> compose, Action<RegKey>? edit,
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
        var written = File.ReadAllBytes(image);
        if (written.Length != volume.Length)
            throw new DiskCommand.DiskImageException($"mtools changed the boot volume's size ({volume.Length} to {written.Length} bytes)");
        return new Installation(written, hive!, composed);
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
