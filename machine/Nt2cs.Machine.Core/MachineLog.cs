namespace Nt2cs.Machine;

/// <summary>
/// Where device models and the MMU report guest misuse (a write to a read-only register, an access to a hole in
/// the physical address space, an unsupported mode). Guest misuse is never fatal: it is logged and the hardware's
/// documented (or a harmless) behaviour follows.
/// </summary>
/// <remarks>
/// A hostile guest can provoke the same message millions of times, so each source is limited to
/// <see cref="LimitPerSource"/> messages, after which one "further messages suppressed" line is written. The most
/// recent messages are kept for a crash report (<see cref="Recent"/>).
/// </remarks>
public sealed class MachineLog
{
    public const int LimitPerSource = 64;
    private const int RecentCapacity = 32;

    private readonly Action<string>? _sink;
    private readonly Dictionary<string, int> _countBySource = new(StringComparer.Ordinal);
    private readonly Queue<string> _recent = new();

    /// <param name="sink">Receives each formatted line (for example <c>Console.Error.WriteLine</c>); null keeps
    /// messages only in <see cref="Recent"/>.</param>
    public MachineLog(Action<string>? sink = null) => _sink = sink;

    /// <summary>A log that forwards nowhere (messages are still counted and kept in <see cref="Recent"/>).</summary>
    public static MachineLog Discard() => new();

    /// <summary>Messages reported so far, including suppressed ones.</summary>
    public int Count { get; private set; }

    /// <summary>The last few messages written, oldest first.</summary>
    public IReadOnlyCollection<string> Recent => _recent;

    /// <summary>Reports guest misuse or an unmodelled feature the guest touched.</summary>
    public void Warn(string source, string message)
    {
        Count++;
        _countBySource.TryGetValue(source, out int seen);
        _countBySource[source] = ++seen;
        if (seen > LimitPerSource)
            return;
        string line = seen == LimitPerSource
            ? $"{source}: {message} (further messages from {source} suppressed)"
            : $"{source}: {message}";
        if (_recent.Count == RecentCapacity)
            _recent.Dequeue();
        _recent.Enqueue(line);
        _sink?.Invoke(line);
    }
}
