using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Decides which locals live in guest memory: those whose address is taken (<c>&amp;x</c>) and every aggregate
/// (arrays and structs are always addressed through pointers). The rest stay C# locals, which the JIT keeps in
/// registers.
/// </summary>
public sealed class MarkVariablesInMemory : IImagePass
{
    public void Run(CImage image, LoweringContext context)
    {
        foreach (var function in image.Functions)
        {
            foreach (var local in function.Locals)
                local.InMemory = local.Type is CArrayType or CRecordType;
            foreach (var expr in CTree.Expressions(function.Body!))
            {
                if (expr is CUnary { Op: CUnaryOp.AddressOf, Operand: CDeclRef { Decl: CVarDecl variable } })
                    variable.InMemory = true;
            }
        }
        foreach (var global in image.Globals)
            global.InMemory = true;
    }
}
