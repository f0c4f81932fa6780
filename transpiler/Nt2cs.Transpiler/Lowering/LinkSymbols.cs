using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Links the image's translation units as a linker would: every external function and object has one
/// definition; declarations point at it (<see cref="CFunctionDecl.Definition"/>, <see cref="CVarDecl.Canonical"/>).
/// <c>extern int g;</c> in one unit and <c>int g = 1;</c> in another ⇒ one object, the declaration's Canonical;
/// a call of <c>f</c> defined elsewhere ⇒ a call of that definition, of an intrinsic or the C library's function
/// (checked against its calling shape), of a function another image exports (imported, bound at load time), or an
/// "undefined reference" error. It also settles what the image exports and its entry point, and collects the units'
/// records.
/// </summary>
public sealed class LinkSymbols : IImagePass
{
    /// <summary>Compiler builtins the emitter implements; they need no definition.</summary>
    public static readonly HashSet<string> Builtins = new(StringComparer.Ordinal)
    {
        "__builtin_va_start", "__builtin_va_end", "__builtin_va_copy", "__va_start",
        "_exception_code", "__exception_code", "_exception_info", "__exception_info",
        "_abnormal_termination", "__abnormal_termination", "__noop", "__assume", "setjmp", "_setjmp",
        "__builtin_huge_val", "__builtin_huge_valf", "__builtin_inf", "__builtin_inff", "__builtin_nan", "__builtin_nanf",
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

        var imports = new Imports(context);
        foreach (var function in image.Functions)
            foreach (var expr in CTree.Expressions(function.Body!))
                imports.Resolve(expr);
        foreach (var global in image.Globals.Where(g => g.Init is not null))
            foreach (var expr in CTree.Expressions(global.Init!))
                imports.Resolve(expr);
        image.Imports.AddRange(imports.Library.Values.OrderBy(f => f.Name, StringComparer.Ordinal));
        image.ImageImports.AddRange(imports.FromImages.Values.OrderBy(d => d.Name, StringComparer.Ordinal));

        Export(image, context.Interface, functions, objects);
        if (context.Interface.EntryName is { } entry)
        {
            image.EntryFunction = functions.GetValueOrDefault(entry);
            if (image.EntryFunction is null && context.Interface.EntryRequired)
                throw new TranslationException(SourceLoc.None, $"undefined reference to '{entry}' (the image's entry point)");
        }
        CollectTypes(image);
    }

    /// <summary>
    /// What the image's code names but does not define, resolved as a linker would: a builtin needs nothing; an
    /// intrinsic or a C library function is the runtime's; a function or object an image the image links against
    /// exports is imported from it (one declaration per name stands for all); anything else is an undefined reference.
    /// </summary>
    private sealed class Imports(LoweringContext context)
    {
        public Dictionary<string, CFunctionDecl> Library { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, CDecl> FromImages { get; } = new(StringComparer.Ordinal);

        public void Resolve(CExpr expr)
        {
            switch (expr)
            {
                case CDeclRef { Decl: CFunctionDecl { Definition: null } callee } reference:
                    Function(callee, reference.Location);
                    break;
                case CDeclRef { Decl: CVarDecl { Storage: CStorage.Extern, Canonical: null } variable } reference:
                    if (FromImage(variable, reference.Location) is not CVarDecl canonical)
                        throw new TranslationException(reference.Location, $"undefined reference to '{variable.Name}'");
                    variable.Canonical = canonical;
                    break;
            }
        }

        private void Function(CFunctionDecl callee, SourceLoc location)
        {
            if (Builtins.Contains(callee.Name))
                return;
            if (context.IntrinsicFunctions.TryGetValue(callee.Name, out var shape))
            {
                CheckShape(callee, shape);
                Library.TryAdd(callee.Name, callee);
                return;
            }
            if (FromImage(callee, location) is { } imported)
            {
                callee.ImportedFrom = imported.ImportedFrom;
                return;
            }
            if (!context.LibraryFunctions.TryGetValue(callee.Name, out shape))
                throw new TranslationException(location, $"undefined reference to '{callee.Name}'");
            CheckShape(callee, shape);
            Library.TryAdd(callee.Name, callee);
        }

        /// <summary>The declaration that stands for an import of <paramref name="declaration"/>'s name, or null if no image exports it.</summary>
        private CDecl? FromImage(CDecl declaration, SourceLoc location)
        {
            if (!context.Interface.Importable.TryGetValue(declaration.Name, out var export))
                return null;
            bool isData = declaration is CVarDecl;
            if (export.IsData != isData)
                throw new TranslationException(location,
                    $"'{declaration.Name}' is {(isData ? "declared an object" : "called as a function")} here, but image {export.Image} exports it as {(export.IsData ? "data" : "a function")}");
            if (!FromImages.TryGetValue(declaration.Name, out var canonical))
            {
                canonical = declaration;
                canonical.ImportedFrom = export.Image;
                if (canonical is CVarDecl variable)
                    variable.Canonical = variable;
                FromImages.Add(declaration.Name, canonical);
            }
            return canonical;
        }

        private static void CheckShape(CFunctionDecl callee, string shape)
        {
            var declared = CallingShape.Of(callee.Type);
            // A compiler builtin's declaration carries no type (clang's "builtin function"); its calls are typed.
            bool typed = !(callee.Type.IsVariadic && callee.Type.Parameters.Count == 0 && callee.Type.Result.IsVoid);
            if (typed && !callee.Type.HasPrototype && declared != shape)
                throw TranslationException.Unsupported(callee.Location,
                    $"the C library's '{callee.Name}' declared without a prototype ({callee.Type}): include its header, or declare its parameters");
            if (typed && declared != shape)
                throw new TranslationException(callee.Location,
                    $"declaration of '{callee.Name}' ({callee.Type}) does not match the C library's (calling shape {shape}, declared {declared})");
        }
    }

    /// <summary>The image's exports, as the image's interface lists them: each names a function or object the image defines with external linkage.</summary>
    private static void Export(CImage image, ImageInterface @interface, Dictionary<string, CFunctionDecl> functions, Dictionary<string, CVarDecl> objects)
    {
        foreach (var request in @interface.Exports)
        {
            CDecl definition = functions.GetValueOrDefault(request.Internal) as CDecl ?? objects.GetValueOrDefault(request.Internal)?.Canonical
                ?? throw new TranslationException(request.Location, $"'{request.Internal}' is exported, but the image does not define it");
            image.Exports.Add((request.Name, definition));
        }
    }

    private static void CollectTypes(CImage image)
    {
        foreach (var unit in image.Units)
            image.Records.AddRange(unit.Records);
    }
}
