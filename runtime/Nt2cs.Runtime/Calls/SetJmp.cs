using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>
/// setjmp/longjmp. A function that calls setjmp runs its body inside a loop the translator builds:
/// <c>setjmp(env)</c> records (this frame's activation, this call site) in <c>env</c>; <c>longjmp(env, v)</c> throws a
/// <see cref="LongJmpException"/> that the recorded activation catches, and it re-enters its body at that call
/// site with setjmp returning <c>v</c> (1 if <c>v</c> is 0).
/// </summary>
public static class SetJmp
{
    private static uint s_activations;

    /// <summary>A new activation number for a function that calls setjmp.</summary>
    public static uint NewActivation() => ++s_activations;

    /// <summary>
    /// <c>setjmp(env)</c> at call site <paramref name="site"/>: records the activation and site in the buffer and
    /// returns the pending value (0 the first time, the longjmp value when resumed), which it clears.
    /// </summary>
    public static int Mark(Ptr<int> env, uint activation, int site, ref int pending)
    {
        env.W[0] = (int)activation;
        env.W[1] = site;
        env.W[2] = (int)Stack.Sp;
        int value = pending;
        pending = 0;
        return value;
    }

    /// <summary>
    /// <c>longjmp(env, value)</c>. Never inlined: the caller's frame then holds a call at the C line of the
    /// longjmp, which a report names when no activation catches the jump.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void LongJmp(Ptr<int> env, int value) =>
        throw new LongJmpException((uint)env[0], env[1], value == 0 ? 1 : value);
}

/// <summary>
/// A longjmp on its way to the activation that called setjmp; SEH filters never see it. One that no running
/// activation catches was given a buffer no running setjmp filled (its function returned, or the buffer holds
/// something else): the program's bug, which ends it as a wild jump ends a native one.
/// </summary>
public sealed class LongJmpException(uint activation, int site, int value)
    : Exception($"longjmp to a jmp_buf that no running setjmp filled (activation {activation}, site {site}): the function that called setjmp has returned, or the buffer holds something else")
{
    public uint Activation { get; } = activation;
    public int Site { get; } = site;
    public int Value { get; } = value;
}
