using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Where an in-memory local lives in guest memory: its slot in the function's frame or, for a variadic function's
/// parameter, the slot the caller reserved for it just below the variadic arguments, so that NT's
/// <c>(va_list)&amp;last + sizeof(last)</c> lands on the first variadic argument as cdecl promises.
/// </summary>
internal static class LocalStorage
{
    /// <summary>The local's guest address as a <c>uint</c> expression.</summary>
    public static ExpressionSyntax Address(CFunctionDecl function, CVarDecl local)
    {
        if (LayOutFrames.InArgumentBlock(function, local))
            return Binary(SyntaxKind.SubtractExpression, Member(Name(FunctionContext.VariadicArguments), "Address"), Hex(BelowVariadicArguments(function, local)));
        return Binary(SyntaxKind.AddExpression, Member(Name(FunctionContext.Frame), "Base"), Hex(local.FrameOffset));
    }

    /// <summary><c>frame.At&lt;T&gt;(offset)</c>: a pointer to the local.</summary>
    public static ExpressionSyntax Pointer(CFunctionDecl function, CVarDecl local, TypeSyntax pointee) =>
        LayOutFrames.InArgumentBlock(function, local)
            ? New(GenericName(Identifier("Ptr"), TypeArgumentList(SingletonSeparatedList(pointee))), Address(function, local))
            : Call(GenericMember(Name(FunctionContext.Frame), "At", pointee), Hex(local.FrameOffset));

    /// <summary><c>ref frame.Local&lt;T&gt;(offset)</c>: the local itself.</summary>
    public static ExpressionSyntax Reference(CFunctionDecl function, CVarDecl local, TypeSyntax type, string memory) =>
        LayOutFrames.InArgumentBlock(function, local)
            ? Ref(Call(GenericMember(Name(memory), "RefW", type), Address(function, local)))
            : Ref(Call(GenericMember(Name(FunctionContext.Frame), "Local", type), Hex(local.FrameOffset)));

    /// <summary>How far below the variadic arguments a named parameter's cdecl slot starts.</summary>
    private static uint BelowVariadicArguments(CFunctionDecl function, CVarDecl parameter) =>
        AllocateFrameTemporaries.Slots(function.Parameters.SkipWhile(p => p != parameter).Select(p => p.Type));
}
