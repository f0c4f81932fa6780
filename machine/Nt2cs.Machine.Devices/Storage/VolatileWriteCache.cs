namespace Nt2cs.Machine.Devices.Storage;

/// <summary>
/// A drive's volatile write cache, as real drives have one (NVMe's VWC, the ATA write cache, virtio-blk with
/// VIRTIO_BLK_F_FLUSH): a completed write is held here until a flush puts it in stable storage; a power cut
/// loses exactly what was not flushed. While <see cref="Enabled"/> is false writes go straight through.
/// </summary>
public sealed class VolatileWriteCache(IBlockStore stable) : IBlockStore
{
    private readonly ChunkMap _dirty = new(stable);
    private bool _enabled = true;

    public long Length => stable.Length;

    /// <summary>4 KiB chunks written since the last flush.</summary>
    public int DirtyChunks => _dirty.Count;

    /// <summary>Write-back (true, the power-on state) or write-through; turning it off flushes first.</summary>
    public bool Enabled
    {
        get => _enabled;
        set
        {
            if (!value)
                Flush();
            _enabled = value;
        }
    }

    public void Read(long offset, Span<byte> destination) => _dirty.Read(offset, destination);

    public void Write(long offset, ReadOnlySpan<byte> source)
    {
        if (_enabled)
            _dirty.Write(offset, source);
        else
            stable.Write(offset, source);
    }

    /// <summary>Puts every cached write in stable storage.</summary>
    public void Flush() => _dirty.DrainTo(stable);

    /// <summary>Power is gone: the cached writes are lost.</summary>
    public void Discard() => _dirty.Clear();
}
