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
    public static IEnumerable<MemberDeclarationSyntax> Generate(CImage image, string memory)
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

        // One class per record: the accessors of two records' fields of the same name would clash in one class.
        // A runtime type whose fields all have names reserved to the implementation (stdio.h's fpos_t) is opaque to C.
        var used = RecordUses.Of(image);
        foreach (var record in records.Where(r => r.IsComplete && r.Fields.Count > 0 && used.Contains(r.CsName!)
            && !(Lowering.AssignNames.IsRuntimeRecord(r) && r.Fields.TrueForAll(f => f.Name.StartsWith("__", StringComparison.Ordinal)))))
        {
            yield return ClassDeclaration(record.CsName + "_Fields")
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
                .WithMembers(List(Accessors(record, memory)));
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

    /// <summary>
    /// Two extension blocks, one per view of a pointer to the record: <c>extension(Ptr&lt;S&gt; p) { public ref int x
    /// { [MethodImpl(…)] get => ref Mem.Ref&lt;int&gt;(p.Address + 0x4); } }</c> for reads, struct and array members'
    /// addresses and bitfield getters, and over <c>WPtr&lt;S&gt;</c> what a store reaches: scalars (with
    /// <c>Mem.RefW</c>) and bitfield setters. Not one block generic over the view: precompiled code cannot hold a
    /// generic method's instantiation over a type of another assembly (<c>Ptr&lt;S&gt;</c> is the runtime's), so
    /// crossgen2 left every field access a call to an accessor the JIT then compiled unoptimised at run time (zlib's
    /// deflate_slow: 250 calls).
    /// </summary>
    private static IEnumerable<MemberDeclarationSyntax> Accessors(CRecordDecl record, string memory)
    {
        // A field's name once (an anonymous member's fields are flattened, and a name may recur); unnamed bitfields are padding.
        var names = new HashSet<string>(StringComparer.Ordinal);
        var fields = Fields(record, 0).Where(f => !(f.Field.IsBitField && f.Field.Name.Length == 0) && names.Add(f.Field.CsName!)).ToList();
        foreach (var view in new[] { Access.Read, Access.Write })
        {
            var members = fields.Select(f => Accessor(record, f.Field, f.Offset, view, memory)).OfType<string>();
            // C# 14 extension blocks have no SyntaxFactory shorthand yet; parse the block as a member.
            var text = $"extension({(view == Access.Read ? "Ptr" : "WPtr")}<{record.CsName}> p)\n{{\n{string.Join("\n", members)}\n}}";
            var member = ParseMemberDeclaration(text, options: new CSharpParseOptions(LanguageVersion.CSharp14)) ?? throw new InvalidOperationException($"extension block for {record.CsName} did not parse");
            yield return view == Access.Read ? member.WithLeadingTrivia(Comment($"// {Describe(record)}"), ElasticCarriageReturnLineFeed) : member;
        }
    }

    /// <summary>A field's accessor in one view, or null: a struct or array member is an address, reached through the read view only.</summary>
    private static string? Accessor(CRecordDecl record, CField field, long offset, Access view, string memory)
    {
        if (field.IsBitField)
            return BitFieldAccessor(record, field, offset, view, memory);
        var type = CsTypes.Of(field.Type);
        var at = offset == 0 ? "p.Address" : $"p.Address + 0x{offset:X}";
        if (field.Type is CRecordType or CArrayType)
            return view == Access.Read ? $"public {type.Name} {field.CsName} {{ {Inline} get => new({at}); }}" : null;
        return $"public ref {type.Name} {field.CsName} {{ {Inline} get => ref {ScalarRef(type, view, at, memory)}; }}";
    }

    /// <summary>
    /// <c>Mem.Ref&lt;int&gt;(at)</c> (<c>Mem.RefW</c> for the write view) for a number; a pointer is the same 32-bit
    /// word seen as its type, <c>Unsafe.As&lt;uint, Ptr&lt;S&gt;&gt;(ref Mem.Ref&lt;uint&gt;(at))</c>: crossgen2 does not
    /// inline the runtime's generic methods over the runtime's own pointer types into precompiled code.
    /// </summary>
    private static string ScalarRef(CsType type, Access view, string at, string memory)
    {
        var method = view == Access.Read ? $"{memory}.Ref" : $"{memory}.RefW";
        return type.Kind is CsKind.Pointer or CsKind.FunctionPointer   // both a 32-bit guest address
            ? $"Unsafe.As<uint, {type.Name}>(ref {method}<uint>({at}))"
            : $"{method}<{type.Name}>({at})";
    }

    /// <summary>
    /// A bitfield's getter, for the read view, or its setter, for the write view (C# cannot hand out a ref to bits):
    /// <c>p.flags</c> reads, <c>p.W.Set_flags(v)</c> stores and returns the value the field now holds. The bits are
    /// reached through their storage unit (the declared type, naturally placed as MSVC lays bitfields out), or byte
    /// by byte when packing moved the unit.
    /// </summary>
    private static string BitFieldAccessor(CRecordDecl record, CField field, long byteOffset, Access view, string memory)
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
            return view == Access.Read
                ? $"public {type} {field.CsName} => ({type})Bits.{extract}({memory}.Ref<{unitType}>({at}), {shift}, {width});"
                : $"public {type} Set_{field.Name}({type} value) {{ ref {unitType} unit = ref {memory}.RefW<{unitType}>({at}); " +
                  $"unit = ({unitType})Bits.Insert(unit, {shift}, {width}, (ulong)value); return ({type})Bits.{extract}(unit, {shift}, {width}); }}";
        }
        long first = bit / 8;
        int bitShift = (int)(bit % 8);
        int bytes = (bitShift + width + 7) / 8;
        var start = $"p.Address + 0x{first:X}";
        return view == Access.Read
            ? $"public {type} {field.CsName} => ({type})Bits.{extract}(Bits.Load({start}, {bytes}), {bitShift}, {width});"
            : $"public {type} Set_{field.Name}({type} value) {{ ulong unit = Bits.Insert(Bits.Load({start}, {bytes}), {bitShift}, {width}, (ulong)value); " +
              $"Bits.Store({start}, {bytes}, unit); return ({type})Bits.{extract}(unit, {bitShift}, {width}); }}";
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
