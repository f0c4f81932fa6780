using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// The rest of the POSIX subset hosted programs use: process identity (the host process's ids), sleeping,
/// gettimeofday and getrusage, the password database and directory streams (the host's, converted to glibc's
/// i386 structures).
/// </summary>
public static unsafe partial class CLib
{
    /// <summary>Open directory streams: the program's DIR (a guest block holding the struct dirent readdir returns) and the
    /// host's; made at the first opendir (an unused table is not created: it would be JIT-compiled at every start).</summary>
    private static Dictionary<uint, nint>? s_directories;
    private static uint s_passwd;

    private static void StartProcess()
    {
        s_directories = null;
        s_passwd = 0;
    }

    private static void StopProcess()
    {
        if (s_directories is { } open)
        {
            foreach (var host in open.Values)
                HostLibc.Closedir(host);
        }
        s_directories = null;
    }

    [CFunction]
    public static int getpid() => Environment.ProcessId;

    [CFunction]
    public static uint getuid() => HostLibc.Getuid();

    [CFunction]
    public static uint geteuid() => HostLibc.Geteuid();

    [CFunction]
    public static uint getgid() => HostLibc.Getgid();

    [CFunction]
    public static uint getegid() => HostLibc.Getegid();

    [CFunction]
    public static int getpagesize() => 4096;

    /// <summary>Sleeps the whole time (no signal interrupts it here): 0 left.</summary>
    [CFunction]
    public static uint sleep(uint seconds)
    {
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        return 0;
    }

    [CFunction]
    public static int usleep(uint microseconds)
    {
        Thread.Sleep(TimeSpan.FromMicroseconds(microseconds));
        return 0;
    }

    /// <summary>The host's clock as a 32-bit time_t and microseconds; the time zone argument is obsolete (filled with zeros).</summary>
    [CFunction]
    public static int gettimeofday(Ptr<timeval> tv, Ptr<CVoid> tz)
    {
        long ticks = DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks;
        long seconds = ticks / TimeSpan.TicksPerSecond;
        if (!tv.IsNull)
        {
            if (seconds > int.MaxValue)
            {
                SetErrno(EOVERFLOW);
                return -1;
            }
            Mem.RefW<int>(tv.Address) = (int)seconds;
            Mem.RefW<int>(tv.Address + 4) = (int)(ticks % TimeSpan.TicksPerSecond / 10);
        }
        if (!tz.IsNull)
            Mem.RefW<ulong>(tz.Address) = 0;
        return 0;
    }

    /// <summary>The run's processor times (the host process's); glibc's i386 struct rusage, other counters zero.</summary>
    [CFunction]
    public static int getrusage(int who, Ptr<rusage> usage)
    {
        if (who is not (0 or -1))
        {
            SetErrno(EINVAL);
            return -1;
        }
        Mem.Bytes(usage.Address, 72, Access.Write).Clear();
        if (who == 0)
        {
            using var process = Process.GetCurrentProcess();
            Times(usage.Address, process.UserProcessorTime);
            Times(usage.Address + 8, process.PrivilegedProcessorTime);
        }
        return 0;

        static void Times(uint at, TimeSpan time)
        {
            Mem.RefW<int>(at) = (int)(time.Ticks / TimeSpan.TicksPerSecond);
            Mem.RefW<int>(at + 4) = (int)(time.Ticks % TimeSpan.TicksPerSecond / 10);
        }
    }

    [CFunction]
    public static Ptr<passwd> getpwuid(uint uid) => Passwd(HostLibc.Getpwuid(uid));

    [CFunction]
    public static Ptr<passwd> getpwnam(Ptr<sbyte> name)
    {
        fixed (byte* p = HostPath(name))
            return Passwd(HostLibc.Getpwnam(p));
    }

