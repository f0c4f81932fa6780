using static Nt2cs.Machine.Devices.Virtio.VirtioPciRegisters;
using S = Nt2cs.Machine.Devices.Virtio.VirtioDeviceStatus;

namespace Nt2cs.Machine.Devices.Virtio;

/// <summary>
/// The common configuration structure (§4.1.4.3), feature negotiation (§2.2, §3.1.1) and the device status
/// state machine (§2.1, §3.1): ACKNOWLEDGE, DRIVER, FEATURES_OK (kept only if the device accepts the driver's
/// features), DRIVER_OK, FAILED; DEVICE_NEEDS_RESET set by the device; a reset by writing 0.
/// </summary>
public sealed partial class VirtioPciFunction
{
    private uint _deviceFeatureSelect;
    private uint _driverFeatureSelect;
    private ulong _driverFeatures;
    private ushort _msixConfig;
    private S _status;
    private byte _configGeneration;
    private ushort _queueSelect;

    /// <summary>What the device offers: its type's features plus the transport's ring and version bits.</summary>
    public ulong OfferedFeatures =>
        Device.Features | VirtioFeatures.VIRTIO_F_VERSION_1 | VirtioFeatures.VIRTIO_F_INDIRECT_DESC | VirtioFeatures.VIRTIO_F_EVENT_IDX;

    /// <summary>The features the driver accepted (final once FEATURES_OK is set).</summary>
    public ulong NegotiatedFeatures => _driverFeatures;

    public VirtioDeviceStatus DeviceStatus => _status;

    /// <summary>The device works its queues: FEATURES_OK and DRIVER_OK set, neither FAILED nor DEVICE_NEEDS_RESET.</summary>
    public bool IsLive => (_status & (S.FEATURES_OK | S.DRIVER_OK | S.FAILED | S.DEVICE_NEEDS_RESET)) == (S.FEATURES_OK | S.DRIVER_OK);

    /// <summary>The width the driver must use for the field at <paramref name="at"/> (§4.1.3.1): 64-bit fields as two dwords.</summary>
    private static int FieldWidth(uint at) => at switch
    {
        < msix_config => 4,
        device_status or config_generation => 1,
        < queue_desc => 2,
        _ => 4,
    };

    private Virtqueue? SelectedQueue => _queueSelect < _queues.Length ? _queues[_queueSelect] : null;

    private uint ReadCommonCfg(uint at, int size)
    {
        if (size != FieldWidth(at) || at % (uint)size != 0)
        {
            Warn($"{size}-byte read of common configuration +0x{at:X}: fields are read at their own width; all-ones");
            return size >= 4 ? 0xFFFF_FFFF : (1u << (8 * size)) - 1;
        }
        var q = SelectedQueue;
        return at switch
        {
            device_feature_select => _deviceFeatureSelect,
            device_feature => FeatureWord(OfferedFeatures, _deviceFeatureSelect),
            driver_feature_select => _driverFeatureSelect,
            driver_feature => FeatureWord(_driverFeatures, _driverFeatureSelect),
            msix_config => _msixConfig,
            num_queues => (uint)_queues.Length,
            device_status => (uint)_status,
            config_generation => _configGeneration,
            queue_select => _queueSelect,
            // A queue that does not exist reads queue_size 0 ("unavailable") and zero everywhere else.
            queue_size => q?.Size ?? 0,
            queue_msix_vector => q?.MsixVector ?? VIRTIO_MSI_NO_VECTOR,
            queue_enable => q is { Enabled: true } ? 1u : 0,
            queue_notify_off => q is null ? 0 : (uint)q.Index,
            queue_desc => (uint)(q?.DescriptorTable ?? 0),
            queue_desc + 4 => (uint)((q?.DescriptorTable ?? 0) >> 32),
            queue_driver => (uint)(q?.DriverArea ?? 0),
            queue_driver + 4 => (uint)((q?.DriverArea ?? 0) >> 32),
            queue_device => (uint)(q?.DeviceArea ?? 0),
            queue_device + 4 => (uint)((q?.DeviceArea ?? 0) >> 32),
            _ => 0,
        };
    }

