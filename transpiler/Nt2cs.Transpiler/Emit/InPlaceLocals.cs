using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// The locals a function written in place declares (ExpressionGenerator.InPlace.cs): the hosted window's its
/// accesses use, at its entry, and their scratch addresses, after every other local.
/// </summary>
internal static class InPlaceLocals
{
    /// <summary>
    /// A hosted program's window never moves, so a function written in place reads it once, into these locals, at
    /// its entry: read from <c>HotState</c> at every access, each store through a pointer made the JIT read it again.
    /// Its start is a constant, in a local too (<c>__lo</c>): the JIT folds it all the same, and Roslyn binds a uint
    /// minus a uint variable from its table of operators, minus a constant by overload resolution over all of them.
    /// </summary>
    private static readonly (string Local, string Type, ExpressionSyntax Value)[] HostedWindow =
    [
        ("__base", "byte*", Member(FlatWindow(), "Base")), ("__lo", "uint", Member("HostedAddressSpace", "NullGuard")),
        ("__limit1", "uint", Member(FlatWindow(), "Limit1")), ("__limit2", "uint", Member(FlatWindow(), "Limit2")),
        ("__limit4", "uint", Member(FlatWindow(), "Limit4")), ("__limit8", "uint", Member(FlatWindow(), "Limit")),
    ];

    /// <summary><c>HotState.Shared.Flat</c>, the flat window's fields.</summary>
    public static ExpressionSyntax FlatWindow() => Member(Member("HotState", "Shared"), "Flat");

    /// <summary>
    /// The hosted window's locals among <paramref name="used"/>: compiled ahead of time every function is written in
    /// place, and most use one or two of them.
    /// </summary>
    public static IEnumerable<StatementSyntax> Window(IReadOnlySet<string> used)
    {
        foreach (var (name, type, value) in HostedWindow.Where(local => used.Contains(local.Local)))
            yield return LocalDeclarationStatement(VariableDeclaration(Type(type)).WithVariables(SingletonSeparatedList(
                VariableDeclarator(name).WithInitializer(EqualsValueClause(value)))));
    }

    /// <summary>
    /// The scratch addresses' declarations, sixteen to a line, after every other local: Roslyn numbers locals in
    /// the order it meets them, and one numbered past 255 takes the long form, which comes with two nops after it
    /// (its operand's upper bytes, zero): three instructions towards the 20,000 beyond which the JIT does not optimise.
    /// </summary>
    public static IEnumerable<StatementSyntax> ScratchAddresses(int count)
    {
        foreach (var line in Enumerable.Range(0, count).Chunk(16))
            yield return LocalDeclarationStatement(VariableDeclaration(Type("uint")).WithVariables(SeparatedList(line.Select(n => VariableDeclarator(CsNames.ScratchAddress + n)))));
    }
}
