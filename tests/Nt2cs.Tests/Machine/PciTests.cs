using Nt2cs.Machine;
using Nt2cs.Machine.Devices.Pci;
using Xunit;
using C = Nt2cs.Machine.Devices.Pci.PciConfigRegisters;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// PCI configuration space through mechanism #1 (0xCF8/0xCFC) and ECAM, against PCI Local Bus Specification 3.0
/// chapter 6: absent functions, read-only and RW1C bits, BAR sizing and decoding, INTx, capabilities.
/// </summary>
public sealed class PciTests : IDisposable
{
    private const uint EcamBase = PciEcam.DefaultBase;
    private const int TestDevice = 3;

    private readonly MachineLog _log = new();
    private readonly PhysicalMemory _memory;
    private readonly IoPortBus _ports;
    private readonly InterruptRouter _router = new();
    private readonly PciBus _bus;
    private readonly TestFunction _device = new();
    private readonly GsiRecorder _gsis = new();

    public PciTests()
    {
        _memory = new PhysicalMemory(16u << 20, _log);
        _ports = new IoPortBus(_log);
        _bus = new PciBus(_memory, _ports, _router, _log);
        new PciConfigMechanism1(_bus, _log).AttachTo(_ports);
        new PciEcam(_bus).AttachTo(_memory, EcamBase);
        for (int gsi = 0; gsi < 16; gsi++)
            _router.AddTarget(gsi, _gsis, gsi);
        _bus.Add(PciChipsetFunction.Q35HostBridge(), 0);
        _bus.Add(_device, TestDevice);
    }

    public void Dispose() => _memory.Dispose();

    private uint Config1(int device, int offset, int size = 4, int function = 0, int bus = 0)
    {
        _ports.WriteDword(PciConfigMechanism1.AddressPort, PciConfigMechanism1.AddressOf(bus, device, function, offset));
        return _ports.Read((ushort)(PciConfigMechanism1.DataPort + (offset & 3)), size);
    }

    private void WriteConfig1(int device, int offset, int size, uint value, int function = 0)
    {
        _ports.WriteDword(PciConfigMechanism1.AddressPort, PciConfigMechanism1.AddressOf(0, device, function, offset));
        _ports.Write((ushort)(PciConfigMechanism1.DataPort + (offset & 3)), size, value);
    }

    private uint Ecam(int device, int offset, int size = 4, int function = 0, int bus = 0) =>
        (uint)_memory.Read(EcamBase + PciEcam.OffsetOf(bus, device, function, offset), (uint)size);

    private void WriteEcam(int device, int offset, int size, uint value) =>
        _memory.Write(EcamBase + PciEcam.OffsetOf(0, device, 0, offset), (uint)size, value);

    [Fact]
    public void AbsentFunctionsReadAllOnesThroughBothMechanisms()
    {
        Assert.Equal(0xFFFF_FFFFu, Config1(5, C.VendorId));
        Assert.Equal(0xFFFFu, Config1(5, C.VendorId, 2));
        Assert.Equal(0xFFu, Config1(5, C.HeaderType, 1));
        Assert.Equal(0xFFFF_FFFFu, Config1(TestDevice, C.VendorId, function: 1));
        Assert.Equal(0xFFFF_FFFFu, Config1(0, C.VendorId, bus: 1));
        Assert.Equal(0xFFFF_FFFFu, Ecam(5, C.VendorId));
        Assert.Equal(0xFFFF_FFFFu, Ecam(0, C.VendorId, bus: 7));
        WriteConfig1(5, C.Command, 2, 0xFFFF); // dropped, harmlessly
    }

    [Fact]
    public void HostBridgeIdentifiesItself()
    {
        Assert.Equal(0x29C0_8086u, Config1(0, C.VendorId));
        Assert.Equal(PciChipsetFunction.HostBridgeClass, Config1(0, C.RevisionId) >> 8);
    }

    [Fact]
    public void MechanismOneAndEcamSeeTheSameRegisters()
    {
        for (int offset = 0; offset < 0x40; offset += 4)
            Assert.Equal(Config1(TestDevice, offset), Ecam(TestDevice, offset));

        WriteEcam(TestDevice, C.InterruptLine, 1, 0x0E);
        Assert.Equal(0x0Eu, Config1(TestDevice, C.InterruptLine, 1));
        WriteConfig1(TestDevice, C.CacheLineSize, 1, 0x10);
        Assert.Equal(0x10u, Ecam(TestDevice, C.CacheLineSize, 1));
        // Byte and word accesses pick their lanes out of the dword.
        Assert.Equal(0xBEEFu, Config1(TestDevice, C.DeviceId, 2));
        Assert.Equal(0xBEu, Ecam(TestDevice, C.DeviceId + 1, 1));
    }

    [Fact]
    public void MechanismOneNeedsTheEnableBit()
    {
        _ports.WriteDword(PciConfigMechanism1.AddressPort, 0x7F00_1803); // enable clear, reserved bits set
        Assert.Equal(0x0000_1800u, _ports.ReadDword(PciConfigMechanism1.AddressPort));
        Assert.Equal(0xFFFF_FFFFu, _ports.ReadDword(PciConfigMechanism1.DataPort));
    }

