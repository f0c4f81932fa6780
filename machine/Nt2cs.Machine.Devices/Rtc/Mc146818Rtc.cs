namespace Nt2cs.Machine.Devices;

/// <summary>
/// The address map of the Motorola MC146818 real-time clock (datasheet "Address Map", Figure 3; registers A–D
/// in "Register A" … "Register D"), and the bytes of its RAM that the IBM PC/AT BIOS defines.
/// </summary>
public static class Mc146818Registers
{
    public const int Seconds = 0x00;
    public const int SecondsAlarm = 0x01;
    public const int Minutes = 0x02;
    public const int MinutesAlarm = 0x03;
    public const int Hours = 0x04;
    public const int HoursAlarm = 0x05;
    public const int DayOfWeek = 0x06;
    public const int DayOfMonth = 0x07;
    public const int Month = 0x08;
    public const int Year = 0x09;
    public const int RegisterA = 0x0A;
    public const int RegisterB = 0x0B;
    public const int RegisterC = 0x0C;
    public const int RegisterD = 0x0D;

    /// <summary>Bytes addressed through the PC's index port (the chip's 64 plus the chipset's extension to 128).</summary>
    public const int Size = 128;

    // Register A
    /// <summary>UIP: an update cycle is in progress or will begin within 244 µs.</summary>
    public const byte UpdateInProgress = 0x80;
    /// <summary>DV2–DV0: time base divider; 010 is the 32.768 kHz time base, 11x holds the divider in reset.</summary>
    public const byte DividerMask = 0x70;
    public const byte Divider32768Hz = 0x20;
    public const byte DividerReset = 0x60;
    /// <summary>RS3–RS0: periodic interrupt rate.</summary>
    public const byte RateMask = 0x0F;

    // Register B
    /// <summary>SET: updates inhibited while software sets the time.</summary>
    public const byte Set = 0x80;
    /// <summary>PIE: periodic interrupt enable.</summary>
    public const byte PeriodicInterruptEnable = 0x40;
    /// <summary>AIE: alarm interrupt enable.</summary>
    public const byte AlarmInterruptEnable = 0x20;
    /// <summary>UIE: update-ended interrupt enable.</summary>
    public const byte UpdateEndedInterruptEnable = 0x10;
    /// <summary>SQWE: square-wave enable (no SQW pin is modelled).</summary>
    public const byte SquareWaveEnable = 0x08;
    /// <summary>DM: 1 = binary, 0 = BCD time and calendar.</summary>
    public const byte DataModeBinary = 0x04;
    /// <summary>24/12: 1 = 24-hour mode.</summary>
    public const byte Hours24 = 0x02;
    /// <summary>DSE: daylight savings enable (not modelled).</summary>
    public const byte DaylightSavingsEnable = 0x01;

    // Register C (read-only, cleared by reading)
    public const byte InterruptRequestFlag = 0x80;
    public const byte PeriodicInterruptFlag = 0x40;
    public const byte AlarmFlag = 0x20;
    public const byte UpdateEndedFlag = 0x10;

    // Register D
    /// <summary>VRT: RAM and time are valid (the battery is good).</summary>
    public const byte ValidRamAndTime = 0x80;

    /// <summary>Hours register bit 7 in 12-hour mode: PM.</summary>
    public const byte HourPm = 0x80;

    /// <summary>An alarm byte of 11xxxxxx matches every value ("don't care").</summary>
    public const byte AlarmDontCare = 0xC0;