    private static uint FeatureWord(ulong features, uint select) => select switch
    {
        0 => (uint)features,
        1 => (uint)(features >> 32),
        _ => 0,
    };

    private void WriteCommonCfg(uint at, int size, uint value)
    {
        if (size != FieldWidth(at) || at % (uint)size != 0)
        {
            Warn($"{size}-byte write of 0x{value:X} to common configuration +0x{at:X}: fields are written at their own width; ignored");
            return;
        }
        switch (at)
        {
            case device_feature_select:
                _deviceFeatureSelect = value;
                break;
            case driver_feature_select:
                _driverFeatureSelect = value;
                break;
            case driver_feature:
                WriteDriverFeatures(value);
                break;
            case msix_config:
                _msixConfig = ValidVector(value);
                break;
            case device_status:
                WriteDeviceStatus((S)value);
                break;
            case queue_select:
                _queueSelect = (ushort)value;
                break;
            case queue_size or queue_msix_vector or queue_enable or queue_desc or queue_desc + 4
                or queue_driver or queue_driver + 4 or queue_device or queue_device + 4:
                WriteQueueRegister(at, value);
                break;
            default:
                Warn($"write of 0x{value:X} to read-only common configuration +0x{at:X}; ignored");
                break;
        }
    }

    /// <summary>A vector the MSI-X table has, or NO_VECTOR: the device reports NO_VECTOR for one it cannot map (§4.1.5.1.2).</summary>
    private ushort ValidVector(uint value)
    {
        if (value == VIRTIO_MSI_NO_VECTOR || value < (uint)Msix.Vectors)
            return (ushort)value;
        Warn($"MSI-X vector {value} is beyond the table's {Msix.Vectors}; NO_VECTOR");
        return VIRTIO_MSI_NO_VECTOR;
    }

    private void WriteDriverFeatures(uint value)
    {
        if ((_status & S.FEATURES_OK) != 0)
        {
            Warn($"driver_feature written after FEATURES_OK (select {_driverFeatureSelect}, 0x{value:X8}); ignored");
            return;
        }
        switch (_driverFeatureSelect)
        {
            case 0:
                _driverFeatures = (_driverFeatures & 0xFFFF_FFFF_0000_0000) | value;
                break;
            case 1:
                _driverFeatures = (_driverFeatures & 0xFFFF_FFFF) | (ulong)value << 32;
                break;
            default:
                if (value != 0)
                    Warn($"driver_feature word {_driverFeatureSelect} written with 0x{value:X8}: no such features; ignored");
                break;
        }
    }

    private void WriteQueueRegister(uint at, uint value)
    {
        if (SelectedQueue is not { } q)
        {
            Warn($"write of 0x{value:X} to +0x{at:X} for queue {_queueSelect}, which does not exist; ignored");
            return;
        }
        if (at == queue_msix_vector)
        {
            q.MsixVector = ValidVector(value);
            return;
        }
        if (q.Enabled)
        {
            Warn($"queue {q.Index} register +0x{at:X} written while the queue is enabled; ignored (only a reset disables a queue)");
            return;
        }
        switch (at)
        {
            case queue_size:
                q.Size = (ushort)value;
                break;
            case queue_enable:
                EnableQueue(q, value);
                break;
            case queue_desc: q.DescriptorTable = (q.DescriptorTable & 0xFFFF_FFFF_0000_0000) | value; break;
            case queue_desc + 4: q.DescriptorTable = (q.DescriptorTable & 0xFFFF_FFFF) | (ulong)value << 32; break;
            case queue_driver: q.DriverArea = (q.DriverArea & 0xFFFF_FFFF_0000_0000) | value; break;
            case queue_driver + 4: q.DriverArea = (q.DriverArea & 0xFFFF_FFFF) | (ulong)value << 32; break;
            case queue_device: q.DeviceArea = (q.DeviceArea & 0xFFFF_FFFF_0000_0000) | value; break;
            case queue_device + 4: q.DeviceArea = (q.DeviceArea & 0xFFFF_FFFF) | (ulong)value << 32; break;
        }
    }

