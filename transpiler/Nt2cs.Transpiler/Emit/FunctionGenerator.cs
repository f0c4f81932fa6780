using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Lowering;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Generates one C function as a static method. The method enters a guest frame (<c>var frame = Stack.Enter(n)</c>)
/// that holds the function's in-memory locals, binds those locals at entry, and leaves the frame on every return.
/// Statements keep C's structure; in a function with <c>goto</c>, locals are declared at the top so jumps never
/// skip a C# declaration.
/// </summary>
internal sealed class FunctionGenerator
{
    private readonly CImage _image;
    private readonly CFunctionDecl _function;
    private readonly EmitOptions _options;
    private readonly ExpressionGenerator _expressions;
    private readonly bool _hoistLocals;
    private readonly FunctionContext _context;

    /// <summary>
    /// A function that returns from inside a <c>__try</c> guarded by a <c>__finally</c> leaves its frame in a C#
    /// <c>finally</c>: the termination handler may still use the frame (and call functions) after the
    /// <c>return</c> has computed its value.
    /// </summary>
    private readonly bool _leaveInFinally;
    private int _sehCount;

    /// <summary>The gotos whose label comes first in the source: loops written with goto, which poll a safe point.</summary>
    private readonly HashSet<CGotoStmt> _backwardJumps;

    public FunctionGenerator(CImage image, CFunctionDecl function, EmitOptions options)
    {
        _image = image;
        _function = function;
        _options = options;
        _context = new FunctionContext(image, function, options);
        _expressions = new ExpressionGenerator(_context, image);
        _hoistLocals = CTree.Statements(function.Body!).Any(s => s is CGotoStmt or CLabelStmt);
        _backwardJumps = BackwardJumps(function.Body!);
        // A __finally may run after a return has computed its value: the frame must outlive it. Without such a
        // return the plain shape holds (a __finally run by an exception leaves the stack pointer to the handler
        // that catches it, as an __except's handler does), and the JIT keeps the function's locals in registers.
        _leaveInFinally = CTree.Statements(function.Body!).Any(s => s is CSehTryStmt { Finally: not null } guarded &&
            CTree.Statements(guarded.Body).Any(inner => inner is CReturnStmt));
    }

    private static ExpressionSyntax FrameName => Name(FunctionContext.Frame);

    public MethodDeclarationSyntax Generate()
    {
        var type = _function.Type;
        var returnType = type.Result.IsVoid ? "void" : CsTypes.Of(type.Result).Name;
        var parameters = new List<ParameterSyntax>();
        if (type.Result is CRecordType)
            parameters.Add(Parameter(Identifier("__result")).WithType(Type(returnType)));
        foreach (var parameter in _function.Parameters)
            parameters.Add(Parameter(Identifier(ParameterName(parameter))).WithType(Type(CsTypes.Of(parameter.Type))));
        if (type.IsVariadic)
            parameters.Add(Parameter(Identifier(FunctionContext.VariadicArguments)).WithType(Type("Ptr<sbyte>")));

        var body = new List<StatementSyntax>();
        body.AddRange(Prologue());
        var statements = _function.Body!.Items.SelectMany(Statement).ToList();
        if (EndIsReachable(_function.Body) && FinalReturn() is { } final)
            statements.Add(WithLine(final, LastLine()));
        body.AddRange(_function.SetjmpSites.Count > 0 ? ResumableBody(statements) : statements);
        if (_leaveInFinally)
        {
            var enter = body[0];
            body = [enter, TryStatement(Block(body.Skip(1)), default, FinallyClause(Block(AsStatement(Call(Member(FrameName, "Unwind"))))))];
        }

        var modifiers = TokenList(Token(_function.IsStatic ? SyntaxKind.PrivateKeyword : SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword));
        var method = MethodDeclaration(Type(returnType), Identifier(_function.CsName!));
        method = method.WithAttributeLists(SingletonList(AttributeList(SingletonSeparatedList(
            Attribute(ParseName("MethodImpl"), AttributeArgumentList(SingletonSeparatedList(AttributeArgument(
                ParseExpression(string.Join(" | ", MethodImplOptions().Select(o => "MethodImplOptions." + o)))))))))));
        return method
            .WithModifiers(modifiers)
            .WithParameterList(ParameterList(SeparatedList(parameters)))
            .WithBody(Block(body))
            .WithLeadingTrivia(Comment($"// {Source(_function.Location)}: {_function.Type.SpellingWith(_function.Name)}"), ElasticCarriageReturnLineFeed);
    }

