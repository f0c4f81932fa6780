using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// The address space of a hosted C program: one flat block of guest memory with the first 64 KiB unmapped,
/// so a null dereference (or one near null) raises STATUS_ACCESS_VIOLATION as on Windows.
/// </summary>
public sealed unsafe class HostedAddressSpace : IAddressSpace, IDisposable
{
    public const uint NullGuard = 0x0001_0000;

    private byte* _memory;

    public HostedAddressSpace(uint size)
    {
        if (size <= NullGuard)
            throw new ArgumentOutOfRangeException(nameof(size));
        Size = size;
        // calloc of a large block maps zero pages lazily: untouched memory costs nothing.
        _memory = (byte*)NativeMemory.AllocZeroed(size);
    }

    public uint Size { get; }

    /// <summary>Makes this the guest address space, all of it on the fast path (from <see cref="NullGuard"/>, where <see cref="HostedMem"/>'s checks start).</summary>
    public void Install()
    {
        Mem.Install(this);
        Mem.OpenWindow(NullGuard, Size - NullGuard, _memory + NullGuard);
    }

    public byte* Translate(uint address, uint size, Access kind)
    {
        if (address < NullGuard || (ulong)address + size > Size)
            throw SehException.AccessViolation(kind, address < NullGuard || address >= Size ? address : Size);
        return _memory + address;
    }

    public ulong Read(uint address, uint size)
    {
        byte* at = Translate(address, size, Access.Read);
        return size switch { 1 => *at, 2 => *(ushort*)at, 4 => *(uint*)at, _ => *(ulong*)at };
    }

    public void Write(uint address, uint size, ulong value)
    {
        byte* at = Translate(address, size, Access.Write);
        switch (size)
        {
            case 1: *at = (byte)value; break;
            case 2: *(ushort*)at = (ushort)value; break;
            case 4: *(uint*)at = (uint)value; break;
            default: *(ulong*)at = value; break;
        }
    }

    public void Dispose()
    {
        if (_memory != null)
        {
            NativeMemory.Free(_memory);
            _memory = null;
        }
    }
}
