using System.Buffers.Binary;

namespace Nt2cs.Machine.Devices.Pci;

/// <summary>What a base address register decodes.</summary>
public enum PciBarKind
{
    Memory32,
    /// <summary>A 64-bit memory BAR: this register holds the low half, the next one the high half.</summary>
    Memory64,
    Io,
}

/// <summary>One base address register of a function and where it is decoded now.</summary>
public sealed class PciBar
{
    internal PciBar(int index, PciBarKind kind, uint size, bool prefetchable, IMmioDevice? memory, IPortDevice? ports, PortWidths widths)
    {
        Index = index;
        Kind = kind;
        Size = size;
        Prefetchable = prefetchable;
        MemoryHandler = memory;
        PortHandler = ports;
        PortWidths = widths;
    }

    public int Index { get; }

    public PciBarKind Kind { get; }

    /// <summary>Bytes decoded (a power of two).</summary>
    public uint Size { get; }

    public bool Prefetchable { get; }

    public bool IsIo => Kind == PciBarKind.Io;

    /// <summary>The base address programmed into the register(s) now (high half included for 64-bit BARs).</summary>
    public ulong Address { get; internal set; }

    /// <summary>Decoding: the BAR is enabled by the Command register and mapped at <see cref="MappedAddress"/>.</summary>
    public bool IsMapped => Region is not null || Ports is not null;

    /// <summary>Where the window is mapped while <see cref="IsMapped"/>.</summary>
    public uint MappedAddress { get; internal set; }

    internal IMmioDevice? MemoryHandler { get; }
    internal IPortDevice? PortHandler { get; }
    internal PortWidths PortWidths { get; }
    internal MmioRegion? Region { get; set; }
    internal PortRange? Ports { get; set; }

    public override string ToString() =>
        $"BAR{Index} {Kind} {Size:#,0} bytes at 0x{Address:X}{(IsMapped ? "" : " (not decoded)")}";
}

/// <summary>
/// A PCI function with a type 0 configuration header (PCI Local Bus Specification 3.0, chapter 6): identity,
/// Command/Status, class code, BARs with sizing, interrupt line/pin, a capability list, and the rest of its
/// 4 KiB (PCI Express) configuration space. Device models derive from it and describe their registers; the base
/// class decodes configuration cycles and maps BARs into the physical address space or the port space when the
/// guest programs them and enables decoding.
/// </summary>
/// <remarks>
/// <para>Each configuration byte has a writable mask and a write-one-to-clear mask, so read-only and RW1C bits
/// behave per the specification whatever the access size. BAR sizing follows §6.2.5.1: writing all-ones and
/// reading back gives the size mask with the type bits; the upper half of a 64-bit BAR is all writable.</para>
/// <para>A BAR is decoded while its space is enabled in the Command register and its address is non-zero and
/// fits (below 4 GiB for memory, 64 KiB for I/O). A window that would overlap RAM or another window is not
/// mapped and the conflict is logged. Offsets 0x100–0xFFF read as written (zero: no extended capabilities)
/// and are writable only where a device makes them so.</para>
/// </remarks>
public abstract class PciFunction
{
    private const PciCommand DefaultWritableCommand =
        PciCommand.IoSpace | PciCommand.MemorySpace | PciCommand.BusMaster | PciCommand.ParityErrorResponse
        | PciCommand.SerrEnable | PciCommand.InterruptDisable;

    private readonly byte[] _config = new byte[PciConfigRegisters.ExtendedSize];
    private readonly byte[] _writable = new byte[PciConfigRegisters.ExtendedSize];
    private readonly byte[] _writeOneToClear = new byte[PciConfigRegisters.ExtendedSize];
    private readonly PciBar?[] _bars = new PciBar?[PciConfigRegisters.BarCount];
    private int _lastCapability;
    private int _nextCapabilityOffset = PciConfigRegisters.DeviceSpecific;
    private bool _intxAsserted;
    private PhysicalMemory? _memory;
    private IoPortBus? _ports;

