using Nt2cs.Machine;
using Nt2cs.Machine.Devices;
using Xunit;
using R = Nt2cs.Machine.Devices.Mc146818Registers;

namespace Nt2cs.Tests.Machine;

/// <summary>The MC146818 RTC and CMOS RAM through ports 0x70/0x71, in virtual time.</summary>
public sealed class Mc146818RtcTests
{
    private const long Second = 1_000_000_000;

    private readonly VirtualClock _clock = new();
    private readonly IoPortBus _ports = new();
    private readonly Mc146818Rtc _rtc;
    private readonly CmosPorts _cmos;

    public Mc146818RtcTests() : this(null)
    {
    }

    private Mc146818RtcTests(DateTime? start)
    {
        _rtc = new Mc146818Rtc(_clock, start);
        _cmos = new CmosPorts(_rtc);
        _cmos.AttachTo(_ports);
    }

    private static Mc146818RtcTests StartingAt(DateTime start) => new(start);

    private int Read(int index)
    {
        _ports.WriteByte(0x70, (byte)index);
        return _ports.ReadByte(0x71);
    }

    private void Write(int index, int value)
    {
        _ports.WriteByte(0x70, (byte)index);
        _ports.WriteByte(0x71, (byte)value);
    }

    private (int Hour, int Minute, int Second) Time() => (Read(R.Hours), Read(R.Minutes), Read(R.Seconds));

    [Fact]
    public void PowersOnAtTheConfiguredDateInBcd24HourMode()
    {
        Assert.Equal((0x00, 0x00, 0x00), Time());
        Assert.Equal(0x07, Read(R.DayOfWeek)); // 2000-01-01 was a Saturday
        Assert.Equal(0x01, Read(R.DayOfMonth));
        Assert.Equal(0x01, Read(R.Month));
        Assert.Equal(0x00, Read(R.Year));
        Assert.Equal(0x20, Read(R.Century));
        Assert.Equal(R.Divider32768Hz | 0x06, Read(R.RegisterA));
        Assert.Equal(R.Hours24, Read(R.RegisterB));
        Assert.Equal(R.ValidRamAndTime, Read(R.RegisterD));
    }

    [Fact]
    public void TimeAdvancesWithVirtualTimeOnly()
    {
        _clock.AdvanceTo(3725 * Second + Second / 2);
        Assert.Equal((0x01, 0x02, 0x05), Time());
    }

    [Fact]
    public void CalendarRollsOverMonthsYearsAndLeapDays()
    {
        var t = StartingAt(new DateTime(1999, 12, 31, 23, 59, 59));
        t._clock.AdvanceTo(Second);
        Assert.Equal((0x00, 0x00, 0x00), t.Time());
        Assert.Equal((0x01, 0x01, 0x00), (t.Read(R.DayOfMonth), t.Read(R.Month), t.Read(R.Year)));
        Assert.Equal(0x07, t.Read(R.DayOfWeek)); // Friday → Saturday

        var leap = StartingAt(new DateTime(2004, 2, 28, 23, 59, 59));
        leap._clock.AdvanceTo(Second);
        Assert.Equal((0x29, 0x02), (leap.Read(R.DayOfMonth), leap.Read(R.Month)));
    }

    [Fact]
    public void BinaryAndTwelveHourModes()
    {
        var t = StartingAt(new DateTime(2000, 1, 1, 13, 45, 59));
        Assert.Equal((0x13, 0x45, 0x59), t.Time());
        t.Write(R.RegisterB, R.Hours24 | R.DataModeBinary);
        Assert.Equal((13, 45, 59), t.Time());
        t.Write(R.RegisterB, R.DataModeBinary);
        Assert.Equal(R.HourPm | 1, t.Read(R.Hours));
        t.Write(R.RegisterB, 0);
        Assert.Equal(R.HourPm | 0x01, t.Read(R.Hours));
        t.Write(R.Hours, 0x12); // 12 AM is midnight
        t.Write(R.RegisterB, R.Hours24);
        Assert.Equal(0x00, t.Read(R.Hours));
    }

    [Fact]
    public void UipRisesTheSetupTimeBeforeEachUpdate()
    {
        _clock.AdvanceTo(Second - Mc146818Rtc.UpdateSetupNs - 1);
        Assert.Equal(0, Read(R.RegisterA) & R.UpdateInProgress);
        _clock.AdvanceTo(Second - Mc146818Rtc.UpdateSetupNs);
        Assert.Equal(R.UpdateInProgress, Read(R.RegisterA) & R.UpdateInProgress);
        Assert.Equal(0x00, Read(R.Seconds));
        _clock.AdvanceTo(Second);
        Assert.Equal(0, Read(R.RegisterA) & R.UpdateInProgress);
        Assert.Equal(0x01, Read(R.Seconds));
    }

    [Fact]
    public void SetBitHoldsTheTimeWhileSoftwareWritesIt()
    {
        Write(R.RegisterB, R.Set | R.Hours24);
        Write(R.Hours, 0x23);
        Write(R.Minutes, 0x59);
        Write(R.Seconds, 0x58);
        _clock.AdvanceTo(5 * Second);
        Assert.Equal((0x23, 0x59, 0x58), Time());
        Assert.Equal(0, Read(R.RegisterA) & R.UpdateInProgress);
        Write(R.RegisterB, R.Hours24);
        _clock.AdvanceTo(7 * Second);
        Assert.Equal((0x00, 0x00, 0x00), Time());
        Assert.Equal(0x02, Read(R.DayOfMonth));
    }

