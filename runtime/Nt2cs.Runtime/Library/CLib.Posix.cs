namespace Nt2cs.Runtime;

/// <summary>
/// unistd.h and fcntl.h: file descriptors. A program's descriptors are its own, numbered as a native process's
/// are (0, 1 and 2 are the run's standard streams, the next open takes the lowest free number); each other one
/// stands for a descriptor of the host's, opened with the host's open(2), so flags, permissions, positions and
/// errno values are the native build's. The stdio streams of CLib.Stdio.cs sit on these descriptors.
/// </summary>
public static unsafe partial class CLib
{
    private const int StdinFd = 0;
    private const int StdoutFd = 1;
    private const int StderrFd = 2;

    /// <summary>What a program's descriptor stands for: a standard stream (-1, -2, -3 for 0, 1, 2) or a host fd.</summary>
    private static readonly List<int> s_fds = [];
    private const int Closed = int.MinValue;

    private static void StartDescriptors()
    {
        s_fds.Clear();
        s_fds.AddRange([-1 - StdinFd, -1 - StdoutFd, -1 - StderrFd]);
    }

    /// <summary>Closes the host descriptors the run left open.</summary>
    private static void StopDescriptors()
    {
        foreach (int host in s_fds)
        {
            if (host >= 0)
                HostLibc.Close(host);
        }
        s_fds.Clear();
    }

    /// <summary>The host descriptor behind <paramref name="fd"/> (negative for a standard stream), or null (EBADF).</summary>
    private static int? Descriptor(int fd)
    {
        if ((uint)fd < (uint)s_fds.Count && s_fds[fd] != Closed)
            return s_fds[fd];
        SetErrno(EBADF);
        return null;
    }

    /// <summary>The lowest free descriptor number, now standing for <paramref name="host"/>.</summary>
    private static int NewDescriptor(int host)
    {
        int fd = s_fds.IndexOf(Closed);
        if (fd < 0)
        {
            fd = s_fds.Count;
            s_fds.Add(host);
        }
        else
        {
            s_fds[fd] = host;
        }
        return fd;
    }

    /// <summary>A guest path as the host's open(2) takes it: its bytes and a NUL.</summary>
    private static byte[] HostPath(Ptr<sbyte> path)
    {
        var bytes = CString(path);
        var copy = new byte[bytes.Length + 1];
        bytes.CopyTo(copy);
        return copy;
    }

    /// <summary>-1 with errno from the host call that just failed.</summary>
    private static int HostFailure()
    {
        SetErrno(HostLibc.Errno);
        return -1;
    }

    /// <summary>Opens <paramref name="path"/> with open(2)'s flags and mode; a new descriptor or -1 (errno).</summary>
    internal static int OpenDescriptor(byte[] path, int flags, int mode)
    {
        int host;
        fixed (byte* p = path)
            host = HostLibc.Open(p, flags | HostLibc.OCloexec, mode);
        return host < 0 ? HostFailure() : NewDescriptor(host);
    }

    [CFunction]
    public static int open(Ptr<sbyte> path, int flags, Ptr<sbyte> args)
    {
        // The mode argument is there only when the file may be created (O_CREAT or O_TMPFILE).
        const int OCreat = 0x40, OTmpfile = 0x410000;
        int mode = (flags & OCreat) != 0 || (flags & OTmpfile) == OTmpfile ? Va.Arg<int>(ref args) : 0;
        return OpenDescriptor(HostPath(path), flags, mode);
    }

    [CFunction]
    public static int close(int fd)
    {
        if (Descriptor(fd) is not { } host)
            return -1;
        s_fds[fd] = Closed;
        return host >= 0 && HostLibc.Close(host) != 0 ? HostFailure() : 0;
    }

    [CFunction]
    public static int read(int fd, Ptr<CVoid> buffer, uint count)
    {
        if (Descriptor(fd) is not { } host)
            return -1;
        if (count == 0)
            return 0;
        return ReadDescriptor(host, Mem.Bytes(buffer.Address, Math.Min(count, int.MaxValue), Access.Write));
    }

    [CFunction]
    public static int write(int fd, Ptr<CVoid> buffer, uint count)
    {
        if (Descriptor(fd) is not { } host)
            return -1;
        if (count == 0)
            return 0;
        return WriteDescriptor(host, Mem.Bytes(buffer.Address, Math.Min(count, int.MaxValue), Access.Read));
    }

    private static int ReadDescriptor(int host, Span<byte> into)
    {
        if (host == -1 - StdinFd)
        {
            if (s_stdin is null)
                return 0;
            return Math.Max(0, s_stdin.Read(into));
        }
        if (host < 0)
        {
            // stdout and stderr are pipes open for writing only.
            SetErrno(EBADF);
            return -1;
        }
        fixed (byte* p = into)
        {
            nint got = HostLibc.Read(host, p, (nuint)into.Length);
            return got < 0 ? HostFailure() : (int)got;
        }
    }

    private static int WriteDescriptor(int host, ReadOnlySpan<byte> bytes)
    {
        if (host == -1 - StdoutFd || host == -1 - StderrFd)
        {
            var stream = host == -1 - StdoutFd ? s_stdout : s_stderr;
            try
            {
                stream.Write(bytes);
                if (host == -1 - StderrFd)
                    stream.Flush();
            }
            catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
            {
                if (host == -1 - StdoutFd)
                    s_stdout = Stream.Null;
                throw new OutputFailedException($"writing {(host == -1 - StdoutFd ? "stdout" : "stderr")} failed: {e.Message}");
            }
            return bytes.Length;
        }
        if (host < 0)
        {
            SetErrno(EBADF);
            return -1;
        }
        fixed (byte* p = bytes)
        {
            nint put = HostLibc.Write(host, p, (nuint)bytes.Length);
            return put < 0 ? HostFailure() : (int)put;
        }
    }

    /// <summary>lseek on a descriptor; the standard streams are pipes (ESPIPE). -1 with errno on failure.</summary>
    private static long SeekDescriptor(int fd, long offset, int whence)
    {
        if (Descriptor(fd) is not { } host)
            return -1;
        if (host < 0)
        {
            SetErrno(ESPIPE);
            return -1;
        }
        long at = HostLibc.Lseek(host, offset, whence);
        return at < 0 ? HostFailure() : at;
    }

    /// <summary>off_t is 32 bits for an i386 program: a position beyond it is EOVERFLOW, as glibc's lseek says.</summary>
    [CFunction]
    public static int lseek(int fd, int offset, int whence)
    {
        long at = SeekDescriptor(fd, offset, whence);
        if (at > int.MaxValue)
        {
            SetErrno(EOVERFLOW);
            return -1;
        }
        return (int)at;
    }

    [CFunction]
    public static int fsync(int fd)
    {
        if (Descriptor(fd) is not { } host)
            return -1;
        if (host < 0)
        {
            SetErrno(EINVAL);
            return -1;
        }
        return HostLibc.Fsync(host) != 0 ? HostFailure() : 0;
    }

    /// <summary>The run's standard streams are pipes or files, never terminals.</summary>
    [CFunction]
    public static int isatty(int fd)
    {
        if (Descriptor(fd) is not null)
            SetErrno(ENOTTY);
        return 0;
    }

    [CFunction]
    public static int unlink(Ptr<sbyte> path)
    {
        fixed (byte* p = HostPath(path))
            return HostLibc.Unlink(p) != 0 ? HostFailure() : 0;
    }

    [CFunction]
    public static int access(Ptr<sbyte> path, int mode)
    {
        fixed (byte* p = HostPath(path))
            return HostLibc.Access(p, mode) != 0 ? HostFailure() : 0;
    }
}
