using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// A static function that nothing in its unit reaches is not translated, as a C compiler emits no code for it:
/// the inline helpers a header defines (ntddk.h's list routines) appear only in the units that use them. Static
/// function with a body that no function with external linkage, no initializer of a file-scope object and no
/// function reached from those names ⇒ removed from its unit, with its block-scope statics.
/// </summary>
public sealed class DropUnreferencedStatics : IImagePass
{
    public void Run(CImage image, LoweringContext context)
    {
        foreach (var unit in image.Units)
        {
            var statics = unit.Functions.Where(f => f.IsStatic && f.Body is not null).ToHashSet(ReferenceEqualityComparer.Instance);
            if (statics.Count == 0)
                continue;
            var byName = unit.Functions.Where(f => f.IsStatic && f.Body is not null).GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var reached = new HashSet<CFunctionDecl>(ReferenceEqualityComparer.Instance);
            var pending = new Stack<CFunctionDecl>();
            void Visit(IEnumerable<CExpr> expressions)
            {
                foreach (var expr in expressions)
                {
                    if (expr is CDeclRef { Decl: CFunctionDecl { IsStatic: true } function }
                        && (function.Body is not null ? function : byName.GetValueOrDefault(function.Name)) is { } definition
                        && reached.Add(definition))
                        pending.Push(definition);
                }
            }
            foreach (var function in unit.Functions.Where(f => f.Body is not null && !f.IsStatic))
                pending.Push(function);
            foreach (var global in unit.Globals.Where(g => g.Init is not null))
                Visit(CTree.Expressions(global.Init!));
            while (pending.Count > 0)
            {
                var function = pending.Pop();
                Visit(CTree.Expressions(function.Body!));
                foreach (var local in function.Statics.Where(s => s.Init is not null))
                    Visit(CTree.Expressions(local.Init!));
            }
            unit.Functions.RemoveAll(f => statics.Contains(f) && !reached.Contains(f));
        }
    }
}
