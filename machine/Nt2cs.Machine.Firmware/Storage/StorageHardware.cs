using Nt2cs.Machine.Devices.Pci;
using C = Nt2cs.Machine.Devices.Pci.PciConfigRegisters;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>
/// What a firmware storage driver reaches the hardware through, as on a board: configuration cycles by PCI
/// configuration mechanism #1 (ports 0xCF8/0xCFC), device registers by memory and port accesses, DMA memory in
/// RAM, and time (a polled driver waits by letting virtual time run to the device's next event).
/// </summary>
public sealed class StorageHardware(PhysicalMemory memory, IoPortBus ports, VirtualClock clock, MachineLog log)
{
    private const ushort ConfigAddressPort = 0xCF8;
    private const ushort ConfigDataPort = 0xCFC;
    private const uint ConfigEnable = 0x8000_0000;

    public PhysicalMemory Memory { get; } = memory;
    public IoPortBus Ports { get; } = ports;
    public VirtualClock Clock { get; } = clock;
    public MachineLog Log { get; } = log;

    public uint ReadConfig(PciAddress at, int offset, int size)
    {
        Ports.WriteDword(ConfigAddressPort, ConfigAddress(at, offset));
        return Ports.Read((ushort)(ConfigDataPort + (offset & 3)), size);
    }

    public void WriteConfig(PciAddress at, int offset, int size, uint value)
    {
        Ports.WriteDword(ConfigAddressPort, ConfigAddress(at, offset));
        Ports.Write((ushort)(ConfigDataPort + (offset & 3)), size, value);
    }

    private static uint ConfigAddress(PciAddress at, int offset) =>
        ConfigEnable | (uint)at.Bus << 16 | (uint)at.Device << 11 | (uint)at.Function << 8 | (uint)(offset & 0xFC);

    /// <summary>Sets bits in a function's Command register (decoding, bus mastering, INTx# off while polling).</summary>
    public void EnableCommand(PciAddress at, PciCommand bits) =>
        WriteConfig(at, C.Command, 2, ReadConfig(at, C.Command, 2) | (uint)bits);

    /// <summary>A memory BAR's base (64-bit BARs must lie below 4 GiB here), or 0 when it is unassigned or not memory.</summary>
    public uint MemoryBar(PciAddress at, int bar)
    {
        uint low = ReadConfig(at, C.BarOffset(bar), 4);
        if ((low & C.BarIoSpace) != 0)
            return 0;
        if ((low & C.BarMemoryTypeMask) == C.BarMemory64 && ReadConfig(at, C.BarOffset(bar + 1), 4) != 0)
            return 0;
        return low & C.BarMemoryAddressMask;
    }

    /// <summary>An I/O BAR's base, or 0.</summary>
    public ushort IoBar(PciAddress at, int bar)
    {
        uint value = ReadConfig(at, C.BarOffset(bar), 4);
        return (value & C.BarIoSpace) == 0 ? (ushort)0 : (ushort)(value & C.BarIoAddressMask);
    }

    public uint Read32(uint address) => (uint)Memory.Read(address, 4);
    public ulong Read64(uint address) => Read32(address) | (ulong)Read32(address + 4) << 32;
    public void Write32(uint address, uint value) => Memory.Write(address, 4, value);
    public void Write64(uint address, ulong value)
    {
        Write32(address, (uint)value);
        Write32(address + 4, (uint)(value >> 32));
    }

    /// <summary>A window on DMA memory the driver owns (pages in RAM).</summary>
    public Span<byte> Ram(uint address, int length) => Memory.Ram(address, length);

    /// <summary>
    /// Lets virtual time run to the next device event, as a polling driver's wait loop would, unless that lies
    /// beyond <paramref name="deadline"/> or nothing is scheduled: false then (the device will not answer).
    /// </summary>
    public bool WaitStep(long deadline)
    {
        long next = Clock.NextEventTime;
        if (next > deadline)
        {
            Clock.AdvanceTo(deadline);
            return false;
        }
        Clock.AdvanceTo(next);
        return true;
    }

    /// <summary>A deadline <paramref name="microseconds"/> from now.</summary>
    public long Deadline(long microseconds) => Clock.Now + microseconds * 1000;
}

/// <summary>A device did not do what its driver asked (a timeout, an error status): the Block I/O call returns EFI_DEVICE_ERROR.</summary>
public sealed class DeviceFailureException(string message) : Exception(message);
