using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Links the image's translation units as a linker would: every external function and object has one
/// definition; declarations point at it (<see cref="CFunctionDecl.Definition"/>, <see cref="CVarDecl.Canonical"/>).
/// <c>extern int g;</c> in one unit and <c>int g = 1;</c> in another ⇒ one object, the declaration's Canonical;
/// a call of <c>f</c> defined elsewhere ⇒ a call of that definition, or of a library image's export, or of the C
/// library's function (checked against its calling shape), or an "undefined reference" error. The units'
/// records are collected.
/// </summary>
public sealed class LinkSymbols : IImagePass
{
    /// <summary>Compiler builtins the emitter implements; they need no definition.</summary>
    public static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "__builtin_va_start", "__builtin_va_end", "__builtin_va_copy", "__va_start",
        "_exception_code", "__exception_code", "_exception_info", "__exception_info",
        "_abnormal_termination", "__abnormal_termination", "__noop", "__assume", "setjmp", "_setjmp",
    };

    public void Run(CImage image, LoweringContext context)
    {
        var functions = new Dictionary<string, CFunctionDecl>(StringComparer.Ordinal);
        var objects = new Dictionary<string, CVarDecl>(StringComparer.Ordinal);

        foreach (var unit in image.Units)
        {
            foreach (var function in unit.Functions.Where(f => f.Body is not null))
            {
                if (!function.IsStatic)
                {
                    if (functions.TryGetValue(function.Name, out var other))
                        throw new TranslationException(function.Location, $"multiple definition of '{function.Name}' (first defined at {other.Location})");
                    functions[function.Name] = function;
                }
                function.Definition = function;
                function.Unit = unit;
                image.Functions.Add(function);
            }
            foreach (var global in unit.Globals.Where(g => g.Storage is CStorage.Global or CStorage.Static))
            {
                global.Unit = unit;
                if (global.Storage == CStorage.Global)
                {
                    if (objects.TryGetValue(global.Name, out var other))
                    {
                        // __declspec(selectany) definitions are one object: the first is kept (MSVC's linker picks one).
                        if (global.IsSelectAny && other.IsSelectAny && global.Init is not null && other.Init is not null)
                        {
                            global.Canonical = other.Canonical ?? other;
                            continue;
                        }
                        // Two tentative definitions (no initializer) are one object, as the common linker model has it.
                        if (global.Init is not null && other.Init is not null)
                            throw new TranslationException(global.Location, $"multiple definition of '{global.Name}' (first defined at {other.Location})");
                        if (global.Init is not null)
                        {
                            other.Canonical = global;
                            objects[global.Name] = global;
                            image.Globals[image.Globals.IndexOf(other)] = global;
                        }
                        else
                        {
                            global.Canonical = other.Canonical ?? other;
                        }
                        continue;
                    }
                    objects[global.Name] = global;
                }
                image.Globals.Add(global);
            }
            foreach (var function in unit.Functions)
            {
                foreach (var local in function.Statics)
                    local.Unit = unit;
                image.Globals.AddRange(function.Statics);
            }
        }

        foreach (var global in image.Globals)
            global.Canonical ??= global;

        foreach (var unit in image.Units)
        {
            foreach (var function in unit.Functions.Where(f => f.Body is null))
            {
                if (functions.TryGetValue(function.Name, out var definition) && !function.IsStatic)
                    function.Definition = definition;
            }
            foreach (var global in unit.Globals.Where(g => g.Storage == CStorage.Extern))
            {
                if (objects.TryGetValue(global.Name, out var definition))
                    global.Canonical = definition.Canonical ?? definition;
            }
        }

        var imports = new Dictionary<string, CFunctionDecl>(StringComparer.Ordinal);
        foreach (var function in image.Functions)
        {
            foreach (var expr in CTree.Expressions(function.Body!))
            {
                if (expr is not CDeclRef reference)
                    continue;
                switch (reference.Decl)
                {
                    case CFunctionDecl { Definition: null } callee:
                        Import(callee, reference.Location, context, imports);
                        break;
                    case CVarDecl { Storage: CStorage.Extern, Canonical: null } variable:
                        LinkExternal(variable, reference.Location, context);
                        break;
                }
            }
        }
        foreach (var global in image.Globals)
        {
            if (global.Init is null)
                continue;
            foreach (var expr in CTree.Expressions(global.Init))
            {
                if (expr is CDeclRef { Decl: CFunctionDecl { Definition: null } callee } reference)
                    Import(callee, reference.Location, context, imports);
                if (expr is CDeclRef { Decl: CVarDecl { Storage: CStorage.Extern, Canonical: null } variable } r)
                    LinkExternal(variable, r.Location, context);
            }
        }
        image.Imports.AddRange(imports.Values.OrderBy(f => f.Name, StringComparer.Ordinal));

        CollectTypes(image);
    }

    /// <summary>An extern object defined by a library image: its accessor is that image's.</summary>
    private static void LinkExternal(CVarDecl variable, SourceLoc location, LoweringContext context)
    {
        var owner = context.Libraries.FirstOrDefault(l => l.Globals.ContainsKey(variable.Name))
            ?? throw new TranslationException(location, $"undefined reference to '{variable.Name}'");
        var definition = owner.Globals[variable.Name];
        variable.Canonical = variable;
        variable.ExternalOwner = $"{owner.Owner}.{definition.Unit!.CsName}";
        variable.InMemory = true;
        variable.CsName = definition.CsName;
        if (variable.Type is CArrayType { Length: null })
            variable.Type = definition.Type;
    }

    private static void Import(CFunctionDecl callee, SourceLoc location, LoweringContext context, Dictionary<string, CFunctionDecl> imports)
    {
        if (Builtins.Contains(callee.Name))
            return;
        if (context.Libraries.FirstOrDefault(l => l.Functions.ContainsKey(callee.Name)) is { } library)
        {
            var definition = library.Functions[callee.Name];
            // Types from different images are different declarations: compare what the call depends on.
            if (CallingShape.Of(callee.Type) != CallingShape.Of(definition.Type) || callee.Type.ToString() != definition.Type.ToString())
                throw new TranslationException(callee.Location, $"declaration of '{callee.Name}' ({callee.Type}) does not match its definition in {library.Name} ({definition.Type})");
            callee.ExternalOwner = $"{library.Owner}.{definition.Unit!.CsName}";
            callee.CsName = definition.CsName;
            return;
        }
        if (!context.IntrinsicFunctions.TryGetValue(callee.Name, out var shape) && !context.LibraryFunctions.TryGetValue(callee.Name, out shape))
            throw new TranslationException(location, $"undefined reference to '{callee.Name}'");
        var declared = CallingShape.Of(callee.Type);
        // A compiler builtin's declaration carries no type (clang's "builtin function"); its calls are typed.
        bool typed = !(callee.Type.IsVariadic && callee.Type.Parameters.Count == 0 && callee.Type.Result.IsVoid);
        if (typed && declared != shape)
            throw new TranslationException(callee.Location,
                $"declaration of '{callee.Name}' ({callee.Type}) does not match the C library's (calling shape {shape}, declared {declared})");
        imports.TryAdd(callee.Name, callee);
    }

    private static void CollectTypes(CImage image)
    {
        foreach (var unit in image.Units)
            image.Records.AddRange(unit.Records);
    }
}
