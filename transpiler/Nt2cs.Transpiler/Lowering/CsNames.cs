namespace Nt2cs.Transpiler.Lowering;

/// <summary>C identifiers as C# identifiers: keywords escaped, reserved member names avoided.</summary>
internal static class CsNames
{
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        // Contextual keywords that would change meaning as identifiers in some positions.
        "var", "dynamic", "value", "nameof", "when", "await", "async", "yield", "record", "with", "init",
        "and", "or", "not", "field", "extension", "managed", "unmanaged", "notnull", "scoped", "file", "required",
    };

    /// <summary>Members of Ptr/WPtr that a generated field accessor must not shadow.</summary>
    public static readonly HashSet<string> PointerMembers = new(StringComparer.Ordinal)
    {
        "Address", "Deref", "W", "IsNull", "Null", "As", "At", "Assign", "Zero", "RefAt", "Equals", "GetHashCode",
        "ToString", "GetType", "CompareTo",
    };

    /// <summary>Names the runtime's generated-code surface uses in every function and image class.</summary>
    public static readonly HashSet<string> Generated = new(StringComparer.Ordinal)
    {
        "frame", "Str", "AddressOf", "Mem", "Stack", "Fn", "Va", "Frame", "Ptr", "WPtr", "FnPtr", "CVoid", "CLib",
        "Library", "SetJmp", "LongJmpException", "Intrinsics", "Platform", "Seh", "Bits", "ImageData", "ImageDescriptor", "HostedRuntime", "Program", "Main", "Comma", "CInt", "Math",
        "System", "Nt2cs", "Runtime", "Unsafe", "Bools", "StructArg", "Sequence", "MethodImpl", "MethodImplOptions",
    };

    public static string Escape(string name) => s_keywords.Contains(name) ? "@" + name : name;

    public static bool IsKeyword(string name) => s_keywords.Contains(name);

    /// <summary>A C# identifier for generated names built from arbitrary text.</summary>
    public static string Sanitize(string text)
    {
        var chars = text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray();
        var name = new string(chars);
        return name.Length == 0 || char.IsDigit(name[0]) ? "_" + name : name;
    }
}
