namespace Nt2cs.Runtime;

/// <summary>
/// stdio.h's file positions: fseek, ftell and rewind over a stream's buffer, with glibc's answers (the position
/// counts pushed-back bytes as read back, an append stream's is the end of its file before it has read).
/// long is 32 bits for an i386 program, so a position past 2 GiB is EOVERFLOW.
/// </summary>
public static unsafe partial class CLib
{
    private const int SeekSet = 0;
    private const int SeekCur = 1;
    private const int SeekEnd = 2;

    /// <summary>The stream's position as the program sees it, or -1 with errno.</summary>
    private static long Position(CFile file)
    {
        long at = SeekDescriptor(file.Fd, 0, SeekCur);
        if (at < 0)
            return -1;
        if (file.Pending > 0)
        {
            // Appended output lands at the end, wherever the descriptor is.
            if (file.Append)
                at = SeekDescriptor(file.Fd, 0, SeekEnd);
            return at + file.Pending;
        }
        if (!file.Used && file.Append)
        {
            long end = SeekDescriptor(file.Fd, 0, SeekEnd);
            SeekDescriptor(file.Fd, at, SeekSet);
            return end;
        }
        return Math.Max(0, at - (file.ReadEnd - file.ReadPosition) - file.PushedBack.Count);
    }

    [CFunction]
    public static int ftell(Ptr<_iobuf> stream)
    {
        long at = Position(File(stream));
        if (at > int.MaxValue)
        {
            SetErrno(EOVERFLOW);
            return -1;
        }
        return (int)at;
    }

    [CFunction]
    public static int fseek(Ptr<_iobuf> stream, int offset, int whence)
    {
        var file = File(stream);
        if (whence is not (SeekSet or SeekCur or SeekEnd))
        {
            SetErrno(EINVAL);
            return -1;
        }
        long target = offset;
        if (whence == SeekCur)
        {
            long at = Position(file);
            if (at < 0)
                return -1;
            target += at;
            whence = SeekSet;
        }
        if (file.Pending > 0 && !FlushOutput(file))
            return -1;
        if (whence == SeekSet && target < 0)
        {
            SetErrno(EINVAL);
            return -1;
        }
        if (SeekDescriptor(file.Fd, target, whence) < 0)
            return -1;
        file.ReadPosition = file.ReadEnd = 0;
        file.PushedBack.Clear();
        file.AtEof = false;
        return 0;
    }

    [CFunction]
    public static void rewind(Ptr<_iobuf> stream)
    {
        fseek(stream, 0, SeekSet);
        clearerr(stream);
    }
}
