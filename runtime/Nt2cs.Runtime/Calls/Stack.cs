using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>
/// The guest stack (ESP). Every translated function reserves a frame on entry, for its address-taken locals,
/// struct temporaries and outgoing variadic arguments, and for at least a return address, so unbounded recursion
/// ends in STATUS_STACK_OVERFLOW at a depth that does not depend on the host.
/// </summary>
public static class Stack
{
    /// <summary>The current guest stack pointer.</summary>
    public static uint Sp;

    /// <summary>The lowest address the stack may reach.</summary>
    public static uint Limit;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Frame Enter(uint size)
    {
        uint saved = Sp;
        uint bottom = saved - size;
        if (bottom < Limit || bottom > saved)
            Overflow();
        Sp = bottom;
        return new Frame(bottom, saved);
    }

    /// <summary><c>_alloca</c>: size rounded up to 4, memory released when the function returns.</summary>
    public static uint Alloca(uint size)
    {
        uint rounded = (size + 3) & ~3u;
        uint bottom = Sp - rounded;
        if (rounded < size || bottom < Limit || bottom > Sp)
            Overflow();
        Sp = bottom;
        return bottom;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Overflow() => throw new SehException(NtStatus.StackOverflow);
}

/// <summary>A function's guest frame: its base address and the stack pointer to restore on return.</summary>
public readonly struct Frame
{
    public readonly uint Base;
    private readonly uint _saved;

    public Frame(uint @base, uint saved)
    {
        Base = @base;
        _saved = saved;
    }

    /// <summary>A local that lives in the frame at <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref T Local<T>(uint offset) where T : unmanaged => ref Mem.RefW<T>(Base + offset);

    /// <summary>The address of frame storage at <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Ptr<T> At<T>(uint offset) where T : unmanaged => new(Base + offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Leave() => Stack.Sp = _saved;

    /// <summary><c>return value;</c> after the value is computed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Leave<T>(T value)
    {
        Stack.Sp = _saved;
        return value;
    }
}
