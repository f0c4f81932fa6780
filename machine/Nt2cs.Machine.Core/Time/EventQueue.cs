namespace Nt2cs.Machine;

/// <summary>
/// The machine's one queue of future events, ordered by (deadline, scheduling sequence): events due at the same
/// virtual time fire in the order they were scheduled, so a run is reproducible to the event.
/// </summary>
/// <remarks>
/// A binary min-heap of <see cref="TimerEvent"/> references that know their own heap slot, so scheduling,
/// rescheduling and cancelling are O(log n) and allocation-free (the array grows only when more distinct events
/// are pending than ever before).
/// </remarks>
public sealed class EventQueue
{
    /// <summary><see cref="NextEventTime"/> when nothing is scheduled.</summary>
    public const long Never = long.MaxValue;

    private TimerEvent[] _heap = new TimerEvent[16];
    private ulong _nextSequence;

    public int Count { get; private set; }

    /// <summary>Deadline of the earliest event, or <see cref="Never"/>.</summary>
    public long NextEventTime => Count > 0 ? _heap[0].Deadline : Never;

    /// <summary>Schedules (or reschedules) <paramref name="e"/> at absolute time <paramref name="deadline"/>; it
    /// takes a new place in the insertion order either way.</summary>
    public void Schedule(TimerEvent e, long deadline)
    {
        if (e.IsScheduled)
            RemoveAt(e.HeapIndex);
        e.Deadline = deadline;
        e.Sequence = _nextSequence++;
        if (Count == _heap.Length)
            Array.Resize(ref _heap, Count * 2);
        _heap[Count] = e;
        e.HeapIndex = Count;
        Count++;
        SiftUp(e.HeapIndex);
    }

    /// <summary>Removes <paramref name="e"/> if scheduled; returns whether it was.</summary>
    public bool Cancel(TimerEvent e)
    {
        if (!e.IsScheduled)
            return false;
        RemoveAt(e.HeapIndex);
        return true;
    }

    /// <summary>Removes and returns the earliest event if it is due at or before <paramref name="time"/>.</summary>
    public TimerEvent? PopDue(long time)
    {
        if (Count == 0 || _heap[0].Deadline > time)
            return null;
        var e = _heap[0];
        RemoveAt(0);
        return e;
    }

    private void RemoveAt(int index)
    {
        var removed = _heap[index];
        Count--;
        var last = _heap[Count];
        _heap[Count] = null!;
        removed.HeapIndex = -1;
        if (index == Count)
            return;
        _heap[index] = last;
        last.HeapIndex = index;
        if (index > 0 && Before(last, _heap[(index - 1) / 2]))
            SiftUp(index);
        else
            SiftDown(index);
    }

    private void SiftUp(int index)
    {
        var e = _heap[index];
        while (index > 0)
        {
            int parent = (index - 1) / 2;
            var p = _heap[parent];
            if (!Before(e, p))
                break;
            _heap[index] = p;
            p.HeapIndex = index;
            index = parent;
        }
        _heap[index] = e;
        e.HeapIndex = index;
    }

    private void SiftDown(int index)
    {
        var e = _heap[index];
        while (true)
        {
            int child = 2 * index + 1;
            if (child >= Count)
                break;
            if (child + 1 < Count && Before(_heap[child + 1], _heap[child]))
                child++;
            var c = _heap[child];
            if (!Before(c, e))
                break;
            _heap[index] = c;
            c.HeapIndex = index;
            index = child;
        }
        _heap[index] = e;
        e.HeapIndex = index;
    }

    private static bool Before(TimerEvent a, TimerEvent b) =>
        a.Deadline < b.Deadline || (a.Deadline == b.Deadline && a.Sequence < b.Sequence);
}
