using Nt2cs.Machine.Firmware.Storage;
using Nt2cs.Machine.Firmware.Storage.Fat;

namespace Nt2cs.Machine.Firmware.Boot;

/// <summary>The boot application found: its file's bytes, the device path of the partition it came from with the file's path appended, and that partition's handle.</summary>
public sealed record BootFile(byte[] Image, byte[] DevicePath, uint DeviceHandle, string Path);

/// <summary>
/// The boot manager's default lookup (UEFI 2.10 §3.5.1.1, removable-media and default boot behaviour): the EFI
/// system partitions (GPT type C12A7328-F81F-11D2-BA4B-00A0C93EC93B or MBR type 0xEF) in disk order, the first
/// whose FAT volume holds <c>\EFI\BOOT\BOOTIA32.EFI</c> (the IA32 default file name). The loading itself is the
/// core's LoadImage.
/// </summary>
public static class BootManager
{
    public const string DefaultBootFile = @"\EFI\BOOT\BOOTIA32.EFI";

    /// <summary>The boot file, or null and the reasons (one line per ESP tried, or that there is none).</summary>
    public static BootFile? Find(StorageStack storage, out string report, string path = DefaultBootFile)
    {
        var reasons = new List<string>();
        foreach (var disk in storage.Disks)
        {
            foreach (var partition in disk.Partitions.Where(p => p.Info.IsEfiSystemPartition))
            {
                string where = $"{disk.Device.Name} partition {partition.Info.Number}";
                if (partition.FileSystem is null)
                {
                    reasons.Add($"{where}: no FAT file system");
                    continue;
                }
                try
                {
                    var volume = partition.FileSystem.Mount();
                    var bytes = ReadFile(volume, path);
                    if (bytes is null)
                    {
                        reasons.Add($"{where}: no {path}");
                        continue;
                    }
                    report = $"{path} from {where}";
                    return new BootFile(bytes, Storage.DevicePath.Append(partition.DevicePath, Storage.DevicePath.FilePath(path)), partition.Handle, path);
                }
                catch (Exception e) when (e is FatCorruptException or DeviceFailureException or ArgumentException)
                {
                    reasons.Add($"{where}: {e.Message}");
                }
            }
        }
        report = reasons.Count == 0 ? "no EFI system partition on any disk" : string.Join("\n", reasons);
        return null;
    }

    /// <summary>The bytes of the file at <paramref name="path"/> (components separated by '\', names matched as Open matches them), or null.</summary>
    public static byte[]? ReadFile(FatVolume volume, string path)
    {
        uint directory = volume.Root;
        var parts = path.Split('\\', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            var entry = volume.Find(directory, parts[i]);
            if (entry is null || entry.IsDirectory != (i < parts.Length - 1))
                return null;
            if (i < parts.Length - 1)
            {
                directory = volume.FirstCluster(entry.Raw);
                continue;
            }
            var bytes = new byte[entry.Size];
            if (bytes.Length > 0)
                volume.ReadChain(volume.FirstCluster(entry.Raw), 0, bytes);
            return bytes;
        }
        return null;
    }
}
