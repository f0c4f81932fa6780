using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>A struct passed by value to a variadic function: copied into the argument block.</summary>
public readonly struct StructArg(uint address, uint size)
{
    public uint Address { get; } = address;
    public uint Size { get; } = size;
}

/// <summary>
/// Variadic calls, laid out as i386 cdecl lays them out: each argument in guest memory at the next 4-byte
/// boundary, doubles and 64-bit integers taking 8 bytes, structs copied whole. The block is the caller's
/// frame storage; <c>va_list</c> is a <c>char*</c> into it, so NT's own <c>va_arg</c> arithmetic works.
/// </summary>
public static unsafe partial class Va
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put<T>(ref uint at, T value) where T : unmanaged
    {
        if (typeof(T) == typeof(StructArg))
        {
            var arg = Unsafe.As<T, StructArg>(ref value);
            Mem.Copy(at, arg.Address, arg.Size);
            at += (arg.Size + 3) & ~3u;
            return;
        }
        Mem.RefW<T>(at) = value;
        at += ((uint)sizeof(T) + 3) & ~3u;
    }

    /// <summary><c>va_arg(ap, T)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Arg<T>(ref Ptr<sbyte> ap) where T : unmanaged
    {
        T value = Mem.Ref<T>(ap.Address);
        ap = new Ptr<sbyte>(ap.Address + (((uint)sizeof(T) + 3) & ~3u));
        return value;
    }

    /// <summary><c>va_arg(ap, S)</c> for a struct: the argument's address in the block.</summary>
    public static Ptr<T> ArgStruct<T>(ref Ptr<sbyte> ap) where T : unmanaged
    {
        var at = new Ptr<T>(ap.Address);
        ap = new Ptr<sbyte>(ap.Address + (((uint)sizeof(T) + 3) & ~3u));
        return at;
    }

    /// <summary>A variadic call with no variadic arguments.</summary>
    public static Ptr<sbyte> Args(uint block) => new(block);

    public static Ptr<sbyte> Args<T1>(uint block, T1 a1)
        where T1 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        return new(block);
    }

    public static Ptr<sbyte> Args<T1, T2>(uint block, T1 a1, T2 a2)
        where T1 : unmanaged where T2 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        Put(ref at, a2);
        return new(block);
    }

    public static Ptr<sbyte> Args<T1, T2, T3>(uint block, T1 a1, T2 a2, T3 a3)
        where T1 : unmanaged where T2 : unmanaged where T3 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        Put(ref at, a2);
        Put(ref at, a3);
        return new(block);
    }

    public static Ptr<sbyte> Args<T1, T2, T3, T4>(uint block, T1 a1, T2 a2, T3 a3, T4 a4)
        where T1 : unmanaged where T2 : unmanaged where T3 : unmanaged where T4 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        Put(ref at, a2);
        Put(ref at, a3);
        Put(ref at, a4);
        return new(block);
    }

    public static Ptr<sbyte> Args<T1, T2, T3, T4, T5>(uint block, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5)
        where T1 : unmanaged where T2 : unmanaged where T3 : unmanaged where T4 : unmanaged where T5 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        Put(ref at, a2);
        Put(ref at, a3);
        Put(ref at, a4);
        Put(ref at, a5);
        return new(block);
    }

    public static Ptr<sbyte> Args<T1, T2, T3, T4, T5, T6>(uint block, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6)
        where T1 : unmanaged where T2 : unmanaged where T3 : unmanaged where T4 : unmanaged where T5 : unmanaged where T6 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        Put(ref at, a2);
        Put(ref at, a3);
        Put(ref at, a4);
        Put(ref at, a5);
        Put(ref at, a6);
        return new(block);
    }

    public static Ptr<sbyte> Args<T1, T2, T3, T4, T5, T6, T7>(uint block, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7)
        where T1 : unmanaged where T2 : unmanaged where T3 : unmanaged where T4 : unmanaged where T5 : unmanaged where T6 : unmanaged where T7 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        Put(ref at, a2);
        Put(ref at, a3);
        Put(ref at, a4);
        Put(ref at, a5);
        Put(ref at, a6);
        Put(ref at, a7);
        return new(block);
    }

    public static Ptr<sbyte> Args<T1, T2, T3, T4, T5, T6, T7, T8>(uint block, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8)
        where T1 : unmanaged where T2 : unmanaged where T3 : unmanaged where T4 : unmanaged where T5 : unmanaged where T6 : unmanaged where T7 : unmanaged where T8 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        Put(ref at, a2);
        Put(ref at, a3);
        Put(ref at, a4);
        Put(ref at, a5);
        Put(ref at, a6);
        Put(ref at, a7);
        Put(ref at, a8);
        return new(block);
    }

    public static Ptr<sbyte> Args<T1, T2, T3, T4, T5, T6, T7, T8, T9>(uint block, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9)
        where T1 : unmanaged where T2 : unmanaged where T3 : unmanaged where T4 : unmanaged where T5 : unmanaged where T6 : unmanaged where T7 : unmanaged where T8 : unmanaged where T9 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        Put(ref at, a2);
        Put(ref at, a3);
        Put(ref at, a4);
        Put(ref at, a5);
        Put(ref at, a6);
        Put(ref at, a7);
        Put(ref at, a8);
        Put(ref at, a9);
        return new(block);
    }

    public static Ptr<sbyte> Args<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>(uint block, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10)
        where T1 : unmanaged where T2 : unmanaged where T3 : unmanaged where T4 : unmanaged where T5 : unmanaged where T6 : unmanaged where T7 : unmanaged where T8 : unmanaged where T9 : unmanaged where T10 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        Put(ref at, a2);
        Put(ref at, a3);
        Put(ref at, a4);
        Put(ref at, a5);
        Put(ref at, a6);
        Put(ref at, a7);
        Put(ref at, a8);
        Put(ref at, a9);
        Put(ref at, a10);
        return new(block);
    }

    public static Ptr<sbyte> Args<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>(uint block, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10, T11 a11)
        where T1 : unmanaged where T2 : unmanaged where T3 : unmanaged where T4 : unmanaged where T5 : unmanaged where T6 : unmanaged where T7 : unmanaged where T8 : unmanaged where T9 : unmanaged where T10 : unmanaged where T11 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        Put(ref at, a2);
        Put(ref at, a3);
        Put(ref at, a4);
        Put(ref at, a5);
        Put(ref at, a6);
        Put(ref at, a7);
        Put(ref at, a8);
        Put(ref at, a9);
        Put(ref at, a10);
        Put(ref at, a11);
        return new(block);
    }

    public static Ptr<sbyte> Args<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>(uint block, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10, T11 a11, T12 a12)
        where T1 : unmanaged where T2 : unmanaged where T3 : unmanaged where T4 : unmanaged where T5 : unmanaged where T6 : unmanaged where T7 : unmanaged where T8 : unmanaged where T9 : unmanaged where T10 : unmanaged where T11 : unmanaged where T12 : unmanaged
    {
        uint at = block;
        Put(ref at, a1);
        Put(ref at, a2);
        Put(ref at, a3);
        Put(ref at, a4);
        Put(ref at, a5);
        Put(ref at, a6);
        Put(ref at, a7);
        Put(ref at, a8);
        Put(ref at, a9);
        Put(ref at, a10);
        Put(ref at, a11);
        Put(ref at, a12);
        return new(block);
    }

    /// <summary>Variadic calls with more arguments than the <c>Args</c> overloads take: chained <c>Then</c>.</summary>
    public static Builder Begin(uint block) => new(block, block);

    public readonly struct Builder(uint block, uint at)
    {
        public Builder Then<T>(T value) where T : unmanaged
        {
            uint next = at;
            Put(ref next, value);
            return new Builder(block, next);
        }

        public Ptr<sbyte> End() => new(block);
    }
}
