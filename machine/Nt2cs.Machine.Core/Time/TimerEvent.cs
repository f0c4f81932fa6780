namespace Nt2cs.Machine;

/// <summary>
/// A reusable scheduled callback: a device creates one per timer it models (the PIT's output edge, the UART's next
/// received character) and reschedules it for every tick, so scheduling never allocates.
/// </summary>
public sealed class TimerEvent(string name, Action callback)
{
    internal int HeapIndex = -1;
    internal ulong Sequence;

    public string Name { get; } = name;

    internal Action Callback { get; } = callback;

    /// <summary>Absolute virtual time (ns) the event fires at; meaningful while <see cref="IsScheduled"/>.</summary>
    public long Deadline { get; internal set; }

    public bool IsScheduled => HeapIndex >= 0;

    public override string ToString() => IsScheduled ? $"{Name} @ {Deadline} ns" : $"{Name} (idle)";
}
