using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Keeps real .NET frames where <c>_ReturnAddress</c> and <c>__machine_describe_stack</c> need them. They walk the
/// host stack, which does not show a method the JIT inlined: so a function calling one, and every function
/// calling such a function directly, must stay out of its callers (emitted <c>NoInlining</c>); a bug check then
/// names the routine that called KeBugCheckEx. When the image has such a function, so must every function that
/// calls through a pointer, which may reach one. Function ⇒ <see cref="CFunctionDecl.UsesReturnAddress"/> and
/// <see cref="CFunctionDecl.KeepsOwnFrame"/>.
/// </summary>
public sealed class KeepReturnAddressFrames : IFunctionPass
{
    public const string ReturnAddressIntrinsic = "_ReturnAddress";
    public const string DescribeStackIntrinsic = "__machine_describe_stack";

    public void Run(CFunctionDecl function, LoweringContext context) =>
        function.UsesReturnAddress = Calls(function).Any(c => c.Direct?.Name is ReturnAddressIntrinsic or DescribeStackIntrinsic);

    /// <summary>Once every function's use is known: the callers that must keep their frames.</summary>
    public void Finish(CImage image, LoweringContext context)
    {
        if (!image.Functions.Any(f => f.UsesReturnAddress))
            return;
        foreach (var function in image.Functions)
            function.KeepsOwnFrame = function.UsesReturnAddress ||
                Calls(function).Any(c => c.Direct is not { } callee || callee.Definition?.UsesReturnAddress == true);
    }

    private static IEnumerable<CCall> Calls(CFunctionDecl function) => CTree.Expressions(function.Body!).OfType<CCall>();
}
