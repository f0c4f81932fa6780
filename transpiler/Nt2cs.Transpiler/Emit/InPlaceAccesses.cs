using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Which scalar accesses of a very large function are written in place (ExpressionGenerator.InPlace.cs), the
/// others being one <c>Mem.Ref</c> call each. Each window check adds three IL blocks, and the JIT compiles a
/// method of more than 2,000 without optimisation, so a function affords only so many (Lua's luaV_execute about
/// 390 of its 700). They are shared out as an interpreter's time is: the code outside any <c>case</c> (the
/// dispatch) first, then the same number from the start of each <c>case</c> (an opcode's fast path comes first,
/// its rarer paths after), as many as the budget allows.
/// </summary>
internal static class InPlaceAccesses
{
    public static HashSet<CExpr> Choose(CStmt body, int budget)
    {
        var outside = new List<CExpr>();
        var cases = new List<List<CExpr>>();
        var current = outside;
        Collect(body, ref current, cases, outside);

        var chosen = new HashSet<CExpr>(ReferenceEqualityComparer.Instance);
        foreach (var access in outside.Take(budget))
            chosen.Add(access);
        int left = budget - chosen.Count;
        // The largest share every case can have within what is left.
        int share = 0;
        while (cases.Sum(c => Math.Min(c.Count, share + 1)) <= left && cases.Any(c => c.Count > share))
            share++;
        foreach (var accesses in cases)
            foreach (var access in accesses.Take(share))
                chosen.Add(access);
        // What is still left: one more each to the first cases that have more.
        foreach (var accesses in cases.Where(c => c.Count > share).Take(budget - chosen.Count))
            chosen.Add(accesses[share]);
        return chosen;
    }

    /// <summary>A statement's accesses, in source order, into the list of the <c>case</c> they follow.</summary>
    private static void Collect(CStmt statement, ref List<CExpr> current, List<List<CExpr>> cases, List<CExpr> outside)
    {
        if (statement is CCaseStmt or CDefaultStmt)
        {
            current = [];
            cases.Add(current);
        }
        foreach (var expression in CTree.OwnExpressions(statement))
            Accesses(expression, current);
        if (statement is CSwitchStmt)
        {
            // Statements after the switch belong to what held the switch.
            var holder = current;
            foreach (var child in CTree.Children(statement))
                Collect(child, ref current, cases, outside);
            current = holder;
            return;
        }
        foreach (var child in CTree.Children(statement))
            Collect(child, ref current, cases, outside);
    }

    /// <summary>The scalar lvalues in guest memory an expression reads or writes (not those it only takes the address of).</summary>
    private static void Accesses(CExpr expression, List<CExpr> into)
    {
        var addressed = new HashSet<CExpr>(ReferenceEqualityComparer.Instance);
        foreach (var e in CTree.Expressions(expression))
        {
            if (e is CUnary { Op: CUnaryOp.AddressOf } addressOf)
                addressed.Add(addressOf.Operand);
            else if (e is CUnary { Op: CUnaryOp.Deref } or CMember { Field.IsBitField: false } or CIndex
                && e.Type.IsScalar && !addressed.Contains(e))
                into.Add(e);
        }
    }
}
