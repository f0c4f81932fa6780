namespace Nt2cs.Transpiler.CAst;

/// <summary>
/// A C type with clang's size and alignment for i686-pc-windows-msvc. Types are immutable; qualifiers make a
/// qualified copy. Record and enum types refer to their declaration, so identity is the declaration's.
/// </summary>
public abstract class CType
{
    public bool IsConst { get; private set; }
    public bool IsVolatile { get; private set; }

    /// <summary>sizeof, in bytes (0 for void, functions and incomplete types).</summary>
    public abstract long Size { get; }

    public abstract long Align { get; }

    public CType Qualified(bool isConst, bool isVolatile)
    {
        if (isConst == IsConst && isVolatile == IsVolatile)
            return this;
        var copy = (CType)MemberwiseClone();
        copy.IsConst = isConst;
        copy.IsVolatile = isVolatile;
        return copy;
    }

    public CType Unqualified => Qualified(false, false);

    /// <summary>The typedef name the type was written as (<c>ULONG</c> for unsigned long), if any: C# may say it too.</summary>
    public string? TypedefName { get; private set; }

    /// <summary>The same type, written as typedef <paramref name="name"/>.</summary>
    public CType Named(string name)
    {
        var copy = (CType)MemberwiseClone();
        copy.TypedefName = name;
        return copy;
    }

    public bool IsInteger => this is CIntType or CEnumType;
    public bool IsFloating => this is CFloatType;
    public bool IsArithmetic => IsInteger || IsFloating;
    public bool IsPointer => this is CPointerType;
    public bool IsScalar => IsArithmetic || IsPointer;
    public bool IsRecord => this is CRecordType;
    public bool IsArray => this is CArrayType;
    public bool IsFunction => this is CFunctionType;
    public bool IsVoid => this is CVoidType;
    public bool IsFunctionPointer => this is CPointerType { Pointee: CFunctionType };

    /// <summary>Same type, ignoring top-level qualifiers.</summary>
    public abstract bool SameAs(CType other);

    public abstract string Spelling { get; }

    public override string ToString() => (IsConst ? "const " : "") + (IsVolatile ? "volatile " : "") + Spelling;
}

public sealed class CVoidType : CType
{
    public static readonly CVoidType Instance = new();
    public override long Size => 0;
    public override long Align => 1;
    public override bool SameAs(CType other) => other is CVoidType;
    public override string Spelling => "void";
}

public enum CIntKind
{
    Bool,
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    WChar,
}

/// <summary>An integer type. <c>long</c> is 32 bits and <c>char</c> is signed, as in MSVC on i386.</summary>
public sealed class CIntType : CType
{
    private CIntType(CIntKind kind, int bits, bool signed, string spelling)
    {
        Kind = kind;
        Bits = bits;
        IsSigned = signed;
        _spelling = spelling;
    }

    private readonly string _spelling;

    public CIntKind Kind { get; }
    public int Bits { get; }
    public bool IsSigned { get; }
    public override long Size => Bits / 8;
    public override long Align => Bits / 8;
    public override string Spelling => _spelling;

    /// <summary>Integer conversion rank (C11 6.3.1.1), 1 = _Bool.</summary>
    public int Rank => Kind switch
    {
        CIntKind.Bool => 1,
        CIntKind.Char or CIntKind.SChar or CIntKind.UChar => 2,
        CIntKind.Short or CIntKind.UShort or CIntKind.WChar => 3,
        CIntKind.Int or CIntKind.UInt => 4,
        CIntKind.Long or CIntKind.ULong => 5,
        _ => 6,
    };

    public override bool SameAs(CType other) => other is CIntType o && o.Kind == Kind;

    public static readonly CIntType Bool = new(CIntKind.Bool, 8, false, "_Bool");
    public static readonly CIntType Char = new(CIntKind.Char, 8, true, "char");
    public static readonly CIntType SChar = new(CIntKind.SChar, 8, true, "signed char");
    public static readonly CIntType UChar = new(CIntKind.UChar, 8, false, "unsigned char");
    public static readonly CIntType Short = new(CIntKind.Short, 16, true, "short");
    public static readonly CIntType UShort = new(CIntKind.UShort, 16, false, "unsigned short");
    public static readonly CIntType WChar = new(CIntKind.WChar, 16, false, "wchar_t");
    public static readonly CIntType Int = new(CIntKind.Int, 32, true, "int");
    public static readonly CIntType UInt = new(CIntKind.UInt, 32, false, "unsigned int");
    public static readonly CIntType Long = new(CIntKind.Long, 32, true, "long");
    public static readonly CIntType ULong = new(CIntKind.ULong, 32, false, "unsigned long");
    public static readonly CIntType LongLong = new(CIntKind.LongLong, 64, true, "long long");
    public static readonly CIntType ULongLong = new(CIntKind.ULongLong, 64, false, "unsigned long long");

