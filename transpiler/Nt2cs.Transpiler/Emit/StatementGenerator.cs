using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// C statements as C# statements, keeping C's structure: blocks, if, the loops (each iteration polling a safe
/// point), goto and labels (in a function with jumps, locals are declared at the top so no jump skips a C#
/// declaration), return, and expressions in statement position. SEH, switch and initializers have emitters of their
/// own, and so do loops. Every statement carries a <c>#line</c> to its C line.
/// </summary>
internal sealed class StatementGenerator
{
    private readonly FunctionContext _context;
    private readonly ExpressionGenerator _expressions;
    private readonly FunctionGenerator _function;
    private readonly SehEmitter _seh;
    private readonly SwitchEmitter _switches;
    private readonly InitializerEmitter _initializers;
    private readonly LoopEmitter _loops;

    public StatementGenerator(FunctionContext context, ExpressionGenerator expressions, FunctionGenerator function)
    {
        _context = context;
        _expressions = expressions;
        _function = function;
        _seh = new SehEmitter(context, expressions, this);
        _switches = new SwitchEmitter(expressions, this);
        _initializers = new InitializerEmitter(expressions);
        _loops = new LoopEmitter(context, expressions, this);
    }

    private CFunctionDecl Function => _context.Function;

    /// <summary>The C# for one statement, the first with the statement's <c>#line</c>.</summary>
    public IEnumerable<StatementSyntax> Statement(CStmt statement)
    {
        List<StatementSyntax> generated;
        try
        {
            generated = Generate(statement).ToList();
        }
        catch (Exception e) when (e is not (TranslationException or InternalTranslationException))
        {
            throw new InternalTranslationException(statement.Location, e);
        }
        if (generated.Count > 0 && statement is not CCompoundStmt)
            generated[0] = _function.WithLine(generated[0], statement.Location);
        return generated;
    }

    private IEnumerable<StatementSyntax> Generate(CStmt statement)
    {
        switch (statement)
        {
            case CCompoundStmt compound:
                return [Block(compound.Items.SelectMany(Statement))];
            case CDeclStmt declaration:
                return declaration.Variables.SelectMany(Declaration);
            case CExprStmt expression:
                return ExpressionStatements(expression.Expr);
            case CNullStmt:
                return []; // where C# needs a statement (a label's), the caller puts an empty one
            case CIfStmt s:
                return [If(s)];
            case CWhileStmt s:
                return [_loops.While(s)];
            case CDoStmt s:
                return [_loops.Do(s)];
            case CForStmt s:
                return _loops.For(s);
            case CSwitchStmt s:
                return _switches.Switch(s);
            case CBreakStmt:
                return [BreakStatement()];
            case CContinueStmt:
                return [ContinueStatement()];
            case CReturnStmt s:
                return Return(s);
            case CGotoStmt { IsBackward: true } s:
                return [_loops.SafePointPoll(), GotoStatement(SyntaxKind.GotoStatement, Name(LabelName(s.Label)))];
            case CGotoStmt s:
                return [GotoStatement(SyntaxKind.GotoStatement, Name(LabelName(s.Label)))];
            case CLabelStmt s:
            {
                var body = Statement(s.Body).ToList();
                if (body.Count == 0)
                    body.Add(EmptyStatement());
                body[0] = LabeledStatement(LabelName(s.Label), body[0]);
                return body;
            }
            case CSehTryStmt s:
                return _seh.Try(s);
            case CSehLeaveStmt s:
                return [_seh.Leave(s)];
            case CCaseStmt or CDefaultStmt:
                throw TranslationException.Unsupported(statement.Location, "case label outside the top level of a switch");
            default:
                throw TranslationException.Unsupported(statement.Location, $"statement {statement.GetType().Name}");
        }
    }

    private static string LabelName(string label) => CsNames.Escape(label);

    /// <summary>The statements of a block (or of one statement) as a C# block.</summary>
    public BlockSyntax Body(CStmt statement) => statement is CCompoundStmt compound
        ? Block(compound.Items.SelectMany(Statement))
        : Block(Statement(statement));

