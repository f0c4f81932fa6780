using Nt2cs.Machine.Devices.Pci;
using static Nt2cs.Machine.Devices.Virtio.VirtioPciRegisters;

namespace Nt2cs.Machine.Devices.Virtio;

/// <summary>
/// The virtio 1.1 "modern" PCI transport (§4.1), shared by every virtio device: a PCI function with ID
/// 1AF4:(1040h + device type), revision 1, whose vendor-specific capabilities locate the common configuration,
/// notification, ISR and device configuration structures in BAR0, plus the PCI configuration access capability
/// and an MSI-X capability. It hosts one <see cref="VirtioDevice"/>.
/// </summary>
/// <remarks>
/// <para>This file: identity, capabilities, the BAR0 dispatch (one pair per structure), the ISR and interrupts.
/// The common configuration's fields, feature negotiation and the device status are in
/// <c>VirtioPciFunction.CommonCfg.cs</c>; the PCI configuration access window in <c>.PciCfg.cs</c>.</para>
/// <para>Offered features: the device's own, VIRTIO_F_VERSION_1 (required of the driver: without it FEATURES_OK
/// does not stick), VIRTIO_F_INDIRECT_DESC and VIRTIO_F_EVENT_IDX. A malformed ring sets DEVICE_NEEDS_RESET
/// and, once DRIVER_OK was set, sends a configuration change notification (§2.1.2); nothing a driver does
/// throws into the host.</para>
/// </remarks>
public sealed partial class VirtioPciFunction : PciFunction, IMmioDevice
{
    public const byte MsixCapabilityId = 0x11;
    public const ushort MsixEnable = 1 << 15;
    public const ushort MsixFunctionMask = 1 << 14;
    private const string LogSource = "virtio";

    private readonly PhysicalMemory _memory;
    private readonly Virtqueue[] _queues;
    private readonly int _msixCapability;
    private byte _isr;

    public VirtioPciFunction(PhysicalMemory memory, VirtioDevice device)
        : base($"virtio-{device.Name}", VirtioPciRegisters.VendorId, (ushort)(ModernDeviceIdBase + device.DeviceType), device.PciClassCode,
            Revision, PciInterruptPin.IntA)
    {
        _memory = memory;
        Device = device;
        _queues = new Virtqueue[device.QueueCount];
        for (int i = 0; i < _queues.Length; i++)
            _queues[i] = new Virtqueue(memory, i, device.MaxQueueSize);
        SetConfig16(PciConfigRegisters.SubsystemVendorId, VirtioPciRegisters.VendorId);
        SetConfig16(PciConfigRegisters.SubsystemId, SubsystemId);
        AddMemoryBar(Bar, BarSize, this, is64Bit: true);

        // The structure capabilities (§4.1.4), each naming BAR0 and a range in it.
        CommonCfgCapability = AddVirtioCapability(VIRTIO_PCI_CAP_COMMON_CFG, CapSize, CommonCfgOffset, CommonCfgSize);
        NotifyCfgCapability = AddVirtioCapability(VIRTIO_PCI_CAP_NOTIFY_CFG, NotifyCapSize, NotifyCfgOffset,
            (uint)_queues.Length * NotifyOffMultiplier);
        SetConfig32(NotifyCfgCapability + NotifyOffMultiplierField, NotifyOffMultiplier);
        IsrCfgCapability = AddVirtioCapability(VIRTIO_PCI_CAP_ISR_CFG, CapSize, IsrCfgOffset, IsrCfgLength);
        DeviceCfgCapability = AddVirtioCapability(VIRTIO_PCI_CAP_DEVICE_CFG, CapSize, DeviceCfgOffset, device.ConfigSize);
        // The configuration access capability (§4.1.4.8): bar, offset, length and pci_cfg_data are the driver's.
        PciCfgCapability = AddVirtioCapability(VIRTIO_PCI_CAP_PCI_CFG, PciCfgCapSize, 0, 0);
        SetWritableMask(PciCfgCapability + CapBar, 1, 0xFF);
        SetWritableMask(PciCfgCapability + CapOffset, 4, 0xFFFF_FFFF);
        SetWritableMask(PciCfgCapability + CapLength, 4, 0xFFFF_FFFF);
        SetWritableMask(PciCfgCapability + PciCfgDataField, 4, 0xFFFF_FFFF);

        // MSI-X (PCI 3.0 §6.8.2): one vector per queue and one for configuration changes, table and PBA in BAR0.
        Msix = new MsixTable(_queues.Length + 1);
        _msixCapability = AddCapability(MsixCapabilityId, 12);
        SetConfig16(_msixCapability + 2, (ushort)(Msix.Vectors - 1));
        SetWritableMask(_msixCapability + 2, 2, MsixEnable | MsixFunctionMask);
        SetConfig32(_msixCapability + 4, MsixTableOffset | Bar);
        SetConfig32(_msixCapability + 8, MsixPbaOffset | Bar);

        device.Attach(this);
        Reset();
    }

