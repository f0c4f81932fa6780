using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Lowering;

namespace Nt2cs.Transpiler.ControlFlow;

/// <summary>
/// Prepares functions that call setjmp to be resumed by longjmp: <c>S; if (setjmp(b)) …</c> ⇒
/// <c>switch (__jmp_site) { case 1: goto __setjmp1; } S; __setjmp1: if (setjmp(b)) …</c>. Each statement holding a
/// setjmp call gets a label, and the body starts with a dispatch to those labels on a site variable — 0 on entry,
/// so the first pass runs straight through.
/// <see cref="RestructureJumps"/> then makes the labels reachable, and the emitter wraps the body in the loop that
/// catches the function's longjmps and re-enters it.
/// </summary>
public sealed class LowerSetjmp : IFunctionPass
{
    public static bool IsSetjmp(CExpr e) => e is CCall { Direct: { Definition: null, Name: "setjmp" or "_setjmp" } };

    public void Run(CFunctionDecl function, LoweringContext context)
    {
        if (function.Body is null || !CTree.Expressions(function.Body).Any(IsSetjmp))
            return;
        MoveLoopConditionsIntoBodies(function.Body!);
        var parents = new Dictionary<CStmt, CStmt>(ReferenceEqualityComparer.Instance);
        var sites = new List<(CStmt Statement, CCall Call)>();
        foreach (var statement in CTree.Statements(function.Body!))
        {
            foreach (var child in CTree.Children(statement))
                parents[child] = statement;
            foreach (var call in CTree.OwnExpressions(statement).SelectMany(CTree.Expressions).Where(IsSetjmp).Cast<CCall>())
            {
                if (statement is not (CExprStmt or CIfStmt or CSwitchStmt or CReturnStmt or CDeclStmt))
                    throw TranslationException.Unsupported(call.Location, $"setjmp in a {statement.GetType().Name[1..^4].ToLowerInvariant()} statement's expression");
                for (var up = statement; parents.TryGetValue(up, out var parent); up = parent)
                {
                    // A longjmp would have to re-enter the protected block, which .NET cannot jump into.
                    if (parent is CSehTryStmt { ReleasesVariableLengthArrays: true })
                        throw TranslationException.Unsupported(call.Location, "setjmp inside a variable-length array's scope");
                    if (parent is CSehTryStmt)
                        throw TranslationException.Unsupported(call.Location, "setjmp inside __try, __except or __finally");
                }
                sites.Add((statement, call));
            }
        }
        if (sites.Count == 0)
            return;

        var site = new CVarDecl("__jmp_site", function.Location, CIntType.Int, CStorage.Auto) { Owner = function };
        function.Locals.Add(site);
        function.SetjmpSiteVariable = site;
        var dispatch = new List<CStmt>();
        foreach (var (statement, call) in sites)
        {
            if (function.SetjmpSites.ContainsKey(call))
                continue;
            int number = function.SetjmpSites.Count + 1;
            function.SetjmpSites[call] = number;
            var label = $"__setjmp{number}";
            dispatch.Add(new CCaseStmt(call.Location, number, new CGotoStmt(call.Location, label)));
            Label(statement, parents, new CLabelStmt(call.Location, label, new CNullStmt(call.Location)));
        }
        var at = function.Body!.Location;
        var reference = new CDeclRef(at, CIntType.Int, site);
        function.Body.Items.Insert(0, new CSwitchStmt(at, reference, new CCompoundStmt(at, dispatch)));
    }

