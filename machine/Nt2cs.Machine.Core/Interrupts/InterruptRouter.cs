namespace Nt2cs.Machine;

/// <summary>
/// The board's interrupt wiring: device lines meet at global system interrupts (GSIs), and each GSI fans out to
/// the controller inputs wired to it.
/// </summary>
/// <remarks>
/// <para>Lines sharing a GSI are wire-ORed (PCI INTx sharing): the GSI is asserted while any of its lines is.</para>
/// <para>ISA IRQ numbers reach GSIs through an override table (ACPI's Interrupt Source Overrides; identity until
/// overridden), so an I/O APIC can later be added as a second target of each GSI (with the PIT's IRQ 0 overridden
/// to GSI 2, as on PC chipsets) without touching device code. Today GSI 0–15 go to the 8259A pair's IRQ 0–15.</para>
/// </remarks>
public sealed class InterruptRouter : IInterruptSink
{
    public const int DefaultGsiCount = 24;
    public const int IsaIrqCount = 16;

    private readonly List<(IInterruptSink Sink, int Input)>[] _targets;
    private readonly int[] _assertedLines;
    private readonly int[] _isaToGsi = new int[IsaIrqCount];

    public InterruptRouter(int gsiCount = DefaultGsiCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(gsiCount, IsaIrqCount);
        GsiCount = gsiCount;
        _targets = new List<(IInterruptSink, int)>[gsiCount];
        for (int i = 0; i < gsiCount; i++)
            _targets[i] = [];
        _assertedLines = new int[gsiCount];
        for (int irq = 0; irq < IsaIrqCount; irq++)
            _isaToGsi[irq] = irq;
    }

    public int GsiCount { get; }

    /// <summary>Wires <paramref name="gsi"/> to controller input <paramref name="input"/> (more than one target is allowed).</summary>
    public void AddTarget(int gsi, IInterruptSink sink, int input)
    {
        CheckGsi(gsi);
        _targets[gsi].Add((sink, input));
        if (_assertedLines[gsi] > 0)
            sink.SetInputLevel(input, true);
    }

    /// <summary>Connects a device line to a GSI.</summary>
    public void ConnectGsi(IrqLine line, int gsi)
    {
        CheckGsi(gsi);
        line.Connect(this, gsi);
    }

    /// <summary>Connects an ISA device's line by its ISA IRQ number (through the override table).</summary>
    public void ConnectIsa(IrqLine line, int isaIrq) => ConnectGsi(line, IsaIrqToGsi(isaIrq));

    public int IsaIrqToGsi(int isaIrq)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(isaIrq);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(isaIrq, IsaIrqCount);
        return _isaToGsi[isaIrq];
    }

    /// <summary>An interrupt source override: ISA <paramref name="isaIrq"/> arrives at <paramref name="gsi"/>. Set before connecting lines.</summary>
    public void SetIsaOverride(int isaIrq, int gsi)
    {
        CheckGsi(gsi);
        _isaToGsi[isaIrq] = gsi;
    }

    /// <summary>True while any line connected to <paramref name="gsi"/> is asserted.</summary>
    public bool IsAsserted(int gsi) => _assertedLines[gsi] > 0;

    /// <summary>A connected line changed level (lines report changes only).</summary>
    public void SetInputLevel(int gsi, bool level)
    {
        int before = _assertedLines[gsi];
        int after = level ? before + 1 : before - 1;
        if (after < 0)
            throw new InvalidOperationException($"GSI {gsi}: more falling than rising edges");
        _assertedLines[gsi] = after;
        if ((before > 0) == (after > 0))
            return;
        foreach (var (sink, input) in _targets[gsi])
            sink.SetInputLevel(input, after > 0);
    }

    private void CheckGsi(int gsi)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(gsi);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(gsi, GsiCount);
    }
}
