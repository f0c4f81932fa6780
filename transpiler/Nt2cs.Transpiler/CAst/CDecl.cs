using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.CAst;

/// <summary>A C declaration. Analysis passes annotate declarations in place (names, storage, layout).</summary>
public abstract class CDecl(string name, SourceLoc location)
{
    public string Name { get; set; } = name;

    /// <summary>Where it is declared; for a function, where it is defined once the definition is seen.</summary>
    public SourceLoc Location { get; set; } = location;

    /// <summary>The C# identifier chosen by the naming pass.</summary>
    public string? CsName { get; set; }

    /// <summary>For a definition: the translation unit it is in, whose C# class holds it (set by linking).</summary>
    public CTranslationUnit? Unit { get; set; }

    /// <summary>Declared <c>__declspec(dllexport)</c>: the image exports it under its own name.</summary>
    public bool IsDllExport { get; set; }

    /// <summary>For a function or object the image imports: the image that exports it (set by linking).</summary>
    public string? ImportedFrom { get; set; }

    public override string ToString() => Name;
}

public enum CStorage
{
    /// <summary>A block-scope automatic variable or a parameter.</summary>
    Auto,
    /// <summary>File scope with external linkage.</summary>
    Global,
    /// <summary>File scope <c>static</c>, or block scope <c>static</c>.</summary>
    Static,
    /// <summary>A block-scope or file-scope <c>extern</c> declaration.</summary>
    Extern,
}

public sealed class CVarDecl(string name, SourceLoc location, CType type, CStorage storage) : CDecl(name, location)
{
    public CType Type { get; set; } = type;
    public CStorage Storage { get; set; } = storage;
    public CExpr? Init { get; set; }
    public bool IsParameter { get; init; }
    public bool IsFileScope { get; init; }

    /// <summary><c>__declspec(selectany)</c>: the linker keeps one of its definitions and drops the others.</summary>
    public bool IsSelectAny { get; set; }

    /// <summary>Alignment the declaration asks for (<c>__declspec(align(n))</c>, <c>_Alignas</c>, <c>aligned</c>), or 0.</summary>
    public long DeclaredAlign { get; set; }

    /// <summary>Where the variable's storage is aligned: its type's alignment, or more if the declaration asks.</summary>
    public long Align => Math.Max(Type.Align, DeclaredAlign);

    /// <summary>Set when the variable must live in guest memory: its address is taken, or it is an aggregate.</summary>
    public bool InMemory { get; set; }

    /// <summary>Offset in the function's guest frame, for an in-memory local.</summary>
    public uint FrameOffset { get; set; }

    /// <summary>The function a block-scope static belongs to.</summary>
    public CFunctionDecl? Owner { get; set; }

    /// <summary>The declaration that holds the storage (the definition, or the first declaration).</summary>
    public CVarDecl? Canonical { get; set; }

    /// <summary>The earlier local, of a scope that has ended, whose C# variable this one uses too (set by ShareLocalVariables).</summary>
    public CVarDecl? SharesVariableWith { get; set; }

    public bool HasStaticDuration => Storage is CStorage.Global or CStorage.Static or CStorage.Extern;
}

public sealed class CFunctionDecl(string name, SourceLoc location, CFunctionType type) : CDecl(name, location)
{
    public CFunctionType Type { get; set; } = type;
    public List<CVarDecl> Parameters { get; } = [];
    public CCompoundStmt? Body { get; set; }
    public bool IsStatic { get; set; }
    public bool IsInline { get; set; }

    /// <summary><c>__declspec(noinline)</c>: kept a call in C#, too.</summary>
    public bool IsNoInline { get; set; }

    /// <summary>The declaration that has the body, once linked.</summary>
    public CFunctionDecl? Definition { get; set; }

    /// <summary>Which of its unit's classes holds the method: 0 the unit's own, N its nested <c>__PartN</c> (set by SplitLargeUnits).</summary>
    public int Part { get; set; }

    /// <summary>Locals and parameters of this function, in declaration order (filled by the builder).</summary>
    public List<CVarDecl> Locals { get; } = [];

    /// <summary>Block-scope statics, emitted as globals.</summary>
    public List<CVarDecl> Statics { get; } = [];

    /// <summary>Bytes of guest frame the function needs (set by frame layout).</summary>
    public uint FrameSize { get; set; }

    /// <summary>
    /// Whether the function enters a guest frame (set by frame layout): every function but a leaf with nothing in
    /// memory, which calls nothing (so cannot recurse) and has no address on the stack.
    /// </summary>
    public bool HasFrame { get; set; } = true;

    /// <summary>Alignment of the frame's base: 16 as the i386 ABI keeps the stack, more for over-aligned locals.</summary>
    public uint FrameAlign { get; set; } = 16;

