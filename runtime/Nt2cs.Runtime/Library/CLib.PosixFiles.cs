using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// sys/stat.h, and unistd.h's and fcntl.h's calls on files beyond open/read/write (CLib.Posix.cs): status, locks,
/// positioned I/O, truncation, permissions, directories and links. Each calls the host's C library, so results
/// and errno values are the native build's, with glibc's i386 conversions where its types are narrower: struct
/// stat has a 32-bit inode number, size and times (a value that does not fit is EOVERFLOW and the buffer is left
/// as it was), off_t is 32 bits, struct flock has 32-bit offsets.
/// </summary>
public static unsafe partial class CLib
{
    // glibc's i386 struct stat (88 bytes) and the host's x86-64 one (144 bytes): field offsets.
    private const uint StDev = 0, StIno = 12, StMode = 16, StNlink = 20, StUid = 24, StGid = 28, StRdev = 32, StSize = 44,
        StBlksize = 48, StBlocks = 52, StAtim = 56, StMtim = 64, StCtim = 72, StatSize = 88;
    private const int HostStatSize = 144;

    private delegate int HostStatCall(byte* buffer);

    /// <summary>Runs a host stat call and converts its result as glibc's i386 stat does.</summary>
    private static int StatInto(Ptr<struct_stat> buffer, HostStatCall call)
    {
        byte* host = stackalloc byte[HostStatSize];
        if (call(host) != 0)
            return HostFailure();
        long ino = *(long*)(host + 8), size = *(long*)(host + 48), blocks = *(long*)(host + 64);
        long atime = *(long*)(host + 72), mtime = *(long*)(host + 88), ctime = *(long*)(host + 104);
        if ((ulong)ino > uint.MaxValue || size > int.MaxValue || blocks > int.MaxValue
            || atime != (int)atime || mtime != (int)mtime || ctime != (int)ctime)
        {
            SetErrno(EOVERFLOW);
            return -1;
        }
        uint at = buffer.Address;
        Mem.Bytes(at, StatSize, Access.Write).Clear();
        Mem.RefW<ulong>(at + StDev) = *(ulong*)host;
        Mem.RefW<uint>(at + StIno) = (uint)ino;
        Mem.RefW<uint>(at + StMode) = *(uint*)(host + 24);
        Mem.RefW<uint>(at + StNlink) = (uint)*(ulong*)(host + 16);
        Mem.RefW<uint>(at + StUid) = *(uint*)(host + 28);
        Mem.RefW<uint>(at + StGid) = *(uint*)(host + 32);
        Mem.RefW<ulong>(at + StRdev) = *(ulong*)(host + 40);
        Mem.RefW<int>(at + StSize) = (int)size;
        Mem.RefW<int>(at + StBlksize) = (int)*(long*)(host + 56);
        Mem.RefW<int>(at + StBlocks) = (int)blocks;
        for (uint i = 0; i < 3; i++)
        {
            Mem.RefW<int>(at + StAtim + 8 * i) = (int)*(long*)(host + 72 + 16 * i);
            Mem.RefW<int>(at + StAtim + 8 * i + 4) = (int)*(long*)(host + 80 + 16 * i);
        }
        return 0;
    }

    [CFunction]
    public static int stat(Ptr<sbyte> path, Ptr<struct_stat> buffer)
    {
        var name = HostPath(path);
        return StatInto(buffer, host => { fixed (byte* p = name) return HostLibc.Stat(p, host); });
    }

    [CFunction]
    public static int lstat(Ptr<sbyte> path, Ptr<struct_stat> buffer)
    {
        var name = HostPath(path);
        return StatInto(buffer, host => { fixed (byte* p = name) return HostLibc.Lstat(p, host); });
    }

    /// <summary>The standard streams are pipes: a FIFO readable and writable by its owner, nothing else known.</summary>
    [CFunction]
    public static int fstat(int fd, Ptr<struct_stat> buffer)
    {
        if (Descriptor(fd) is not { } host)
            return -1;
        if (host < 0)
        {
            Mem.Bytes(buffer.Address, StatSize, Access.Write).Clear();
            Mem.RefW<uint>(buffer.Address + StMode) = 0x1000 | 0x180; // S_IFIFO | 0600
            Mem.RefW<uint>(buffer.Address + StNlink) = 1;
            Mem.RefW<int>(buffer.Address + StBlksize) = 4096;
            return 0;
        }
        return StatInto(buffer, into => HostLibc.Fstat(host, into));
    }

    /// <summary>The host descriptor of a file <paramref name="fd"/> stands for; a standard stream is <paramref name="streamErrno"/>.</summary>
    private static int? FileDescriptor(int fd, int streamErrno)
    {
        if (Descriptor(fd) is not { } host)
            return null;
        if (host < 0)
        {
            SetErrno(streamErrno);
            return null;
        }
        return host;
    }

