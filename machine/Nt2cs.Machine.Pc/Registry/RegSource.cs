using System.Globalization;
using System.Text;

namespace Nt2cs.Machine.Pc.Registry;

/// <summary>A registry value: its name ("" for the key's default value), type (REG_*) and data bytes.</summary>
public sealed record RegValue(string Name, uint Type, byte[] Data);

/// <summary>A registry key: its name, subkeys and values, as a <c>.reg</c> source describes them.</summary>
public sealed class RegKey(string name)
{
    public string Name { get; } = name;
    public List<RegKey> Subkeys { get; } = [];
    public List<RegValue> Values { get; } = [];

    /// <summary>The subkey named <paramref name="name"/> (without regard to case), made when missing.</summary>
    public RegKey Subkey(string name)
    {
        var found = Subkeys.Find(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
        if (found is null)
            Subkeys.Add(found = new RegKey(name));
        return found;
    }
}

/// <summary>A <c>.reg</c> source that cannot be read: "FILE:LINE: message".</summary>
public sealed class RegFormatException(string message) : Exception(message);

/// <summary>
/// Reads a registry source in regedit's format ("Windows Registry Editor Version 5.00", <c>[KEY]</c> sections,
/// <c>"name"=value</c> and <c>@=value</c> lines, <c>;</c> comments, <c>\</c> continuing a line) into the tree of
/// one hive, whose sections must all start with <c>root</c> (e.g. <c>HKEY_LOCAL_MACHINE\SYSTEM</c>). Values are
/// regedit's <c>"text"</c> (REG_SZ), <c>dword:</c>, <c>hex:</c> (REG_BINARY) and <c>hex(T):</c> (type T), and, so
/// that the source stays readable, <c>expand:"…"</c> (REG_EXPAND_SZ), <c>multi:"…","…"</c> (REG_MULTI_SZ),
/// <c>qword:</c> (REG_QWORD), <c>dword-be:</c> (REG_DWORD_BIG_ENDIAN) and <c>link:"…"</c> (REG_LINK, the
/// target's UTF-16 without a NUL, as a link key's SymbolicLinkValue holds it).
/// </summary>
public static class RegSource
{
    public const string Header = "Windows Registry Editor Version 5.00";

    public const uint RegNone = 0, RegSz = 1, RegExpandSz = 2, RegBinary = 3, RegDword = 4, RegDwordBigEndian = 5,
        RegLink = 6, RegMultiSz = 7, RegQword = 11;

    public static RegKey Parse(string text, string root, string fileName)
    {
        var hive = new RegKey(root[(root.LastIndexOf('\\') + 1)..]);
        RegKey? current = null;
        var lines = Logical(text.Replace("\r\n", "\n").Split('\n'));
        int first = lines.FindIndex(l => l.Text.Trim().Length > 0);
        if (first < 0 || lines[first].Text.Trim().TrimStart('\uFEFF') != Header)
            throw new RegFormatException($"{fileName}:1: expected \"{Header}\" first");
        foreach (var (number, raw) in lines.Skip(first + 1))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith(';'))
                continue;
            string where = $"{fileName}:{number}";
            if (line.StartsWith('['))
            {
                if (!line.EndsWith(']') || line.StartsWith("[-"))
                    throw new RegFormatException($"{where}: expected [KEY] (deleting keys is not supported)");
                string path = line[1..^1];
                if (!path.Equals(root, StringComparison.OrdinalIgnoreCase) && !path.StartsWith(root + "\\", StringComparison.OrdinalIgnoreCase))
                    throw new RegFormatException($"{where}: key {path} is not under {root}");
                current = hive;
                foreach (var part in path[root.Length..].Split('\\', StringSplitOptions.None).Skip(1))
                    current = part.Length is > 0 and <= 255 ? current.Subkey(part)
                        : throw new RegFormatException($"{where}: key names are 1 to 255 characters");
                continue;
            }
            if (current is null)
                throw new RegFormatException($"{where}: a value before the first [KEY]");
            var (name, rest) = ReadName(line, where);
            var value = ReadValue(name, rest.Trim(), where);
            current.Values.RemoveAll(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
            current.Values.Add(value);
        }
        return hive;
    }

