using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Clang;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Parsing;

// GNU statement expressions ({ s1; s2; e; }): C# has none, so the statements are hoisted to run just before the
// statement that contains the expression, e's value kept in a temporary the expression then reads. That is C's
// order wherever the statement expression is evaluated unconditionally and no sequence point orders something of
// the same full expression before it: the operands C leaves unsequenced or indeterminately sequenced may run in
// any order. Where it is evaluated conditionally (an operand of &&, ||, ?:, the right of a comma) or more than once
// (a loop's condition or increment), or outside a function, it is refused.
internal sealed partial class CAstBuilder
{
    /// <summary>Statements to run before the statement being built; null where hoisting is not possible.</summary>
    private List<CStmt>? _hoisted;

    /// <summary>The temporaries standing for statement expressions of the statement being built.</summary>
    private readonly HashSet<CExpr> _statementValues = new(ReferenceEqualityComparer.Instance);

    private int _statementValueCount;

    /// <summary>A statement and what its statement expressions hoist before it.</summary>
    private List<CStmt> StatementWithHoisted(Cursor cursor)
    {
        var outer = _hoisted;
        var hoisted = new List<CStmt>();
        _hoisted = hoisted;
        try
        {
            var statement = Statement(cursor);
            if (hoisted.Count > 0)
                RequireUnconditional(statement);
            hoisted.Add(statement);
            return hoisted;
        }
        finally
        {
            _hoisted = outer;
        }
    }

    /// <summary>A substatement: wrapped in a block with what it hoists, if anything.</summary>
    private CStmt SubStatement(Cursor cursor)
    {
        var items = StatementWithHoisted(cursor);
        return items.Count == 1 ? items[0] : new CCompoundStmt(items[^1].Location, items);
    }

    /// <summary>An expression that is evaluated more than once or outside any statement: no hoisting.</summary>
    private T WithoutHoisting<T>(Func<T> build)
    {
        var outer = _hoisted;
        _hoisted = null;
        try
        {
            return build();
        }
        finally
        {
            _hoisted = outer;
        }
    }

    private CExpr StatementExpression(Cursor cursor, SourceLoc location)
    {
        if (_hoisted is not { } hoisted)
            throw TranslationException.Unsupported(location, "statement expression (GNU extension) in a loop's condition or increment, or outside a function");
        var type = Type(cursor.Type, location);
        var bodies = cursor.Children().Where(c => c.Kind == CXCursorKind.CompoundStmt).ToList();
        if (bodies.Count != 1)
            throw new TranslationException(location, "statement expression without a body");
        var children = bodies[0].Children();
        var items = new List<CStmt>();
        if (type.IsVoid || children.Count == 0 || !children[^1].IsExpression)
        {
            foreach (var child in children)
                items.AddRange(StatementWithHoisted(child));
            hoisted.Add(new CCompoundStmt(location, items));
            return new CCast(location, CVoidType.Instance, CCastKind.ToVoid, new CIntLiteral(location, CIntType.Int, 0), isImplicit: true);
        }
        foreach (var child in children.Take(children.Count - 1))
            items.AddRange(StatementWithHoisted(child));
        if (type is CRecordType or CArrayType)
            throw TranslationException.Unsupported(location, $"statement expression of type {type}");
        var temporary = new CVarDecl($"value{++_statementValueCount}", location, type.Unqualified, CStorage.Auto) { Owner = _function };
        _function!.Locals.Add(temporary);
        var outer = _hoisted;
        var valueHoisted = new List<CStmt>();
        _hoisted = valueHoisted;
        CExpr value;
        try
        {
            value = Expr(children[^1]);
        }
        finally
        {
            _hoisted = outer;
        }
        items.AddRange(valueHoisted);
        items.Add(new CExprStmt(location, new CAssign(location, temporary.Type, null, new CDeclRef(location, temporary.Type, temporary), value)));
        hoisted.Add(new CDeclStmt(location, [temporary]));
        hoisted.Add(new CCompoundStmt(location, items));
        var reference = new CDeclRef(location, temporary.Type, temporary);
        _statementValues.Add(reference);
        return reference;
    }

    /// <summary>Refuses a hoisted statement expression that its statement evaluates conditionally.</summary>
    private void RequireUnconditional(CStmt statement)
    {
        foreach (var root in CTree.OwnExpressions(statement))
            Check(root, conditional: false);

        void Check(CExpr e, bool conditional)
        {
            if (conditional && _statementValues.Contains(e))
                throw TranslationException.Unsupported(e.Location,
                    "statement expression (GNU extension) in an operand evaluated conditionally (of &&, ||, ?: or after a comma)");
            switch (e)
            {
                case CBinary { Op: CBinaryOp.LogicalAnd or CBinaryOp.LogicalOr or CBinaryOp.Comma } binary:
                    Check(binary.Left, conditional);
                    Check(binary.Right, true);
                    return;
                case CConditional choice:
                    Check(choice.Condition, conditional);
                    Check(choice.Then, true);
                    Check(choice.Else, true);
                    return;
            }
            foreach (var child in CTree.Children(e))
                Check(child, conditional);
        }
    }
}
