using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Clang;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Parsing;

// Statements.
internal sealed partial class CAstBuilder
{
    private CStmt Statement(Cursor cursor)
    {
        var location = Loc(cursor);
        if (cursor.IsExpression)
            return new CExprStmt(location, Expr(cursor));
        var children = cursor.Children();
        switch (cursor.Kind)
        {
            case CXCursorKind.CompoundStmt:
                return new CCompoundStmt(location, children.SelectMany(StatementWithHoisted).ToList());
            case CXCursorKind.DeclStmt:
                return DeclarationStatement(location, children);
            case CXCursorKind.NullStmt:
                return new CNullStmt(location);
            case CXCursorKind.IfStmt:
                return new CIfStmt(location, Condition(children[0]), SubStatement(children[1]),
                    children.Count > 2 ? SubStatement(children[2]) : null);
            case CXCursorKind.WhileStmt:
                return new CWhileStmt(location, WithoutHoisting(() => Condition(children[0])), SubStatement(children[1]));
            case CXCursorKind.DoStmt:
                return new CDoStmt(location, SubStatement(children[0]), WithoutHoisting(() => Condition(children[1])));
            case CXCursorKind.ForStmt:
                return ForStatement(cursor, location, children);
            case CXCursorKind.SwitchStmt:
                return new CSwitchStmt(location, Expr(children[0]), SubStatement(children[1]));
            case CXCursorKind.CaseStmt:
                return CaseStatement(location, children);
            case CXCursorKind.DefaultStmt:
                return new CDefaultStmt(location, SubStatement(children[0]));
            case CXCursorKind.BreakStmt:
                return new CBreakStmt(location);
            case CXCursorKind.ContinueStmt:
                return new CContinueStmt(location);
            case CXCursorKind.ReturnStmt:
                return ReturnStatement(location, children);
            case CXCursorKind.GotoStmt:
                return new CGotoStmt(location, children[0].Spelling);
            case CXCursorKind.LabelStmt:
                return new CLabelStmt(location, cursor.Spelling, SubStatement(children[0]));
            case CXCursorKind.IndirectGotoStmt:
                throw TranslationException.Unsupported(location, "computed goto");
            case CXCursorKind.GCCAsmStmt:
            case CXCursorKind.MSAsmStmt:
                throw TranslationException.Unsupported(location, "inline assembly");
            case CXCursorKind.SEHTryStmt:
                return SehTry(location, children);
            case CXCursorKind.SEHLeaveStmt:
                return new CSehLeaveStmt(location);
            default:
                throw TranslationException.Unsupported(location, $"statement {cursor.Kind}");
        }
    }

    private CStmt SehTry(SourceLoc location, List<Cursor> children)
    {
        var statement = new CSehTryStmt(location, (CCompoundStmt)Statement(children[0]));
        var clause = children[1];
        var parts = clause.Children();
        if (clause.Kind == CXCursorKind.SEHExceptStmt)
        {
            statement.Filter = WithoutHoisting(() => Convert(Expr(parts[0]), CIntType.Int));   // run when an exception is dispatched
            statement.Handler = (CCompoundStmt)Statement(parts[1]);
        }
        else
        {
            statement.Finally = (CCompoundStmt)Statement(parts[0]);
        }
        return statement;
    }

    private CStmt DeclarationStatement(SourceLoc location, List<Cursor> children)
    {
        var variables = new List<CVarDecl>();
        foreach (var child in children)
        {
            switch (child.Kind)
            {
                case CXCursorKind.VarDecl:
                    variables.AddRange(DeclareVariableLengths(child, child.Type, Loc(child)));
                    variables.Add(LocalVariable(child));
                    break;
                case CXCursorKind.FunctionDecl:
                    Function(child);
                    break;
                case CXCursorKind.StructDecl:
                case CXCursorKind.UnionDecl:
                case CXCursorKind.EnumDecl:
                case CXCursorKind.TypedefDecl:
                    variables.AddRange(DeclareVariableLengths(child, LibClang.clang_getTypedefDeclUnderlyingType(child.Raw), Loc(child)));
                    DeclareType(child);
                    break;
                case CXCursorKind.StaticAssert:
                    break;
                default:
                    throw TranslationException.Unsupported(Loc(child), $"declaration {child.Kind}");
            }
        }
        return new CDeclStmt(location, variables);
    }

    private CStmt CaseStatement(SourceLoc location, List<Cursor> children)
    {
        if (children.Count != 2)
            throw TranslationException.Unsupported(location, "case range (GNU extension)");
        var value = EvaluateInteger(children[0]) ?? throw new TranslationException(location, "case value is not constant");
        return new CCaseStmt(location, value, SubStatement(children[1]));
    }

    private CStmt ReturnStatement(SourceLoc location, List<Cursor> children)
    {
        if (children.Count == 0)
            return new CReturnStmt(location, null);
        var value = Expr(children[0]);
        var resultType = _function!.Type.Result;
        return new CReturnStmt(location, resultType.IsVoid ? value : Convert(value, resultType));
    }

    /// <summary>
    /// libclang leaves out the clauses a <c>for</c> omits, so each child is placed by where it starts relative to
    /// the two semicolons of the header (where the file uses it, for a clause that starts with a macro).
    /// </summary>
    private CStmt ForStatement(Cursor cursor, SourceLoc location, List<Cursor> children)
    {
        var body = children[^1];
        var clauses = children.Take(children.Count - 1).ToList();
        CStmt? init = null;
        CExpr? condition = null;
        CExpr? increment = null;
        if (clauses.Count == 3)
        {
            init = Statement(clauses[0]);   // what it hoists runs before the loop, once, as the clause does
            condition = WithoutHoisting(() => Condition(clauses[1]));
            increment = WithoutHoisting(() => Expr(clauses[2]));
        }
        else if (clauses.Count > 0)
        {
            var (first, second) = _unit.ForHeaderSemicolons(cursor);
            foreach (var clause in clauses)
            {
                uint start = _unit.ExpansionOffset(clause);
                if (start < first)
                    init = Statement(clause);
                else if (start < second)
                    condition = WithoutHoisting(() => Condition(clause));
                else
                    increment = WithoutHoisting(() => Expr(clause));
            }
        }
        return new CForStmt(location, init, condition, increment, SubStatement(body));
    }

    /// <summary>A controlling expression: any scalar, compared against zero by the emitter.</summary>
    private CExpr Condition(Cursor cursor)
    {
        var expr = Expr(cursor);
        if (!expr.Type.IsScalar)
            throw new TranslationException(expr.Location, $"condition of type {expr.Type} is not scalar");
        return expr;
    }
}
