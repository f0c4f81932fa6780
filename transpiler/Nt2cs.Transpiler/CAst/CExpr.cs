using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.CAst;

/// <summary>A C expression, typed by clang. Every conversion is an explicit <see cref="CCast"/> node.</summary>
public abstract class CExpr(SourceLoc location, CType type)
{
    public SourceLoc Location { get; } = location;
    public CType Type { get; set; } = type;

    /// <summary>Whether this expression designates an object (C11 6.3.2.1).</summary>
    public virtual bool IsLValue => false;
}

public sealed class CIntLiteral(SourceLoc location, CType type, ulong value) : CExpr(location, type)
{
    /// <summary>The value's bits, truncated to the type's width.</summary>
    public ulong Value { get; } = value;

    /// <summary>Written in hexadecimal in the source, so emitted that way too.</summary>
    public bool IsHex { get; init; }

    /// <summary>A character constant (<c>'a'</c>), emitted as one when printable.</summary>
    public bool IsCharacter { get; init; }

    /// <summary>The enumeration constant this value was written as, emitted by name.</summary>
    public CEnumConstantDecl? EnumConstant { get; init; }

    /// <summary>The object-like macro this value was written as, emitted by name.</summary>
    public CMacroConstantDecl? Macro { get; init; }

    public long SignedValue => (Type is CEnumType e ? e.Underlying : Type) is CIntType { IsSigned: true, Bits: var bits } && bits < 64
        ? (long)(Value << (64 - bits)) >> (64 - bits)
        : (long)Value;
}

public sealed class CFloatLiteral(SourceLoc location, CType type, double value) : CExpr(location, type)
{
    public double Value { get; } = value;
}

/// <summary>A string literal: an array of char with the terminating NUL included in its type.</summary>
public sealed class CStringLiteral(SourceLoc location, CType type, byte[] bytes) : CExpr(location, type)
{
    /// <summary>The characters without the terminator (each element <c>ElementSize</c> bytes, little-endian).</summary>
    public byte[] Bytes { get; } = bytes;

    public int ElementSize => (int)((CArrayType)Type).Element.Size;
    public override bool IsLValue => true;

    /// <summary>The image's one copy of these characters (set by PoolStrings).</summary>
    public CStringData? Pooled { get; set; }
}

/// <summary>A use of a variable, function or enumeration constant.</summary>
public sealed class CDeclRef(SourceLoc location, CType type, CDecl decl) : CExpr(location, type)
{
    public CDecl Decl { get; set; } = decl;
    public override bool IsLValue => Decl is CVarDecl;
}

public enum CUnaryOp
{
    Plus,
    Minus,
    BitNot,
    LogicalNot,
    Deref,
    AddressOf,
    PreInc,
    PreDec,
    PostInc,
    PostDec,
}

public sealed class CUnary(SourceLoc location, CType type, CUnaryOp op, CExpr operand) : CExpr(location, type)
{
    public CUnaryOp Op { get; } = op;
    public CExpr Operand { get; set; } = operand;
    public override bool IsLValue => Op == CUnaryOp.Deref;
    public bool IsIncDec => Op is CUnaryOp.PreInc or CUnaryOp.PreDec or CUnaryOp.PostInc or CUnaryOp.PostDec;
}

public enum CBinaryOp
{
    Mul,
    Div,
    Rem,
    Add,
    Sub,
    Shl,
    Shr,
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    Ne,
    BitAnd,
    BitXor,
    BitOr,
    LogicalAnd,
    LogicalOr,
    Comma,
}

public sealed class CBinary(SourceLoc location, CType type, CBinaryOp op, CExpr left, CExpr right) : CExpr(location, type)
{
    public CBinaryOp Op { get; } = op;
    public CExpr Left { get; set; } = left;
    public CExpr Right { get; set; } = right;

    public bool IsComparison => Op is CBinaryOp.Lt or CBinaryOp.Gt or CBinaryOp.Le or CBinaryOp.Ge or CBinaryOp.Eq or CBinaryOp.Ne;
}

/// <summary><c>target = value</c> or <c>target op= value</c>.</summary>
public sealed class CAssign(SourceLoc location, CType type, CBinaryOp? op, CExpr target, CExpr value) : CExpr(location, type)
{
    /// <summary>The arithmetic of a compound assignment; null for plain <c>=</c>.</summary>
    public CBinaryOp? Op { get; } = op;
    public CExpr Target { get; set; } = target;
    public CExpr Value { get; set; } = value;

