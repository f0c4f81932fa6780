namespace Nt2cs.Transpiler.CAst;

/// <summary>Traversal of statements and expressions, for analyses and rewrites.</summary>
public static class CTree
{
    /// <summary>The direct sub-statements of <paramref name="statement"/>.</summary>
    public static IEnumerable<CStmt> Children(CStmt statement)
    {
        switch (statement)
        {
            case CCompoundStmt compound:
                foreach (var item in compound.Items)
                    yield return item;
                break;
            case CIfStmt s:
                yield return s.Then;
                if (s.Else is not null)
                    yield return s.Else;
                break;
            case CWhileStmt s: yield return s.Body; break;
            case CDoStmt s: yield return s.Body; break;
            case CForStmt s:
                if (s.Init is not null)
                    yield return s.Init;
                yield return s.Body;
                break;
            case CSwitchStmt s: yield return s.Body; break;
            case CCaseStmt s: yield return s.Body; break;
            case CDefaultStmt s: yield return s.Body; break;
            case CLabelStmt s: yield return s.Body; break;
            case CSehTryStmt s:
                yield return s.Body;
                if (s.Handler is not null)
                    yield return s.Handler;
                if (s.Finally is not null)
                    yield return s.Finally;
                break;
        }
    }

    /// <summary>Every statement under <paramref name="root"/>, itself included, parents before children.</summary>
    public static List<CStmt> Statements(CStmt root)
    {
        var statements = new List<CStmt>(16);
        CollectStatements(root, statements);
        return statements;
    }

    // Recursion over the tree (not nested iterators, nor Children's): the passes walk every function several times.
    private static void CollectStatements(CStmt statement, List<CStmt> into)
    {
        into.Add(statement);
        switch (statement)
        {
            case CCompoundStmt compound:
                foreach (var item in compound.Items)
                    CollectStatements(item, into);
                break;
            case CIfStmt s:
                CollectStatements(s.Then, into);
                if (s.Else is not null)
                    CollectStatements(s.Else, into);
                break;
            case CWhileStmt s: CollectStatements(s.Body, into); break;
            case CDoStmt s: CollectStatements(s.Body, into); break;
            case CForStmt s:
                if (s.Init is not null)
                    CollectStatements(s.Init, into);
                CollectStatements(s.Body, into);
                break;
            case CSwitchStmt s: CollectStatements(s.Body, into); break;
            case CCaseStmt s: CollectStatements(s.Body, into); break;
            case CDefaultStmt s: CollectStatements(s.Body, into); break;
            case CLabelStmt s: CollectStatements(s.Body, into); break;
            case CSehTryStmt s:
                CollectStatements(s.Body, into);
                if (s.Handler is not null)
                    CollectStatements(s.Handler, into);
                if (s.Finally is not null)
                    CollectStatements(s.Finally, into);
                break;
        }
    }

    /// <summary>The expressions a statement holds directly (not those of its sub-statements).</summary>
    public static IEnumerable<CExpr> OwnExpressions(CStmt statement)
    {
        switch (statement)
        {
            case CExprStmt s: yield return s.Expr; break;
            case CIfStmt s: yield return s.Condition; break;
            case CWhileStmt s: yield return s.Condition; break;
            case CDoStmt s: yield return s.Condition; break;
            case CForStmt s:
                if (s.Condition is not null) yield return s.Condition;
                if (s.Increment is not null) yield return s.Increment;
                break;
            case CSwitchStmt s: yield return s.Condition; break;
            case CReturnStmt { Value: { } value }: yield return value; break;
            case CSehTryStmt { Filter: { } filter }: yield return filter; break;
            case CDeclStmt s:
                foreach (var variable in s.Variables)
                    if (variable.Init is not null && variable.Storage == CStorage.Auto)
                        yield return variable.Init;
                break;
        }
    }

