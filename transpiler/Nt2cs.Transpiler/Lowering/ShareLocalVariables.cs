using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// In a function with very many locals, block-scope locals of the same name whose scopes never overlap share one
/// C# variable when their types are written alike: <c>{ TValue *io1 = …; } … { TValue *io1 = …; }</c> (macro
/// expansions in every case of an interpreter) ⇒ one <c>Ptr&lt;TValue&gt; io1</c> declared at the top, where each
/// would have had a name of its own (<c>io1_2</c>, <c>io1_3</c>…). Roslyn gives every named local an
/// IL slot of its own, however its scopes nest: Lua's luaV_execute declared 329, a frame the JIT zeroes at every
/// call (59 now, and 8% less native code). C allows the sharing:
/// a block-scope object's value is indeterminate each time its declaration is reached without an initializer and
/// it cannot be named before, so one whose scope has ended can lend its storage to a later one.
/// </summary>
public sealed class ShareLocalVariables : IFunctionPass
{
    /// <summary>Register locals a function must have before its locals are shared.</summary>
    public const int Threshold = 100;

    public void Run(CFunctionDecl function, LoweringContext context)
    {
        // A longjmp resumes a function inside a scope it may have left; such functions keep a variable per local.
        if (function.Body is null || function.SetjmpSites.Count > 0
            || function.Locals.Count(Shareable) <= Threshold)
            return;
        var slots = new List<Slot>();
        Walk(function.Body, slots, []);
        function.SharesLocals = function.Locals.Any(local => local.SharesVariableWith is not null);
    }

    /// <summary>A C# variable, named after the first local that had it, and whether a local in scope holds it.</summary>
    private sealed class Slot(CVarDecl owner)
    {
        public CVarDecl Owner { get; } = owner;
        public bool InUse { get; set; } = true;
    }

    private static void Walk(CStmt statement, List<Slot> slots, List<Slot> scope)
    {
        switch (statement)
        {
            case CCompoundStmt compound:
                var inner = new List<Slot>();
                foreach (var item in compound.Items)
                    Walk(item, slots, inner);
                Release(inner);
                return;
            case CForStmt loop:
                // A for's declaration is in scope in the loop and ends with it.
                var header = new List<Slot>();
                if (loop.Init is not null)
                    Walk(loop.Init, slots, header);
                Walk(loop.Body, slots, header);
                Release(header);
                return;
            case CDeclStmt declaration:
                foreach (var local in declaration.Variables.Where(Shareable))
                    scope.Add(Take(local, slots));
                return;
        }
        foreach (var child in CTree.Children(statement))
            Walk(child, slots, scope);
    }

    /// <summary>A free variable of <paramref name="local"/>'s name written as its type is, or a new one of its own.</summary>
    private static Slot Take(CVarDecl local, List<Slot> slots)
    {
        foreach (var slot in slots)
        {
            if (slot.InUse || slot.Owner.Name != local.Name || !WrittenAlike(slot.Owner.Type, local.Type))
                continue;
            slot.InUse = true;
            local.SharesVariableWith = slot.Owner;
            return slot;
        }
        var own = new Slot(local);
        slots.Add(own);
        return own;
    }

    private static void Release(List<Slot> scope)
    {
        foreach (var slot in scope)
            slot.InUse = false;
    }

    /// <summary>A local of the function's body held in a C# variable: not a parameter, a static or in the guest frame.</summary>
    private static bool Shareable(CVarDecl local) =>
        local.Storage == CStorage.Auto && !local.IsParameter && !local.InMemory && IsSimple(local.Type);

    /// <summary>Numbers and data pointers (function pointers and aggregates are left alone).</summary>
    private static bool IsSimple(CType type) => type.IsArithmetic || type is CPointerType { Pointee: not CFunctionType };

    /// <summary>Whether two types are the same C# type written the same way (typedef names at every level included).</summary>
    private static bool WrittenAlike(CType a, CType b)
    {
        if (a.TypedefName != b.TypedefName || a.IsConst != b.IsConst || a.IsVolatile != b.IsVolatile || !a.SameAs(b))
            return false;
        return a is not CPointerType pointer || WrittenAlike(pointer.Pointee, ((CPointerType)b).Pointee);
    }
}
