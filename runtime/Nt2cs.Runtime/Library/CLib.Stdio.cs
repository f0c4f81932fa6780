using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// stdio.h's streams: a FILE is an object in guest memory (so C can hold and compare its address) whose state
/// lives here, over a descriptor of CLib.Posix.cs. Buffering is glibc's: stdout fully buffered in 4096-byte
/// blocks, as glibc buffers a pipe (so what reaches the host, and what an abort loses, matches the native
/// reference), stderr unbuffered, files fully buffered in their block size (4096). A stream open for reading and
/// writing switches between the two as glibc does. Opening, closing and naming files is CLib.StdioFiles.cs,
/// positioning CLib.StdioSeek.cs, the printf family CLib.Printf.cs.
/// </summary>
public static unsafe partial class CLib
{
    private const int Eof = -1;
    private const int BlockSize = 4096;

    // setvbuf's modes, glibc's values.
    private const int FullyBuffered = 0;
    private const int LineBuffered = 1;
    private const int Unbuffered = 2;

    /// <summary>A stream's state: its descriptor, buffer (holding either input read ahead or output not yet
    /// written), flags and pushed-back bytes.</summary>
    private sealed class CFile(uint address, int fd, bool canRead, bool canWrite)
    {
        public readonly uint Address = address;
        public int Fd = fd;
        public bool CanRead = canRead;
        public bool CanWrite = canWrite;
        public bool Append;
        public int Mode = FullyBuffered;
        public int Capacity = BlockSize;
        public byte[]? Buffer;
        public int ReadPosition;
        public int ReadEnd;
        public int Pending;
        public bool AtEof;
        public bool HasError;
        public readonly UIntList PushedBack = new();

        /// <summary>Whether I/O has happened (setvbuf must come first).</summary>
        public bool Used;

        public byte[] Bytes => Buffer ??= new byte[Capacity];

        public void Reset(int newFd, bool read, bool write, bool append)
        {
            Fd = newFd;
            CanRead = read;
            CanWrite = write;
            Append = append;
            Mode = FullyBuffered;
            Capacity = BlockSize;
            Buffer = null;
            ReadPosition = ReadEnd = Pending = 0;
            AtEof = HasError = Used = false;
            PushedBack.Clear();
        }
    }

    /// <summary>The open streams by their FILE's guest address (as int: CoreLib's image holds Dictionary&lt;int, T&gt;'s code precompiled, not Dictionary&lt;uint, T&gt;'s).</summary>
    private static readonly Dictionary<int, CFile> s_files = [];

    /// <summary>Guest address of the three standard FILE objects, stdin, stdout and stderr in that order.</summary>
    private static uint s_iob;

    private static void StartStdio()
    {
        s_files.Clear();
        s_iob = 0;
        s_tmpnamBuffer = 0;
        StartDescriptors();
    }

    /// <summary>Gives the standard streams their guest FILE objects; needs the heap.</summary>
    private static void AllocateStreams()
    {
        uint size = (uint)sizeof(_iobuf);
        s_iob = calloc(3, size).Address;
        if (s_iob == 0)
            throw new SehException(NtStatus.NoMemory);
        s_files[(int)s_iob] = new CFile(s_iob, StdinFd, canRead: true, canWrite: false);
        s_files[(int)(s_iob + size)] = new CFile(s_iob + size, StdoutFd, canRead: false, canWrite: true);
        s_files[(int)(s_iob + 2 * size)] = new CFile(s_iob + 2 * size, StderrFd, canRead: false, canWrite: true) { Mode = Unbuffered };
    }

    /// <summary>Writes out every stream's pending output (exit does) and flushes the host streams.</summary>
    public static void Flush()
    {
        foreach (var file in s_files.Values)
            FlushOutput(file);
        s_stdout.Flush();
        s_stderr.Flush();
    }

    /// <summary>Drops what the streams buffer for output, as a process killed by a signal (or abort) loses it.</summary>
    public static void DiscardOutput()
    {
        foreach (var file in s_files.Values)
            file.Pending = 0;
    }

    private static void StopStdio()
    {
        s_files.Clear();
        StopDescriptors();
    }

    /// <summary>The stream <paramref name="stream"/> points at; anything else is a caller's error.</summary>
    private static CFile File(Ptr<_iobuf> stream)
    {
        if (s_files.TryGetValue((int)stream.Address, out var file))
            return file;
        throw new SehException(NtStatus.InvalidParameter)
        {
            Data = { ["detail"] = $"0x{stream.Address:X8} is not an open FILE" },
        };
    }

    /// <summary>stdin, stdout or stderr (a caller's error once the program has closed it).</summary>
    private static CFile StandardFile(int fd) => File(new Ptr<_iobuf>(s_iob + (uint)fd * (uint)sizeof(_iobuf)));

