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

    [LibraryImport(Libc, EntryPoint = "pread", SetLastError = true)]
    public static partial nint Pread(int fd, byte* buffer, nuint count, long offset);

    [LibraryImport(Libc, EntryPoint = "pwrite", SetLastError = true)]
    public static partial nint Pwrite(int fd, byte* buffer, nuint count, long offset);

    [LibraryImport(Libc, EntryPoint = "ftruncate", SetLastError = true)]
    public static partial int Ftruncate(int fd, long length);

    /// <summary>The x86-64 struct stat (144 bytes) the three stat calls fill.</summary>
    [LibraryImport(Libc, EntryPoint = "stat", SetLastError = true)]
    public static partial int Stat(byte* path, byte* buffer);

    [LibraryImport(Libc, EntryPoint = "lstat", SetLastError = true)]
    public static partial int Lstat(byte* path, byte* buffer);

    [LibraryImport(Libc, EntryPoint = "fstat", SetLastError = true)]
    public static partial int Fstat(int fd, byte* buffer);

    /// <summary>fcntl with an integer or pointer argument (the x86-64 struct flock, 32 bytes, for locks).</summary>
    [LibraryImport(Libc, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fd, int command, nint argument);

    [LibraryImport(Libc, EntryPoint = "fchmod", SetLastError = true)]
    public static partial int Fchmod(int fd, uint mode);

    [LibraryImport(Libc, EntryPoint = "fchown", SetLastError = true)]
    public static partial int Fchown(int fd, uint owner, uint group);

    [LibraryImport(Libc, EntryPoint = "chmod", SetLastError = true)]
    public static partial int Chmod(byte* path, uint mode);

    [LibraryImport(Libc, EntryPoint = "mkdir", SetLastError = true)]
    public static partial int Mkdir(byte* path, uint mode);

    [LibraryImport(Libc, EntryPoint = "chdir", SetLastError = true)]
    public static partial int Chdir(byte* path);

    [LibraryImport(Libc, EntryPoint = "rmdir", SetLastError = true)]
    public static partial int Rmdir(byte* path);

    [LibraryImport(Libc, EntryPoint = "symlink", SetLastError = true)]
    public static partial int Symlink(byte* target, byte* path);

    [LibraryImport(Libc, EntryPoint = "readlink", SetLastError = true)]
    public static partial nint Readlink(byte* path, byte* buffer, nuint size);

    [LibraryImport(Libc, EntryPoint = "getcwd", SetLastError = true)]
    public static partial byte* Getcwd(byte* buffer, nuint size);

    /// <summary>utimes with two x86-64 struct timevals (16 bytes each) or none.</summary>
    [LibraryImport(Libc, EntryPoint = "utimes", SetLastError = true)]
    public static partial int Utimes(byte* path, long* times);

    [LibraryImport(Libc, EntryPoint = "opendir", SetLastError = true)]
    public static partial nint Opendir(byte* path);

    /// <summary>The x86-64 struct dirent: d_ino at 0, d_off at 8, d_reclen at 16, d_type at 18, d_name at 19.</summary>
    [LibraryImport(Libc, EntryPoint = "readdir", SetLastError = true)]
    public static partial byte* Readdir(nint dir);

    [LibraryImport(Libc, EntryPoint = "closedir", SetLastError = true)]
    public static partial int Closedir(nint dir);

    /// <summary>The x86-64 struct passwd: five strings and two ids (name, passwd, uid, gid, gecos, dir, shell).</summary>
    [LibraryImport(Libc, EntryPoint = "getpwuid", SetLastError = true)]
    public static partial nint* Getpwuid(uint uid);

    [LibraryImport(Libc, EntryPoint = "getpwnam", SetLastError = true)]
    public static partial nint* Getpwnam(byte* name);

    [LibraryImport(Libc, EntryPoint = "getuid")]
    public static partial uint Getuid();

    [LibraryImport(Libc, EntryPoint = "geteuid")]
    public static partial uint Geteuid();

    [LibraryImport(Libc, EntryPoint = "getgid")]
    public static partial uint Getgid();

    [LibraryImport(Libc, EntryPoint = "getegid")]
    public static partial uint Getegid();

    /// <summary>errno of the last call above.</summary>
    public static int Errno => Marshal.GetLastPInvokeError();
}
