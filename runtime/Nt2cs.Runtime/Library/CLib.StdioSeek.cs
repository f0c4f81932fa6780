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
        long position = at - (file.ReadEnd - file.ReadPosition) - file.PushedBack.Count;
        if (position >= 0)
            return position;
        // Bytes pushed back before the start of the file, glibc's answers: with no input buffered it seeks the
        // descriptor back over them, which fails (EINVAL); with input buffered it subtracts, and -1, its error
        // value, is reported as EIO while a lower one is returned as it is. (glibc keeps its buffer across a seek
        // that lands inside it; this runtime drops it, so after such a seek the first answer is given.)
        if (file.ReadEnd == 0)
        {
            SetErrno(EINVAL);
            return -1;
        }
        if (position == -1)
            SetErrno(EIO);
        return position;
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

    /// <summary>
    /// <c>fgetpos</c>: ftell's position, stored in the fpos_t, with ftell's errors. glibc writes the multibyte state
    /// of wide streams only, and no stream here is wide, so the state stays as the program left it.
    /// </summary>
    [CFunction]
    public static int fgetpos(Ptr<_iobuf> stream, Ptr<_G_fpos_t> position)
    {
        int at = ftell(stream);
        if (at == -1)
            return -1;
        Mem.RefW<int>(position.Address) = at;
        return 0;
    }

    /// <summary><c>fsetpos</c>: to the position fgetpos stored, as fseek to it from the start does (pushed-back bytes dropped, end of file cleared).</summary>
    [CFunction]
    public static int fsetpos(Ptr<_iobuf> stream, Ptr<_G_fpos_t> position) =>
        fseek(stream, Mem.Read<int>(position.Address), SeekSet);

    [CFunction]
    public static void rewind(Ptr<_iobuf> stream)
    {
        fseek(stream, 0, SeekSet);
        clearerr(stream);
    }
}

/// <summary>stdio.h's <c>fpos_t</c> (<c>struct _G_fpos_t</c>), glibc's i386 layout without 64-bit offsets: the offset, then a multibyte state.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Size = 12)]
[CTag("_G_fpos_t")]
#pragma warning disable IDE1006, CS8981 // named as the C tag, which the translator maps to this type
public struct _G_fpos_t
#pragma warning restore IDE1006, CS8981
{
}
