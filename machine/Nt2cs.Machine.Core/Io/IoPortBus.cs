namespace Nt2cs.Machine;

/// <summary>
/// The x86 I/O port space (0x0000–0xFFFF). Devices claim port ranges; <c>in</c>/<c>out</c> reach them here.
/// </summary>
/// <remarks>
/// An unclaimed port reads all-ones (0xFF, 0xFFFF, 0xFFFFFFFF: nobody drives the bus) and ignores writes; the
/// access is logged. An access wider than the device decodes, or spanning two ranges, is split into byte accesses
/// in ascending port order.
/// </remarks>
public sealed class IoPortBus
{
    private const string LogSource = "port bus";

    private readonly PortRange?[] _map = new PortRange?[0x10000];
    private readonly MachineLog _log;

    public IoPortBus(MachineLog? log = null) => _log = log ?? MachineLog.Discard();

    /// <summary>Claims a range the machine owner placed; a conflict is a configuration error and throws.</summary>
    public PortRange Register(ushort first, int count, IPortDevice device, string name, PortWidths widths = PortWidths.Byte)
    {
        if (!TryRegister(first, count, device, name, widths, out var range, out string? conflict))
            throw new InvalidOperationException($"cannot register {name} at port 0x{first:X4}: {conflict}");
        return range;
    }

    /// <summary>Claims an 8-bit register file at consecutive ports (byte accesses only).</summary>
    public PortRange Register(ushort first, IByteRegisterDevice registers, int count, string name) =>
        Register(first, count, new ByteRegisterPorts(first, registers), name);

    /// <summary>Claims a range the guest placed (a PCI I/O BAR); on a conflict nothing is claimed.</summary>
    public bool TryRegister(ushort first, int count, IPortDevice device, string name, PortWidths widths,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PortRange? range, out string? conflict)
    {
        range = null;
        conflict = null;
        if (count <= 0 || first + count > 0x10000)
            conflict = "range outside the 64 KiB port space";
        else
            for (int p = first; p < first + count; p++)
                if (_map[p] is { } other)
                {
                    conflict = $"port 0x{p:X4} belongs to {other}";
                    break;
                }
        if (conflict is not null)
            return false;
        range = new PortRange(first, count, device, widths, name);
        for (int p = first; p < first + count; p++)
            _map[p] = range;
        return true;
    }

    public void Unregister(PortRange range)
    {
        for (int p = range.First; p < range.First + range.Count; p++)
            if (_map[p] == range)
                _map[p] = null;
    }

    /// <summary>The range claiming <paramref name="port"/>, if any.</summary>
    public PortRange? Find(ushort port) => _map[port];

    /// <summary><c>in</c> of 1, 2 or 4 bytes.</summary>
    public uint Read(ushort port, int size)
    {
        var range = _map[port];
        if (range is not null && Decodes(range, port, size))
            return range.Device.Read(port, size) & Mask(size);
        if (size == 1)
        {
            _log.Warn(LogSource, $"in from unclaimed port 0x{port:X4}");
            return 0xFF;
        }
        uint value = 0;
        for (int i = 0; i < size; i++)
            value |= Read((ushort)(port + i), 1) << (8 * i);
        return value;
    }

    /// <summary><c>out</c> of 1, 2 or 4 bytes.</summary>
    public void Write(ushort port, int size, uint value)
    {
        var range = _map[port];
        if (range is not null && Decodes(range, port, size))
        {
            range.Device.Write(port, size, value & Mask(size));
            return;
        }
        if (size == 1)
        {
            _log.Warn(LogSource, $"out 0x{value & 0xFF:X2} to unclaimed port 0x{port:X4}");
            return;
        }
        for (int i = 0; i < size; i++)
            Write((ushort)(port + i), 1, (value >> (8 * i)) & 0xFF);
    }

    public byte ReadByte(ushort port) => (byte)Read(port, 1);
    public ushort ReadWord(ushort port) => (ushort)Read(port, 2);
    public uint ReadDword(ushort port) => Read(port, 4);
    public void WriteByte(ushort port, byte value) => Write(port, 1, value);
    public void WriteWord(ushort port, ushort value) => Write(port, 2, value);
    public void WriteDword(ushort port, uint value) => Write(port, 4, value);

    private static bool Decodes(PortRange range, ushort port, int size) =>
        ((int)range.Widths & size) != 0 && port + size <= range.First + range.Count;

    private static uint Mask(int size) => size >= 4 ? uint.MaxValue : (1u << (8 * size)) - 1;
}

/// <summary>Bus glue for an <see cref="IByteRegisterDevice"/>: port <c>first + n</c> is register <c>n</c>.</summary>
public sealed class ByteRegisterPorts(ushort first, IByteRegisterDevice registers) : IPortDevice
{
    public uint Read(ushort port, int size) => registers.ReadRegister(port - first);

    public void Write(ushort port, int size, uint value) => registers.WriteRegister(port - first, (byte)value);
}
