namespace Nt2cs.Machine.Devices.Pci;

/// <summary>
/// The PCI Express Enhanced Configuration Access Mechanism (PCI Express Base Specification, §7.2.2): each
/// function's 4 KiB configuration space memory-mapped at <c>base + (bus &lt;&lt; 20 | device &lt;&lt; 15 |
/// function &lt;&lt; 12 | register)</c>. The window covers buses 0–255 (256 MiB) and reaches the same
/// <see cref="PciBus"/> as mechanism #1.
/// </summary>
public sealed class PciEcam(PciBus bus) : IMmioDevice
{
    public const uint DefaultBase = 0xB000_0000;
    public const int BusCount = 256;
    public const uint Size = BusCount << 20;

    public static uint OffsetOf(int bus, int device, int function, int register) =>
        (uint)(bus << 20 | device << 15 | function << 12 | register);

    public MmioRegion AttachTo(PhysicalMemory memory, uint @base = DefaultBase) =>
        memory.MapMmio(@base, Size, this, "PCI ECAM");

    public uint Read(uint offset, int size) =>
        bus.ReadConfig((int)(offset >> 20), (int)(offset >> 15) & 0x1F, (int)(offset >> 12) & 0x7, (int)(offset & 0xFFF), size);

    public void Write(uint offset, int size, uint value) =>
        bus.WriteConfig((int)(offset >> 20), (int)(offset >> 15) & 0x1F, (int)(offset >> 12) & 0x7, (int)(offset & 0xFFF), size, value);
}
