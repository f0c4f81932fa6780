namespace Nt2cs.Machine.Devices.Storage;

/// <summary>
/// Bytes of a disk, addressed by byte offset: the image file, or a layer over it. Transfers go straight between
/// the store and the caller's span (guest RAM for a device's DMA), never byte by byte.
/// </summary>
public interface IBlockStore
{
    /// <summary>Size in bytes (a whole number of 512-byte sectors).</summary>
    long Length { get; }

    /// <summary>Reads <paramref name="destination"/>.Length bytes at <paramref name="offset"/> (inside <see cref="Length"/>).</summary>
    void Read(long offset, Span<byte> destination);

    /// <summary>Writes <paramref name="source"/> at <paramref name="offset"/> (inside <see cref="Length"/>).</summary>
    void Write(long offset, ReadOnlySpan<byte> source);
}
