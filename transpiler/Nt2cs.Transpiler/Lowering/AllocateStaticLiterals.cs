using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// A compound literal in a static initializer has static storage (C11 6.5.2.5): <c>int *p = (int[]){1, 2};</c>
/// ⇒ a hidden object <c>__literal1</c> initialised with <c>{1, 2}</c>, and <c>p</c> initialised with its address.
/// </summary>
public sealed class AllocateStaticLiterals : IImagePass
{
    public void Run(CImage image, LoweringContext context)
    {
        int count = 0;
        foreach (var global in image.Globals.ToList())
        {
            if (global.Init is null)
                continue;
            foreach (var expr in CTree.Expressions(global.Init))
            {
                if (expr is not CCompoundLiteral { StaticObject: null } literal)
                    continue;
                var storage = new CVarDecl($"__literal{++count}", literal.Location, literal.Type, CStorage.Static)
                {
                    IsFileScope = true,
                    Init = literal.Init,
                };
                storage.Canonical = storage;
                literal.StaticObject = storage;
                image.Globals.Add(storage);
            }
        }
    }
}