    /// <summary>Every expression under <paramref name="root"/>, itself included, parents first.</summary>
    public static List<CExpr> Expressions(CExpr root)
    {
        var expressions = new List<CExpr>();
        CollectExpressions(root, expressions);
        return expressions;
    }

    /// <summary>Every expression in a function body, declarations' initializers included.</summary>
    public static List<CExpr> Expressions(CStmt root)
    {
        var expressions = new List<CExpr>(32);
        CollectStatementExpressions(root, expressions);
        return expressions;
    }

    /// <summary><see cref="OwnExpressions"/>' expressions and their operands, statement by statement in
    /// <see cref="Statements"/>' order, without a list of the statements or an iterator per statement.</summary>
    private static void CollectStatementExpressions(CStmt statement, List<CExpr> into)
    {
        switch (statement)
        {
            case CExprStmt s: CollectExpressions(s.Expr, into); break;
            case CIfStmt s:
                CollectExpressions(s.Condition, into);
                CollectStatementExpressions(s.Then, into);
                if (s.Else is not null)
                    CollectStatementExpressions(s.Else, into);
                break;
            case CWhileStmt s: CollectExpressions(s.Condition, into); CollectStatementExpressions(s.Body, into); break;
            case CDoStmt s: CollectExpressions(s.Condition, into); CollectStatementExpressions(s.Body, into); break;
            case CForStmt s:
                if (s.Condition is not null) CollectExpressions(s.Condition, into);
                if (s.Increment is not null) CollectExpressions(s.Increment, into);
                if (s.Init is not null) CollectStatementExpressions(s.Init, into);
                CollectStatementExpressions(s.Body, into);
                break;
            case CSwitchStmt s: CollectExpressions(s.Condition, into); CollectStatementExpressions(s.Body, into); break;
            case CReturnStmt { Value: { } value }: CollectExpressions(value, into); break;
            case CDeclStmt s:
                foreach (var variable in s.Variables)
                    if (variable.Init is not null && variable.Storage == CStorage.Auto)
                        CollectExpressions(variable.Init, into);
                break;
            case CCompoundStmt compound:
                foreach (var item in compound.Items)
                    CollectStatementExpressions(item, into);
                break;
            case CCaseStmt s: CollectStatementExpressions(s.Body, into); break;
            case CDefaultStmt s: CollectStatementExpressions(s.Body, into); break;
            case CLabelStmt s: CollectStatementExpressions(s.Body, into); break;
            case CSehTryStmt s:
                if (s.Filter is not null) CollectExpressions(s.Filter, into);
                CollectStatementExpressions(s.Body, into);
                if (s.Handler is not null) CollectStatementExpressions(s.Handler, into);
                if (s.Finally is not null) CollectStatementExpressions(s.Finally, into);
                break;
        }
    }

    /// <summary>An expression's operands, in evaluation-slot order: the same ones <see cref="CollectExpressions"/> walks.</summary>
    public static IEnumerable<CExpr> Children(CExpr e) => e switch
    {
        CUnary u => [u.Operand],
        CBinary b => [b.Left, b.Right],
        CAssign a => [a.Target, a.Value],
        CConditional c => [c.Condition, c.Then, c.Else],
        CCall c => [c.Callee, .. c.Arguments],
        CMember m => [m.Base],
        CIndex i => [i.Base, i.Index],
        CCast c => [c.Operand],
        CInitList l => l.Items.Select(item => item.Value),
        CCompoundLiteral l => [l.Init],
        CVaArg v => [v.List],
        _ => [],
    };

