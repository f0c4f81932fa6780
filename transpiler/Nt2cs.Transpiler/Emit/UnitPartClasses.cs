using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// The nested classes a very large unit's static functions are split into (<see cref="SplitLargeUnits"/> says
/// which and why): each <c>__PartN</c> after the unit's own functions, before its tables, holding its functions
/// printed apart one level further in, and a <c>using static</c> of each in the unit's namespace, so that every use
/// names them plainly.
/// </summary>
internal sealed class UnitPartClasses(string imageClass, CTranslationUnit unit, IEnumerable<CFunctionDecl> functions)
{
    /// <summary>The part of each function printed apart, in order; the members after them (the tables) are the unit's own.</summary>
    private readonly int[] _parts = functions.Select(f => f.Part).ToArray();

    public bool IsInPart(int member) => member < _parts.Length && _parts[member] > 0;

    /// <summary><c>using static Program.unit_c.__Part1;</c>, one per part.</summary>
    public IEnumerable<UsingDirectiveSyntax> Imports() => Enumerable.Range(1, unit.Parts).Select(part =>
        UsingDirective(ParseName($"{imageClass}.{unit.CsName}.{CsNames.UnitPart}{part}")).WithStaticKeyword(Token(SyntaxKind.StaticKeyword)));

    /// <summary>The members to splice into the unit's class: its own functions in order, the parts' classes, its tables.</summary>
    public string[] Splice(string[] members)
    {
        var inParts = Enumerable.Range(0, unit.Parts + 1).Select(_ => new List<string>()).ToArray();
        var own = new List<string>(members.Length);
        for (int i = 0; i < _parts.Length; i++)
            (IsInPart(i) ? inParts[_parts[i]] : own).Add(members[i]);
        own.AddRange(Enumerable.Range(1, unit.Parts).Select(part => PartClass(part, inParts[part])));
        own.AddRange(members.Skip(_parts.Length));
        return [.. own];
    }

    /// <summary>A part's class, its functions set off by blank lines as the unit's own are.</summary>
    private static string PartClass(int part, List<string> functions) =>
        "        // Static functions of this file, split off so that Roslyn compiles them in parallel with the rest.\n" +
        $"        internal static class {CsNames.UnitPart}{part}\n        {{\n" + string.Join("\n", functions) + "        }\n";
}
