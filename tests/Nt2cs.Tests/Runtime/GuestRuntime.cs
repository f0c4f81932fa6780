using System.Text;
using Nt2cs.Runtime;

namespace Nt2cs.Tests.Runtime;

/// <summary>
/// A hosted C library run for a test: a fresh guest address space, the library started on in-memory streams,
/// and helpers to put strings and argument blocks in guest memory. Create one per test, in the
/// "GuestMemory" collection.
/// </summary>
public sealed unsafe class GuestRuntime : IDisposable
{
    public const uint MemorySize = 64u << 20;
    public const uint LibraryCodeBase = 0x0030_0000;
    private const uint TestCodeBase = 0x0038_0000;
    private const uint HeapBase = 0x0100_0000;

    private readonly HostedAddressSpace _space;
    private uint _nextCode = TestCodeBase;

    public GuestRuntime(byte[]? stdin = null)
    {
        _space = new HostedAddressSpace(MemorySize);
        _space.Install();
        Fn.Reset();
        CLib.Start(Stdout, Stderr, stdin is null ? null : new MemoryStream(stdin), HeapBase, MemorySize);
        Library.Register(LibraryCodeBase);
        ArgBlock = CLib.malloc(4096).Address;
    }

    public MemoryStream Stdout { get; } = new();
    public MemoryStream Stderr { get; } = new();

    /// <summary>Guest storage for variadic argument blocks.</summary>
    public uint ArgBlock { get; }

    /// <summary>What the program wrote to stdout so far (after flushing), one char per byte.</summary>
    public string StdoutText
    {
        get
        {
            CLib.Flush();
            return Encoding.Latin1.GetString(Stdout.ToArray());
        }
    }

    public string StderrText => Encoding.Latin1.GetString(Stderr.ToArray());

    /// <summary>A NUL-terminated copy of <paramref name="text"/>, one byte per char (Latin-1), on the guest heap.</summary>
    public Ptr<sbyte> String(string text) => Bytes(Encoding.Latin1.GetBytes(text));

    public Ptr<sbyte> Bytes(ReadOnlySpan<byte> bytes)
    {
        var block = CLib.malloc((uint)bytes.Length + 1).As<sbyte>();
        bytes.CopyTo(Mem.Bytes(block.Address, (uint)bytes.Length, Access.Write));
        block.W[bytes.Length] = 0;
        return block;
    }

    /// <summary>The C string at <paramref name="s"/>, one char per byte.</summary>
    public static string Read(Ptr<sbyte> s) => Encoding.Latin1.GetString(CLib.CString(s));

    /// <summary>Gives a host function a code address, so C code (qsort, atexit) can call it.</summary>
    public FnPtr Function(nint code, string shape, string name)
    {
        uint address = _nextCode;
        _nextCode += Fn.Slot;
        Fn.Register(address, code, shape, name);
        return new FnPtr(address);
    }

    public void Dispose()
    {
        CLib.Stop();
        Mem.Install(UnmappedAddressSpace.Instance);
        _space.Dispose();
    }
}
