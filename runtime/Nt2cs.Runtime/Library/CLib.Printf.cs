namespace Nt2cs.Runtime;

/// <summary>
/// stdio.h's printf family: where formatted output goes. The formatting itself is <see cref="Format"/>; each
/// function here runs it and delivers the bytes to a stream or a guest buffer. A variadic function receives its
/// variadic arguments as one cdecl argument block, which is also what a <c>va_list</c> points into.
/// </summary>
public static unsafe partial class CLib
{
    [CFunction]
    public static int printf(Ptr<sbyte> format, Ptr<sbyte> args) => vfprintf(__acrt_iob_func(StdoutFd), format, args);

    [CFunction]
    public static int fprintf(Ptr<_iobuf> stream, Ptr<sbyte> format, Ptr<sbyte> args) => vfprintf(stream, format, args);

    [CFunction]
    public static int vprintf(Ptr<sbyte> format, Ptr<sbyte> args) => vfprintf(__acrt_iob_func(StdoutFd), format, args);

    [CFunction]
    public static int vfprintf(Ptr<_iobuf> stream, Ptr<sbyte> format, Ptr<sbyte> args)
    {
        var file = File(stream);
        var output = Format(format, args, out int result);
        // What was formatted before an error still reaches the stream, as with glibc.
        if (!WriteFile(file, output))
            return Eof;
        return result;
    }

    [CFunction]
    public static int sprintf(Ptr<sbyte> buffer, Ptr<sbyte> format, Ptr<sbyte> args) => vsprintf(buffer, format, args);

    [CFunction]
    public static int vsprintf(Ptr<sbyte> buffer, Ptr<sbyte> format, Ptr<sbyte> args)
    {
        var output = Format(format, args, out int result);
        Store(buffer, output);
        return result;
    }

    [CFunction]
    public static int snprintf(Ptr<sbyte> buffer, uint size, Ptr<sbyte> format, Ptr<sbyte> args) =>
        vsnprintf(buffer, size, format, args);

    /// <summary>Writes at most <paramref name="size"/> - 1 bytes and a terminator; returns the untruncated length.</summary>
    [CFunction]
    public static int vsnprintf(Ptr<sbyte> buffer, uint size, Ptr<sbyte> format, Ptr<sbyte> args)
    {
        var output = Format(format, args, out int result);
        if (size > 0)
            Store(buffer, output[..(int)Math.Min((uint)output.Length, size - 1)]);
        return result;
    }

    /// <summary>Copies <paramref name="bytes"/> and a NUL terminator to guest memory.</summary>
    private static void Store(Ptr<sbyte> buffer, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Mem.Bytes(buffer.Address, (uint)bytes.Length, Access.Write));
        buffer.W[bytes.Length] = 0;
    }
}
