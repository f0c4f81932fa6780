using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Lowering;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

// Calls: direct calls are C# calls; struct results go through a frame slot the callee fills; variadic arguments
// go in an i386 argument block; calls through pointers resolve the code address through the function table.
internal sealed partial class ExpressionGenerator
{
    private Emitted CallValue(CCall call)
    {
        var type = call.FunctionType;
        var direct = call.Direct;
        if (direct is { Definition: null } && Lowering.LinkSymbols.Builtins.Contains(direct.Name))
            return Builtin(call, direct.Name);

        var arguments = new List<ExpressionSyntax>();
        if (type.Result is CRecordType record)
        {
            var slot = call.ResultTemp ?? throw new InternalTranslationException(call.Location, "struct result without a frame slot");
            arguments.Add(Call(GenericMember(Name(FunctionContext.Frame), "At", CsTypes.PointeeName(record)), Hex(slot.Offset)));
        }
        // A C library function the program declared its own way: called with the runtime's types (see LibrarySignatures).
        var library = direct is { Definition: null, ImportedFrom: null } && type.Result is not CRecordType ? LibrarySignatures.Of(direct.Name) : null;
        if (library is { } signature && signature.Parameters.Length != type.Parameters.Count + (type.IsVariadic ? 1 : 0))
            library = null;
        for (int i = 0; i < type.Parameters.Count; i++)
        {
            var argument = Argument(call.Arguments[i], type.Parameters[i]);
            if (library is { } runtime && type.Parameters[i] is not CRecordType)
                argument = Exact(new Emitted(argument, CsTypes.Of(type.Parameters[i])), runtime.Parameters[i]).Syntax;
            arguments.Add(argument);
        }
        if (type.IsVariadic)
            arguments.Add(VariadicBlock(call, type));
        else if (call.Arguments.Count > type.Parameters.Count)
            throw TranslationException.Unsupported(call.Location, "call with arguments through a pointer to a function without a prototype");

        var result = type.Result.IsVoid ? CsType.Void : CsTypes.Of(type.Result);
        if (direct is not null)
        {
            var target = direct.Definition ?? direct;
            var called = Call(Name(target.CsName ?? CsNames.Escape(direct.Name)), arguments.ToArray());
            return library is { } runtime ? Exact(new Emitted(called, runtime.Result), result) : new Emitted(called, result);
        }
        return new Emitted(IndirectCall(call, type, arguments), result);
    }

    /// <summary>
    /// A direct call of a void function as a value (0): <c>CallVoid&lt;P1, P2&gt;(f, a1, a2)</c>, the parameters' C#
    /// types given so the arguments convert as in a call. Null for a call through a pointer, of a builtin, or with
    /// more arguments than CallVoid takes.
    /// </summary>
    private Emitted? VoidCallValue(CCall call)
    {
        if (call.Direct is not { } direct || Lowering.LinkSymbols.Builtins.Contains(direct.Name))
            return null;
        var (_, parameters) = FunctionGenerator.Signature(direct.Definition ?? direct);
        if (parameters.Count > MaxCallVoidArguments || CallValue(call).Syntax is not InvocationExpressionSyntax invocation)
            return null;
        ExpressionSyntax callee = parameters.Count == 0
            ? Name("CallVoid")
            : GenericName(Identifier("CallVoid"), TypeArgumentList(SeparatedList(parameters.Select(p => p.Type!))));
        return new Emitted(Call(callee, [SyntaxFactory.Argument(invocation.Expression), .. invocation.ArgumentList.Arguments]), CsType.Int);
    }

    /// <summary>The most parameters <c>Sequence.CallVoid</c> has an overload for.</summary>
    private const int MaxCallVoidArguments = 6;

    private ExpressionSyntax Argument(CExpr argument, CType parameter)
    {
        if (parameter is CRecordType)
            return Address(argument).Syntax; // the callee copies it into its own frame
        return Implicit(argument, CsTypes.Of(parameter));
    }

