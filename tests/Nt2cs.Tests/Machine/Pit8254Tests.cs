using System.Numerics;
using Nt2cs.Machine;
using Nt2cs.Machine.Devices;
using Xunit;
using R = Nt2cs.Machine.Devices.Pit8254Registers;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The 8254 as the guest programs it through ports 0x40–0x43 (and 0x61 for counter 2), with OUT0 observed as the
/// IRQ 0 line in virtual time. The input clock is 1.193182 MHz; a count written between ticks is loaded on the
/// next tick, so with the count written at time 0, tick k of the count is CLK pulse k + 1.
/// </summary>
public sealed class Pit8254Tests
{
    private const byte Counter0 = 0 << R.SelectShift, Counter2 = 2 << R.SelectShift;
    private const byte LowThenHigh = (byte)PitAccess.LowThenHighByte << R.AccessShift;
    private const byte LowOnly = (byte)PitAccess.LowByteOnly << R.AccessShift;

    private readonly VirtualClock _clock = new();
    private readonly IoPortBus _ports = new();
    private readonly Pit8254 _pit;
    private readonly List<(long Time, bool Level)> _irq0 = [];

    public Pit8254Tests()
    {
        _pit = new Pit8254(_clock);
        _pit.AttachTo(_ports);
        new SystemControlPortB(_pit, _clock).AttachTo(_ports);
        _pit.Irq0.Connect(new Recorder(this), 0);
        Assert.Equal([(0L, true)], _irq0); // power-on: OUT high, no count
        _irq0.Clear();
    }

    /// <summary>When CLK pulse <paramref name="tick"/> happens: the first nanosecond at or after tick / 1193182 s.</summary>
    private static long TimeOfTick(long tick)
    {
        var scaled = new BigInteger(tick) * 1_000_000_000;
        var (q, r) = BigInteger.DivRem(scaled, Pit8254.InputClockHz);
        return (long)(r.IsZero ? q : q + 1);
    }

    private void Program(byte counterSelect, int mode, ushort count, bool bcd = false)
    {
        _ports.WriteByte(0x43, (byte)(counterSelect | LowThenHigh | mode << R.ModeShift | (bcd ? R.Bcd : 0)));
        ushort port = (ushort)(0x40 + (counterSelect >> R.SelectShift));
        _ports.WriteByte(port, (byte)count);
        _ports.WriteByte(port, (byte)(count >> 8));
    }

    private int ReadCount0()
    {
        _ports.WriteByte(0x43, Counter0); // counter latch command
        int low = _ports.ReadByte(0x40);
        return low | _ports.ReadByte(0x40) << 8;
    }

    private void AdvanceTo(long time) => _clock.AdvanceTo(time);

    [Fact]
    public void Mode0RaisesOutAfterNPlusOneClocks()
    {
        _ports.WriteByte(0x43, Counter0 | LowThenHigh | 0 << R.ModeShift);
        Assert.Equal([(0L, false)], _irq0); // OUT goes low on the control word
        _irq0.Clear();
        _ports.WriteByte(0x40, 1000 & 0xFF);
        _ports.WriteByte(0x40, 1000 >> 8);

        AdvanceTo(TimeOfTick(1 + 300));
        Assert.Equal(700, ReadCount0());
        AdvanceTo(TimeOfTick(1001) - 1);
        Assert.Empty(_irq0);
        AdvanceTo(TimeOfTick(1001) + 50_000_000);
        Assert.Equal([(TimeOfTick(1001), true)], _irq0); // and it stays high: one interrupt
    }

    [Fact]
    public void Mode2PulsesLowForOneClockEveryNClocks()
    {
        Program(Counter0, 2, 100);
        Assert.True(_pit.Irq0.Level);
        _irq0.Clear(); // only the edges of the running count matter
        AdvanceTo(TimeOfTick(1 + 37));
        Assert.Equal(63, ReadCount0());

        AdvanceTo(TimeOfTick(1 + 300));
        Assert.Equal([
            (TimeOfTick(100), false), (TimeOfTick(101), true),
            (TimeOfTick(200), false), (TimeOfTick(201), true),
            (TimeOfTick(300), false), (TimeOfTick(301), true)], _irq0);
    }

    [Fact]
    public void Mode2At100HzKeepsExactTimeOverMinutes()
    {
        const int n = 11932;
        Program(Counter0, 2, n);
        _irq0.Clear(); // only the edges of the running count matter
        AdvanceTo(120 * 1_000_000_000L);
        var rises = _irq0.Where(c => c.Level).Select(c => c.Time).ToList();
        long expected = (Pit8254.InputClockHz * 120 - 1) / n;
        Assert.Equal(expected, rises.Count);
        Assert.Equal(TimeOfTick(1 + (long)n * rises.Count), rises[^1]);
        Assert.Equal(TimeOfTick(1 + n), rises[0]);
    }

