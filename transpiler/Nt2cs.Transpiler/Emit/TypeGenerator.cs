using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Generates what stands for C's struct types: a tag struct per record, sized as clang lays it out, so
/// <c>Ptr&lt;S&gt;</c> arithmetic is C's; and one extension block per record whose members are its fields, so
/// <c>p-&gt;next-&gt;count</c> reads <c>p.next.count</c>. Scalar and pointer fields are refs into guest memory;
/// struct and array fields are their addresses. Members of anonymous structs and unions are reachable directly.
/// </summary>
internal static class TypeGenerator
{
    public static IEnumerable<MemberDeclarationSyntax> Generate(CImage image)
    {
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<CRecordDecl>();
        foreach (var record in image.Records.OrderByDescending(r => r.IsComplete))
        {
            if (Lowering.AssignNames.RuntimeRecords.Contains(record.Name) || !emitted.Add(record.CsName!))
                continue;
            records.Add(record);
        }
        records.Sort((a, b) => image.Records.IndexOf(a).CompareTo(image.Records.IndexOf(b)));
        foreach (var record in records)
            yield return Tag(record.CsName!, record.IsComplete ? record.Size : 1, Describe(record));
        foreach (var (name, size) in image.ArrayTags)
            yield return Tag(name, size, $"an array of {size} bytes, as a pointee");

        // One class per record: extension blocks over different IPointer<S> would otherwise clash in one class
        // (their members compile to methods whose signatures differ only in constraints).
        foreach (var record in records.Where(r => r.IsComplete && r.Fields.Count > 0))
        {
            yield return ClassDeclaration(record.CsName + "_Fields")
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
                .WithMembers(SingletonList(Accessors(record)));
        }
    }

    private static string Describe(CRecordDecl record) =>
        $"{(record.IsUnion ? "union" : "struct")} {record.Name}: {(record.IsComplete ? $"{record.Size} bytes, aligned to {record.Align}" : "incomplete")}";

    private static MemberDeclarationSyntax Tag(string name, long size, string description) =>
        StructDeclaration(name)
            .WithAttributeLists(SingletonList(AttributeList(SingletonSeparatedList(
                Attribute(ParseName("StructLayout"), AttributeArgumentList(SeparatedList(
                [
                    AttributeArgument(ParseExpression("LayoutKind.Sequential")),
                    AttributeArgument(NameEquals("Size"), null, Int(Math.Max(1, size))),
                ])))))))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithLeadingTrivia(Comment($"/// <summary>{System.Security.SecurityElement.Escape(description)}</summary>"), ElasticCarriageReturnLineFeed);

    /// <summary><c>extension&lt;P&gt;(P p) where P : struct, IPointer&lt;S&gt; { public ref int x => ref P.RefAt&lt;int&gt;(p.Address + 0x4); }</c></summary>
    private static MemberDeclarationSyntax Accessors(CRecordDecl record)
    {
        var members = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, offset) in Fields(record, 0))
        {
            if (field.IsBitField || !names.Add(field.CsName!))
                continue;
            var type = field.Type;
            var at = offset == 0 ? "p.Address" : $"p.Address + 0x{offset:X}";
            if (type is CRecordType or CArrayType)
                members.Add($"public {CsTypes.Of(type).Name} {field.CsName} => new({at});");
            else
                members.Add($"public ref {CsTypes.Of(type).Name} {field.CsName} => ref P.RefAt<{CsTypes.Of(type).Name}>({at});");
        }
        // C# 14 extension blocks have no SyntaxFactory shorthand yet; parse the block as a member.
        var text = $"extension<P>(P p) where P : struct, IPointer<{record.CsName}>\n{{\n{string.Join("\n", members)}\n}}";
        var member = ParseMemberDeclaration(text, options: new CSharpParseOptions(LanguageVersion.CSharp14)) ?? throw new InvalidOperationException($"extension block for {record.CsName} did not parse");
        return member.WithLeadingTrivia(Comment($"// {Describe(record)}"), ElasticCarriageReturnLineFeed);
    }

    /// <summary>A record's fields with their offsets; an anonymous member's fields follow it, flattened.</summary>
    private static IEnumerable<(CField Field, long Offset)> Fields(CRecordDecl record, long @base)
    {
        foreach (var field in record.Fields)
        {
            yield return (field, @base + field.Offset);
            if (field.IsAnonymousMember && field.Type is CRecordType inner)
            {
                foreach (var nested in Fields(inner.Decl, @base + field.Offset))
                    yield return nested;
            }
        }
    }
}
