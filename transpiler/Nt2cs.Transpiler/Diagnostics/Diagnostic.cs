namespace Nt2cs.Transpiler.Diagnostics;

public enum Severity
{
    Note,
    Warning,
    Error,
}

/// <summary>A compiler-style message: <c>file.c:line:col: error: text</c>.</summary>
public sealed record Diagnostic(Severity Severity, SourceLoc Location, string Message)
{
    public override string ToString()
    {
        string severity = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
        return Location.IsNone ? $"nt2cs: {severity}: {Message}" : $"{Location}: {severity}: {Message}";
    }
}

/// <summary>
/// Thrown when a construct cannot be translated with exact semantics: the translation stops with an error at the
/// construct's location rather than produce code that behaves differently.
/// </summary>
public sealed class TranslationException(SourceLoc location, string message) : Exception(message)
{
    public SourceLoc Location { get; } = location;

    public Diagnostic ToDiagnostic() => new(Severity.Error, Location, Message);

    public static TranslationException Unsupported(SourceLoc location, string what) =>
        new(location, $"unsupported: {what}");
}

/// <summary>
/// A failure of the translator itself (a bug: a pass that left the C AST in a shape the next stage does not expect,
/// or an exception from inside it), tied to the C construct being translated when it happened, so the user gets
/// <c>file.c:12:5: error: internal error: …</c> and exit status 70 instead of a stack trace or a blame on their C.
/// </summary>
public sealed class InternalTranslationException : Exception
{
    /// <summary>A broken invariant the translator checks itself.</summary>
    public InternalTranslationException(SourceLoc location, string message) : base(message) => Location = location;

    /// <summary>An unexpected exception from inside the translator.</summary>
    public InternalTranslationException(SourceLoc location, Exception inner)
        : base($"{inner.GetType().Name}: {inner.Message}", inner) => Location = location;

    public SourceLoc Location { get; }

    public Diagnostic ToDiagnostic() => new(Severity.Error, Location, $"internal error: {Message}");
}
