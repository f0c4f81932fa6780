using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// Guest memory as generated code sees it: a 32-bit address space.
/// </summary>
/// <remarks>
/// The hot path is one unsigned compare: guest addresses inside the flat window map to host memory at a fixed
/// offset. The hosted runtime makes the whole address space (but the null page) one window; the machine model
/// points the window at the page it translated last (or the run of neighbouring pages it belongs to), so a loop
/// walking a buffer stays on the fast path.
/// Everything else goes through the installed <see cref="IAddressSpace"/>.
/// </remarks>
public static unsafe class Mem
{
    /// <summary>Largest scalar reached through <see cref="Ref{T}"/>; the window's limit leaves room for it.</summary>
    public const uint MaxScalar = 8;

    /// <summary>
    /// The flat window: guest [<c>Lo</c>, <c>Lo + Limit + MaxScalar - 1</c>) is host <c>Base + address</c>. It lives
    /// in <see cref="HotState"/>, beside the safe-point count every function entry touches, so precompiled code
    /// (which reaches a static field through a helper call it does not move out of loops) finds it through the
    /// one address it fetched at the entry. Code the translator writes in place in very large functions (one
    /// compare and a load, with no call for the JIT to inline) reads <c>HotState.Shared.Flat</c> at every access
    /// as <see cref="Ref{T}"/> does; only <see cref="OpenWindow"/> and <see cref="CloseWindow"/> change it.
    /// </summary>
    public static ref FlatWindow Flat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref HotState.Shared.Flat;
    }

    private static IAddressSpace s_space = UnmappedAddressSpace.Instance;

    public static IAddressSpace Space => s_space;

    /// <summary>Installs the slow path and closes the flat window.</summary>
    public static void Install(IAddressSpace space)
    {
        s_space = space;
        CloseWindow();
    }

    /// <summary>
    /// Maps guest [<paramref name="lo"/>, <paramref name="lo"/> + <paramref name="length"/>) to host memory at
    /// <paramref name="host"/> for the fast path.
    /// </summary>
    public static void OpenWindow(uint lo, uint length, byte* host)
    {
        if (length < MaxScalar)
        {
            CloseWindow();
            return;
        }
        Flat.Base = host - lo;
        Flat.Lo = lo;
        Flat.Limit = length - (MaxScalar - 1);
        Flat.Limit4 = length - 3;
        Flat.Limit2 = length - 1;
        Flat.Limit1 = length;
    }

    public static void CloseWindow()
    {
        Flat.Base = null;
        Flat.Lo = 0;
        Flat.Limit = 0;
        Flat.Limit4 = 0;
        Flat.Limit2 = 0;
        Flat.Limit1 = 0;
    }

    /// <summary>A reference to a scalar in guest memory, for reading (and read-modify-write through a read view).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref T Ref<T>(uint address) where T : unmanaged
    {
        if (address - Flat.Lo < Flat.Limit)
            return ref Unsafe.AsRef<T>(Flat.Base + address);
        return ref Unsafe.AsRef<T>(SlowRead(address, (uint)sizeof(T)));
    }

    /// <summary>A reference to a scalar in guest memory that is about to be written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref T RefW<T>(uint address) where T : unmanaged
    {
        if (address - Flat.Lo < Flat.Limit)
            return ref Unsafe.AsRef<T>(Flat.Base + address);
        return ref Unsafe.AsRef<T>(SlowWrite(address, (uint)sizeof(T)));
    }

    /// <summary>
    /// The slow path of <see cref="Ref{T}"/> and of an access written in place: a host pointer to a scalar outside
    /// the window, for reading. Not inlined, so each access inlined into a caller carries one call on its cold side
    /// rather than the static and interface lookups (precompiled code had two helper calls there).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static byte* SlowRead(uint address, uint size) => s_space.Translate(address, size, Access.Read);

    /// <summary>The slow path of <see cref="RefW{T}"/> and of an access written in place, for writing (and read-modify-write).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static byte* SlowWrite(uint address, uint size) => s_space.Translate(address, size, Access.Write);

    /// <summary>A checked, ordered read (C <c>volatile</c>, device registers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read<T>(uint address) where T : unmanaged
    {
        ulong raw = address - Flat.Lo < Flat.Limit
            ? VolatileLoad(Flat.Base + address, sizeof(T))
            : s_space.Read(address, (uint)sizeof(T));
        return Unsafe.As<ulong, T>(ref raw);
    }

    /// <summary>A checked, ordered write (C <c>volatile</c>, device registers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write<T>(uint address, T value) where T : unmanaged
    {
        ulong raw = 0;
        Unsafe.As<ulong, T>(ref raw) = value;
        if (address - Flat.Lo < Flat.Limit)
            VolatileStore(Flat.Base + address, sizeof(T), raw);
        else
            s_space.Write(address, (uint)sizeof(T), raw);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong VolatileLoad(byte* at, int size) => size switch
    {
        1 => Volatile.Read(ref *at),
        2 => Volatile.Read(ref *(ushort*)at),
        4 => Volatile.Read(ref *(uint*)at),
        _ => Volatile.Read(ref *(ulong*)at),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void VolatileStore(byte* at, int size, ulong value)
    {
        switch (size)
        {
            case 1: Volatile.Write(ref *at, (byte)value); break;
            case 2: Volatile.Write(ref *(ushort*)at, (ushort)value); break;
            case 4: Volatile.Write(ref *(uint*)at, (uint)value); break;
            default: Volatile.Write(ref *(ulong*)at, value); break;
        }
    }

    /// <summary>Host view of a guest range, for bulk operations; faults like the first byte that is not there.</summary>
    public static Span<byte> Bytes(uint address, uint length, Access kind)
    {
        if (length == 0)
            return Span<byte>.Empty;
        if (address - Flat.Lo < Flat.Limit && length <= Flat.Limit - (address - Flat.Lo) + (MaxScalar - 1))
            return new Span<byte>(Flat.Base + address, checked((int)length));
        return new Span<byte>(s_space.Translate(address, length, kind), checked((int)length));
    }

    /// <summary>Copies host bytes to guest memory a page at a time, so the range need not be physically contiguous.</summary>
    public static void CopyIn(uint address, ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            int chunk = (int)Math.Min((uint)bytes.Length, 0x1000 - (address & 0xFFF));
            bytes[..chunk].CopyTo(Bytes(address, (uint)chunk, Access.Write));
            bytes = bytes[chunk..];
            address += (uint)chunk;
        }
    }

    /// <summary>Copies guest memory to host bytes a page at a time, so the range need not be physically contiguous.</summary>
    public static void CopyOut(uint address, Span<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            int chunk = (int)Math.Min((uint)bytes.Length, 0x1000 - (address & 0xFFF));
            Bytes(address, (uint)chunk, Access.Read).CopyTo(bytes);
            bytes = bytes[chunk..];
            address += (uint)chunk;
        }
    }

    /// <summary>
    /// C <c>memmove</c> semantics: overlapping ranges copy as if through a temporary. Inside the flat window it is
    /// one copy; otherwise a page at a time (in either range), since under paging consecutive pages need not be
    /// consecutive in RAM, backwards when the destination overlaps the source from above.
    /// </summary>
    public static void Copy(uint destination, uint source, uint length)
    {
        if (length == 0)
            return;
        if (InWindow(source, length) && InWindow(destination, length))
        {
            new Span<byte>(Flat.Base + source, checked((int)length)).CopyTo(new Span<byte>(Flat.Base + destination, checked((int)length)));
            return;
        }
        if (destination - source < length && destination != source)
        {
            for (uint left = length; left > 0;)
            {
                uint chunk = Math.Min(left, Math.Min(((source + left - 1) & 0xFFF) + 1, ((destination + left - 1) & 0xFFF) + 1));
                left -= chunk;
                Bytes(source + left, chunk, Access.Read).CopyTo(Bytes(destination + left, chunk, Access.Write));
            }
            return;
        }
        for (uint done = 0; done < length;)
        {
            uint chunk = Math.Min(length - done, Math.Min(0x1000 - ((source + done) & 0xFFF), 0x1000 - ((destination + done) & 0xFFF)));
            Bytes(source + done, chunk, Access.Read).CopyTo(Bytes(destination + done, chunk, Access.Write));
            done += chunk;
        }
    }

    /// <summary>
    /// Struct assignment of one <typeparamref name="T"/>: inside the flat window a small struct is one load and one
    /// store of the whole value (read before written, so overlap is as <see cref="Copy"/>'s), without the span
    /// copy's calls; anything else is <see cref="Copy"/>. Lua copies an 8-byte value this way in every move.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyValue<T>(uint destination, uint source) where T : unmanaged
    {
        if (sizeof(T) <= 32 && InWindow(source, (uint)sizeof(T)) && InWindow(destination, (uint)sizeof(T)))
        {
            Unsafe.WriteUnaligned(Flat.Base + destination, Unsafe.ReadUnaligned<T>(Flat.Base + source));
            return;
        }
        Copy(destination, source, (uint)sizeof(T));
    }

    /// <summary>
    /// C <c>memset</c>: one fill inside the flat window, else a page at a time. The runtime's own memset (IL's
    /// <c>initblk</c>), not <c>Span.Fill</c>, whose vector code no precompiled image holds: it was JIT-compiled at
    /// every start (calloc of errno), 1 ms.
    /// </summary>
    public static void Fill(uint destination, byte value, uint length)
    {
        if (length == 0)
            return;
        if (InWindow(destination, length))
        {
            Unsafe.InitBlockUnaligned(Flat.Base + destination, value, length);
            return;
        }
        for (uint done = 0; done < length;)
        {
            uint chunk = Math.Min(length - done, 0x1000 - ((destination + done) & 0xFFF));
            Unsafe.InitBlockUnaligned(ref MemoryMarshal.GetReference(Bytes(destination + done, chunk, Access.Write)), value, chunk);
            done += chunk;
        }
    }

    /// <summary>Whether [address, address + length) lies inside the flat window.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InWindow(uint address, uint length) =>
        address - Flat.Lo < Flat.Limit && length <= Flat.Limit - (address - Flat.Lo);
}

/// <summary>The flat window's fields (<see cref="Mem.Flat"/>): one struct, so the JIT reaches all of them from one address.</summary>
public unsafe struct FlatWindow
{
    public byte* Base;
    public uint Lo;

    /// <summary>Guest [<c>Lo</c>, <c>Lo + Limit</c>) are where an access of up to 8 bytes may start inside the window.</summary>
    public uint Limit;

    /// <summary>The same for an access of exactly 4, 2 and 1 bytes (<see cref="HostedMem"/>'s exact checks).</summary>
    public uint Limit4, Limit2, Limit1;

    /// <summary>The limit for an access of <paramref name="size"/> bytes (a constant where inlined: the JIT folds the choice).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly uint LimitFor(uint size) => size switch { 1 => Limit1, 2 => Limit2, 4 => Limit4, _ => Limit };
}
