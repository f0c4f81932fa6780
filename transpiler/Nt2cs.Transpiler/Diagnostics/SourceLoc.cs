namespace Nt2cs.Transpiler.Diagnostics;

/// <summary>A position in C source, as clang reports it after #line directives.</summary>
public readonly record struct SourceLoc(string File, int Line, int Column)
{
    public static readonly SourceLoc None = new("", 0, 0);

    public bool IsNone => Line == 0;

    public override string ToString() => IsNone ? "<unknown>" : $"{File}:{Line}:{Column}";
}
