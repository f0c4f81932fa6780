namespace Nt2cs.Machine.Devices.Virtio;

/// <summary>One descriptor's buffer: a stretch of guest RAM the device reads (driver → device) or writes.</summary>
public readonly record struct VirtqBuffer(uint Address, int Length, bool DeviceWritable);

/// <summary>
/// The buffers of one available descriptor chain (§2.6.5), gathered by <see cref="Virtqueue.TryPop"/>: the
/// device-readable ones first, then the device-writable ones, with indirect tables (§2.6.5.3) flattened in.
/// </summary>
/// <remarks>
/// The device makes no assumption about how the driver framed a request across descriptors (§2.6.4): a device
/// reads the chain as one stream of readable bytes and one of writable bytes (<see cref="ReadableLength"/>,
/// <see cref="WritableLength"/>) and slices them with <see cref="CopyReadable"/> and <see cref="WritableSpans"/>.
/// The buffer array is reused, so gathering a chain allocates nothing.
/// </remarks>
public sealed class DescriptorChain
{
    private VirtqBuffer[] _buffers = new VirtqBuffer[16];

    /// <summary>The descriptor index of the chain's head: the id the used ring entry returns.</summary>
    public ushort Head { get; internal set; }

    public int Count { get; private set; }

    public ReadOnlySpan<VirtqBuffer> Buffers => _buffers.AsSpan(0, Count);

    /// <summary>Device-readable bytes in the chain.</summary>
    public long ReadableLength { get; private set; }

    /// <summary>Device-writable bytes in the chain.</summary>
    public long WritableLength { get; private set; }

    internal void Clear(ushort head)
    {
        Head = head;
        Count = 0;
        ReadableLength = 0;
        WritableLength = 0;
    }

    internal void Add(uint address, int length, bool writable)
    {
        if (Count == _buffers.Length)
            Array.Resize(ref _buffers, Count * 2);
        _buffers[Count++] = new VirtqBuffer(address, length, writable);
        if (writable)
            WritableLength += length;
        else
            ReadableLength += length;
    }

    /// <summary>
    /// The RAM spans of the readable (or writable) stream from byte <paramref name="start"/> for
    /// <paramref name="length"/> bytes, in order: one call of <paramref name="span"/> per run of buffers that follow
    /// each other in guest RAM (a driver describes a buffer page by page; consecutive pages are one span, so a
    /// device moves them to or from its backing store in one piece).
    /// </summary>
    public void ForEachSpan<TState>(bool writable, long start, long length, ref TState state, SpanAction<TState> span)
    {
        long position = 0;
        uint runAddress = 0;
        int runLength = 0;
        foreach (var buffer in Buffers)
        {
            if (buffer.DeviceWritable != writable || length <= 0)
                continue;
            long end = position + buffer.Length;
            if (end > start)
            {
                long from = Math.Max(start, position);
                int n = (int)Math.Min(end - from, length);
                uint address = buffer.Address + (uint)(from - position);
                if (runLength > 0 && address == runAddress + (uint)runLength && runLength <= int.MaxValue - n)
                    runLength += n;
                else
                {
                    if (runLength > 0)
                        span(ref state, runAddress, runLength);
                    runAddress = address;
                    runLength = n;
                }
                start += n;
                length -= n;
            }
            position = end;
        }
        if (runLength > 0)
            span(ref state, runAddress, runLength);
    }

    public delegate void SpanAction<TState>(ref TState state, uint address, int length);
}
