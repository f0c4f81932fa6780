using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// The records whose fields an image's code reaches by name, the only ones <see cref="TypeGenerator"/> writes field
/// accessors for: the record a member access is taken from, and every record an initializer may fill (the
/// initialized type and, through its record and array members, those it contains). A header's other records would
/// each cost every image that includes it two extension blocks: the kernel's drivers grew by half, and the boot
/// volume of the self-test no longer held what it copies there.
/// </summary>
internal static class RecordUses
{
    /// <summary>The C# names of the records used (their tag structs are written for every record).</summary>
    public static HashSet<string> Of(CImage image)
    {
        // A record may have several declarations (forward and complete); an initializer walks the complete one.
        var complete = new Dictionary<string, CRecordDecl>(StringComparer.Ordinal);
        foreach (var record in image.Records)
            if (record.IsComplete && record.CsName is { } name)
                complete.TryAdd(name, record);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var filled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var function in image.Functions)
            if (function.Body is { } body)
                foreach (var expression in CTree.Expressions(body))
                    Note(expression, complete, used, filled);
        foreach (var global in image.Globals)
            if (global.Init is { } init)
                foreach (var expression in CTree.Expressions(init))
                    Note(expression, complete, used, filled);
        return used;
    }

    private static void Note(CExpr expression, Dictionary<string, CRecordDecl> complete, HashSet<string> used, HashSet<string> filled)
    {
        switch (expression)
        {
            case CMember member:
                if (member.Record is { Decl.CsName: { } name })
                    used.Add(name);
                break;
            case CInitList or CCompoundLiteral:
                AddWithMembers(expression.Type, complete, used, filled);
                break;
        }
    }

    /// <summary>A record and the records it holds by value (a record cannot hold itself so, so this ends).</summary>
    private static void AddWithMembers(CType type, Dictionary<string, CRecordDecl> complete, HashSet<string> used, HashSet<string> filled)
    {
        while (type is CArrayType array)
            type = array.Element;
        if (type is not CRecordType { Decl.CsName: { } name } || !filled.Add(name))
            return;
        used.Add(name);
        if (complete.TryGetValue(name, out var record))
            foreach (var field in record.Fields)
                AddWithMembers(field.Type, complete, used, filled);
    }
}