    public static CIntType Of(CIntKind kind) => kind switch
    {
        CIntKind.Bool => Bool,
        CIntKind.Char => Char,
        CIntKind.SChar => SChar,
        CIntKind.UChar => UChar,
        CIntKind.Short => Short,
        CIntKind.UShort => UShort,
        CIntKind.WChar => WChar,
        CIntKind.Int => Int,
        CIntKind.UInt => UInt,
        CIntKind.Long => Long,
        CIntKind.ULong => ULong,
        CIntKind.LongLong => LongLong,
        _ => ULongLong,
    };
}

/// <summary><c>float</c> or <c>double</c>; <c>long double</c> is <c>double</c> under MSVC.</summary>
public sealed class CFloatType : CType
{
    private CFloatType(int bits, string spelling)
    {
        Bits = bits;
        _spelling = spelling;
    }

    private readonly string _spelling;
    public int Bits { get; }
    public override long Size => Bits / 8;
    public override long Align => Bits / 8;
    public override string Spelling => _spelling;
    public override bool SameAs(CType other) => other is CFloatType o && o.Bits == Bits;

    public static readonly CFloatType Float = new(32, "float");
    public static readonly CFloatType Double = new(64, "double");
}

public sealed class CPointerType(CType pointee) : CType
{
    public CType Pointee { get; } = pointee;
    public override long Size => 4;
    public override long Align => 4;
    public override string Spelling => Pointee is CFunctionType f ? f.SpellingWith("(*)") : $"{Pointee}*";

    public override bool SameAs(CType other) =>
        other is CPointerType o && o.Pointee.SameAs(Pointee) && o.Pointee.IsConst == Pointee.IsConst
        && o.Pointee.IsVolatile == Pointee.IsVolatile;
}

public sealed class CArrayType(CType element, long? length) : CType
{
    public CType Element { get; } = element;

    /// <summary>Number of elements; null for an incomplete array (<c>int a[]</c>) and a variable-length one.</summary>
    public long? Length { get; } = length;

    /// <summary>A variable-length array (C11 6.7.6.2): its length is known at run time only.</summary>
    public bool IsVariable { get; init; }

    /// <summary>
    /// For a variable-length array: the hidden local its length expression was evaluated into where the type was
    /// declared; null where no declaration evaluates it (a prototype's parameter, <c>[*]</c>).
    /// </summary>
    public CVarDecl? LengthVariable { get; init; }

    public override long Size => (Length ?? 0) * Element.Size;
    public override long Align => Element.Align;
    public override string Spelling => IsVariable ? $"{Element}[{LengthVariable?.Name ?? "*"}]" : $"{Element}[{Length}]";
    public override bool SameAs(CType other) => other is CArrayType o && o.Length == Length && o.IsVariable == IsVariable
        && o.LengthVariable == LengthVariable && o.Element.SameAs(Element);

    /// <summary>Whether this array, or an array it is made of, is variable-length.</summary>
    public bool IsVariablyModified => IsVariable || Element is CArrayType { IsVariablyModified: true };
}

public enum CCallingConvention
{
    Cdecl,
    Stdcall,
    Fastcall,
}

public sealed class CFunctionType(CType result, IReadOnlyList<CType> parameters, bool isVariadic, bool hasPrototype,
    CCallingConvention convention) : CType
{
    public CType Result { get; } = result;
    public IReadOnlyList<CType> Parameters { get; } = parameters;
    public bool IsVariadic { get; } = isVariadic;
    public bool HasPrototype { get; } = hasPrototype;
    public CCallingConvention Convention { get; } = convention;
    public override long Size => 0;
    public override long Align => 1;
    public override string Spelling => SpellingWith("");

    public string SpellingWith(string declarator) =>
        $"{Result} {declarator}({string.Join(", ", Parameters)}{(IsVariadic ? ", ..." : "")})";

    public override bool SameAs(CType other) =>
        other is CFunctionType o && o.Result.SameAs(Result) && o.IsVariadic == IsVariadic
        && o.Parameters.Count == Parameters.Count && o.Parameters.Zip(Parameters).All(p => p.First.SameAs(p.Second));
}

public sealed class CRecordType(CRecordDecl decl) : CType
{
    public CRecordDecl Decl { get; } = decl;
    public override long Size => Decl.Size;
    public override long Align => Decl.Align;
    public override string Spelling => (Decl.IsUnion ? "union " : "struct ") + Decl.Name;
    public override bool SameAs(CType other) => other is CRecordType o && ReferenceEquals(o.Decl, Decl);
}

public sealed class CEnumType(CEnumDecl decl) : CType
{
    public CEnumDecl Decl { get; } = decl;
    public CIntType Underlying => Decl.IntegerType;
    public override long Size => Underlying.Size;
    public override long Align => Underlying.Align;
    public override string Spelling => "enum " + Decl.Name;
    public override bool SameAs(CType other) => other is CEnumType o && ReferenceEquals(o.Decl, Decl);
}
