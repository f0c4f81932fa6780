using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// The fields every translated loop and call touches: the safe-point count, the guest stack pointer and limit, and
/// the flat window of guest memory.
/// </summary>
/// <remarks>
/// They live in one static struct so the JIT reaches all of them from one address it keeps in one register: as
/// separate static fields each got a register of its own for the whole method, and the loop's own values spilled
/// to the host stack (measured on bench/machine's sum loop). Precompiled (ReadyToRun) code reaches a static through
/// a helper call, which it does not move out of a loop but does share with the one at the function's entry
/// (<see cref="Stack.Enter(uint)"/>'s): with the window elsewhere, every loop iteration made that call again.
/// <see cref="SafePoint"/>, <see cref="Stack"/> and <see cref="Mem"/> expose them by reference, so generated code
/// and the machine use them as before; a very large translated function, into which the JIT inlines nothing, polls
/// <see cref="Countdown"/> and reads <see cref="Flat"/> here directly.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
public struct HotState
{
    public long Countdown;
    public uint Sp;
    public uint Limit;

    /// <summary>The flat window (<see cref="Mem.Flat"/>).</summary>
    public FlatWindow Flat;

    public static HotState Shared = new() { Countdown = SafePoint.Far };
}
