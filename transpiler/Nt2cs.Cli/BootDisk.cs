using Nt2cs.Machine.Pc;

namespace Nt2cs.Cli;

/// <summary>
/// The disk <c>nt2cs run</c> boots through the firmware and the OS loader (docs/BOOT.md, "The OS loader"): a GPT
/// disk whose first partition is the EFI system partition, FAT, with a tree's files (the loader as
/// <c>\EFI\BOOT\BOOTIA32.EFI</c>, its configuration, the kernel's and the HAL's image files), and whose second
/// partition holds the boot volume's image byte for byte (a FAT volume of its own, the RAM disk's source). Made
/// with sfdisk, mkfs.fat and mcopy like <c>nt2cs disk create</c>, with its fixed identifiers, so the same inputs
/// make the same bytes.
/// </summary>
internal static class BootDisk
{
    /// <summary>The boot volume's partition number, which the loader's configuration names (<c>volume=2</c>).</summary>
    public const int BootVolumePartition = 2;

    /// <summary>Microsoft basic data: what a FAT volume that is not an ESP is on a GPT disk.</summary>
    private const string BasicDataTypeGuid = "EBD0A0A2-B9E5-4433-87C0-68B6B72699C7";
    private const string BootVolumeGuid = "4E543243-0002-4000-8000-6E7432637331";

    /// <summary>Sectors GPT keeps at the disk's end for its backup header and entries.</summary>
    private const long BackupSectors = 33;

    private const long AlignSectors = 2048;

    /// <summary>
    /// Builds the disk at <paramref name="path"/> (replacing it): an ESP of <paramref name="espMiB"/> MiB holding
    /// <paramref name="espTree"/>'s files, then <paramref name="volume"/> (a whole number of sectors) as partition
    /// 2. Throws <see cref="DiskCommand.DiskImageException"/> saying what failed; no half-made disk is left.
    /// </summary>
    public static void Build(string path, string espTree, int espMiB, ReadOnlySpan<byte> volume)
    {
        if (volume.Length == 0 || volume.Length % DiskCommand.SectorSize != 0)
            throw new DiskCommand.DiskImageException($"{path}: the boot volume's image is {volume.Length} bytes: not a whole number of sectors");
        long espStart = DiskCommand.PartitionStartSector;
        long espSectors = (long)espMiB << 20 >> 9;
        long volumeStart = Align(espStart + espSectors);
        long volumeSectors = volume.Length / DiskCommand.SectorSize;
        long diskSectors = Align(volumeStart + volumeSectors + BackupSectors);
        string sfdisk = DiskCommand.Tool("sfdisk");
        try
        {
            using (var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite))
            {
                file.SetLength(diskSectors * DiskCommand.SectorSize);
                file.Position = volumeStart * DiskCommand.SectorSize;
                file.Write(volume);
            }
            string table = $"label: gpt\nlabel-id: {DiskCommand.GptDiskGuid}\n" +
                $"start={espStart}, size={espSectors}, type={DiskCommand.EspTypeGuid}, uuid={DiskCommand.EspPartitionGuid}, name=\"EFI system partition\"\n" +
                $"start={volumeStart}, size={volumeSectors}, type={BasicDataTypeGuid}, uuid={BootVolumeGuid}, name=\"boot volume\"\n";
            DiskCommand.Execute(path, sfdisk, ["--quiet", "--no-reread", "--no-tell-kernel", path], table);
            DiskCommand.FormatPartition(path, espStart, espSectors, fatBits: null, espTree);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(path);
            throw new DiskCommand.DiskImageException($"{path}: {e.Message}");
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>The ESP's size for a tree of <paramref name="bytes"/> bytes: room for FAT's overhead and a little more, at least 8 MiB.</summary>
    public static int EspMiB(long bytes) => (int)Math.Max(8, (bytes * 5 / 4 >> 20) + 2);

    /// <summary>
    /// Runs <paramref name="boot"/> with a scratch directory (named from <paramref name="prefix"/>, removed after it)
    /// for the ESP's tree and a disk made for this run; a disk or file that cannot be made is a set-up failure
    /// reported on <paramref name="stderr"/> (status 2).
    /// </summary>
    public static int ForOneRun(string prefix, Stream stderr, Func<string, int> boot)
    {
        var scratch = Directory.CreateTempSubdirectory(prefix).FullName;
        try
        {
            return boot(scratch);
        }
        catch (DiskCommand.DiskImageException e)
        {
            return BareMachine.Report(stderr, e.Message, BareMachine.StatusSetupFailed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BareMachine.Report(stderr, e.Message, BareMachine.StatusSetupFailed);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> as the file <paramref name="espPath"/> (with <c>\</c>) of the ESP's tree <paramref name="tree"/>.</summary>
    public static void Place(string tree, string espPath, byte[] bytes)
    {
        var path = Path.Combine([tree, .. espPath.Split('\\')]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static long Align(long sector) => (sector + AlignSectors - 1) / AlignSectors * AlignSectors;
}