    /// <summary>For a compound assignment: the type the arithmetic is done in (C11 6.5.16.2).</summary>
    public CType? ComputationType { get; set; }
}

public sealed class CConditional(SourceLoc location, CType type, CExpr condition, CExpr then, CExpr @else) : CExpr(location, type)
{
    public CExpr Condition { get; set; } = condition;
    public CExpr Then { get; set; } = then;
    public CExpr Else { get; set; } = @else;
}

public sealed class CCall(SourceLoc location, CType type, CExpr callee, List<CExpr> arguments) : CExpr(location, type)
{
    public CExpr Callee { get; set; } = callee;
    public List<CExpr> Arguments { get; } = arguments;

    /// <summary>The function called directly, when the callee is a function designator.</summary>
    public CFunctionDecl? Direct => Callee is CCast { Kind: CCastKind.FunctionToPointer, Operand: CDeclRef { Decl: CFunctionDecl f } } ? f : null;

    /// <summary>The callee's function type (through the pointer).</summary>
    public CFunctionType FunctionType => (CFunctionType)((CPointerType)Callee.Type).Pointee;

    /// <summary>Frame slot for a struct result, allocated by lowering.</summary>
    public CFrameTemp? ResultTemp { get; set; }

    /// <summary>Frame slot for the variadic argument block, allocated by lowering.</summary>
    public CFrameTemp? ArgumentBlock { get; set; }
}

public sealed class CMember(SourceLoc location, CType type, CExpr @base, CField field, bool isArrow) : CExpr(location, type)
{
    public CExpr Base { get; set; } = @base;
    public CField Field { get; } = field;
    public bool IsArrow { get; } = isArrow;
    public override bool IsLValue => IsArrow || Base.IsLValue;

    /// <summary>The record the member is taken from: the base's type, or for <c>-&gt;</c> what it points to.</summary>
    public CRecordType? Record => (IsArrow ? (Base.Type as CPointerType)?.Pointee : Base.Type) as CRecordType;
}

/// <summary><c>base[index]</c> with the pointer operand first (clang's <c>i[a]</c> is normalised).</summary>
public sealed class CIndex(SourceLoc location, CType type, CExpr @base, CExpr index) : CExpr(location, type)
{
    public CExpr Base { get; set; } = @base;
    public CExpr Index { get; set; } = index;
    public override bool IsLValue => true;
}

public enum CCastKind
{
    /// <summary>Same representation: qualifier changes, enum ↔ its integer type, identical types.</summary>
    NoOp,
    ArrayToPointer,
    FunctionToPointer,
    IntegralCast,
    IntegralToBoolean,
    IntegralToFloating,
    FloatingToIntegral,
    FloatingToBoolean,
    FloatingCast,
    PointerToIntegral,
    IntegralToPointer,
    PointerToBoolean,
    /// <summary>Pointer to pointer of another type (object or function pointers).</summary>
    PointerCast,
    NullToPointer,
    ToVoid,
}

public sealed class CCast(SourceLoc location, CType type, CCastKind kind, CExpr operand, bool isImplicit) : CExpr(location, type)
{
    public CCastKind Kind { get; } = kind;
    public CExpr Operand { get; set; } = operand;
    public bool IsImplicit { get; } = isImplicit;
}

/// <summary>An initializer list after C's rules are applied: one entry per initialised subobject.</summary>
public sealed class CInitList(SourceLoc location, CType type, List<CInitItem> items) : CExpr(location, type)
{
    public List<CInitItem> Items { get; } = items;
}

/// <summary>
/// One initialised subobject at a byte offset inside the aggregate: a scalar, a struct copied whole, or a char
/// array initialised from a string literal (<paramref name="Target"/> is then the array's type). For a bitfield,
/// <paramref name="Offset"/> and <paramref name="Target"/> are those of the record holding it.
/// </summary>
public sealed record CInitItem(long Offset, CExpr Value, CField? BitField = null, CType? Target = null);

public sealed class CCompoundLiteral(SourceLoc location, CType type, CExpr init) : CExpr(location, type)
{
    public CExpr Init { get; set; } = init;

    /// <summary>Storage for the literal: frame slot in a function, or a static object at file scope.</summary>
    public CFrameTemp? Temp { get; set; }
    public CVarDecl? StaticObject { get; set; }
    public override bool IsLValue => true;
}

/// <summary><c>va_arg(ap, T)</c>.</summary>
public sealed class CVaArg(SourceLoc location, CType type, CExpr list) : CExpr(location, type)
{
    public CExpr List { get; set; } = list;
}
