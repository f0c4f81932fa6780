using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Clang;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Parsing;

// Initializers (C11 6.7.9): brace elision, designators and string literals resolved into a flat list of
// (offset, value) items. libclang shows the syntactic form of an initializer list, so the rules are applied here.
internal sealed partial class CAstBuilder
{
    private CExpr Initializer(CType type, Cursor init)
    {
        var location = Loc(init);
        var unwrapped = StripParens(init);
        if (unwrapped.Kind == CXCursorKind.InitListExpr)
        {
            var items = new List<CInitItem>();
            if (type.IsScalar)
            {
                var elements = ExpressionChildren(unwrapped);
                if (elements.Count == 0)
                    return Convert(ZeroOf(type, location), type);
                return Initializer(type, elements[0]);
            }
            BracedList(type, 0, ExpressionChildren(unwrapped), items, location);
            return new CInitList(location, type, items);
        }
        if (type is CArrayType && unwrapped.Kind == CXCursorKind.StringLiteral)
            return new CInitList(location, type, [new CInitItem(0, Expr(unwrapped), Target: type)]);
        var value = Expr(init);
        return type.IsRecord || type.IsArray ? value : Convert(value, type.Unqualified);
    }

    private static Cursor StripParens(Cursor cursor)
    {
        while (cursor.Kind == CXCursorKind.ParenExpr)
            cursor = ExpressionChildren(cursor)[0];
        return cursor;
    }

    private static CExpr ZeroOf(CType type, SourceLoc location) =>
        type.IsFloating ? new CFloatLiteral(location, type, 0) : new CIntLiteral(location, CIntType.Int, 0);

    /// <summary>One level of the "current object" walk: an aggregate and the member or element to initialise next.</summary>
    private sealed class InitFrame(CType type, long offset)
    {
        public CType Type { get; } = type;
        public long Offset { get; } = offset;
        public int Index { get; set; }

        public bool Exhausted => Type switch
        {
            CArrayType { Length: null } => false,
            CArrayType array => Index >= array.Length,
            CRecordType record => record.Decl.IsUnion ? UnionDone : Index >= Members(record).Count,
            _ => true,
        };

        /// <summary>A union initialised through a designator is done after that one member.</summary>
        public bool UnionDone { get; set; }
    }

    /// <summary>The members an initializer list walks: named fields and anonymous members, not unnamed bitfields.</summary>
    private static List<CField> Members(CRecordType record) =>
        record.Decl.Fields.Where(f => f.Name.Length > 0 || f.IsAnonymousMember).ToList();

    private void BracedList(CType type, long offset, List<Cursor> elements, List<CInitItem> items, SourceLoc location)
    {
        if (!type.IsArray && !type.IsRecord)
            throw new TranslationException(location, $"braced initializer for {type}");
        var stack = new List<InitFrame> { new(type, offset) };
        foreach (var element in elements)
        {
            if (!IsDesignated(element, out var designators, out var value))
            {
                InitializeCurrent(stack, element, items, location);
                continue;
            }
            foreach (var path in DesignatorPaths(element, designators, value, location))
            {
                stack.RemoveRange(1, stack.Count - 1);
                Designate(stack, path, location);
                InitializeCurrent(stack, value, items, location);
            }
        }
    }

    /// <summary>
    /// The designator paths of one designated initializer: itself, or for each GNU range designator
    /// (<c>[lo ... hi] = v</c>) one path per index, in order, so that later initializers override earlier ones and
    /// the walk goes on after <c>hi</c>. The value is taken once per element, which is C's meaning only when it has
    /// no side effects (GNU evaluates it once): otherwise the initializer is refused.
    /// </summary>
    private List<List<(Cursor Designator, long? Index)>> DesignatorPaths(Cursor element, List<Cursor> designators, Cursor value, SourceLoc location)
    {
        var paths = new List<List<(Cursor, long?)>> { new() };
        var tokens = designators.Count > 1 ? _unit.TokenSpans(element) : null;
        for (int i = 0; i < designators.Count; i++)
        {
            if (i + 1 < designators.Count && tokens is not null && IsRangeEnd(tokens, designators[i + 1]))
            {
                long low = EvaluateInteger(designators[i]) ?? throw new TranslationException(location, "array designator is not constant");
                long high = EvaluateInteger(designators[i + 1]) ?? throw new TranslationException(location, "array designator is not constant");
                if (high < low)
                    throw new TranslationException(location, $"empty array designator range [{low} ... {high}]");
                if (CTree.Expressions(Expr(value)).Any(e => e is CAssign or CCall or CVaArg
                        or CUnary { Op: CUnaryOp.PreInc or CUnaryOp.PreDec or CUnaryOp.PostInc or CUnaryOp.PostDec }))
                    throw TranslationException.Unsupported(location, "a range designator whose value has side effects (GNU evaluates it once)");
                paths = paths.SelectMany(path => Enumerable.Range(0, (int)(high - low + 1))
                    .Select(k => new List<(Cursor, long?)>(path) { (designators[i], low + k) })).ToList();
                i++;
                continue;
            }
            foreach (var path in paths)
                path.Add((designators[i], null));
        }
        return paths;
    }

    /// <summary>Whether the token before <paramref name="designator"/> is <c>...</c>: it ends a GNU range.</summary>
    private bool IsRangeEnd(List<(CXTokenKind Kind, string Text, nint File, uint Offset)> tokens, Cursor designator)
    {
        var first = _unit.TokenSpans(designator);
        if (first.Count == 0)
            return false;
        int at = tokens.FindIndex(t => t.File == first[0].File && t.Offset == first[0].Offset);
        return at > 0 && tokens[at - 1].Text == "...";
    }

