namespace Nt2cs.Machine;

/// <summary>
/// A device clock of <see cref="Hertz"/> (the PIT's 1.193182 MHz, the RTC's 32.768 kHz, the UART's 1.8432 MHz)
/// seen against virtual nanoseconds, exactly: tick <c>k</c> (k ≥ 1) happens at the first nanosecond at or after
/// <c>k / Hertz</c> seconds, so periods never drift however long the run.
/// </summary>
public readonly struct ClockDomain(long hertz)
{
    public long Hertz { get; } = hertz;

    /// <summary>Ticks that have happened by time <paramref name="nanoseconds"/>: floor(ns · Hz / 10⁹).</summary>
    public long TicksAt(long nanoseconds) =>
        (long)((Int128)nanoseconds * Hertz / VirtualClock.NanosecondsPerSecond);

    /// <summary>The virtual time of tick <paramref name="tick"/>: ceil(tick · 10⁹ / Hz).</summary>
    public long TimeOfTick(long tick)
    {
        Int128 scaled = (Int128)tick * VirtualClock.NanosecondsPerSecond;
        Int128 time = scaled / Hertz;
        if (time * Hertz != scaled)
            time++;
        return (long)time;
    }
}
