using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// stdio.h: the three standard streams and the functions that read and write them. The FILE objects live in
/// guest memory so C can hold and compare their addresses, but their state lives here. stdout is fully buffered
/// the way glibc buffers a pipe (so what reaches the host stream, and what an abort loses, matches the native
/// reference); stderr is unbuffered; stdin is read through its own buffer. Bytes pass through unchanged.
/// </summary>
public static unsafe partial class CLib
{
    private const int Eof = -1;
    private const uint StdinIndex = 0;
    private const uint StdoutIndex = 1;
    private const uint StderrIndex = 2;

    /// <summary>glibc sizes a pipe's buffer by its st_blksize, 4096 on Linux.</summary>
    private const int StdoutBufferSize = 4096;

    private static readonly byte[] s_outBuffer = new byte[StdoutBufferSize];
    private static int s_outCount;

    private static readonly byte[] s_inBuffer = new byte[4096];
    private static int s_inPosition;
    private static int s_inLength;
    private static bool s_inEof;
    private static readonly Stack<byte> s_pushedBack = new();

    /// <summary>Guest address of the three FILE objects, stdin, stdout and stderr in that order.</summary>
    private static uint s_iob;

    private static void StartStdio()
    {
        s_outCount = 0;
        s_inPosition = 0;
        s_inLength = 0;
        s_inEof = false;
        s_pushedBack.Clear();
        s_iob = 0;
    }

    /// <summary>Gives the standard streams their guest FILE objects; needs the heap.</summary>
    private static void AllocateStreams()
    {
        uint size = 3 * (uint)sizeof(_iobuf);
        s_iob = calloc(1, size).Address;
        if (s_iob == 0)
            throw new SehException(NtStatus.NoMemory);
    }

    /// <summary>Writes out everything buffered for stdout and flushes the host streams.</summary>
    public static void Flush()
    {
        FlushStdout();
        s_stdout.Flush();
        s_stderr.Flush();
    }

    private static void FlushStdout()
    {
        if (s_outCount == 0)
            return;
        int count = s_outCount;
        s_outCount = 0;
        try
        {
            s_stdout.Write(s_outBuffer, 0, count);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            s_stdout = Stream.Null;
            throw new OutputFailedException($"writing stdout failed: {e.Message}");
        }
    }

    /// <summary>Drops stdout's pending bytes, as a process killed by a signal loses them.</summary>
    /// <summary>Drops buffered stdout, as a process killed by a signal (or abort) loses it.</summary>
    public static void DiscardOutput() => s_outCount = 0;

    /// <summary>Which standard stream <paramref name="stream"/> is; anything else is a caller's error.</summary>
    private static uint StreamIndex(Ptr<_iobuf> stream)
    {
        uint offset = stream.Address - s_iob;
        if (s_iob != 0 && offset < 3 * (uint)sizeof(_iobuf) && offset % (uint)sizeof(_iobuf) == 0)
            return offset / (uint)sizeof(_iobuf);
        throw new SehException(NtStatus.InvalidParameter)
        {
            Data = { ["detail"] = $"0x{stream.Address:X8} is not a FILE (only stdin, stdout and stderr exist)" },
        };
    }

    /// <summary>Writes to a standard stream; false (errno EBADF) when the stream is not open for writing.</summary>
    private static bool WriteStream(uint index, ReadOnlySpan<byte> bytes)
    {
        if (index == StdoutIndex)
        {
            while (!bytes.IsEmpty)
            {
                int room = Math.Min(StdoutBufferSize - s_outCount, bytes.Length);
                bytes[..room].CopyTo(s_outBuffer.AsSpan(s_outCount));
                s_outCount += room;
                bytes = bytes[room..];
                if (s_outCount == StdoutBufferSize)
                    FlushStdout();
            }
            return true;
        }
        if (index == StderrIndex)
        {
            s_stderr.Write(bytes);
            s_stderr.Flush();
            return true;
        }
        SetErrno(EBADF);
        return false;
    }

    /// <summary>The next byte of stdin, or EOF. End of input is sticky, as in glibc since 2.28.</summary>
    private static int ReadStdin()
    {
        if (s_pushedBack.Count > 0)
            return s_pushedBack.Pop();
        if (s_inPosition == s_inLength)
        {
            if (s_inEof || s_stdin is null)
                return Eof;
            // Whoever waits for input should see the prompt first.
            FlushStdout();
            s_stdout.Flush();
            s_inLength = s_stdin.Read(s_inBuffer, 0, s_inBuffer.Length);
            s_inPosition = 0;
            if (s_inLength <= 0)
            {
                s_inLength = 0;
                s_inEof = true;
                return Eof;
            }
        }
        return s_inBuffer[s_inPosition++];
    }