    // The IBM PC/AT CMOS layout (bytes the BIOS keeps in the clock's RAM).
    public const int DiagnosticStatus = 0x0E;
    public const int ShutdownStatus = 0x0F;
    public const int Equipment = 0x14;
    /// <summary>Base memory in KiB (640), low/high byte.</summary>
    public const int BaseMemoryLow = 0x15, BaseMemoryHigh = 0x16;
    /// <summary>Memory above 1 MiB in KiB (at most 65535), low/high byte.</summary>
    public const int ExtendedMemoryLow = 0x17, ExtendedMemoryHigh = 0x18;
    /// <summary>Checksum of bytes 0x10–0x2D, high/low byte.</summary>
    public const int ChecksumHigh = 0x2E, ChecksumLow = 0x2F;
    /// <summary>A copy of the extended memory size as the BIOS found it, low/high byte.</summary>
    public const int ActualExtendedMemoryLow = 0x30, ActualExtendedMemoryHigh = 0x31;
    /// <summary>The century, in BCD.</summary>
    public const int Century = 0x32;
    /// <summary>Memory above 16 MiB in 64 KiB units (the convention of QEMU's and Bochs' BIOSes), low/high byte.</summary>
    public const int MemoryAbove16MiBLow = 0x34, MemoryAbove16MiBHigh = 0x35;
}

/// <summary>
/// The MC146818 real-time clock and its CMOS RAM: time and calendar in BCD or binary, 12- or 24-hour mode, the
/// update cycle with UIP, periodic, alarm and update-ended interrupts on IRQ 8.
/// </summary>
/// <remarks>
/// <para>Time is deterministic: the clock starts at a configured date (default 2000-01-01 00:00:00, a Saturday)
/// and advances with virtual time only. With the divider running (DV = 010), an update cycle happens at every
/// whole virtual second after power-on (500 ms after the divider leaves reset); UIP reads 1 during the 244 µs
/// before each update. The update itself is instantaneous: the new time is visible when UIP falls.</para>
/// <para>The time is kept as values, not as register bytes: registers are encoded on every read in the current
/// DM and 24/12 modes and decoded on every write, so changing DM or 24/12 converts the stored time (the chip
/// would reinterpret the bytes). The day of week is stored as written and advanced at midnight; the year wraps
/// 99 → 00 and the century byte (0x32) is plain RAM; leap years are every fourth year, as in the chip. DSE and the
/// square-wave output are not modelled.</para>
/// </remarks>
public sealed class Mc146818Rtc : IByteRegisterDevice
{
    public const long UpdateSetupNs = 244_000;       // tBUC: UIP rises this long before the update
    public const long DividerStartDelayNs = 500_000_000; // the first update after the divider leaves reset
    public const long TimeBaseHz = 32_768;

    private static readonly DateTime s_defaultStart = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly ClockDomain s_timeBase = new(TimeBaseHz);

    private readonly VirtualClock _clock;
    private readonly MachineLog _log;
    private readonly DateTime _start;
    private readonly byte[] _ram = new byte[Mc146818Registers.Size];
    private readonly TimerEvent _updateEvent;
    private readonly TimerEvent _periodicEvent;

    // The time and calendar, as values.
    private int _second, _minute, _hour, _dayOfWeek, _day, _month, _year;
    private int _secondAlarm, _minuteAlarm, _hourAlarm; // as register bytes (don't-care needs the raw byte)

    private byte _registerA, _registerB, _registerC;
    private long _periodicFlagCheckedTick; // PF covers boundaries after this 32.768 kHz tick

    public Mc146818Rtc(VirtualClock clock, DateTime? start = null, MachineLog? log = null)
    {
        _clock = clock;
        _log = log ?? MachineLog.Discard();
        _start = start ?? s_defaultStart;
        Irq = new IrqLine("RTC IRQF");
        _updateEvent = new TimerEvent("RTC update cycle", OnUpdateCycle);
        _periodicEvent = new TimerEvent("RTC periodic interrupt", OnPeriodicInterrupt);
        Reset();
    }

    /// <summary>The IRQ output (IRQF), wired to ISA IRQ 8. Asserted until register C is read.</summary>
    public IrqLine Irq { get; }

    /// <summary>The start time this clock was configured with.</summary>
    public DateTime StartTime => _start;

