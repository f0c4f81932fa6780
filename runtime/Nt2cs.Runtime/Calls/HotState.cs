using System.Runtime.InteropServices;

namespace Nt2cs.Runtime;

/// <summary>
/// The fields every translated loop and call touches: the safe-point count and the guest stack pointer and limit.
/// </summary>
/// <remarks>
/// They live in one static struct so the JIT reaches all of them from one address it keeps in one register: as
/// separate static fields each got a register of its own for the whole method, and the loop's own values spilled
/// to the host stack (measured on bench/machine's sum loop). <see cref="SafePoint"/> and <see cref="Stack"/>
/// expose them by reference, so generated code and the machine use them as before; a very large translated
/// function, into which the JIT inlines nothing, polls <see cref="Countdown"/> here directly.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
public struct HotState
{
    public long Countdown;
    public uint Sp;
    public uint Limit;

    public static HotState Shared = new() { Countdown = SafePoint.Far };
}