    /// <summary>Lines with their numbers, a line ending in <c>\</c> joined with the next.</summary>
    private static List<(int Number, string Text)> Logical(string[] lines)
    {
        var result = new List<(int, string)>();
        for (int i = 0; i < lines.Length; i++)
        {
            int number = i + 1;
            var text = new StringBuilder(lines[i].TrimEnd());
            while (text.Length > 0 && text[^1] == '\\' && !text.ToString().TrimStart().StartsWith('[') && i + 1 < lines.Length)
            {
                text.Length--;
                text.Append(lines[++i].Trim());
            }
            result.Add((number, text.ToString()));
        }
        return result;
    }

    private static (string Name, string Text) ReadName(string line, string where)
    {
        if (line.StartsWith("@="))
            return ("", line[2..]);
        if (!line.StartsWith('"'))
            throw new RegFormatException($"{where}: expected \"name\"=value or @=value");
        var (name, end) = ReadQuoted(line, 0, where);
        if (end >= line.Length || line[end] != '=')
            throw new RegFormatException($"{where}: expected = after the value's name");
        return (name, line[(end + 1)..]);
    }

    /// <summary>A quoted string at <paramref name="start"/> with regedit's escapes (\\ and \"); the index after it.</summary>
    private static (string Text, int End) ReadQuoted(string line, int start, string where)
    {
        var text = new StringBuilder();
        for (int i = start + 1; i < line.Length; i++)
        {
            if (line[i] == '"')
                return (text.ToString(), i + 1);
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '\\' or '"')
                i++;
            text.Append(line[i]);
        }
        throw new RegFormatException($"{where}: unterminated string");
    }

    private static RegValue ReadValue(string name, string text, string where)
    {
        if (text.StartsWith('"'))
            return new RegValue(name, RegSz, Sz(Quoted(text, where)));
        int colon = text.IndexOf(':');
        if (colon < 0)
            throw new RegFormatException($"{where}: expected a value (\"text\", dword:, hex:, hex(T):, expand:, multi:, qword:, dword-be:, link:)");
        string kind = text[..colon], body = text[(colon + 1)..].Trim();
        try
        {
            return kind switch
            {
                "dword" => new RegValue(name, RegDword, BitConverter.GetBytes(uint.Parse(body, NumberStyles.HexNumber))),
                "dword-be" => new RegValue(name, RegDwordBigEndian, BitConverter.GetBytes(uint.Parse(body, NumberStyles.HexNumber)).Reverse().ToArray()),
                "qword" => new RegValue(name, RegQword, BitConverter.GetBytes(ulong.Parse(body, NumberStyles.HexNumber))),
                "hex" => new RegValue(name, RegBinary, Hex(body)),
                "expand" => new RegValue(name, RegExpandSz, Sz(Quoted(body, where))),
                "link" => new RegValue(name, RegLink, Encoding.Unicode.GetBytes(Quoted(body, where))),
                "multi" => new RegValue(name, RegMultiSz, Multi(body, where)),
                _ when kind.StartsWith("hex(") && kind.EndsWith(')') =>
                    new RegValue(name, uint.Parse(kind[4..^1], NumberStyles.HexNumber), Hex(body)),
                _ => throw new RegFormatException($"{where}: unknown value kind {kind}:"),
            };
        }
        catch (FormatException)
        {
            throw new RegFormatException($"{where}: bad {kind}: value {body}");
        }
        catch (OverflowException)
        {
            throw new RegFormatException($"{where}: {kind}: value {body} out of range");
        }
    }

    private static string Quoted(string text, string where)
    {
        var (value, end) = ReadQuoted(text, 0, where);
        return text.StartsWith('"') && end == text.Length ? value : throw new RegFormatException($"{where}: expected one quoted string");
    }

    private static byte[] Sz(string text) => Encoding.Unicode.GetBytes(text + "\0");

    private static byte[] Multi(string body, string where)
    {
        var strings = new List<string>();
        int i = 0;
        while (i < body.Length)
        {
            if (body[i] != '"')
                throw new RegFormatException($"{where}: multi: expects \"…\",\"…\"");
            var (text, end) = ReadQuoted(body, i, where);
            strings.Add(text);
            i = end;
            if (i < body.Length && body[i] != ',')
                throw new RegFormatException($"{where}: multi: strings are separated by commas");
            i++;
        }
        return Encoding.Unicode.GetBytes(string.Concat(strings.Select(s => s + "\0")) + "\0");
    }

    private static byte[] Hex(string body) =>
        body.Length == 0 ? [] : body.Split(',').Select(b => byte.Parse(b.Trim(), NumberStyles.HexNumber)).ToArray();
}
