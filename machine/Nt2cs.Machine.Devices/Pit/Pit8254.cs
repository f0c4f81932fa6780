namespace Nt2cs.Machine.Devices;

/// <summary>
/// Registers and control-word fields of the Intel 8254 Programmable Interval Timer (datasheet: "Programming the
/// 8254", Figure 6 control word format, Figure 9 read-back command, Figure 10 status byte).
/// </summary>
public static class Pit8254Registers
{
    /// <summary>Offsets 0–2 (ports 0x40–0x42): counters 0–2.</summary>
    public const int Counter0 = 0, Counter1 = 1, Counter2 = 2;

    /// <summary>Offset 3 (port 0x43): the control word register (write only).</summary>
    public const int ControlWord = 3;

    // Control word: SC1–SC0 (D7–D6), RW1–RW0 (D5–D4), M2–M0 (D3–D1), BCD (D0).
    public const int SelectShift = 6;
    public const byte SelectReadBack = 0b11;
    public const int AccessShift = 4;
    public const int ModeShift = 1;
    public const byte Bcd = 0x01;

    // Read-back command (SC = 11): D5 = COUNT (active low), D4 = STATUS (active low), D3–D1 = CNT2–CNT0.
    public const byte ReadBackNoCount = 0x20;
    public const byte ReadBackNoStatus = 0x10;

    // Status byte.
    public const byte StatusOutput = 0x80;
    public const byte StatusNullCount = 0x40;
}

/// <summary>RW1–RW0 of a control word: how the count is read and written.</summary>
public enum PitAccess : byte
{
    /// <summary>00: counter latch command, not an access mode.</summary>
    Latch = 0,
    LowByteOnly = 1,
    HighByteOnly = 2,
    LowThenHighByte = 3,
}

/// <summary>
/// The Intel 8254 PIT at ports 0x40–0x43: three 16-bit down counters clocked at 1.193182 MHz. Counter 0's OUT is
/// IRQ 0; counter 2's GATE and OUT are reached through port 0x61 (<see cref="SystemControlPortB"/>).
/// </summary>
/// <remarks>
/// <para>Counters are evaluated lazily from virtual time: the count and OUT at any instant follow from the tick at
/// which the count was loaded, so reading the timer costs nothing and periods are exact (tick <c>k</c> of the
/// 1.193182 MHz clock happens at the first nanosecond at or after k / 1193182 s). Counter 0's OUT edges are
/// scheduled on the event queue and drive the IRQ 0 line level.</para>
/// <para>Modes 0–5 are modelled, binary and BCD. GATE of counters 0 and 1 is tied high, as on the PC board.
/// A new count written while a mode 2 or 3 counter runs takes effect at the end of the current period (the
/// datasheet loads a mode 3 count at the end of the current half-cycle). Power-on state is undefined in the
/// datasheet; here every counter starts in mode 3 with no count written, OUT high and not counting, until the guest
/// programs it (no firmware has set counter 0 to 18.2 Hz), so programming a periodic mode raises no stray IRQ 0.</para>
/// </remarks>
public sealed partial class Pit8254 : IByteRegisterDevice
{
    public const long InputClockHz = 1_193_182;
    public const ushort BasePort = 0x40;

    private static readonly ClockDomain s_clockDomain = new(InputClockHz);

    private readonly VirtualClock _clock;
    private readonly MachineLog _log;
    private readonly Counter[] _counters;
    private readonly TimerEvent _out0Event;

    public Pit8254(VirtualClock clock, MachineLog? log = null)
    {
        _clock = clock;
        _log = log ?? MachineLog.Discard();
        Irq0 = new IrqLine("PIT OUT0");
        _counters = [new Counter(this, 0), new Counter(this, 1), new Counter(this, 2)];
        _out0Event = new TimerEvent("PIT OUT0 edge", OnOut0Edge);
        Reset();
    }

    /// <summary>Counter 0's OUT, wired to ISA IRQ 0.</summary>
    public IrqLine Irq0 { get; }

    /// <summary>The input clock as a tick domain (ticks ↔ virtual nanoseconds).</summary>
    public static ClockDomain Clock => s_clockDomain;

    private long CurrentTick => s_clockDomain.TicksAt(_clock.Now);

    public void AttachTo(IoPortBus ports) => ports.Register(BasePort, this, 4, "PIT");

    public void Reset()
    {
        foreach (var c in _counters)
            c.Reset();
        UpdateOut0();
    }

    /// <summary>OUT of counter <paramref name="counter"/> now.</summary>
    public bool GetOutput(int counter) => _counters[counter].Output(CurrentTick);

    /// <summary>The current count of <paramref name="counter"/> (the counting element), as the counter would latch it.</summary>
    public int GetCount(int counter) => _counters[counter].CountingElement(CurrentTick);

    public bool GetGate(int counter) => _counters[counter].Gate;

    /// <summary>Drives GATE of <paramref name="counter"/> (only counter 2's is not tied high on a PC).</summary>
    public void SetGate(int counter, bool level)
    {
        _counters[counter].SetGate(level, CurrentTick);
        if (counter == 0)
            UpdateOut0();
    }

    // ---- register dispatch ------------------------------------------------------------------------------------

    public byte ReadRegister(int offset)
    {
        if (offset == Pit8254Registers.ControlWord)
        {
            _log.Warn("PIT", "read of the write-only control word register");
            return 0xFF;
        }
        return _counters[offset].Read(CurrentTick);
    }

    public void WriteRegister(int offset, byte value)
    {
        long tick = CurrentTick;
        if (offset != Pit8254Registers.ControlWord)
            _counters[offset].WriteCount(value, tick);
        else
        {
            int select = value >> Pit8254Registers.SelectShift;
            if (select == Pit8254Registers.SelectReadBack)
                ReadBack(value, tick);
            else if ((PitAccess)((value >> Pit8254Registers.AccessShift) & 3) == PitAccess.Latch)
                _counters[select].LatchCount(tick);
            else
                _counters[select].WriteControlWord(value, tick);
        }
        UpdateOut0();
    }

    /// <summary>The read-back command: latches count and/or status of each selected counter.</summary>
    private void ReadBack(byte command, long tick)
    {
        for (int i = 0; i < 3; i++)
        {
            if ((command & (2 << i)) == 0)
                continue;
            if ((command & Pit8254Registers.ReadBackNoStatus) == 0)
                _counters[i].LatchStatus(tick);
            if ((command & Pit8254Registers.ReadBackNoCount) == 0)
                _counters[i].LatchCount(tick);
        }
    }

    // ---- counter 0's OUT as IRQ 0 -----------------------------------------------------------------------------

    /// <summary>Sets IRQ 0 to OUT0 now and schedules the next OUT0 edge.</summary>
    private void UpdateOut0()
    {
        long tick = CurrentTick;
        var counter = _counters[0];
        Irq0.Set(counter.Output(tick));
        long next = counter.NextOutputChange(tick);
        if (next == long.MaxValue)
            _clock.Cancel(_out0Event);
        else
            _clock.Schedule(_out0Event, s_clockDomain.TimeOfTick(next));
    }

    private void OnOut0Edge() => UpdateOut0();
}
