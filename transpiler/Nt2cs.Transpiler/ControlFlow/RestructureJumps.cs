using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Lowering;

namespace Nt2cs.Transpiler.ControlFlow;

/// <summary>
/// Makes every jump one C# can express. C# jumps only to labels in the same or an enclosing block, and a switch's
/// case labels must sit at the top level of its body. Where C jumps into a block (a <c>goto</c> into a loop, a
/// case label inside a loop as in Duff's device), the statements standing between the jump and its label are
/// "opened": replaced by the same control flow written with labels and gotos in the enclosing block —
/// <c>while (c) B</c> ⇒ <c>cont: if (!c) goto brk; B; goto cont; brk: ;</c>. Only those statements are opened;
/// everything else keeps its C structure.
/// </summary>
public sealed class RestructureJumps : IFunctionPass
{
    public void Run(CFunctionDecl function, LoweringContext context) => new FunctionRestructurer(function).Run();

    private sealed class FunctionRestructurer(CFunctionDecl function)
    {
        private readonly CFunctionDecl _function = function;
        /// <summary>Each statement's parent, mapped by <see cref="FindStatementToOpen"/> when there is a jump to check.</summary>
        private Dictionary<CStmt, CStmt> _parents = null!;
        private int _labels;

        public void Run()
        {
            bool normalized = false;
            while (FindStatementToOpen() is { } statement)
            {
                if (!normalized)
                {
                    // Give every statement a place in a block's item list, so opening one can splice it there.
                    Normalize(_function.Body!);
                    normalized = true;
                    continue;
                }
                Open(statement);
            }
        }