    [CFunction]
    public static int pread(int fd, Ptr<CVoid> buffer, uint count, int offset)
    {
        if (FileDescriptor(fd, ESPIPE) is not { } host)
            return -1;
        var into = Mem.Bytes(buffer.Address, Math.Min(count, int.MaxValue), Access.Write);
        fixed (byte* p = into)
        {
            nint got = HostLibc.Pread(host, p, (nuint)into.Length, offset);
            return got < 0 ? HostFailure() : (int)got;
        }
    }

    [CFunction]
    public static int pwrite(int fd, Ptr<CVoid> buffer, uint count, int offset)
    {
        if (FileDescriptor(fd, ESPIPE) is not { } host)
            return -1;
        var bytes = Mem.Bytes(buffer.Address, Math.Min(count, int.MaxValue), Access.Read);
        fixed (byte* p = bytes)
        {
            nint put = HostLibc.Pwrite(host, p, (nuint)bytes.Length, offset);
            return put < 0 ? HostFailure() : (int)put;
        }
    }

    [CFunction]
    public static int ftruncate(int fd, int length)
    {
        if (FileDescriptor(fd, EINVAL) is not { } host)
            return -1;
        return HostLibc.Ftruncate(host, length) != 0 ? HostFailure() : 0;
    }

    [CFunction]
    public static int fchmod(int fd, uint mode)
    {
        if (FileDescriptor(fd, EINVAL) is not { } host)
            return -1;
        return HostLibc.Fchmod(host, mode) != 0 ? HostFailure() : 0;
    }

    [CFunction]
    public static int fchown(int fd, uint owner, uint group)
    {
        if (FileDescriptor(fd, EINVAL) is not { } host)
            return -1;
        return HostLibc.Fchown(host, owner, group) != 0 ? HostFailure() : 0;
    }

    // fcntl's commands (Linux's, the same on i386 and x86-64 for these).
    private const int FDupfd = 0, FGetfd = 1, FSetfd = 2, FGetfl = 3, FSetfl = 4, FGetlk = 5, FSetlk = 6, FSetlkw = 7, FDupfdCloexec = 1030;

    /// <summary>
    /// Descriptor flags, status flags and POSIX record locks (held by the host process for the run, as a native
    /// process holds them). struct flock is i386's: type and whence (16 bits each), then 32-bit start, length
    /// and pid. Duplicating a descriptor is refused (EINVAL): descriptors here stand for one host file each.
    /// </summary>
    [CFunction]
    public static int fcntl(int fd, int command, Ptr<sbyte> args)
    {
        if (Descriptor(fd) is not { } host)
            return -1;
        switch (command)
        {
            case FGetfd:
                return host < 0 ? 0 : HostResult(HostLibc.Fcntl(host, FGetfd, 0));
            case FSetfd:
            {
                int flags = Va.Arg<int>(ref args);
                return host < 0 ? 0 : HostResult(HostLibc.Fcntl(host, FSetfd, flags));
            }
            case FGetfl:
                return host switch
                {
                    -1 - StdinFd => 0, // O_RDONLY
                    < 0 => 1, // O_WRONLY
                    _ => HostResult(HostLibc.Fcntl(host, FGetfl, 0)),
                };
            case FSetfl:
            {
                int flags = Va.Arg<int>(ref args);
                return host < 0 ? 0 : HostResult(HostLibc.Fcntl(host, FSetfl, flags));
            }
            case FGetlk or FSetlk or FSetlkw:
            {
                uint flock = Va.Arg<uint>(ref args);
                if (host < 0)
                {
                    SetErrno(EINVAL);
                    return -1;
                }
                return Lock(host, command, flock);
            }
            case FDupfd or FDupfdCloexec:
            default:
                SetErrno(EINVAL);
                return -1;
        }
    }

    private static int HostResult(int result) => result < 0 ? HostFailure() : result;

    /// <summary>A lock command with the program's 16-byte struct flock at <paramref name="flock"/> (F_GETLK writes it back).</summary>
    private static int Lock(int host, int command, uint flock)
    {
        byte* lk = stackalloc byte[32];
        new Span<byte>(lk, 32).Clear();
        *(short*)lk = Mem.Ref<short>(flock);
        *(short*)(lk + 2) = Mem.Ref<short>(flock + 2);
        *(long*)(lk + 8) = Mem.Ref<int>(flock + 4);
        *(long*)(lk + 16) = Mem.Ref<int>(flock + 8);
        if (HostLibc.Fcntl(host, command, (nint)lk) < 0)
            return HostFailure();
        if (command == FGetlk)
        {
            long start = *(long*)(lk + 8), length = *(long*)(lk + 16);
            if (start != (int)start || length != (int)length)
            {
                SetErrno(EOVERFLOW);
                return -1;
            }
            Mem.RefW<short>(flock) = *(short*)lk;
            Mem.RefW<short>(flock + 2) = *(short*)(lk + 2);
            Mem.RefW<int>(flock + 4) = (int)start;
            Mem.RefW<int>(flock + 8) = (int)length;
            Mem.RefW<int>(flock + 12) = *(int*)(lk + 24);
        }
        return 0;
    }

