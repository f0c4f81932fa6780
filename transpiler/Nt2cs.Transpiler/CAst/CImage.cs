namespace Nt2cs.Transpiler.CAst;

/// <summary>
/// One image: the translation units that link into one C# project and assembly (a program, a driver, the
/// kernel). Lowering passes fill in the image-wide tables; the emitter reads them.
/// </summary>
public sealed class CImage(string name, IReadOnlyList<CTranslationUnit> units)
{
    public string Name { get; } = name;
    public IReadOnlyList<CTranslationUnit> Units { get; } = units;

    /// <summary>Functions with a body in this image, one per definition, in source order.</summary>
    public List<CFunctionDecl> Functions { get; } = [];

    /// <summary>Functions called or referenced but defined elsewhere (the runtime's C library, other images).</summary>
    public List<CFunctionDecl> Imports { get; } = [];

    /// <summary>
    /// Functions and objects the image imports from other images (tree mode), one declaration per name, which the
    /// image's class binds at load time (set by linking).
    /// </summary>
    public List<CDecl> ImageImports { get; } = [];

    /// <summary>What the image exports to others: each exported name and the definition it names (set by linking).</summary>
    public List<(string Name, CDecl Definition)> Exports { get; } = [];

    /// <summary>The function the loader calls once the image is bound (DLLENTRY, DriverEntry), if any (set by linking).</summary>
    public CFunctionDecl? EntryFunction { get; set; }

    /// <summary>Objects with static storage duration defined in this image: globals, file and block statics.</summary>
    public List<CVarDecl> Globals { get; } = [];

    /// <summary>
    /// The C# names every unit's code finds before its own file's imports (set by naming): the emitter's, the units'
    /// classes, imports, functions and objects with external linkage, and struct types.
    /// </summary>
    public HashSet<string> ImageNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Records (struct/union types) the image uses, one per distinct C# type.</summary>
    public List<CRecordDecl> Records { get; } = [];


    /// <summary>Pointer-to-array pointee types used, by their C# tag name.</summary>
    public SortedDictionary<string, long> ArrayTags { get; } = new(StringComparer.Ordinal);

    /// <summary>Data offset of each global and code offset of each function, within its unit's block (set by layout).</summary>
    public Dictionary<CVarDecl, uint> DataOffsets { get; } = new(ReferenceEqualityComparer.Instance);
    public Dictionary<CFunctionDecl, uint> CodeOffsets { get; } = new(ReferenceEqualityComparer.Instance);
}

/// <summary>A pooled string literal: its bytes (terminator included), its unit, where it lives there, and its C# name.</summary>
public sealed class CStringData(byte[] bytes, int elementSize, CTranslationUnit unit)
{
    public byte[] Bytes { get; } = bytes;
    public int ElementSize { get; } = elementSize;
    public CTranslationUnit Unit { get; } = unit;
    public uint Offset { get; set; }
    public string CsName { get; set; } = "";
}