    /// <summary>queue_enable ← 1 (§4.1.5.1.3): after FEATURES_OK; a ring the device cannot use needs a reset.</summary>
    private void EnableQueue(Virtqueue q, uint value)
    {
        if (value != 1)
        {
            Warn($"queue_enable written with {value} for queue {q.Index}: the driver may only write 1; ignored");
            return;
        }
        if ((_status & S.FEATURES_OK) == 0)
        {
            Warn($"queue {q.Index} enabled before FEATURES_OK; ignored");
            return;
        }
        if (!q.Enable(_driverFeatures))
            SetNeedsReset($"queue {q.Index} cannot be enabled: {q.Problem}");
    }

    /// <summary>
    /// A write of device_status (§2.1, §3.1.1): 0 resets the device; otherwise the driver adds bits. The device
    /// keeps FEATURES_OK only for an acceptable feature set (a subset of the offer, with VIRTIO_F_VERSION_1),
    /// and only it sets DEVICE_NEEDS_RESET.
    /// </summary>
    private void WriteDeviceStatus(S value)
    {
        if (value == S.None)
        {
            Reset();
            return;
        }
        S old = _status;
        S driverBits = old & ~S.DEVICE_NEEDS_RESET;
        if ((driverBits & ~value) != 0)
            Warn($"device_status 0x{(byte)value:X2} clears bits of 0x{(byte)old:X2}: only a reset (0) clears them; kept");
        S added = value & ~old & ~S.DEVICE_NEEDS_RESET;
        if ((added & S.FEATURES_OK) != 0 && FeaturesProblem() is { } problem)
        {
            Warn($"FEATURES_OK refused: {problem}");
            added &= ~S.FEATURES_OK;
        }
        if ((added & S.DRIVER_OK) != 0 && ((old | added) & S.FEATURES_OK) == 0)
            Warn("DRIVER_OK without FEATURES_OK: the device stays idle until a reset and a proper negotiation");
        _status = old | added;
    }

    private string? FeaturesProblem()
    {
        if ((_status & (S.ACKNOWLEDGE | S.DRIVER)) != (S.ACKNOWLEDGE | S.DRIVER))
            return "ACKNOWLEDGE and DRIVER must be set first";
        if ((_driverFeatures & ~OfferedFeatures) != 0)
            return $"the driver accepted features the device did not offer (0x{_driverFeatures & ~OfferedFeatures:X})";
        if ((_driverFeatures & VirtioFeatures.VIRTIO_F_VERSION_1) == 0)
            return "VIRTIO_F_VERSION_1 was not accepted (this device has no legacy interface)";
        return null;
    }

    /// <summary>
    /// The device changed its configuration structure (§2.4.1): config_generation moves on, so a driver reading
    /// a multi-field value sees it changed, and a configuration change notification is sent.
    /// </summary>
    public void ConfigurationChanged()
    {
        _configGeneration++;
        if ((_status & S.DRIVER_OK) != 0)
            NotifyConfigChange();
    }

    /// <summary>
    /// The device hit an error only a reset recovers from (§2.1.2): DEVICE_NEEDS_RESET, a line in the machine
    /// log, and, once DRIVER_OK was set, a configuration change notification. The queues are not worked until the
    /// driver resets the device.
    /// </summary>
    public void SetNeedsReset(string why)
    {
        Warn($"{why}; DEVICE_NEEDS_RESET set");
        if ((_status & S.DEVICE_NEEDS_RESET) != 0)
            return;
        _status |= S.DEVICE_NEEDS_RESET;
        if ((_status & S.DRIVER_OK) != 0)
            NotifyConfigChange();
    }

    /// <summary>Device reset (§4.1.4.3.2), and the power-on state: status 0, no features, every queue disabled at its maximum size, ISR clear.</summary>
    public void Reset()
    {
        Device.Reset();
        _status = S.None;
        _deviceFeatureSelect = _driverFeatureSelect = 0;
        _driverFeatures = 0;
        _msixConfig = VIRTIO_MSI_NO_VECTOR;
        _queueSelect = 0;
        foreach (var queue in _queues)
            queue.Reset();
        _isr = 0;
        UpdateInterrupts();
    }
}
