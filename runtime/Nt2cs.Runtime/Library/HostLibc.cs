using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// The host's C library (glibc on the Debian hosts nt2cs runs on), for what a hosted program does to host files:
/// its system calls give the native i386 build's results and errno values as they are, since Linux's error
/// numbers and glibc's wording are the same on x86-64 and i386. Paths are NUL-terminated byte strings.
/// </summary>
internal static unsafe partial class HostLibc
{
    private const string Libc = "libc.so.6";

    // O_CLOEXEC: a file the guest opens is never inherited by processes the host starts.
    public const int OCloexec = 0x80000;

    [LibraryImport(Libc, EntryPoint = "open", SetLastError = true)]
    public static partial int Open(byte* path, int flags, int mode);

    [LibraryImport(Libc, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Libc, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport(Libc, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buffer, nuint count);

    [LibraryImport(Libc, EntryPoint = "lseek", SetLastError = true)]
    public static partial long Lseek(int fd, long offset, int whence);

    [LibraryImport(Libc, EntryPoint = "fsync", SetLastError = true)]
    public static partial int Fsync(int fd);

    [LibraryImport(Libc, EntryPoint = "unlink", SetLastError = true)]
    public static partial int Unlink(byte* path);

    [LibraryImport(Libc, EntryPoint = "remove", SetLastError = true)]
    public static partial int Remove(byte* path);

    [LibraryImport(Libc, EntryPoint = "rename", SetLastError = true)]
    public static partial int Rename(byte* from, byte* to);

    [LibraryImport(Libc, EntryPoint = "access", SetLastError = true)]
    public static partial int Access(byte* path, int mode);

    [LibraryImport(Libc, EntryPoint = "mkstemp", SetLastError = true)]
    public static partial int Mkstemp(byte* template);

    /// <summary>errno of the last call above.</summary>
    public static int Errno => Marshal.GetLastPInvokeError();
}
