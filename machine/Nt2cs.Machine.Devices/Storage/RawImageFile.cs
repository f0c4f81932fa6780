using Microsoft.Win32.SafeHandles;

namespace Nt2cs.Machine.Devices.Storage;

/// <summary>
/// A raw disk image on the host: sector 0 at byte 0, nothing else in the file. Opened read-only (the image is never
/// changed) or, to persist, read-write; either way under an OS file lock held until <see cref="Dispose"/>: shared
/// for reading, exclusive for persisting, so no run reads or writes a file another run is persisting to.
/// </summary>
/// <remarks>
/// .NET takes the lock with <c>flock</c> on Unix (<see cref="FileShare.None"/> exclusive, otherwise shared), so
/// it holds between processes and between two opens in one process alike.
/// </remarks>
public sealed class RawImageFile : IBlockStore, IDisposable
{
    public const int SectorSize = 512;

    private readonly SafeFileHandle _handle;

    private RawImageFile(string path, SafeFileHandle handle, long length, bool writable)
    {
        Path = path;
        _handle = handle;
        Length = length;
        IsWritable = writable;
    }

    public string Path { get; }

    public long Length { get; }

    public bool IsWritable { get; }

    /// <summary>Opens <paramref name="path"/>; every reason it cannot serve as a disk is a <see cref="DiskSetupException"/>.</summary>
    public static RawImageFile Open(string path, bool writable)
    {
        if (!File.Exists(path))
            throw new DiskSetupException(Directory.Exists(path) ? $"{path}: is a directory, not a disk image" : $"{path}: no such file");
        // The file's own permission bits decide, also for root (whom the OS would let write anyway).
        if (writable && (OperatingSystem.IsWindows()
                ? (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0
                : (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0))
            throw new DiskSetupException($"{path}: the file is read-only, so --persist cannot write to it");
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, writable ? FileAccess.ReadWrite : FileAccess.Read,
                writable ? FileShare.None : FileShare.Read);
        }
        catch (UnauthorizedAccessException)
        {
            throw new DiskSetupException(writable
                ? $"{path}: the file is read-only, so --persist cannot write to it"
                : $"{path}: permission denied");
        }
        catch (IOException e) when (IsSharingViolation(e))
        {
            throw new DiskSetupException($"{path}: in use by another run that is persisting to it (or reading it, while --persist asks for it alone)");
        }
        catch (IOException e)
        {
            throw new DiskSetupException($"{path}: {e.Message}");
        }
        long length = RandomAccess.GetLength(handle);
        if (length == 0 || length % SectorSize != 0)
        {
            handle.Dispose();
            throw new DiskSetupException($"{path}: {length} bytes is not a whole, non-zero number of {SectorSize}-byte sectors");
        }
        return new RawImageFile(path, handle, length, writable);
    }

    // EWOULDBLOCK from flock: .NET reports a sharing violation (HResult 0x80070020) for it.
    private static bool IsSharingViolation(IOException e) => (e.HResult & 0xFFFF) == 32 || e.Message.Contains("being used by another process", StringComparison.Ordinal);

    public void Read(long offset, Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            int read = RandomAccess.Read(_handle, destination, offset);
            if (read <= 0)
            {
                destination.Clear(); // the file shrank under us: what is gone reads as zeroes
                return;
            }
            destination = destination[read..];
            offset += read;
        }
    }

    public void Write(long offset, ReadOnlySpan<byte> source)
    {
        if (!IsWritable)
            throw new InvalidOperationException($"{Path} is open read-only");
        RandomAccess.Write(_handle, source, offset);
    }

    /// <summary>Asks the host to put what was written on its disk (fsync).</summary>
    public void FlushToDisk()
    {
        if (IsWritable)
            RandomAccess.FlushToDisk(_handle);
    }

    public void Dispose() => _handle.Dispose();
}
