using System.Globalization;
using System.Text;

namespace Nt2cs.Runtime;

/// <summary>
/// errno.h: the error number, an int in guest memory that <c>_errno()</c> points at (the MSVC CRT's way), and
/// the messages strerror and perror print for it, worded as glibc words them since glibc is the reference.
/// </summary>
public static unsafe partial class CLib
{
    internal const int EBADF = 9;
    internal const int ENOMEM = 12;
    internal const int EINVAL = 22;
    internal const int ERANGE = 34;
    internal const int EILSEQ = 84;

    private static uint s_errno;

    private static void AllocateErrno()
    {
        s_errno = calloc(1, 4).Address;
        if (s_errno == 0)
            throw new SehException(NtStatus.NoMemory);
    }

    [CFunction]
    public static Ptr<int> _errno() => new(s_errno);

    internal static void SetErrno(int value) => Mem.RefW<int>(s_errno) = value;

    /// <summary>glibc's messages for the error numbers errno.h defines, indexed by number.</summary>
    private static readonly string[] s_errorMessages =
    [
        "Success",
        "Operation not permitted",
        "No such file or directory",
        "No such process",
        "Interrupted system call",
        "Input/output error",
        "No such device or address",
        "Argument list too long",
        "Exec format error",
        "Bad file descriptor",
        "No child processes",
        "Resource temporarily unavailable",
        "Cannot allocate memory",
        "Permission denied",
        "Bad address",
        "Block device required",
        "Device or resource busy",
        "File exists",
        "Invalid cross-device link",
        "No such device",
        "Not a directory",
        "Is a directory",
        "Invalid argument",
        "Too many open files in system",
        "Too many open files",
        "Inappropriate ioctl for device",
        "Text file busy",
        "File too large",
        "No space left on device",
        "Illegal seek",
        "Read-only file system",
        "Too many links",
        "Broken pipe",
        "Numerical argument out of domain",
        "Numerical result out of range",
    ];

    /// <summary>The message for error number <paramref name="error"/>, as ASCII bytes.</summary>
    private static byte[] ErrorMessage(int error)
    {
        string text = error switch
        {
            >= 0 when error < s_errorMessages.Length => s_errorMessages[error],
            EILSEQ => "Invalid or incomplete multibyte or wide character",
            _ => "Unknown error " + error.ToString(CultureInfo.InvariantCulture),
        };
        return Encoding.ASCII.GetBytes(text);
    }
}
