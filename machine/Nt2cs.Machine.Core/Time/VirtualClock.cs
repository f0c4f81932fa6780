namespace Nt2cs.Machine;

/// <summary>
/// Deterministic virtual time in nanoseconds since power-on, and the events that fire as it passes. No host time
/// is read anywhere: the CPU advances the clock by what it executes (at safe points) and jumps over idle time when
/// it halts (<see cref="SkipToNextEvent"/>).
/// </summary>
/// <remarks>
/// An event's callback runs with <see cref="Now"/> equal to its deadline. Scheduling a deadline already in the
/// past schedules it "now": it fires after the events already due at this time. Callbacks may schedule and cancel
/// events but may not advance the clock.
/// </remarks>
public sealed class VirtualClock
{
    public const long NanosecondsPerSecond = 1_000_000_000;

    private bool _firing;

    public long Now { get; private set; }

    public EventQueue Events { get; } = new();

    /// <summary>Deadline of the earliest pending event, or <see cref="EventQueue.Never"/>.</summary>
    public long NextEventTime => Events.NextEventTime;

    /// <summary>Schedules <paramref name="e"/> at absolute time <paramref name="deadline"/> (not before <see cref="Now"/>).</summary>
    public void Schedule(TimerEvent e, long deadline) => Events.Schedule(e, Math.Max(deadline, Now));

    /// <summary>Schedules <paramref name="e"/> <paramref name="delay"/> nanoseconds from now.</summary>
    public void ScheduleIn(TimerEvent e, long delay) => Schedule(e, Now + Math.Max(delay, 0));

    public bool Cancel(TimerEvent e) => Events.Cancel(e);

    /// <summary>Moves time forward by <paramref name="nanoseconds"/>, firing every event that falls due on the way, in order.</summary>
    public void Advance(long nanoseconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nanoseconds);
        AdvanceTo(Now + nanoseconds);
    }

    /// <summary>Moves time forward to <paramref name="time"/> (no-op if it is not in the future), firing due events.</summary>
    public void AdvanceTo(long time)
    {
        if (_firing)
            throw new InvalidOperationException("an event callback may not advance the virtual clock");
        _firing = true;
        try
        {
            while (Events.PopDue(time) is { } e)
            {
                Now = Math.Max(Now, e.Deadline);
                e.Callback();
            }
            Now = Math.Max(Now, time);
        }
        finally
        {
            _firing = false;
        }
    }

    /// <summary>
    /// Idles: jumps to the earliest pending event and fires everything due then. Returns false (and leaves time
    /// alone) when nothing is scheduled, so a halted CPU with nothing to wait for can report a hang instead of
    /// spinning.
    /// </summary>
    public bool SkipToNextEvent()
    {
        long next = Events.NextEventTime;
        if (next == EventQueue.Never)
            return false;
        AdvanceTo(next);
        return true;
    }
}
