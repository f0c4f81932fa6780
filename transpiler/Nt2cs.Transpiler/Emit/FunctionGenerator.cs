using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Generates one C function as a static method. The method enters a guest frame (<c>var frame = Stack.Enter(n)</c>)
/// that holds the function's in-memory locals, binds those locals at entry, and leaves the frame on every return.
/// Its statements are <see cref="StatementGenerator"/>'s; a function that calls setjmp runs them as
/// <see cref="SetjmpEmitter"/> lays out.
/// </summary>
internal sealed class FunctionGenerator
{
    private readonly CFunctionDecl _function;
    private readonly EmitOptions _options;
    private readonly CImage _image;
    private StatementGenerator _statements;
    private FunctionContext _context;
    private readonly bool _inPlace;

    public FunctionGenerator(CImage image, CFunctionDecl function, EmitOptions options)
    {
        _function = function;
        _options = options;
        _image = image;
        var statements = CTree.Statements(function.Body!);
        // Compiled ahead of time, every function of a hosted program: its window (which never moves, as the machine's
        // does) read into locals once per call, not after every store as an accessor reads it (ARCHITECTURE, "In place").
        _inPlace = options.AheadOfTime && options.Hosted || statements.Count >= options.InPlaceStatements;
        _statements = Statements(!_inPlace ? 0
            : options.AheadOfTime ? EveryAccess
            : Math.Max(0, (InPlaceBlocks - EstimatedBlocks(statements, function.Body!)) / 3));
    }

    /// <summary>A budget of window checks without limit: every access of the function is written in place.</summary>
    private const int EveryAccess = int.MaxValue;

    /// <summary>The statement generator, with a budget of <paramref name="windowChecks"/> accesses written in place.</summary>
    [MemberNotNull(nameof(_context))]
    private StatementGenerator Statements(int windowChecks)
    {
        var context = _context = new FunctionContext(_image, _function, _options)
        {
            InPlace = _inPlace,
            InPlaceAccesses = windowChecks,
            InPlaceChosen = _inPlace && windowChecks != EveryAccess ? InPlaceAccesses.Choose(_function.Body!, windowChecks) : null,
            OneScratchAddress = _inPlace && windowChecks == EveryAccess && !_options.AheadOfTime,
        };
        return new StatementGenerator(context, new ExpressionGenerator(context, _image), this);
    }

    private static ExpressionSyntax FrameName => Name(FunctionContext.Frame);

    /// <summary>
    /// The basic blocks a function may reach with its accesses written in place. The JIT compiles a method of
    /// more than 2,000 IL blocks (or 20,000 IL instructions) without optimisation, whatever its attributes say;
    /// each access written in place adds three (the window check's two arms and their join), so a function's
    /// accesses are written in place, in source order, while its estimated blocks stay under this, and the rest
    /// as in any other function.
    /// </summary>
    private const int InPlaceBlocks = 1800;

    /// <summary>
    /// The C# expressions a function written in place may have and stay under the JIT's 20,000 IL instructions:
    /// Roslyn makes about 0.55 to 0.58 instructions of each (luaV_execute: 16,388 of 28,174; sqlite3VdbeExec: 20,898
    /// of 38,229), so 32,000 leaves a margin.
    /// </summary>
    private const int InPlaceExpressions = 32_000;

    /// <summary>
    /// The IL blocks Roslyn makes of a function, roughly, from its C: branches, loops, case labels and labels,
    /// conditional and short-circuit operators, safe points (Lua's luaV_execute: 625 estimated, 619 counted in its IL;
    /// SQLite's sqlite3VdbeExec: 1,235 and 1,215, both before safe points were written in place, two blocks each).
    /// </summary>
    private static int EstimatedBlocks(List<CStmt> statements, CStmt body)
    {
        int blocks = 1;
        foreach (var statement in statements)
        {
            blocks += statement switch
            {
                CIfStmt => 1,
                CWhileStmt or CForStmt or CDoStmt => 5,   // with the safe point written in place (two)
                CGotoStmt { IsBackward: true } => 2,     // its safe point
                CCaseStmt or CDefaultStmt or CLabelStmt => 1,
                _ => 0,
            };
        }
        int commas = 0;
        foreach (var expression in CTree.Expressions(body))
        {
            blocks += expression switch
            {
                CConditional => 3,
                CBinary { Op: CBinaryOp.LogicalAnd or CBinaryOp.LogicalOr } => 2,
                _ => 0,
            };
            if (expression is CBinary { Op: CBinaryOp.Comma })
                commas++;
        }
        // A comma written in place (left switch { _ => right }) makes a block about every other time.
        return blocks + commas / 2;
    }

