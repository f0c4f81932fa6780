using Nt2cs.Machine.Devices.Storage;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// Drives on raw image files: the copy-on-write overlay leaves the image unchanged, persist writes through,
/// the volatile write cache keeps exactly what was flushed across a power cut, and every kind of bad host input
/// is a <see cref="DiskSetupException"/> before anything runs.
/// </summary>
public sealed class DiskBackendTests : IDisposable
{
    private const int Sectors = 64;
    private readonly string _image = Path.Combine(Path.GetTempPath(), $"nt2cs-backend-{Guid.NewGuid():N}.img");
    private readonly byte[] _original;

    public DiskBackendTests()
    {
        _original = new byte[Sectors * 512];
        for (int i = 0; i < _original.Length; i++)
            _original[i] = (byte)(i * 13 + 5);
        File.WriteAllBytes(_image, _original);
    }

    public void Dispose()
    {
        if (File.Exists(_image))
        {
            File.SetAttributes(_image, FileAttributes.Normal);
            File.Delete(_image);
        }
    }

    private static byte[] Filled(int length, byte value)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, value);
        return bytes;
    }

    private static byte[] ReadBack(Drive drive, long offset, int length)
    {
        var bytes = new byte[length];
        drive.Read(offset, bytes);
        return bytes;
    }

    [Fact]
    public void OverlayLeavesTheImageUnchangedAndReadsTheGuestsWrites()
    {
        using (var drive = Drive.Open(_image, persist: false))
        {
            drive.Write(512 * 3 + 100, Filled(1000, 0xAA));
            drive.Flush();
            drive.Write(512 * 40, Filled(4096, 0xBB));
            Assert.Equal(Filled(1000, 0xAA), ReadBack(drive, 512 * 3 + 100, 1000));
            // Bytes around the write in the same chunk still come from the image.
            Assert.Equal(_original.AsSpan(512 * 3, 100).ToArray(), ReadBack(drive, 512 * 3, 100));
            Assert.Equal(Filled(4096, 0xBB), ReadBack(drive, 512 * 40, 4096));
        }
        Assert.Equal(_original, File.ReadAllBytes(_image));
    }

    [Fact]
    public void PersistWritesReachTheFileOnFlushAndAtTheEndOfTheRun()
    {
        using (var drive = Drive.Open(_image, persist: true))
        {
            drive.Write(512, Filled(512, 0x11));
            Assert.Equal(_original, ReadFileShared()); // cached, not yet in the file
            drive.Flush();
            Assert.Equal(Filled(512, 0x11), ReadFileShared().AsSpan(512, 512).ToArray());
            drive.Write(512 * 10, Filled(700, 0x22)); // never flushed by the guest: written out when the run ends
        }
        var expected = (byte[])_original.Clone();
        Filled(512, 0x11).CopyTo(expected, 512);
        Filled(700, 0x22).CopyTo(expected, 512 * 10);
        Assert.Equal(expected, File.ReadAllBytes(_image));
    }

    /// <summary>The assertion: after a power cut every flushed write is in the image and the unflushed one is gone.</summary>
    [Fact]
    public void PowerCutKeepsFlushedWritesAndLosesUnflushedOnes()
    {
        var drive = Drive.Open(_image, persist: true);
        drive.Write(0, Filled(512, 0x01));
        drive.Write(512 * 20, Filled(2048, 0x02));
        drive.Flush();
        drive.Write(512 * 30, Filled(512, 0x03)); // unflushed
        drive.Write(100, Filled(10, 0x04));       // unflushed, over a flushed write
        Assert.Equal(2, drive.Cache.DirtyChunks);
        drive.PowerCut();
        drive.Dispose(); // the end of the run after the cut writes nothing more

        var image = File.ReadAllBytes(_image);
        var expected = (byte[])_original.Clone();
        Filled(512, 0x01).CopyTo(expected, 0);
        Filled(2048, 0x02).CopyTo(expected, 512 * 20);
        Assert.Equal(expected, image);
    }

    [Fact]
    public void WriteThroughWhenTheCacheIsOff()
    {
        var drive = Drive.Open(_image, persist: true);
        drive.Cache.Enabled = false;
        drive.Write(512 * 5, Filled(512, 0x55));
        drive.PowerCut();
        Assert.Equal(Filled(512, 0x55), File.ReadAllBytes(_image).AsSpan(512 * 5, 512).ToArray());
    }

    [Fact]
    public void MissingFileIsASetupError()
    {
        var e = Assert.Throws<DiskSetupException>(() => Drive.Open(_image + ".missing", persist: false));
        Assert.Contains("no such file", e.Message);
    }

    [Fact]
    public void SizeNotWholeSectorsIsASetupError()
    {
        File.WriteAllBytes(_image, new byte[1000]);
        var e = Assert.Throws<DiskSetupException>(() => Drive.Open(_image, persist: false));
        Assert.Contains("512-byte sectors", e.Message);
        File.WriteAllBytes(_image, []);
        Assert.Throws<DiskSetupException>(() => Drive.Open(_image, persist: false));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]   // file modes are Unix's
    public void ReadOnlyFileWithPersistIsASetupError()
    {
        File.SetUnixFileMode(_image, UnixFileMode.UserRead);
        var e = Assert.Throws<DiskSetupException>(() => Drive.Open(_image, persist: true));
        Assert.Contains("read-only", e.Message);
        using var reading = Drive.Open(_image, persist: false); // reading it is fine
    }

    [Fact]
    public void AFileARunPersistsToIsLocked()
    {
        using (Drive.Open(_image, persist: true))
        {
            var e = Assert.Throws<DiskSetupException>(() => Drive.Open(_image, persist: true));
            Assert.Contains("in use by another run", e.Message);
            Assert.Throws<DiskSetupException>(() => Drive.Open(_image, persist: false));
        }
        using (Drive.Open(_image, persist: false))
        {
            using var second = Drive.Open(_image, persist: false); // readers share
            Assert.Throws<DiskSetupException>(() => Drive.Open(_image, persist: true));
        }
        using var free = Drive.Open(_image, persist: true); // released when closed
    }

    /// <summary>
    /// Reads the image while a persisting drive holds its exclusive flock: .NET would take a shared lock for any
    /// open of its own and fail, so this reads through libc, which takes none.
    /// </summary>
    private byte[] ReadFileShared()
    {
        int fd = LibcOpen(_image, 0);
        Assert.True(fd >= 0);
        try
        {
            var bytes = new byte[new FileInfo(_image).Length];
            Assert.Equal(bytes.Length, (int)LibcPread(fd, bytes, bytes.Length, 0));
            return bytes;
        }
        finally
        {
            LibcClose(fd);
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "open")]
    private static extern int LibcOpen(string path, int flags);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "pread")]
    private static extern nint LibcPread(int fd, byte[] buffer, nint count, long offset);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "close")]
    private static extern int LibcClose(int fd);
}