    /// <summary>Whether the function calls <c>_alloca</c>: its stack pointer may be below its frame when it returns (set by frame layout).</summary>
    public bool CallsAlloca { get; set; }

    /// <summary>Whether the body walks the host stack: calls <c>_ReturnAddress</c> or <c>__machine_describe_stack</c> (set by lowering).</summary>
    public bool UsesReturnAddress { get; set; }

    /// <summary>Whether the function must stay a .NET frame of its own, never inlined: <c>_ReturnAddress</c> walks frames (set by lowering).</summary>
    public bool KeepsOwnFrame { get; set; }

    /// <summary>
    /// Whether a <c>return</c> inside a <c>__try</c> guarded by a <c>__finally</c> exists: the termination handler
    /// may use the frame after the return computed its value, so the frame is left in a C# <c>finally</c> (set by
    /// frame layout).
    /// </summary>
    public bool LeavesFrameInFinally { get; set; }

    /// <summary>Whether the body (restructured) has a goto or a label: its locals are declared at the top, so no jump skips a C# declaration (set by MarkJumps).</summary>
    public bool HasJumps { get; set; }

    /// <summary>Whether locals of different scopes share C# variables (set by ShareLocalVariables): declared at the top too.</summary>
    public bool SharesLocals { get; set; }

    /// <summary>Whether every local is declared at the top of the C# method, its C declarations being assignments.</summary>
    public bool HoistsLocals => HasJumps || SharesLocals;

    /// <summary>What the JIT is told about inlining the function (set by ChooseInlining).</summary>
    public CInlining Inlining { get; set; }

    /// <summary>Whether the function is compiled fully optimised at its first call and never tiered (<c>AggressiveOptimization</c>; set by ChooseInlining).</summary>
    public bool OptimisedAtFirstCall { get; set; }

    /// <summary>Whether the body has a loop or a backward <c>goto</c> (set by ChooseInlining).</summary>
    public bool HasLoop { get; set; }

    /// <summary>Struct temporaries and variadic argument blocks, allocated in the frame by lowering.</summary>
    public List<CFrameTemp> Temps { get; } = [];

    /// <summary>The function's setjmp calls, numbered from 1: where a longjmp resumes it.</summary>
    public Dictionary<CCall, int> SetjmpSites { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The local holding which setjmp site a longjmp resumes at (0 on entry).</summary>
    public CVarDecl? SetjmpSiteVariable { get; set; }

    public override string ToString() => $"{Name}: {Type}";
}

/// <summary>Whether the JIT may inline a translated function into its callers.</summary>
public enum CInlining
{
    /// <summary>As the JIT decides.</summary>
    Default,

    /// <summary>Never: kept a call (<c>NoInlining</c>).</summary>
    Never,

    /// <summary>Whenever it can (<c>AggressiveInlining</c>).</summary>
    Always,
}

/// <summary>A frame slot the translator itself needs: a struct return value, an argument block.</summary>
public sealed class CFrameTemp(CType type, uint size, uint align)
{
    public CType Type { get; } = type;
    public uint Size { get; } = size;
    public uint Align { get; } = align;
    public uint Offset { get; set; }
}

public sealed class CField(string name, CType type, long offset, int bitWidth, int bitOffset)
{
    public string Name { get; set; } = name;
    public CType Type { get; } = type;

    /// <summary>Byte offset of the field (of its storage unit, for a bitfield).</summary>
    public long Offset { get; } = offset;

    /// <summary>Width in bits for a bitfield, -1 otherwise.</summary>
    public int BitWidth { get; } = bitWidth;

    /// <summary>Bit position inside the storage unit at <see cref="Offset"/>, for a bitfield.</summary>
    public int BitOffset { get; } = bitOffset;

    public bool IsBitField => BitWidth >= 0;

    /// <summary>An unnamed struct/union member whose fields are reached as if they were this record's.</summary>
    public bool IsAnonymousMember { get; init; }

    public string? CsName { get; set; }

    public override string ToString() => $"{Type} {Name} @{Offset}";
}

public sealed class CRecordDecl(string name, SourceLoc location, bool isUnion) : CDecl(name, location)
{
    public bool IsUnion { get; } = isUnion;
    public List<CField> Fields { get; } = [];
    public long Size { get; set; }
    public long Align { get; set; } = 1;
    public bool IsComplete { get; set; }

    /// <summary>No tag and no typedef name: the name was made up.</summary>
    public bool IsAnonymous { get; set; }

    /// <summary>Packed or misaligned fields exist (their accesses take the checked path).</summary>
    public bool HasUnalignedFields { get; set; }