    protected PciFunction(string name, ushort vendorId, ushort deviceId, uint classCode, byte revision = 0,
        PciInterruptPin interruptPin = PciInterruptPin.None)
    {
        Name = name;
        SetConfig16(PciConfigRegisters.VendorId, vendorId);
        SetConfig16(PciConfigRegisters.DeviceId, deviceId);
        _config[PciConfigRegisters.RevisionId] = revision;
        _config[PciConfigRegisters.ClassCode] = (byte)classCode;
        _config[PciConfigRegisters.ClassCode + 1] = (byte)(classCode >> 8);
        _config[PciConfigRegisters.ClassCode + 2] = (byte)(classCode >> 16);
        _config[PciConfigRegisters.InterruptPin] = (byte)interruptPin;
        SetWritableMask(PciConfigRegisters.Command, 2, (uint)DefaultWritableCommand);
        SetWriteOneToClearMask(PciConfigRegisters.Status, 2, (uint)PciStatus.WriteOneToClear);
        SetWritableMask(PciConfigRegisters.CacheLineSize, 1, 0xFF);
        SetWritableMask(PciConfigRegisters.LatencyTimer, 1, 0xFF);
        SetWritableMask(PciConfigRegisters.InterruptLine, 1, 0xFF);
        IntxLine = new IrqLine($"{name} INTx#");
    }

    public string Name { get; }

    /// <summary>Where the function sits, once added to a <see cref="PciBus"/>.</summary>
    public PciAddress? Address { get; private set; }

    protected MachineLog Log { get; private set; } = MachineLog.Discard();

    public ushort VendorId => Config16(PciConfigRegisters.VendorId);
    public ushort DeviceId => Config16(PciConfigRegisters.DeviceId);
    public uint ClassCode => (uint)(_config[0x09] | _config[0x0A] << 8 | _config[0x0B] << 16);
    public PciCommand Command => (PciCommand)Config16(PciConfigRegisters.Command);
    public PciStatus Status => (PciStatus)Config16(PciConfigRegisters.Status);
    public PciInterruptPin InterruptPin => (PciInterruptPin)_config[PciConfigRegisters.InterruptPin];
    public IReadOnlyList<PciBar?> Bars => _bars;

    /// <summary>The function's INTx# output, connected by the bus to the GSI its pin is routed to.</summary>
    public IrqLine IntxLine { get; }

    /// <summary>The raw configuration space (device models fill their registers here).</summary>
    protected Span<byte> ConfigSpace => _config;

    // ---- configuration cycles ----------------------------------------------------------------------------------

    /// <summary>A configuration read of 1, 2 or 4 bytes at <paramref name="offset"/> (0–4095), little-endian.</summary>
    public uint ReadConfig(int offset, int size)
    {
        BeforeConfigRead(offset, size);
        uint value = 0;
        for (int i = 0; i < size; i++)
            value |= (uint)(offset + i < _config.Length ? _config[offset + i] : 0xFF) << (8 * i);
        return value;
    }

    /// <summary>A configuration write: writable bits take the new value, RW1C bits clear where 1 is written.</summary>
    public void WriteConfig(int offset, int size, uint value)
    {
        for (int i = 0; i < size && offset + i < _config.Length; i++)
        {
            int at = offset + i;
            byte data = (byte)(value >> (8 * i));
            byte kept = (byte)(_config[at] & ~_writable[at]);
            _config[at] = (byte)((kept | (data & _writable[at])) & ~(data & _writeOneToClear[at]));
        }
        int end = offset + size;
        if (offset < PciConfigRegisters.Command + 2 && end > PciConfigRegisters.Command)
        {
            UpdateIntx();
            UpdateBarMappings();
        }
        else if (offset < PciConfigRegisters.BarOffset(PciConfigRegisters.BarCount) && end > PciConfigRegisters.Bar0)
            UpdateBarMappings();
        AfterConfigWrite(offset, size);
    }

    /// <summary>Lets a device refresh dynamic registers in <see cref="ConfigSpace"/> before they are read.</summary>
    protected virtual void BeforeConfigRead(int offset, int size)
    {
    }

    /// <summary>Lets a device act on a configuration write (after the masks were applied).</summary>
    protected virtual void AfterConfigWrite(int offset, int size)
    {
    }

    // ---- describing the device ---------------------------------------------------------------------------------

    /// <summary>Bits of the <paramref name="size"/>-byte register at <paramref name="offset"/> that software may write.</summary>
    protected void SetWritableMask(int offset, int size, uint mask)
    {
        for (int i = 0; i < size; i++)
            _writable[offset + i] = (byte)(mask >> (8 * i));
    }

