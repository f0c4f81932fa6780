using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// What binds an image to its addresses and describes it to the loader: the descriptor, the loader that registers
/// each function's code address and puts initial data and string literals in place, the <c>AddressOf</c> table
/// (<c>&amp;f</c>, <c>&amp;g</c>), the <c>Str</c> table of string literals, and a program's entry point.
/// </summary>
internal static class ImageTables
{
    public static MemberDeclarationSyntax Descriptor(CImage image, EmitOptions options)
    {
        var main = image.Functions.FirstOrDefault(f => f.Name == "main" && !f.IsStatic);
        var text = new StringBuilder();
        text.Append("public static readonly ImageDescriptor __Image = new() { ")
            .Append($"Name = \"{image.Name}\", CodeSize = 0x{image.CodeSize:X}, DataSize = 0x{image.DataSize:X}, Load = __Load");
        if (options.Libraries.Count > 0)
            text.Append(", Dependencies = [").Append(string.Join(", ", options.Libraries.Select(l => l.Owner + ".__Image"))).Append(']');
        if (main is not null && options.IsProgram)
            text.Append(", Main = ").Append(MainAdapter(main));
        text.Append(" };");
        return ParseMemberDeclaration(text.ToString())!;
    }

    /// <summary>main's C signatures all become <c>(argc, argv) =&gt; int</c>.</summary>
    private static string MainAdapter(CFunctionDecl main)
    {
        var call = main.Type.Parameters.Count switch
        {
            0 => $"{main.CsName}()",
            2 => $"{main.CsName}(argc, argv)",
            3 => $"{main.CsName}(argc, argv, Ptr<Ptr<sbyte>>.Null)",
            _ => throw new Diagnostics.TranslationException(main.Location, "main must take no parameters, or (int, char **)"),
        };
        return main.Type.Result.IsVoid ? $"static (argc, argv) => {{ {call}; return 0; }}" : $"static (argc, argv) => {call}";
    }

    public static MemberDeclarationSyntax Loader(CImage image)
    {
        var statements = new List<StatementSyntax>
        {
            AsStatement(Assign(Name("__code"), Name("code"))),
            AsStatement(Assign(Name("__data"), Name("data"))),
        };
        foreach (var function in image.Functions)
        {
            var entry = Cast("nint", Cast(ExpressionGenerator.FunctionPointerType(function.Type),
                PrefixUnaryExpression(SyntaxKind.AddressOfExpression, Name(function.CsName!))));
            statements.Add(AsStatement(Call(Member("Fn", "Register"), At("code", image.CodeOffsets[function]), entry,
                Str(CallingShape.Of(function.Type)), Str(function.Name))));
        }
        var data = new StaticData(image);
        foreach (var global in image.Globals.Where(g => g.Init is not null && ReferenceEquals(g.Canonical, g)))
        {
            var offset = image.DataOffsets[global];
            var initial = data.Evaluate(global);
            foreach (var (start, length) in NonZeroRuns(initial.Bytes))
                statements.Add(AsStatement(Call(Member("ImageData", "Put"), At("data", offset + (uint)start), Bytes(initial.Bytes.AsSpan(start, length)))));
            foreach (var (at, target, addend) in initial.Relocations)
                statements.Add(AsStatement(Call(Member("ImageData", "Reloc"), At("data", offset + (uint)at), Target(target, addend))));
        }
        foreach (var text in image.Strings)
            statements.Add(AsStatement(Call(Member("ImageData", "Put"), At("data", text.Offset), Bytes(text.Bytes))));
        return MethodDeclaration(Type("void"), "__Load")
            .WithModifiers(TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithParameterList(ParameterList(SeparatedList([Parameter(Identifier("code")).WithType(Type("uint")), Parameter(Identifier("data")).WithType(Type("uint"))])))
            .WithBody(Block(statements));
    }

    private static ExpressionSyntax At(string @base, uint offset) =>
        offset == 0 ? Name(@base) : Binary(SyntaxKind.AddExpression, Name(@base), Hex(offset));

    private static ExpressionSyntax Target(Symbol target, uint addend)
    {
        ExpressionSyntax address = target switch
        {
            DataSymbol d => At("data", d.Offset),
            CodeSymbol c => At("code", c.Offset),
            ImportSymbol i => Member(Call(Member("Library", "Address"), Str(i.Name)), "Address"),
            ExternalSymbol e => ParseExpression(e.Address),
            _ => throw new InvalidOperationException(),
        };
        return addend == 0 ? address : Binary(SyntaxKind.AddExpression, address, Hex(addend));
    }

    /// <summary>Runs of bytes worth writing: nonzero data, with short zero gaps merged.</summary>
    private static IEnumerable<(int Start, int Length)> NonZeroRuns(byte[] bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            while (i < bytes.Length && bytes[i] == 0) i++;
            if (i >= bytes.Length) yield break;
            int start = i, end = i;
            while (i < bytes.Length)
            {
                if (bytes[i] != 0) { end = i + 1; i++; continue; }
                int gap = i;
                while (gap < bytes.Length && bytes[gap] == 0 && gap - end < 8) gap++;
                if (gap >= bytes.Length || bytes[gap] == 0) break;
                i = gap;
            }
            yield return (start, end - start);
            i = end;
        }
    }