    /// <summary>Power-on as a PC BIOS leaves it: divider running at 32.768 kHz with a 1024 Hz periodic rate, 24-hour BCD mode, no interrupts, time valid.</summary>
    public void Reset()
    {
        _second = _start.Second;
        _minute = _start.Minute;
        _hour = _start.Hour;
        _dayOfWeek = (int)_start.DayOfWeek + 1; // 1 = Sunday
        _day = _start.Day;
        _month = _start.Month;
        _year = _start.Year % 100;
        _secondAlarm = _minuteAlarm = _hourAlarm = 0;
        _registerA = Mc146818Registers.Divider32768Hz | 0x06;
        _registerB = Mc146818Registers.Hours24;
        _registerC = 0;
        _ram[Mc146818Registers.Century] = ToBcd(_start.Year / 100 % 100);
        _periodicFlagCheckedTick = s_timeBase.TicksAt(_clock.Now);
        ScheduleNextUpdate(_clock.Now - _clock.Now % VirtualClock.NanosecondsPerSecond + VirtualClock.NanosecondsPerSecond);
        SchedulePeriodic();
        UpdateInterrupt();
    }

    /// <summary>Fills the PC/AT configuration bytes (memory sizes, equipment, checksum) as a BIOS would for <paramref name="ramBytes"/> of RAM.</summary>
    public void SetPcConfiguration(uint ramBytes)
    {
        uint kib = ramBytes / 1024;
        uint extendedKib = Math.Min(kib > 1024 ? kib - 1024 : 0, 0xFFFF);
        uint above16M = ramBytes > 16u << 20 ? Math.Min((ramBytes - (16u << 20)) / 65536, 0xFFFF) : 0;
        SetWord(Mc146818Registers.BaseMemoryLow, 640);
        SetWord(Mc146818Registers.ExtendedMemoryLow, extendedKib);
        SetWord(Mc146818Registers.ActualExtendedMemoryLow, extendedKib);
        SetWord(Mc146818Registers.MemoryAbove16MiBLow, above16M);
        _ram[Mc146818Registers.Equipment] = 0x02; // math coprocessor present; no floppy drives; EGA/VGA display
        UpdateChecksum();
    }

    /// <summary>Recomputes the AT checksum over bytes 0x10–0x2D.</summary>
    public void UpdateChecksum()
    {
        int sum = 0;
        for (int i = 0x10; i <= 0x2D; i++)
            sum += _ram[i];
        _ram[Mc146818Registers.ChecksumHigh] = (byte)(sum >> 8);
        _ram[Mc146818Registers.ChecksumLow] = (byte)sum;
    }

    private void SetWord(int low, uint value)
    {
        _ram[low] = (byte)value;
        _ram[low + 1] = (byte)(value >> 8);
    }

    private bool Binary => (_registerB & Mc146818Registers.DataModeBinary) != 0;
    private bool Hours24 => (_registerB & Mc146818Registers.Hours24) != 0;
    private bool DividerRunning => (_registerA & Mc146818Registers.DividerMask) == Mc146818Registers.Divider32768Hz;

    // ---- register dispatch ------------------------------------------------------------------------------------

    public byte ReadRegister(int offset)
    {
        offset &= Mc146818Registers.Size - 1;
        switch (offset)
        {
            case Mc146818Registers.Seconds: return Encode(_second);
            case Mc146818Registers.SecondsAlarm: return (byte)_secondAlarm;
            case Mc146818Registers.Minutes: return Encode(_minute);
            case Mc146818Registers.MinutesAlarm: return (byte)_minuteAlarm;
            case Mc146818Registers.Hours: return EncodeHour(_hour);
            case Mc146818Registers.HoursAlarm: return (byte)_hourAlarm;
            case Mc146818Registers.DayOfWeek: return Encode(_dayOfWeek);
            case Mc146818Registers.DayOfMonth: return Encode(_day);
            case Mc146818Registers.Month: return Encode(_month);
            case Mc146818Registers.Year: return Encode(_year);
            case Mc146818Registers.RegisterA:
                return (byte)(_registerA | (UpdateImminent() ? Mc146818Registers.UpdateInProgress : 0));
            case Mc146818Registers.RegisterB:
                return _registerB;
            case Mc146818Registers.RegisterC:
            {
                LatchPeriodicFlag();
                byte value = _registerC;
                _registerC = 0; // reading register C clears all flags, and with them IRQF
                UpdateInterrupt();
                return value;
            }
            case Mc146818Registers.RegisterD:
                return Mc146818Registers.ValidRamAndTime;
            default:
                return _ram[offset];
        }
    }