    [CFunction]
    public static Ptr<_iobuf> __acrt_iob_func(uint index) =>
        index < 3 ? new Ptr<_iobuf>(s_iob + index * (uint)sizeof(_iobuf)) : default;

    [CFunction]
    public static int puts(Ptr<sbyte> s)
    {
        var text = CString(s);
        if (!WriteStream(StdoutIndex, text) || !WriteStream(StdoutIndex, "\n"u8))
            return Eof;
        // glibc returns the number of bytes written.
        return (int)Math.Min(int.MaxValue, (uint)text.Length + 1u);
    }

    [CFunction]
    public static int fputs(Ptr<sbyte> s, Ptr<_iobuf> stream) =>
        // glibc returns 1 on success (C asks only for a non-negative value).
        WriteStream(StreamIndex(stream), CString(s)) ? 1 : Eof;

    [CFunction]
    public static int putchar(int c) => fputc(c, __acrt_iob_func(StdoutIndex));

    [CFunction]
    public static int fputc(int c, Ptr<_iobuf> stream)
    {
        byte b = (byte)c;
        return WriteStream(StreamIndex(stream), new ReadOnlySpan<byte>(in b)) ? b : Eof;
    }

    [CFunction]
    public static int putc(int c, Ptr<_iobuf> stream) => fputc(c, stream);

    [CFunction]
    public static uint fwrite(Ptr<CVoid> data, uint size, uint count, Ptr<_iobuf> stream)
    {
        uint index = StreamIndex(stream);
        ulong total = (ulong)size * count;
        if (total == 0)
            return 0;
        if (total > int.MaxValue)
        {
            SetErrno(EINVAL);
            return 0;
        }
        return WriteStream(index, Mem.Bytes(data.Address, (uint)total, Access.Read)) ? count : 0;
    }

    [CFunction]
    public static int fflush(Ptr<_iobuf> stream)
    {
        if (stream.IsNull || StreamIndex(stream) == StdoutIndex)
        {
            FlushStdout();
            s_stdout.Flush();
        }
        return 0;
    }

    [CFunction]
    public static int getchar() => ReadStdin();

    [CFunction]
    public static int fgetc(Ptr<_iobuf> stream)
    {
        if (StreamIndex(stream) != StdinIndex)
        {
            SetErrno(EBADF);
            return Eof;
        }
        return ReadStdin();
    }

    [CFunction]
    public static int getc(Ptr<_iobuf> stream) => fgetc(stream);

    [CFunction]
    public static int ungetc(int c, Ptr<_iobuf> stream)
    {
        if (c == Eof || StreamIndex(stream) != StdinIndex)
            return Eof;
        s_pushedBack.Push((byte)c);
        s_inEof = false;
        return (byte)c;
    }

    [CFunction]
    public static Ptr<sbyte> fgets(Ptr<sbyte> buffer, int size, Ptr<_iobuf> stream)
    {
        if (StreamIndex(stream) != StdinIndex)
        {
            SetErrno(EBADF);
            return default;
        }
        if (size <= 0)
            return default;
        int stored = 0;
        while (stored < size - 1)
        {
            int c = ReadStdin();
            if (c == Eof)
            {
                // Nothing read: the buffer is left as it was.
                if (stored == 0)
                    return default;
                break;
            }
            buffer.W[stored++] = (sbyte)c;
            if (c == '\n')
                break;
        }
        buffer.W[stored] = 0;
        return buffer;
    }

    [CFunction]
    public static void perror(Ptr<sbyte> prefix)
    {
        var line = new List<byte>();
        if (!prefix.IsNull && prefix[0] != 0)
        {
            line.AddRange(CString(prefix));
            line.AddRange(": "u8);
        }
        line.AddRange(ErrorMessage(_errno().Deref));
        line.Add((byte)'\n');
        WriteStream(StderrIndex, CollectionsMarshal.AsSpan(line));
    }
}

/// <summary>
/// C's <c>FILE</c> (<c>struct _iobuf</c> as the MSVC headers name it): opaque to C, its size is MSVC's on i386.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 32)]
#pragma warning disable IDE1006 // named as the C tag, which the translator maps to this type
public struct _iobuf
#pragma warning restore IDE1006
{
}