    private StatementSyntax If(CIfStmt s)
    {
        var (effects, test) = LeadingEffects(s.Condition);
        var @if = IfStatement(_expressions.Condition(test), Body(s.Then));
        if (s.Else is CIfStmt elseIf)
            @if = @if.WithElse(ElseClause(_function.WithLine(If(elseIf), elseIf.Location)));
        else if (s.Else is not null)
            @if = @if.WithElse(ElseClause(Body(s.Else)));
        return effects.Count == 0 ? @if : Block(effects.Append(@if));
    }

    /// <summary>
    /// An expression's leading comma operands, when the comma has no C# value (<c>while (save(ls), next(ls) != EOZ)</c>
    /// or <c>n = (check(L), len(L))</c>, check being void: C# cannot call a void method inside an expression), as
    /// statements to run first, and the rest. Only the top of a full expression (through conversions) is peeled, which
    /// keeps C's order: the comma's left runs before all else there.
    /// </summary>
    public (List<StatementSyntax> Effects, CExpr Remainder) LeadingEffects(CExpr expr)
    {
        var effects = new List<StatementSyntax>();
        return (effects, Peel(expr));

        CExpr Peel(CExpr e)
        {
            switch (e)
            {
                case CBinary { Op: CBinaryOp.Comma } comma when ExpressionGenerator.HasNoValue(comma):
                    effects.AddRange(ExpressionStatements(comma.Left));
                    return Peel(comma.Right);
                case CCast { Kind: not CCastKind.ToVoid } cast when ExpressionGenerator.HasNoValue(cast.Operand):
                    return new CCast(cast.Location, cast.Type, cast.Kind, Peel(cast.Operand), cast.IsImplicit);
                default:
                    return e;
            }
        }
    }

    private IEnumerable<StatementSyntax> Return(CReturnStmt s)
    {
        if (_context.Seh.Any(scope => scope.Part == SehPart.Finally))
            throw TranslationException.Unsupported(s.Location, "return from a __finally block");
        if (s.Value is null)
            return _function.ReturnVoid();
        if (LeadingEffects(s.Value) is ({ Count: > 0 } effects, var rest))
            return [.. effects, .. Return(new CReturnStmt(s.Location, rest))];
        if (Function.Type.Result.IsVoid)
            return [.. ExpressionStatements(s.Value), .. _function.ReturnVoid()];
        ExpressionSyntax value;
        if (Function.Type.Result is CRecordType)
            value = Call(Member(Name("__result"), "Assign"), _expressions.Value(s.Value).Syntax);
        else
            value = _function.ReturnsThroughLeave
                ? ExpressionGenerator.ConvertibleTo(_expressions.Value(s.Value), CsTypes.Of(Function.Type.Result)).Syntax
                : _expressions.Implicit(s.Value, CsTypes.Of(Function.Type.Result));
        return [ReturnStatement(_function.Leave(value))];
    }