    public void WriteRegister(int offset, byte value)
    {
        offset &= Mc146818Registers.Size - 1;
        switch (offset)
        {
            case Mc146818Registers.Seconds: _second = Decode(value); break;
            case Mc146818Registers.SecondsAlarm: _secondAlarm = value; break;
            case Mc146818Registers.Minutes: _minute = Decode(value); break;
            case Mc146818Registers.MinutesAlarm: _minuteAlarm = value; break;
            case Mc146818Registers.Hours: _hour = DecodeHour(value); break;
            case Mc146818Registers.HoursAlarm: _hourAlarm = value; break;
            case Mc146818Registers.DayOfWeek: _dayOfWeek = Decode(value); break;
            case Mc146818Registers.DayOfMonth: _day = Decode(value); break;
            case Mc146818Registers.Month: _month = Decode(value); break;
            case Mc146818Registers.Year: _year = Decode(value); break;
            case Mc146818Registers.RegisterA:
                WriteRegisterA(value);
                break;
            case Mc146818Registers.RegisterB:
                WriteRegisterB(value);
                break;
            case Mc146818Registers.RegisterC:
            case Mc146818Registers.RegisterD:
                _log.Warn("RTC", $"write of 0x{value:X2} to read-only register {(offset == Mc146818Registers.RegisterC ? 'C' : 'D')}");
                break;
            default:
                _ram[offset] = value;
                break;
        }
    }

    private void WriteRegisterA(byte value)
    {
        bool wasRunning = DividerRunning;
        LatchPeriodicFlag();
        _registerA = (byte)(value & ~Mc146818Registers.UpdateInProgress);
        if (DividerRunning && !wasRunning)
            ScheduleNextUpdate(_clock.Now + DividerStartDelayNs);
        else if (!DividerRunning)
        {
            if ((_registerA & Mc146818Registers.DividerReset) != Mc146818Registers.DividerReset)
                _log.Warn("RTC", $"register A divider 0x{value & Mc146818Registers.DividerMask:X2} is not the 32.768 kHz time base; the clock stops");
            _clock.Cancel(_updateEvent);
        }
        SchedulePeriodic();
    }

    private void WriteRegisterB(byte value)
    {
        LatchPeriodicFlag();
        if ((value & Mc146818Registers.Set) != 0)
            value &= unchecked((byte)~Mc146818Registers.UpdateEndedInterruptEnable); // SET clears UIE
        _registerB = value;
        SchedulePeriodic();
        UpdateInterrupt();
    }

    // ---- the update cycle --------------------------------------------------------------------------------------

    private bool UpdateImminent() =>
        DividerRunning && (_registerB & Mc146818Registers.Set) == 0 && _updateEvent.IsScheduled
        && _clock.Now >= _updateEvent.Deadline - UpdateSetupNs;

    private void ScheduleNextUpdate(long deadline) => _clock.Schedule(_updateEvent, deadline);

    /// <summary>Once a second: advance the time (unless SET), then set UF, and AF when the alarm matches.</summary>
    private void OnUpdateCycle()
    {
        ScheduleNextUpdate(_updateEvent.Deadline + VirtualClock.NanosecondsPerSecond);
        if ((_registerB & Mc146818Registers.Set) != 0)
            return;
        AdvanceOneSecond();
        _registerC |= Mc146818Registers.UpdateEndedFlag;
        if (AlarmMatches(_secondAlarm, _second) && AlarmMatches(_minuteAlarm, _minute) && AlarmMatchesHour())
            _registerC |= Mc146818Registers.AlarmFlag;
        UpdateInterrupt();
    }

    private bool AlarmMatches(int alarm, int value) =>
        (alarm & Mc146818Registers.AlarmDontCare) == Mc146818Registers.AlarmDontCare || alarm == Encode(value);

    private bool AlarmMatchesHour() =>
        (_hourAlarm & Mc146818Registers.AlarmDontCare) == Mc146818Registers.AlarmDontCare || _hourAlarm == EncodeHour(_hour);

