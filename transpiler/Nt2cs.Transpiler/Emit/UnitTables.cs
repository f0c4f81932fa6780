using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// The members every unit's class has besides its functions and objects: its layout (the code and data bases the
/// image's loader gives it, and the sizes it needs), the enumeration constants its code names, its loader
/// (registers its functions, lays down its initial data and string literals), and its tables: <c>AddressOf</c>
/// (<c>&amp;f</c>, <c>&amp;g</c> in C) and <c>Str</c> (its string literals, named after their text).
/// </summary>
internal static class UnitTables
{
    /// <summary>
    /// The <c>ImageUnit</c> the image's descriptor lists (code bytes, data bytes, data alignment), and
    /// <c>__code</c> and <c>__data</c>, which the loader sets through <c>__Place</c>.
    /// </summary>
    public static IEnumerable<MemberDeclarationSyntax> Layout(CTranslationUnit unit)
    {
        yield return ParseMemberDeclaration(
            $"internal static readonly ImageUnit __Unit = new(0x{unit.CodeSize:X}, 0x{unit.DataSize:X}, 0x{unit.DataAlign:X}, __Place, __Load);")!;
        yield return ParseMemberDeclaration("internal static uint __code, __data;")!;
        yield return ParseMemberDeclaration("private static void __Place(uint code, uint data) { __code = code; __data = data; }")!;
    }

    /// <summary>
    /// <c>private const int RED = 0;</c> for each enumeration constant the unit's code names, and
    /// <c>private const NTSTATUS STATUS_BUFFER_TOO_SMALL = unchecked((int)0xC0000023);</c> for each macro constant.
    /// </summary>
    public static IEnumerable<MemberDeclarationSyntax> Constants(CTranslationUnit unit) =>
        unit.Constants.Select(constant => Constant(Type("int"), constant.CsName!, Int((int)constant.Value)))
            .Concat(unit.Macros.Select(macro => Constant(WrittenTypes.Of(macro.Type, unit), macro.CsName!, ExpressionGenerator.MacroValue(macro))));

