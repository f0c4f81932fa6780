namespace Nt2cs.Machine.Devices.Storage;

/// <summary>
/// The default way a run uses an image: reads come from the file, writes land in memory beside it, so the image
/// is never changed (what the guest wrote is gone when the run ends).
/// </summary>
public sealed class CopyOnWriteOverlay(IBlockStore image) : IBlockStore
{
    private readonly ChunkMap _changed = new(image);

    public long Length => image.Length;

    /// <summary>4 KiB chunks the guest has changed so far.</summary>
    public int ChangedChunks => _changed.Count;

    public void Read(long offset, Span<byte> destination) => _changed.Read(offset, destination);

    public void Write(long offset, ReadOnlySpan<byte> source) => _changed.Write(offset, source);
}