    private void AdvanceOneSecond()
    {
        if (++_second < 60)
            return;
        _second = 0;
        if (++_minute < 60)
            return;
        _minute = 0;
        if (++_hour < 24)
            return;
        _hour = 0;
        _dayOfWeek = _dayOfWeek % 7 + 1;
        if (++_day <= DaysInMonth(_month, _year))
            return;
        _day = 1;
        if (++_month <= 12)
            return;
        _month = 1;
        _year = (_year + 1) % 100;
    }

    private static int DaysInMonth(int month, int year) => month switch
    {
        2 => year % 4 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    // ---- the periodic interrupt ----------------------------------------------------------------------------------

    /// <summary>The periodic rate in 32.768 kHz ticks (0 = none): RS 1 and 2 are 256 and 128 Hz, RS n ≥ 3 is 65536 / 2ⁿ Hz.</summary>
    private long PeriodTicks
    {
        get
        {
            int rs = _registerA & Mc146818Registers.RateMask;
            if (rs == 0 || !DividerRunning)
                return 0;
            return rs <= 2 ? 1L << (rs + 6) : 1L << (rs - 1);
        }
    }

    /// <summary>PF is set at every periodic boundary whether or not PIE is set; fold the passed ones into register C.</summary>
    private void LatchPeriodicFlag()
    {
        long period = PeriodTicks;
        long now = s_timeBase.TicksAt(_clock.Now);
        if (period != 0 && now / period > _periodicFlagCheckedTick / period)
            _registerC |= Mc146818Registers.PeriodicInterruptFlag;
        _periodicFlagCheckedTick = now;
    }

    /// <summary>With PIE set, an event at each periodic boundary raises the interrupt; otherwise PF is computed when read.</summary>
    private void SchedulePeriodic()
    {
        long period = PeriodTicks;
        if (period == 0 || (_registerB & Mc146818Registers.PeriodicInterruptEnable) == 0)
        {
            _clock.Cancel(_periodicEvent);
            return;
        }
        long now = s_timeBase.TicksAt(_clock.Now);
        _clock.Schedule(_periodicEvent, s_timeBase.TimeOfTick((now / period + 1) * period));
    }

    private void OnPeriodicInterrupt()
    {
        LatchPeriodicFlag();
        SchedulePeriodic();
        UpdateInterrupt();
    }

    /// <summary>IRQF = PF·PIE + AF·AIE + UF·UIE, and the IRQ line follows it.</summary>
    /// <remarks>The enable bits of register B sit at the same positions as the flags of register C.</remarks>
    private void UpdateInterrupt()
    {
        byte enabled = (byte)(_registerB & _registerC & (Mc146818Registers.PeriodicInterruptEnable
            | Mc146818Registers.AlarmInterruptEnable | Mc146818Registers.UpdateEndedInterruptEnable));
        if (enabled != 0)
            _registerC |= Mc146818Registers.InterruptRequestFlag;
        else
            _registerC &= unchecked((byte)~Mc146818Registers.InterruptRequestFlag);
        Irq.Set(enabled != 0);
    }

    // ---- encoding -------------------------------------------------------------------------------------------------

    private byte Encode(int value) => Binary ? (byte)value : ToBcd(value);

    private int Decode(byte value) => Binary ? value : FromBcd(value);

    private byte EncodeHour(int hour)
    {
        if (Hours24)
            return Encode(hour);
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        return (byte)(Encode(twelve) | (hour >= 12 ? Mc146818Registers.HourPm : 0));
    }

    private int DecodeHour(byte value)
    {
        if (Hours24)
            return Decode(value);
        int twelve = Decode((byte)(value & ~Mc146818Registers.HourPm)) % 12;
        return twelve + ((value & Mc146818Registers.HourPm) != 0 ? 12 : 0);
    }

    private static byte ToBcd(int value) => (byte)((value / 10 % 10) << 4 | value % 10);

    private static int FromBcd(byte value) => (value >> 4) * 10 + (value & 0xF);
}
