namespace Nt2cs.Machine;

/// <summary>A device's I/O port range, as the port bus reaches it.</summary>
/// <remarks>
/// <paramref name="port"/> is the absolute port number; <paramref name="size"/> is 1, 2 or 4 and only one of the
/// widths the device was registered for (<see cref="PortWidths"/>): the bus splits other accesses into bytes, as
/// the ISA bus splits a 16-bit cycle to an 8-bit device. A read returns the value zero-extended.
/// </remarks>
public interface IPortDevice
{
    uint Read(ushort port, int size);

    void Write(ushort port, int size, uint value);
}

/// <summary>Access widths a port device decodes itself.</summary>
[Flags]
public enum PortWidths
{
    Byte = 1,
    Word = 2,
    Dword = 4,
    All = Byte | Word | Dword,
}

/// <summary>A registered port range: [<see cref="First"/>, <see cref="First"/> + <see cref="Count"/>).</summary>
public sealed class PortRange
{
    internal PortRange(ushort first, int count, IPortDevice device, PortWidths widths, string name)
    {
        First = first;
        Count = count;
        Device = device;
        Widths = widths;
        Name = name;
    }

    public ushort First { get; }

    public int Count { get; }

    public IPortDevice Device { get; }

    public PortWidths Widths { get; }

    public string Name { get; }

    public override string ToString() => $"{Name} [0x{First:X4}, 0x{First + Count:X4})";
}

/// <summary>
/// An 8-bit register file reached at consecutive ports (most ISA devices: the PIC, PIT, UART). The core of such a
/// device implements this and stays free of port numbers; <see cref="IoPortBus.Register(ushort, IByteRegisterDevice, int, string)"/>
/// is the bus glue.
/// </summary>
public interface IByteRegisterDevice
{
    byte ReadRegister(int offset);

    void WriteRegister(int offset, byte value);
}
