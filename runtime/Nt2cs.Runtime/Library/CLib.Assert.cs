using System.Globalization;

namespace Nt2cs.Runtime;

/// <summary>
/// assert.h's failure path. The assert macro calls <c>_assert</c> (the MSVC CRT's name) with the expression's
/// text, file and line; it reports in the MSVC CRT's words on stderr and aborts.
/// </summary>
public static unsafe partial class CLib
{
    [CFunction]
    public static void _assert(Ptr<sbyte> expression, Ptr<sbyte> file, uint line)
    {
        var message = new List<byte>();
        message.AddRange("Assertion failed: "u8);
        message.AddRange(CString(expression));
        message.AddRange(", file "u8);
        message.AddRange(CString(file));
        message.AddRange(", line "u8);
        foreach (char digit in line.ToString(CultureInfo.InvariantCulture))
            message.Add((byte)digit);
        message.Add((byte)'\n');
        WriteFile(StandardFile(StderrFd), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(message));
        abort();
    }
}