    /// <summary>
    /// The method's return type and parameters: a struct result is a hidden first pointer parameter (and the
    /// value returned), a variadic function takes its argument block last. Types are written with
    /// <paramref name="unit"/>'s typedef aliases, or without any when it is null.
    /// </summary>
    public static (TypeSyntax Result, List<ParameterSyntax> Parameters) Signature(CFunctionDecl function, CTranslationUnit? unit = null)
    {
        var type = function.Type;
        var returnType = type.Result.IsVoid ? Type("void") : WrittenTypes.Of(type.Result, unit);
        var parameters = new List<ParameterSyntax>();
        if (type.Result is CRecordType)
            parameters.Add(Parameter(Identifier("__result")).WithType(returnType));
        foreach (var parameter in function.Parameters)
            parameters.Add(Parameter(Identifier(ParameterName(parameter))).WithType(WrittenTypes.Of(parameter.Type, unit)));
        if (type.IsVariadic)
            parameters.Add(Parameter(Identifier(FunctionContext.VariadicArguments)).WithType(Type("Ptr<sbyte>")));
        return (returnType, parameters);
    }

    public MethodDeclarationSyntax Generate()
    {
        var (returnType, parameters) = Signature(_function, _function.Unit);

        var body = new List<StatementSyntax>();
        var statements = _function.Body!.Items.SelectMany(_statements.Statement).ToList();
        if (_inPlace && !_options.AheadOfTime && statements.Sum(s => s.DescendantNodes().Count(n => n is ExpressionSyntax)) > InPlaceExpressions)
        {
            // Past the JIT's 20,000 IL instructions the method is compiled without optimisation whatever is done:
            // then a window check costs less than a call, and every access is written in place.
            _statements = Statements(EveryAccess);
            statements = _function.Body!.Items.SelectMany(_statements.Statement).ToList();
        }
        if (EndIsReachable(_function.Body) && FinalReturn() is { } final)
            statements.Add(WithLine(final, LastLine()));
        body.AddRange(Prologue());   // after the statements, which count the scratch locals it declares
        body.AddRange(_function.SetjmpSites.Count > 0 ? SetjmpEmitter.ResumableBody(_function, statements) : statements);
        if (_function.LeavesFrameInFinally)
        {
            var enter = body[0];
            body = [enter, TryStatement(Block(body.Skip(1)), default, FinallyClause(Block(AsStatement(Call(Member(FrameName, "Unwind"))))))];
        }

        // The comment naming the C function rides on the method's first token, built with it.
        var comment = TriviaList(Comment($"// {Source(_function.Location)}: {_function.Type.SpellingWith(_function.Name)}"));
        var options = MethodImplOptions().Select(o => Member("MethodImplOptions", o)).ToList();
        var access = !_function.IsStatic ? SyntaxKind.PublicKeyword : _function.Part > 0 ? SyntaxKind.InternalKeyword : SyntaxKind.PrivateKeyword;
        var method = MethodDeclaration(returnType, Identifier(_function.CsName!))
            .WithModifiers(TokenList(options.Count > 0 ? Token(access) : Token(comment, access, TriviaList()), Token(SyntaxKind.StaticKeyword)));
        if (options.Count > 0)
        {
            var argument = AttributeArgument(options.Aggregate((a, b) => Binary(SyntaxKind.BitwiseOrExpression, a, b)));
            method = method.WithAttributeLists(SingletonList(AttributeList(SingletonSeparatedList(
                Attribute(IdentifierName("MethodImpl"), AttributeArgumentList(SingletonSeparatedList(argument)))))
                .WithOpenBracketToken(Token(comment, SyntaxKind.OpenBracketToken, TriviaList()))));
        }
        return method
            .WithParameterList(ParameterList(SeparatedList(parameters)))
            .WithBody(Block(body));
    }

