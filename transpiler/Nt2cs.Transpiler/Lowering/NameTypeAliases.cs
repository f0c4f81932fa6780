using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Which typedef names a unit's C# says, as using aliases in its file (<c>ULONG Seen</c>, <c>PLIST_ENTRY Entry</c>,
/// <c>Ptr&lt;LIST_ENTRY&gt; Head</c>): C type written as typedef T ⇒ T where the unit has alias T, at no run-time
/// cost (an alias is the type). A typedef gets an alias when every typedef of its name in the unit names the same
/// C# type and its name means nothing else where the unit's C# looks names up: not a struct type or array tag,
/// unit class, runtime type, runtime function or emitter name (an alias in the namespace would hide them).
/// Typedefs of void, functions and arrays get none: C# has no such value types.
/// </summary>
public sealed class NameTypeAliases : IImagePass
{
    private static readonly HashSet<string> s_runtimeFunctions = new[] { typeof(Runtime.CLib), typeof(Runtime.Intrinsics) }
        .SelectMany(t => t.GetMethods()).Where(m => m.IsStatic).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

    public void Run(CImage image, LoweringContext context)
    {
        var taken = new HashSet<string>(CsNames.Generated, StringComparer.Ordinal);
        taken.UnionWith(s_runtimeFunctions);
        taken.UnionWith(image.Records.Select(r => r.CsName!));
        taken.UnionWith(image.Units.Select(u => u.CsName!));
        taken.UnionWith(AssignNames.UnitMembers);
        taken.Add("Image"); // the image class of a tree's image ("Program" is in CsNames.Generated)
        foreach (var unit in image.Units)
        {
            var candidates = new Dictionary<string, CTypeAlias?>(StringComparer.Ordinal);
            foreach (var (name, type) in unit.Typedefs)
            {
                var alias = Alias(name, type);
                if (alias is null || taken.Contains(name) || taken.Contains(alias.CsName) || CsNames.IsReserved(alias.CsName) || name.StartsWith(CsNames.ArrayTagPrefix, StringComparison.Ordinal))
                    candidates[name] = null;
                else if (!candidates.TryGetValue(name, out var other))
                    candidates[name] = alias;
                else if (other is not null && !other.Type.SameAs(alias.Type))
                    candidates[name] = null; // one name, two types in one file (block-scope typedefs)
            }
            foreach (var (name, alias) in candidates)
                if (alias is not null)
                    unit.TypeAliases[name] = alias;
        }
    }

    private static CTypeAlias? Alias(string name, CType type) => type switch
    {
        CRecordType => new CTypeAlias(CsNames.Escape(name), type, IsPointee: true),
        CVoidType or CFunctionType or CArrayType => null,
        _ => new CTypeAlias(CsNames.Escape(name), type, IsPointee: false),
    };
}
