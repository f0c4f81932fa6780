using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>
/// Guest memory as a hosted program's code reaches it (a program translated for <c>nt2cs exec</c> or a project of
/// its own, running on <see cref="HostedAddressSpace"/>): <see cref="Mem.Ref{T}"/>'s fast path, but an access
/// outside the flat window can only fault, so its slow path throws instead of returning a host address.
/// </summary>
/// <remarks>
/// A hosted program's window is its whole address space but the null page, opened once, so nothing but a fault
/// leaves it. A slow path that returns joins the fast one, and the JIT then assumes the call changed the window and
/// reloads it at the next access; a path that throws joins nothing, so the window's fields stay in registers from
/// one access to the next until a call or a store through a pointer (Lua's fib and n-body about 25% faster). The
/// check is exact for each size: an access that ends past the window's last byte faults here, where
/// <see cref="Mem.Ref{T}"/> takes its slow path for the last 7 bytes. The window starts where the address space's
/// null guard ends, a constant here, so the check reads no <c>Lo</c> (n-body about 5% faster). The machine's code
/// keeps <see cref="Mem.Ref{T}"/>: its window moves with the pages the program touches.
/// </remarks>
public static unsafe class HostedMem
{
    /// <summary>A reference to a scalar in guest memory, for reading.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref T Ref<T>(uint address) where T : unmanaged
    {
        if (address - HostedAddressSpace.NullGuard < Mem.Flat.LimitFor((uint)sizeof(T)))
            return ref Unsafe.AsRef<T>(Mem.Flat.Base + address);
        throw Fault(address, (uint)sizeof(T), Access.Read);
    }

    /// <summary>A reference to a scalar in guest memory that is about to be written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref T RefW<T>(uint address) where T : unmanaged
    {
        if (address - HostedAddressSpace.NullGuard < Mem.Flat.LimitFor((uint)sizeof(T)))
            return ref Unsafe.AsRef<T>(Mem.Flat.Base + address);
        throw Fault(address, (uint)sizeof(T), Access.Write);
    }

    /// <summary>
    /// An access outside the window: the address space raises the program's access violation; an exception
    /// returned to throw means the code runs outside a hosted address space, which the translator never arranges.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Exception Fault(uint address, uint size, Access kind)
    {
        Mem.Space.Translate(address, size, kind);
        return new InvalidOperationException(
            $"hosted program code reached 0x{address:X8} ({size} bytes) outside its address space's window: it runs on an address space that is not a hosted program's");
    }
}
