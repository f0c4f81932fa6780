namespace Nt2cs.Machine.Devices.Virtio;

/// <summary>
/// The virtio 1.1 PCI transport's structures (Virtual I/O Device (VIRTIO) Version 1.1, §4.1): the PCI IDs
/// (§4.1.2), the vendor-specific capability that locates each configuration structure (§4.1.4), the common
/// configuration structure's fields (§4.1.4.3), and where this model places the structures in its memory BAR.
/// </summary>
/// <remarks>
/// <code>
/// BAR0 (64-bit memory, 32 KiB)    0x0000  common configuration (struct virtio_pci_common_cfg, 0x38 bytes)
///                                 0x1000  ISR status (one byte)
///                                 0x2000  device-specific configuration
///                                 0x3000  notifications: queue n at 0x3000 + n × notify_off_multiplier
///                                 0x4000  MSI-X table     0x5000  MSI-X pending bit array
/// </code>
/// </remarks>
public static class VirtioPciRegisters
{
    // ---- PCI identity (§4.1.2) ----

    /// <summary>Every virtio PCI device has Vendor ID 1AF4h.</summary>
    public const ushort VendorId = 0x1AF4;
    /// <summary>A modern (non-transitional) device's Device ID is 1040h + its virtio device ID (§5).</summary>
    public const ushort ModernDeviceIdBase = 0x1040;
    /// <summary>Non-transitional devices have Revision ID 1 or higher (§4.1.2.1).</summary>
    public const byte Revision = 1;
    /// <summary>Non-transitional devices have a Subsystem Device ID of 40h or higher (§4.1.2.1).</summary>
    public const ushort SubsystemId = 0x1100;

    // ---- struct virtio_pci_cap (§4.1.4) ----

    /// <summary>Capability ID of a vendor-specific capability (PCI 3.0, appendix H), which every virtio structure capability is.</summary>
    public const byte VendorCapabilityId = 0x09;
    /// <summary>Offsets in struct virtio_pci_cap: cap_vndr, cap_next, cap_len, cfg_type, bar, padding[3], offset, length.</summary>
    public const int CapLen = 2, CapCfgType = 3, CapBar = 4, CapOffset = 8, CapLength = 12;
    /// <summary>sizeof(struct virtio_pci_cap).</summary>
    public const int CapSize = 16;
    /// <summary>struct virtio_pci_notify_cap: the capability, then le32 notify_off_multiplier (§4.1.4.4).</summary>
    public const int NotifyOffMultiplierField = 16;
    public const int NotifyCapSize = 20;
    /// <summary>struct virtio_pci_cfg_cap: the capability, then u8 pci_cfg_data[4] (§4.1.4.8).</summary>
    public const int PciCfgDataField = 16;
    public const int PciCfgCapSize = 20;

    /// <summary>cfg_type values (§4.1.4).</summary>
    public const byte VIRTIO_PCI_CAP_COMMON_CFG = 1;
    public const byte VIRTIO_PCI_CAP_NOTIFY_CFG = 2;
    public const byte VIRTIO_PCI_CAP_ISR_CFG = 3;
    public const byte VIRTIO_PCI_CAP_DEVICE_CFG = 4;
    public const byte VIRTIO_PCI_CAP_PCI_CFG = 5;

    // ---- struct virtio_pci_common_cfg (§4.1.4.3) ----

    public const uint device_feature_select = 0x00; // le32, RW
    public const uint device_feature = 0x04;        // le32, RO
    public const uint driver_feature_select = 0x08; // le32, RW
    public const uint driver_feature = 0x0C;        // le32, RW
    public const uint msix_config = 0x10;           // le16, RW
    public const uint num_queues = 0x12;            // le16, RO
    public const uint device_status = 0x14;         // u8, RW
    public const uint config_generation = 0x15;     // u8, RO
    public const uint queue_select = 0x16;          // le16, RW
    public const uint queue_size = 0x18;            // le16, RW
    public const uint queue_msix_vector = 0x1A;     // le16, RW
    public const uint queue_enable = 0x1C;          // le16, RW
    public const uint queue_notify_off = 0x1E;      // le16, RO
    public const uint queue_desc = 0x20;            // le64, RW
    public const uint queue_driver = 0x28;          // le64, RW
    public const uint queue_device = 0x30;          // le64, RW
    public const uint CommonCfgSize = 0x38;

    /// <summary>"No vector" for msix_config and queue_msix_vector (§4.1.5.1.2).</summary>
    public const ushort VIRTIO_MSI_NO_VECTOR = 0xFFFF;

    /// <summary>ISR status bits (§4.1.4.5): a used buffer notification, a configuration change notification.</summary>
    public const byte IsrQueue = 0x1;
    public const byte IsrConfigChange = 0x2;

    // ---- this model's BAR layout ----

    public const int Bar = 0;
    public const uint BarSize = 0x8000;
    public const uint CommonCfgOffset = 0x0000;
    public const uint IsrCfgOffset = 0x1000;
    public const uint IsrCfgLength = 4;
    public const uint DeviceCfgOffset = 0x2000;
    public const uint NotifyCfgOffset = 0x3000;
    /// <summary>notify_off_multiplier: queue n's notification address is 4n bytes into the notify region (queue_notify_off = n).</summary>
    public const uint NotifyOffMultiplier = 4;
    public const uint MsixTableOffset = 0x4000;
    public const uint MsixPbaOffset = 0x5000;
    public const uint RegionSize = 0x1000;
}

/// <summary>The device status field (§2.1): bits the driver sets as it goes, and two the device sets.</summary>
[Flags]
public enum VirtioDeviceStatus : byte
{
    None = 0,
    /// <summary>The guest has found the device.</summary>
    ACKNOWLEDGE = 1,
    /// <summary>The guest knows how to drive it.</summary>
    DRIVER = 2,
    /// <summary>The driver is set up and ready to drive the device.</summary>
    DRIVER_OK = 4,
    /// <summary>The driver has acknowledged the features it understands; the device clears it on re-read if it cannot accept them.</summary>
    FEATURES_OK = 8,
    /// <summary>Set by the device: it has hit an error it can only recover from by a reset (§2.1.2).</summary>
    DEVICE_NEEDS_RESET = 64,
    /// <summary>The driver has given up on the device.</summary>
    FAILED = 128,
}

/// <summary>Device-independent feature bits (§6) and the ring-level ones (§2.6).</summary>
public static class VirtioFeatures
{
    /// <summary>Bit 28: descriptors may point to indirect descriptor tables (§2.6.5.3).</summary>
    public const ulong VIRTIO_F_INDIRECT_DESC = 1ul << 28;
    /// <summary>Bit 29: used_event and avail_event suppress notifications (§2.6.7, §2.6.8).</summary>
    public const ulong VIRTIO_F_EVENT_IDX = 1ul << 29;
    /// <summary>Bit 32: compliance with this specification; a modern device offers it and needs it accepted.</summary>
    public const ulong VIRTIO_F_VERSION_1 = 1ul << 32;
}
