using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Structured exception handling. C# exception filters run in the first pass, before inner <c>finally</c> blocks,
/// which is SEH's two-phase order:
/// <c>__try/__except</c> ⇒ <c>try { } catch (Exception e) when (Seh.Enter(e) &amp;&amp; Seh.Decide(filter)) { }</c>,
/// the handler first resetting the guest stack the raise left deeper; <c>__try/__finally</c> ⇒
/// <c>try { …; completed = true; } finally { if (!Seh.TearingDown) { } }</c>, so AbnormalTermination() is
/// <c>!completed</c>; <c>__leave</c> ⇒ a goto to the end of the <c>__try</c>. The intrinsics that read the
/// exception in flight or how a body was left are here too.
/// </summary>
internal sealed class SehEmitter(FunctionContext context, ExpressionGenerator expressions, StatementGenerator statements)
{
    private int _count;

    public IEnumerable<StatementSyntax> Try(CSehTryStmt s)
    {
        var scope = new SehScope(SehPart.Body, ++_count);
        bool leaves = CTree.Statements(s.Body).Any(x => x is CSehLeaveStmt);
        var body = Within(scope, () => s.Body.Items.SelectMany(statements.Statement).ToList());
        if (s.Finally is not null)
        {
            body.Add(AsStatement(Assign(Name(scope.Completed), LiteralExpression(SyntaxKind.TrueLiteralExpression))));
            if (leaves)
                body[^1] = LabeledStatement(scope.Leave, body[^1]);
            var termination = Within(scope with { Part = SehPart.Finally }, () => s.Finally.Items.SelectMany(statements.Statement).ToList());
            var completed = LocalDeclarationStatement(VariableDeclaration(Type("bool")).WithVariables(SingletonSeparatedList(
                VariableDeclarator(scope.Completed).WithInitializer(EqualsValueClause(LiteralExpression(SyntaxKind.FalseLiteralExpression))))));
            // A process ending inside the __try runs no termination handler (Seh.TearingDown).
            var guarded = IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Member("Seh", "TearingDown")), Block(termination));
            return [completed, TryStatement(Block(body), default, FinallyClause(Block(guarded)))];
        }
        if (leaves)
            body.Add(LabeledStatement(scope.Leave, EmptyStatement()));
        var filter = Within(scope with { Part = SehPart.Filter }, () => expressions.Exact(s.Filter!));
        var handler = Within(scope with { Part = SehPart.Handler }, () =>
            new List<StatementSyntax> { AsStatement(Assign(Member("Stack", "Sp"), Name(scope.StackMark))) }
                .Concat(s.Handler!.Items.SelectMany(statements.Statement)).ToList());
        var mark = LocalDeclarationStatement(VariableDeclaration(Type("uint")).WithVariables(SingletonSeparatedList(
            VariableDeclarator(scope.StackMark).WithInitializer(EqualsValueClause(Member("Stack", "Sp"))))));
        var when = Binary(SyntaxKind.LogicalAndExpression, Call(Member("Seh", "Enter"), Name(scope.Exception)),
            Call(Member("Seh", "Decide"), filter));
        var @catch = CatchClause(CatchDeclaration(Type("System.Exception"), Identifier(scope.Exception)), CatchFilterClause(when), Block(handler));
        return [mark, TryStatement(Block(body), SingletonList(@catch), null)];
    }

    /// <summary><c>__leave</c> ⇒ <c>goto __leaveN;</c>, the label at the end of the innermost <c>__try</c> body.</summary>
    public StatementSyntax Leave(CSehLeaveStmt s)
    {
        var scope = context.Seh.LastOrDefault(x => x.Part == SehPart.Body)
            ?? throw new TranslationException(s.Location, "__leave outside a __try block");
        return GotoStatement(SyntaxKind.GotoStatement, Name(scope.Leave));
    }

    /// <summary>Generates <paramref name="part"/> of a <c>__try</c> with the scope open, so the intrinsics inside know where they are.</summary>
    private T Within<T>(SehScope part, Func<T> generate)
    {
        context.Seh.Add(part);
        try
        {
            return generate();
        }
        finally
        {
            context.Seh.RemoveAt(context.Seh.Count - 1);
        }
    }

    /// <summary><c>GetExceptionCode()</c>: the exception in flight in a filter, the one caught in a handler.</summary>
    public static Emitted ExceptionCode(FunctionContext context, CCall call)
    {
        var scope = context.Seh.LastOrDefault(s => s.Part is SehPart.Filter or SehPart.Handler)
            ?? throw new TranslationException(call.Location, "GetExceptionCode() outside an __except filter or block");
        return new Emitted(scope.Part == SehPart.Filter ? Call(Member("Seh", "Code")) : Call(Member("Seh", "Code"), Name(scope.Exception)), CsType.Int);
    }

    /// <summary><c>GetExceptionInformation()</c>: the exception and context records, in a filter only.</summary>
    public static Emitted ExceptionInformation(FunctionContext context, CCall call)
    {
        if (context.Seh.LastOrDefault()?.Part != SehPart.Filter)
            throw new TranslationException(call.Location, "GetExceptionInformation() outside an __except filter");
        return new Emitted(Call(Member("Seh", "Information")), CsTypes.PointerTo(CVoidType.Instance));
    }

    /// <summary><c>AbnormalTermination()</c>: whether the <c>__try</c> body was left other than by falling off its end or <c>__leave</c>.</summary>
    public static Emitted AbnormalTermination(FunctionContext context, CCall call)
    {
        var scope = context.Seh.LastOrDefault(s => s.Part == SehPart.Finally)
            ?? throw new TranslationException(call.Location, "AbnormalTermination() outside a __finally block");
        return new Emitted(Conditional(Name(scope.Completed), Int(0), Int(1)), CsType.Int);
    }
}

public enum SehPart
{
    /// <summary>A <c>__try</c> body: <c>__leave</c> jumps to its end.</summary>
    Body,
    /// <summary>An <c>__except</c> filter expression: GetExceptionCode and GetExceptionInformation read the exception in flight.</summary>
    Filter,
    /// <summary>An <c>__except</c> block: GetExceptionCode reads the exception it caught.</summary>
    Handler,
    /// <summary>A <c>__finally</c> block: AbnormalTermination reads how the body was left.</summary>
    Finally,
}

/// <summary>One part of a <c>__try</c> statement, with the C# names the translation gave it.</summary>
public sealed record SehScope(SehPart Part, int Number)
{
    public string Exception => $"__exception{Number}";
    public string Completed => $"__completed{Number}";
    public string Leave => $"__leave{Number}";
    public string StackMark => $"__sp{Number}";
}
