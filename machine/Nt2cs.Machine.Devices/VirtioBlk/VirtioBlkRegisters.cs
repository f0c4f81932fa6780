namespace Nt2cs.Machine.Devices.VirtioBlk;

/// <summary>
/// The block device's definitions (virtio 1.1, §5.2): device ID, feature bits (§5.2.3), the configuration
/// layout (§5.2.4, struct virtio_blk_config), request types and status values (§5.2.6).
/// </summary>
public static class VirtioBlkRegisters
{
    /// <summary>Virtio device ID 2 (§5): PCI Device ID 1042h.</summary>
    public const ushort DeviceType = 2;

    // ---- feature bits (§5.2.3) ----
    public const ulong VIRTIO_BLK_F_SIZE_MAX = 1ul << 1;
    public const ulong VIRTIO_BLK_F_SEG_MAX = 1ul << 2;
    public const ulong VIRTIO_BLK_F_GEOMETRY = 1ul << 4;
    public const ulong VIRTIO_BLK_F_RO = 1ul << 5;
    public const ulong VIRTIO_BLK_F_BLK_SIZE = 1ul << 6;
    public const ulong VIRTIO_BLK_F_FLUSH = 1ul << 9;
    public const ulong VIRTIO_BLK_F_TOPOLOGY = 1ul << 10;
    public const ulong VIRTIO_BLK_F_CONFIG_WCE = 1ul << 11;
    public const ulong VIRTIO_BLK_F_DISCARD = 1ul << 13;
    public const ulong VIRTIO_BLK_F_WRITE_ZEROES = 1ul << 14;

    // ---- struct virtio_blk_config (§5.2.4), offsets ----
    public const uint capacity = 0;            // le64, in 512-byte sectors
    public const uint size_max = 8;            // le32
    public const uint seg_max = 12;            // le32
    public const uint geometry = 16;           // le16 cylinders, u8 heads, u8 sectors
    public const uint blk_size = 20;           // le32
    public const uint topology = 24;           // u8 physical_block_exp, u8 alignment_offset, le16 min_io_size, le32 opt_io_size
    public const uint writeback = 32;          // u8
    public const uint max_discard_sectors = 36;
    public const uint max_discard_seg = 40;
    public const uint discard_sector_alignment = 44;
    public const uint max_write_zeroes_sectors = 48;
    public const uint max_write_zeroes_seg = 52;
    public const uint write_zeroes_may_unmap = 56;
    public const uint ConfigSize = 60;

    // ---- requests (§5.2.6): le32 type; le32 reserved; le64 sector; u8 data[]; u8 status; ----
    public const int RequestHeaderSize = 16;
    public const uint VIRTIO_BLK_T_IN = 0;
    public const uint VIRTIO_BLK_T_OUT = 1;
    public const uint VIRTIO_BLK_T_FLUSH = 4;
    public const uint VIRTIO_BLK_T_GET_ID = 8;
    public const uint VIRTIO_BLK_T_DISCARD = 11;
    public const uint VIRTIO_BLK_T_WRITE_ZEROES = 13;

    public const byte VIRTIO_BLK_S_OK = 0;
    public const byte VIRTIO_BLK_S_IOERR = 1;
    public const byte VIRTIO_BLK_S_UNSUPP = 2;

    /// <summary>The device ID string GET_ID returns: 20 bytes, NUL-padded, not terminated when all 20 are used.</summary>
    public const int VIRTIO_BLK_ID_BYTES = 20;

    /// <summary>Sector size of capacity and the request's sector field, whatever blk_size says.</summary>
    public const int SectorSize = 512;
}