    private static void CollectExpressions(CExpr expr, List<CExpr> into)
    {
        into.Add(expr);
        switch (expr)
        {
            case CUnary e: CollectExpressions(e.Operand, into); break;
            case CBinary e: CollectExpressions(e.Left, into); CollectExpressions(e.Right, into); break;
            case CAssign e: CollectExpressions(e.Target, into); CollectExpressions(e.Value, into); break;
            case CConditional e:
                CollectExpressions(e.Condition, into);
                CollectExpressions(e.Then, into);
                CollectExpressions(e.Else, into);
                break;
            case CCall e:
                CollectExpressions(e.Callee, into);
                foreach (var argument in e.Arguments)
                    CollectExpressions(argument, into);
                break;
            case CMember e: CollectExpressions(e.Base, into); break;
            case CIndex e: CollectExpressions(e.Base, into); CollectExpressions(e.Index, into); break;
            case CCast e: CollectExpressions(e.Operand, into); break;
            case CInitList e:
                foreach (var item in e.Items)
                    CollectExpressions(item.Value, into);
                break;
            case CCompoundLiteral e: CollectExpressions(e.Init, into); break;
            case CVaArg e: CollectExpressions(e.List, into); break;
        }
    }

    /// <summary>Rewrites every expression slot under <paramref name="root"/> bottom-up.</summary>
    public static void Rewrite(CStmt root, Func<CExpr, CExpr> rewrite)
    {
        foreach (var statement in Statements(root))
        {
            switch (statement)
            {
                case CExprStmt s: s.Expr = Rewrite(s.Expr, rewrite); break;
                case CIfStmt s: s.Condition = Rewrite(s.Condition, rewrite); break;
                case CWhileStmt s: s.Condition = Rewrite(s.Condition, rewrite); break;
                case CDoStmt s: s.Condition = Rewrite(s.Condition, rewrite); break;
                case CForStmt s:
                    if (s.Condition is not null) s.Condition = Rewrite(s.Condition, rewrite);
                    if (s.Increment is not null) s.Increment = Rewrite(s.Increment, rewrite);
                    break;
                case CSwitchStmt s: s.Condition = Rewrite(s.Condition, rewrite); break;
                case CReturnStmt { Value: not null } s: s.Value = Rewrite(s.Value, rewrite); break;
                case CSehTryStmt { Filter: not null } s: s.Filter = Rewrite(s.Filter, rewrite); break;
                case CDeclStmt s:
                    foreach (var variable in s.Variables)
                        if (variable.Init is not null && variable.Storage == CStorage.Auto)
                            variable.Init = Rewrite(variable.Init, rewrite);
                    break;
            }
        }
    }

    /// <summary>Rewrites <paramref name="expr"/> and its operands bottom-up.</summary>
    public static CExpr Rewrite(CExpr expr, Func<CExpr, CExpr> rewrite)
    {
        switch (expr)
        {
            case CUnary e: e.Operand = Rewrite(e.Operand, rewrite); break;
            case CBinary e: e.Left = Rewrite(e.Left, rewrite); e.Right = Rewrite(e.Right, rewrite); break;
            case CAssign e: e.Target = Rewrite(e.Target, rewrite); e.Value = Rewrite(e.Value, rewrite); break;
            case CConditional e:
                e.Condition = Rewrite(e.Condition, rewrite);
                e.Then = Rewrite(e.Then, rewrite);
                e.Else = Rewrite(e.Else, rewrite);
                break;
            case CCall e:
                e.Callee = Rewrite(e.Callee, rewrite);
                for (int i = 0; i < e.Arguments.Count; i++)
                    e.Arguments[i] = Rewrite(e.Arguments[i], rewrite);
                break;
            case CMember e: e.Base = Rewrite(e.Base, rewrite); break;
            case CIndex e: e.Base = Rewrite(e.Base, rewrite); e.Index = Rewrite(e.Index, rewrite); break;
            case CCast e: e.Operand = Rewrite(e.Operand, rewrite); break;
            case CInitList e:
                for (int i = 0; i < e.Items.Count; i++)
                    e.Items[i] = e.Items[i] with { Value = Rewrite(e.Items[i].Value, rewrite) };
                break;
            case CCompoundLiteral e: e.Init = Rewrite(e.Init, rewrite); break;
            case CVaArg e: e.List = Rewrite(e.List, rewrite); break;
        }
        return rewrite(expr);
    }
}
