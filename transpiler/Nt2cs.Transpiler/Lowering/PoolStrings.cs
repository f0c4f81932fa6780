using System.Text;
using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Gives every distinct string literal one copy in the image's data, named after its content so a diff of the
/// generated code stays readable: a literal <c>"x = %d\n"</c> ⇒ its <see cref="CStringLiteral.Pooled"/> copy,
/// <c>Str.x_d_n</c>.
/// </summary>
public sealed class PoolStrings : IImagePass
{
    public void Run(CImage image, LoweringContext context)
    {
        var pool = new Dictionary<string, CStringData>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<CExpr> all = image.Functions.SelectMany(f => CTree.Expressions(f.Body!))
            .Concat(image.Globals.Where(g => g.Init is not null).SelectMany(g => CTree.Expressions(g.Init!)));
        foreach (var expr in all)
        {
            if (expr is CStringLiteral literal)
                Intern(image, pool, names, literal);
        }
    }

    public static string Key(CStringLiteral literal) => $"{literal.ElementSize}:{Convert.ToHexString(literal.Bytes)}";

    private static void Intern(CImage image, Dictionary<string, CStringData> pool, HashSet<string> names, CStringLiteral literal)
    {
        var key = Key(literal);
        if (pool.TryGetValue(key, out var pooled))
        {
            literal.Pooled = pooled;
            return;
        }
        var bytes = new byte[literal.Bytes.Length + literal.ElementSize];
        literal.Bytes.CopyTo(bytes, 0);
        var data = new CStringData(bytes, literal.ElementSize) { CsName = UniqueName(NameFor(literal), names) };
        pool[key] = data;
        literal.Pooled = data;
        image.Strings.Add(data);
    }

    private static string NameFor(CStringLiteral literal)
    {
        var name = new StringBuilder(literal.ElementSize == 1 ? "" : "w_");
        bool underscore = false;
        for (int i = 0; i < literal.Bytes.Length && name.Length < 32; i += literal.ElementSize)
        {
            char c = (char)literal.Bytes[i];
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                name.Append(c);
                underscore = false;
            }
            else if (!underscore && name.Length > 0)
            {
                name.Append('_');
                underscore = true;
            }
        }
        var text = name.ToString().TrimEnd('_');
        text = text.Length == 0 || char.IsDigit(text[0]) ? "s_" + text : text;
        return CsNames.Escape(text);
    }

    private static string UniqueName(string name, HashSet<string> names)
    {
        var candidate = name;
        for (int n = 2; !names.Add(candidate); n++)
            candidate = $"{name}_{n}";
        return candidate;
    }
}