    /// <summary>A C expression in statement position: C# accepts only calls, assignments and increments there.</summary>
    public IEnumerable<StatementSyntax> ExpressionStatements(CExpr e)
    {
        switch (e)
        {
            // __assume(e) and __noop(…) do not evaluate their operands.
            case CCall { Direct: { Name: "__assume" or "__noop", Definition: null } }:
                return [];
            // va_end has nothing to release here; only its operand's side effects would remain.
            case CCall { Direct: { Name: "__builtin_va_end", Definition: null } } end when !ExpressionGenerator.HasSideEffects(end.Arguments[0]):
                return [];
            // A bitfield's old value, which s.f++ gives, is not used as a statement: the store alone, as for ++s.f.
            case CUnary { Op: CUnaryOp.PostInc or CUnaryOp.PostDec, Operand: CMember { Field.IsBitField: true } } post:
                return ExpressionStatements(new CUnary(post.Location, post.Type, post.Op == CUnaryOp.PostInc ? CUnaryOp.PreInc : CUnaryOp.PreDec, post.Operand));
            case CBinary { Op: CBinaryOp.Comma } comma:
                return [.. ExpressionStatements(comma.Left), .. ExpressionStatements(comma.Right)];
            case CCast { Kind: CCastKind.ToVoid } cast:
                return ExpressionStatements(cast.Operand);
            // (void)0 from a disabled assert, (void)L for an unused parameter: a constant, or a variable read that is
            // not volatile, does nothing as a statement.
            case CIntLiteral or CFloatLiteral or CDeclRef { Type.IsVolatile: false }:
                return [];
            case CAssign assign when LeadingEffects(assign.Value) is ({ Count: > 0 } effects, var rest):
                return [.. effects, .. ExpressionStatements(new CAssign(assign.Location, assign.Type, assign.Op, assign.Target, rest))];
            case CAssign assign when _expressions.InPlaceRecordCopy(assign) is { } copy:
                return [AsStatement(copy)];
            case CConditional conditional when conditional.Type.IsVoid || ExpressionGenerator.HasSideEffects(conditional.Then) || ExpressionGenerator.HasSideEffects(conditional.Else):
                return [IfElse(conditional)];
            case CBinary { Op: CBinaryOp.LogicalAnd } both when ExpressionGenerator.HasSideEffects(both.Right):
                return [IfStatement(_expressions.Condition(both.Left), Block(ExpressionStatements(both.Right)))];
            case CBinary { Op: CBinaryOp.LogicalOr } either when ExpressionGenerator.HasSideEffects(either.Right):
                return [IfStatement(Not(_expressions.Condition(either.Left)), Block(ExpressionStatements(either.Right)))];
        }
        var value = _expressions.Value(e);
        if (value.Syntax is InvocationExpressionSyntax or AssignmentExpressionSyntax or PostfixUnaryExpressionSyntax
            || value.Syntax is PrefixUnaryExpressionSyntax p && p.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression)
            return [AsStatement(value.Syntax)];
        if (value.Type.Kind == CsKind.Void)
            throw TranslationException.Unsupported(e.Location, "void expression statement");
        return [AsStatement(Assign(Name("_"), value.Syntax))];
    }

    /// <summary><c>c ? a : b</c> as a statement: <c>if (c) { a } else { b }</c>, an empty branch left out (an assert's <c>(void)0</c>).</summary>
    private StatementSyntax IfElse(CConditional conditional)
    {
        var test = _expressions.Condition(conditional.Condition);
        var then = ExpressionStatements(conditional.Then).ToList();
        var otherwise = ExpressionStatements(conditional.Else).ToList();
        return (then.Count, otherwise.Count) switch
        {
            (0, 0) => AsStatement(Assign(Name("_"), test)),
            (_, 0) => IfStatement(test, Block(then)),
            (0, _) => IfStatement(Not(test), Block(otherwise)),
            _ => IfStatement(test, Block(then)).WithElse(ElseClause(Block(otherwise))),
        };
    }

    private IEnumerable<StatementSyntax> Declaration(CVarDecl local)
    {
        if (local.Storage != CStorage.Auto)
            return [];
        if (local.Init is { } init && LeadingEffects(init) is ({ Count: > 0 } effects, var rest))
        {
            // The declaration with the rest as its initializer; the AST is left as it was (a __finally body, for
            // one, is generated more than once).
            local.Init = rest;
            try
            {
                return [.. effects, .. Declaration(local)];
            }
            finally
            {
                local.Init = init;
            }
        }
        if (local.InMemory)
            return local.Init is null ? [] : _initializers.Initialize(local);
        if (Function.HoistsLocals)
            return local.Init is null ? [] : [AsStatement(Assign(Name(local.CsName!), _expressions.Implicit(local.Init, CsTypes.Of(local.Type))))];
        var value = local.Init is null ? null : _expressions.Implicit(local.Init, CsTypes.Of(local.Type));
        return [FunctionGenerator.Declare(local, value, Function.Unit)];
    }
}