    /// <summary>A designated initializer: its designators (field references or index expressions) and its value.</summary>
    private static bool IsDesignated(Cursor element, out List<Cursor> designators, out Cursor value)
    {
        designators = [];
        value = element;
        if (element.Kind != CXCursorKind.UnexposedExpr)
            return false;
        var children = element.Children();
        if (children.Count < 2 && !children.Any(c => c.Kind == CXCursorKind.MemberRef))
            return false;
        designators = children.Take(children.Count - 1).ToList();
        value = children[^1];
        return true;
    }

    private void Designate(List<InitFrame> stack, List<(Cursor Designator, long? Index)> designators, SourceLoc location)
    {
        for (int i = 0; i < designators.Count; i++)
        {
            var frame = stack[^1];
            var (designator, rangeIndex) = designators[i];
            if (designator.Kind == CXCursorKind.MemberRef)
            {
                if (frame.Type is not CRecordType record)
                    throw new TranslationException(location, "field designator for a non-struct");
                var field = _fields.TryGetValue(designator.Referenced, out var f) ? f
                    : throw new TranslationException(location, $"unknown field designator .{designator.Spelling}");
                var members = Members(record);
                int index = members.IndexOf(field);
                while (index < 0)
                {
                    // A field of an anonymous member (at any depth): designate the anonymous member, then look
                    // for the field inside it.
                    var owner = members.FirstOrDefault(m => m.IsAnonymousMember && ContainsField(m, field))
                        ?? throw new TranslationException(location, $"field designator .{designator.Spelling} not found");
                    frame.Index = members.IndexOf(owner);
                    if (record.Decl.IsUnion)
                        frame.UnionDone = false;
                    stack.Add(new InitFrame(owner.Type, frame.Offset + owner.Offset));
                    frame = stack[^1];
                    record = (CRecordType)owner.Type;
                    members = Members(record);
                    index = members.IndexOf(field);
                }
                frame.Index = index;
                if (record.Decl.IsUnion)
                    frame.UnionDone = false;
            }
            else
            {
                if (frame.Type is not CArrayType)
                    throw new TranslationException(location, "array designator for a non-array");
                frame.Index = (int)(rangeIndex ?? EvaluateInteger(designator) ?? throw new TranslationException(location, "array designator is not constant"));
            }
            if (i < designators.Count - 1)
            {
                var (memberType, memberOffset, _) = CurrentMember(frame);
                stack.Add(new InitFrame(memberType, memberOffset));
            }
        }
    }

    private static bool ContainsField(CField anonymous, CField field) =>
        anonymous.Type is CRecordType r && r.Decl.Fields.Any(f => ReferenceEquals(f, field) || (f.IsAnonymousMember && ContainsField(f, field)));

    private static (CType Type, long Offset, CField? Field) CurrentMember(InitFrame frame)
    {
        switch (frame.Type)
        {
            case CArrayType array:
                return (array.Element, frame.Offset + frame.Index * array.Element.Size, null);
            case CRecordType record:
                var member = Members(record)[frame.Index];
                return (member.Type, frame.Offset + member.Offset, member);
            default:
                throw new InvalidOperationException("initializer walk on a scalar");
        }
    }

    private void InitializeCurrent(List<InitFrame> stack, Cursor value, List<CInitItem> items, SourceLoc location)
    {
        while (true)
        {
            // Leave aggregates that are complete (brace elision resumes in the enclosing one).
            while (stack.Count > 1 && stack[^1].Exhausted)
            {
                stack.RemoveAt(stack.Count - 1);
                Advance(stack[^1]);
            }
            var frame = stack[^1];
            if (frame.Exhausted)
                return; // excess initializer: clang has warned; C discards it
            var (type, offset, field) = CurrentMember(frame);
            var unwrapped = StripParens(value);
            if (unwrapped.Kind == CXCursorKind.InitListExpr)
            {
                var elements = ExpressionChildren(unwrapped);
                if (type.IsArray || type.IsRecord)
                    BracedList(type, offset, elements, items, Loc(unwrapped));
                else if (elements.Count > 0)
                    AddScalar(items, frame, offset, field, Initializer(type, elements[0]));
                Advance(frame);
                return;
            }
            if (unwrapped.Kind == CXCursorKind.UnexposedExpr && unwrapped.Children().Count == 0)
            {
                Advance(frame); // implicit zero initialisation (semantic form)
                return;
            }
            if (type is CArrayType { Element: CIntType } && unwrapped.Kind == CXCursorKind.StringLiteral)
            {
                items.Add(new CInitItem(offset, Expr(unwrapped), Target: type));
                Advance(frame);
                return;
            }
            if (type.IsRecord || type.IsArray)
            {
                var expr = Expr(value);
                if (type.IsRecord && expr.Type.SameAs(type))
                {
                    items.Add(new CInitItem(offset, expr));
                    Advance(frame);
                    return;
                }
                // Brace elision: this value starts the sub-aggregate.
                stack.Add(new InitFrame(type, offset));
                continue;
            }
            AddScalar(items, frame, offset, field, Convert(Expr(value), type.Unqualified));
            Advance(frame);
            return;
        }
    }

    /// <summary>A scalar item; a bitfield's item is placed by its record (Offset and Target are the record's).</summary>
    private static void AddScalar(List<CInitItem> items, InitFrame frame, long offset, CField? field, CExpr value) =>
        items.Add(field is { IsBitField: true }
            ? new CInitItem(frame.Offset, value, field, frame.Type)
            : new CInitItem(offset, value));

    private static void Advance(InitFrame frame)
    {
        if (frame.Type is CRecordType { Decl.IsUnion: true })
            frame.UnionDone = true;
        else
            frame.Index++;
    }
}
