using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>One generated C# file.</summary>
public sealed record GeneratedFile(string Name, string Text);

/// <summary>
/// Emits an image as C#: one file per C translation unit (its globals and functions, in a partial class), a
/// file of struct types, and a file that binds the image to its addresses (function registration, initial data,
/// string literals, the <c>AddressOf</c> table) and describes it to the loader.
/// </summary>
public static class ImageEmitter
{
    /// <summary>
    /// Compiler warnings generated code is known to raise (unreachable code after a C return, unused labels and
    /// locals of restructured jumps, lower-case type names): disabled in every file and in every project file.
    /// </summary>
    public static readonly IReadOnlyList<string> SuppressedWarnings = ["CS0162", "CS0164", "CS0168", "CS0219", "CS0414", "CS8321", "CS8981"];

    private static readonly string[] s_usings =
    [
        "System.Runtime.CompilerServices",
        "System.Runtime.InteropServices",
        "Nt2cs.Runtime",
    ];

    private static readonly string[] s_staticUsings =
    [
        "Nt2cs.Runtime.CLib",
        "Nt2cs.Runtime.Intrinsics",
        "Nt2cs.Runtime.Sequence",
    ];

    public static IReadOnlyList<GeneratedFile> Emit(CImage image, EmitOptions options, PhaseTimings? timings = null)
    {
        timings ??= new PhaseTimings();
        var units = timings.Measure("generate", () => Units(image, options));
        // Files too are printed in parallel: the image's file and the struct types print while a unit's functions do.
        return timings.Measure("functions and printing", () => InParallel(units.Count, i => Format(units[i])));
    }

