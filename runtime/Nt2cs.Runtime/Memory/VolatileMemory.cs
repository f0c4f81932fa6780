using System.Numerics;
using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>
/// Accesses of C <c>volatile</c> objects in guest memory: each is one checked, ordered access of the object's
/// width (<see cref="Mem.Read{T}"/>, <see cref="Mem.Write{T}"/>), so a device register behind the address sees
/// exactly the reads and writes the C makes, and no access is cached or merged by the JIT. A read-modify-write
/// (<c>v += n</c>, <c>v++</c>) is one read and one write, as in C.
/// </summary>
public static class VolatileMemory
{
    /// <summary>An rvalue of <c>*p</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read<T>(Ptr<T> p) where T : unmanaged => Mem.Read<T>(p.Address);

    /// <summary><c>*p = value</c>; its value, as a C assignment's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Write<T>(Ptr<T> p, T value) where T : unmanaged
    {
        Mem.Write(p.Address, value);
        return value;
    }

    /// <summary><c>(*p)++</c>: the old value.</summary>
    public static T PostIncrement<T>(Ptr<T> p) where T : unmanaged, INumberBase<T>
    {
        T old = Mem.Read<T>(p.Address);
        Mem.Write(p.Address, unchecked(old + T.One));
        return old;
    }

    /// <summary><c>(*p)--</c>: the old value.</summary>
    public static T PostDecrement<T>(Ptr<T> p) where T : unmanaged, INumberBase<T>
    {
        T old = Mem.Read<T>(p.Address);
        Mem.Write(p.Address, unchecked(old - T.One));
        return old;
    }
}
