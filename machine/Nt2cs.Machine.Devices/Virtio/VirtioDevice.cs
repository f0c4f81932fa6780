namespace Nt2cs.Machine.Devices.Virtio;

/// <summary>
/// A virtio device type (§5: block, later network, input, console, entropy) apart from its transport: what it
/// offers, its configuration layout and what it does with its queues. <see cref="VirtioPciFunction"/> hosts one
/// and gives it the negotiated features, the queues and the notifications.
/// </summary>
public abstract class VirtioDevice
{
    private VirtioPciFunction? _transport;

    /// <summary>The virtio device ID (§5): 2 for a block device.</summary>
    public abstract ushort DeviceType { get; }

    /// <summary>The PCI class code the function reports (the specification leaves it to the device).</summary>
    public abstract uint PciClassCode { get; }

    public abstract string Name { get; }

    /// <summary>Device-type feature bits offered (bits 0–23); the transport adds the ring and version bits.</summary>
    public abstract ulong Features { get; }

    public abstract int QueueCount { get; }

    /// <summary>Each queue's largest size (a power of two, at most 32768).</summary>
    public abstract ushort MaxQueueSize { get; }

    /// <summary>Bytes of the device-specific configuration structure.</summary>
    public abstract uint ConfigSize { get; }

    /// <summary>A driver read of the device configuration (§4.1.4.6); <paramref name="offset"/> + <paramref name="size"/> is within <see cref="ConfigSize"/>.</summary>
    public abstract uint ReadConfig(uint offset, int size);

    /// <summary>A driver write of the device configuration; read-only unless a device says otherwise.</summary>
    public virtual void WriteConfig(uint offset, int size, uint value) =>
        Transport.Warn($"write of 0x{value:X} to read-only device configuration +0x{offset:X}; ignored");

    /// <summary>The driver made buffers available in <paramref name="queue"/> (an available buffer notification).</summary>
    public abstract void QueueNotified(Virtqueue queue);

    /// <summary>Device reset (status 0 written): forget requests in flight.</summary>
    public abstract void Reset();

    /// <summary>The transport this device sits on, once attached.</summary>
    protected internal VirtioPciFunction Transport =>
        _transport ?? throw new InvalidOperationException($"{Name} is not attached to a transport");

    internal void Attach(VirtioPciFunction transport) => _transport = transport;
}