    /// <summary>
    /// <paramref name="work"/> for 0 to <paramref name="count"/> - 1 in parallel, the results in order; a failure
    /// is rethrown as the first failing one's in that order, whatever the order they ran in.
    /// </summary>
    private static T[] InParallel<T>(int count, Func<int, T> work)
    {
        var results = new T[count];
        var failures = new Exception?[count];
        Parallel.For(0, count, i =>
        {
            try
            {
                results[i] = work(i);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return results;
    }

    /// <summary>
    /// One file before it is printed: its syntax, what it holds (for its header), and, for a translation unit, the
    /// members printed apart: its functions, then its tables (loader, addresses, strings), which go after the
    /// syntax's members in its one class. Each is generated (a function) and printed on its own, in parallel with the
    /// others: once lowered, functions are independent, and a method's syntax is garbage as soon as it is text (a
    /// whole file's tree of thousands of methods would live on into the older GC generations); the tables, a line
    /// per function or string, would otherwise be printed on one core after them.
    /// </summary>
    internal sealed record EmittedUnit(string Name, string What, Func<CompilationUnitSyntax> Syntax, IReadOnlyList<Func<MemberDeclarationSyntax>> Members,
        IReadOnlyCollection<CTypeAlias>? Aliases = null, UnitPartClasses? Parts = null);

    /// <summary>
    /// The image's files: one per translation unit, holding the unit's class (its objects, functions, layout,
    /// loader and tables); the struct types; and the image's own file, which lists the units for the loader. The
    /// image's file is built as it is printed, in parallel with the units (it rejects no C: main's shape, which
    /// may be rejected, is checked here).
    /// </summary>
    internal static IReadOnlyList<EmittedUnit> Units(CImage image, EmitOptions options)
    {
        ArrayTags.Collect(image);
        var units = new List<EmittedUnit>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var functions = image.Functions.ToLookup(f => f.Unit!);
        var globals = image.Globals.Where(g => ReferenceEquals(g.Canonical, g)).ToLookup(g => g.Unit!);
        foreach (var unit in image.Units)
        {
            var members = new List<MemberDeclarationSyntax>();
            members.AddRange(UnitTables.Layout(unit));
            members.AddRange(UnitTables.Constants(unit));
            members.AddRange(globals[unit].Select(global => Located(global.Location, () => GlobalAccessor(image, global, options))));
            members.Add(SplicePlaceholder);
            // The initial data is evaluated here, in order (a static initializer's error is the unit's first); the
            // tables, a line per function or string, are built as they are printed, in parallel with the functions.
            var initial = UnitTables.EvaluateData(image, globals[unit]);
            var unitTables = new List<Func<MemberDeclarationSyntax>>
            {
                () => UnitTables.Loader(image, unit, functions[unit], initial, options),
                () => UnitTables.AddressTable(image, unit, functions[unit], globals[unit], options),
            };
            if (unit.Strings.Count > 0)
                unitTables.Add(() => UnitTables.StringTable(unit)!);
            var source = options.SourcePath(unit.Path);
            var unitClass = ClassDeclaration(Identifier(unit.CsName!))
                .WithModifiers(TokenList(Token(TriviaList(Comment($"/// <summary>{source}: its functions, objects and string literals.</summary>")),
                    SyntaxKind.PublicKeyword, TriviaList()), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.UnsafeKeyword)))
                .WithMembers(List(members));
            var printedApart = functions[unit].Select(f => (Func<MemberDeclarationSyntax>)(() => Function(image, f, options)))
                .Concat(unitTables).ToList();
            var fileName = UniqueFileName(names, options.OutputName?.Invoke(unit.Path) ?? Path.GetFileNameWithoutExtension(unit.Path) + ".cs");
            var syntax = Unit(options, [ImageClass(options, [unitClass])]);
            units.Add(new EmittedUnit(fileName, $"from {source}", () => syntax, printedApart, unit.TypeAliases.Values,
                unit.Parts > 0 ? new UnitPartClasses(options.ClassName, unit, functions[unit]) : null));
        }
        var types = TypeGenerator.Generate(image, options.MemoryClass).ToList();
        if (types.Count > 0)
        {
            var typesFile = Unit(options, types);
            units.Add(new EmittedUnit(UniqueFileName(names, "Types.cs"), "struct types", () => typesFile, []));
        }
        var entryPoint = options.IsProgram && image.Functions.Any(f => f.Name == "main" && !f.IsStatic) ? ImageTables.EntryPoint(options) : null;
        units.Add(new EmittedUnit(UniqueFileName(names, "Image.cs"), "image layout and loader", () => ImageFile(image, options, entryPoint), []));
        return units;
    }

    /// <summary>The image's own file: its descriptor, forwarders and import and export tables, and its entry point.</summary>
    private static CompilationUnitSyntax ImageFile(CImage image, EmitOptions options, MemberDeclarationSyntax? entryPoint)
    {
        var tables = new[] { ImageTables.Imports(image), ImageTables.Exports(image) }.OfType<MemberDeclarationSyntax>();
        var imageMembers = new List<MemberDeclarationSyntax> { ImageClass(options, [ImageTables.Descriptor(image, options), .. ImageTables.Forwarders(image), .. tables]) };
        if (entryPoint is not null)
            imageMembers.Add(entryPoint);
        // The attribute by which a loader finds the image in its assembly file.
        return Unit(options, imageMembers).WithAttributeLists(SingletonList(AttributeList(
            AttributeTargetSpecifier(Token(SyntaxKind.AssemblyKeyword)),
            SingletonSeparatedList(Attribute(IdentifierName("TranslatedImage"),
                AttributeArgumentList(SingletonSeparatedList(AttributeArgument(TypeOfExpression(Type($"{options.Namespace}.{options.ClassName}"))))))))));
    }

    /// <summary>Where a unit's functions and tables go in its class: <see cref="CsPrinter"/> writes them there, printed apart.</summary>
    private static readonly MemberDeclarationSyntax SplicePlaceholder =
        IncompleteMember().WithAdditionalAnnotations(new SyntaxAnnotation(CsPrinter.SpliceAnnotation));

    private static MethodDeclarationSyntax Function(CImage image, CFunctionDecl function, EmitOptions options) =>
        Located(function.Location, () => new FunctionGenerator(image, function, options).Generate());

    /// <summary>Generates for one C declaration: anything but a translation error it throws is the translator's own failure there.</summary>
    private static T Located<T>(SourceLoc location, Func<T> generate)
    {
        try
        {
            return generate();
        }
        catch (Exception e) when (e is not (TranslationException or InternalTranslationException))
        {
            throw new InternalTranslationException(location, e);
        }
    }

    private static string UniqueFileName(HashSet<string> names, string name)
    {
        var candidate = name;
        for (int n = 2; !names.Add(candidate); n++)
            candidate = name[..^3] + $"_{n}.cs";
        return candidate;
    }

    private static CompilationUnitSyntax Unit(EmitOptions options, IEnumerable<MemberDeclarationSyntax> members) =>
        CompilationUnit()
            .WithUsings(List(s_usings.Select(u => UsingDirective(ParseName(u)))
                .Concat(s_staticUsings
                    .Select(u => UsingDirective(ParseName(u)).WithStaticKeyword(Token(SyntaxKind.StaticKeyword))))))
            .WithMembers(SingletonList<MemberDeclarationSyntax>(FileScopedNamespaceDeclaration(ParseName(options.Namespace))
                .WithMembers(List(members))));

    /// <summary>
    /// A file's text: the generated-code header, then the printed syntax with its unit's functions and tables
    /// (printed apart, in parallel) in their place. A function's failure is reported as the first failing function
    /// in source order, whatever the order they ran in.
    /// </summary>
    private static GeneratedFile Format(EmittedUnit unit)
    {
        var syntax = unit.Syntax();
        string[]? members = null;
        // Aliases are looked for only where there are some to find: a search walks the whole tree.
        bool hasAliases = unit.Aliases is { Count: > 0 };
        var aliases = new HashSet<string>(hasAliases ? WrittenTypes.Used(syntax) : [], StringComparer.Ordinal);
        if (unit.Members.Count > 0)
        {
            var used = hasAliases ? new HashSet<string>[unit.Members.Count] : null;
            members = InParallel(unit.Members.Count, i =>
                CsPrinter.PrintMember(unit.Members[i](), indent: 2 + (unit.Parts?.IsInPart(i) == true ? 1 : 0), used is null ? null : used[i] = new HashSet<string>(StringComparer.Ordinal)));
            foreach (var names in used ?? [])
                aliases.UnionWith(names);
            members = unit.Parts?.Splice(members) ?? members;
        }
        var header = "// <auto-generated>\n" +
            $"// Translated by nt2cs {unit.What}. Do not edit: change the C source or the translator and regenerate.\n" +
            "// </auto-generated>\n" +
            $"#pragma warning disable {string.Join(", ", SuppressedWarnings)}\n" +
            "#nullable disable\n";
        // One copy of the file's text, the printer's: a file of thousands of functions is megabytes, and every copy
        // of it is a large object whose allocation costs a full collection.
        var usings = WithUsings(syntax, unit.Aliases?.Where(a => aliases.Contains(a.CsName)), unit.Parts?.Imports() ?? []);
        return new GeneratedFile(unit.Name, CsPrinter.Print(usings, members, header));
    }

    /// <summary>
    /// The typedef aliases a unit's code says, in its namespace (where they may name its struct types plainly), by
    /// name, then the imports of its parts (<see cref="UnitPartClasses"/>).
    /// </summary>
    private static CompilationUnitSyntax WithUsings(CompilationUnitSyntax unit, IEnumerable<CTypeAlias>? aliases, IEnumerable<UsingDirectiveSyntax> imports)
    {
        var directives = (aliases ?? []).OrderBy(a => a.CsName, StringComparer.Ordinal)
            .Select(a => UsingDirective(NameEquals(IdentifierName(a.CsName)), Type(a.IsPointee ? CsTypes.PointeeName(a.Type) : CsTypes.Of(a.Type).Name)))
            .Concat(imports).ToList();
        if (directives.Count == 0)
            return unit;
        var space = (FileScopedNamespaceDeclarationSyntax)unit.Members[0];
        return unit.WithMembers(SingletonList<MemberDeclarationSyntax>(space.WithUsings(List(directives))));
    }

    private static ClassDeclarationSyntax ImageClass(EmitOptions options, IEnumerable<MemberDeclarationSyntax> members) =>
        ClassDeclaration(options.ClassName)
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword),
                Token(SyntaxKind.UnsafeKeyword), Token(SyntaxKind.PartialKeyword)))
            .WithMembers(List(members));

    /// <summary><c>public static ref int counter { [MethodImpl(…)] get => ref Mem.Ref&lt;int&gt;(__data + 0x10); }</c> (<c>HostedMem</c> in a hosted program) after a comment naming the C object (private for a static).</summary>
    private static MemberDeclarationSyntax GlobalAccessor(CImage image, CVarDecl global, EmitOptions options)
    {
        var address = Binary(SyntaxKind.AddExpression, Name("__data"), Hex(image.DataOffsets[global]));
        var type = CsTypes.Of(global.Type);
        var written = WrittenTypes.Of(global.Type, global.Unit);
        var (propertyType, value) = global.Type is CRecordType or CArrayType
            ? (written, New(written, address))
            : ((TypeSyntax)RefType(written), Ref(Call(GenericMember(Name(options.MemoryClass), "Ref", written), address)));
        var access = Token(TriviaList(Comment($"// {global.Type} {global.Name}")),
            global.Storage == CStorage.Static ? SyntaxKind.PrivateKeyword : SyntaxKind.PublicKeyword, TriviaList());
        // Marked for inlining as struct field accessors are (TypeGenerator.Inline): zlib's crc32_z kept its table's as calls.
        var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration)
            .WithAttributeLists(SingletonList(AttributeList(SingletonSeparatedList(Attribute(IdentifierName("MethodImpl"),
                AttributeArgumentList(SingletonSeparatedList(AttributeArgument(Member("MethodImplOptions", "AggressiveInlining")))))))))
            .WithExpressionBody(ArrowExpressionClause(value)).WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
        return PropertyDeclaration(default, TokenList(access, Token(SyntaxKind.StaticKeyword)), propertyType, null,
            Identifier(global.CsName!), AccessorList(SingletonList(getter)), null, null, default);
    }
}
