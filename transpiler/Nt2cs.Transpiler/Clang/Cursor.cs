using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nt2cs.Transpiler.Clang;

/// <summary>A libclang cursor with the queries the AST builder needs.</summary>
internal readonly unsafe struct Cursor(CXCursor raw)
{
    public readonly CXCursor Raw = raw;

    public CXCursorKind Kind => Raw.Kind;
    public bool IsNull => LibClang.clang_Cursor_isNull(Raw) != 0;
    public string Spelling => LibClang.Take(LibClang.clang_getCursorSpelling(Raw));
    public CXType Type => LibClang.clang_getCursorType(Raw);

    /// <summary>The declaration as clang prints it back: macros expanded, attributes with their evaluated arguments.</summary>
    public string PrettyPrinted
    {
        get
        {
            nint policy = LibClang.clang_getCursorPrintingPolicy(Raw);
            try
            {
                return LibClang.Take(LibClang.clang_getCursorPrettyPrinted(Raw, policy));
            }
            finally
            {
                LibClang.clang_PrintingPolicy_dispose(policy);
            }
        }
    }
    public CXType ResultType => LibClang.clang_getCursorResultType(Raw);
    public Cursor Referenced => new(LibClang.clang_getCursorReferenced(Raw));
    public Cursor Definition => new(LibClang.clang_getCursorDefinition(Raw));
    public Cursor Canonical => new(LibClang.clang_getCanonicalCursor(Raw));
    public Cursor SemanticParent => new(LibClang.clang_getCursorSemanticParent(Raw));
    public bool IsDefinition => LibClang.clang_isCursorDefinition(Raw) != 0;
    public CXStorageClass StorageClass => LibClang.clang_Cursor_getStorageClass(Raw);
    public CXBinaryOperatorKind BinaryOperator => LibClang.clang_getCursorBinaryOperatorKind(Raw);
    public CXUnaryOperatorKind UnaryOperator => LibClang.clang_getCursorUnaryOperatorKind(Raw);
    public CXSourceLocation Location => LibClang.clang_getCursorLocation(Raw);
    public CXSourceRange Extent => LibClang.clang_getCursorExtent(Raw);

    public bool IsExpression => Kind is >= CXCursorKind.FirstExpr and <= CXCursorKind.LastExpr;
    public bool IsStatement => Kind is >= CXCursorKind.FirstStmt and <= CXCursorKind.LastStmt;

    public bool Equals(Cursor other) => LibClang.clang_equalCursors(Raw, other.Raw) != 0;

    public List<Cursor> Children() => Visit(&CollectChild);

    /// <summary>The children that are expressions (an expression's operands).</summary>
    public List<Cursor> ExpressionChildren() => Visit(&CollectExpressionChild);

    private List<Cursor> Visit(delegate* unmanaged<CXCursor, CXCursor, nint, CXChildVisitResult> visitor)
    {
        var list = new List<Cursor>(2); // most nodes have one or two
        // libclang calls the visitor on this thread before it returns: the list is handed over in a thread static
        // rather than through a GC handle allocated and freed for every cursor visited.
        var outer = t_children;
        t_children = list;
        try
        {
            LibClang.clang_visitChildren(Raw, visitor, 0);
        }
        finally
        {
            t_children = outer;
        }
        return list;
    }

    [ThreadStatic]
    private static List<Cursor>? t_children;

    [UnmanagedCallersOnly]
    private static CXChildVisitResult CollectChild(CXCursor cursor, CXCursor parent, nint data)
    {
        t_children!.Add(new Cursor(cursor));
        return CXChildVisitResult.Continue;
    }

    [UnmanagedCallersOnly]
    private static CXChildVisitResult CollectExpressionChild(CXCursor cursor, CXCursor parent, nint data)
    {
        if (new Cursor(cursor).IsExpression)
            t_children!.Add(new Cursor(cursor));
        return CXChildVisitResult.Continue;
    }

    public override string ToString() => $"{Kind} '{Spelling}'";
}

/// <summary>Identity of a declaration cursor, for dictionaries (libclang's own hash and equality).</summary>
internal sealed class CursorComparer : IEqualityComparer<Cursor>
{
    public static readonly CursorComparer Instance = new();
    public bool Equals(Cursor a, Cursor b) => LibClang.clang_equalCursors(a.Raw, b.Raw) != 0;
    public int GetHashCode(Cursor c) => (int)LibClang.clang_hashCursor(c.Raw);
}
