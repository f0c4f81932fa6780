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
/// A failure of the translator itself (a bug), tied to the C construct being translated when it happened, so the
/// user gets <c>file.c:12:5: internal error: …</c> instead of a stack trace.
/// </summary>
public sealed class InternalTranslationException(SourceLoc location, Exception inner)
    : Exception($"{inner.GetType().Name}: {inner.Message}", inner)
{
    public SourceLoc Location { get; } = location;

    public Diagnostic ToDiagnostic() => new(Severity.Error, Location, $"internal error: {Message}");
}
