using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// C's switch as C#'s: RestructureJumps left every case label at the top level of its switch's body, so each run
/// of labels starts a section; a section that falls into the next ends in <c>goto case</c> (C# forbids falling
/// through), and case values are spelled in the governing expression's C# type.
/// </summary>
internal sealed class SwitchEmitter(ExpressionGenerator expressions, StatementGenerator statements)
{
    /// <summary>
    /// A switch whose case labels are at the top level of its body: one C# section per run of labels, and a
    /// section that falls into the next ends in <c>goto case</c>.
    /// </summary>
    public IEnumerable<StatementSyntax> Switch(CSwitchStmt s)
    {
        var governing = expressions.Value(s.Condition);
        var items = s.Body is CCompoundStmt compound ? compound.Items : [s.Body];
        var sections = new List<(List<SwitchLabelSyntax> Labels, List<StatementSyntax> Statements, ExpressionSyntax Target)>();
        var before = new List<StatementSyntax>();
        foreach (var item in items)
        {
            var statement = item;
            var labels = new List<SwitchLabelSyntax>();
            ExpressionSyntax? first = null;
            while (statement is CCaseStmt or CDefaultStmt)
            {
                if (statement is CCaseStmt @case)
                {
                    var value = CaseValue(@case, governing.Type);
                    labels.Add(CaseSwitchLabel(value));
                    first ??= value;
                    statement = @case.Body;
                }
                else
                {
                    labels.Add(DefaultSwitchLabel());
                    statement = ((CDefaultStmt)statement).Body;
                }
            }
            var generated = statements.Statement(statement).ToList();
            if (labels.Count > 0)
            {
                sections.Add((labels, generated, first ?? DefaultExpression(IdentifierName("__default"))));
                continue;
            }
            if (sections.Count == 0)
            {
                // Before the first label only declarations matter (C jumps over the rest).
                before.AddRange(generated.Where(g => g is LocalDeclarationStatementSyntax));
                if (generated.Any(g => g is not LocalDeclarationStatementSyntax && g is not EmptyStatementSyntax)
                    && CTree.Statements(item).Any(x => x is CLabelStmt))
                    throw TranslationException.Unsupported(item.Location, "label before the first case of a switch");
                continue;
            }
            sections[^1].Statements.AddRange(generated);
        }
        var built = new List<SwitchSectionSyntax>();
        for (int i = 0; i < sections.Count; i++)
        {
            var (labels, statements, _) = sections[i];
            if (statements.Count == 0 || !EndsInJump(statements[^1]))
            {
                if (i + 1 < sections.Count)
                {
                    var next = sections[i + 1];
                    statements.Add(next.Labels[0] is CaseSwitchLabelSyntax label
                        ? GotoStatement(SyntaxKind.GotoCaseStatement, Token(SyntaxKind.CaseKeyword), label.Value)
                        : GotoStatement(SyntaxKind.GotoDefaultStatement, Token(SyntaxKind.DefaultKeyword), null!));
                }
                else
                {
                    statements.Add(BreakStatement());
                }
            }
            built.Add(SwitchSection(List(labels), List(statements)));
        }
        var @switch = SwitchStatement(governing.Syntax).WithSections(List(built));
        return before.Count == 0 ? [@switch] : [.. before, @switch];
    }

    private static bool EndsInJump(StatementSyntax statement) => statement switch
    {
        BreakStatementSyntax or ContinueStatementSyntax or ReturnStatementSyntax or GotoStatementSyntax or ThrowStatementSyntax => true,
        LabeledStatementSyntax labeled => EndsInJump(labeled.Statement),
        BlockSyntax { Statements.Count: > 0 } block => EndsInJump(block.Statements[^1]),
        _ => false,
    };

    private static ExpressionSyntax CaseValue(CCaseStmt @case, CsType governing)
    {
        var type = governing.Kind switch
        {
            CsKind.UInt => CIntType.UInt,
            CsKind.Long => CIntType.LongLong,
            CsKind.ULong => CIntType.ULongLong,
            _ => CIntType.Int,
        };
        var literal = new CIntLiteral(@case.Location, type, CIntegers.Truncate((ulong)@case.Value, type));
        var value = ExpressionGenerator.IntLiteral(literal);
        return governing.Kind is CsKind.Int or CsKind.UInt or CsKind.Long or CsKind.ULong ? value.Syntax
            : Cast(governing.Name, value.Syntax);
    }
}
