using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// The image's own file: its descriptor (its units, in order, for the loader to place and load; its <c>main</c>;
/// the images it needs first), a program's entry point, and the forwarders through which every unit names the
/// functions and objects other units define (<c>count_up(by)</c> ⇒ <c>counters_c.count_up(by)</c>), with their
/// addresses. It changes by a line or two when a file adds or removes such a symbol, and when units come or go.
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
            yield return MethodDeclaration(default, s_publicStatic, Type(result), null, Identifier(function.CsName!), null,
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
        yield return ClassDeclaration("AddressOf")
            .WithModifiers(TokenList(Token(TriviaList(Comment("/// <summary>Addresses of what the units define with external linkage: <c>&amp;f</c> and <c>&amp;g</c> in C.</summary>")),
                SyntaxKind.PublicKeyword, TriviaList()), Token(SyntaxKind.StaticKeyword)))
            .WithMembers(List(addresses));
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