    /// <summary>Writes the pending output; false (the error flag set) when the descriptor refused it.</summary>
    private static bool FlushOutput(CFile file)
    {
        int done = 0;
        while (done < file.Pending)
        {
            if (Descriptor(file.Fd) is not { } host)
                return Failed(file);
            int put = WriteDescriptor(host, file.Buffer.AsSpan(done, file.Pending - done));
            if (put < 0)
            {
                // glibc keeps what it could not write; a later flush tries again.
                file.Buffer.AsSpan(done, file.Pending - done).CopyTo(file.Buffer);
                file.Pending -= done;
                return Failed(file);
            }
            done += put;
        }
        file.Pending = 0;
        return true;
    }

    private static bool Failed(CFile file)
    {
        file.HasError = true;
        return false;
    }

    /// <summary>Makes the stream ready for output: a read-ahead buffer is given back to the descriptor.</summary>
    private static bool StartOutput(CFile file)
    {
        if (!file.CanWrite)
        {
            SetErrno(EBADF);
            return Failed(file);
        }
        file.Used = true;
        if (file.ReadEnd > file.ReadPosition || file.PushedBack.Count > 0)
            SeekDescriptor(file.Fd, -(file.ReadEnd - file.ReadPosition + file.PushedBack.Count), SeekCur);
        file.ReadPosition = file.ReadEnd = 0;
        file.PushedBack.Clear();
        return true;
    }

    /// <summary>Writes <paramref name="bytes"/> to a stream through its buffer; false with the error flag on failure.</summary>
    private static bool WriteFile(CFile file, ReadOnlySpan<byte> bytes)
    {
        if (!StartOutput(file))
            return false;
        if (file.Mode == Unbuffered)
        {
            if (!FlushOutput(file))
                return false;
            while (!bytes.IsEmpty)
            {
                if (Descriptor(file.Fd) is not { } host)
                    return Failed(file);
                int put = WriteDescriptor(host, bytes);
                if (put < 0)
                    return Failed(file);
                bytes = bytes[put..];
            }
            return true;
        }
        var buffer = file.Bytes;
        bool newline = file.Mode == LineBuffered && bytes.Contains((byte)'\n');
        while (!bytes.IsEmpty)
        {
            int room = Math.Min(buffer.Length - file.Pending, bytes.Length);
            bytes[..room].CopyTo(buffer.AsSpan(file.Pending));
            file.Pending += room;
            bytes = bytes[room..];
            if (file.Pending == buffer.Length && !FlushOutput(file))
                return false;
        }
        return !newline || FlushOutput(file);
    }

    /// <summary>Makes the stream ready for input: pending output is written first.</summary>
    private static bool StartInput(CFile file)
    {
        if (!file.CanRead)
        {
            SetErrno(EBADF);
            return Failed(file);
        }
        file.Used = true;
        return file.Pending == 0 || FlushOutput(file);
    }

    /// <summary>Refills an empty read buffer; false at end of input (the EOF flag set) or on an error.</summary>
    private static bool Fill(CFile file)
    {
        // End of input is sticky, as in glibc since 2.28.
        if (file.AtEof)
            return false;
        if (file.Fd == StdinFd)
        {
            // Whoever waits for input should see the prompt first.
            if (s_files.TryGetValue((int)(s_iob + StdoutFd * (uint)sizeof(_iobuf)), out var stdout))
                FlushOutput(stdout);
            s_stdout.Flush();
        }
        if (Descriptor(file.Fd) is not { } host)
            return Failed(file);
        var buffer = file.Bytes;
        int got = ReadDescriptor(host, file.Mode == Unbuffered ? buffer.AsSpan(0, 1) : buffer);
        if (got < 0)
            return Failed(file);
        file.ReadPosition = 0;
        file.ReadEnd = got;
        if (got == 0)
        {
            file.AtEof = true;
            return false;
        }
        return true;
    }

    /// <summary>The next byte of a stream, or EOF.</summary>
    private static int ReadByte(CFile file)
    {
        if (file.PushedBack.Count > 0)
            return (byte)file.PushedBack.Pop();
        if (file.ReadPosition == file.ReadEnd && (!StartInput(file) || !Fill(file)))
            return Eof;
        return file.Bytes[file.ReadPosition++];
    }

    [CFunction]
    public static Ptr<_iobuf> __acrt_iob_func(uint index) =>
        index < 3 ? new Ptr<_iobuf>(s_iob + index * (uint)sizeof(_iobuf)) : default;

    [CFunction]
    public static int puts(Ptr<sbyte> s)
    {
        var text = CString(s);
        var stdout = StandardFile(StdoutFd);
        if (!WriteFile(stdout, text) || !WriteFile(stdout, "\n"u8))
            return Eof;
        // glibc returns the number of bytes written.
        return (int)Math.Min(int.MaxValue, (uint)text.Length + 1u);
    }

