namespace Nt2cs.Runtime;

/// <summary>
/// stdio.h's streams over host files: fopen's modes as glibc reads them, freopen, fclose, tmpfile, tmpnam,
/// remove, rename, and the buffering a program chooses with setvbuf.
/// </summary>
public static unsafe partial class CLib
{
    // open(2)'s flags (Linux's values, the same on i386 and x86-64).
    private const int ORdonly = 0, OWronly = 1, ORdwr = 2, OCreat = 0x40, OExcl = 0x80, OTrunc = 0x200, OAppend = 0x400;

    /// <summary>
    /// fopen's mode as glibc reads it: 'r', 'w' or 'a', then up to six more characters of which '+' (update) and
    /// 'x' (exclusive creation) count and the rest ('b', 't', 'e', 'm', unknown ones) are ignored. Null for a
    /// mode glibc refuses (EINVAL).
    /// </summary>
    private static (int Flags, bool Read, bool Write)? ParseMode(Ptr<sbyte> mode)
    {
        var text = CString(mode);
        if (text.IsEmpty)
            return null;
        int flags;
        bool read = false, write = false;
        switch (text[0])
        {
            case (byte)'r': flags = ORdonly; read = true; break;
            case (byte)'w': flags = OWronly | OCreat | OTrunc; write = true; break;
            case (byte)'a': flags = OWronly | OCreat | OAppend; write = true; break;
            default: return null;
        }
        for (int i = 1; i < Math.Min(text.Length, 7); i++)
        {
            if (text[i] == '+')
            {
                flags = (flags & ~OWronly) | ORdwr;
                read = write = true;
            }
            else if (text[i] == 'x')
            {
                flags |= OExcl;
            }
            else if (text[i] == ',')
            {
                break;
            }
        }
        return (flags, read, write);
    }

    /// <summary>A new FILE object for descriptor <paramref name="fd"/>.</summary>
    private static Ptr<_iobuf> NewFile(int fd, bool read, bool write, bool append = false)
    {
        var address = calloc(1, (uint)sizeof(_iobuf)).Address;
        if (address == 0)
        {
            close(fd);
            SetErrno(ENOMEM);
            return default;
        }
        s_files[(int)address] = new CFile(address, fd, read, write) { Append = append };
        return new Ptr<_iobuf>(address);
    }

    [CFunction]
    public static Ptr<_iobuf> fopen(Ptr<sbyte> path, Ptr<sbyte> mode)
    {
        if (ParseMode(mode) is not { } parsed)
        {
            SetErrno(EINVAL);
            return default;
        }
        int fd = OpenDescriptor(HostPath(path), parsed.Flags, 0x1B6 /* 0666, less the umask */);
        return fd < 0 ? default : NewFile(fd, parsed.Read, parsed.Write, (parsed.Flags & OAppend) != 0);
    }

    [CFunction]
    public static Ptr<_iobuf> fdopen(int fd, Ptr<sbyte> mode)
    {
        if (ParseMode(mode) is not { } parsed)
        {
            SetErrno(EINVAL);
            return default;
        }
        if (Descriptor(fd) is null)
            return default;
        return NewFile(fd, parsed.Read, parsed.Write, (parsed.Flags & OAppend) != 0);
    }

    /// <summary>Writes out a stream's output and closes its descriptor; false when either failed.</summary>
    private static bool CloseFile(CFile file)
    {
        bool ok = file.Pending == 0 || FlushOutput(file);
        // An input stream's descriptor is left where the program's reading got to, as glibc's fclose leaves it.
        if (file.ReadEnd > file.ReadPosition)
            SeekDescriptor(file.Fd, file.ReadPosition - file.ReadEnd, SeekCur);
        ok &= close(file.Fd) == 0;
        return ok;
    }

    [CFunction]
    public static int fclose(Ptr<_iobuf> stream)
    {
        var file = File(stream);
        bool ok = CloseFile(file);
        Forget(file);
        return ok ? 0 : Eof;
    }

    /// <summary>Drops a closed stream's FILE object (the standard streams' are not the heap's).</summary>
    private static void Forget(CFile file)
    {
        s_files.Remove((int)file.Address);
        if (file.Address - s_iob >= 3 * (uint)sizeof(_iobuf))
            free(new Ptr<CVoid>(file.Address));
    }

