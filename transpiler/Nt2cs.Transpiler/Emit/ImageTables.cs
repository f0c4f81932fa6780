using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// The image's own file: its descriptor (its units, in order, for the loader to place and load; its <c>main</c>,
/// its entry point, its imports and its exports), a program's entry point, and the forwarders through which every
/// unit names the functions and objects other units define (<c>count_up(by)</c> ⇒ <c>counters_c.count_up(by)</c>)
/// or other images export (called through the import table the loader binds), with their addresses. It changes by a
/// line or two when a file adds or removes such a symbol, and when units come or go.
/// </summary>
internal static class ImageTables
{
    /// <summary>One forwarder per function and object with external linkage, and the image's address table.</summary>
    public static IEnumerable<MemberDeclarationSyntax> Forwarders(CImage image)
    {
        var addresses = new List<MemberDeclarationSyntax>();
        foreach (var function in image.Functions.Where(f => !f.IsStatic))
        {
            var (result, parameters) = FunctionGenerator.Signature(function);
            var call = Call(Member(Name(function.Unit!.CsName!), function.CsName!), parameters.Select(p => Argument(Name(p.Identifier.Text))));
            yield return MethodDeclaration(default, s_publicStatic, result, null, Identifier(function.CsName!), null,
                ParameterList(SeparatedList(parameters)), default, null, ArrowExpressionClause(call), Token(SyntaxKind.SemicolonToken));
            addresses.Add(Property("FnPtr", function.CsName!, Member(Member(Name(function.Unit!.CsName!), "AddressOf"), function.CsName!)));
        }
        foreach (var global in image.Globals.Where(g => g.Storage == CStorage.Global && ReferenceEquals(g.Canonical, g)))
        {
            var owner = Name(global.Unit!.CsName!);
            var type = CsTypes.Of(global.Type);
            bool aggregate = global.Type is CRecordType or CArrayType;
            yield return PropertyDeclaration(default, s_publicStatic, aggregate ? Type(type) : RefType(Type(type)), null, Identifier(global.CsName!), null,
                ArrowExpressionClause(aggregate ? Member(owner, global.CsName!) : Ref(Member(owner, global.CsName!))), null, Token(SyntaxKind.SemicolonToken));
            if (!aggregate)
                addresses.Add(Property(CsTypes.PointerTo(global.Type).Name, global.CsName!, Member(Member(owner, "AddressOf"), global.CsName!)));
        }
        foreach (var import in image.ImageImports)
        {
            var slot = Member(Member(Name(ImportTable), import.CsName!), "Address");
            if (import is CFunctionDecl function)
            {
                yield return ImportedFunction(function);
                addresses.Add(Property("FnPtr", function.CsName!, New("FnPtr", slot)));
                continue;
            }
            var variable = (CVarDecl)import;
            var type = CsTypes.Of(variable.Type);
            if (variable.Type is CRecordType or CArrayType)
            {
                yield return PropertyDeclaration(default, s_publicStatic, Type(type), null, Identifier(variable.CsName!), null,
                    ArrowExpressionClause(New(type.Name, slot)), null, Token(SyntaxKind.SemicolonToken));
                continue;
            }
            yield return PropertyDeclaration(default, s_publicStatic, RefType(Type(type)), null, Identifier(variable.CsName!), null,
                ArrowExpressionClause(Ref(Call(GenericMember(Name("Mem"), "Ref", type.Name), slot))), null, Token(SyntaxKind.SemicolonToken));
            addresses.Add(Property(CsTypes.PointerTo(variable.Type).Name, variable.CsName!, New(CsTypes.PointerTo(variable.Type).Name, slot)));
        }
        yield return ClassDeclaration("AddressOf")
            .WithModifiers(TokenList(Token(TriviaList(Comment("/// <summary>Addresses of what the units define with external linkage: <c>&amp;f</c> and <c>&amp;g</c> in C.</summary>")),
                SyntaxKind.PublicKeyword, TriviaList()), Token(SyntaxKind.StaticKeyword)))
            .WithMembers(List(addresses));
    }

    /// <summary>The class holding the image's import table: one <c>ImportedFunction</c> or <c>ImportedObject</c> per import.</summary>
    private const string ImportTable = "__Imports";

    /// <summary><c>public static int f(int a0) =&gt; ((delegate*&lt;int, int&gt;)__Imports.f.Entry)(a0);</c>: a direct call of the method the loader bound.</summary>
    private static MemberDeclarationSyntax ImportedFunction(CFunctionDecl function)
    {
        var type = function.Type;
        var parameters = new List<(string Type, string Name)>();
        if (type.Result is CRecordType record)
            parameters.Add((CsTypes.PointerTo(record).Name, "__result"));
        parameters.AddRange(type.Parameters.Select((p, i) => (CsTypes.Of(p).Name, $"a{i}")));
        if (type.IsVariadic)
            parameters.Add(("Ptr<sbyte>", "__va"));
        var result = type.Result.IsVoid ? "void" : CsTypes.Of(type.Result).Name;
        var entry = Cast(ExpressionGenerator.FunctionPointerType(type), Member(Member(Name(ImportTable), function.CsName!), "Entry"));
        return MethodDeclaration(default, s_publicStatic, Type(result), null, Identifier(function.CsName!), null,
            ParameterList(SeparatedList(parameters.Select(p => Parameter(Identifier(p.Name)).WithType(Type(p.Type))))), default, null,
            ArrowExpressionClause(Call(entry, parameters.Select(p => (ExpressionSyntax)Name(p.Name)).ToArray())), Token(SyntaxKind.SemicolonToken));
    }