    [Fact]
    public void ReadOnlyFieldsIgnoreWritesAndStatusBitsClearOnOne()
    {
        WriteConfig1(TestDevice, C.VendorId, 4, 0x1234_5678);
        Assert.Equal(0xBEEF_1AF4u, Config1(TestDevice, C.VendorId));

        _device.SignalMasterAbort();
        Assert.Equal((uint)PciStatus.ReceivedMasterAbort, Config1(TestDevice, C.Status, 2) & (uint)PciStatus.ReceivedMasterAbort);
        WriteConfig1(TestDevice, C.Status, 2, (uint)PciStatus.SignaledSystemError); // other RW1C bits: no effect
        Assert.NotEqual(0u, Config1(TestDevice, C.Status, 2) & (uint)PciStatus.ReceivedMasterAbort);
        WriteConfig1(TestDevice, C.Status, 2, (uint)PciStatus.ReceivedMasterAbort);
        Assert.Equal(0u, Config1(TestDevice, C.Status, 2) & (uint)PciStatus.ReceivedMasterAbort);

        WriteConfig1(TestDevice, C.Command, 2, 0xFFFF);
        Assert.Equal((uint)(PciCommand.IoSpace | PciCommand.MemorySpace | PciCommand.BusMaster | PciCommand.ParityErrorResponse
            | PciCommand.SerrEnable | PciCommand.InterruptDisable), Config1(TestDevice, C.Command, 2));
    }

    [Fact]
    public void BarSizingReadsBackTheSizeMaskAndTypeBits()
    {
        uint Size(int bar)
        {
            WriteConfig1(TestDevice, C.BarOffset(bar), 4, 0xFFFF_FFFF);
            return Config1(TestDevice, C.BarOffset(bar));
        }

        Assert.Equal(0xFFFF_F000u, Size(0));                                                      // 4 KiB, 32-bit memory
        Assert.Equal(0xFFFF_C000u | C.BarMemory64 | C.BarPrefetchable, Size(1));                 // 16 KiB, 64-bit prefetchable
        Assert.Equal(0xFFFF_FFFFu, Size(2));                                                      // its upper half
        Assert.Equal(0xFFFF_FFE0u | C.BarIoSpace, Size(3));                                      // 32 ports
        Assert.Equal(0u, Size(4));                                                                // unimplemented
        // Sizing through ECAM gives the same answers.
        WriteEcam(TestDevice, C.BarOffset(0), 4, 0xFFFF_FFFF);
        Assert.Equal(0xFFFF_F000u, Ecam(TestDevice, C.BarOffset(0)));
    }

    [Fact]
    public void ProgrammedBarsDecodeOnlyWhileTheirSpaceIsEnabled()
    {
        WriteConfig1(TestDevice, C.BarOffset(0), 4, 0xE000_0000);
        WriteConfig1(TestDevice, C.BarOffset(3), 4, 0xC000);
        Assert.Equal(0xFFFF_FFFFul, _memory.Read(0xE000_0010, 4));

        WriteConfig1(TestDevice, C.Command, 2, (uint)(PciCommand.MemorySpace | PciCommand.IoSpace));
        Assert.Equal(0xA000_0010ul, _memory.Read(0xE000_0010, 4));
        _memory.Write(0xE000_0FFC, 4, 7);
        Assert.Equal((0xFFCu, 4, 7u), _device.Memory.LastWrite);
        Assert.Equal(0xC01Cu, _ports.ReadDword(0xC01C));
        Assert.True(_device.Bars[0]!.IsMapped);
        Assert.Equal(0xE000_0000u, _device.Bars[0]!.MappedAddress);

        // Moving the BAR moves the window.
        WriteConfig1(TestDevice, C.BarOffset(0), 4, 0xE010_0000);
        Assert.Equal(0xFFFF_FFFFul, _memory.Read(0xE000_0010, 4));
        Assert.Equal(0xA000_0010ul, _memory.Read(0xE010_0010, 4));

        WriteConfig1(TestDevice, C.Command, 2, 0);
        Assert.Equal(0xFFFF_FFFFul, _memory.Read(0xE010_0010, 4));
        Assert.Equal(0xFFFF_FFFFu, _ports.ReadDword(0xC01C));
        Assert.Contains(0, _device.MappingChanges);
        Assert.Contains(3, _device.MappingChanges);
    }

    [Fact]
    public void SixtyFourBitBarAboveFourGiBIsNotDecoded()
    {
        WriteConfig1(TestDevice, C.BarOffset(1), 4, 0xD000_0000);
        WriteConfig1(TestDevice, C.BarOffset(2), 4, 0x0000_0001);
        WriteConfig1(TestDevice, C.Command, 2, (uint)PciCommand.MemorySpace);
        Assert.Equal(0x1_D000_0000ul, _device.Bars[1]!.Address);
        Assert.False(_device.Bars[1]!.IsMapped);
        WriteConfig1(TestDevice, C.BarOffset(2), 4, 0);
        Assert.True(_device.Bars[1]!.IsMapped);
        Assert.Equal(0xA000_0000ul, _memory.Read(0xD000_0000, 4));
    }

