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
            if (!emitted.Add(record.CsName!))
                continue;
            records.Add(record);
        }
        // Back in the image's order (a record's first place), found once per record: IndexOf here was quadratic.
        var order = new Dictionary<CRecordDecl, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < image.Records.Count; i++)
            order.TryAdd(image.Records[i], i);
        records.Sort((a, b) => order[a].CompareTo(order[b]));
        // The runtime's own types (FILE, struct tm…) have their tag struct there; their fields' accessors are here.
        foreach (var record in records.Where(r => !Lowering.AssignNames.IsRuntimeRecord(r)))
            yield return Tag(record.CsName!, record.IsComplete ? record.Size : 1, Describe(record));
        foreach (var (name, size) in image.ArrayTags)
            yield return Tag(name, size, $"an array of {size} bytes, as a pointee");

        // One class per record: extension blocks over different IPointer<S> would otherwise clash in one class
        // (their members compile to methods whose signatures differ only in constraints).
        // A runtime type whose fields all have names reserved to the implementation (stdio.h's fpos_t) is opaque to C.
        foreach (var record in records.Where(r => r.IsComplete && r.Fields.Count > 0
            && !(Lowering.AssignNames.IsRuntimeRecord(r) && r.Fields.TrueForAll(f => f.Name.StartsWith("__", StringComparison.Ordinal)))))
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

    /// <summary>
    /// Marks an accessor for inlining. The JIT inlines a method marked so without spending its inlining budget, and
    /// an accessor is one load or one address: unmarked, the accessors of a large function (Lua's luaD_precall,
    /// zlib's inflate_fast) used up the budget and the rest of its field accesses and pointer steps stayed calls.
    /// </summary>
    internal const string Inline = "[MethodImpl(MethodImplOptions.AggressiveInlining)]";

    /// <summary><c>extension&lt;P&gt;(P p) where P : struct, IPointer&lt;S&gt; { public ref int x { [MethodImpl(…)] get => ref P.RefAt&lt;int&gt;(p.Address + 0x4); } }</c></summary>
    private static MemberDeclarationSyntax Accessors(CRecordDecl record)
    {
        var members = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, offset) in Fields(record, 0))
        {
            if (field.IsBitField)
            {
                if (field.Name.Length > 0 && names.Add(field.CsName!))
                    members.AddRange(BitFieldAccessors(record, field, offset));
                continue;
            }
            if (!names.Add(field.CsName!))
                continue;
            var type = field.Type;
            var at = offset == 0 ? "p.Address" : $"p.Address + 0x{offset:X}";
            if (type is CRecordType or CArrayType)
                members.Add($"public {CsTypes.Of(type).Name} {field.CsName} {{ {Inline} get => new({at}); }}");
            else
                members.Add($"public ref {CsTypes.Of(type).Name} {field.CsName} {{ {Inline} get => ref P.RefAt<{CsTypes.Of(type).Name}>({at}); }}");
        }
        // C# 14 extension blocks have no SyntaxFactory shorthand yet; parse the block as a member.
        var text = $"extension<P>(P p) where P : struct, IPointer<{record.CsName}>\n{{\n{string.Join("\n", members)}\n}}";
        var member = ParseMemberDeclaration(text, options: new CSharpParseOptions(LanguageVersion.CSharp14)) ?? throw new InvalidOperationException($"extension block for {record.CsName} did not parse");
        return member.WithLeadingTrivia(Comment($"// {Describe(record)}"), ElasticCarriageReturnLineFeed);
    }

    /// <summary>
    /// A bitfield's getter and its setter (C# cannot hand out a ref to bits): <c>p.flags</c> reads,
    /// <c>p.W.Set_flags(v)</c> stores and returns the value the field now holds. The bits are read through their
    /// storage unit (the declared type, naturally placed as MSVC lays bitfields out), or byte by byte when packing
    /// moved the unit.
    /// </summary>
    private static IEnumerable<string> BitFieldAccessors(CRecordDecl record, CField field, long byteOffset)
    {
        var type = CsTypes.Of(field.Type).Name;
        bool signed = field.Type is CIntType { IsSigned: true } or CEnumType { Underlying.IsSigned: true };
        long bit = byteOffset * 8 + field.BitOffset;
        long unitBytes = Math.Max(1, field.Type.Size);
        long unitOffset = bit / (unitBytes * 8) * unitBytes;
        var extract = signed ? "Signed" : "Unsigned";
        int width = field.BitWidth;
        if (bit + width <= (unitOffset + unitBytes) * 8 && unitOffset + unitBytes <= record.Size)
        {
            var unitType = unitBytes switch { 1 => "byte", 2 => "ushort", 4 => "uint", _ => "ulong" };
            int shift = (int)(bit - unitOffset * 8);
            var at = unitOffset == 0 ? "p.Address" : $"p.Address + 0x{unitOffset:X}";
            yield return $"public {type} {field.CsName} => ({type})Bits.{extract}(P.RefAt<{unitType}>({at}), {shift}, {width});";
            yield return $"public {type} Set_{field.Name}({type} value) {{ ref {unitType} unit = ref P.RefAt<{unitType}>({at}); " +
                $"unit = ({unitType})Bits.Insert(unit, {shift}, {width}, (ulong)value); return ({type})Bits.{extract}(unit, {shift}, {width}); }}";
        }
        else
        {
            long first = bit / 8;
            int shift = (int)(bit % 8);
            int bytes = (int)((shift + width + 7) / 8);
            var at = $"p.Address + 0x{first:X}";
            yield return $"public {type} {field.CsName} => ({type})Bits.{extract}(Bits.Load({at}, {bytes}), {shift}, {width});";
            yield return $"public {type} Set_{field.Name}({type} value) {{ ulong unit = Bits.Insert(Bits.Load({at}, {bytes}), {shift}, {width}, (ulong)value); " +
                $"Bits.Store({at}, {bytes}, unit); return ({type})Bits.{extract}(unit, {shift}, {width}); }}";
        }
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