    /// <summary>
    /// The host's entry as glibc's i386 struct passwd (28 bytes), its strings copied after it in one guest block
    /// that the next call replaces; none is NULL (errno as the host left it).
    /// </summary>
    private static Ptr<passwd> Passwd(nint* host)
    {
        if (host == null)
        {
            HostFailure();
            return default;
        }
        int[] strings = [0, 1, 3, 4, 5]; // pw_name, pw_passwd, pw_gecos, pw_dir, pw_shell (8-byte slots on the host; 2 holds the ids)
        var texts = strings.Select(i => host[i] == 0 ? null : MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)host[i]).ToArray()).ToArray();
        uint size = 28 + (uint)texts.Sum(t => t is null ? 0 : t.Length + 1);
        if (s_passwd != 0)
            free(new Ptr<CVoid>(s_passwd));
        s_passwd = malloc(size).Address;
        if (s_passwd == 0)
        {
            SetErrno(ENOMEM);
            return default;
        }
        uint next = s_passwd + 28;
        uint[] slots = [0, 4, 16, 20, 24];
        for (int i = 0; i < texts.Length; i++)
        {
            if (texts[i] is not { } text)
            {
                Mem.RefW<uint>(s_passwd + slots[i]) = 0;
                continue;
            }
            Mem.RefW<uint>(s_passwd + slots[i]) = next;
            text.CopyTo(Mem.Bytes(next, (uint)text.Length, Access.Write));
            Mem.RefW<byte>(next + (uint)text.Length) = 0;
            next += (uint)text.Length + 1;
        }
        Mem.RefW<uint>(s_passwd + 8) = *(uint*)(host + 2);
        Mem.RefW<uint>(s_passwd + 12) = *((uint*)(host + 2) + 1);
        return new Ptr<passwd>(s_passwd);
    }

    // glibc's i386 struct dirent: d_ino, d_off (32 bits each), d_reclen, d_type, d_name[256]; 268 bytes padded.
    private const uint DirentSize = 268;

    [CFunction]
    public static Ptr<__dirstream> opendir(Ptr<sbyte> path)
    {
        nint host;
        fixed (byte* p = HostPath(path))
            host = HostLibc.Opendir(p);
        if (host == 0)
        {
            HostFailure();
            return default;
        }
        uint dir = malloc(DirentSize).Address;
        if (dir == 0)
        {
            HostLibc.Closedir(host);
            SetErrno(ENOMEM);
            return default;
        }
        (s_directories ??= [])[dir] = host;
        return new Ptr<__dirstream>(dir);
    }

    /// <summary>The next entry, in the stream's own block; NULL at the end (errno unchanged) or on error.</summary>
    [CFunction]
    public static Ptr<dirent> readdir(Ptr<__dirstream> dir)
    {
        if (s_directories is null || !s_directories.TryGetValue(dir.Address, out var host))
        {
            SetErrno(EBADF);
            return default;
        }
        Marshal.SetLastPInvokeError(0);
        byte* entry = HostLibc.Readdir(host);
        if (entry == null)
        {
            if (HostLibc.Errno != 0)
                HostFailure();
            return default;
        }
        ulong ino = *(ulong*)entry;
        if (ino > uint.MaxValue)
        {
            SetErrno(EOVERFLOW);
            return default;
        }
        var name = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(entry + 19);
        uint at = dir.Address;
        Mem.RefW<uint>(at) = (uint)ino;
        Mem.RefW<int>(at + 4) = (int)*(long*)(entry + 8);
        Mem.RefW<ushort>(at + 8) = (ushort)((11 + name.Length + 1 + 3) & ~3);
        Mem.RefW<byte>(at + 10) = entry[18];
        name.CopyTo(Mem.Bytes(at + 11, (uint)name.Length, Access.Write));
        Mem.RefW<byte>(at + 11 + (uint)name.Length) = 0;
        return new Ptr<dirent>(at);
    }

    [CFunction]
    public static int closedir(Ptr<__dirstream> dir)
    {
        if (s_directories is null || !s_directories.Remove(dir.Address, out var host))
        {
            SetErrno(EBADF);
            return -1;
        }
        free(new Ptr<CVoid>(dir.Address));
        return HostLibc.Closedir(host) != 0 ? HostFailure() : 0;
    }
}

/// <summary>sys/resource.h's <c>struct rusage</c>, glibc's i386 layout (72 bytes).</summary>
[StructLayout(LayoutKind.Sequential, Size = 72)]
[CTag("rusage")]
#pragma warning disable IDE1006, CS8981 // named as the C tag
public struct rusage
#pragma warning restore IDE1006, CS8981
{
}

/// <summary>pwd.h's <c>struct passwd</c>, glibc's i386 layout (five strings, two ids: 28 bytes).</summary>
[StructLayout(LayoutKind.Sequential, Size = 28)]
[CTag("passwd")]
#pragma warning disable IDE1006, CS8981 // named as the C tag
public struct passwd
#pragma warning restore IDE1006, CS8981
{
}

/// <summary>dirent.h's <c>struct dirent</c>, glibc's i386 layout (268 bytes).</summary>
[StructLayout(LayoutKind.Sequential, Size = 268)]
[CTag("dirent")]
#pragma warning disable IDE1006, CS8981 // named as the C tag
public struct dirent
#pragma warning restore IDE1006, CS8981
{
}

/// <summary>dirent.h's <c>DIR</c> (<c>struct __dirstream</c>), opaque to C.</summary>
[StructLayout(LayoutKind.Sequential, Size = 4)]
[CTag("__dirstream")]
#pragma warning disable IDE1006, CS8981 // named as the C tag
public struct __dirstream
#pragma warning restore IDE1006, CS8981
{
}
