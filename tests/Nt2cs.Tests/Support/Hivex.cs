using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Nt2cs.Machine.Pc.Registry;

namespace Nt2cs.Tests.Support;

/// <summary>
/// Debian's hivex tools (libhivex-bin, installed by scripts/setup) as the registry tests' reference reader:
/// <c>hivexml</c> for a whole hive as XML and <c>hivexsh</c> for one key's values in regedit's notation, which
/// gives the raw bytes of every value hivex does not decode (<c>hex(T):</c>).
/// </summary>
public static class Hivex
{
    private static readonly TimeSpan s_time = TimeSpan.FromSeconds(60);

    /// <summary>A value as hivexsh lists it (its types in decimal): hex(T) with its bytes, a string (str(T) or plain) with its text, or a dword.</summary>
    public sealed record Listed(string Name, uint Type, byte[]? Bytes, string? Text, uint? Dword);

    public static XElement Xml(string hive)
    {
        var run = Processes.Run("hivexml", [hive], s_time);
        Assert.True(run.Status == 0, $"hivexml {hive}: {run.Stderr}");
        return XElement.Parse(Encoding.UTF8.GetString(run.Stdout));
    }

    /// <summary>hivexsh's commands on a hive (with <c>-w</c>, writable), their output.</summary>
    public static string Shell(string hive, string commands, bool writable = false)
    {
        var run = Processes.Run("hivexsh", writable ? ["-w", hive] : [hive], s_time, stdin: Encoding.UTF8.GetBytes(commands));
        Assert.True(run.Status == 0, $"hivexsh {hive}: {run.Stderr}");
        return Encoding.UTF8.GetString(run.Stdout);
    }

    /// <summary>The values of the key at <paramref name="path"/> (backslash-separated, from the root).</summary>
    public static IReadOnlyList<Listed> Values(string hive, string path)
    {
        var values = new List<Listed>();
        foreach (var line in Shell(hive, $"cd {path}\nlsval\n").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = line.IndexOf("\"=", StringComparison.Ordinal) + 1;
            string name = Unescape(line[1..(equals - 1)]);
            if (name == "@")
                name = "";              // hivexsh names the default value "@"
            string data = line[(equals + 1)..];
            if (data.StartsWith("dword:"))
                values.Add(new Listed(name, RegSource.RegDword, null, null, uint.Parse(data[6..], NumberStyles.HexNumber)));
            else if (data.StartsWith("hex("))
            {
                int close = data.IndexOf("):", StringComparison.Ordinal);
                var bytes = data[(close + 2)..].Length == 0 ? [] : data[(close + 2)..].Split(',').Select(b => byte.Parse(b, NumberStyles.HexNumber)).ToArray();
                values.Add(new Listed(name, uint.Parse(data[4..close], CultureInfo.InvariantCulture), bytes, null, null));
            }
            else if (data.StartsWith("str("))
            {
                int close = data.IndexOf("):", StringComparison.Ordinal);
                values.Add(new Listed(name, uint.Parse(data[4..close], CultureInfo.InvariantCulture), null, Unescape(data[(close + 3)..^1]), null));
            }
            else
                values.Add(new Listed(name, RegSource.RegSz, null, Unescape(data[1..^1]), null));
        }
        return values;
    }

    private static string Unescape(string text) => text.Replace("\\\"", "\"").Replace("\\\\", "\\");

    /// <summary>Asserts a listed value's type and bytes.</summary>
    public static void AssertBytes(Listed value, uint type, byte[] bytes)
    {
        Assert.Equal(type, value.Type);
        Assert.Equal(bytes, value.Bytes);
    }
}
