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
    public static ref uint Sp => ref HotState.Shared.Sp;

    /// <summary>The lowest address the stack may reach now: the floor plus the guard, while the guard is intact.</summary>
    public static ref uint Limit => ref HotState.Shared.Limit;

    /// <summary>
    /// The guard region above the floor, NT's guard page: the first overflow raises STATUS_STACK_OVERFLOW and
    /// hands the region to the exception's filters and handlers (which need stack to run); a second overflow
    /// before <c>_resetstkoflw</c> restores it ends the program, as it terminates a Windows process.
    /// </summary>
    public const uint GuardSize = 64 * 1024;

    private static uint s_floor;

    /// <summary>Starts a stack at <paramref name="top"/> that may grow down to <paramref name="floor"/>, guard intact.</summary>
    public static void Reset(uint top, uint floor)
    {
        Sp = top;
        s_floor = floor;
        Limit = floor + GuardSize;
    }

    /// <summary>The whole stack state, for a context switch (each guest context has its own stack).</summary>
    public readonly record struct State(uint Sp, uint Limit, uint Floor);

    public static State Capture() => new(Sp, Limit, s_floor);

    public static void Restore(State state)
    {
        Sp = state.Sp;
        Limit = state.Limit;
        s_floor = state.Floor;
    }

    /// <summary><c>_resetstkoflw</c>: restores the guard once the stack has unwound above it; false if it cannot yet.</summary>
    public static bool RestoreGuard()
    {
        if (Limit > s_floor)
            return true;
        if (Sp < s_floor + 2 * GuardSize)
            return false;
        Limit = s_floor + GuardSize;
        return true;
    }

    /// <summary>A function's entry: a safe point (see <see cref="SafePoint"/>), then its frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Frame Enter(uint size)
    {
        SafePoint.Poll();
        uint saved = Sp;
        uint bottom = saved - size;
        if (bottom < Limit || bottom > saved)
            Overflow();
        Sp = bottom;
        return new Frame(bottom, size);
    }

    /// <summary>A frame whose base is aligned to <paramref name="align"/> (a power of two above 16), for over-aligned locals.</summary>
    public static Frame Enter(uint size, uint align)
    {
        SafePoint.Poll();
        uint saved = Sp;
        uint bottom = (saved - size) & ~(align - 1);
        if (bottom < Limit || bottom > saved)
            Overflow();
        Sp = bottom;
        return new Frame(bottom, saved - bottom);
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

    /// <summary>A variable-length array's storage: <paramref name="size"/> bytes at <paramref name="align"/> (a power of two) below the stack pointer.</summary>
    public static uint Alloca(uint size, uint align)
    {
        uint bottom = (Sp - size) & ~(align - 1);
        if (bottom < Limit || bottom > Sp || size > Sp)
            Overflow();
        Sp = bottom;
        return bottom;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Overflow()
    {
        if (Limit <= s_floor)
            throw new StackExhaustedException();
        Limit = s_floor;
        throw new SehException(NtStatus.StackOverflow);
    }
}

/// <summary>A function's guest frame: its base address and its size.</summary>
/// <remarks>
/// The frame keeps its size, not the caller's stack pointer, and <see cref="Leave()"/> pops it relative to the
/// stack pointer: the size is a constant the JIT folds, so a function that uses no frame storage keeps nothing
/// live for its frame through its body — one register more for its loops (bench/machine's sum loop stopped
/// spilling to the host stack). That needs the stack pointer back at the base when the function returns, which
/// every callee's return, <c>__except</c> handler and <c>longjmp</c> ensures; after <c>_alloca</c>, or in a
/// <c>finally</c> while an exception unwinds, it is lower and the translator emits <see cref="Unwind()"/>.
/// </remarks>
public readonly struct Frame
{
    public readonly uint Base;
    private readonly uint _size;

    public Frame(uint @base, uint size)
    {
        Base = @base;
        _size = size;
    }

    /// <summary>A local that lives in the frame at <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref T Local<T>(uint offset) where T : unmanaged => ref Mem.RefW<T>(Base + offset);

    /// <summary>The address of frame storage at <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Ptr<T> At<T>(uint offset) where T : unmanaged => new(Base + offset);

    /// <summary>Pops the frame; the stack pointer is at its base.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Leave() => Stack.Sp += _size;

    /// <summary><c>return value;</c> after the value is computed; the stack pointer is at the frame's base.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Leave<T>(T value)
    {
        Leave();
        return value;
    }

    /// <summary>
    /// <see cref="Leave{T}(T)"/> for a pointer, generic over its pointee: precompiled code inlines
    /// <c>Leave&lt;sbyte&gt;(Ptr&lt;sbyte&gt;)</c>, but crossgen2 neither precompiles nor inlines an instantiation over
    /// the runtime's own types (<c>Leave&lt;Ptr&lt;sbyte&gt;&gt;</c>), so each return of a pointer was a call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Ptr<T> Leave<T>(Ptr<T> value) where T : unmanaged
    {
        Leave();
        return value;
    }

    /// <summary>Pops the frame from any depth below it (after <c>_alloca</c>, or while an exception unwinds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Unwind() => Stack.Sp = Base + _size;

    /// <summary><c>return value;</c> in a function that called <c>_alloca</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Unwind<T>(T value)
    {
        Unwind();
        return value;
    }

    /// <summary><see cref="Unwind{T}(T)"/> for a pointer, generic over its pointee (as <see cref="Leave{T}(Ptr{T})"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Ptr<T> Unwind<T>(Ptr<T> value) where T : unmanaged
    {
        Unwind();
        return value;
    }
}
