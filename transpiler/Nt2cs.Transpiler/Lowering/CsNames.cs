using Microsoft.CodeAnalysis.CSharp;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>C identifiers as C# identifiers: keywords escaped, reserved member names avoided.</summary>
internal static class CsNames
{
    /// <summary>
    /// C#'s reserved keywords (Roslyn's own list), and the contextual keywords and special identifiers that would
    /// change meaning as identifiers in some position generated code puts a C name in (others, such as
    /// <c>get</c> or <c>from</c>, are left readable).
    /// </summary>
    private static readonly HashSet<string> s_keywords = SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText)
        .Concat(["var", "dynamic", "value", "nameof", "when", "await", "async", "yield", "record", "with", "init",
            "and", "or", "not", "field", "extension", "managed", "unmanaged", "notnull", "scoped", "file", "required"])
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Members of Ptr/WPtr that a generated field accessor must not shadow.</summary>
    public static readonly HashSet<string> PointerMembers = new(StringComparer.Ordinal)
    {
        "Address", "Deref", "W", "IsNull", "Null", "As", "At", "Assign", "Zero", "Equals", "GetHashCode",
        "ToString", "GetType", "CompareTo",
    };

    /// <summary>
    /// Names generated code uses in every function and image class, which no C symbol may take: the runtime's types
    /// and the helpers it imports statically, the emitter's own (the frame, the address and string tables, the
    /// program class), and the .NET names it spells.
    /// </summary>
    public static readonly HashSet<string> Generated = typeof(Runtime.Mem).Assembly.GetExportedTypes()
        .Select(t => t.Name.Split('`')[0])
        .Concat(typeof(Runtime.Sequence).GetMethods().Where(m => m.IsStatic).Select(m => m.Name))
        .Concat(["frame", "Str", "AddressOf", "__Imports", "__Export", "__Image", "EntryPoint", "Program", "Main", "System", "Nt2cs", "Runtime", "MethodImpl", "MethodImplOptions", "Unsafe",
            "__base", "__lo", "__limit1", "__limit2", "__limit4", "__limit8"])
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The prefix of the scratch locals a function written in place numbers, one per access (<c>__addr0</c>,
    /// <c>__addr1</c>…): no C symbol may take such a name either (<see cref="IsReserved"/>).
    /// </summary>
    public const string ScratchAddress = "__addr";

    /// <summary>
    /// The prefix of the nested classes a very large unit's static functions are split into (<c>__Part1</c>,
    /// <c>__Part2</c>…, <see cref="SplitLargeUnits"/>): no C symbol may take such a name either.
    /// </summary>
    public const string UnitPart = "__Part";

    /// <summary>The prefix of the array tag types' names (<c>int[4]</c> as a pointee ⇒ <c>Array_int_4</c>, CsTypes.ArrayTagName).</summary>
    public const string ArrayTagPrefix = "Array_";

    /// <summary>A name the emitter numbers for itself: a scratch address or a unit's part.</summary>
    public static bool IsReserved(string name) => IsNumbered(name, ScratchAddress) || IsNumbered(name, UnitPart);

    private static bool IsNumbered(string name, string prefix) =>
        name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && name.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    public static string Escape(string name) => s_keywords.Contains(name) ? "@" + name : name;

    public static bool IsKeyword(string name) => s_keywords.Contains(name);

    /// <summary>
    /// Whether a member named <paramref name="candidate"/> would clash with a property's accessor among the names
    /// <paramref name="taken"/>: a property <c>id</c> has a getter method <c>get_id</c>, so the two cannot both be
    /// members of one class.
    /// </summary>
    public static bool ClashesWithAccessor(HashSet<string> taken, string candidate) =>
        taken.Contains("get_" + candidate) || taken.Contains("set_" + candidate)
        || (candidate.StartsWith("get_", StringComparison.Ordinal) || candidate.StartsWith("set_", StringComparison.Ordinal)) && taken.Contains(candidate[4..]);

    /// <summary>A C# identifier for generated names built from arbitrary text.</summary>
    public static string Sanitize(string text)
    {
        var chars = text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray();
        var name = new string(chars);
        return name.Length == 0 || char.IsDigit(name[0]) ? "_" + name : name;
    }
}
