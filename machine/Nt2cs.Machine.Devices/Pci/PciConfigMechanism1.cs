namespace Nt2cs.Machine.Devices.Pci;

/// <summary>
/// Configuration mechanism #1 (PCI Local Bus Specification 3.0, §3.2.2.3.2): CONFIG_ADDRESS at port 0xCF8 (a
/// dword access only) and CONFIG_DATA at 0xCFC–0xCFF (byte, word or dword; the port's low bits select the byte
/// within the addressed dword).
/// </summary>
/// <remarks>
/// CONFIG_ADDRESS: bit 31 enable, bits 23–16 bus, 15–11 device, 10–8 function, 7–2 register; bits 30–24 and
/// 1–0 are reserved and read 0. With the enable bit clear a data access is not a configuration cycle: reads
/// float (all-ones), writes are dropped. Byte and word accesses to 0xCF8–0xCFB are not CONFIG_ADDRESS: a byte at
/// 0xCF9 is the chipset's reset control register when one is given, the rest are logged and ignored.
/// </remarks>
public sealed class PciConfigMechanism1(PciBus bus, MachineLog? log = null, ResetControlRegister? reset = null) : IPortDevice
{
    public const ushort AddressPort = 0xCF8;
    public const ushort DataPort = 0xCFC;

    public const uint Enable = 0x8000_0000;
    public const int BusShift = 16, DeviceShift = 11, FunctionShift = 8;
    public const uint RegisterMask = 0xFC;
    public const uint ImplementedBits = Enable | 0x00FF_FFFC;

    private readonly MachineLog _log = log ?? MachineLog.Discard();

    /// <summary>CONFIG_ADDRESS as last written.</summary>
    public uint ConfigAddress { get; private set; }

    public void AttachTo(IoPortBus ports) => ports.Register(AddressPort, 8, this, "PCI configuration mechanism #1", PortWidths.All);

    /// <summary>The CONFIG_ADDRESS value that selects <paramref name="offset"/> of a function.</summary>
    public static uint AddressOf(int bus, int device, int function, int offset) =>
        Enable | (uint)bus << BusShift | (uint)device << DeviceShift | (uint)function << FunctionShift | ((uint)offset & RegisterMask);

    public uint Read(ushort port, int size)
    {
        if (port < DataPort)
        {
            if (port == AddressPort && size == 4)
                return ConfigAddress;
            if (port == ResetControlRegister.Port && size == 1 && reset is not null)
                return reset.Read(port, size);
            _log.Warn("PCI", $"{size}-byte read of port 0x{port:X4} is not CONFIG_ADDRESS; floats");
            return 0xFFFF_FFFF;
        }
        if ((ConfigAddress & Enable) == 0)
            return 0xFFFF_FFFF;
        var (b, d, f, offset) = Decode(port);
        return bus.ReadConfig(b, d, f, offset, size);
    }

    public void Write(ushort port, int size, uint value)
    {
        if (port < DataPort)
        {
            if (port == AddressPort && size == 4)
                ConfigAddress = value & ImplementedBits;
            else if (port == ResetControlRegister.Port && size == 1 && reset is not null)
                reset.Write(port, size, value);
            else
                _log.Warn("PCI", $"{size}-byte write of 0x{value:X} to port 0x{port:X4} is not CONFIG_ADDRESS; ignored");
            return;
        }
        if ((ConfigAddress & Enable) == 0)
            return;
        var (b, d, f, offset) = Decode(port);
        bus.WriteConfig(b, d, f, offset, size, value);
    }

    private (int Bus, int Device, int Function, int Offset) Decode(ushort port) => (
        (int)(ConfigAddress >> BusShift) & 0xFF,
        (int)(ConfigAddress >> DeviceShift) & 0x1F,
        (int)(ConfigAddress >> FunctionShift) & 0x7,
        (int)(ConfigAddress & RegisterMask) + (port - DataPort));
}
