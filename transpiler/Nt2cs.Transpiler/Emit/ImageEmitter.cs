using System.Text;
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
        return timings.Measure("functions and printing", () => units.Select(Format).ToList());
    }

    /// <summary>
    /// One file before it is printed: its syntax, what it holds (for its header), and, for a translation unit, its
    /// functions, which go after the syntax's members in its one class. A function is generated and printed on its
    /// own, in parallel with the others: once lowered, functions are independent, and a method's syntax is garbage
    /// as soon as it is text (a whole file's tree of thousands of methods would live on into the older GC generations).
    /// </summary>
    internal sealed record EmittedUnit(string Name, string What, CompilationUnitSyntax Syntax, IReadOnlyList<Func<MethodDeclarationSyntax>> Functions);

    /// <summary>The image's files: one per translation unit, the struct types, the image tables.</summary>
    internal static IReadOnlyList<EmittedUnit> Units(CImage image, EmitOptions options)
    {
        ArrayTags.Collect(image);
        var units = new List<EmittedUnit>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in image.Units)
        {
            var accessors = GlobalAccessors(image, UnitGlobals(image, unit)).ToList();
            var functions = unit.Functions.Where(f => f.Body is not null)
                .Select(f => (Func<MethodDeclarationSyntax>)(() => Function(image, f, options))).ToList();
            var fileName = UniqueFileName(names, options.OutputName?.Invoke(unit.Path) ?? Path.GetFileNameWithoutExtension(unit.Path) + ".cs");
            units.Add(new EmittedUnit(fileName, $"from {options.SourcePath(unit.Path)}", Unit(options, [ImageClass(options, accessors)]), functions));
        }
        var types = TypeGenerator.Generate(image).ToList();
        if (types.Count > 0)
            units.Add(new EmittedUnit(UniqueFileName(names, "Types.cs"), "struct types", Unit(options, types), []));
        var imageMembers = new List<MemberDeclarationSyntax> { ImageClass(options, ImageMembers(image, options).ToList()) };
        if (options.IsProgram && image.Functions.Any(f => f.Name == "main" && !f.IsStatic))
            imageMembers.Add(ImageTables.EntryPoint(options));
        units.Add(new EmittedUnit(UniqueFileName(names, "Image.cs"), "image layout and loader", Unit(options, imageMembers), []));
        return units;
    }

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
            .WithUsings(List(s_usings.Concat(options.Libraries.Select(l => l.Namespace)).Select(u => UsingDirective(ParseName(u)))
                .Concat(s_staticUsings.Concat(options.Libraries.Select(l => $"{l.Namespace}.{l.ClassName}"))
                    .Select(u => UsingDirective(ParseName(u)).WithStaticKeyword(Token(SyntaxKind.StaticKeyword))))))
            .WithMembers(SingletonList<MemberDeclarationSyntax>(FileScopedNamespaceDeclaration(ParseName(options.Namespace))
                .WithMembers(List(members))));

    /// <summary>
    /// A file's text: the generated-code header, the printed syntax, and the functions printed into its class
    /// (which the printed syntax ends: its last line is the class's closing brace). A function's failure is
    /// reported as the first failing function in source order, whatever the order they ran in.
    /// </summary>
    private static GeneratedFile Format(EmittedUnit unit)
    {
        var text = CsPrinter.Print(unit.Syntax);
        if (unit.Functions.Count > 0)
        {
            var printed = new string[unit.Functions.Count];
            var failures = new Exception?[unit.Functions.Count];
            Parallel.For(0, unit.Functions.Count, i =>
            {
                try
                {
                    printed[i] = CsPrinter.PrintMember(unit.Functions[i](), indent: 1);
                }
                catch (Exception e)
                {
                    failures[i] = e;
                }
            });
            if (failures.FirstOrDefault(f => f is not null) is { } failure)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            const string ClassEnd = "}\n";
            var body = new StringBuilder(text, 0, text.Length - ClassEnd.Length, text.Length + printed.Sum(p => p.Length + 1));
            bool first = !unit.Syntax.DescendantNodes().OfType<ClassDeclarationSyntax>().Single().Members.Any();
            foreach (var function in printed)
            {
                if (!first)
                    body.Append('\n'); // methods are set off by blank lines
                body.Append(function);
                first = false;
            }
            text = body.Append(ClassEnd).ToString();
        }
        var header = new StringBuilder()
            .Append("// <auto-generated>\n")
            .Append($"// Translated by nt2cs {unit.What}. Do not edit: change the C source or the translator and regenerate.\n")
            .Append("// </auto-generated>\n")
            .Append($"#pragma warning disable {string.Join(", ", SuppressedWarnings)}\n")
            .Append("#nullable disable\n");
        return new GeneratedFile(unit.Name, header + text);
    }

    private static ClassDeclarationSyntax ImageClass(EmitOptions options, IEnumerable<MemberDeclarationSyntax> members) =>
        ClassDeclaration(options.ClassName)
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword),
                Token(SyntaxKind.UnsafeKeyword), Token(SyntaxKind.PartialKeyword)))
            .WithMembers(List(members));

    private static IEnumerable<CVarDecl> UnitGlobals(CImage image, CTranslationUnit unit)
    {
        var owned = new HashSet<CVarDecl>(unit.Globals.Concat(unit.Functions.SelectMany(f => f.Statics)), ReferenceEqualityComparer.Instance);
        return image.Globals.Where(g => owned.Contains(g) && ReferenceEquals(g.Canonical, g));
    }

    private static IEnumerable<MemberDeclarationSyntax> GlobalAccessors(CImage image, IEnumerable<CVarDecl> globals) =>
        globals.Select(global => Located(global.Location, () => GlobalAccessor(image, global)));

    /// <summary><c>public static ref int counter => ref Mem.Ref&lt;int&gt;(__data + 0x10);</c> after a comment naming the C object.</summary>
    private static MemberDeclarationSyntax GlobalAccessor(CImage image, CVarDecl global)
    {
        var address = Binary(SyntaxKind.AddExpression, Name("__data"), Hex(image.DataOffsets[global]));
        var type = CsTypes.Of(global.Type);
        var (propertyType, value) = global.Type is CRecordType or CArrayType
            ? (Type(type), New(type.Name, address))
            : ((TypeSyntax)RefType(Type(type)), Ref(Call(GenericMember(Name("Mem"), "Ref", type.Name), address)));
        var access = Token(TriviaList(Comment($"// {global.Type} {global.Name}")),
            global.Storage == CStorage.Static ? SyntaxKind.PrivateKeyword : SyntaxKind.PublicKeyword, TriviaList());
        return PropertyDeclaration(default, TokenList(access, Token(SyntaxKind.StaticKeyword)), propertyType, null,
            Identifier(global.CsName!), null, ArrowExpressionClause(value), null, Token(SyntaxKind.SemicolonToken));
    }

    private static IEnumerable<MemberDeclarationSyntax> ImageMembers(CImage image, EmitOptions options)
    {
        yield return ParseMemberDeclaration("private static uint __code;")!;
        yield return ParseMemberDeclaration("private static uint __data;")!;
        yield return ImageTables.Descriptor(image, options);
        yield return ImageTables.Loader(image);
        yield return ImageTables.AddressTable(image);
        if (image.Strings.Count > 0)
            yield return ImageTables.StringTable(image);
        foreach (var constant in image.EnumConstants.Where(c => c.CsName is not null))
        {
            yield return FieldDeclaration(VariableDeclaration(Type("int")).WithVariables(SingletonSeparatedList(
                    VariableDeclarator(constant.CsName!).WithInitializer(EqualsValueClause(Int((int)constant.Value))))))
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.ConstKeyword)));
        }
    }
}
