using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>
/// Where translated code lets the machine in. Every function entry (<see cref="Stack.Enter(uint)"/>) and every
/// loop iteration (the translator emits <see cref="Poll"/> at the top of each loop body and before each backward
/// <c>goto</c>) counts down; when the count runs out the installed <see cref="ISafePointHandler"/> runs: the
/// machine's CPU advances virtual time, fires device events and takes pending interrupts there.
/// </summary>
/// <remarks>
/// The fast path is one decrement and one branch on a static field. A hosted program installs no handler, so the
/// count is simply re-armed far ahead. Only the thread holding the virtual CPU runs guest code, so the field
/// needs no synchronisation.
/// </remarks>
public static class SafePoint
{
    /// <summary>A count the hosted runtime never exhausts in practice (re-armed if it does).</summary>
    public const long Far = 1L << 60;

    /// <summary>Safe points left before the handler runs; the handler re-arms it.</summary>
    public static ref long Countdown => ref HotState.Shared.Countdown;

    private static ISafePointHandler? s_handler;

    public static ISafePointHandler? Handler => s_handler;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Poll()
    {
        if (--Countdown < 0)
            Reached();
    }

    /// <summary>Installs the machine's handler (null: none, as in a hosted program) and arms the count.</summary>
    public static void Install(ISafePointHandler? handler, long countdown = Far)
    {
        s_handler = handler;
        Countdown = countdown;
    }

    /// <summary>The slow path of <see cref="Poll"/>, and of a poll written in place (<c>if (--HotState.Shared.Countdown &lt; 0) SafePoint.Reached();</c>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Reached()
    {
        if (s_handler is { } handler)
            handler.Reached();
        else
            Countdown = Far;
    }
}

/// <summary>The machine side of <see cref="SafePoint"/>: runs when the count is exhausted and re-arms it.</summary>
public interface ISafePointHandler
{
    /// <summary>
    /// Called on the guest's own thread, with <see cref="SafePoint.Countdown"/> negative; must set it to the
    /// number of safe points until it next wants to run. May run guest code (interrupt handlers).
    /// </summary>
    void Reached();
}
