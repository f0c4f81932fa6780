using Nt2cs.Machine;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>The I/O port space: claimed ranges, floating unclaimed ports, and ISA-style splitting of wide accesses.</summary>
public sealed class IoPortBusTests
{
    [Fact]
    public void UnclaimedPortsReadAllOnesAndIgnoreWrites()
    {
        var log = new MachineLog();
        var bus = new IoPortBus(log);
        Assert.Equal(0xFFu, bus.Read(0x80, 1));
        Assert.Equal(0xFFFFu, bus.Read(0x80, 2));
        Assert.Equal(0xFFFF_FFFFu, bus.Read(0x80, 4));
        bus.Write(0x80, 1, 0x12);
        Assert.True(log.Count >= 4);
    }

    [Fact]
    public void ByteDevicesSeeWideAccessesAsByteAccessesInOrder()
    {
        var bus = new IoPortBus();
        var regs = new Registers();
        bus.Register(0x100, regs, 4, "regs");
        bus.Write(0x100, 4, 0x4433_2211);
        Assert.Equal([(0, (byte)0x11), (1, (byte)0x22), (2, (byte)0x33), (3, (byte)0x44)], regs.Writes);
        Assert.Equal(0x4433_2211u, bus.Read(0x100, 4));
        // Half inside, half unclaimed: the unclaimed byte floats.
        Assert.Equal(0xFF44u, bus.Read(0x103, 2));
    }

    [Fact]
    public void WideDevicesGetTheWholeAccess()
    {
        var bus = new IoPortBus();
        var device = new Wide();
        bus.Register(0x200, 8, device, "wide", PortWidths.All);
        bus.Write(0x204, 4, 0xDEAD_BEEF);
        Assert.Equal((0x204, 4, 0xDEAD_BEEFu), device.Last);
    }

    [Fact]
    public void OverlappingRegistrationIsRefused()
    {
        var bus = new IoPortBus();
        bus.Register(0x300, 8, new Wide(), "a");
        Assert.False(bus.TryRegister(0x307, 2, new Wide(), "b", PortWidths.Byte, out _, out string? why));
        Assert.Contains("a [0x0300, 0x0308)", why);
        var range = bus.Find(0x300)!;
        bus.Unregister(range);
        Assert.True(bus.TryRegister(0x307, 2, new Wide(), "b", PortWidths.Byte, out _, out _));
    }

    private sealed class Registers : IByteRegisterDevice
    {
        private readonly byte[] _values = new byte[4];

        public List<(int, byte)> Writes { get; } = [];

        public byte ReadRegister(int offset) => _values[offset];

        public void WriteRegister(int offset, byte value)
        {
            Writes.Add((offset, value));
            _values[offset] = value;
        }
    }

    private sealed class Wide : IPortDevice
    {
        public (int Port, int Size, uint Value) Last { get; private set; }

        public uint Read(ushort port, int size) => port;

        public void Write(ushort port, int size, uint value) => Last = (port, size, value);
    }
}