        /// <summary>The outermost statement that stands between some jump and its target, if any.</summary>
        private CStmt? FindStatementToOpen()
        {
            var statements = CTree.Statements(_function.Body!);
            Dictionary<string, CLabelStmt>? labels = null;
            bool jumps = false;
            foreach (var statement in statements)
            {
                if (statement is CLabelStmt label && !(labels ??= new(StringComparer.Ordinal)).TryAdd(label.Label, label))
                    throw new TranslationException(label.Location, $"redefinition of label '{label.Label}'");
                jumps |= statement is CGotoStmt or CCaseStmt or CDefaultStmt;
            }
            // Most functions have no goto and no case label: nothing to open, and no parents to map.
            if (!jumps)
                return null;
            _parents = new Dictionary<CStmt, CStmt>(ReferenceEqualityComparer.Instance);
            foreach (var statement in statements)
                foreach (var child in CTree.Children(statement))
                    _parents[child] = statement;
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case CGotoStmt jump:
                    {
                        if (labels is null || !labels.TryGetValue(jump.Label, out var target))
                            throw new TranslationException(jump.Location, $"use of undeclared label '{jump.Label}'");
                        var blocking = Blocking(jump, target);
                        if (blocking is not null)
                            return blocking;
                        break;
                    }
                    case CCaseStmt or CDefaultStmt:
                    {
                        var owner = OwningSwitch(statement);
                        if (!IsTopLevelCase(statement, owner))
                            return owner;
                        break;
                    }
                }
            }
            return null;
        }

        /// <summary>
        /// Null when the label's block encloses the jump (C# can jump there); otherwise the statement to open
        /// next: the child of the jump's and label's common block that holds the label, or the common ancestor
        /// itself when that is not a block (an if whose branches hold the jump and the label).
        /// </summary>
        private CStmt? Blocking(CStmt jump, CStmt label)
        {
            var jumpAncestors = new HashSet<CStmt>(Ancestors(jump), ReferenceEqualityComparer.Instance);
            if (_parents.TryGetValue(label, out var block) && block is CCompoundStmt && jumpAncestors.Contains(block))
                return null;
            var previous = label;
            foreach (var ancestor in Ancestors(label).Skip(1))
            {
                if (jumpAncestors.Contains(ancestor))
                    return ancestor is CCompoundStmt ? previous : ancestor;
                previous = ancestor;
            }
            throw new InvalidOperationException("a label outside the function body");
        }

        private IEnumerable<CStmt> Ancestors(CStmt statement)
        {
            for (var current = statement; ; current = _parents[current])
            {
                yield return current;
                if (!_parents.ContainsKey(current))
                    yield break;
            }
        }

        private CSwitchStmt OwningSwitch(CStmt label)
        {
            foreach (var ancestor in Ancestors(label).Skip(1))
            {
                if (ancestor is CSwitchStmt owner)
                    return owner;
            }
            throw new TranslationException(label.Location, "case label outside a switch");
        }

        /// <summary>A case label in the switch body's item list (possibly under other labels).</summary>
        private bool IsTopLevelCase(CStmt label, CSwitchStmt owner)
        {
            var node = label;
            while (_parents.TryGetValue(node, out var parent))
            {
                if (ReferenceEquals(parent, owner))
                    return true;
                if (parent is CCompoundStmt && ReferenceEquals(_parents.GetValueOrDefault(parent), owner))
                    return true;
                if (parent is not (CLabelStmt or CCaseStmt or CDefaultStmt))
                    return false;
                node = parent;
            }
            return false;
        }

        /// <summary>
        /// Every sub-statement becomes a block (bodies of if, loops and switches) and labelled statements become
        /// a label followed by the statement, so any statement can be replaced by a list of statements.
        /// </summary>
        private static void Normalize(CStmt statement)
        {
            switch (statement)
            {
                case CCompoundStmt compound:
                    for (int i = 0; i < compound.Items.Count; i++)
                    {
                        if (compound.Items[i] is CLabelStmt { Body: not CNullStmt } label)
                        {
                            compound.Items.Insert(i + 1, label.Body);
                            label.Body = new CNullStmt(label.Location);
                        }
                        else if (compound.Items[i] is CCaseStmt { Body: not CNullStmt } @case)
                        {
                            compound.Items.Insert(i + 1, @case.Body);
                            @case.Body = new CNullStmt(@case.Location);
                        }
                        else if (compound.Items[i] is CDefaultStmt { Body: not CNullStmt } @default)
                        {
                            compound.Items.Insert(i + 1, @default.Body);
                            @default.Body = new CNullStmt(@default.Location);
                        }
                    }
                    break;
                case CIfStmt s:
                    s.Then = Block(s.Then);
                    if (s.Else is not null)
                        s.Else = Block(s.Else);
                    break;
                case CWhileStmt s: s.Body = Block(s.Body); break;
                case CDoStmt s: s.Body = Block(s.Body); break;
                case CForStmt s: s.Body = Block(s.Body); break;
                case CSwitchStmt s: s.Body = Block(s.Body); break;
            }
            foreach (var child in CTree.Children(statement).ToList())
                Normalize(child);
        }

        private static List<CStmt> Items(CStmt statement) => Block(statement).Items;

        private static CCompoundStmt Block(CStmt statement) =>
            statement as CCompoundStmt ?? new CCompoundStmt(statement.Location, [statement]);

        private string NewLabel(string what) => $"__{what}{++_labels}";

        /// <summary>Replaces <paramref name="statement"/> in its block by its control flow written with gotos.</summary>
        private void Open(CStmt statement)
        {
            // Normalize put every statement that can hold a label or a case in a block's item list, and Blocking
            // never returns the function body, so the parent is a block.
            var block = (CCompoundStmt)_parents[statement];
            var at = statement.Location;
            List<CStmt> replacement;
            switch (statement)
            {
                case CCompoundStmt compound:
                    replacement = compound.Items;
                    break;
                case CIfStmt s:
                {
                    var end = NewLabel("endif");
                    if (s.Else is null)
                    {
                        replacement = [Jump(Not(s.Condition), end, at), .. Items(s.Then), Label(end, at)];
                    }
                    else
                    {
                        var @else = NewLabel("else");
                        replacement = [Jump(Not(s.Condition), @else, at), .. Items(s.Then), Goto(end, at), Label(@else, at), .. Items(s.Else), Label(end, at)];
                    }
                    break;
                }
                case CWhileStmt s:
                {
                    var (top, exit) = (NewLabel("while"), NewLabel("wend"));
                    var body = Retarget(s.Body, exit, top);
                    replacement = [Label(top, at), Jump(Not(s.Condition), exit, at), .. body, Goto(top, at), Label(exit, at)];
                    break;
                }
                case CDoStmt s:
                {
                    var (top, next, exit) = (NewLabel("do"), NewLabel("dowhile"), NewLabel("doend"));
                    var body = Retarget(s.Body, exit, next);
                    replacement = [Label(top, at), .. body, Label(next, at), Jump(s.Condition, top, at), Label(exit, at)];
                    break;
                }
                case CForStmt s:
                {
                    var (top, next, exit) = (NewLabel("for"), NewLabel("fornext"), NewLabel("forend"));
                    var body = Retarget(s.Body, exit, next);
                    replacement = [];
                    if (s.Init is not null)
                        replacement.Add(s.Init);
                    replacement.Add(Label(top, at));
                    if (s.Condition is not null)
                        replacement.Add(Jump(Not(s.Condition), exit, at));
                    replacement.AddRange(body);
                    replacement.Add(Label(next, at));
                    if (s.Increment is not null)
                        replacement.Add(new CExprStmt(at, s.Increment));
                    replacement.Add(Goto(top, at));
                    replacement.Add(Label(exit, at));
                    break;
                }
                case CSwitchStmt s:
                    replacement = OpenSwitch(s);
                    break;
                default:
                    throw new InternalTranslationException(at, $"cannot restructure {statement.GetType().Name}");
            }
            int index = block.Items.FindIndex(item => ReferenceEquals(item, statement));
            block.Items.RemoveAt(index);
            block.Items.InsertRange(index, replacement);
        }

        /// <summary>
        /// <c>switch (x) body</c> ⇒ a switch that only dispatches (<c>case 1: goto case1;</c>), then the body with its
        /// case labels turned into ordinary labels and its breaks into <c>goto</c> the end.
        /// </summary>
        private List<CStmt> OpenSwitch(CSwitchStmt s)
        {
            var at = s.Location;
            var exit = NewLabel("switchend");
            var dispatch = new List<CStmt>();
            string? defaultTarget = null;
            var body = (CCompoundStmt)s.Body;
            foreach (var label in CTree.Statements(body).Where(x => x is CCaseStmt or CDefaultStmt).ToList())
            {
                if (!ReferenceEquals(OwningSwitch(label), s))
                    continue;
                var name = NewLabel(label is CCaseStmt ? "case" : "default");
                if (label is CCaseStmt @case)
                    dispatch.Add(new CCaseStmt(label.Location, @case.Value, Goto(name, label.Location)));
                else
                    defaultTarget = name;
                Replace(label, new CLabelStmt(label.Location, name, label is CCaseStmt c ? c.Body : ((CDefaultStmt)label).Body));
            }
            dispatch.Add(new CDefaultStmt(at, Goto(defaultTarget ?? exit, at)));
            var items = Retarget(body, exit, null);
            return [new CSwitchStmt(at, s.Condition, new CCompoundStmt(at, dispatch)), .. items, Label(exit, at)];
        }

        /// <summary>Puts <paramref name="replacement"/> where <paramref name="statement"/> is.</summary>
        private void Replace(CStmt statement, CStmt replacement)
        {
            var parent = _parents[statement];
            switch (parent)
            {
                case CCompoundStmt compound:
                    compound.Items[compound.Items.FindIndex(i => ReferenceEquals(i, statement))] = replacement;
                    break;
                case CLabelStmt label: label.Body = replacement; break;
                case CCaseStmt @case: @case.Body = replacement; break;
                case CDefaultStmt @default: @default.Body = replacement; break;
                case CIfStmt @if when ReferenceEquals(@if.Then, statement): @if.Then = replacement; break;
                case CIfStmt @if: @if.Else = replacement; break;
                case CWhileStmt loop: loop.Body = replacement; break;
                case CDoStmt loop: loop.Body = replacement; break;
                case CForStmt loop: loop.Body = replacement; break;
                case CSwitchStmt @switch: @switch.Body = replacement; break;
                default: throw new InvalidOperationException($"no slot for a statement in {parent.GetType().Name}");
            }
            _parents[replacement] = parent;
        }

        /// <summary>The body's items with its own break and continue turned into gotos (nested loops keep theirs).</summary>
        private static List<CStmt> Retarget(CStmt body, string? breakLabel, string? continueLabel)
        {
            var block = Block(body);
            Rewrite(block, breakLabel, continueLabel);
            return block.Items;
        }

        private static void Rewrite(CStmt statement, string? breakLabel, string? continueLabel)
        {
            switch (statement)
            {
                case CCompoundStmt compound:
                    for (int i = 0; i < compound.Items.Count; i++)
                        compound.Items[i] = Rewritten(compound.Items[i], breakLabel, continueLabel);
                    break;
                case CIfStmt s:
                    s.Then = Rewritten(s.Then, breakLabel, continueLabel);
                    if (s.Else is not null)
                        s.Else = Rewritten(s.Else, breakLabel, continueLabel);
                    break;
                case CLabelStmt s: s.Body = Rewritten(s.Body, breakLabel, continueLabel); break;
                case CCaseStmt s: s.Body = Rewritten(s.Body, breakLabel, continueLabel); break;
                case CDefaultStmt s: s.Body = Rewritten(s.Body, breakLabel, continueLabel); break;
                // A nested switch owns break; its continue still belongs to the enclosing loop.
                case CSwitchStmt s when continueLabel is not null: Rewrite(s.Body, breakLabel: null, continueLabel); break;
            }
        }

        private static CStmt Rewritten(CStmt statement, string? breakLabel, string? continueLabel)
        {
            switch (statement)
            {
                case CBreakStmt when breakLabel is not null:
                    return Goto(breakLabel, statement.Location);
                case CContinueStmt when continueLabel is not null:
                    return Goto(continueLabel, statement.Location);
                case CWhileStmt or CDoStmt or CForStmt:
                    return statement;
                default:
                    Rewrite(statement, breakLabel, continueLabel);
                    return statement;
            }
        }

        private static CStmt Label(string name, SourceLoc at) => new CLabelStmt(at, name, new CNullStmt(at));

        private static CStmt Goto(string name, SourceLoc at) => new CGotoStmt(at, name);

        private static CStmt Jump(CExpr condition, string label, SourceLoc at) => new CIfStmt(at, condition, Goto(label, at), null);

        private static CExpr Not(CExpr condition) => new CUnary(condition.Location, CIntType.Int, CUnaryOp.LogicalNot, condition);
    }
}
