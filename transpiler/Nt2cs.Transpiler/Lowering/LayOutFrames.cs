using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Lays out each function's guest frame: in-memory locals ⇒ frame offsets in declaration order, then temporaries,
/// each at its alignment; the frame ⇒ those bytes plus the 8 an i386 frame always has (return address and saved
/// EBP), rounded to 16 as the i386 ABI keeps the stack. Every function reserves at least
/// <see cref="MinimumFrame"/> bytes, so recursion depth is bounded by the guest stack, not the host's; except a
/// leaf with nothing in memory (no call of any kind, no in-memory local or temporary, no <c>__try</c>), which
/// enters no frame at all: it cannot recurse, and nothing of it lives on the guest stack (Lua's
/// <c>luaH_getshortstr</c>, zlib's and SQLite's small helpers).
/// Also notes how each function leaves its frame: from below its base when it calls <c>_alloca</c>, and in a C#
/// <c>finally</c> when it returns from inside a <c>__try</c> guarded by a <c>__finally</c> (the termination handler
/// may still use the frame, and call functions, after the return computed its value). Without such a return the
/// plain shape holds: a <c>__finally</c> run by an exception leaves the stack pointer to the handler that catches
/// it, as an <c>__except</c>'s handler does, and the JIT keeps the function's locals in registers.
/// </summary>
public sealed class LayOutFrames : IFunctionPass
{
    public const uint MinimumFrame = 16;

    public void Run(CFunctionDecl function, LoweringContext context)
    {
        uint offset = 0;
        uint frameAlign = 16;
        foreach (var local in function.Locals.Where(l => l.InMemory && !InArgumentBlock(function, l)))
        {
            uint align = (uint)Math.Clamp(local.Align, 1, LayOutUnits.MaximumAlignment);
            frameAlign = Math.Max(frameAlign, align);
            offset = Align(offset, align);
            local.FrameOffset = offset;
            offset += (uint)Math.Max(1, local.Type.Size);
        }
        foreach (var temp in function.Temps)
        {
            uint align = Math.Clamp(temp.Align, 1, (uint)LayOutUnits.MaximumAlignment);
            frameAlign = Math.Max(frameAlign, align);
            offset = Align(offset, align);
            temp.Offset = offset;
            offset += Math.Max(1, temp.Size);
        }
        function.FrameSize = Math.Max(MinimumFrame, Align(offset + 8, 16));
        function.FrameAlign = frameAlign;
        // The body walked once for its calls and once for its __try statements, which the three answers below share.
        var calls = CTree.Expressions(function.Body!).OfType<CCall>().ToList();
        var guarded = CTree.Statements(function.Body!).OfType<CSehTryStmt>().ToList();
        function.HasFrame = calls.Count > 0 || guarded.Count > 0 || function.Temps.Count > 0 || function.Locals.Any(l => l.InMemory);
        function.CallsAlloca = CallsAlloca(calls);
        function.LeavesFrameInFinally = guarded.Any(s => s.Finally is not null && CTree.Statements(s.Body).Any(inner => inner is CReturnStmt));
    }

    /// <summary>
    /// Calls of <c>_alloca</c>. It is only ever called by name: clang treats it as a builtin, whose address cannot
    /// be taken ("builtin functions must be directly called"), so no call through a pointer escapes this.
    /// </summary>
    private static bool CallsAlloca(List<CCall> calls) => calls.Any(c => c.Direct?.Name == "_alloca");

    /// <summary>A variadic function's in-memory parameter stays in the caller's argument block, below the variadic arguments.</summary>
    public static bool InArgumentBlock(CFunctionDecl function, CVarDecl local) => local.IsParameter && function.Type.IsVariadic;

    private static uint Align(uint value, uint alignment) => (value + alignment - 1) / alignment * alignment;
}
