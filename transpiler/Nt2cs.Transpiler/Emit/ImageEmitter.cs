using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
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

    public static IReadOnlyList<GeneratedFile> Emit(CImage image, EmitOptions options, Diagnostics.PhaseTimings? timings = null)
    {
        timings ??= new Diagnostics.PhaseTimings();
        var units = timings.Measure("generate", () => Units(image, options));
        return timings.Measure("format", () => units.Select(Format).ToList());
    }

    /// <summary>One file's syntax, before it is printed, and what the file holds (for its header).</summary>
    internal sealed record EmittedUnit(string Name, string What, CompilationUnitSyntax Syntax);

    /// <summary>The image's files as syntax trees: one per translation unit, the struct types, the image tables.</summary>
    internal static IReadOnlyList<EmittedUnit> Units(CImage image, EmitOptions options)
    {
        ArrayTags.Collect(image);
        var units = new List<EmittedUnit>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in image.Units)
        {
            var members = new List<MemberDeclarationSyntax>();
            members.AddRange(GlobalAccessors(image, UnitGlobals(image, unit)));
            foreach (var function in unit.Functions.Where(f => f.Body is not null))
            {
                try
                {
                    members.Add(new FunctionGenerator(image, function, options).Generate());
                }
                catch (Exception e) when (e is not (Diagnostics.TranslationException or Diagnostics.InternalTranslationException))
                {
                    throw new Diagnostics.InternalTranslationException(function.Location, e);
                }
            }
            var fileName = UniqueFileName(names, options.OutputName?.Invoke(unit.Path) ?? Path.GetFileNameWithoutExtension(unit.Path) + ".cs");
            units.Add(new EmittedUnit(fileName, $"from {options.SourcePath(unit.Path)}", Unit(options, [ImageClass(options, members)])));
        }
        var types = TypeGenerator.Generate(image).ToList();
        if (types.Count > 0)
            units.Add(new EmittedUnit(UniqueFileName(names, "Types.cs"), "struct types", Unit(options, types)));
        var imageMembers = new List<MemberDeclarationSyntax> { ImageClass(options, ImageMembers(image, options).ToList()) };
        if (options.IsProgram && image.Functions.Any(f => f.Name == "main" && !f.IsStatic))
            imageMembers.Add(ImageTables.EntryPoint(options));
        units.Add(new EmittedUnit(UniqueFileName(names, "Image.cs"), "image layout and loader", Unit(options, imageMembers)));
        return units;
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

    /// <summary>A file's text: the generated-code header, then the printed syntax.</summary>
    private static GeneratedFile Format(EmittedUnit unit)
    {
        var header = new StringBuilder()
            .Append("// <auto-generated>\n")
            .Append($"// Translated by nt2cs {unit.What}. Do not edit: change the C source or the translator and regenerate.\n")
            .Append("// </auto-generated>\n")
            .Append($"#pragma warning disable {string.Join(", ", SuppressedWarnings)}\n")
            .Append("#nullable disable\n");
        return new GeneratedFile(unit.Name, header + CsPrinter.Print(unit.Syntax));
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

    /// <summary><c>public static ref int counter => ref Mem.Ref&lt;int&gt;(__data + 0x10);</c></summary>
    private static IEnumerable<MemberDeclarationSyntax> GlobalAccessors(CImage image, IEnumerable<CVarDecl> globals)
    {
        foreach (var global in globals)
        {
            var offset = image.DataOffsets[global];
            var address = Binary(SyntaxKind.AddExpression, Name("__data"), Hex(offset));
            var modifiers = TokenList(Token(global.Storage == CStorage.Static ? SyntaxKind.PrivateKeyword : SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword));
            var type = CsTypes.Of(global.Type);
            PropertyDeclarationSyntax property;
            if (global.Type is CRecordType or CArrayType)
            {
                property = PropertyDeclaration(Type(type), global.CsName!)
                    .WithExpressionBody(ArrowExpressionClause(New(type.Name, address)));
            }
            else
            {
                property = PropertyDeclaration(RefType(Type(type)), global.CsName!)
                    .WithExpressionBody(ArrowExpressionClause(Ref(Call(GenericMember(Name("Mem"), "Ref", type.Name), address))));
            }
            yield return property.WithModifiers(modifiers).WithSemicolonToken(Token(SyntaxKind.SemicolonToken))
                .WithLeadingTrivia(Comment($"// {global.Type} {global.Name}"), ElasticCarriageReturnLineFeed);
        }
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
