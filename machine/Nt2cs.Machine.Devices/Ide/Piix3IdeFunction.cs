using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Machine.Devices.Storage;

namespace Nt2cs.Machine.Devices.Ide;

/// <summary>
/// The Intel 82371SB PIIX3 IDE interface (function 1 of the PIIX3, 8086:7010, class 01h/01h/80h: mass storage,
/// IDE, bus master capable, both channels in legacy mode): the primary channel's command block at 0x1F0–0x1F7,
/// control block at 0x3F6 and INTRQ on ISA IRQ 14, with an <see cref="AtaDevice"/> as device 0 when a drive is
/// attached; the bus master IDE registers in the 16-port I/O BAR4 (BMIBA). The secondary channel is empty (its
/// ports are not decoded; its bus master registers read 0).
/// </summary>
/// <remarks>
/// As the datasheet says, the legacy ports decode while PCICMD.IOSE (I/O space enable) and the channel's
/// IDETIM.IDE decode enable bit (bit 15 of the register at 40h) are set, both zero after reset: firmware, or a
/// freestanding driver in its place, turns them on. BAR0–3 are not implemented (legacy mode) and read 0; there is
/// no interrupt pin (the channels use IRQ 14 and 15).
/// </remarks>
public sealed class Piix3IdeFunction : PciFunction
{
    public const ushort Piix3IdeDeviceId = 0x7010;
    /// <summary>Base class 01h (mass storage), sub-class 01h (IDE), programming interface 80h (bus master, legacy mode).</summary>
    public const uint IdeClassCode = 0x01_01_80;
    /// <summary>IDETIM, primary channel (16 bits); the secondary's is at 42h.</summary>
    public const int PrimaryIdeTiming = 0x40;
    public const int SecondaryIdeTiming = 0x42;
    /// <summary>IDETIM bit 15: IDE decode enable.</summary>
    public const ushort IdeDecodeEnable = 0x8000;

    private readonly IoPortBus _ports;
    private readonly MachineLog _log;
    private PortRange? _commandBlock;
    private PortRange? _controlBlock;

    public Piix3IdeFunction(PhysicalMemory memory, VirtualClock clock, IoPortBus ports, MachineLog log, Drive? primaryMaster,
        string serial = "NT2CS-IDE0001")
        : base("PIIX3 IDE", PciChipsetFunction.IntelVendorId, Piix3IdeDeviceId, IdeClassCode)
    {
        _ports = ports;
        _log = log;
        PrimaryBusMaster = new BusMasterIde(memory, log, "IDE primary");
        var busMasterPorts = new BusMasterPorts(this);
        AddIoBar(4, BusMasterRegisters.Size, busMasterPorts);
        SetWritableMask(PrimaryIdeTiming, 2, 0xF3FF);
        SetWritableMask(SecondaryIdeTiming, 2, 0xF3FF);
        if (primaryMaster is not null)
        {
            Primary = new AtaDevice(clock, log, primaryMaster, PrimaryBusMaster, "IDE primary master", serial)
            {
                BusMasterEnabled = () => (Command & PciCommand.BusMaster) != 0,
            };
        }
    }

    /// <summary>Device 0 of the primary channel, if a drive is attached.</summary>
    public AtaDevice? Primary { get; }

    public BusMasterIde PrimaryBusMaster { get; }

    /// <summary>Whether 0x1F0–0x1F7 and 0x3F6 are decoded now.</summary>
    public bool PrimaryDecoded => _commandBlock is not null;

    protected override void AfterConfigWrite(int offset, int size)
    {
        UpdateLegacyDecode();
        if ((Command & PciCommand.BusMaster) != 0)
            Primary?.TryStartDma();
    }

    private void UpdateLegacyDecode()
    {
        bool decode = Primary is not null && (Command & PciCommand.IoSpace) != 0 && (Config16(PrimaryIdeTiming) & IdeDecodeEnable) != 0;
        if (decode == PrimaryDecoded)
            return;
        if (!decode)
        {
            _ports.Unregister(_commandBlock!);
            _ports.Unregister(_controlBlock!);
            _commandBlock = _controlBlock = null;
            return;
        }
        var device = Primary!;
        if (!_ports.TryRegister(AtaRegisters.PrimaryCommandBlock, AtaRegisters.CommandBlockSize, new CommandBlockPorts(device), "IDE primary command block", PortWidths.All, out _commandBlock, out string? conflict)
            || !_ports.TryRegister(AtaRegisters.PrimaryControlBlock, 1, new ControlBlockPorts(device), "IDE primary control block", PortWidths.Byte, out _controlBlock, out conflict))
        {
            if (_commandBlock is not null)
                _ports.Unregister(_commandBlock);
            _commandBlock = _controlBlock = null;
            _log.Warn("IDE", $"{Name}: the primary channel's legacy ports cannot be decoded: {conflict}");
        }
    }

    private sealed class CommandBlockPorts(AtaDevice device) : IPortDevice
    {
        public uint Read(ushort port, int size) => device.ReadCommandBlock(port - AtaRegisters.PrimaryCommandBlock, size);

        public void Write(ushort port, int size, uint value) => device.WriteCommandBlock(port - AtaRegisters.PrimaryCommandBlock, size, value);
    }

    private sealed class ControlBlockPorts(AtaDevice device) : IPortDevice
    {
        public uint Read(ushort port, int size) => device.ReadAlternateStatus();

        public void Write(ushort port, int size, uint value) => device.WriteDeviceControl((byte)value);
    }

    private sealed class BusMasterPorts(Piix3IdeFunction function) : IPortDevice
    {
        public uint Read(ushort port, int size)
        {
            int offset = port - (int)function.Bars[4]!.MappedAddress;
            return offset < BusMasterRegisters.SecondaryChannel ? function.PrimaryBusMaster.Read(offset, size) : 0;
        }

        public void Write(ushort port, int size, uint value)
        {
            int offset = port - (int)function.Bars[4]!.MappedAddress;
            if (offset < BusMasterRegisters.SecondaryChannel)
                function.PrimaryBusMaster.Write(offset, size, value);
        }
    }
}
