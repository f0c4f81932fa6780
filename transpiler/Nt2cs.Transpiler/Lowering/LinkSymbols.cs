using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Links the image's translation units as a linker would: every external function and object has one
/// definition; declarations point at it (<see cref="CFunctionDecl.Definition"/>, <see cref="CVarDecl.Canonical"/>).
/// <c>extern int g;</c> in one unit and <c>int g = 1;</c> in another ⇒ one object, the declaration's Canonical;
/// a call of <c>f</c> defined elsewhere ⇒ a call of that definition, or of the C library's function (checked against
/// its calling shape), or an "undefined reference" error. The units'
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
                        throw new TranslationException(reference.Location, $"undefined reference to '{variable.Name}'");
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
                    throw new TranslationException(r.Location, $"undefined reference to '{variable.Name}'");
            }
        }
        image.Imports.AddRange(imports.Values.OrderBy(f => f.Name, StringComparer.Ordinal));

        CollectTypes(image);
    }

    private static void Import(CFunctionDecl callee, SourceLoc location, LoweringContext context, Dictionary<string, CFunctionDecl> imports)
    {
        if (Builtins.Contains(callee.Name))
            return;
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
