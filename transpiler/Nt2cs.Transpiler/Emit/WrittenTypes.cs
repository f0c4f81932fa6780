using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// A C type as a declaration or cast writes it in C#: by its typedef name where the unit has that alias
/// (<see cref="CTranslationUnit.TypeAliases"/>: <c>ULONG</c>, <c>PLIST_ENTRY</c>, <c>Ptr&lt;LIST_ENTRY&gt;</c>),
/// else as <see cref="CsTypes"/> spells it. The same type either way; each alias written is annotated, so the
/// unit's file declares exactly the aliases its code uses.
/// </summary>
internal static class WrittenTypes
{
    public const string AliasAnnotation = "nt2cs-alias";

    public static TypeSyntax Of(CType type, CTranslationUnit? unit)
    {
        if (unit is null || unit.TypeAliases.Count == 0)
            return Syntax.Type(CsTypes.Of(type));
        if (Alias(type, unit, pointee: false) is { } alias)
            return alias;
        return type switch
        {
            CPointerType { Pointee: not CFunctionType } pointer => PointerTo(pointer.Pointee, unit),
            CArrayType array => PointerTo(array.Element, unit),
            CRecordType => PointerTo(type, unit),
            _ => Syntax.Type(CsTypes.Of(type)),
        };
    }

    /// <summary>The type argument of <c>Ptr&lt;…&gt;</c> or <c>frame.At&lt;…&gt;</c> for a pointee.</summary>
    public static TypeSyntax Pointee(CType pointee, CTranslationUnit? unit)
    {
        if (unit is null || unit.TypeAliases.Count == 0)
            return Syntax.Type(CsTypes.PointeeName(pointee));
        if (Alias(pointee, unit, pointee: true) is { } alias)
            return alias;
        return pointee is CPointerType or CIntType or CEnumType or CFloatType ? Of(pointee, unit) : Syntax.Type(CsTypes.PointeeName(pointee));
    }

    /// <summary>The aliases written in <paramref name="node"/>.</summary>
    public static IEnumerable<string> Used(SyntaxNode node) =>
        node.GetAnnotatedNodes(AliasAnnotation).Select(n => ((IdentifierNameSyntax)n).Identifier.Text);

    private static TypeSyntax PointerTo(CType pointee, CTranslationUnit unit) =>
        GenericName(Identifier("Ptr"), TypeArgumentList(SingletonSeparatedList(Pointee(pointee, unit))));

    /// <summary>The type's alias; a struct's (a pointee alias) only where it is pointed to.</summary>
    private static TypeSyntax? Alias(CType type, CTranslationUnit unit, bool pointee) =>
        type.TypedefName is { } name && unit.TypeAliases.TryGetValue(name, out var alias) && (pointee || !alias.IsPointee)
            ? s_aliases.GetOrAdd(alias.CsName, static n => IdentifierName(n).WithAdditionalAnnotations(new SyntaxAnnotation(AliasAnnotation)))
            : null;

    /// <summary>An alias's annotated name, made once: syntax is immutable, and each annotated node is an entry in
    /// Roslyn's process-wide annotation table.</summary>
    private static readonly ConcurrentDictionary<string, IdentifierNameSyntax> s_aliases = new(StringComparer.Ordinal);
}
