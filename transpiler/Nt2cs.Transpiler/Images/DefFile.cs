using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Images;

/// <summary>
/// One line of a module-definition file's EXPORTS: <c>Name[=Internal] [@ordinal [NONAME]] [PRIVATE] [DATA]</c>.
/// A PRIVATE export is left out of the import library, so other images cannot link against it.
/// </summary>
public sealed record DefExport(string Name, string Internal, int? Ordinal, bool IsData, bool IsPrivate, SourceLoc Location);

/// <summary>
/// A module-definition (<c>.def</c>) file, as a sources file's DLLDEF names it: the statements MSVC's linker
/// documents, of which nt2cs uses EXPORTS (what the image exports, by name). LIBRARY/NAME, DESCRIPTION and VERSION
/// are accepted and have no effect; a forwarder (<c>Name=other.Function</c>) or a statement nt2cs does not
/// implement is reported, never ignored.
/// </summary>
public static class DefFile
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "LIBRARY", "NAME", "DESCRIPTION", "VERSION" };
    private static readonly HashSet<string> Unsupported = new(StringComparer.OrdinalIgnoreCase) { "HEAPSIZE", "STACKSIZE", "SECTIONS", "STUB", "IMPORTS" };

    public static IReadOnlyList<DefExport> ReadExports(string path)
    {
        if (!File.Exists(path))
            throw new TranslationException(new SourceLoc(path, 1, 1), "DLLDEF names a module-definition file that does not exist");
        var exports = new List<DefExport>();
        bool inExports = false;
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.IndexOf(';') is >= 0 and var comment)
                line = line[..comment];
            var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
                continue;
            var location = new SourceLoc(path, i + 1, line.IndexOf(words[0], StringComparison.Ordinal) + 1);
            var keyword = words[0];
            if (keyword.Equals("EXPORTS", StringComparison.OrdinalIgnoreCase))
            {
                inExports = true;
                words = words[1..];
                if (words.Length == 0)
                    continue;
            }
            else if (Ignored.Contains(keyword))
            {
                inExports = false;
                continue;
            }
            else if (Unsupported.Contains(keyword))
            {
                throw new TranslationException(location, $"unsupported: the {keyword.ToUpperInvariant()} statement in a module-definition file");
            }
            if (!inExports)
                throw new TranslationException(location, $"'{keyword}' is not a module-definition statement");
            exports.Add(Export(words, location));
        }
        var duplicate = exports.GroupBy(e => e.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new TranslationException(duplicate.Last().Location, $"'{duplicate.Key}' is exported twice");
        return exports;
    }

    private static DefExport Export(string[] words, SourceLoc location)
    {
        var (name, @internal) = words[0].Split('=') switch
        {
            [var both] => (both, both),
            [var external, var inner] when external.Length > 0 && inner.Length > 0 => (external, inner),
            _ => throw new TranslationException(location, $"malformed export '{words[0]}'"),
        };
        if (@internal.Contains('.'))
            throw new TranslationException(location, $"unsupported: export forwarder '{words[0]}' (an export that names another image's)");
        int? ordinal = null;
        bool data = false, @private = false;
        for (int i = 1; i < words.Length; i++)
        {
            var word = words[i];
            if (word.StartsWith('@'))
            {
                var digits = word.Length > 1 ? word[1..] : i + 1 < words.Length ? words[++i] : "";
                if (!int.TryParse(digits, out var value) || value is < 1 or > 65535)
                    throw new TranslationException(location, $"export '{name}': ordinal '{digits}' is not a number from 1 to 65535");
                ordinal = value;
            }
            else if (word.Equals("DATA", StringComparison.OrdinalIgnoreCase))
                data = true;
            else if (word.Equals("PRIVATE", StringComparison.OrdinalIgnoreCase))
                @private = true;
            else if (!word.Equals("NONAME", StringComparison.OrdinalIgnoreCase))
                throw new TranslationException(location, $"export '{name}': unknown attribute '{word}'");
        }
        return new DefExport(name, @internal, ordinal, data, @private, location);
    }
}
