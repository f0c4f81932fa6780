using System.Text;
using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Gives every distinct string literal one copy in its unit's data, named after its content so a diff of the
/// generated code stays readable: a literal <c>"x = %d\n"</c> ⇒ its <see cref="CStringLiteral.Pooled"/> copy,
/// <c>Str.x_d_n</c> in its unit's class. Pools are per unit, so a literal added in one file renames nothing in
/// another.
/// </summary>
public sealed class PoolStrings : IImagePass
{
    public void Run(CImage image, LoweringContext context)
    {
        var pools = new Dictionary<CTranslationUnit, Pool>(ReferenceEqualityComparer.Instance);
        Pool PoolOf(CTranslationUnit unit) => pools.TryGetValue(unit, out var pool) ? pool : pools[unit] = new Pool(unit);
        foreach (var function in image.Functions)
            PoolAll(PoolOf(function.Unit!), CTree.Expressions(function.Body!));
        foreach (var global in image.Globals.Where(g => g.Init is not null))
            PoolAll(PoolOf(global.Unit!), CTree.Expressions(global.Init!));
    }

    public static string Key(CStringLiteral literal) => $"{literal.ElementSize}:{Convert.ToHexString(literal.Bytes)}";

    private static void PoolAll(Pool pool, IEnumerable<CExpr> expressions)
    {
        foreach (var expr in expressions)
        {
            if (expr is CStringLiteral literal)
                pool.Intern(literal);
        }
    }

    private sealed class Pool(CTranslationUnit unit)
    {
        private readonly Dictionary<string, CStringData> _copies = new(StringComparer.Ordinal);
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);

        public void Intern(CStringLiteral literal)
        {
            var key = Key(literal);
            if (!_copies.TryGetValue(key, out var data))
            {
                var bytes = new byte[literal.Bytes.Length + literal.ElementSize];
                literal.Bytes.CopyTo(bytes, 0);
                data = new CStringData(bytes, literal.ElementSize, unit) { CsName = UniqueName(NameFor(literal)) };
                _copies[key] = data;
                unit.Strings.Add(data);
            }
            literal.Pooled = data;
        }

        /// <summary>
        /// A name no other literal of the unit has, nor clashes with one's accessor: each is a C# property, whose
        /// getter is a method <c>get_NAME</c>, so <c>"id"</c> and <c>"get id"</c> cannot be <c>id</c> and <c>get_id</c>.
        /// </summary>
        private string UniqueName(string name)
        {
            var candidate = name;
            for (int n = 2; _names.Contains(candidate) || CsNames.ClashesWithAccessor(_names, candidate); n++)
                candidate = $"{name}_{n}";
            _names.Add(candidate);
            return candidate;
        }
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
}
