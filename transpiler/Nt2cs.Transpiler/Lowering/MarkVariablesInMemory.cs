using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Decides which locals live in guest memory: <c>int x; … &amp;x</c> ⇒ <c>x</c> in the frame (its address is
/// taken), <c>struct s v;</c> and <c>int a[4];</c> ⇒ in the frame (aggregates are always addressed through
/// pointers), any other local ⇒ a C# local, which the JIT keeps in registers.
/// </summary>
public sealed class MarkVariablesInMemory : IFunctionPass
{
    public void Run(CFunctionDecl function, LoweringContext context)
    {
        foreach (var local in function.Locals)
            local.InMemory = local.Type is CArrayType or CRecordType;
        foreach (var expr in CTree.Expressions(function.Body!))
        {
            if (expr is CUnary { Op: CUnaryOp.AddressOf, Operand: CDeclRef { Decl: CVarDecl variable } })
                variable.InMemory = true;
        }
    }

    public void Finish(CImage image, LoweringContext context)
    {
        foreach (var global in image.Globals)
            global.InMemory = true;
    }
}