    [Fact]
    public void BarOverlappingRamIsNotDecoded()
    {
        WriteConfig1(TestDevice, C.BarOffset(0), 4, 0x0010_0000);
        WriteConfig1(TestDevice, C.Command, 2, (uint)PciCommand.MemorySpace);
        Assert.False(_device.Bars[0]!.IsMapped);
        Assert.Equal(0ul, _memory.Read(0x0010_0010, 4)); // still RAM
        Assert.Contains(_log.Recent, line => line.Contains("overlaps RAM"));
    }

    [Fact]
    public void IntxFollowsTheDeviceAndTheInterruptDisableBit()
    {
        Assert.Equal((uint)PciInterruptPin.IntA, Config1(TestDevice, C.InterruptPin, 1));
        int irq = (int)Config1(TestDevice, C.InterruptLine, 1);
        Assert.Equal(_bus.PirqToIsaIrq[(TestDevice + 0) % 4], irq); // PIRQ[(device + pin − 1) mod 4]

        _device.Interrupt(true);
        Assert.True(_gsis.Levels[irq]);
        Assert.NotEqual(0u, Config1(TestDevice, C.Status, 2) & (uint)PciStatus.InterruptStatus);

        WriteConfig1(TestDevice, C.Command, 2, (uint)PciCommand.InterruptDisable);
        Assert.False(_gsis.Levels[irq]);
        Assert.NotEqual(0u, Config1(TestDevice, C.Status, 2) & (uint)PciStatus.InterruptStatus);
        WriteConfig1(TestDevice, C.Command, 2, 0);
        Assert.True(_gsis.Levels[irq]);
        _device.Interrupt(false);
        Assert.False(_gsis.Levels[irq]);
        Assert.Equal(0u, Config1(TestDevice, C.Status, 2) & (uint)PciStatus.InterruptStatus);
    }

    [Fact]
    public void CapabilityListIsLinkedFromTheHeader()
    {
        Assert.NotEqual(0u, Config1(TestDevice, C.Status, 2) & (uint)PciStatus.CapabilitiesList);
        uint first = Config1(TestDevice, C.CapabilitiesPointer, 1);
        Assert.Equal(0x40u, first);
        Assert.Equal(0x05u, Config1(TestDevice, (int)first, 1));       // MSI
        uint second = Config1(TestDevice, (int)first + 1, 1);
        Assert.Equal(0x11u, Config1(TestDevice, (int)second, 1));      // MSI-X
        Assert.Equal(0u, Config1(TestDevice, (int)second + 1, 1));     // end of list
        Assert.Equal(0u, Ecam(TestDevice, 0x100));                     // no extended capabilities
    }

    [Fact]
    public void SecondFunctionMakesFunctionZeroMultiFunction()
    {
        Assert.Equal(0u, Config1(TestDevice, C.HeaderType, 1) & C.HeaderTypeMultiFunction);
        _bus.Add(new TestFunction(), TestDevice, 2);
        Assert.Equal(C.HeaderTypeMultiFunction, Config1(TestDevice, C.HeaderType, 1) & C.HeaderTypeMultiFunction);
        Assert.Equal(0xBEEF_1AF4u, Config1(TestDevice, C.VendorId, function: 2));
    }

    /// <summary>A made-up function with one BAR of each kind, INTA#, and two capabilities.</summary>
    private sealed class TestFunction : PciFunction
    {
        public TestFunction() : base("test function", 0x1AF4, 0xBEEF, 0x01_08_02, interruptPin: PciInterruptPin.IntA)
        {
            AddMemoryBar(0, 0x1000, Memory);
            AddMemoryBar(1, 0x4000, Memory, is64Bit: true, prefetchable: true);
            AddIoBar(3, 32, new Ports());
            AddCapability(0x05, 24);
            AddCapability(0x11, 12);
        }

        public Window Memory { get; } = new();

        public List<int> MappingChanges { get; } = [];

        public void SignalMasterAbort() => SetStatusBits(PciStatus.ReceivedMasterAbort, true);

        public void Interrupt(bool asserted) => SetInterruptLevel(asserted);

        protected override void OnBarMappingChanged(PciBar bar) => MappingChanges.Add(bar.Index);

        public sealed class Window : IMmioDevice
        {
            public (uint, int, uint) LastWrite { get; private set; }

            public uint Read(uint offset, int size) => 0xA000_0000 | offset;

            public void Write(uint offset, int size, uint value) => LastWrite = (offset, size, value);
        }

        private sealed class Ports : IPortDevice
        {
            public uint Read(ushort port, int size) => port;

            public void Write(ushort port, int size, uint value)
            {
            }
        }
    }

    private sealed class GsiRecorder : IInterruptSink
    {
        public bool[] Levels { get; } = new bool[24];

        public void SetInputLevel(int input, bool level) => Levels[input] = level;
    }
}
