using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// A C pointer <c>T*</c>: a 32-bit guest address. Dereferencing reads through <see cref="Mem.Ref{T}"/>;
/// stores go through the write view <see cref="W"/>, so faults and the MMU see the right access kind.
/// </summary>
/// <remarks>
/// <typeparamref name="T"/> is a scalar, another pointer, or a generated struct tag whose size is the C
/// type's size, so pointer arithmetic is C's. Member names here are reserved: a C field that collides with one
/// of them is renamed by the translator.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Size = 4)]
public readonly unsafe struct Ptr<T> : IEquatable<Ptr<T>> where T : unmanaged
{
    /// <summary>
    /// The guest address: a field, so generated code written in place (<see cref="Mem.Flat"/>) reads it without a
    /// call for the JIT to inline.
    /// </summary>
    public readonly uint Address;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Ptr(uint address) => Address = address;

    public static Ptr<T> Null
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => default;
    }

    public bool IsNull
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Address == 0;
    }

    /// <summary><c>*p</c> as an rvalue or read-modify-write lvalue.</summary>
    public ref T Deref
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Mem.Ref<T>(Address);
    }

    /// <summary>The write view: <c>*p = v</c> is <c>p.W.Deref = v</c>, <c>p-&gt;f = v</c> is <c>p.W.f = v</c>.</summary>
    public WPtr<T> W
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Address);
    }

    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Mem.Ref<T>(Address + (uint)index * (uint)sizeof(T));
    }

    public ref T this[uint index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Mem.Ref<T>(Address + index * (uint)sizeof(T));
    }

    /// <summary>Address of element <paramref name="index"/>: <c>&amp;p[index]</c>, for struct elements.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Ptr<T> At(int index) => new(Address + (uint)index * (uint)sizeof(T));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Ptr<T> At(uint index) => new(Address + index * (uint)sizeof(T));

    /// <summary>A pointer conversion <c>(U*)p</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Ptr<U> As<U>() where U : unmanaged => new(Address);

    /// <summary>Struct assignment <c>*p = *source</c>: copies <c>sizeof(T)</c> bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Ptr<T> Assign(Ptr<T> source)
    {
        Mem.CopyValue<T>(Address, source.Address);
        return this;
    }

    /// <summary>Zeroes <paramref name="bytes"/> bytes at this address (an aggregate about to be initialised).</summary>
    public Ptr<T> Zero(uint bytes)
    {
        Mem.Fill(Address, 0, bytes);
        return this;
    }

    /// <summary>Stores <paramref name="value"/> at <paramref name="offset"/> bytes in: one item of an initializer.</summary>
    public Ptr<T> Put<U>(uint offset, U value) where U : unmanaged
    {
        Mem.RefW<U>(Address + offset) = value;
        return this;
    }

    /// <summary>Stores a bitfield's value at bit <paramref name="shift"/> of the byte at <paramref name="offset"/>: one item of an initializer.</summary>
    public Ptr<T> PutBits(uint offset, int shift, int width, ulong value)
    {
        int bytes = (shift + width + 7) / 8;
        Bits.Store(Address + offset, bytes, Bits.Insert(Bits.Load(Address + offset, bytes), shift, width, value));
        return this;
    }

    /// <summary>Copies <paramref name="length"/> bytes from <paramref name="source"/> to <paramref name="offset"/> bytes in: an aggregate item of an initializer.</summary>
    public Ptr<T> Copy(uint offset, uint source, uint length)
    {
        Mem.Copy(Address + offset, source, length);
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ptr<T> operator +(Ptr<T> p, int n) => new(p.Address + (uint)n * (uint)sizeof(T));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ptr<T> operator +(Ptr<T> p, uint n) => new(p.Address + n * (uint)sizeof(T));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ptr<T> operator +(Ptr<T> p, long n) => new(p.Address + (uint)n * (uint)sizeof(T));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ptr<T> operator +(Ptr<T> p, ulong n) => new(p.Address + (uint)n * (uint)sizeof(T));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ptr<T> operator -(Ptr<T> p, int n) => new(p.Address - (uint)n * (uint)sizeof(T));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ptr<T> operator -(Ptr<T> p, uint n) => new(p.Address - n * (uint)sizeof(T));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ptr<T> operator -(Ptr<T> p, long n) => new(p.Address - (uint)n * (uint)sizeof(T));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ptr<T> operator -(Ptr<T> p, ulong n) => new(p.Address - (uint)n * (uint)sizeof(T));

    /// <summary>
    /// Pointer difference in elements (ptrdiff_t), as i386 computes it: the byte difference divided exactly, which for
    /// an element whose size is a power of two is an arithmetic shift, as clang emits it (a division rounds toward
    /// zero and costs three more instructions to do so; the two differ only where C leaves the result undefined).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int operator -(Ptr<T> a, Ptr<T> b)
    {
        int bytes = (int)(a.Address - b.Address);
        return BitOperations.IsPow2(sizeof(T)) ? bytes >> BitOperations.Log2((uint)sizeof(T)) : bytes / sizeof(T);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ptr<T> operator ++(Ptr<T> p) => new(p.Address + (uint)sizeof(T));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ptr<T> operator --(Ptr<T> p) => new(p.Address - (uint)sizeof(T));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator ==(Ptr<T> a, Ptr<T> b) => a.Address == b.Address;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator !=(Ptr<T> a, Ptr<T> b) => a.Address != b.Address;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator <(Ptr<T> a, Ptr<T> b) => a.Address < b.Address;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator >(Ptr<T> a, Ptr<T> b) => a.Address > b.Address;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator <=(Ptr<T> a, Ptr<T> b) => a.Address <= b.Address;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator >=(Ptr<T> a, Ptr<T> b) => a.Address >= b.Address;

    public bool Equals(Ptr<T> other) => Address == other.Address;
    public override bool Equals(object? obj) => obj is Ptr<T> other && Equals(other);
    public override int GetHashCode() => (int)Address;
    public override string ToString() => $"0x{Address:X8}";
}

/// <summary>The write view of <see cref="Ptr{T}"/>: the same address, reached for writing.</summary>
public readonly unsafe struct WPtr<T> where T : unmanaged
{
    public readonly uint Address;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WPtr(uint address) => Address = address;

    public ref T Deref
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Mem.RefW<T>(Address);
    }

    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Mem.RefW<T>(Address + (uint)index * (uint)sizeof(T));
    }

    public ref T this[uint index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Mem.RefW<T>(Address + index * (uint)sizeof(T));
    }
}

/// <summary>C <c>void</c> as a pointee: one byte, so <c>void*</c> arithmetic is byte-wise as in GNU C.</summary>
[StructLayout(LayoutKind.Sequential, Size = 1)]
public struct CVoid
{
}

/// <summary>A C function pointer: a code address that <see cref="Fn"/> resolves to a method.</summary>
[StructLayout(LayoutKind.Sequential, Size = 4)]
public readonly struct FnPtr : IEquatable<FnPtr>
{
    public uint Address { get; }

    public FnPtr(uint address) => Address = address;

    public static FnPtr Null => default;

    public bool IsNull => Address == 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator ==(FnPtr a, FnPtr b) => a.Address == b.Address;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator !=(FnPtr a, FnPtr b) => a.Address != b.Address;

    public bool Equals(FnPtr other) => Address == other.Address;
    public override bool Equals(object? obj) => obj is FnPtr other && Equals(other);
    public override int GetHashCode() => (int)Address;
    public override string ToString() => $"0x{Address:X8}";
}