    /// <summary>What the JIT is told about the function.</summary>
    private IEnumerable<string> MethodImplOptions()
    {
        // Other functions run precompiled (ReadyToRun) and tiered, ChooseInlining says why. For the JIT, a loop written
        // in place is compiled at its first call too: an interpreter's loop (Lua's luaV_execute) runs long in few
        // calls, so it would never be recompiled, and precompiled with the JIT's budget of window checks, each access
        // beyond it is a call through an indirection cell (Lua's binary trees and n-body 5-10% slower). Compiled ahead
        // of time, every access is in place and crossgen2 optimises the whole method, which the JIT would not (n-body
        // 15% faster, Lua's start-up 40 ms shorter); the tiered JIT's recompilation at the 4,096th call is then
        // unoptimised, but the precompiled code keeps running (docs/ARCHITECTURE.md, "In place").
        if (_function.OptimisedAtFirstCall || _inPlace && _function.HasLoop && !_options.AheadOfTime)
            yield return "AggressiveOptimization";
        if (_function.Inlining == CInlining.Never)
            yield return "NoInlining";
        else if (_function.Inlining == CInlining.Always)
            yield return "AggressiveInlining";
    }

    private static string ParameterName(CVarDecl parameter) => parameter.InMemory ? parameter.CsName + "_in" : parameter.CsName!;

    private string Source(SourceLoc location) => $"{_options.SourcePath(location.File)}:{location.Line}";

    public StatementSyntax WithLine(StatementSyntax statement, SourceLoc location) =>
        location.IsNone ? statement : Syntax.WithLine(statement, _options.SourcePath(location.File), location.Line);

    private SourceLoc LastLine() => _function.Body!.Items.Count > 0 ? _function.Body.Items[^1].Location : _function.Location;

    /// <summary>Frame entry, a hosted window's locals, in-memory parameters copied in, in-memory locals bound, hoisted locals and scratch addresses declared.</summary>
    private IEnumerable<StatementSyntax> Prologue()
    {
        yield return WithLine(Enter(), _function.Location);
        if (_inPlace && _options.Hosted)
        {
            foreach (var declaration in InPlaceLocals.Window(_context.WindowLocals))
                yield return declaration;
        }
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
        if (_function.HoistsLocals)
        {
            foreach (var local in _function.Locals.Where(l => !l.InMemory && !l.IsParameter && l.SharesVariableWith is null))
                yield return Declare(local, null, _function.Unit);
        }
        foreach (var declaration in InPlaceLocals.ScratchAddresses(_context.ScratchAddresses))
            yield return declaration;
    }

    /// <summary>
    /// <c>var frame = Stack.Enter(size);</c>; without a frame, the safe point entering one makes
    /// (<c>SafePoint.Poll();</c>): the machine gets in where it always did.
    /// </summary>
    private StatementSyntax Enter() => !_function.HasFrame ? AsStatement(Call(Member("SafePoint", "Poll")))
        : LocalDeclarationStatement(VariableDeclaration(IdentifierName("var")).WithVariables(SingletonSeparatedList(
            VariableDeclarator(FunctionContext.Frame).WithInitializer(EqualsValueClause(
                _function.FrameAlign > 16
                    ? Call(Member("Stack", "Enter"), Hex(_function.FrameSize), Hex(_function.FrameAlign))
                    : Call(Member("Stack", "Enter"), Hex(_function.FrameSize)))))));