    /// <summary>
    /// <c>while (setjmp(env) &lt; 5) body</c> becomes <c>while (1) { if (!(setjmp(env) &lt; 5)) break; body }</c>, and a
    /// <c>for</c> the same with its increment kept, so the setjmp is a statement of its own that longjmp can
    /// resume (C11 7.13.1.1 allows it as a loop's controlling expression). <c>do body while (setjmp(env) &lt; 5);</c>
    /// becomes <c>do { body; __do_conditionN: if (!(setjmp(env) &lt; 5)) break; } while (1);</c>, the body's own
    /// <c>continue</c> statements turned into jumps to the condition, where C's continue goes.
    /// </summary>
    private static void MoveLoopConditionsIntoBodies(CStmt root)
    {
        int doLoops = 0;
        foreach (var statement in CTree.Statements(root).ToList())
        {
            switch (statement)
            {
                case CDoStmt loop when ContainsSetjmp(loop.Condition):
                    var at = loop.Condition.Location;
                    var label = $"__do_condition{++doLoops}";
                    var body = RetargetContinues(loop.Body, label);
                    loop.Body = new CCompoundStmt(loop.Body.Location, [body, new CLabelStmt(at, label, new CNullStmt(at)), ExitUnless(loop.Condition)]);
                    loop.Condition = new CIntLiteral(at, CIntType.Int, 1);
                    break;
                case CWhileStmt loop when ContainsSetjmp(loop.Condition):
                    loop.Body = BreakUnless(loop.Condition, loop.Body);
                    loop.Condition = new CIntLiteral(loop.Location, CIntType.Int, 1);
                    break;
                case CForStmt { Condition: { } condition } loop when ContainsSetjmp(condition):
                    loop.Body = BreakUnless(condition, loop.Body);
                    loop.Condition = null;
                    break;
            }
        }
    }

    private static bool ContainsSetjmp(CExpr e) => CTree.Expressions(e).Any(IsSetjmp);

    /// <summary>
    /// The <c>continue</c> statements of a loop body that belong to that loop (not to a loop nested in it) become
    /// <c>goto <paramref name="label"/></c>.
    /// </summary>
    private static CStmt RetargetContinues(CStmt statement, string label)
    {
        switch (statement)
        {
            case CContinueStmt c:
                return new CGotoStmt(c.Location, label);
            case CCompoundStmt block:
                for (int i = 0; i < block.Items.Count; i++)
                    block.Items[i] = RetargetContinues(block.Items[i], label);
                break;
            case CIfStmt s:
                s.Then = RetargetContinues(s.Then, label);
                if (s.Else is not null)
                    s.Else = RetargetContinues(s.Else, label);
                break;
            case CLabelStmt s:
                s.Body = RetargetContinues(s.Body, label);
                break;
            case CSwitchStmt s: // a continue inside a switch is the enclosing loop's
                s.Body = RetargetContinues(s.Body, label);
                break;
            case CCaseStmt s:
                s.Body = RetargetContinues(s.Body, label);
                break;
            case CDefaultStmt s:
                s.Body = RetargetContinues(s.Body, label);
                break;
            case CSehTryStmt s:
                RetargetContinues(s.Body, label);
                if (s.Handler is not null)
                    RetargetContinues(s.Handler, label);
                if (s.Finally is not null)
                    RetargetContinues(s.Finally, label);
                break;
        }
        return statement; // loops keep their own continues; other statements hold none
    }

    private static CCompoundStmt BreakUnless(CExpr condition, CStmt body) => new(body.Location, [ExitUnless(condition), body]);

    /// <summary><c>if (!(condition)) break;</c></summary>
    private static CIfStmt ExitUnless(CExpr condition)
    {
        var at = condition.Location;
        return new CIfStmt(at, new CUnary(at, CIntType.Int, CUnaryOp.LogicalNot, condition), new CBreakStmt(at), null);
    }

    /// <summary>Puts <paramref name="label"/> right before <paramref name="statement"/> in the same block.</summary>
    private static void Label(CStmt statement, Dictionary<CStmt, CStmt> parents, CStmt label)
    {
        if (parents.TryGetValue(statement, out var parent) && parent is CCompoundStmt block)
        {
            block.Items.Insert(block.Items.FindIndex(i => ReferenceEquals(i, statement)), label);
            return;
        }
        throw TranslationException.Unsupported(statement.Location, "setjmp in a statement that is not in a block");
    }
}
