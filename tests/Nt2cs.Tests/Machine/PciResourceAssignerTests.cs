using Nt2cs.Machine;
using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Machine.Pc;
using Xunit;
using C = Nt2cs.Machine.Devices.Pci.PciConfigRegisters;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The boot step's BAR assignment, against PCI 3.0 §6.2.5.1: each BAR placed at an address aligned to its size,
/// none overlapping, memory and I/O decoding on and bus mastering off, and the device answering at the address.
/// </summary>
public sealed class PciResourceAssignerTests : IDisposable
{
    private readonly MachineLog _log = new();
    private readonly PhysicalMemory _memory;
    private readonly IoPortBus _ports;
    private readonly PciBus _bus;

    public PciResourceAssignerTests()
    {
        _memory = new PhysicalMemory(16u << 20, _log);
        _ports = new IoPortBus(_log);
        _bus = new PciBus(_memory, _ports, null, _log);
        _bus.Add(PciChipsetFunction.Q35HostBridge(), 0);
        _bus.Add(new BarFunction(0x1000, 0x4000, 32), 3);
        _bus.Add(new BarFunction(0x100000, 0x10, 256), 5, 0);
        _bus.Add(new BarFunction(0x2000, 0x80, 4), 5, 1);
    }

    public void Dispose() => _memory.Dispose();

    [Fact]
    public void EveryBarIsPlacedAlignedWithoutOverlapAndDecodes()
    {
        var assignments = PciResourceAssigner.AssignAll(_bus);
        Assert.Equal(9, assignments.Count);
        foreach (var a in assignments)
        {
            Assert.Equal(0u, a.Address % a.Size);
            Assert.True(a.Io ? a.Address >= PciResourceAssigner.IoWindowBase && a.Address + a.Size <= PciResourceAssigner.IoWindowEnd
                : a.Address >= PciResourceAssigner.MemoryWindowBase && a.Address + a.Size <= PciResourceAssigner.MemoryWindowEnd, a.ToString());
            uint register = _bus.ReadConfig(0, a.Device, a.Function, C.BarOffset(a.Bar), 4);
            Assert.Equal(a.Address, register & (a.Io ? C.BarIoAddressMask : C.BarMemoryAddressMask));
            Assert.DoesNotContain(assignments, b => b != a && b.Io == a.Io && b.Address < a.Address + a.Size && a.Address < b.Address + b.Size);
        }
        foreach (var (device, function) in new[] { (3, 0), (5, 0), (5, 1) })
        {
            var command = (PciCommand)_bus.ReadConfig(0, device, function, C.Command, 2);
            Assert.Equal(PciCommand.IoSpace | PciCommand.MemorySpace, command & (PciCommand.IoSpace | PciCommand.MemorySpace | PciCommand.BusMaster));
        }
        // The upper half of the 64-bit BAR is 0: everything lies below 4 GiB.
        Assert.Equal(0u, _bus.ReadConfig(0, 3, 0, C.BarOffset(2), 4));
        // The devices answer where they were put.
        var first = assignments.Single(a => a is { Device: 3, Bar: 0 });
        Assert.Equal(0xA000_0008ul, _memory.Read(first.Address + 8, 4));
        var ports = assignments.Single(a => a is { Device: 5, Function: 1, Io: true });
        Assert.Equal(ports.Address + 2, _ports.Read((ushort)(ports.Address + 2), 2));
    }

    /// <summary>As firmware does, the PIIX3 IDE function's legacy channels are decoded after assignment (IDETIM bit 15, I/O on).</summary>
    [Fact]
    public void ThePiix3IdeFunctionsLegacyPortsAreDecoded()
    {
        var ide = new Nt2cs.Machine.Devices.Ide.Piix3IdeFunction(_memory, new VirtualClock(), _ports, _log, null);
        _bus.Add(ide, 7);
        Assert.Equal(0u, _bus.ReadConfig(0, 7, 0, Nt2cs.Machine.Devices.Ide.Piix3IdeFunction.PrimaryIdeTiming, 2) & 0x8000u);
        PciResourceAssigner.AssignAll(_bus);
        // What the model decodes the channel by (IdeControllerTests show it answering then): I/O space and IDETIM bit 15.
        Assert.Equal(PciCommand.IoSpace, (PciCommand)_bus.ReadConfig(0, 7, 0, C.Command, 2) & PciCommand.IoSpace);
        Assert.Equal(0x8000u, _bus.ReadConfig(0, 7, 0, Nt2cs.Machine.Devices.Ide.Piix3IdeFunction.PrimaryIdeTiming, 2) & 0x8000u);
        Assert.Equal(0x8000u, _bus.ReadConfig(0, 7, 0, Nt2cs.Machine.Devices.Ide.Piix3IdeFunction.SecondaryIdeTiming, 2) & 0x8000u);
    }

    [Fact]
    public void AFunctionThatDoesNotFitIsAnError()
    {
        _bus.Add(new BarFunction(0x4000_0000, 0x4000_0000, 4), 7);
        var e = Assert.Throws<InvalidOperationException>(() => PciResourceAssigner.AssignAll(_bus));
        Assert.Contains("window is full", e.Message);
    }

    /// <summary>A function with a 32-bit memory BAR, a 64-bit prefetchable memory BAR and an I/O BAR of the given sizes.</summary>
    private sealed class BarFunction : PciFunction
    {
        public BarFunction(uint memory, uint memory64, uint io) : base("BAR test function", 0x1AF4, 0x1234, 0x01_00_00)
        {
            AddMemoryBar(0, memory, new Window());
            AddMemoryBar(1, memory64, new Window(), is64Bit: true, prefetchable: true);
            AddIoBar(3, io, new Ports());
        }

        private sealed class Window : IMmioDevice
        {
            public uint Read(uint offset, int size) => 0xA000_0000 | offset;

            public void Write(uint offset, int size, uint value)
            {
            }
        }

        private sealed class Ports : IPortDevice
        {
            public uint Read(ushort port, int size) => port;

            public void Write(ushort port, int size, uint value)
            {
            }
        }
    }
}
