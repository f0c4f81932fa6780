namespace Nt2cs.Machine;

/// <summary>
/// Something with numbered interrupt inputs whose level can change: the 8259A pair (inputs IRQ 0–15), later an
/// I/O APIC (its redirection pins) — and the <see cref="InterruptRouter"/>, whose inputs are GSIs.
/// </summary>
public interface IInterruptSink
{
    /// <summary>Input <paramref name="input"/> is now at <paramref name="level"/> (true = asserted).</summary>
    void SetInputLevel(int input, bool level);
}

/// <summary>
/// One interrupt wire, driven by one device and received by one sink input (normally a GSI of the
/// <see cref="InterruptRouter"/>). It carries a level: the receiver sees only changes.
/// </summary>
/// <remarks>
/// Legacy ISA devices hold their request asserted until software services them (the UART until IIR/LSR/RBR is
/// read, the RTC until register C is read, the PIT for its output's high phase) and drive the line with
/// <see cref="Raise"/>/<see cref="Lower"/> or <see cref="Set"/>. <see cref="Pulse"/> is a rising and a falling edge
/// back to back: a latching edge-triggered receiver (an I/O APIC pin, later MSI) records it, but an 8259A
/// withdraws a request whose input falls before the interrupt acknowledge, so a pulse into a PIC is a glitch.
/// </remarks>
public sealed class IrqLine(string name)
{
    private IInterruptSink? _sink;
    private int _input;

    public string Name { get; } = name;

    /// <summary>True while the device asserts the line.</summary>
    public bool Level { get; private set; }

    /// <summary>Wires the line to <paramref name="sink"/>'s input <paramref name="input"/>; the current level is delivered.</summary>
    public void Connect(IInterruptSink sink, int input)
    {
        if (_sink is not null)
            throw new InvalidOperationException($"IRQ line {Name} is already connected");
        _sink = sink;
        _input = input;
        if (Level)
            sink.SetInputLevel(input, true);
    }

    public bool IsConnected => _sink is not null;

    public void Raise() => Set(true);

    public void Lower() => Set(false);

    public void Set(bool level)
    {
        if (Level == level)
            return;
        Level = level;
        _sink?.SetInputLevel(_input, level);
    }

    /// <summary>A rising edge followed by a falling edge (see the remarks on the class).</summary>
    public void Pulse()
    {
        Lower();
        Raise();
        Lower();
    }

    public override string ToString() => $"{Name} ({(Level ? "high" : "low")})";
}
