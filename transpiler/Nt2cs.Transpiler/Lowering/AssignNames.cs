using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Chooses C# identifiers: C names where C# allows them, keywords escaped (<c>base</c> ⇒ <c>@base</c>), and
/// scopes that keep a change in one file from renaming anything in another. Each unit is a class named after its
/// file (<c>list.c</c> ⇒ <c>list_c</c>); names with external linkage are image-wide (unique by C's own rules);
/// a unit's statics and the enumeration constants its code names are unique within its unit only (block-scope
/// statics prefixed by their function: <c>count</c> in <c>f</c> ⇒ <c>f_count</c>); locals are unique within
/// their function; struct fields stay clear of the pointer type's own members (<c>Address</c> ⇒
/// <c>Address_</c>), and struct types from different files are merged when they are the same type.
/// </summary>
public sealed class AssignNames : IImagePass
{
    /// <summary>C struct tags the runtime defines itself (its FILE).</summary>
    public static readonly HashSet<string> RuntimeRecords = new(StringComparer.Ordinal) { "_iobuf" };

    /// <summary>
    /// Struct tags of the runtime's headers whose fields C reads (time.h's struct tm, sys/stat.h's struct stat…),
    /// each with the C# name of the runtime's type (<see cref="Runtime.CTagAttribute"/>): the runtime's type when
    /// the header declares them, so the library and the program share it; a program's own struct of the same tag
    /// stays its own. C keeps tags apart from ordinary names, so a tag may also be a function's name (stat): the
    /// C# type then has a name of its own.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> RuntimeHeaderRecords = typeof(Runtime.Mem).Assembly.GetExportedTypes()
        .Select(t => (Type: t, Tag: t.GetCustomAttributes(typeof(Runtime.CTagAttribute), false).OfType<Runtime.CTagAttribute>().FirstOrDefault()))
        .Where(t => t.Tag is not null)
        .ToDictionary(t => t.Tag!.Tag, t => t.Type.Name, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="record"/> is a type the runtime defines (its tag struct is not generated).</summary>
    public static bool IsRuntimeRecord(CRecordDecl record) => RuntimeName(record) is not null;

    /// <summary>The C# name of the runtime's type for <paramref name="record"/>, or null when the program defines it.</summary>
    private static string? RuntimeName(CRecordDecl record) =>
        RuntimeRecords.Contains(record.Name) ? record.Name
        : !record.IsUnion && RuntimeHeaderRecords.TryGetValue(record.Name, out var name) && RuntimeHeaders.Declared(record.Location) ? name
        : null;

    /// <summary>Members every unit's class has (its layout, loader and tables).</summary>
    public static readonly IReadOnlyList<string> UnitMembers = ["__code", "__data", "__Unit", "__Place", "__Load", "Str", "AddressOf"];

    public void Run(CImage image, LoweringContext context)
    {
        var imageNames = image.ImageNames;
        imageNames.UnionWith(CsNames.Generated);
        NameUnits(image, imageNames);
        foreach (var import in image.Imports)
        {
            import.CsName = CsNames.Escape(import.Name);
            imageNames.Add(import.CsName);
        }
        foreach (var import in image.ImageImports)
            import.CsName = Claim(imageNames, import.Name);
        foreach (var function in image.Functions.Where(f => !f.IsStatic))
            function.CsName = Claim(imageNames, function.Name);
        foreach (var global in image.Globals.Where(g => g.Storage == CStorage.Global))
            global.CsName = Claim(imageNames, global.Name);
        NameRecords(image, imageNames);
        var types = image.Records.Select(r => r.CsName!).ToHashSet(StringComparer.Ordinal);
        var units = image.Units.Select(u => u.CsName!).ToList();

        var functions = image.Functions.ToLookup(f => f.Unit!);
        var globals = image.Globals.ToLookup(g => g.Unit!);
        foreach (var unit in image.Units)
        {
            // What a unit's code sees by simple name besides other units' externs: its class's own members, the
            // struct types and the unit classes. Other units' externs it may shadow, as a C static does.
            var own = new HashSet<string>(UnitMembers.Concat(CsNames.Generated).Concat(types).Concat(units), StringComparer.Ordinal);
            own.UnionWith(functions[unit].Where(f => !f.IsStatic).Select(f => f.CsName!));
            own.UnionWith(globals[unit].Where(g => g.Storage == CStorage.Global).Select(g => g.CsName!));
            foreach (var function in functions[unit].Where(f => f.IsStatic))
                function.CsName = Claim(own, function.Name);
            foreach (var global in globals[unit].Where(g => g.Storage == CStorage.Static))
                global.CsName = Claim(own, global.Owner is { } owner ? $"{owner.Name}_{global.Name}" : global.Name);
            foreach (var constant in unit.Constants)
                constant.CsName = Claim(own, constant.Name);
            foreach (var macro in unit.Macros)
                macro.CsName = Claim(own, macro.Name);
            foreach (var function in functions[unit])
                NameLocals(function, imageNames, own);
        }
        var imported = image.ImageImports.ToDictionary(i => i.Name, i => i.CsName!, StringComparer.Ordinal);
        foreach (var unit in image.Units)
        {
            foreach (var declaration in unit.Functions.Where(f => f.Body is null))
                declaration.CsName ??= declaration.Definition?.CsName
                    ?? (declaration.ImportedFrom is not null ? imported[declaration.Name] : CsNames.Escape(declaration.Name));
            foreach (var global in unit.Globals)
                global.CsName ??= global.Canonical?.CsName;
        }
    }

    /// <summary>
    /// A class per unit, named after its file and unique in the image: <c>list.c</c> ⇒ <c>list_c</c>; files of the
    /// same name in different folders take their folder's name in front (<c>i386/trap.c</c> ⇒ <c>i386_trap_c</c>).
    /// </summary>
    private static void NameUnits(CImage image, HashSet<string> taken)
    {
        string Candidate(CTranslationUnit unit, int folders)
        {
            var parts = unit.Path.Replace('\\', '/').Split('/');
            var name = string.Join("_", parts.Skip(Math.Max(0, parts.Length - 1 - folders)));
            return CsNames.Sanitize(name.Replace('.', '_'));
        }
        foreach (var unit in image.Units)
        {
            int folders = 0;
            while (image.Units.Any(u => u != unit && Candidate(u, folders) == Candidate(unit, folders)) && folders < unit.Path.Count(c => c is '/' or '\\'))
                folders++;
            unit.CsName = Claim(taken, Candidate(unit, folders));
        }
    }

    /// <summary>The name, or the first <c>name_2</c>, <c>name_3</c>… not taken here or in the enclosing scopes.</summary>
    private static string Claim(HashSet<string> taken, string name, params HashSet<string>[] enclosing)
    {
        var candidate = CsNames.Escape(name);
        // A member is a property somewhere (the address tables make one of every function and object), whose
        // getter is a method get_NAME: 'id' and 'get_id' cannot both be members (locals, in enclosing scopes, can).
        for (int n = 2; enclosing.Any(scope => scope.Contains(candidate)) || enclosing.Length == 0 && CsNames.ClashesWithAccessor(taken, candidate)
             || CsNames.IsReserved(candidate) || !taken.Add(candidate); n++)
            candidate = CsNames.Escape($"{name}_{n}");
        return candidate;
    }

    /// <summary>Locals are unique within their function and clear of the names its code sees (each function's own
    /// set, so naming stays linear in the image's size).</summary>
    private static void NameLocals(CFunctionDecl function, HashSet<string> imageNames, HashSet<string> unitNames)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var local in function.Locals.Where(l => l.SharesVariableWith is null))
            local.CsName = Claim(taken, local.Name.Length == 0 ? "unnamed" : local.Name, imageNames, unitNames);
        foreach (var local in function.Locals.Where(l => l.SharesVariableWith is not null))
            local.CsName = local.SharesVariableWith!.CsName;
    }

    /// <summary>Struct types share one namespace with the image's members: in C# a method named like a type hides it.</summary>
    private static void NameRecords(CImage image, HashSet<string> members)
    {
        var types = members;
        var bySignature = new Dictionary<string, string>(StringComparer.Ordinal);
        // A struct only declared in one file (struct _KTHREAD *) is the type another file defines under that tag, as
        // C makes it across translation units: complete records are named first, and an incomplete one takes the
        // name of the one complete type of its tag.
        var completeByTag = image.Records.Where(r => r.IsComplete && !r.IsAnonymous).GroupBy(r => (r.IsUnion, r.Name))
            .Where(g => g.Select(r => r.Signature).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First());
        foreach (var record in image.Records.OrderBy(r => r.IsComplete ? 0 : 1))
        {
            var signature = record.Signature;
            if (RuntimeName(record) is { } runtimeName)
            {
                // The runtime's type; its fields' accessors are the program's.
                record.CsName = runtimeName;
                types.Add(runtimeName);
            }
            else if (!record.IsComplete && !record.IsAnonymous && completeByTag.TryGetValue((record.IsUnion, record.Name), out var complete))
            {
                record.CsName = complete.CsName;
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
            // Each field is a property of the record's accessors: 'x' and 'set_x' cannot both be (x's accessor).
            var fields = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in record.Fields)
            {
                var name = field.Name.Length == 0 ? $"__anonymous{++anonymous}"
                    : CsNames.PointerMembers.Contains(field.Name) ? field.Name + "_"
                    : CsNames.Escape(field.Name);
                while (CsNames.ClashesWithAccessor(fields, name) || !fields.Add(name))
                    name += "_";
                field.CsName = name;
            }
        }
    }
}
