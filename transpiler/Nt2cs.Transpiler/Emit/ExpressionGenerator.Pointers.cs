using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>Pointer arithmetic: a pointer plus or minus an integer, the difference of two pointers.</summary>
internal sealed partial class ExpressionGenerator
{
    private Emitted PointerArithmetic(CBinary binary)
    {
        if (InPlace && binary.Right.Type.IsPointer && binary.Op == CBinaryOp.Sub && ElementSize(binary.Left.Type) is var size)
        {
            // As Ptr's operator: the byte difference as a signed int, divided exactly (a shift for a power of two).
            var bytes = Cast("int", Binary(SyntaxKind.SubtractExpression, GuestAddress(binary.Left), GuestAddress(binary.Right)));
            var difference = size == 1 ? bytes
                : System.Numerics.BitOperations.IsPow2(size) ? Binary(SyntaxKind.RightShiftExpression, bytes, Int(System.Numerics.BitOperations.Log2((ulong)size)))
                : Binary(SyntaxKind.DivideExpression, bytes, Int(size));
            return Exact(new Emitted(difference, CsType.Int), CsTypes.Of(binary.Type));
        }
        if (InPlace && !binary.Right.Type.IsPointer && !IsZero(binary.Right) && CsTypes.Of(binary.Left.Type).Kind == CsKind.Pointer)
            return PointerAt(GuestAddress(binary), CsTypes.Of(binary.Type));   // the left operand not generated twice
        var pointer = Value(binary.Left);
        if (binary.Right.Type.IsPointer)
        {
            if (binary.Op != CBinaryOp.Sub)
                throw TranslationException.Unsupported(binary.Location, $"pointer {binary.Op} pointer");
            var other = Exact(Value(binary.Right), pointer.Type);
            return Exact(new Emitted(Binary(SyntaxKind.SubtractExpression, pointer.Syntax, other.Syntax), CsType.Int), CsTypes.Of(binary.Type));
        }
        if (pointer.Type.Kind != CsKind.Pointer)
            throw TranslationException.Unsupported(binary.Location, "arithmetic on a function pointer");
        if (IsZero(binary.Right))
            return Exact(pointer, CsTypes.Of(binary.Type));
        var offset = Index(binary.Right);
        var kind = binary.Op == CBinaryOp.Add ? SyntaxKind.AddExpression : SyntaxKind.SubtractExpression;
        return Exact(new Emitted(Binary(kind, pointer.Syntax, offset), pointer.Type), CsTypes.Of(binary.Type));
    }

    /// <summary>An integer constant 0, as written or folded: <c>p + 0</c> and <c>&amp;p[0]</c> are <c>p</c>.</summary>
    private static bool IsZero(CExpr e) => e switch
    {
        CIntLiteral { Value: 0 } => true,
        CCast { IsImplicit: true, Operand: var operand } cast when cast.Type.IsInteger => IsZero(operand),
        _ => false,
    };

    /// <summary>
    /// An index or pointer offset as an int or uint (the pointer type's operators take those). A 64-bit index is
    /// truncated: i386 address arithmetic is modulo 2^32.
    /// </summary>
    private ExpressionSyntax Index(CExpr index)
    {
        var value = Value(index);
        return value.Type.Kind switch
        {
            CsKind.Int or CsKind.UInt => value.Syntax,
            CsKind.Char or CsKind.SByte or CsKind.Short or CsKind.Byte or CsKind.UShort => value.Syntax,
            CsKind.ULong => Exact(value, CsType.UInt).Syntax,
            _ => Exact(value, CsType.Int).Syntax,
        };
    }
}
