namespace Nt2cs.Machine.Devices.Pci;

/// <summary>
/// PCI bus 0 behind the host bridge: the functions present, configuration cycles addressed to them (from
/// <see cref="PciConfigMechanism1"/> and <see cref="PciEcam"/>, which therefore see the same registers), and the
/// routing of each function's INTx# to an interrupt.
/// </summary>
/// <remarks>
/// <para>A configuration read of an absent function — any bus but 0, an empty slot, a missing function — ends in
/// a master abort and reads all-ones; a write to one is dropped (§3.2.2.3.4 of the PCI specification).</para>
/// <para>INTx# routing: device <c>d</c>'s pin INTx (A = 1 … D = 4) uses PIRQ[(d + x − 1) mod 4], and PIRQ A–D go
/// to ISA IRQs <see cref="PirqToIsaIrq"/> (10, 10, 11, 11 by default, which these IRQs' ELCR bits make
/// level-triggered). The Interrupt Line register is preset to that IRQ, as firmware would leave it. The PIRQ
/// routing registers of the real ISA bridges are not modelled.</para>
/// </remarks>
public sealed class PciBus
{
    public const int DeviceCount = 32;
    public const int FunctionCount = 8;

    private readonly PciFunction?[] _functions = new PciFunction?[DeviceCount * FunctionCount];
    private readonly PhysicalMemory _memory;
    private readonly IoPortBus _ports;
    private readonly InterruptRouter? _router;
    private readonly MachineLog _log;

    public PciBus(PhysicalMemory memory, IoPortBus ports, InterruptRouter? router = null, MachineLog? log = null)
    {
        _memory = memory;
        _ports = ports;
        _router = router;
        _log = log ?? MachineLog.Discard();
    }

    /// <summary>The ISA IRQ each of PIRQ A–D is steered to.</summary>
    public int[] PirqToIsaIrq { get; } = [10, 10, 11, 11];

    public IEnumerable<PciFunction> Functions => _functions.OfType<PciFunction>();

    /// <summary>Places <paramref name="function"/> at 00:<paramref name="device"/>.<paramref name="functionNumber"/>.</summary>
    public void Add(PciFunction function, int device, int functionNumber = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(device);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(device, DeviceCount);
        ArgumentOutOfRangeException.ThrowIfNegative(functionNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(functionNumber, FunctionCount);
        int slot = device * FunctionCount + functionNumber;
        if (_functions[slot] is { } existing)
            throw new InvalidOperationException($"00:{device:X2}.{functionNumber} is taken by {existing.Name}");
        _functions[slot] = function;
        function.Attach(new PciAddress(0, device, functionNumber), _memory, _ports, _log);

        // Header type bit 7 on function 0 says the device has other functions.
        if (_functions[device * FunctionCount] is { } first && Enumerable.Range(1, FunctionCount - 1).Any(f => _functions[slot - functionNumber + f] is not null))
            first.SetMultiFunction();

        if (function.InterruptPin != PciInterruptPin.None && _router is not null)
        {
            int pirq = (device + (int)function.InterruptPin - 1) % 4;
            int isaIrq = PirqToIsaIrq[pirq];
            function.SetInterruptLine((byte)isaIrq);
            _router.ConnectIsa(function.IntxLine, isaIrq);
        }
    }

    public PciFunction? Find(int bus, int device, int function) =>
        bus == 0 && (uint)device < DeviceCount && (uint)function < FunctionCount
            ? _functions[device * FunctionCount + function]
            : null;

    public uint ReadConfig(int bus, int device, int function, int offset, int size)
    {
        if (Find(bus, device, function) is { } f)
            return f.ReadConfig(offset, size);
        return size >= 4 ? PciConfigRegisters.AbsentValue : PciConfigRegisters.AbsentValue & ((1u << (8 * size)) - 1);
    }

    public void WriteConfig(int bus, int device, int function, int offset, int size, uint value) =>
        Find(bus, device, function)?.WriteConfig(offset, size, value);
}
