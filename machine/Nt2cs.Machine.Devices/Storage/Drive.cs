namespace Nt2cs.Machine.Devices.Storage;

/// <summary>
/// One disk as a storage device model sees it: an image file under a copy-on-write overlay (the default) or
/// written through (<c>--persist</c>), below the device's volatile write cache.
/// </summary>
/// <remarks>
/// <code>
/// device ── Read/Write ──▶ VolatileWriteCache ── Flush ──▶ CopyOnWriteOverlay ──▶ RawImageFile (read-only)
///                                                       or RawImageFile (read-write, with --persist)
/// </code>
/// How the run ends decides what happens to the cache: <see cref="Dispose"/> (power-off, any other end of the run)
/// flushes it, as a drive writes its cache out when the host shuts down; <see cref="PowerCut"/> drops it.
/// Either way what the guest flushed is in the file (with persist) when the run ends.
/// </remarks>
public sealed class Drive : IDisposable
{
    private readonly RawImageFile _file;
    private bool _closed;

    private Drive(RawImageFile file, bool persist)
    {
        _file = file;
        Persist = persist;
        Overlay = persist ? null : new CopyOnWriteOverlay(file);
        Cache = new VolatileWriteCache(Overlay is null ? file : Overlay);
    }

    /// <summary>Opens the image at <paramref name="path"/>; bad host input is a <see cref="DiskSetupException"/>.</summary>
    public static Drive Open(string path, bool persist) => new(RawImageFile.Open(path, persist), persist);

    public string Path => _file.Path;

    public bool Persist { get; }

    public long Length => _file.Length;

    public long SectorCount => _file.Length / RawImageFile.SectorSize;

    public VolatileWriteCache Cache { get; }

    /// <summary>Where flushed writes go without persist; null with it.</summary>
    public CopyOnWriteOverlay? Overlay { get; }

    public void Read(long offset, Span<byte> destination) => Cache.Read(offset, destination);

    public void Write(long offset, ReadOnlySpan<byte> source) => Cache.Write(offset, source);

    /// <summary>Makes every completed write stable (NVMe Flush, ATA FLUSH CACHE, VIRTIO_BLK_T_FLUSH).</summary>
    public void Flush() => Cache.Flush();

    /// <summary>The run ends by a power cut: unflushed writes are lost; the file is closed.</summary>
    public void PowerCut()
    {
        if (_closed)
            return;
        Cache.Discard();
        Close();
    }

    /// <summary>The run ends any other way: the cache is written out and the file closed.</summary>
    public void Dispose()
    {
        if (_closed)
            return;
        Cache.Flush();
        Close();
    }

    private void Close()
    {
        _closed = true;
        _file.FlushToDisk();
        _file.Dispose();
    }
}