    /// <summary>
    /// Two declarations are one type across translation units and images when they agree on name, size and every
    /// field. An anonymous record's made-up name is its unit's own, so it is known by where it is written instead,
    /// and a field of such a type by that type's signature (Lua's <c>struct Dyndata { struct { … } actvar; … }</c>
    /// is one type in every file that includes its header).
    /// </summary>
    public string Signature =>
        $"{(IsUnion ? "union" : "struct")} {(IsAnonymous ? $"@{Location}" : Name)} {Size} {{{string.Join(";", Fields.Select(f => $"{FieldType(f.Type)} {f.Name}@{f.Offset}:{f.BitWidth}.{f.BitOffset}"))}}}";

    private static string FieldType(CType type) => type switch
    {
        CRecordType { Decl.IsAnonymous: true } anonymous => anonymous.Decl.Signature,
        CArrayType { Element: CRecordType { Decl.IsAnonymous: true } element } array => $"{element.Decl.Signature}[{array.Length}]",
        _ => type.ToString()!,
    };
}

public sealed class CEnumDecl(string name, SourceLoc location, CIntType integerType) : CDecl(name, location)
{
    public CIntType IntegerType { get; } = integerType;
    public List<CEnumConstantDecl> Constants { get; } = [];
    public bool IsAnonymous { get; set; }
}

/// <summary>
/// An object-like macro whose body is an integer constant expression (<c>#define STATUS_BUFFER_TOO_SMALL
/// ((NTSTATUS)0xC0000023L)</c>), with its value in the body's type: a unit naming it declares it as a C# constant.
/// </summary>
public sealed class CMacroConstantDecl(string name, SourceLoc location, ulong value, CType type, bool isHex) : CDecl(name, location)
{
    public ulong Value { get; } = value;
    public CType Type { get; } = type;
    public bool IsHex { get; } = isHex;
}

public sealed class CEnumConstantDecl(string name, SourceLoc location, long value, CType type) : CDecl(name, location)
{
    public long Value { get; } = value;
    public CType Type { get; } = type;
}

/// <summary>A translation unit after parsing: its declarations in source order.</summary>
/// <summary>
/// One C file as parsed, and, once lowered, the C# class it becomes: its own code slots and data block (laid out
/// relative to bases the image's loader gives it), and its pooled string literals.
/// </summary>
/// <summary>
/// A typedef name as a C# using alias in a unit's file: <c>using ULONG = uint;</c> for a type written as it
/// (<paramref name="IsPointee"/> false), or <c>using LIST_ENTRY = _LIST_ENTRY;</c> for a struct, whose values
/// C# holds by address, so the alias appears where the struct is pointed to (<c>Ptr&lt;LIST_ENTRY&gt;</c>).
/// </summary>
public sealed record CTypeAlias(string CsName, CType Type, bool IsPointee);

public sealed class CTranslationUnit(string path)
{
    public string Path { get; } = path;

    /// <summary>Whether a variable-length array type appears in the unit: LowerVariableLengthArrays has work here.</summary>
    public bool HasVariablyModifiedTypes { get; set; }

    /// <summary>The C# class of the unit (set by the naming pass).</summary>
    public string? CsName { get; set; }

    /// <summary>How many nested classes its static functions are split into, none for all but a very large unit (set by SplitLargeUnits).</summary>
    public int Parts { get; set; }

    /// <summary>Bytes of code address space (one slot per function), of data, and the data block's alignment (set by layout).</summary>
    public uint CodeSize { get; set; }
    public uint DataSize { get; set; }
    public uint DataAlign { get; set; } = 4;

    /// <summary>The unit's string literals, one copy each (set by PoolStrings).</summary>
    public List<CStringData> Strings { get; } = [];

    /// <summary>
    /// What its class declares for its own code (set by CollectUnitReferences): the enumeration constants it names,
    /// the imported functions it names, and the functions and objects of other units whose address it takes.
    /// </summary>
    public List<CEnumConstantDecl> Constants { get; } = [];
    public List<CMacroConstantDecl> Macros { get; } = [];
    public List<CFunctionDecl> Imports { get; } = [];
    public List<CDecl> Externals { get; } = [];
    public List<CFunctionDecl> Functions { get; } = [];
    public List<CVarDecl> Globals { get; } = [];
    public List<CRecordDecl> Records { get; } = [];
    public List<CEnumDecl> Enums { get; } = [];

    /// <summary>The typedefs the unit declares (its headers' included), each with the type it names.</summary>
    public List<(string Name, CType Type)> Typedefs { get; } = [];

    /// <summary>The typedef names its C# may say, by name (set by NameTypeAliases).</summary>
    public Dictionary<string, CTypeAlias> TypeAliases { get; } = new(StringComparer.Ordinal);

    /// <summary>Files read to build this unit (the source and every header), for caching.</summary>
    public List<string> Inclusions { get; } = [];
}