    /// <summary>
    /// Closes the stream's file and opens <paramref name="path"/> in its place (the same FILE, and the same
    /// descriptor number when it is free again, as glibc's dup3 keeps stdout at 1). A null path reopens the same
    /// host file in a new mode, through /proc/self/fd as glibc does (EINVAL for the run's standard streams, which
    /// are the host's pipes). On failure the stream is closed.
    /// </summary>
    [CFunction]
    public static Ptr<_iobuf> freopen(Ptr<sbyte> path, Ptr<sbyte> mode, Ptr<_iobuf> stream)
    {
        var file = File(stream);
        var parsed = ParseMode(mode);
        int oldFd = file.Fd;
        int fd = -1;
        if (path.IsNull)
        {
            // The new descriptor is opened through the old one's name, so before the old one closes.
            int? host = Descriptor(oldFd);
            if (parsed is null || host is not >= 0)
                SetErrno(EINVAL);
            else
                fd = OpenDescriptor(System.Text.Encoding.ASCII.GetBytes($"/proc/self/fd/{host}\0"), parsed.Value.Flags, 0x1B6);
            CloseFile(file);
        }
        else
        {
            CloseFile(file);
            if (parsed is null)
                SetErrno(EINVAL);
            else
                fd = OpenDescriptor(HostPath(path), parsed.Value.Flags, 0x1B6);
        }
        if (fd < 0)
        {
            Forget(file);
            return default;
        }
        if (fd != oldFd && s_fds[oldFd] == Closed)
        {
            s_fds[oldFd] = s_fds[fd];
            s_fds[fd] = Closed;
            fd = oldFd;
        }
        file.Reset(fd, parsed!.Value.Read, parsed.Value.Write, (parsed.Value.Flags & OAppend) != 0);
        return stream;
    }

    /// <summary>A file in /tmp that no name reaches (unlinked at once), open for update; gone when closed.</summary>
    [CFunction]
    public static Ptr<_iobuf> tmpfile()
    {
        var template = "/tmp/tmpfXXXXXX\0"u8.ToArray();
        int host;
        fixed (byte* t = template)
        {
            host = HostLibc.Mkstemp(t);
            if (host < 0)
            {
                HostFailure();
                return default;
            }
            HostLibc.Unlink(t);
        }
        return NewFile(NewDescriptor(host), read: true, write: true);
    }

    /// <summary>tmpnam's own buffer (allocated on first use in a run) and a count that varies its names.</summary>
    private static uint s_tmpnamBuffer;
    private static uint s_tmpnamCounter;

    /// <summary>A name in /tmp no file has now (glibc's form: /tmp/file + six characters); L_tmpnam is 20.</summary>
    [CFunction]
    public static Ptr<sbyte> tmpnam(Ptr<sbyte> buffer)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        if (buffer.IsNull)
        {
            if (s_tmpnamBuffer == 0)
                s_tmpnamBuffer = malloc(20).Address;
            buffer = new Ptr<sbyte>(s_tmpnamBuffer);
        }
        for (int attempt = 0; attempt < 1000; attempt++)
        {
            uint n = (uint)Environment.ProcessId * 2654435761u + ++s_tmpnamCounter * 40503u + (uint)Environment.TickCount;
            var name = new char[6];
            for (int i = 0; i < 6; i++, n /= 62)
                name[i] = Letters[(int)(n % 62)];
            string path = "/tmp/file" + new string(name);
            if (!System.IO.File.Exists(path) && !Directory.Exists(path))
            {
                Store(buffer, System.Text.Encoding.ASCII.GetBytes(path));
                return buffer;
            }
        }
        SetErrno(EEXIST);
        return default;
    }

    [CFunction]
    public static int remove(Ptr<sbyte> path)
    {
        fixed (byte* p = HostPath(path))
            return HostLibc.Remove(p) != 0 ? HostFailure() : 0;
    }

    [CFunction]
    public static int rename(Ptr<sbyte> from, Ptr<sbyte> to)
    {
        fixed (byte* f = HostPath(from))
        fixed (byte* t = HostPath(to))
            return HostLibc.Rename(f, t) != 0 ? HostFailure() : 0;
    }

    /// <summary>
    /// The stream's buffering, before any I/O: _IOFBF, _IOLBF or _IONBF; a size with a buffer of the program's
    /// (the library keeps its own buffer of that size). Another mode fails, as in glibc.
    /// </summary>
    [CFunction]
    public static int setvbuf(Ptr<_iobuf> stream, Ptr<sbyte> buffer, int mode, uint size)
    {
        var file = File(stream);
        // glibc refuses an unknown mode without setting errno.
        if (mode is not (FullyBuffered or LineBuffered or Unbuffered))
            return Eof;
        if (!FlushOutput(file))
            return Eof;
        file.Mode = mode;
        file.Capacity = mode == Unbuffered ? 1 : !buffer.IsNull && size > 0 ? (int)Math.Min(size, 1u << 20) : BlockSize;
        if (file.ReadEnd == file.ReadPosition)
            file.Buffer = null;
        return 0;
    }

    [CFunction]
    public static void setbuf(Ptr<_iobuf> stream, Ptr<sbyte> buffer) =>
        setvbuf(stream, buffer, buffer.IsNull ? Unbuffered : FullyBuffered, 8192);
}
