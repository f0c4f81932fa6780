using System.Globalization;

namespace Nt2cs.Transpiler.Emit;

/// <summary>The <c>#line</c> in force: the line after text line <see cref="At"/> is line <see cref="Line"/> of
/// <see cref="File"/>; no file when none is (or a splice's is unknown).</summary>
internal readonly record struct LineMapping(string? File, int Line, int At)
{
    /// <summary>The mapping a directive with <paramref name="data"/> (<c>N "file"</c>) written on text line <paramref name="at"/> sets.</summary>
    public static LineMapping Of(string data, int at)
    {
        int space = data.IndexOf(' ');
        return new(data[(space + 1)..], ParseLine(data, space), at);
    }

    /// <summary>Whether text line <paramref name="textLine"/> is already mapped to the C line <paramref name="data"/> names
    /// (compared in place: this is asked for every statement).</summary>
    public bool Maps(string data, int textLine)
    {
        int space = data.IndexOf(' ');
        return File is not null && data.AsSpan(space + 1).SequenceEqual(File) && Line + (textLine - At - 1) == ParseLine(data, space);
    }

    private static int ParseLine(string data, int space) => int.Parse(data.AsSpan(0, space), CultureInfo.InvariantCulture);
}
