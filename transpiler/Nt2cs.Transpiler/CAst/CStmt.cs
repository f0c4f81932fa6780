using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.CAst;

public abstract class CStmt(SourceLoc location)
{
    public SourceLoc Location { get; } = location;
}

public sealed class CCompoundStmt(SourceLoc location, List<CStmt> items) : CStmt(location)
{
    public List<CStmt> Items { get; } = items;
}

/// <summary>Block-scope variable declarations (one C declaration may declare several).</summary>
public sealed class CDeclStmt(SourceLoc location, List<CVarDecl> variables) : CStmt(location)
{
    public List<CVarDecl> Variables { get; } = variables;
}

public sealed class CExprStmt(SourceLoc location, CExpr expr) : CStmt(location)
{
    public CExpr Expr { get; set; } = expr;
}

public sealed class CNullStmt(SourceLoc location) : CStmt(location);

public sealed class CIfStmt(SourceLoc location, CExpr condition, CStmt then, CStmt? @else) : CStmt(location)
{
    public CExpr Condition { get; set; } = condition;
    public CStmt Then { get; set; } = then;
    public CStmt? Else { get; set; } = @else;
}

public sealed class CWhileStmt(SourceLoc location, CExpr condition, CStmt body) : CStmt(location)
{
    public CExpr Condition { get; set; } = condition;
    public CStmt Body { get; set; } = body;
}

public sealed class CDoStmt(SourceLoc location, CStmt body, CExpr condition) : CStmt(location)
{
    public CStmt Body { get; set; } = body;
    public CExpr Condition { get; set; } = condition;
}

public sealed class CForStmt(SourceLoc location, CStmt? init, CExpr? condition, CExpr? increment, CStmt body) : CStmt(location)
{
    public CStmt? Init { get; set; } = init;
    public CExpr? Condition { get; set; } = condition;
    public CExpr? Increment { get; set; } = increment;
    public CStmt Body { get; set; } = body;
}

public sealed class CSwitchStmt(SourceLoc location, CExpr condition, CStmt body) : CStmt(location)
{
    public CExpr Condition { get; set; } = condition;
    public CStmt Body { get; set; } = body;
}

public sealed class CCaseStmt(SourceLoc location, long value, CStmt body) : CStmt(location)
{
    /// <summary>The case value, converted to the promoted type of the switch condition.</summary>
    public long Value { get; set; } = value;
    public CStmt Body { get; set; } = body;
}

public sealed class CDefaultStmt(SourceLoc location, CStmt body) : CStmt(location)
{
    public CStmt Body { get; set; } = body;
}

public sealed class CBreakStmt(SourceLoc location) : CStmt(location);

public sealed class CContinueStmt(SourceLoc location) : CStmt(location);

public sealed class CReturnStmt(SourceLoc location, CExpr? value) : CStmt(location)
{
    public CExpr? Value { get; set; } = value;
}

public sealed class CGotoStmt(SourceLoc location, string label) : CStmt(location)
{
    public string Label { get; } = label;

    /// <summary>The label comes first in the source: a loop written with goto, which polls a safe point (set by MarkJumps).</summary>
    public bool IsBackward { get; set; }
}

public sealed class CLabelStmt(SourceLoc location, string label, CStmt body) : CStmt(location)
{
    public string Label { get; } = label;
    public CStmt Body { get; set; } = body;
}

/// <summary>
/// <c>__try { Body } __except (Filter) { Handler }</c> or <c>__try { Body } __finally { Finally }</c>.
/// </summary>
public sealed class CSehTryStmt(SourceLoc location, CCompoundStmt body) : CStmt(location)
{
    public CCompoundStmt Body { get; set; } = body;
    public CExpr? Filter { get; set; }
    public CCompoundStmt? Handler { get; set; }
    public CCompoundStmt? Finally { get; set; }

    /// <summary>Not the C's own: the scope of variable-length arrays, whose <c>__finally</c> gives their storage back.</summary>
    public bool ReleasesVariableLengthArrays { get; init; }
}

/// <summary><c>__leave</c>: to the end of the innermost <c>__try</c> block, as a normal completion.</summary>
public sealed class CSehLeaveStmt(SourceLoc location) : CStmt(location);
