using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Lowering;

namespace Nt2cs.Transpiler.ControlFlow;

/// <summary>
/// After restructuring, notes what the jumps of each function mean for its C#: a function with any goto or label
/// ⇒ <see cref="CFunctionDecl.HasJumps"/> (its locals are declared at the top, so no jump skips a declaration); a
/// goto whose label comes first in the source ⇒ <see cref="CGotoStmt.IsBackward"/> (a loop, which polls a safe
/// point on every iteration as loop statements do).
/// </summary>
public sealed class MarkJumps : IFunctionPass
{
    public void Run(CFunctionDecl function, LoweringContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in CTree.Statements(function.Body!))
        {
            if (statement is CLabelStmt label)
            {
                seen.Add(label.Label);
                function.HasJumps = true;
            }
            else if (statement is CGotoStmt jump)
            {
                jump.IsBackward = seen.Contains(jump.Label);
                function.HasJumps = true;
            }
        }
    }
}
