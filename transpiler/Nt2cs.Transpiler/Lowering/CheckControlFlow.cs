using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// C# can jump only to a label in the same or an enclosing block, and a switch's case labels must sit at the
/// top level of its body. Those are the shapes the emitter translates directly (goto forward, backward, out of
/// nested loops; switch with fall-through); any other jump is reported at its location rather than translated
/// with different behaviour.
/// </summary>
public sealed class CheckControlFlow : IImagePass
{
    public void Run(CImage image, LoweringContext context)
    {
        foreach (var function in image.Functions)
            Check(function);
    }

    private static void Check(CFunctionDecl function)
    {
        var parents = new Dictionary<CStmt, CStmt>(ReferenceEqualityComparer.Instance);
        var labels = new Dictionary<string, CLabelStmt>(StringComparer.Ordinal);
        foreach (var statement in CTree.Statements(function.Body!))
        {
            foreach (var child in CTree.Children(statement))
                parents[child] = statement;
            if (statement is CLabelStmt label)
                labels[label.Label] = label;
        }
        foreach (var statement in CTree.Statements(function.Body!))
        {
            switch (statement)
            {
                case CGotoStmt jump:
                    if (!labels.TryGetValue(jump.Label, out var target))
                        throw new TranslationException(jump.Location, $"use of undeclared label '{jump.Label}'");
                    var scope = LabelScope(target, parents);
                    if (!IsAncestor(scope, jump, parents))
                        throw TranslationException.Unsupported(jump.Location, $"goto into a block (label '{jump.Label}' at {target.Location})");
                    break;
                case CCaseStmt or CDefaultStmt:
                    CheckCasePlacement(statement, parents);
                    break;
            }
        }
    }

    /// <summary>The block a label is emitted in: its enclosing compound statement or switch body.</summary>
    private static CStmt LabelScope(CStmt label, Dictionary<CStmt, CStmt> parents)
    {
        var node = label;
        while (parents.TryGetValue(node, out var parent))
        {
            if (parent is CCompoundStmt or CSwitchStmt)
                return parent;
            if (parent is not (CLabelStmt or CCaseStmt or CDefaultStmt))
                return node;
            node = parent;
        }
        return node;
    }

    private static bool IsAncestor(CStmt ancestor, CStmt node, Dictionary<CStmt, CStmt> parents)
    {
        for (var current = node; ; current = parents[current])
        {
            if (ReferenceEquals(current, ancestor))
                return true;
            if (!parents.ContainsKey(current))
                return false;
        }
    }

    /// <summary>A case label must be an item of the switch body (possibly under other labels).</summary>
    private static void CheckCasePlacement(CStmt label, Dictionary<CStmt, CStmt> parents)
    {
        var node = label;
        while (parents.TryGetValue(node, out var parent))
        {
            if (parent is CSwitchStmt)
                return;
            if (parent is CCompoundStmt && parents.TryGetValue(parent, out var owner) && owner is CSwitchStmt)
                return;
            if (parent is not (CLabelStmt or CCaseStmt or CDefaultStmt))
                throw TranslationException.Unsupported(label.Location, "case label inside a nested statement (Duff's device)");
            node = parent;
        }
        throw new TranslationException(label.Location, "case label outside a switch");
    }
}