    public VirtioDevice Device { get; }

    public MsixTable Msix { get; }

    public int MsixCapabilityOffset => _msixCapability;

    public bool MsixEnabled => (Config16(_msixCapability + 2) & MsixEnable) != 0;

    /// <summary>Configuration-space offsets of the structure capabilities.</summary>
    public int CommonCfgCapability { get; }
    public int NotifyCfgCapability { get; }
    public int IsrCfgCapability { get; }
    public int DeviceCfgCapability { get; }
    public int PciCfgCapability { get; }

    public int QueueCount => _queues.Length;

    public Virtqueue Queue(int index) => _queues[index];

    public PhysicalMemory Memory => _memory;

    /// <summary>The ISR status byte as it stands (reading it through BAR0 clears it; this does not).</summary>
    public byte IsrStatus => _isr;

    /// <summary>PCI bus mastering is on: the device may touch guest memory.</summary>
    public bool BusMasterEnabled => (Command & PciCommand.BusMaster) != 0;

    private int AddVirtioCapability(byte cfgType, int length, uint offset, uint size)
    {
        int cap = AddCapability(VendorCapabilityId, length);
        ConfigSpace[cap + CapLen] = (byte)length;
        ConfigSpace[cap + CapCfgType] = cfgType;
        ConfigSpace[cap + CapBar] = Bar;
        SetConfig32(cap + CapOffset, offset);
        SetConfig32(cap + CapLength, size);
        return cap;
    }

    internal void Warn(string message) => Log.Warn(LogSource, $"{Name}: {message}");

    // ---- BAR0: one read/write pair per structure ---------------------------------------------------------------

    public uint Read(uint offset, int size)
    {
        uint region = offset & ~(RegionSize - 1);
        uint at = offset - region;
        switch (region)
        {
            case CommonCfgOffset when at < CommonCfgSize:
                return ReadCommonCfg(at, size);
            case IsrCfgOffset when at < IsrCfgLength:
                return ReadIsr();
            case DeviceCfgOffset when at + (uint)size <= Device.ConfigSize:
                return Device.ReadConfig(at, size);
            case MsixTableOffset:
                return Narrow(Msix.ReadTable(at & ~3u), offset, size);
            case MsixPbaOffset:
                return Narrow(Msix.ReadPba(at & ~3u), offset, size);
            default:
                return 0; // notifications are write-only; the rest of the BAR is reserved
        }
    }

    public void Write(uint offset, int size, uint value)
    {
        uint region = offset & ~(RegionSize - 1);
        uint at = offset - region;
        switch (region)
        {
            case CommonCfgOffset when at < CommonCfgSize:
                WriteCommonCfg(at, size, value);
                break;
            case NotifyCfgOffset when at < (uint)_queues.Length * NotifyOffMultiplier:
                WriteNotify(at, value);
                break;
            case DeviceCfgOffset when at + (uint)size <= Device.ConfigSize:
                Device.WriteConfig(at, size, value);
                break;
            case MsixTableOffset when size == 4 && (at & 3) == 0:
                Msix.WriteTable(at, value);
                break;
            default:
                Warn($"{size}-byte write of 0x{value:X} at BAR0+0x{offset:X} (read-only, reserved or of the wrong width); ignored");
                break;
        }
    }