    /// <summary>The import table: what the image imports, by exporting image and name, for the loader to bind; null if it imports nothing.</summary>
    public static MemberDeclarationSyntax? Imports(CImage image)
    {
        if (image.ImageImports.Count == 0)
            return null;
        var members = image.ImageImports.Select(import => (MemberDeclarationSyntax)(import is CFunctionDecl function
            ? ImportSlot("ImportedFunction", function.CsName!, Str(function.ImportedFrom!), Str(function.Name), Str(CallingShape.Of(function.Type)))
            : ImportSlot("ImportedObject", import.CsName!, Str(import.ImportedFrom!), Str(import.Name))));
        return ClassDeclaration(ImportTable)
            .WithModifiers(TokenList(Token(TriviaList(Comment("/// <summary>What the image imports, bound by the loader: addresses, and functions' entry points.</summary>")),
                SyntaxKind.PublicKeyword, TriviaList()), Token(SyntaxKind.StaticKeyword)))
            .WithMembers(List(members));
    }

    private static FieldDeclarationSyntax ImportSlot(string type, string name, params ExpressionSyntax[] arguments) =>
        FieldDeclaration(VariableDeclaration(Type(type)).WithVariables(SingletonSeparatedList(
                VariableDeclarator(name).WithInitializer(EqualsValueClause(ImplicitObjectCreationExpression()
                    .WithArgumentList(ArgumentList(SeparatedList(arguments.Select(Argument)))))))))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)));

    /// <summary>
    /// The export table: <c>name switch { "f" =&gt; counters_c.__code + 0x10, … }</c>, an export's address by its
    /// name (evaluated once the loader has placed the image) read straight from its unit's base, so binding an
    /// importer runs this one method and not an address property per export; null if the image exports nothing.
    /// </summary>
    public static MemberDeclarationSyntax? Exports(CImage image)
    {
        if (image.Exports.Count == 0)
            return null;
        var arms = image.Exports.Select(export =>
        {
            var address = export.Definition switch
            {
                CFunctionDecl function => UnitTables.At($"{function.Unit!.CsName}.__code", image.CodeOffsets[function]),
                CVarDecl variable => UnitTables.At($"{variable.Unit!.CsName}.__data", image.DataOffsets[variable]),
                var other => throw new InternalTranslationException(other.Location, $"export {export.Name} is a {other.GetType().Name}"),
            };
            return SwitchExpressionArm(ConstantPattern(Str(export.Name)), address);
        }).Append(SwitchExpressionArm(DiscardPattern(), LiteralExpression(SyntaxKind.NullLiteralExpression)));
        var body = SwitchExpression(Name("name"), SeparatedList(arms));
        return MethodDeclaration(SingletonList(RunsOnce("/// <summary>What the image exports: an export's address by its name.</summary>")),
                TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword)), Type("uint?"), null, Identifier("__Export"), null,
            ParameterList(SingletonSeparatedList(Parameter(Identifier("name")).WithType(Type("string")))), default, null,
            ArrowExpressionClause(body), Token(SyntaxKind.SemicolonToken));
    }

    private static MemberDeclarationSyntax Property(string type, string name, ExpressionSyntax value) =>
        PropertyDeclaration(default, s_publicStatic, Type(type), null, Identifier(name), null, ArrowExpressionClause(value), null,
            Token(SyntaxKind.SemicolonToken));

    private static readonly SyntaxTokenList s_publicStatic = TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword));

    public static MemberDeclarationSyntax Descriptor(CImage image, EmitOptions options)
    {
        var main = image.Functions.FirstOrDefault(f => f.Name == "main" && !f.IsStatic);
        var text = new StringBuilder("public static readonly ImageDescriptor __Image = Images.Of(")
            .Append($"\"{image.Name}\", [{string.Join(", ", image.Units.Select(u => u.CsName + ".__Unit"))}]");
        if (main is not null && options.IsProgram)
            text.Append(", main: ").Append(MainAdapter(main));
        if (image.ImageImports.Count > 0)
            text.Append($", imports: [{string.Join(", ", image.ImageImports.Select(i => $"{ImportTable}.{i.CsName}"))}]");
        if (image.Exports.Count > 0)
            text.Append(", export: __Export");
        // A program's entry point is its main, for a loader that starts it by address.
        if ((image.EntryFunction ?? (options.IsProgram ? main : null)) is { } entry)
            text.Append($", entry: static () => AddressOf.{entry.CsName}.Address");
        text.Append(");");
        return ParseMemberDeclaration(text.ToString())!;
    }

    /// <summary>main's C signatures all become <c>(argc, argv) =&gt; int</c>.</summary>
    private static string MainAdapter(CFunctionDecl main)
    {
        var name = $"{main.Unit!.CsName}.{main.CsName}";
        var call = main.Type.Parameters.Count switch
        {
            0 => $"{name}()",
            2 => $"{name}(argc, argv)",
            3 => $"{name}(argc, argv, Ptr<Ptr<sbyte>>.Null)",
            _ => throw new Diagnostics.TranslationException(main.Location, "main must take no parameters, or (int, char **)"),
        };
        return main.Type.Result.IsVoid ? $"static (argc, argv) => {{ {call}; return 0; }}" : $"static (argc, argv) => {call}";
    }

    public static MemberDeclarationSyntax EntryPoint(EmitOptions options) =>
        ParseMemberDeclaration($"public static class EntryPoint {{ public static int Main(string[] args) => HostedRuntime.Main({options.ClassName}.__Image, args); }}")!;
}
