using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Decides what the JIT is told about each function: inlining (<see cref="CFunctionDecl.Inlining"/>) and whether it
/// is compiled fully optimised at its first call (<see cref="CFunctionDecl.OptimisedAtFirstCall"/>):
/// <list type="bullet">
/// <item><c>main</c>, <c>__declspec(noinline)</c>, functions <c>_ReturnAddress</c> needs as frames, and functions
/// with a loop ⇒ never inlined. main runs once and is kept out of its caller so fault reports always find a frame
/// in C. Inlined into a caller's loop, a loop nest's values outnumber the registers that survive the safe-point and
/// memory slow-path calls, and the inner loop spills to the host stack (bench/machine: the sum loop ran about 20%
/// slower inlined).</item>
/// <item>A small loop-free function holding a <c>__try</c> ⇒ always inlined: without profile data the JIT inlines
/// a method with a try region only when asked, so a small guarded function (an NT probe wrapper) would stay a call
/// that plain code of the same size would not be (bench/seh: 1.4x of the same work unguarded).</item>
/// <item>main with a loop ⇒ compiled fully optimised at its first call and never tiered: it runs once, and its loops
/// would stay in precompiled code. A main without one runs precompiled (compiled at the start, Lua's took 1.6 ms of
/// each run). Every other function runs precompiled (ReadyToRun) until the tiered JIT recompiles it at
/// its 4,096th call, loops included (SQLite's speedtest1 in half the time of compiling each function with a loop at
/// its first call; a long loop in precompiled code reaches the flat window through the one address it fetched at
/// the function's entry, HotState), but for one written in place for the JIT (FunctionGenerator says why).</item>
/// </list>
/// Runs after MarkJumps (a backward goto is a loop) and KeepReturnAddressFrames.
/// </summary>
public sealed class ChooseInlining : IFunctionPass
{
    /// <summary>The statement count up to which a loop-free function holding a <c>__try</c> is inlined.</summary>
    public const int SmallGuardedFunction = 16;

    public void Run(CFunctionDecl function, LoweringContext context)
    {
        var statements = CTree.Statements(function.Body!).ToList();
        bool hasLoop = statements.Any(s => s is CForStmt or CWhileStmt or CDoStmt or CGotoStmt { IsBackward: true });
        bool isMain = function.Name == "main" && !function.IsStatic;
        function.HasLoop = hasLoop;
        function.OptimisedAtFirstCall = isMain && hasLoop;
        if (isMain || function.IsNoInline || function.KeepsOwnFrame || hasLoop)
            function.Inlining = CInlining.Never;
        else if (statements.Any(s => s is CSehTryStmt) && statements.Count <= SmallGuardedFunction)
            function.Inlining = CInlining.Always;
    }
}
