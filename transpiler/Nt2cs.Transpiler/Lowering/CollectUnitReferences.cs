using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// What each unit's class declares for its own code: a unit's code naming an enumeration constant ⇒ the constant
/// in <see cref="CTranslationUnit.Constants"/> (emitted there as a named constant); naming a function the image
/// imports (the C library's, or a builtin-free import) ⇒ the function in <see cref="CTranslationUnit.Imports"/>
/// (its entry in the unit's address table). Each unit declares only what it uses, so a use added in one file
/// changes no other file.
/// </summary>
public sealed class CollectUnitReferences : IImagePass
{
    public void Run(CImage image, LoweringContext context)
    {
        var imports = image.Imports.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var code = image.Functions.Select(f => (f.Unit!, f.Body!)).Select(p => (Unit: p.Item1, Expressions: CTree.Expressions(p.Item2)))
            .Concat(image.Globals.Where(g => g.Init is not null).Select(g => (Unit: g.Unit!, Expressions: CTree.Expressions(g.Init!))));
        var constants = new Dictionary<CTranslationUnit, HashSet<CEnumConstantDecl>>(ReferenceEqualityComparer.Instance);
        var named = new Dictionary<CTranslationUnit, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var (unit, expressions) in code)
        {
            foreach (var expr in expressions)
            {
                if (expr is CIntLiteral { EnumConstant: { } constant } && Add(constants, unit, constant, ReferenceEqualityComparer.Instance))
                    unit.Constants.Add(constant);
                else if (expr is CDeclRef { Decl: CFunctionDecl { Definition: null } function } && imports.TryGetValue(function.Name, out var import)
                    && Add(named, unit, function.Name, StringComparer.Ordinal))
                    unit.Imports.Add(import);
            }
        }
    }

    private static bool Add<T>(Dictionary<CTranslationUnit, HashSet<T>> sets, CTranslationUnit unit, T item, IEqualityComparer<T> comparer)
    {
        if (!sets.TryGetValue(unit, out var set))
            sets[unit] = set = new HashSet<T>(comparer);
        return set.Add(item);
    }
}
