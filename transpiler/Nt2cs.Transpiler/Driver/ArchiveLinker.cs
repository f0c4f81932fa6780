using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Driver;

/// <summary>
/// How a linker takes objects from archives (NT's LIBRARY targets): an archive member is linked when it defines a
/// symbol the image still lacks, and what it references in turn may pull further members, from any of the image's
/// archives in any order, so libraries may call each other in every direction. Archives are searched in the order
/// the image names them, members in the library's source order; a symbol no member defines stays for the image to
/// import (the C library) or to report. The symbols the image exports (its .def file's EXPORTS) and its entry point
/// are wanted from the start, as a linker resolves them: an export may live in an archive member alone.
/// </summary>
public static class ArchiveLinker
{
    public static List<CTranslationUnit> Select(IReadOnlyList<CTranslationUnit> objects, IReadOnlyList<IReadOnlyList<CTranslationUnit>> archives,
        IEnumerable<string>? roots = null)
    {
        var members = archives.SelectMany(a => a).ToList();
        var definer = new Dictionary<string, CTranslationUnit>(StringComparer.Ordinal);
        foreach (var member in members)
            foreach (var symbol in Defines(member))
                definer.TryAdd(symbol, member);
        var included = new HashSet<CTranslationUnit>(objects, ReferenceEqualityComparer.Instance);
        var defined = new HashSet<string>(objects.SelectMany(Defines), StringComparer.Ordinal);
        var wanted = new Queue<string>(objects.SelectMany(References).Concat(roots ?? []));
        while (wanted.TryDequeue(out var symbol))
        {
            if (defined.Contains(symbol) || !definer.TryGetValue(symbol, out var member) || !included.Add(member))
                continue;
            defined.UnionWith(Defines(member));
            foreach (var reference in References(member))
                wanted.Enqueue(reference);
        }
        // The image's own objects, then the members linked, in the order the archives list them.
        return [.. objects, .. members.Where(included.Contains)];
    }

    /// <summary>The functions and objects a unit defines with external linkage.</summary>
    public static IEnumerable<string> Defines(CTranslationUnit unit) =>
        DefinedFunctions(unit).Select(f => f.Name).Concat(DefinedObjects(unit).Select(g => g.Name));

    public static IEnumerable<CFunctionDecl> DefinedFunctions(CTranslationUnit unit) => unit.Functions.Where(f => f.Body is not null && !f.IsStatic);

    public static IEnumerable<CVarDecl> DefinedObjects(CTranslationUnit unit) => unit.Globals.Where(g => g.Storage == CStorage.Global);

    /// <summary>The functions and objects with external linkage a unit's code and initializers name.</summary>
    public static IEnumerable<string> References(CTranslationUnit unit)
    {
        var code = unit.Functions.Where(f => f.Body is not null).SelectMany(f => CTree.Expressions(f.Body!))
            .Concat(unit.Globals.Concat(unit.Functions.SelectMany(f => f.Statics)).Where(g => g.Init is not null).SelectMany(g => CTree.Expressions(g.Init!)));
        foreach (var expr in code)
        {
            if (expr is CDeclRef { Decl: CFunctionDecl { IsStatic: false } function })
                yield return function.Name;
            else if (expr is CDeclRef { Decl: CVarDecl { Storage: CStorage.Extern or CStorage.Global } variable })
                yield return variable.Name;
        }
    }
}
