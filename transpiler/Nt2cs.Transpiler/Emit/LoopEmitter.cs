using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// C's loops as C#'s: while, do and for keep their shape, each iteration starting with a safe point (the machine
/// gets in: interrupts, virtual time), as does a backward goto; a condition's leading effects run inside the loop,
/// and declarations a for header cannot hold go before it, in a block of their own.
/// </summary>
internal sealed class LoopEmitter(FunctionContext context, ExpressionGenerator expressions, StatementGenerator statements)
{
    public StatementSyntax Do(CDoStmt s) => DoStatement(LoopBody(s.Body), expressions.Condition(s.Condition));

    /// <summary>A loop's body, starting with a safe point: every iteration lets the machine in (interrupts, virtual time).</summary>
    private BlockSyntax LoopBody(CStmt statement)
    {
        var body = statements.Body(statement);
        return body.WithStatements(body.Statements.Insert(0, SafePointPoll()));
    }

    /// <summary>
    /// <c>SafePoint.Poll()</c>; in a function written in place, into which the JIT inlines nothing, its fast path
    /// written out, so that a loop's iteration does not cost a call (Lua's luaV_execute polls at every instruction).
    /// </summary>
    public StatementSyntax SafePointPoll() => context.InPlace
        ? IfStatement(Binary(SyntaxKind.LessThanExpression,
            PrefixUnaryExpression(SyntaxKind.PreDecrementExpression, Member(Member("HotState", "Shared"), "Countdown")), Int(0)),
            AsStatement(Call(Member("SafePoint", "Reached"))))
        : AsStatement(Call(Member("SafePoint", "Poll")));

    public StatementSyntax While(CWhileStmt s)
    {
        var (effects, test) = statements.LeadingEffects(s.Condition);
        var body = LoopBody(s.Body);
        if (effects.Count == 0)
            return WhileStatement(expressions.Condition(test), body);
        // while (f(), c) body as while (true) { f(); if (!c) break; body }: a continue still runs f() and tests c.
        var exit = IfStatement(Not(expressions.Condition(test)), BreakStatement());
        return WhileStatement(LiteralExpression(SyntaxKind.TrueLiteralExpression),
            body.WithStatements(body.Statements.InsertRange(1, [.. effects, exit])));
    }

    public IEnumerable<StatementSyntax> For(CForStmt s)
    {
        var condition = s.Condition is null ? null : expressions.Condition(s.Condition);
        var incrementors = s.Increment is null ? [] : ForExpressions(s.Increment);
        var body = LoopBody(s.Body);
        var loop = ForStatement(body).WithCondition(condition).WithIncrementors(SeparatedList(incrementors));
        switch (s.Init)
        {
            case null:
                return [loop];
            case CExprStmt init:
                return [loop.WithInitializers(SeparatedList(ForExpressions(init.Expr)))];
            case CDeclStmt declaration when !context.Function.HoistsLocals && declaration.Variables.All(v => v.Storage == CStorage.Auto && !v.InMemory)
                && declaration.Variables.Select(v => CsTypes.Of(v.Type)).Distinct().Count() == 1:
            {
                var type = CsTypes.Of(declaration.Variables[0].Type);
                var declarators = declaration.Variables.Select(v => VariableDeclarator(v.CsName!).WithInitializer(EqualsValueClause(
                    v.Init is null ? (type.IsNumeric ? Int(0) : Default(type.Name)) : expressions.Implicit(v.Init, type))));
                // Written as C wrote them when all are declared with the same typedef (or none).
                var written = declaration.Variables.Select(v => v.Type.TypedefName).Distinct().Count() == 1
                    ? WrittenTypes.Of(declaration.Variables[0].Type, context.Function.Unit) : Type(type);
                return [loop.WithDeclaration(VariableDeclaration(written).WithVariables(SeparatedList(declarators)))];
            }
            default:
                // Declarations C# cannot put in a for header: declare them before the loop, in a block of their own.
                return [Block(statements.Statement(s.Init).Append(loop))];
        }
    }

    /// <summary>For-header expressions: statement expressions only, commas split into a list.</summary>
    private List<ExpressionSyntax> ForExpressions(CExpr e)
    {
        if (e is CBinary { Op: CBinaryOp.Comma } comma)
            return [.. ForExpressions(comma.Left), .. ForExpressions(comma.Right)];
        if (e is CCast { Kind: CCastKind.ToVoid } cast)
            return ForExpressions(cast.Operand);
        var generated = statements.ExpressionStatements(e).ToList();
        if (generated.Count != 1 || generated[0] is not ExpressionStatementSyntax statement)
            throw TranslationException.Unsupported(e.Location, "conditional with side effects in a for header");
        return [statement.Expression];
    }
}
