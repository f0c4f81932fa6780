using System.Diagnostics;

namespace Nt2cs.Transpiler.Diagnostics;

/// <summary>
/// Where a translation spent its time, phase by phase (parsing, each lowering pass, emission), for <c>-v</c>. A
/// phase measured twice (one per translation unit, or per file) adds up.
/// </summary>
public sealed class PhaseTimings
{
    private readonly List<(string Phase, TimeSpan Elapsed)> _entries = [];

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Entries => _entries;

    public T Measure<T>(string phase, Func<T> work)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Add(phase, Stopwatch.GetElapsedTime(start));
        }
    }

    public void Measure(string phase, Action work) => Measure(phase, () => { work(); return 0; });

    public void Add(string phase, TimeSpan elapsed)
    {
        lock (_entries)
        {
            int index = _entries.FindIndex(e => e.Phase == phase);
            if (index < 0)
                _entries.Add((phase, elapsed));
            else
                _entries[index] = (phase, _entries[index].Elapsed + elapsed);
        }
    }

    /// <summary><c>parse 120 ms, LinkSymbols 3 ms, …</c></summary>
    public override string ToString() =>
        string.Join(", ", _entries.Select(e => $"{e.Phase} {e.Elapsed.TotalMilliseconds:F0} ms"));
}
