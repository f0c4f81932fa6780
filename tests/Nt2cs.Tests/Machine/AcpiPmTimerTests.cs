using System.Numerics;
using Nt2cs.Machine;
using Nt2cs.Machine.Devices;
using Nt2cs.Machine.Pc;
using Xunit;
using R = Nt2cs.Machine.Devices.AcpiPmRegisters;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The ACPI PM timer at 0x608 and TMR_STS in PM1_STS at 0x600 as a guest reads them, on virtual time. ACPI 6.5
/// §4.8.3.3: 3.579545 MHz, 24 bits or 32 with TMR_VAL_EXT; TMR_STS is set when the counter's top bit changes.
/// </summary>
public sealed class AcpiPmTimerTests
{
    private readonly VirtualClock _clock = new();
    private readonly IoPortBus _ports = new();

    private AcpiPmTimer Attach(bool extended)
    {
        var timer = new AcpiPmTimer(_clock, extended);
        timer.AttachTo(_ports);
        new AcpiPmEvent(timer).AttachTo(_ports);
        return timer;
    }

    /// <summary>The first nanosecond at or after tick / 3579545 s.</summary>
    private static long TimeOfTick(long tick)
    {
        var (q, r) = BigInteger.DivRem(new BigInteger(tick) * 1_000_000_000, 3_579_545);
        return (long)(r.IsZero ? q : q + 1);
    }

    private void AdvanceTo(long ns) => _clock.Advance(ns - _clock.Now);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CountsTheClockFromPowerOnAndChangesExactlyAtEachTick(bool extended)
    {
        Attach(extended);
        Assert.Equal(0u, _ports.ReadDword(R.PmTimer));
        foreach (long tick in new long[] { 1, 2, 3_579_545, 10_000_019 })
        {
            AdvanceTo(TimeOfTick(tick) - 1);
            Assert.Equal((uint)(tick - 1) & (extended ? uint.MaxValue : 0xFF_FFFFu), _ports.ReadDword(R.PmTimer));
            AdvanceTo(TimeOfTick(tick));
            Assert.Equal((uint)tick & (extended ? uint.MaxValue : 0xFF_FFFFu), _ports.ReadDword(R.PmTimer));
        }
    }

    [Fact]
    public void OneSecondIs3579545TicksHoweverLongTheRun()
    {
        Attach(extended: true);
        AdvanceTo(1_000_000_000);
        Assert.Equal(3_579_545u, _ports.ReadDword(R.PmTimer));
        AdvanceTo(1000L * 1_000_000_000);   // no drift: exactly a thousand times the rate, modulo 2^32
        Assert.Equal((uint)(3_579_545L * 1000), _ports.ReadDword(R.PmTimer));
    }

    [Fact]
    public void TwentyFourBitCounterWrapsAndReadsZeroInTheTopByte()
    {
        Attach(extended: false);
        AdvanceTo(TimeOfTick(0xFF_FFFF));
        Assert.Equal(0xFF_FFFFu, _ports.ReadDword(R.PmTimer));
        Assert.Equal(0u, _ports.ReadByte(R.PmTimer + 3));
        AdvanceTo(TimeOfTick(0x100_0000));
        Assert.Equal(0u, _ports.ReadDword(R.PmTimer));
    }

    [Fact]
    public void NarrowReadsReturnTheCountersBytesAndWritesAreIgnored()
    {
        Attach(extended: true);
        AdvanceTo(TimeOfTick(0x0123_4567));
        Assert.Equal(0x67u, _ports.ReadByte(R.PmTimer));
        Assert.Equal(0x45u, _ports.ReadByte(R.PmTimer + 1));
        Assert.Equal(0x4567u, _ports.ReadWord(R.PmTimer));
        Assert.Equal(0x0123u, _ports.ReadWord(R.PmTimer + 2));
        _ports.WriteDword(R.PmTimer, 0);
        Assert.Equal(0x0123_4567u, _ports.ReadDword(R.PmTimer));
    }

    [Theory]
    [InlineData(false, 1L << 23)]
    [InlineData(true, 1L << 31)]
    public void TimerStatusSetsWhenTheTopBitChangesAndClearsOnWritingOne(bool extended, long period)
    {
        Attach(extended);
        AdvanceTo(TimeOfTick(period) - 1);
        Assert.Equal(0, _ports.ReadWord(R.Pm1aEvent) & R.TmrSts);
        AdvanceTo(TimeOfTick(period));
        Assert.Equal((uint)R.TmrSts, _ports.ReadWord(R.Pm1aEvent));
        _ports.WriteWord(R.Pm1aEvent, 0);   // writing 0 leaves it
        Assert.Equal((uint)R.TmrSts, _ports.ReadWord(R.Pm1aEvent));
        _ports.WriteWord(R.Pm1aEvent, R.TmrSts);
        Assert.Equal(0u, _ports.ReadWord(R.Pm1aEvent));
        AdvanceTo(TimeOfTick(2 * period));   // the top bit falls back: set again
        Assert.Equal((uint)R.TmrSts, _ports.ReadWord(R.Pm1aEvent));
    }

    [Fact]
    public void EnableRegisterKeepsItsDefinedBits()
    {
        Attach(extended: true);
        _ports.WriteWord(R.Pm1aEvent + 2, 0xFFFF);
        Assert.Equal((uint)(R.TmrEn | R.GblEn | R.PwrBtnEn | R.SlpBtnEn | R.RtcEn | R.PciExpWakeDis), _ports.ReadWord(R.Pm1aEvent + 2));
    }

    [Fact]
    public void ThePcHasTheTimerAt608OnVirtualTime()
    {
        using var machine = PcMachine.Create();
        machine.Clock.Advance(1_000_000_000);
        Assert.Equal(3_579_545u, machine.Ports.ReadDword(0x608));
        Assert.Equal(32, machine.PmTimer.Bits);
    }
}
