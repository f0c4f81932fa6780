using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// A call through a declaration without a prototype (<c>int twice();</c>, or a K&amp;R definition
/// <c>int sum(n, v) int n; int *v; { … }</c>) passes its arguments after the default promotions, and C defines it
/// only when they match the definition's parameters (C11 6.5.2.2p6). The image has that definition: the call takes
/// its parameter list, so the arguments convert to its parameters. A count that does not match, or a function the
/// image does not define, is an error here, not code that passes what C leaves undefined.
/// </summary>
public sealed class ResolveUnprototypedCalls : IFunctionPass
{
    public void Run(CFunctionDecl function, LoweringContext context)
    {
        if (function.Body is null)
            return;
        foreach (var call in CTree.Expressions(function.Body!).OfType<CCall>())
        {
            if (call.FunctionType.HasPrototype || Designator(call.Callee) is not { Decl: CFunctionDecl callee } designator
                || callee.Definition is null && LinkSymbols.Builtins.Contains(callee.Name))
                continue;
            var definition = (callee.Definition ?? callee).Body is not null ? (callee.Definition ?? callee).Type : null;
            if (definition is null)
            {
                if (call.Arguments.Count == 0)
                    continue;
                throw TranslationException.Unsupported(call.Location,
                    $"call of '{callee.Name}' with {call.Arguments.Count} argument(s) through a declaration without a prototype, and no definition of it in the program to give its parameters");
            }
            if (call.Arguments.Count < definition.Parameters.Count || call.Arguments.Count > definition.Parameters.Count && !definition.IsVariadic)
                throw new TranslationException(call.Location,
                    $"call of '{callee.Name}' with {call.Arguments.Count} argument(s) through a declaration without a prototype; its definition takes {definition.Parameters.Count} (undefined behaviour in C)");
            call.Callee = new CCast(call.Callee.Location, new CPointerType(definition), CCastKind.FunctionToPointer, designator, isImplicit: true);
        }
    }

    /// <summary>The function a callee designates: through the decay, and the retype to the declaration's type.</summary>
    private static CDeclRef? Designator(CExpr callee) => callee switch
    {
        CCast { Kind: CCastKind.FunctionToPointer, Operand: CDeclRef reference } => reference,
        CCast { Kind: CCastKind.PointerCast or CCastKind.NoOp, Operand: var inner } => Designator(inner),
        _ => null,
    };
}