    [Fact]
    public void Mode3EvenCountIsASquareWaveCountingDownByTwo()
    {
        Program(Counter0, 3, 100);
        _irq0.Clear(); // only the edges of the running count matter
        AdvanceTo(TimeOfTick(1 + 10));
        Assert.Equal(80, ReadCount0());
        AdvanceTo(TimeOfTick(1 + 60));
        Assert.Equal(80, ReadCount0()); // second half: reloaded at 50, ten ticks in
        AdvanceTo(TimeOfTick(1 + 200));
        Assert.Equal([
            (TimeOfTick(51), false), (TimeOfTick(101), true),
            (TimeOfTick(151), false), (TimeOfTick(201), true)], _irq0);
    }

    [Fact]
    public void Mode3OddCountIsHighOneClockLonger()
    {
        Program(Counter0, 3, 5);
        _irq0.Clear(); // only the edges of the running count matter
        AdvanceTo(TimeOfTick(1 + 10));
        Assert.Equal([
            (TimeOfTick(1 + 3), false), (TimeOfTick(1 + 5), true),
            (TimeOfTick(1 + 8), false), (TimeOfTick(1 + 10), true)], _irq0);
    }

    [Fact]
    public void LatchedCountIsHeldUntilRead()
    {
        Program(Counter0, 2, 1000);
        AdvanceTo(TimeOfTick(1 + 100));
        _ports.WriteByte(0x43, Counter0);
        AdvanceTo(TimeOfTick(1 + 400));
        _ports.WriteByte(0x43, Counter0); // a second latch before the read is ignored
        int low = _ports.ReadByte(0x40);
        Assert.Equal(900, low | _ports.ReadByte(0x40) << 8);
        Assert.Equal(600, ReadCount0()); // the latch was released by the two reads
    }

    [Fact]
    public void ReadBackStatusShowsNullCountUntilTheLoad()
    {
        _ports.WriteByte(0x43, Counter0 | LowThenHigh | 2 << R.ModeShift);
        _ports.WriteByte(0x40, 0x10);
        _ports.WriteByte(0x40, 0x00);
        const byte readBackStatusOfCounter0 = R.SelectReadBack << R.SelectShift | R.ReadBackNoCount | 1 << 1;
        _ports.WriteByte(0x43, readBackStatusOfCounter0);
        Assert.Equal(R.StatusOutput | R.StatusNullCount | LowThenHigh | 2 << R.ModeShift, _ports.ReadByte(0x40));
        AdvanceTo(TimeOfTick(1));
        _ports.WriteByte(0x43, readBackStatusOfCounter0);
        Assert.Equal(R.StatusOutput | LowThenHigh | 2 << R.ModeShift, _ports.ReadByte(0x40));
    }

    [Fact]
    public void LowByteOnlyAccessAndBcdCounting()
    {
        _ports.WriteByte(0x43, Counter0 | LowOnly | 0 << R.ModeShift | R.Bcd);
        _ports.WriteByte(0x40, 0x50); // BCD 50
        AdvanceTo(TimeOfTick(1 + 1));
        Assert.Equal(0x49, _ports.ReadByte(0x40));
        AdvanceTo(TimeOfTick(1 + 51));
        Assert.Equal(0x99, _ports.ReadByte(0x40)); // wrapped from 0000 to 9999
    }

    [Fact]
    public void Counter2IsGatedAndReadThroughPort61()
    {
        Program(Counter2, 0, 50);
        Assert.Equal(0, _ports.ReadByte(0x61) & SystemControlPortB.Timer2Gate);
        AdvanceTo(TimeOfTick(500));
        Assert.Equal(0, _ports.ReadByte(0x61) & SystemControlPortB.Timer2Output); // gate low: not counting

        long start = _clock.Now;
        _ports.WriteByte(0x61, SystemControlPortB.Timer2Gate);
        long startTick = Pit8254.Clock.TicksAt(start);
        AdvanceTo(TimeOfTick(startTick + 49));
        Assert.Equal(0, _ports.ReadByte(0x61) & SystemControlPortB.Timer2Output);
        AdvanceTo(TimeOfTick(startTick + 50));
        Assert.Equal(SystemControlPortB.Timer2Output, _ports.ReadByte(0x61) & SystemControlPortB.Timer2Output);
    }

    [Fact]
    public void RefreshToggleFollowsVirtualTime()
    {
        byte first = (byte)(_ports.ReadByte(0x61) & SystemControlPortB.RefreshToggle);
        AdvanceTo(SystemControlPortB.RefreshPeriodNs);
        Assert.NotEqual(first, _ports.ReadByte(0x61) & SystemControlPortB.RefreshToggle);
    }

    [Fact]
    public void NewMode2CountTakesEffectAtTheEndOfThePeriod()
    {
        Program(Counter0, 2, 100);
        _irq0.Clear();
        AdvanceTo(TimeOfTick(1 + 50));
        _ports.WriteByte(0x40, 200 & 0xFF);
        _ports.WriteByte(0x40, 0);
        AdvanceTo(TimeOfTick(1 + 100 + 200 + 1));
        var rises = _irq0.Where(c => c.Level).Select(c => c.Time).ToList();
        Assert.Equal([TimeOfTick(1 + 100), TimeOfTick(1 + 300)], rises);
    }

    private sealed class Recorder(Pit8254Tests test) : IInterruptSink
    {
        public void SetInputLevel(int input, bool level) => test._irq0.Add((test._clock.Now, level));
    }
}