    private static uint Narrow(uint dword, uint offset, int size) =>
        size >= 4 ? dword : (dword >> (8 * (int)(offset & 3))) & ((1u << (8 * size)) - 1);

    // ---- notifications (§4.1.4.4) ----------------------------------------------------------------------------

    /// <summary>
    /// An available buffer notification: the driver writes the queue's 16-bit index at
    /// notify region + queue_notify_off × notify_off_multiplier (queue_notify_off is the queue's index here).
    /// </summary>
    private void WriteNotify(uint at, uint value)
    {
        if (at % NotifyOffMultiplier != 0)
        {
            Warn($"notification at notify+0x{at:X}, between two queues' addresses; ignored");
            return;
        }
        var queue = _queues[at / NotifyOffMultiplier];
        if ((ushort)value != queue.Index)
            Warn($"notification for queue {queue.Index} carries index {(ushort)value}; taken as queue {queue.Index}");
        if (!IsLive)
        {
            Warn($"notification for queue {queue.Index} while the device is not live (status 0x{(byte)_status:X2}); ignored");
            return;
        }
        if (!queue.Enabled)
        {
            Warn($"notification for queue {queue.Index}, which is not enabled; ignored");
            return;
        }
        Device.QueueNotified(queue);
    }

    // ---- ISR status and interrupts (§4.1.4.5, §4.1.5) ---------------------------------------------------------

    /// <summary>Reading the ISR status returns it and clears it, which deasserts INTx#.</summary>
    private uint ReadIsr()
    {
        byte isr = _isr;
        _isr = 0;
        UpdateInterrupts();
        return isr;
    }

    /// <summary>
    /// A used buffer notification for <paramref name="queue"/> (§4.1.5.2 as the device sends it): with MSI-X
    /// enabled, the queue's vector's message (none for NO_VECTOR); otherwise ISR bit 0 and INTx#.
    /// </summary>
    public void NotifyUsedBuffers(Virtqueue queue)
    {
        if (MsixEnabled)
        {
            if (queue.MsixVector != VIRTIO_MSI_NO_VECTOR)
                Msix.Signal(queue.MsixVector);
            return;
        }
        _isr |= IsrQueue;
        UpdateInterrupts();
    }

    /// <summary>A configuration change notification (§4.1.5.3): msix_config's message, or ISR bit 1 and INTx#.</summary>
    public void NotifyConfigChange()
    {
        if (MsixEnabled)
        {
            if (_msixConfig != VIRTIO_MSI_NO_VECTOR)
                Msix.Signal(_msixConfig);
            return;
        }
        _isr |= IsrConfigChange;
        UpdateInterrupts();
    }

    /// <summary>INTx# is asserted while the ISR status is non-zero and MSI-X is off.</summary>
    private void UpdateInterrupts() => SetInterruptLevel(_isr != 0 && !MsixEnabled);

    protected override void AfterConfigWrite(int offset, int size)
    {
        if (offset < _msixCapability + 4 && offset + size > _msixCapability + 2)
        {
            Msix.SetFunctionMask((Config16(_msixCapability + 2) & MsixFunctionMask) != 0);
            UpdateInterrupts();
        }
        if (offset < PciCfgCapability + PciCfgDataField + 4 && offset + size > PciCfgCapability + PciCfgDataField)
            PciCfgWrite();
        // Bus mastering turned on: requests made available while it was off can go now.
        if (offset < PciConfigRegisters.Command + 2 && offset + size > PciConfigRegisters.Command && BusMasterEnabled && IsLive)
            foreach (var queue in _queues)
                if (queue.Enabled)
                    Device.QueueNotified(queue);
    }

    protected override void BeforeConfigRead(int offset, int size)
    {
        if (offset < PciCfgCapability + PciCfgDataField + 4 && offset + size > PciCfgCapability + PciCfgDataField)
            PciCfgRead();
    }
}