    private static MemberDeclarationSyntax Constant(TypeSyntax type, string name, ExpressionSyntax value) =>
        FieldDeclaration(VariableDeclaration(type).WithVariables(SingletonSeparatedList(VariableDeclarator(name).WithInitializer(EqualsValueClause(value)))))
            .WithModifiers(TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.ConstKeyword)));

    /// <summary>The initial data of the unit's objects, in order: evaluating a static initializer may reject it.</summary>
    public static List<(CVarDecl Global, InitialData Data)> EvaluateData(CImage image, IEnumerable<CVarDecl> globals)
    {
        var data = new StaticData(image);
        return globals.Where(g => g.Init is not null).Select(global => (global, data.Evaluate(global))).ToList();
    }

    /// <summary>Registers the unit's functions at their code addresses and lays down its initial data and strings.</summary>
    public static MemberDeclarationSyntax Loader(CImage image, CTranslationUnit unit, IEnumerable<CFunctionDecl> functions,
        IEnumerable<(CVarDecl Global, InitialData Data)> data, EmitOptions options)
    {
        var statements = new List<StatementSyntax>();
        foreach (var function in functions)
        {
            var entry = Cast("nint", Cast(ExpressionGenerator.FunctionPointerType(function.Type),
                PrefixUnaryExpression(SyntaxKind.AddressOfExpression, Name(function.CsName!))));
            statements.Add(AsStatement(Call(Member("Fn", "Register"), At("__code", image.CodeOffsets[function]), entry,
                Str(CallingShape.Of(function.Type)), Str(function.Name))));
        }
        foreach (var (global, initial) in data)
        {
            var offset = image.DataOffsets[global];
            foreach (var (start, length) in NonZeroRuns(initial.Bytes))
                statements.Add(AsStatement(Call(Member("ImageData", "Put"), At("__data", offset + (uint)start), Bytes(initial.Bytes.AsSpan(start, length)))));
            foreach (var (at, target, addend) in initial.Relocations)
                statements.Add(AsStatement(Call(Member("ImageData", "Reloc"), At("__data", offset + (uint)at), Target(unit, target, addend, options))));
        }
        foreach (var text in unit.Strings)
            statements.Add(AsStatement(Call(Member("ImageData", "Put"), At("__data", text.Offset), Bytes(text.Bytes))));
        return MethodDeclaration(SingletonList(RunsOnce()), TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword)), Type("void"), null,
            Identifier("__Load"), null, ParameterList(), default, Block(statements), null);
    }

    /// <summary>
    /// The unit's functions, the functions it imports, and its scalar objects, by address; and the addresses of
    /// other units' functions and objects its code takes, read from the image's table.
    /// </summary>
    public static MemberDeclarationSyntax AddressTable(CImage image, CTranslationUnit unit, IEnumerable<CFunctionDecl> functions, IEnumerable<CVarDecl> globals,
        EmitOptions options)
    {
        var members = new List<MemberDeclarationSyntax>();
        foreach (var function in functions)
            members.Add(Property("FnPtr", function.CsName!, New("FnPtr", At("__code", image.CodeOffsets[function]))));
        foreach (var import in unit.Imports)
            members.Add(Property("FnPtr", import.CsName!, Call(Member("Library", "Address"), Str(import.Name))));
        foreach (var global in globals.Where(g => g.Type is not (CRecordType or CArrayType)))
            members.Add(Property(CsTypes.PointerTo(global.Type).Name, global.CsName!, New(CsTypes.PointerTo(global.Type).Name, At("__data", image.DataOffsets[global]))));
        foreach (var external in unit.Externals)
        {
            var type = external is CVarDecl variable ? CsTypes.PointerTo(variable.Type).Name : "FnPtr";
            members.Add(Property(type, external.CsName!, Member(Type($"{options.ClassName}.AddressOf"), external.CsName!)));
        }
        return ClassDeclaration("AddressOf")
            .WithModifiers(TokenList(Token(TriviaList(Comment("/// <summary>Code and data addresses: <c>&amp;f</c> and <c>&amp;g</c> in C.</summary>")),
                SyntaxKind.PublicKeyword, TriviaList()), Token(SyntaxKind.StaticKeyword)))
            .WithMembers(List(members));
    }

    /// <summary>The unit's string literals, named after their text; null when it has none.</summary>
    public static MemberDeclarationSyntax? StringTable(CTranslationUnit unit)
    {
        if (unit.Strings.Count == 0)
            return null;
        var members = unit.Strings.Select(s =>
        {
            var type = s.ElementSize == 1 ? "Ptr<sbyte>" : s.ElementSize == 2 ? "Ptr<ushort>" : "Ptr<uint>";
            return Property(type, s.CsName, New(type, At("__data", s.Offset)));
        });
        return ClassDeclaration("Str")
            .WithModifiers(TokenList(Token(TriviaList(Comment("/// <summary>String literals, named after their text.</summary>")),
                SyntaxKind.PublicKeyword, TriviaList()), Token(SyntaxKind.StaticKeyword)))
            .WithMembers(List(members));
    }

    internal static ExpressionSyntax At(string @base, uint offset) =>
        offset == 0 ? Type(@base) : Binary(SyntaxKind.AddExpression, Type(@base), Hex(offset));

    /// <summary>
    /// An address a relocation stores: in this unit's blocks; another unit's function or object, read from the
    /// image's table; the C library's; or another image's.
    /// </summary>
    private static ExpressionSyntax Target(CTranslationUnit unit, Symbol target, uint addend, EmitOptions options)
    {
        ExpressionSyntax address = target switch
        {
            DataSymbol d when ReferenceEquals(d.Unit, unit) => At("__data", d.Offset),
            CodeSymbol c when ReferenceEquals(c.Unit, unit) => At("__code", c.Offset),
            DataSymbol { Object: { Type: CRecordType or CArrayType } aggregate } => Member(Type($"{options.ClassName}.{aggregate.CsName}"), "Address"),
            DataSymbol { Object: { } scalar } => Member(Type($"{options.ClassName}.AddressOf.{scalar.CsName}"), "Address"),
            CodeSymbol c => Member(Type($"{options.ClassName}.AddressOf.{c.Function.CsName}"), "Address"),
            ImportSymbol i => Member(Call(Member("Library", "Address"), Str(i.Name)), "Address"),
            ImageImportSymbol { Import: CVarDecl { Type: CRecordType or CArrayType } aggregate } => Member(Type($"{options.ClassName}.{aggregate.CsName}"), "Address"),
            ImageImportSymbol i => Member(Type($"{options.ClassName}.AddressOf.{i.Import.CsName}"), "Address"),
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
        bool text = bytes.Length > 0 && !bytes.ContainsAnyExcept(s_textBytes);
        if (text)
        {
            var literal = new StringBuilder("\"");
            foreach (var b in bytes)
            {
                if (b is (byte)'\n' or (byte)'\t' or (byte)'\r' or (byte)'"' or (byte)'\\' or 0)
                    literal.Append('\\').Append(b switch { (byte)'\n' => 'n', (byte)'\t' => 't', (byte)'\r' => 'r', 0 => '0', _ => (char)b });
                else
                    literal.Append((char)b);
            }
            literal.Append("\"u8");
            // The token as the printer writes it; its value is never read (the printed text is what compiles), and
            // a parser per literal cost more than the rest of the loader.
            var spelled = literal.ToString();
            return LiteralExpression(SyntaxKind.Utf8StringLiteralExpression,
                Token(default, SyntaxKind.Utf8StringLiteralToken, spelled, spelled, default));
        }
        return CollectionExpression(SeparatedList<CollectionElementSyntax>(
            bytes.ToArray().Select(b => ExpressionElement(NumericLiteral($"0x{b:X2}")))));
    }

    /// <summary>Bytes a data string literal may hold: printable ASCII, the escapes it writes, NUL.</summary>
    private static readonly System.Buffers.SearchValues<byte> s_textBytes =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0x20, 0x7F - 0x20).Select(b => (byte)b), (byte)'\n', (byte)'\t', (byte)'\r', 0]);

    private static MemberDeclarationSyntax Property(string type, string name, ExpressionSyntax value) =>
        PropertyDeclaration(default, s_publicStatic, Type(type), null, Identifier(name), null, ArrowExpressionClause(value), null,
            Token(SyntaxKind.SemicolonToken));

    private static readonly SyntaxTokenList s_publicStatic = TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword));

}