    /// <summary>The statement count up to which a loop-free function holding a <c>__try</c> is inlined.</summary>
    private const int SmallGuardedFunction = 16;

    /// <summary>What the JIT is told about the function.</summary>
    private IEnumerable<string> MethodImplOptions()
    {
        // Compiled fully optimised on first call, never tiered: translated programs run for seconds, and tiering
        // would run their hot loops as on-stack-replacement code and their small functions unoptimised for the
        // first calls (bench/run about 10% and bench/machine about 15% slower tiered).
        yield return "AggressiveOptimization";
        // main runs once; kept out of its caller so fault reports always find a frame in C. A function with a loop
        // stays a call too: inlined into a caller's loop, the nest's values outnumber the registers that survive
        // the safe-point and memory slow-path calls, and the inner loop spills to the host stack (bench/machine:
        // the sum loop ran about 20% slower inlined). _ReturnAddress needs its caller's and their caller's frames.
        if ((_function.Name == "main" && !_function.IsStatic) || _function.IsNoInline || _function.KeepsOwnFrame || HasLoop())
        {
            yield return "NoInlining";
            yield break;
        }
        // Without profile data the JIT inlines a method holding a try region only when asked: a small guarded
        // function (an NT probe wrapper) would stay a call that plain code of the same size would not be
        // (bench/seh: 1.4x of the same work unguarded).
        var statements = CTree.Statements(_function.Body!).ToList();
        if (statements.Any(s => s is CSehTryStmt) && statements.Count <= SmallGuardedFunction)
            yield return "AggressiveInlining";
    }

    private bool HasLoop() => _backwardJumps.Count > 0 ||
        CTree.Statements(_function.Body!).Any(s => s is CForStmt or CWhileStmt or CDoStmt);

    private static string ParameterName(CVarDecl parameter) => parameter.InMemory ? parameter.CsName + "_in" : parameter.CsName!;

    private string Source(SourceLoc location) => $"{_options.SourcePath(location.File)}:{location.Line}";

    private StatementSyntax WithLine(StatementSyntax statement, SourceLoc location) =>
        location.IsNone ? statement : Syntax.WithLine(statement, _options.SourcePath(location.File), location.Line);

    private SourceLoc LastLine() => _function.Body!.Items.Count > 0 ? _function.Body.Items[^1].Location : _function.Location;

    /// <summary>Frame entry, in-memory parameters copied in, in-memory locals bound, hoisted locals declared.</summary>
    private IEnumerable<StatementSyntax> Prologue()
    {
        var enter = LocalDeclarationStatement(VariableDeclaration(IdentifierName("var")).WithVariables(SingletonSeparatedList(
            VariableDeclarator(FunctionContext.Frame).WithInitializer(EqualsValueClause(
                _function.FrameAlign > 16
                    ? Call(Member("Stack", "Enter"), Hex(_function.FrameSize), Hex(_function.FrameAlign))
                    : Call(Member("Stack", "Enter"), Hex(_function.FrameSize)))))));
        yield return WithLine(enter, _function.Location);
        foreach (var local in _function.Locals.Where(l => l.InMemory))
        {
            yield return Bind(local);
            if (local.IsParameter)
            {
                var incoming = Name(ParameterName(local));
                yield return local.Type is CRecordType
                    ? AsStatement(Call(Member(Name(local.CsName!), "Assign"), incoming))
                    : AsStatement(Assign(Name(local.CsName!), incoming));
            }
        }
        if (_hoistLocals)
        {
            foreach (var local in _function.Locals.Where(l => !l.InMemory && !l.IsParameter))
                yield return Declare(local, null);
        }
    }

