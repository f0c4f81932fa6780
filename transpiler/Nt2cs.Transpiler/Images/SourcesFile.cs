using System.Text;
using System.Text.RegularExpressions;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Images;

/// <summary>
/// NT's build description files, <c>sources</c> and <c>dirs</c>: nmake-style macro definitions
/// (<c>NAME=value</c>, lines continued with a trailing backslash, <c>#</c> comments, <c>$(NAME)</c> references).
/// Only definitions are understood; a preprocessor directive (<c>!IF</c>…) is reported rather than guessed at.
/// </summary>
public sealed partial class SourcesFile
{
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);

    private SourcesFile(string path) => Path = path;

    public string Path { get; }

    public string? this[string name] => _macros.TryGetValue(name, out var value) ? value : null;

    /// <summary>A macro's value split into words (SOURCES, TARGETLIBS, DIRS), with \ separators made /.</summary>
    public IReadOnlyList<string> Words(string name) =>
        (this[name] ?? "").Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Replace('\\', '/')).ToList();

    /// <summary>A macro's value split at semicolons (INCLUDES).</summary>
    public IReadOnlyList<string> List(string name) =>
        (this[name] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.Replace('\\', '/')).ToList();

    public static SourcesFile Read(string path)
    {
        var file = new SourcesFile(path);
        var lines = File.ReadAllLines(path);
        var logical = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            int hash = line.IndexOf('#');
            if (hash >= 0)
                line = line[..hash];
            if (logical.Length == 0)
                start = i + 1;
            if (line.TrimEnd().EndsWith('\\'))
            {
                logical.Append(line.TrimEnd()[..^1]).Append(' ');
                continue;
            }
            logical.Append(line);
            file.Define(logical.ToString(), new SourceLoc(path, start, 1));
            logical.Clear();
        }
        if (logical.Length > 0)
            file.Define(logical.ToString(), new SourceLoc(path, start, 1));
        return file;
    }

    private void Define(string line, SourceLoc location)
    {
        if (string.IsNullOrWhiteSpace(line))
            return;
        if (line.TrimStart().StartsWith('!'))
            throw new TranslationException(location, $"unsupported: nmake directive '{line.Trim()}' in a sources file");
        var match = Definition().Match(line);
        if (!match.Success)
            throw new TranslationException(location, $"not a macro definition: '{line.Trim()}'");
        _macros[match.Groups[1].Value] = Expand(match.Groups[2].Value.Trim());
    }

    private string Expand(string value) =>
        Reference().Replace(value, m => _macros.TryGetValue(m.Groups[1].Value, out var v) ? v : "");

    [GeneratedRegex(@"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex Reference();
}