    [CFunction]
    public static int fputs(Ptr<sbyte> s, Ptr<_iobuf> stream) =>
        // glibc returns 1 on success (C asks only for a non-negative value).
        WriteFile(File(stream), CString(s)) ? 1 : Eof;

    [CFunction]
    public static int putchar(int c) => fputc(c, __acrt_iob_func(StdoutFd));

    [CFunction]
    public static int fputc(int c, Ptr<_iobuf> stream)
    {
        byte b = (byte)c;
        return WriteFile(File(stream), new ReadOnlySpan<byte>(in b)) ? b : Eof;
    }

    [CFunction]
    public static int putc(int c, Ptr<_iobuf> stream) => fputc(c, stream);

    /// <summary>fread's and fwrite's byte count; null for none, or (EINVAL) for more than one transfer can hold.</summary>
    private static uint? BlockBytes(uint size, uint count)
    {
        ulong total = (ulong)size * count;
        if (total == 0)
            return null;
        if (total > int.MaxValue)
        {
            SetErrno(EINVAL);
            return null;
        }
        return (uint)total;
    }

    [CFunction]
    public static uint fwrite(Ptr<CVoid> data, uint size, uint count, Ptr<_iobuf> stream)
    {
        var file = File(stream);
        if (BlockBytes(size, count) is not { } total)
            return 0;
        return WriteFile(file, Mem.Bytes(data.Address, total, Access.Read)) ? count : 0;
    }

    [CFunction]
    public static uint fread(Ptr<CVoid> data, uint size, uint count, Ptr<_iobuf> stream)
    {
        var file = File(stream);
        if (BlockBytes(size, count) is not { } total)
            return 0;
        var into = Mem.Bytes(data.Address, total, Access.Write);
        int done = 0;
        while (done < into.Length && file.PushedBack.Count > 0)
            into[done++] = (byte)file.PushedBack.Pop();
        if (done < into.Length && !StartInput(file))
            return 0;
        while (done < into.Length)
        {
            if (file.ReadPosition == file.ReadEnd && !Fill(file))
                break;
            int take = Math.Min(file.ReadEnd - file.ReadPosition, into.Length - done);
            file.Bytes.AsSpan(file.ReadPosition, take).CopyTo(into[done..]);
            file.ReadPosition += take;
            done += take;
        }
        return (uint)done / size;
    }

    /// <summary>fflush(NULL) writes out every stream; on an input stream glibc gives the read-ahead back.</summary>
    [CFunction]
    public static int fflush(Ptr<_iobuf> stream)
    {
        if (stream.IsNull)
        {
            bool ok = true;
            foreach (var each in s_files.Values)
                ok &= FlushOutput(each);
            s_stdout.Flush();
            return ok ? 0 : Eof;
        }
        var file = File(stream);
        if (file.Pending > 0)
        {
            if (!FlushOutput(file))
                return Eof;
        }
        else if (file.ReadEnd > file.ReadPosition && SeekDescriptor(file.Fd, file.ReadPosition - file.ReadEnd, SeekCur) >= 0)
        {
            file.ReadPosition = file.ReadEnd = 0;
        }
        if (file.Fd == StdoutFd)
            s_stdout.Flush();
        return 0;
    }

    [CFunction]
    public static int getchar() => ReadByte(StandardFile(StdinFd));

    [CFunction]
    public static int fgetc(Ptr<_iobuf> stream) => ReadByte(File(stream));

    [CFunction]
    public static int getc(Ptr<_iobuf> stream) => ReadByte(File(stream));

    [CFunction]
    public static int ungetc(int c, Ptr<_iobuf> stream)
    {
        var file = File(stream);
        if (c == Eof)
            return Eof;
        file.PushedBack.Add((byte)c);
        file.AtEof = false;
        return (byte)c;
    }

    [CFunction]
    public static Ptr<sbyte> fgets(Ptr<sbyte> buffer, int size, Ptr<_iobuf> stream)
    {
        var file = File(stream);
        if (size <= 0)
            return default;
        int stored = 0;
        while (stored < size - 1)
        {
            int c = ReadByte(file);
            if (c == Eof)
            {
                // Nothing read, or an error: glibc returns NULL (the buffer is left as it was when nothing was read).
                if (stored == 0 || file.HasError)
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
    public static int feof(Ptr<_iobuf> stream) => File(stream).AtEof ? 1 : 0;

    [CFunction]
    public static int ferror(Ptr<_iobuf> stream) => File(stream).HasError ? 1 : 0;

    [CFunction]
    public static void clearerr(Ptr<_iobuf> stream)
    {
        var file = File(stream);
        file.AtEof = false;
        file.HasError = false;
    }

    [CFunction]
    public static int fileno(Ptr<_iobuf> stream) => File(stream).Fd;

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
        WriteFile(StandardFile(StderrFd), CollectionsMarshal.AsSpan(line));
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
