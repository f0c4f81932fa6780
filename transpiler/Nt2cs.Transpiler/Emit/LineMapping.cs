namespace Nt2cs.Transpiler.Emit;

/// <summary>The <c>#line</c> in force: the line after text line <see cref="At"/> is line <see cref="Line"/> of
/// <see cref="File"/>; no file when none is (or a splice's is unknown).</summary>
internal readonly record struct LineMapping(string? File, int Line, int At)
{
    /// <summary>The mapping a directive with <paramref name="data"/> (<c>N "file"</c>) written on text line <paramref name="at"/> sets.</summary>
    public static LineMapping Of(string data, int at)
    {
        int space = data.IndexOf(' ');
        return new(data[(space + 1)..], int.Parse(data.AsSpan(0, space), System.Globalization.CultureInfo.InvariantCulture), at);
    }

    /// <summary>Whether text line <paramref name="textLine"/> is already mapped to the C line <paramref name="data"/> names.</summary>
    public bool Maps(string data, int textLine)
    {
        var wanted = Of(data, textLine);
        return wanted.File == File && Line + (textLine - At - 1) == wanted.Line;
    }
}
