using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware.Storage.Fat;

/// <summary>
/// EFI_SIMPLE_FILE_SYSTEM_PROTOCOL (UEFI 2.10 §13.4) on a partition that holds a FAT volume. The volume is
/// mounted at OpenVolume, again whenever no handle of it is open (so what others wrote through Block I/O or Disk
/// I/O meanwhile is seen). IA32 layout: Revision (UINT64) at 0, OpenVolume at 8 (16 bytes).
/// </summary>
public sealed class SimpleFileSystem
{
    public const ulong Revision = 0x0001_0000;
    public const uint ProtocolSize = 16;

    private readonly IFirmwareServices _services;
    private readonly Func<DateTime> _now;
    private FatVolume? _volume;

    public SimpleFileSystem(IFirmwareServices services, DiskIo disk, Func<DateTime> now)
    {
        _services = services;
        _now = now;
        Disk = disk;
        Interface = services.AllocatePool(ProtocolSize);
        Mem.Write(Interface, Revision);
        ProtocolOwners.WriteFunctions(services, Interface + 8, typeof(SimpleFileSystem), nameof(OpenVolume));
        ProtocolOwners.Add(Interface, this);
    }

    public DiskIo Disk { get; }
    public uint Interface { get; }

    /// <summary>Handles of this volume open now.</summary>
    public int OpenHandles { get; set; }

    /// <summary>Whether the partition's first sector looks like a FAT boot sector (jump, 55AAh, a plausible BPB), for installing the protocol.</summary>
    public static bool LooksLikeFat(DiskIo disk)
    {
        if (disk.Size < 512)
            return false;
        var boot = new byte[512];
        disk.Read(0, boot);
        int bytesPerSector = boot[11] | boot[12] << 8;
        return (boot[0] == 0xEB || boot[0] == 0xE9) && boot[510] == 0x55 && boot[511] == 0xAA
            && bytesPerSector is 512 or 1024 or 2048 or 4096 && boot[13] != 0 && boot[16] != 0;
    }

    /// <summary>The mounted volume (mounting it if no handle is open): throws <see cref="FatCorruptException"/> when it does not mount.</summary>
    public FatVolume Mount()
    {
        if (_volume is null || OpenHandles == 0)
        {
            _volume = null;
            _volume = new FatVolume(Disk, _now);
        }
        return _volume;
    }

    /// <summary><c>EFI_STATUS OpenVolume(EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *This, EFI_FILE_PROTOCOL **Root)</c>.</summary>
    public static uint OpenVolume(uint This, uint Root)
    {
        if (ProtocolOwners.Find<SimpleFileSystem>(This) is not { } self || Root == 0)
            return EfiStatus.InvalidParameter;
        try
        {
            var volume = self.Mount();
            Mem.Write(Root, FileProtocol.OpenRoot(self._services, self, volume).Interface);
            return EfiStatus.Success;
        }
        catch (FatCorruptException e)
        {
            self.Disk.Blocks.Device.Log($"FAT on {self.Disk.Blocks.Device.Name}: {e.Message} (EFI_VOLUME_CORRUPTED)");
            return EfiStatus.VolumeCorrupted;
        }
        catch (DeviceFailureException e)
        {
            self.Disk.Blocks.Device.Log(e.Message);
            return EfiStatus.DeviceError;
        }
        catch (ArgumentException e)
        {
            self.Disk.Blocks.Device.Log($"FAT on {self.Disk.Blocks.Device.Name}: {e.Message} (EFI_VOLUME_CORRUPTED)");
            return EfiStatus.VolumeCorrupted;
        }
    }
}
