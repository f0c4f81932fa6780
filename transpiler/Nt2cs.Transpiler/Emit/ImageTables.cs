using System.Text;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// What describes an image to its loader, in the image's own file: its descriptor (its units, in order, for the
/// loader to place and load; its <c>main</c>; the images it needs first) and a program's entry point. It changes
/// only when units come or go, main moves, or the images it links change.
/// </summary>
internal static class ImageTables
{
    public static MemberDeclarationSyntax Descriptor(CImage image, EmitOptions options)
    {
        var main = image.Functions.FirstOrDefault(f => f.Name == "main" && !f.IsStatic);
        var text = new StringBuilder("public static readonly ImageDescriptor __Image = Images.Of(")
            .Append($"\"{image.Name}\", [{string.Join(", ", image.Units.Select(u => u.CsName + ".__Unit"))}]");
        if (main is not null && options.IsProgram)
            text.Append(", main: ").Append(MainAdapter(main));
        if (options.Libraries.Count > 0)
            text.Append(", dependencies: [").Append(string.Join(", ", options.Libraries.Select(l => l.Owner + ".__Image"))).Append(']');
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