    /// <summary>Bits of the register at <paramref name="offset"/> that a written 1 clears (RW1C).</summary>
    protected void SetWriteOneToClearMask(int offset, int size, uint mask)
    {
        for (int i = 0; i < size; i++)
            _writeOneToClear[offset + i] = (byte)(mask >> (8 * i));
    }

    protected ushort Config16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(_config.AsSpan(offset));

    protected uint Config32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(_config.AsSpan(offset));

    protected void SetConfig16(int offset, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(_config.AsSpan(offset), value);

    protected void SetConfig32(int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(_config.AsSpan(offset), value);

    /// <summary>Sets bits of the Status register that hardware owns (read-only to software).</summary>
    protected void SetStatusBits(PciStatus bits, bool on)
    {
        ushort status = Config16(PciConfigRegisters.Status);
        SetConfig16(PciConfigRegisters.Status, on ? (ushort)(status | (ushort)bits) : (ushort)(status & ~(ushort)bits));
    }

    /// <summary>
    /// Declares memory BAR <paramref name="index"/> of <paramref name="size"/> bytes (a power of two, at least
    /// 16) whose registers <paramref name="handler"/> serves at offsets from the BAR's base.
    /// </summary>
    protected PciBar AddMemoryBar(int index, uint size, IMmioDevice handler, bool is64Bit = false, bool prefetchable = false)
    {
        CheckBar(index, size, minimum: 16, is64Bit);
        var bar = new PciBar(index, is64Bit ? PciBarKind.Memory64 : PciBarKind.Memory32, size, prefetchable, handler, null, 0);
        uint typeBits = (is64Bit ? PciConfigRegisters.BarMemory64 : 0) | (prefetchable ? PciConfigRegisters.BarPrefetchable : 0);
        SetConfig32(PciConfigRegisters.BarOffset(index), typeBits);
        SetWritableMask(PciConfigRegisters.BarOffset(index), 4, ~(size - 1) & PciConfigRegisters.BarMemoryAddressMask);
        if (is64Bit)
        {
            SetConfig32(PciConfigRegisters.BarOffset(index + 1), 0);
            SetWritableMask(PciConfigRegisters.BarOffset(index + 1), 4, 0xFFFF_FFFF);
        }
        _bars[index] = bar;
        return bar;
    }

    /// <summary>
    /// Declares I/O BAR <paramref name="index"/> of <paramref name="size"/> ports (a power of two, 4–256);
    /// <paramref name="handler"/> is reached with absolute port numbers (the base is <see cref="PciBar.MappedAddress"/>).
    /// </summary>
    protected PciBar AddIoBar(int index, uint size, IPortDevice handler, PortWidths widths = PortWidths.All)
    {
        CheckBar(index, size, minimum: 4, is64Bit: false);
        if (size > 256)
            throw new ArgumentOutOfRangeException(nameof(size), size, "an I/O BAR decodes at most 256 ports");
        var bar = new PciBar(index, PciBarKind.Io, size, false, null, handler, widths);
        SetConfig32(PciConfigRegisters.BarOffset(index), PciConfigRegisters.BarIoSpace);
        SetWritableMask(PciConfigRegisters.BarOffset(index), 4, ~(size - 1) & PciConfigRegisters.BarIoAddressMask);
        _bars[index] = bar;
        return bar;
    }

    private void CheckBar(int index, uint size, uint minimum, bool is64Bit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, is64Bit ? PciConfigRegisters.BarCount - 2 : PciConfigRegisters.BarCount - 1);
        if (size < minimum || (size & (size - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(size), size, $"a BAR size is a power of two of at least {minimum}");
        if (_bars[index] is not null || (index > 0 && _bars[index - 1] is { Kind: PciBarKind.Memory64 }) || (is64Bit && _bars[index + 1] is not null))
            throw new InvalidOperationException($"{Name}: BAR{index} is already in use");
    }

    /// <summary>
    /// Appends a capability (§6.7) with ID <paramref name="id"/> and <paramref name="length"/> bytes (header
    /// included) to the capability list; returns its offset. The body is the device's to fill and mask.
    /// </summary>
    protected int AddCapability(byte id, int length)
    {
        int offset = (_nextCapabilityOffset + 3) & ~3;
        if (length < 2 || offset + length > PciConfigRegisters.ConventionalSize)
            throw new InvalidOperationException($"{Name}: no room for a {length}-byte capability");
        _config[offset] = id;
        _config[offset + 1] = 0;
        if (_lastCapability == 0)
            _config[PciConfigRegisters.CapabilitiesPointer] = (byte)offset;
        else
            _config[_lastCapability + 1] = (byte)offset;
        _lastCapability = offset;
        _nextCapabilityOffset = offset + length;
        SetStatusBits(PciStatus.CapabilitiesList, true);
        return offset;
    }

    // ---- interrupts --------------------------------------------------------------------------------------------

    /// <summary>
    /// The device's interrupt condition: Status.InterruptStatus follows it, and INTx# is asserted while it holds
    /// and Command.InterruptDisable is clear (§6.2.2, §6.2.3).
    /// </summary>
    protected void SetInterruptLevel(bool asserted)
    {
        _intxAsserted = asserted;
        UpdateIntx();
    }

    private void UpdateIntx()
    {
        SetStatusBits(PciStatus.InterruptStatus, _intxAsserted);
        IntxLine.Set(_intxAsserted && InterruptPin != PciInterruptPin.None && (Command & PciCommand.InterruptDisable) == 0);
    }

    // ---- BAR decoding ------------------------------------------------------------------------------------------

    /// <summary>The mapping of BAR <paramref name="bar"/> changed (mapped, moved or unmapped).</summary>
    protected virtual void OnBarMappingChanged(PciBar bar)
    {
    }

    internal void Attach(PciAddress address, PhysicalMemory memory, IoPortBus ports, MachineLog log)
    {
        Address = address;
        _memory = memory;
        _ports = ports;
        Log = log;
        UpdateBarMappings();
    }

    internal void SetMultiFunction() => _config[PciConfigRegisters.HeaderType] |= PciConfigRegisters.HeaderTypeMultiFunction;

    /// <summary>Initial Interrupt Line value, as firmware would program it.</summary>
    internal void SetInterruptLine(byte line) => _config[PciConfigRegisters.InterruptLine] = line;

    private void UpdateBarMappings()
    {
        if (_memory is null || _ports is null)
            return;
        foreach (var bar in _bars)
            if (bar is not null)
                UpdateBarMapping(bar);
    }

    private void UpdateBarMapping(PciBar bar)
    {
        int offset = PciConfigRegisters.BarOffset(bar.Index);
        uint low = Config32(offset);
        ulong address = bar.IsIo ? low & PciConfigRegisters.BarIoAddressMask : low & PciConfigRegisters.BarMemoryAddressMask;
        if (bar.Kind == PciBarKind.Memory64)
            address |= (ulong)Config32(offset + 4) << 32;
        bar.Address = address;

        bool enabled = (Command & (bar.IsIo ? PciCommand.IoSpace : PciCommand.MemorySpace)) != 0;
        ulong limit = bar.IsIo ? 0x1_0000ul : 0x1_0000_0000ul;
        bool decode = enabled && address != 0 && address + bar.Size <= limit;
        if (enabled && address != 0 && !decode)
            Log.Warn("PCI", $"{Name} {bar}: outside the {(bar.IsIo ? "64 KiB port" : "4 GiB physical")} space; not decoded");

        if (bar.IsMapped && (!decode || bar.MappedAddress != address))
        {
            Unmap(bar);
            if (!decode)
            {
                OnBarMappingChanged(bar);
                return;
            }
        }
        if (!decode || bar.IsMapped)
            return;

        string name = $"{Address} {Name} BAR{bar.Index}";
        string? conflict;
        if (bar.IsIo)
        {
            if (_ports!.TryRegister((ushort)address, (int)bar.Size, bar.PortHandler!, name, bar.PortWidths, out var range, out conflict))
                bar.Ports = range;
        }
        else if (_memory!.TryMapMmio((uint)address, bar.Size, bar.MemoryHandler!, name, out var region, out conflict))
            bar.Region = region;
        if (bar.IsMapped)
            bar.MappedAddress = (uint)address;
        else
            Log.Warn("PCI", $"{name} at 0x{address:X}: {conflict}; not decoded");
        OnBarMappingChanged(bar);
    }

    private void Unmap(PciBar bar)
    {
        if (bar.Region is not null)
            _memory!.UnmapMmio(bar.Region);
        if (bar.Ports is not null)
            _ports!.Unregister(bar.Ports);
        bar.Region = null;
        bar.Ports = null;
    }

    public override string ToString() => $"{Address} {Name} [{VendorId:X4}:{DeviceId:X4}]";
}
