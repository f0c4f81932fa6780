namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>The GUIDs of the storage protocols, information types and partition types (UEFI 2.10 §10, §13, §5.3).</summary>
public static class StorageGuids
{
    public static readonly Guid DevicePathProtocol = new("09576e91-6d3f-11d2-8e39-00a0c969723b");
    public static readonly Guid BlockIoProtocol = new("964e5b21-6459-11d2-8e39-00a0c969723b");
    public static readonly Guid DiskIoProtocol = new("ce345171-ba0b-11d2-8e4f-00a0c969723b");
    public static readonly Guid SimpleFileSystemProtocol = new("964e5b22-6459-11d2-8e39-00a0c969723b");
    public static readonly Guid FileInfo = new("09576e92-6d3f-11d2-8e39-00a0c969723b");
    public static readonly Guid FileSystemInfo = new("09576e93-6d3f-11d2-8e39-00a0c969723b");
    public static readonly Guid FileSystemVolumeLabel = new("db47d7d3-fe81-11d3-9a35-0090273fc14d");

    /// <summary>The EFI system partition's GPT partition type (§5.3.3, Table 5-7).</summary>
    public static readonly Guid EfiSystemPartition = new("c12a7328-f81f-11d2-ba4b-00a0c93ec93b");

    /// <summary>The MBR partition type of an EFI system partition (§5.2.2) and of a GPT protective partition (§5.2.3).</summary>
    public const byte MbrEfiSystemPartition = 0xEF, MbrProtective = 0xEE;
}