    /// <summary>
    /// A function that calls setjmp: its body runs inside a loop that a longjmp to this activation re-enters, with
    /// the site to resume at and the value setjmp is to return (the body starts by dispatching on the site).
    /// </summary>
    private IEnumerable<StatementSyntax> ResumableBody(List<StatementSyntax> statements)
    {
        var site = _function.SetjmpSiteVariable!.CsName!;
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

    /// <summary><c>ref int x = ref frame.Local&lt;int&gt;(8);</c> or <c>Ptr&lt;S&gt; s = frame.At&lt;S&gt;(8);</c></summary>
    private StatementSyntax Bind(CVarDecl local)
    {
        if (local.Type is CRecordType or CArrayType)
        {
            var pointee = CsTypes.PointeeName(local.Type is CArrayType array ? array.Element : local.Type);
            return LocalDeclarationStatement(VariableDeclaration(Type(CsTypes.Of(local.Type))).WithVariables(SingletonSeparatedList(
                VariableDeclarator(local.CsName!).WithInitializer(EqualsValueClause(LocalStorage.Pointer(_function, local, pointee))))));
        }
        var type = CsTypes.Of(local.Type);
        return LocalDeclarationStatement(VariableDeclaration(RefType(Type(type))).WithVariables(SingletonSeparatedList(
            VariableDeclarator(local.CsName!).WithInitializer(EqualsValueClause(LocalStorage.Reference(_function, local, type.Name))))));
    }

    private LocalDeclarationStatementSyntax Declare(CVarDecl local, ExpressionSyntax? value)
    {
        var type = CsTypes.Of(local.Type);
        value ??= type.IsNumeric ? Int(0) : Default(type.Name);
        return LocalDeclarationStatement(VariableDeclaration(Type(type)).WithVariables(SingletonSeparatedList(
            VariableDeclarator(local.CsName!).WithInitializer(EqualsValueClause(value)))));
    }

    private StatementSyntax? FinalReturn()
    {
        var result = _function.Type.Result;
        if (result.IsVoid)
            return _leaveInFinally ? null : AsStatement(Call(Member(FrameName, LeaveMethod)));
        // Falling off the end: C99 makes main return 0; any other use of the value is undefined, so 0 too.
        var zero = result is CRecordType ? (ExpressionSyntax)Name("__result") : CsTypes.Of(result).IsNumeric ? Int(0) : Default(CsTypes.Of(result).Name);
        return ReturnStatement(Leave(zero));
    }

    /// <summary>The value a return hands back, leaving the frame first unless a C# finally does it.</summary>
    private ExpressionSyntax Leave(ExpressionSyntax value) => _leaveInFinally ? value : Call(Member(FrameName, LeaveMethod), value);

    /// <summary>
    /// <c>Leave</c> pops the frame from its base, where the stack pointer is when a function returns normally;
    /// after <c>_alloca</c> it is below, and <c>Unwind</c> pops from any depth.
    /// </summary>
    private string LeaveMethod => _function.CallsAlloca ? "Unwind" : "Leave";

    private IEnumerable<StatementSyntax> ReturnVoid() =>
        _leaveInFinally ? [ReturnStatement()] : [AsStatement(Call(Member(FrameName, LeaveMethod))), ReturnStatement()];

    private static bool EndIsReachable(CStmt statement) => statement switch
    {
        CReturnStmt or CGotoStmt => false,
        CCompoundStmt { Items.Count: > 0 } compound => EndIsReachable(compound.Items[^1]),
        CIfStmt { Else: { } @else } s => EndIsReachable(s.Then) || EndIsReachable(@else),
        _ => true,
    };

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
            generated[0] = WithLine(generated[0], statement.Location);
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
                return [EmptyStatement()];
            case CIfStmt s:
                return [If(s)];
            case CWhileStmt s:
                return [WhileStatement(_expressions.Condition(s.Condition), LoopBody(s.Body))];
            case CDoStmt s:
                return [DoStatement(LoopBody(s.Body), _expressions.Condition(s.Condition))];
            case CForStmt s:
                return For(s);
            case CSwitchStmt s:
                return Switch(s);
            case CBreakStmt:
                return [BreakStatement()];
            case CContinueStmt:
                return [ContinueStatement()];
            case CReturnStmt s:
                return Return(s);
            case CGotoStmt s when _backwardJumps.Contains(s):
                return [SafePointPoll(), GotoStatement(SyntaxKind.GotoStatement, Name(LabelName(s.Label)))];
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
                return SehTry(s);
            case CSehLeaveStmt:
            {
                var scope = _context.Seh.LastOrDefault(x => x.Part == SehPart.Body)
                    ?? throw new TranslationException(statement.Location, "__leave outside a __try block");
                return [GotoStatement(SyntaxKind.GotoStatement, Name(scope.Leave))];
            }
            case CCaseStmt or CDefaultStmt:
                throw TranslationException.Unsupported(statement.Location, "case label outside the top level of a switch");
            default:
                throw TranslationException.Unsupported(statement.Location, $"statement {statement.GetType().Name}");
        }
    }

    private static string LabelName(string label) => CsNames.Escape(label);

    private BlockSyntax Body(CStmt statement) => statement is CCompoundStmt compound
        ? Block(compound.Items.SelectMany(Statement))
        : Block(Statement(statement));

    /// <summary>A loop's body, starting with a safe point: every iteration lets the machine in (interrupts, virtual time).</summary>
    private BlockSyntax LoopBody(CStmt statement)
    {
        var body = Body(statement);
        return body.WithStatements(body.Statements.Insert(0, SafePointPoll()));
    }

    private static StatementSyntax SafePointPoll() => AsStatement(Call(Member("SafePoint", "Poll")));

    private static HashSet<CGotoStmt> BackwardJumps(CStmt body)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var backward = new HashSet<CGotoStmt>();
        foreach (var statement in CTree.Statements(body))
        {
            if (statement is CLabelStmt label)
                seen.Add(label.Label);
            else if (statement is CGotoStmt jump && seen.Contains(jump.Label))
                backward.Add(jump);
        }
        return backward;
    }

    private StatementSyntax If(CIfStmt s)
    {
        var @if = IfStatement(_expressions.Condition(s.Condition), Body(s.Then));
        if (s.Else is CIfStmt elseIf)
            return @if.WithElse(ElseClause(WithLine(If(elseIf), elseIf.Location)));
        return s.Else is null ? @if : @if.WithElse(ElseClause(Body(s.Else)));
    }

    private IEnumerable<StatementSyntax> Return(CReturnStmt s)
    {
        if (_context.Seh.Any(scope => scope.Part == SehPart.Finally))
            throw TranslationException.Unsupported(s.Location, "return from a __finally block");
        if (s.Value is null)
            return ReturnVoid();
        if (_function.Type.Result.IsVoid)
            return [.. ExpressionStatements(s.Value), .. ReturnVoid()];
        ExpressionSyntax value;
        if (_function.Type.Result is CRecordType)
            value = Call(Member(Name("__result"), "Assign"), _expressions.Value(s.Value).Syntax);
        else
            value = _expressions.Implicit(s.Value, CsTypes.Of(_function.Type.Result));
        return [ReturnStatement(Leave(value))];
    }

    /// <summary>
    /// <c>__try/__except</c> ⇒ <c>try { } catch (Exception e) when (Seh.Enter(e) &amp;&amp; Seh.Decide(filter)) { }</c>,
    /// the handler first resetting the guest stack the raise left deeper; <c>__try/__finally</c> ⇒
    /// <c>try { …; completed = true; } finally { if (!Seh.TearingDown) { } }</c>, so AbnormalTermination() is
    /// <c>!completed</c>.
    /// </summary>
    private IEnumerable<StatementSyntax> SehTry(CSehTryStmt s)
    {
        int number = ++_sehCount;
        var scope = new SehScope(SehPart.Body, number);
        bool leaves = CTree.Statements(s.Body).Any(x => x is CSehLeaveStmt);
        _context.Seh.Add(scope);
        var body = s.Body.Items.SelectMany(Statement).ToList();
        _context.Seh.RemoveAt(_context.Seh.Count - 1);
        if (s.Finally is not null)
        {
            body.Add(AsStatement(Assign(Name(scope.Completed), LiteralExpression(SyntaxKind.TrueLiteralExpression))));
            if (leaves)
                body[^1] = LabeledStatement(scope.Leave, body[^1]);
            _context.Seh.Add(scope with { Part = SehPart.Finally });
            var termination = s.Finally.Items.SelectMany(Statement).ToList();
            _context.Seh.RemoveAt(_context.Seh.Count - 1);
            var completed = LocalDeclarationStatement(VariableDeclaration(Type("bool")).WithVariables(SingletonSeparatedList(
                VariableDeclarator(scope.Completed).WithInitializer(EqualsValueClause(LiteralExpression(SyntaxKind.FalseLiteralExpression))))));
            // A process ending inside the __try runs no termination handler (Seh.TearingDown).
            var guarded = IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Member("Seh", "TearingDown")), Block(termination));
            return [completed, TryStatement(Block(body), default, FinallyClause(Block(guarded)))];
        }
        if (leaves)
            body.Add(LabeledStatement(scope.Leave, EmptyStatement()));
        _context.Seh.Add(scope with { Part = SehPart.Filter });
        var filter = _expressions.Exact(s.Filter!);
        _context.Seh.RemoveAt(_context.Seh.Count - 1);
        _context.Seh.Add(scope with { Part = SehPart.Handler });
        var handler = new List<StatementSyntax> { AsStatement(Assign(Member("Stack", "Sp"), Name(scope.StackMark))) };
        handler.AddRange(s.Handler!.Items.SelectMany(Statement));
        _context.Seh.RemoveAt(_context.Seh.Count - 1);
        var mark = LocalDeclarationStatement(VariableDeclaration(Type("uint")).WithVariables(SingletonSeparatedList(
            VariableDeclarator(scope.StackMark).WithInitializer(EqualsValueClause(Member("Stack", "Sp"))))));
        var when = Binary(SyntaxKind.LogicalAndExpression, Call(Member("Seh", "Enter"), Name(scope.Exception)),
            Call(Member("Seh", "Decide"), filter));
        var @catch = CatchClause(CatchDeclaration(Type("System.Exception"), Identifier(scope.Exception)), CatchFilterClause(when), Block(handler));
        return [mark, TryStatement(Block(body), SingletonList(@catch), null)];
    }

    /// <summary>A C expression in statement position: C# accepts only calls, assignments and increments there.</summary>
    public IEnumerable<StatementSyntax> ExpressionStatements(CExpr e)
    {
        switch (e)
        {
            // __assume(e) and __noop(…) do not evaluate their operands.
            case CCall { Direct: { Name: "__assume" or "__noop", Definition: null } }:
                return [];
            case CBinary { Op: CBinaryOp.Comma } comma:
                return [.. ExpressionStatements(comma.Left), .. ExpressionStatements(comma.Right)];
            case CCast { Kind: CCastKind.ToVoid } cast:
                return ExpressionStatements(cast.Operand);
            case CConditional conditional when conditional.Type.IsVoid || ExpressionGenerator.HasSideEffects(conditional.Then) || ExpressionGenerator.HasSideEffects(conditional.Else):
                return [IfStatement(_expressions.Condition(conditional.Condition), Block(ExpressionStatements(conditional.Then)))
                    .WithElse(ElseClause(Block(ExpressionStatements(conditional.Else))))];
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

    private IEnumerable<StatementSyntax> Declaration(CVarDecl local)
    {
        if (local.Storage != CStorage.Auto)
            return [];
        if (local.InMemory)
            return local.Init is null ? [] : Initialize(local);
        if (_hoistLocals)
            return local.Init is null ? [] : [AsStatement(Assign(Name(local.CsName!), _expressions.Implicit(local.Init, CsTypes.Of(local.Type))))];
        var value = local.Init is null ? null : _expressions.Implicit(local.Init, CsTypes.Of(local.Type));
        return [Declare(local, value)];
    }

    /// <summary>Initialises an in-memory local: a scalar store, a struct copy, or a zeroed aggregate filled item by item.</summary>
    private IEnumerable<StatementSyntax> Initialize(CVarDecl local)
    {
        var name = Name(local.CsName!);
        var init = local.Init!;
        if (local.Type is not (CRecordType or CArrayType))
        {
            yield return AsStatement(Assign(name, _expressions.Implicit(init, CsTypes.Of(local.Type))));
            yield break;
        }
        if (init is not CInitList list)
        {
            yield return AsStatement(Call(Member(name, "Assign"), _expressions.Value(init).Syntax));
            yield break;
        }
        yield return AsStatement(Call(Member(name, "Zero"), Hex((uint)local.Type.Size)));
        foreach (var item in list.Items)
            yield return InitializeItem(name, local.Type, item);
    }

    private StatementSyntax InitializeItem(ExpressionSyntax @object, CType type, CInitItem item)
    {
        if (item.BitField is not null)
        {
            var holder = SubobjectAddress(@object, type, item.Offset, item.Target!);
            return AsStatement(Call(Member(Member(holder, "W"), "Set_" + item.BitField.Name),
                _expressions.Implicit(item.Value, CsTypes.Of(item.BitField.Type))));
        }
        if (item.Target is CArrayType target && item.Value is CStringLiteral text)
        {
            var destination = SubobjectAddress(@object, type, item.Offset, target);
            long bytes = Math.Min(target.Size == 0 ? text.Bytes.Length + text.ElementSize : target.Size, text.Bytes.Length + text.ElementSize);
            return AsStatement(Call(Member("Mem", "Copy"), Member(destination, "Address"),
                Member(_expressions.Address(text).Syntax, "Address"), Hex((uint)bytes)));
        }
        if (item.Value.Type is CRecordType record)
        {
            var destination = SubobjectAddress(@object, type, item.Offset, record);
            return AsStatement(Call(Member(destination, "Assign"), _expressions.Value(item.Value).Syntax));
        }
        var lvalue = SubobjectLValue(@object, type, item.Offset, item.Value.Type);
        return AsStatement(Assign(lvalue, _expressions.Implicit(item.Value, CsTypes.Of(item.Value.Type))));
    }

    /// <summary>A store target for the scalar at <paramref name="offset"/> inside an object of <paramref name="type"/>: <c>s.W.x</c>, <c>a.W[3]</c>.</summary>
    private static ExpressionSyntax SubobjectLValue(ExpressionSyntax @object, CType type, long offset, CType scalar)
    {
        switch (type)
        {
            case CArrayType array when array.Element is not (CRecordType or CArrayType) && offset % array.Element.Size == 0:
                return ElementAccessExpression(Member(@object, "W"), BracketedArgumentList(SingletonSeparatedList(Argument(Int(offset / array.Element.Size)))));
            case CArrayType array:
            {
                long index = offset / array.Element.Size;
                return SubobjectLValue(ElementAddress(@object, array, index), array.Element, offset - index * array.Element.Size, scalar);
            }
            case CRecordType record:
            {
                var field = FieldAt(record, offset, scalar);
                if (field.Type is CRecordType or CArrayType)
                    return SubobjectLValue(Member(@object, field.CsName!), field.Type, offset - field.Offset, scalar);
                return Member(Member(@object, "W"), field.CsName!);
            }
            default:
                return Member(Member(@object, "W"), "Deref");
        }
    }

    /// <summary>The address of the aggregate subobject of type <paramref name="subobject"/> at <paramref name="offset"/>.</summary>
    private static ExpressionSyntax SubobjectAddress(ExpressionSyntax @object, CType type, long offset, CType subobject)
    {
        if (offset == 0 && type.SameAs(subobject))
            return @object;
        switch (type)
        {
            case CArrayType array:
            {
                long index = offset / array.Element.Size;
                return SubobjectAddress(ElementAddress(@object, array, index), array.Element, offset - index * array.Element.Size, subobject);
            }
            case CRecordType record:
            {
                var field = FieldAt(record, offset, subobject);
                return SubobjectAddress(Member(@object, field.CsName!), field.Type, offset - field.Offset, subobject);
            }
            default:
                throw new InvalidOperationException($"no subobject of type {subobject} at {offset} in {type}");
        }
    }

    /// <summary>Element <paramref name="index"/> of an array, in the representation of the element's type.</summary>
    private static ExpressionSyntax ElementAddress(ExpressionSyntax array, CArrayType type, long index)
    {
        ExpressionSyntax element = index == 0 ? array : Binary(SyntaxKind.AddExpression, array, Int(index));
        return type.Element is CArrayType inner
            ? Call(GenericMember(element, "As", CsTypes.PointeeName(inner.Element)))
            : element;
    }

    /// <summary>
    /// The field holding <paramref name="offset"/>; in a union, a member that has a subobject of the value's type
    /// exactly there (any such member stores the same bytes), so no store is widened into a neighbour.
    /// </summary>
    private static CField FieldAt(CRecordType record, long offset, CType value)
    {
        var candidates = FieldsCovering(record, offset).ToList();
        return candidates.FirstOrDefault(f => HasSubobject(f.Type, offset - f.Offset, value))
            ?? candidates.FirstOrDefault(f => f.Type is CRecordType or CArrayType)
            ?? candidates.FirstOrDefault()
            ?? throw new InvalidOperationException($"no field at {offset} in {record}");
    }

    private static IEnumerable<CField> FieldsCovering(CRecordType record, long offset) =>
        record.Decl.Fields.Where(f => !f.IsBitField && f.Offset <= offset && offset < f.Offset + Math.Max(1, f.Type.Size));

    /// <summary>Whether an object of <paramref name="type"/> has a subobject of type <paramref name="value"/> at <paramref name="offset"/>.</summary>
    private static bool HasSubobject(CType type, long offset, CType value) => type switch
    {
        _ when offset == 0 && type.SameAs(value) => true,
        CArrayType { Element.Size: > 0 } array => HasSubobject(array.Element, offset % array.Element.Size, value),
        CRecordType record => FieldsCovering(record, offset).Any(f => HasSubobject(f.Type, offset - f.Offset, value)),
        _ => false,
    };

    private IEnumerable<StatementSyntax> For(CForStmt s)
    {
        var condition = s.Condition is null ? null : _expressions.Condition(s.Condition);
        var incrementors = s.Increment is null ? [] : ForExpressions(s.Increment);
        var body = LoopBody(s.Body);
        var loop = ForStatement(body).WithCondition(condition).WithIncrementors(SeparatedList(incrementors));
        switch (s.Init)
        {
            case null:
                return [loop];
            case CExprStmt init:
                return [loop.WithInitializers(SeparatedList(ForExpressions(init.Expr)))];
            case CDeclStmt declaration when !_hoistLocals && declaration.Variables.All(v => v.Storage == CStorage.Auto && !v.InMemory)
                && declaration.Variables.Select(v => CsTypes.Of(v.Type)).Distinct().Count() == 1:
            {
                var type = CsTypes.Of(declaration.Variables[0].Type);
                var declarators = declaration.Variables.Select(v => VariableDeclarator(v.CsName!).WithInitializer(EqualsValueClause(
                    v.Init is null ? (type.IsNumeric ? Int(0) : Default(type.Name)) : _expressions.Implicit(v.Init, type))));
                return [loop.WithDeclaration(VariableDeclaration(Type(type)).WithVariables(SeparatedList(declarators)))];
            }
            default:
                // Declarations C# cannot put in a for header: declare them before the loop, in a block of their own.
                return [Block(Statement(s.Init).Append(loop))];
        }
    }

    /// <summary>For-header expressions: statement expressions only, commas split into a list.</summary>
    private List<ExpressionSyntax> ForExpressions(CExpr e)
    {
        if (e is CBinary { Op: CBinaryOp.Comma } comma)
            return [.. ForExpressions(comma.Left), .. ForExpressions(comma.Right)];
        if (e is CCast { Kind: CCastKind.ToVoid } cast)
            return ForExpressions(cast.Operand);
        var statements = ExpressionStatements(e).ToList();
        if (statements.Count != 1 || statements[0] is not ExpressionStatementSyntax statement)
            throw TranslationException.Unsupported(e.Location, "conditional with side effects in a for header");
        return [statement.Expression];
    }

    /// <summary>
    /// A switch whose case labels are at the top level of its body: one C# section per run of labels, and a
    /// section that falls into the next ends in <c>goto case</c>.
    /// </summary>
    private IEnumerable<StatementSyntax> Switch(CSwitchStmt s)
    {
        var governing = _expressions.Value(s.Condition);
        var items = s.Body is CCompoundStmt compound ? compound.Items : [s.Body];
        var sections = new List<(List<SwitchLabelSyntax> Labels, List<StatementSyntax> Statements, ExpressionSyntax Target)>();
        var before = new List<StatementSyntax>();
        foreach (var item in items)
        {
            var statement = item;
            var labels = new List<SwitchLabelSyntax>();
            ExpressionSyntax? first = null;
            while (statement is CCaseStmt or CDefaultStmt)
            {
                if (statement is CCaseStmt @case)
                {
                    var value = CaseValue(@case, governing.Type);
                    labels.Add(CaseSwitchLabel(value));
                    first ??= value;
                    statement = @case.Body;
                }
                else
                {
                    labels.Add(DefaultSwitchLabel());
                    first ??= null;
                    statement = ((CDefaultStmt)statement).Body;
                }
            }
            var generated = Statement(statement).ToList();
            if (labels.Count > 0)
            {
                sections.Add((labels, generated, first ?? DefaultExpression(IdentifierName("__default"))));
                continue;
            }
            if (sections.Count == 0)
            {
                // Before the first label only declarations matter (C jumps over the rest).
                before.AddRange(generated.Where(g => g is LocalDeclarationStatementSyntax));
                if (generated.Any(g => g is not LocalDeclarationStatementSyntax && g is not EmptyStatementSyntax)
                    && CTree.Statements(item).Any(x => x is CLabelStmt))
                    throw TranslationException.Unsupported(item.Location, "label before the first case of a switch");
                continue;
            }
            sections[^1].Statements.AddRange(generated);
        }
        var built = new List<SwitchSectionSyntax>();
        for (int i = 0; i < sections.Count; i++)
        {
            var (labels, statements, _) = sections[i];
            if (statements.Count == 0 || !EndsInJump(statements[^1]))
            {
                if (i + 1 < sections.Count)
                {
                    var next = sections[i + 1];
                    statements.Add(next.Labels[0] is CaseSwitchLabelSyntax label
                        ? GotoStatement(SyntaxKind.GotoCaseStatement, Token(SyntaxKind.CaseKeyword), label.Value)
                        : GotoStatement(SyntaxKind.GotoDefaultStatement, Token(SyntaxKind.DefaultKeyword), null!));
                }
                else
                {
                    statements.Add(BreakStatement());
                }
            }
            built.Add(SwitchSection(List(labels), List(statements)));
        }
        var @switch = SwitchStatement(governing.Syntax).WithSections(List(built));
        return before.Count == 0 ? [@switch] : [.. before, @switch];
    }

    private static bool EndsInJump(StatementSyntax statement) => statement switch
    {
        BreakStatementSyntax or ContinueStatementSyntax or ReturnStatementSyntax or GotoStatementSyntax or ThrowStatementSyntax => true,
        LabeledStatementSyntax labeled => EndsInJump(labeled.Statement),
        BlockSyntax { Statements.Count: > 0 } block => EndsInJump(block.Statements[^1]),
        _ => false,
    };

    private static ExpressionSyntax CaseValue(CCaseStmt @case, CsType governing)
    {
        var type = governing.Kind switch
        {
            CsKind.UInt => CIntType.UInt,
            CsKind.Long => CIntType.LongLong,
            CsKind.ULong => CIntType.ULongLong,
            _ => CIntType.Int,
        };
        var literal = new CIntLiteral(@case.Location, type, CIntegers.Truncate((ulong)@case.Value, type));
        var value = ExpressionGenerator.IntLiteral(literal);
        return governing.Kind is CsKind.Int or CsKind.UInt or CsKind.Long or CsKind.ULong ? value.Syntax
            : Cast(governing.Name, value.Syntax);
    }
}