    /// <summary>Bytes as a UTF-8 string literal when they are printable text, else as a byte list.</summary>
    private static ExpressionSyntax Bytes(ReadOnlySpan<byte> bytes)
    {
        bool text = bytes.Length > 0 && bytes.ToArray().All(b => b is >= 0x20 and < 0x7F or (byte)'\n' or (byte)'\t' or (byte)'\r' or 0);
        if (text)
        {
            var literal = new StringBuilder("\"");
            foreach (var b in bytes)
            {
                literal.Append(b switch
                {
                    (byte)'\n' => "\\n",
                    (byte)'\t' => "\\t",
                    (byte)'\r' => "\\r",
                    (byte)'"' => "\\\"",
                    (byte)'\\' => "\\\\",
                    0 => "\\0",
                    _ => ((char)b).ToString(),
                });
            }
            literal.Append("\"u8");
            return ParseExpression(literal.ToString());
        }
        return CollectionExpression(SeparatedList<CollectionElementSyntax>(
            bytes.ToArray().Select(b => ExpressionElement(NumericLiteral($"0x{b:X2}")))));
    }

    public static MemberDeclarationSyntax AddressTable(CImage image)
    {
        var members = new List<MemberDeclarationSyntax>();
        foreach (var function in image.Functions)
            members.Add(Property("FnPtr", function.CsName!, New("FnPtr", At("__code", image.CodeOffsets[function]))));
        foreach (var import in image.Imports)
            members.Add(Property("FnPtr", import.CsName!, Call(Member("Library", "Address"), Str(import.Name))));
        foreach (var global in image.Globals.Where(g => ReferenceEquals(g.Canonical, g) && g.Type is not (CRecordType or CArrayType)))
            members.Add(Property(CsTypes.PointerTo(global.Type).Name, global.CsName!, New(CsTypes.PointerTo(global.Type).Name, At("__data", image.DataOffsets[global]))));
        return ClassDeclaration("AddressOf")
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithMembers(List(members))
            .WithLeadingTrivia(Comment("/// <summary>Code and data addresses: <c>&amp;f</c> and <c>&amp;g</c> in C.</summary>"), ElasticCarriageReturnLineFeed);
    }

    public static MemberDeclarationSyntax StringTable(CImage image)
    {
        var members = image.Strings.Select(s =>
        {
            var type = s.ElementSize == 1 ? "Ptr<sbyte>" : s.ElementSize == 2 ? "Ptr<ushort>" : "Ptr<uint>";
            return Property(type, s.CsName, New(type, At("__data", s.Offset)));
        });
        return ClassDeclaration("Str")
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithMembers(List(members))
            .WithLeadingTrivia(Comment("/// <summary>String literals, named after their text.</summary>"), ElasticCarriageReturnLineFeed);
    }

    private static MemberDeclarationSyntax Property(string type, string name, ExpressionSyntax value) =>
        PropertyDeclaration(default, s_publicStatic, Type(type), null, Identifier(name), null, ArrowExpressionClause(value), null,
            Token(SyntaxKind.SemicolonToken));

    private static readonly SyntaxTokenList s_publicStatic = TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword));

    public static MemberDeclarationSyntax EntryPoint(EmitOptions options) =>
        ParseMemberDeclaration($"public static class EntryPoint {{ public static int Main(string[] args) => HostedRuntime.Main({options.ClassName}.__Image, args); }}")!;
}
