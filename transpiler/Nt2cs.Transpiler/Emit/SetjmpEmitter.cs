using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// setjmp and longjmp (LowerSetjmp numbered the sites and put the dispatch on the site variable at the top of the
/// body). A function that calls setjmp runs its body inside a try that a longjmp to this activation re-enters at
/// <c>__jmp_resume</c>, with the site to resume at and the value setjmp is to return; <c>setjmp(env)</c> ⇒
/// <c>SetJmp.Mark(env, activation, site, ref value)</c>, which records both in the buffer.
/// </summary>
internal static class SetjmpEmitter
{
    public static IEnumerable<StatementSyntax> ResumableBody(CFunctionDecl function, List<StatementSyntax> statements)
    {
        var site = function.SetjmpSiteVariable!.CsName!;
        yield return ParseStatement($"int {FunctionContext.JmpValue} = 0;");
        yield return ParseStatement($"uint {FunctionContext.JmpActivation} = SetJmp.NewActivation();");
        yield return ParseStatement($"uint {FunctionContext.JmpStackMark} = Stack.Sp;");
        var handler = Block(
            AsStatement(Assign(Member("Stack", "Sp"), Name(FunctionContext.JmpStackMark))),
            AsStatement(Assign(Name(site), Member("__longjmp", "Site"))),
            AsStatement(Assign(Name(FunctionContext.JmpValue), Member("__longjmp", "Value"))),
            GotoStatement(SyntaxKind.GotoStatement, Name("__jmp_resume")));
        var @catch = CatchClause(CatchDeclaration(Type("LongJmpException"), Identifier("__longjmp")),
            CatchFilterClause(Binary(SyntaxKind.EqualsExpression, Member("__longjmp", "Activation"), Name(FunctionContext.JmpActivation))),
            handler);
        yield return LabeledStatement("__jmp_resume", TryStatement(Block(statements), SingletonList(@catch), null));
    }

    /// <summary><c>setjmp(env)</c> at its numbered site.</summary>
    public static Emitted Mark(FunctionContext context, ExpressionGenerator expressions, CCall call)
    {
        int site = context.Function.SetjmpSites[call];
        return new Emitted(Call(Member("SetJmp", "Mark"), new[]
        {
            Argument(expressions.Exact(call.Arguments[0])), Argument(Name(FunctionContext.JmpActivation)),
            Argument(Int(site)),
            RefArgument(Name(FunctionContext.JmpValue)),
        }), CsType.Int);
    }
}
