using Nt2cs.Machine.Devices.Pci;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>
/// A disk as its firmware driver presents it to Block I/O: fixed media of <see cref="BlockCount"/> blocks of
/// <see cref="BlockSize"/> bytes, moved through the driver's DMA buffer. Transfers throw
/// <see cref="DeviceFailureException"/> when the device fails them.
/// </summary>
public abstract class BlockDevice(StorageHardware hardware, PciAddress pci)
{
    protected StorageHardware Hardware { get; } = hardware;

    /// <summary>Where the controller sits (the device path's PCI node).</summary>
    public PciAddress Pci { get; } = pci;

    public uint BlockSize { get; protected set; } = 512;
    public ulong BlockCount { get; protected set; }

    /// <summary>The largest number of blocks one <see cref="Read"/> or <see cref="Write"/> call moves.</summary>
    public abstract int MaxTransferBlocks { get; }

    /// <summary>The device has a volatile write cache (Block I/O's WriteCaching).</summary>
    public bool WriteCaching { get; protected set; }

    /// <summary>The messaging device path node of the disk after its PCI node (none for virtio-blk, which the specification gives none).</summary>
    public abstract byte[] MessagingNode { get; }

    /// <summary>What the disk is, for reports ("NVMe 00:04.0").</summary>
    public abstract string Name { get; }

    public abstract void Read(ulong lba, int blocks, Span<byte> data);
    public abstract void Write(ulong lba, int blocks, ReadOnlySpan<byte> data);
    public abstract void Flush();

    /// <summary>A line in the machine's log about this disk (a failed command, a rejected request).</summary>
    public void Log(string message) => Hardware.Log.Warn("firmware", message);

    /// <summary>Brings the device back to the state its driver left it in after start (Block I/O Reset).</summary>
    public abstract void Reset();
}