    /// <summary><c>ref int x = ref frame.Local&lt;int&gt;(8);</c> or <c>Ptr&lt;S&gt; s = frame.At&lt;S&gt;(8);</c></summary>
    private StatementSyntax Bind(CVarDecl local)
    {
        var unit = _function.Unit;
        if (local.Type is CRecordType or CArrayType)
        {
            var pointee = WrittenTypes.Pointee(local.Type is CArrayType array ? array.Element : local.Type, unit);
            return LocalDeclarationStatement(VariableDeclaration(WrittenTypes.Of(local.Type, unit)).WithVariables(SingletonSeparatedList(
                VariableDeclarator(local.CsName!).WithInitializer(EqualsValueClause(LocalStorage.Pointer(_function, local, pointee))))));
        }
        var type = WrittenTypes.Of(local.Type, unit);
        return LocalDeclarationStatement(VariableDeclaration(RefType(type)).WithVariables(SingletonSeparatedList(
            VariableDeclarator(local.CsName!).WithInitializer(EqualsValueClause(LocalStorage.Reference(_function, local, type, _options.MemoryClass))))));
    }

    /// <summary><c>T x = value;</c>, with the type's zero when there is no value (T as <paramref name="unit"/> writes it).</summary>
    public static LocalDeclarationStatementSyntax Declare(CVarDecl local, ExpressionSyntax? value, CTranslationUnit? unit)
    {
        var type = WrittenTypes.Of(local.Type, unit);
        value ??= CsTypes.Of(local.Type).IsNumeric ? Int(0) : DefaultExpression(type);
        return LocalDeclarationStatement(VariableDeclaration(type).WithVariables(SingletonSeparatedList(
            VariableDeclarator(local.CsName!).WithInitializer(EqualsValueClause(value)))));
    }

    private StatementSyntax? FinalReturn()
    {
        var result = _function.Type.Result;
        if (result.IsVoid)
            return ReturnsPlainly ? null : AsStatement(Call(Member(FrameName, LeaveMethod)));
        // Falling off the end: C99 makes main return 0; any other use of the value is undefined, so 0 too.
        // The zero of the result's own type: Leave is generic, so an int 0 would return an int from a char function.
        var type = CsTypes.Of(result);
        var zero = result is CRecordType ? (ExpressionSyntax)Name("__result")
            : type.IsNumeric ? ExpressionGenerator.Exact(new Emitted(Int(0), CsType.Int), type).Syntax : Default(type.Name);
        return ReturnStatement(Leave(zero));
    }

    /// <summary>A return passes its value through the generic <c>frame.Leave(value)</c>, which takes its type from the value.</summary>
    public bool ReturnsThroughLeave => !ReturnsPlainly;

    /// <summary>Whether a return is a plain C# return: with no frame, or one a C# finally leaves.</summary>
    private bool ReturnsPlainly => _function.LeavesFrameInFinally || !_function.HasFrame;

    /// <summary>The value a return hands back, leaving the frame first unless there is none or a C# finally does it.</summary>
    public ExpressionSyntax Leave(ExpressionSyntax value) => ReturnsPlainly ? value : Call(Member(FrameName, LeaveMethod), value);

    /// <summary>
    /// <c>Leave</c> pops the frame from its base, where the stack pointer is when a function returns normally;
    /// after <c>_alloca</c> it is below, and <c>Unwind</c> pops from any depth.
    /// </summary>
    private string LeaveMethod => _function.CallsAlloca ? "Unwind" : "Leave";

    public IEnumerable<StatementSyntax> ReturnVoid() =>
        ReturnsPlainly ? [ReturnStatement()] : [AsStatement(Call(Member(FrameName, LeaveMethod))), ReturnStatement()];

    private static bool EndIsReachable(CStmt statement) => statement switch
    {
        CReturnStmt or CGotoStmt => false,
        CCompoundStmt { Items.Count: > 0 } compound => EndIsReachable(compound.Items[^1]),
        CIfStmt { Else: { } @else } s => EndIsReachable(s.Then) || EndIsReachable(@else),
        _ => true,
    };
}
