using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Chooses C# identifiers: C names where C# allows them, keywords escaped (<c>base</c> ⇒ <c>@base</c>),
/// file-scope statics of different files and block-scope statics made distinct (<c>count</c> in <c>f</c> ⇒
/// <c>f_count</c>), locals unique within their function, struct fields clear of the pointer type's own members
/// (<c>Address</c> ⇒ <c>Address_</c>), and struct types from different files merged when they are the same type.
/// </summary>
public sealed class AssignNames : IImagePass
{
    /// <summary>C struct tags the runtime defines itself (its FILE).</summary>
    public static readonly HashSet<string> RuntimeRecords = new(StringComparer.Ordinal) { "_iobuf" };

    public void Run(CImage image, LoweringContext context)
    {
        var members = new HashSet<string>(CsNames.Generated, StringComparer.Ordinal);
        foreach (var import in image.Imports)
        {
            import.CsName = CsNames.Escape(import.Name);
            members.Add(import.CsName);
        }
        foreach (var function in image.Functions.Where(f => !f.IsStatic))
            function.CsName = Claim(members, function.Name);
        foreach (var global in image.Globals.Where(g => g.Storage == CStorage.Global))
            global.CsName = Claim(members, global.Name);
        foreach (var function in image.Functions.Where(f => f.IsStatic))
            function.CsName = Claim(members, function.Name);
        foreach (var global in image.Globals.Where(g => g.Storage == CStorage.Static))
            global.CsName = Claim(members, global.Owner is { } owner ? $"{owner.Name}_{global.Name}" : global.Name);
        foreach (var constant in image.EnumConstants)
            constant.CsName = Claim(members, constant.Name);
        image.ReservedNames.UnionWith(members);

        NameRecords(image, members, context);
        foreach (var function in image.Functions)
            NameLocals(function, members);
        foreach (var unit in image.Units)
        {
            foreach (var declaration in unit.Functions.Where(f => f.Body is null))
                declaration.CsName ??= declaration.Definition?.CsName ?? CsNames.Escape(declaration.Name);
            foreach (var global in unit.Globals)
                global.CsName ??= global.Canonical?.CsName;
        }
    }

    private static string Claim(HashSet<string> taken, string name, HashSet<string>? outer = null)
    {
        var candidate = CsNames.Escape(name);
        for (int n = 2; outer?.Contains(candidate) == true || !taken.Add(candidate); n++)
            candidate = CsNames.Escape($"{name}_{n}");
        return candidate;
    }

    /// <summary>Locals are unique within their function and clear of the image's names (each function's own set, so
    /// naming stays linear in the image's size).</summary>
    private static void NameLocals(CFunctionDecl function, HashSet<string> imageNames)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var local in function.Locals)
            local.CsName = Claim(taken, local.Name.Length == 0 ? "unnamed" : local.Name, imageNames);
    }

    /// <summary>Struct types share one namespace with the image's members: in C# a method named like a type hides it.</summary>
    private static void NameRecords(CImage image, HashSet<string> members, LoweringContext context)
    {
        var types = members;
        var bySignature = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in image.Records)
        {
            if (RuntimeRecords.Contains(record.Name))
            {
                record.CsName = record.Name;
                continue;
            }
            var signature = record.Signature;
            var library = context.Libraries.FirstOrDefault(l => l.Records.ContainsKey(signature));
            if (record.IsComplete && library is not null)
            {
                // The library's C# type, so pointers to it pass between the images; by its short name (the
                // library's namespace is imported) unless that name means something else here.
                var qualified = library.Records[signature];
                var simple = qualified[(qualified.LastIndexOf('.') + 1)..];
                bool ambiguous = types.Contains(simple) || image.Records.Any(r => r.Name == simple && !r.IsExternal && r.IsComplete && r.Signature != signature)
                    || context.Libraries.Count(l => l.Records.Values.Any(v => v.EndsWith("." + simple, StringComparison.Ordinal))) > 1;
                record.CsName = ambiguous ? qualified : simple;
                record.IsExternal = true;
            }
            else if (bySignature.TryGetValue(signature, out var existing))
            {
                record.CsName = existing;
            }
            else
            {
                record.CsName = Claim(types, record.Name);
                bySignature[signature] = record.CsName;
            }
            int anonymous = 0;
            foreach (var field in record.Fields)
            {
                if (field.Name.Length == 0)
                    field.CsName = $"__anonymous{++anonymous}";
                else if (CsNames.PointerMembers.Contains(field.Name))
                    field.CsName = field.Name + "_";
                else
                    field.CsName = CsNames.Escape(field.Name);
            }
        }
    }
}
