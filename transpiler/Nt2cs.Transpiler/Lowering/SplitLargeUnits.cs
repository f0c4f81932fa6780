using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Roslyn compiles one type's methods one after another, and types in parallel: a unit's class of tens of thousands
/// of statements compiles on one core (SQLite's sqlite3.c: its compile 10–20% shorter split, on two cores). A unit that
/// large has its static functions split, in C order, into nested classes of about equal size, which its file imports
/// by <c>using static</c> in its namespace, so that every use still names a function plainly:
/// <c>static int f(…)</c> in a very large unit ⇒ <c>__PartN.f</c>, an internal method, called as <c>f(…)</c>.
/// C# looks in the unit's class, the image's class and the namespace's types before that import, so a static whose
/// name means something there (an external name of the image, which the image's class forwards, a struct type or
/// a typedef alias), which only a member of the unit's class can shadow as C's static does, stays in the unit's class;
/// so do functions with external linkage, which other files name through the unit's class.
/// </summary>
public sealed class SplitLargeUnits : IImagePass
{
    /// <summary>Statements per part: no unit of the kernel's or Lua's comes near twice this; SQLite's sqlite3.c makes the most parts.</summary>
    public const int DefaultPartStatements = 4000;

    /// <summary>The most parts a unit is split into: more than the cores Roslyn will find on most machines.</summary>
    public const int MaxParts = 16;

    public void Run(CImage image, LoweringContext context)
    {
        HashSet<string>? seenFirst = null;
        var functions = image.Functions.ToLookup(f => f.Unit!);
        foreach (var unit in image.Units)
        {
            var statics = functions[unit].Where(f => f.IsStatic).ToList();
            if (statics.Count < 2)
                continue;
            seenFirst ??= SeenBeforeImports(image);
            var aliases = unit.TypeAliases.Values.Select(a => a.CsName).ToHashSet(StringComparer.Ordinal);
            var movable = statics.Where(f => !seenFirst.Contains(f.CsName!) && !aliases.Contains(f.CsName!) && !f.CsName!.StartsWith(CsNames.ArrayTagPrefix, StringComparison.Ordinal))
                .Select(f => (Function: f, Statements: CTree.Statements(f.Body!).Count)).ToList();
            long total = movable.Sum(m => (long)m.Statements);
            int parts = (int)Math.Min(Math.Min(MaxParts, movable.Count), total / Math.Max(1, context.PartStatements));
            if (parts < 2)
                continue;
            // Contiguous runs of C order, about total / parts statements each; a run left empty (behind a very large
            // function) takes no number.
            long before = 0;
            int previous = 0, numbered = 0;
            foreach (var (function, statements) in movable)
            {
                int part = 1 + (int)(before * parts / total);
                if (part != previous)
                    numbered++;
                previous = part;
                function.Part = numbered;
                before += statements;
            }
            unit.Parts = numbered;
        }
    }

    /// <summary>
    /// Names C# finds before a unit's imports, wherever its code stands: the image-wide names naming gave out, and
    /// the unit classes' members and the struct accessors' classes, which the image's namespace also holds.
    /// </summary>
    private static HashSet<string> SeenBeforeImports(CImage image)
    {
        var names = new HashSet<string>(image.ImageNames, StringComparer.Ordinal) { "Image" };
        names.UnionWith(AssignNames.UnitMembers);
        names.UnionWith(image.Records.Select(r => r.CsName + "_Fields"));
        return names;
    }
}
