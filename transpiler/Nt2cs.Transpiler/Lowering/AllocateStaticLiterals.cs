using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// A compound literal in a static initializer has static storage (C11 6.5.2.5): <c>int *p = (int[]){1, 2};</c>
/// ⇒ a hidden object <c>__literal1</c> in the same unit (numbered within it) initialised with <c>{1, 2}</c>, and
/// <c>p</c> initialised with its address.
/// </summary>
public sealed class AllocateStaticLiterals : IImagePass
{
    public void Run(CImage image, LoweringContext context)
    {
        var counts = new Dictionary<CTranslationUnit, int>(ReferenceEqualityComparer.Instance);
        foreach (var global in image.Globals.ToList())
        {
            if (global.Init is null)
                continue;
            foreach (var expr in CTree.Expressions(global.Init))
            {
                if (expr is not CCompoundLiteral { StaticObject: null } literal)
                    continue;
                int number = counts[global.Unit!] = counts.GetValueOrDefault(global.Unit!) + 1;
                var storage = new CVarDecl($"__literal{number}", literal.Location, literal.Type, CStorage.Static)
                {
                    IsFileScope = true,
                    Init = literal.Init,
                    Unit = global.Unit,
                };
                storage.Canonical = storage;
                literal.StaticObject = storage;
                image.Globals.Add(storage);
            }
        }
    }
}