    /// <summary><c>Va.Args(block, a, b…)</c>: the variadic arguments written where cdecl would push them.</summary>
    private ExpressionSyntax VariadicBlock(CCall call, CFunctionType type)
    {
        var block = call.ArgumentBlock ?? throw new InternalTranslationException(call.Location, "variadic call without an argument block");
        uint named = Lowering.AllocateFrameTemporaries.Slots(type.Parameters);
        var arguments = new List<ExpressionSyntax>
        {
            Binary(SyntaxKind.AddExpression, Member(Name(FunctionContext.Frame), "Base"), Hex(block.Offset + named)),
        };
        foreach (var argument in call.Arguments.Skip(type.Parameters.Count))
        {
            if (argument.Type is CRecordType record)
                arguments.Add(New("StructArg", Member(Address(argument).Syntax, "Address"), Hex((uint)record.Size)));
            else
                arguments.Add(Exact(argument));
        }
        const int MaxOverload = 12;
        if (arguments.Count - 1 <= MaxOverload)
            return Call(Member("Va", "Args"), arguments.ToArray());
        ExpressionSyntax chain = Call(Member("Va", "Begin"), arguments[0]);
        foreach (var argument in arguments.Skip(1))
            chain = Call(Member(chain, "Then"), argument);
        return Call(Member(chain, "End"));
    }

    /// <summary><c>((delegate*&lt;…&gt;)Fn.Resolve(f, "shape"))(args)</c>.</summary>
    private ExpressionSyntax IndirectCall(CCall call, CFunctionType type, List<ExpressionSyntax> arguments)
    {
        var callee = Exact(Value(call.Callee), CsType.FnPtr).Syntax;
        var resolved = Call(Member("Fn", "Resolve"), callee, Str(CallingShape.Of(type)));
        var pointer = Cast(FunctionPointerType(type), resolved);
        return Call(pointer, arguments.ToArray());
    }

    /// <summary>The C# function pointer type a C function type is called through.</summary>
    public static string FunctionPointerType(CFunctionType type)
    {
        var parts = new List<string>();
        if (type.Result is CRecordType record)
            parts.Add(CsTypes.PointerTo(record).Name);
        parts.AddRange(type.Parameters.Select(p => CsTypes.Of(p).Name));
        if (type.IsVariadic)
            parts.Add("Ptr<sbyte>");
        parts.Add(type.Result.IsVoid ? "void" : CsTypes.Of(type.Result).Name);
        return $"delegate*<{string.Join(", ", parts)}>";
    }

    /// <summary>Compiler builtins: va_start and friends work on the function's own argument block.</summary>
    private Emitted Builtin(CCall call, string name)
    {
        switch (name)
        {
            case "__builtin_va_start":
            case "__va_start":
                if (!Context.Function.Type.IsVariadic)
                    throw new TranslationException(call.Location, "va_start in a function that is not variadic");
                return new Emitted(Assign(LValue(StripDecay(call.Arguments[0]), Access.Write), Name(FunctionContext.VariadicArguments)), CsType.Void);
            case "__builtin_va_end":
                return new Emitted(Assign(Name("_"), Value(StripDecay(call.Arguments[0])).Syntax), CsType.Void);
            case "__builtin_va_copy":
                return new Emitted(Assign(LValue(StripDecay(call.Arguments[0]), Access.Write), Value(StripDecay(call.Arguments[1])).Syntax), CsType.Void);
            case "setjmp":
            case "_setjmp":
                return SetjmpEmitter.Mark(Context, this, call);
            case "__noop":
                // MSVC's __noop discards its arguments unevaluated.
                return new Emitted(Int(0), CsType.Int);
            case "_exception_code":
            case "__exception_code":
                return SehEmitter.ExceptionCode(Context, call);
            case "_exception_info":
            case "__exception_info":
                return SehEmitter.ExceptionInformation(Context, call);
            case "_abnormal_termination":
            case "__abnormal_termination":
                return SehEmitter.AbnormalTermination(Context, call);
            default:
                throw TranslationException.Unsupported(call.Location, $"builtin {name}");
        }
    }

    /// <summary>va_list arguments arrive as the address of the list in some headers; the list itself is meant.</summary>
    private static CExpr StripDecay(CExpr e) => e is CUnary { Op: CUnaryOp.AddressOf } address ? address.Operand : e is CCast { IsImplicit: true } cast ? StripDecay(cast.Operand) : e;
}
