using System.Buffers.Binary;
using System.Text;
using Nt2cs.Machine.Pc;
using DriveType = Nt2cs.Machine.Pc.DriveType;

namespace Nt2cs.Cli;

/// <summary>
/// How <c>nt2cs run</c> boots (docs/BOOT.md, "The OS loader"): the boot disk (<see cref="BootDisk"/>: an EFI
/// system partition with the OS loader as <c>\EFI\BOOT\BOOTIA32.EFI</c>, its <c>BOOT.INI</c> and the kernel's and
/// the HAL's image files; the boot volume as partition 2) is attached as the machine's one disk, of the type asked
/// for, and the machine powers on through the firmware, whose boot manager starts the loader, which starts the
/// kernel. When the run ends, the loader block the loader left at <see cref="LoaderBlockAddress"/> says where the
/// SYSTEM hive and the RAM disk are, and what the kernel left there goes to the caller: the hive however the run
/// ended (<c>--save-hive</c>), the RAM disk at a power-off only (<c>--persist</c>). The disk is made afresh for each run in a scratch directory, removed after it.
/// </summary>
public static class SystemBoot
{
    public const string ConfigurationPath = @"EFI\NT2CS\BOOT.INI";
    public const string KernelPath = @"EFI\NT2CS\NTOSKRNL.EXE";
    public const string HalPath = @"EFI\NT2CS\HAL.DLL";

    /// <summary>The loader block's physical address (nt-src/boot/efi/blefi.h, BL_LOADER_BLOCK), fixed by the loader.</summary>
    public const uint LoaderBlockAddress = 0x0009_0000;

    private const uint KSeg0Base = 0x8000_0000;       // where the loader maps physical memory (BL_KSEG0_BASE)
    private const uint HiveGrowthBytes = 0x4_0000;    // room the loader leaves after the hive (BL_HIVE_GROWTH)
    private const uint PageSize = 0x1000;

    // LOADER_PARAMETER_BLOCK (nt-src/private/ntos/inc/arc.h): its size and the fields read at power-off.
    private const int LoaderBlockSize = 56;
    private const int RegistryLengthOffset = 32;
    private const int RegistryBaseOffset = 36;
    private const int RamDiskBaseOffset = 48;
    private const int RamDiskLengthOffset = 52;

    /// <summary>The image files the ESP holds, each signed with the run's key.</summary>
    public sealed record Images(byte[] Loader, byte[] Kernel, byte[] Hal);

    /// <summary>
    /// What a boot hands back when it ends: the SYSTEM hive as the kernel's last flush left it (<paramref name="Hive"/>,
    /// however the run ended), and the RAM disk's content (<paramref name="Volume"/>, at a power-off only: a bug check,
    /// a time limit or a reset leaves the volume as it was).
    /// </summary>
    public sealed record AtEnd(Action<byte[]>? Hive, Action<ReadOnlySpan<byte>>? Volume);

    /// <summary>
    /// Boots <paramref name="images"/> with <paramref name="volume"/> (a FAT volume with the system installed,
    /// <see cref="SystemVolume"/>) as the boot volume and <paramref name="bootOptions"/> as the kernel's options;
    /// returns the run's status. <paramref name="machine"/>'s key must be the one the images are signed with.
    /// <paramref name="milestones"/>, when given, times the boot's first lines from power-on.
    /// </summary>
    public static int Run(Images images, byte[] volume, string bootOptions, MachineOptions machine, DriveType disk,
        Stream stdout, Stream stderr, ReadOnlyMemory<byte> input, TimeSpan? timeout, AtEnd? atEnd = null, BootMilestones? milestones = null)
    {
        return BootDisk.ForOneRun("nt2cs-boot-disk-", stderr, scratch =>
        {
            var esp = Path.Combine(scratch, "esp");
            BootDisk.Place(esp, EfiApplicationRun.BootFile, images.Loader);
            BootDisk.Place(esp, ConfigurationPath, Encoding.ASCII.GetBytes(Configuration(bootOptions)));
            BootDisk.Place(esp, KernelPath, images.Kernel);
            BootDisk.Place(esp, HalPath, images.Hal);
            var image = Path.Combine(scratch, "disk.img");
            BootDisk.Build(image, esp, BootDisk.EspMiB(images.Loader.Length + images.Kernel.Length + images.Hal.Length), volume);
            milestones?.PowerOn();
            return EfiBoot.Run(null, machine with { Drives = [new DriveOptions(image, disk)], SerialOutput = milestones is null ? null : milestones.Observe },
                stdout, stderr, input, timeout,
                atEnd: atEnd is null ? null : pc => HandBack(pc, atEnd));
        });
    }

    /// <summary>The loader's configuration: the files on the ESP, the boot volume's partition, the options.</summary>
    public static string Configuration(string bootOptions)
    {
        var text = new StringBuilder("[boot loader]\r\n")
            .Append($"kernel=\\{KernelPath}\r\n")
            .Append($"hal=\\{HalPath}\r\n")
            .Append($"volume={BootDisk.BootVolumePartition}\r\n");
        if (bootOptions.Length > 0)
            text.Append($"options={bootOptions}\r\n");
        return text.ToString();
    }

    /// <summary>
    /// Reads the loader block the loader left and hands back the hive's range and the RAM disk; what does not lie in
    /// RAM (a kernel that overwrote the block) is not handed back.
    /// </summary>
    private static void HandBack(PcMachine machine, AtEnd atEnd)
    {
        var block = machine.Memory.Ram(LoaderBlockAddress, LoaderBlockSize);
        if (BinaryPrimitives.ReadUInt32LittleEndian(block) != LoaderBlockSize)
            return;
        uint registryLength = BinaryPrimitives.ReadUInt32LittleEndian(block[RegistryLengthOffset..]);
        uint registryBase = BinaryPrimitives.ReadUInt32LittleEndian(block[RegistryBaseOffset..]) - KSeg0Base;
        uint ramDiskBase = BinaryPrimitives.ReadUInt32LittleEndian(block[RamDiskBaseOffset..]);
        uint ramDiskLength = BinaryPrimitives.ReadUInt32LittleEndian(block[RamDiskLengthOffset..]);
        uint range = ((registryLength + PageSize - 1) & ~(PageSize - 1)) + HiveGrowthBytes;
        if (atEnd.Hive is { } hive && registryLength > 0 && registryLength < range && machine.Memory.IsRam(registryBase, range))
        {
            var image = machine.Memory.Ram(registryBase, (int)range);
            int length = Machine.Pc.Registry.HiveWriter.ImageLength(image);
            hive(image[..(length >= 0x1000 && length <= range ? length : (int)range)].ToArray());
        }
        if (atEnd.Volume is { } volume && machine.Run.ExitReason == Machine.MachineExitReason.PowerOff && ramDiskLength is > 0 and <= int.MaxValue && machine.Memory.IsRam(ramDiskBase, ramDiskLength))
            volume(machine.Memory.Ram(ramDiskBase, (int)ramDiskLength));
    }
}