    [Fact]
    public void DividerInResetStopsTheClockAndRestartsHalfASecondLater()
    {
        Write(R.RegisterA, R.DividerReset | 0x06);
        _clock.AdvanceTo(3 * Second);
        Assert.Equal(0x00, Read(R.Seconds));
        Write(R.RegisterA, R.Divider32768Hz | 0x06);
        _clock.AdvanceTo(3 * Second + Second / 2 - 1);
        Assert.Equal(0x00, Read(R.Seconds));
        _clock.AdvanceTo(3 * Second + Second / 2);
        Assert.Equal(0x01, Read(R.Seconds));
    }

    [Fact]
    public void UpdateEndedInterruptHoldsIrqUntilRegisterCIsRead()
    {
        Write(R.RegisterA, R.Divider32768Hz); // RS = 0: no periodic flag in register C
        Write(R.RegisterB, R.Hours24 | R.UpdateEndedInterruptEnable);
        _clock.AdvanceTo(Second - 1);
        Assert.False(_rtc.Irq.Level);
        _clock.AdvanceTo(Second);
        Assert.True(_rtc.Irq.Level);
        Assert.Equal(R.InterruptRequestFlag | R.UpdateEndedFlag, Read(R.RegisterC));
        Assert.False(_rtc.Irq.Level);
        Assert.Equal(0, Read(R.RegisterC));
    }

    [Fact]
    public void PeriodicInterruptAt1024Hz()
    {
        Write(R.RegisterB, R.Hours24 | R.PeriodicInterruptEnable);
        // RS = 6: 2^5 cycles of 32.768 kHz = 976.5625 µs, so the first boundary is at the 977000th-ish nanosecond.
        _clock.AdvanceTo(976_562);
        Assert.False(_rtc.Irq.Level);
        _clock.AdvanceTo(976_563);
        Assert.True(_rtc.Irq.Level);
        Assert.Equal(R.InterruptRequestFlag | R.PeriodicInterruptFlag, Read(R.RegisterC));
        _clock.AdvanceTo(2 * 976_563);
        Assert.True(_rtc.Irq.Level);
    }

    [Fact]
    public void PeriodicFlagIsSetEvenWithTheInterruptDisabled()
    {
        _clock.AdvanceTo(2_000_000);
        Assert.False(_rtc.Irq.Level);
        Assert.Equal(R.PeriodicInterruptFlag, Read(R.RegisterC));
        Assert.Equal(0, Read(R.RegisterC));
    }

    [Fact]
    public void AlarmMatchesWithDontCareBytes()
    {
        Write(R.RegisterA, R.Divider32768Hz); // RS = 0: no periodic flag in register C
        Write(R.SecondsAlarm, 0x05);
        Write(R.MinutesAlarm, R.AlarmDontCare);
        Write(R.HoursAlarm, R.AlarmDontCare);
        Write(R.RegisterB, R.Hours24 | R.AlarmInterruptEnable);
        _clock.AdvanceTo(4 * Second);
        Read(R.RegisterC);
        Assert.False(_rtc.Irq.Level);
        _clock.AdvanceTo(5 * Second);
        Assert.True(_rtc.Irq.Level);
        Assert.Equal(R.InterruptRequestFlag | R.AlarmFlag | R.UpdateEndedFlag, Read(R.RegisterC));
    }

    [Fact]
    public void IndexPortCarriesTheNmiMaskAndCmosRamKeepsBytes()
    {
        _ports.WriteByte(0x70, CmosPorts.NmiDisable | 0x40);
        Assert.True(_cmos.NmiMasked);
        Assert.Equal(0x40, _cmos.SelectedRegister);
        _ports.WriteByte(0x71, 0xA5);
        Assert.Equal(0xA5, _ports.ReadByte(0x71));
        _ports.WriteByte(0x70, 0x40);
        Assert.False(_cmos.NmiMasked);
        Assert.Equal(0xA5, _ports.ReadByte(0x71));
    }

    [Fact]
    public void RegistersCAndDAreReadOnly()
    {
        Write(R.RegisterD, 0);
        Assert.Equal(R.ValidRamAndTime, Read(R.RegisterD));
        Write(R.RegisterC, 0xF0);
        Assert.Equal(0, Read(R.RegisterC));
    }

    [Theory]
    [InlineData(128u, 0xFFFFu, 1792u)]
    [InlineData(32u, 31u * 1024, 256u)]
    [InlineData(8u, 7u * 1024, 0u)]
    public void PcConfigurationBytesDescribeTheRam(uint mib, uint extendedKib, uint above16MiB64K)
    {
        _rtc.SetPcConfiguration(mib << 20);
        int Word(int low) => Read(low) | Read(low + 1) << 8;
        Assert.Equal(640, Word(R.BaseMemoryLow));
        Assert.Equal((int)extendedKib, Word(R.ExtendedMemoryLow));
        Assert.Equal((int)extendedKib, Word(R.ActualExtendedMemoryLow));
        Assert.Equal((int)above16MiB64K, Word(R.MemoryAbove16MiBLow));
        int sum = Enumerable.Range(0x10, 0x2E - 0x10).Sum(i => Read(i));
        Assert.Equal(sum, Read(R.ChecksumHigh) << 8 | Read(R.ChecksumLow));
    }
}