    /// <summary>A host call on one path: 0, or -1 with its errno.</summary>
    private static int OnPath(Ptr<sbyte> path, Func<nint, int> call)
    {
        fixed (byte* p = HostPath(path))
            return call((nint)p) != 0 ? HostFailure() : 0;
    }

    [CFunction]
    public static int chmod(Ptr<sbyte> path, uint mode) => OnPath(path, p => HostLibc.Chmod((byte*)p, mode));

    [CFunction]
    public static int mkdir(Ptr<sbyte> path, uint mode) => OnPath(path, p => HostLibc.Mkdir((byte*)p, mode));

    [CFunction]
    public static int rmdir(Ptr<sbyte> path) => OnPath(path, p => HostLibc.Rmdir((byte*)p));

    /// <summary>The host process's working directory, which relative paths of the run resolve against.</summary>
    [CFunction]
    public static int chdir(Ptr<sbyte> path) => OnPath(path, p => HostLibc.Chdir((byte*)p));

    [CFunction]
    public static int symlink(Ptr<sbyte> target, Ptr<sbyte> path)
    {
        fixed (byte* t = HostPath(target))
        fixed (byte* p = HostPath(path))
            return HostLibc.Symlink(t, p) != 0 ? HostFailure() : 0;
    }

    [CFunction]
    public static int readlink(Ptr<sbyte> path, Ptr<sbyte> buffer, uint size)
    {
        var into = Mem.Bytes(buffer.Address, Math.Min(size, int.MaxValue), Access.Write);
        fixed (byte* p = HostPath(path))
        fixed (byte* b = into)
        {
            nint got = HostLibc.Readlink(p, b, (nuint)into.Length);
            return got < 0 ? HostFailure() : (int)got;
        }
    }

    /// <summary>getcwd into the program's buffer (glibc's extension of a null buffer allocates one of the size needed).</summary>
    [CFunction]
    public static Ptr<sbyte> getcwd(Ptr<sbyte> buffer, uint size)
    {
        byte* host = stackalloc byte[4096];
        if (HostLibc.Getcwd(host, 4096) == null)
        {
            HostFailure();
            return default;
        }
        var path = new ReadOnlySpan<byte>(host, new ReadOnlySpan<byte>(host, 4096).IndexOf((byte)0));
        if (buffer.IsNull)
        {
            size = Math.Max(size, (uint)path.Length + 1);
            buffer = malloc(size).As<sbyte>();
            if (buffer.IsNull)
            {
                SetErrno(ENOMEM);
                return default;
            }
        }
        else if (size == 0)
        {
            SetErrno(EINVAL);
            return default;
        }
        if (path.Length + 1 > size)
        {
            SetErrno(ERANGE);
            return default;
        }
        path.CopyTo(Mem.Bytes(buffer.Address, (uint)path.Length, Access.Write));
        buffer.W[path.Length] = 0;
        return buffer;
    }

    /// <summary>utimes with the program's two i386 struct timevals (or none: now).</summary>
    [CFunction]
    public static int utimes(Ptr<sbyte> path, Ptr<timeval> times)
    {
        long* host = stackalloc long[4];
        for (uint i = 0; i < 4 && !times.IsNull; i++)
            host[i] = Mem.Ref<int>(times.Address + 4 * i);
        fixed (byte* p = HostPath(path))
            return HostLibc.Utimes(p, times.IsNull ? null : host) != 0 ? HostFailure() : 0;
    }

    /// <summary>utime with the program's i386 struct utimbuf (access and modification seconds), or none: now.</summary>
    [CFunction]
    public static int utime(Ptr<sbyte> path, Ptr<utimbuf> times)
    {
        long* host = stackalloc long[4];
        if (!times.IsNull)
        {
            host[0] = Mem.Ref<int>(times.Address);
            host[1] = 0;
            host[2] = Mem.Ref<int>(times.Address + 4);
            host[3] = 0;
        }
        fixed (byte* p = HostPath(path))
            return HostLibc.Utimes(p, times.IsNull ? null : host) != 0 ? HostFailure() : 0;
    }
}

/// <summary>sys/stat.h's <c>struct stat</c>, glibc's i386 layout (88 bytes); named apart from the function <c>stat</c>.</summary>
[StructLayout(LayoutKind.Sequential, Size = 88)]
[CTag("stat")]
#pragma warning disable IDE1006 // C's tag, spelled as C programs know it
public struct struct_stat
#pragma warning restore IDE1006
{
}

/// <summary>sys/time.h's <c>struct timeval</c>, glibc's i386 layout (32-bit seconds and microseconds).</summary>
[StructLayout(LayoutKind.Sequential, Size = 8)]
[CTag("timeval")]
#pragma warning disable IDE1006, CS8981 // named as the C tag
public struct timeval
#pragma warning restore IDE1006, CS8981
{
}

/// <summary>utime.h's <c>struct utimbuf</c>, glibc's i386 layout (two 32-bit times).</summary>
[StructLayout(LayoutKind.Sequential, Size = 8)]
[CTag("utimbuf")]
#pragma warning disable IDE1006, CS8981 // named as the C tag
public struct utimbuf
#pragma warning restore IDE1006, CS8981
{
}
