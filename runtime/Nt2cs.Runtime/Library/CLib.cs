using System.Text;

namespace Nt2cs.Runtime;

/// <summary>
/// The hosted C library. Each C function is a public static method named as in C, marked
/// <see cref="CFunctionAttribute"/>, with C types mapped as the translator maps them (char → sbyte, long → int,
/// T* → Ptr&lt;T&gt;, void* → Ptr&lt;CVoid&gt;, function pointers → FnPtr); a variadic function takes its
/// variadic arguments as one <c>Ptr&lt;sbyte&gt;</c> argument block (<see cref="Va"/>).
/// The declarations translated C sees are in <c>runtime/include</c>.
/// </summary>
/// <remarks>One file per header: CLib.Stdio.cs, CLib.String.cs, CLib.Stdlib.cs, ...</remarks>
public static unsafe partial class CLib
{
    private static Stream s_stdout = Stream.Null;
    private static Stream s_stderr = Stream.Null;
    private static Stream? s_stdin;

    /// <summary>Binds the library to a program run: its streams and its heap.</summary>
    public static void Start(Stream stdout, Stream stderr, Stream? stdin, uint heapBase, uint heapEnd)
    {
        s_stdout = stdout;
        s_stderr = stderr;
        s_stdin = stdin;
        StartStdio();
        StartHeap(heapBase, heapEnd);
        StartStdlib();
        StartProcess();
    }

    /// <summary>Flushes output; the run is over.</summary>
    public static void Stop()
    {
        try
        {
            Flush();
        }
        finally
        {
            StopProcess();
            StopStdio();
            s_stdout = Stream.Null;
            s_stderr = Stream.Null;
            s_stdin = null;
        }
    }

    /// <summary>A NUL-terminated copy of <paramref name="text"/> (UTF-8) on the guest heap.</summary>
    public static Ptr<sbyte> NewString(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var block = malloc((uint)bytes.Length + 1).As<sbyte>();
        if (block.IsNull)
            throw new SehException(NtStatus.NoMemory);
        bytes.CopyTo(Mem.Bytes(block.Address, (uint)bytes.Length, Access.Write));
        block.W[bytes.Length] = 0;
        return block;
    }

    /// <summary>The bytes of the C string at <paramref name="s"/>, without its terminator.</summary>
    public static ReadOnlySpan<byte> CString(Ptr<sbyte> s)
    {
        uint length = strlen(s);
        return Mem.Bytes(s.Address, length, Access.Read);
    }
}
