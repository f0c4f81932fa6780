using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.CAst;

/// <summary>The headers shipped with nt2cs for hosted programs (the C library's), beside the tool.</summary>
public static class RuntimeHeaders
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "include");

    /// <summary>Whether a declaration comes from one of these headers.</summary>
    public static bool Declared(SourceLoc location) =>
        Path.GetFullPath(location.File).StartsWith(Path.GetFullPath(Directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
