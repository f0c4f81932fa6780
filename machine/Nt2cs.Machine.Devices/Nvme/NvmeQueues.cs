namespace Nt2cs.Machine.Devices.Nvme;

/// <summary>A submission queue (§4.1): a circular buffer of 64-byte commands the host fills up to <see cref="Tail"/>.</summary>
public sealed class SubmissionQueue(int id, ulong baseAddress, int size, CompletionQueue completions)
{
    public const int EntrySize = 64;

    public int Id { get; } = id;
    public ulong BaseAddress { get; } = baseAddress;
    /// <summary>Entries (QSIZE + 1).</summary>
    public int Size { get; } = size;
    public CompletionQueue Completions { get; } = completions;
    /// <summary>The next entry the controller fetches (reported as SQHD in completions).</summary>
    public int Head { get; set; }
    /// <summary>The host's last tail doorbell write.</summary>
    public int Tail { get; set; }

    public bool HasCommands => Head != Tail;

    public ulong EntryAddress(int index) => BaseAddress + (ulong)index * EntrySize;
}

/// <summary>
/// A completion queue (§4.1, §4.6): a circular buffer of 16-byte entries the controller posts at <see cref="Tail"/>
/// with the current phase tag, which inverts each time the tail wraps; the host consumes up to its head doorbell.
/// </summary>
public sealed class CompletionQueue(int id, ulong baseAddress, int size, bool interruptsEnabled, int vector)
{
    public const int EntrySize = 16;

    public int Id { get; } = id;
    public ulong BaseAddress { get; } = baseAddress;
    public int Size { get; } = size;
    /// <summary>IEN (Create I/O Completion Queue CDW11 bit 1; always on for the admin queue).</summary>
    public bool InterruptsEnabled { get; } = interruptsEnabled;
    /// <summary>The interrupt vector (MSI-X table entry) of this queue (IV).</summary>
    public int Vector { get; } = vector;
    public int Head { get; set; }
    public int Tail { get; set; }
    /// <summary>The phase tag the next posted entry carries: 1 after creation, inverted at each wrap.</summary>
    public bool Phase { get; set; } = true;
    /// <summary>Submission queues that post here.</summary>
    public int SubmissionQueues { get; set; }

    public bool IsFull => (Tail + 1) % Size == Head;

    public bool HasEntries => Head != Tail;

    /// <summary>Entries the host has not consumed yet.</summary>
    public int Outstanding => (Tail - Head + Size) % Size;

    public ulong EntryAddress(int index) => BaseAddress + (ulong)index * EntrySize;
}
