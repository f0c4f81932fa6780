namespace Nt2cs.Machine.Devices;

/// <summary>
/// The ACPI power management timer (ACPI 6.5 §4.8.3.3, PM_TMR at PMBASE + 8 = 0x608): a free-running up-counter of
/// the 3.579545 MHz clock since power-on, 32 bits wide (the FADT's TMR_VAL_EXT set) or 24 (bits 31–24 read 0),
/// wrapping; read-only. Its value is the tick count of a <see cref="ClockDomain"/> on virtual time, so it never
/// drifts from the other devices' clocks.
/// </summary>
/// <remarks>
/// Byte, word and dword reads return the corresponding bytes of the counter (the specification asks for dword
/// reads; narrower ones are what the bytes are). Writes are logged and ignored. TMR_STS in PM1_STS
/// (<see cref="AcpiPmEvent"/>) follows the counter's top bit.
/// </remarks>
public sealed class AcpiPmTimer(VirtualClock clock, bool extended = true, MachineLog? log = null) : IPortDevice
{
    public const ushort Port = AcpiPmRegisters.PmTimer;

    private static readonly ClockDomain s_clockDomain = new(AcpiPmRegisters.PmTimerHz);

    private readonly MachineLog _log = log ?? MachineLog.Discard();

    /// <summary>The timer's clock as a tick domain.</summary>
    public static ClockDomain Clock => s_clockDomain;

    /// <summary>TMR_VAL_EXT: the counter is 32 bits wide (else 24).</summary>
    public bool Extended { get; } = extended;

    /// <summary>The counter's width in bits (24 or 32).</summary>
    public int Bits => Extended ? 32 : 24;

    /// <summary>Ticks of the 3.579545 MHz clock since power-on (not wrapped).</summary>
    public long Ticks => s_clockDomain.TicksAt(clock.Now);

    /// <summary>The counter's value now (TMR_VAL).</summary>
    public uint Value => Extended ? (uint)Ticks : (uint)Ticks & 0x00FF_FFFF;

    public void AttachTo(IoPortBus ports) => ports.Register(Port, AcpiPmRegisters.PmTimerLength, this, "ACPI PM_TMR", PortWidths.All);

    public uint Read(ushort port, int size)
    {
        uint value = Value >> (8 * (port - Port));
        return size == 4 ? value : value & (size == 2 ? 0xFFFFu : 0xFFu);
    }

    public void Write(ushort port, int size, uint value) =>
        _log.Warn("ACPI", $"write of 0x{value:X} to the PM timer at 0x{port:X4}: the register is read-only; ignored");
}
