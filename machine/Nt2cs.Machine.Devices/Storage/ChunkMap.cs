namespace Nt2cs.Machine.Devices.Storage;

/// <summary>
/// Changed bytes of a disk kept beside it in 4 KiB chunks: a chunk is copied from the store below when first
/// written, so a chunk holds the whole truth for its range. Both the copy-on-write overlay and the volatile
/// write cache are one of these.
/// </summary>
/// <remarks>Chunk buffers are recycled on <see cref="Clear"/>, so a cache that fills and drains allocates only once.</remarks>
internal sealed class ChunkMap(IBlockStore below)
{
    public const int ChunkSize = 4096;

    private readonly Dictionary<long, byte[]> _chunks = new();
    private readonly Stack<byte[]> _free = new();

    public IBlockStore Below { get; } = below;

    public int Count => _chunks.Count;

    /// <summary>Reads from the store below, then lays the chunks held here over it.</summary>
    public void Read(long offset, Span<byte> destination)
    {
        Below.Read(offset, destination);
        if (_chunks.Count == 0)
            return;
        long end = offset + destination.Length;
        for (long chunk = offset / ChunkSize; chunk * ChunkSize < end; chunk++)
        {
            if (!_chunks.TryGetValue(chunk, out var data))
                continue;
            long from = Math.Max(offset, chunk * ChunkSize);
            long to = Math.Min(end, (chunk + 1) * ChunkSize);
            data.AsSpan((int)(from - chunk * ChunkSize), (int)(to - from)).CopyTo(destination[(int)(from - offset)..]);
        }
    }

    /// <summary>Writes into the chunks held here (copying a chunk up from below first if it is new).</summary>
    public void Write(long offset, ReadOnlySpan<byte> source)
    {
        long end = offset + source.Length;
        for (long chunk = offset / ChunkSize; chunk * ChunkSize < end; chunk++)
        {
            var data = GetOrCopyUp(chunk);
            long from = Math.Max(offset, chunk * ChunkSize);
            long to = Math.Min(end, (chunk + 1) * ChunkSize);
            source.Slice((int)(from - offset), (int)(to - from)).CopyTo(data.AsSpan((int)(from - chunk * ChunkSize)));
        }
    }

    /// <summary>Writes every chunk held to the store below, in disk order, and forgets them.</summary>
    public void DrainTo(IBlockStore store)
    {
        if (_chunks.Count == 0)
            return;
        foreach (long chunk in _chunks.Keys.Order())
        {
            long at = chunk * ChunkSize;
            store.Write(at, _chunks[chunk].AsSpan(0, (int)Math.Min(ChunkSize, Below.Length - at)));
        }
        Clear();
    }

    /// <summary>Forgets every chunk (their bytes are lost).</summary>
    public void Clear()
    {
        foreach (var data in _chunks.Values)
            _free.Push(data);
        _chunks.Clear();
    }

    private byte[] GetOrCopyUp(long chunk)
    {
        if (_chunks.TryGetValue(chunk, out var data))
            return data;
        data = _free.Count > 0 ? _free.Pop() : new byte[ChunkSize];
        long at = chunk * ChunkSize;
        int length = (int)Math.Min(ChunkSize, Below.Length - at);
        Below.Read(at, data.AsSpan(0, length));
        _chunks.Add(chunk, data);
        return data;
    }
}
