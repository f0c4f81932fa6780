using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.RealPrograms;

/// <summary>
/// SQLite 3.40.1 from Debian's source package (scripts/sqlite-amalgamation: sqlite3.c, shell.c, speedtest1.c),
/// built both ways with the same compile-time options as a <see cref="RealProgram"/>: natively by clang-19 for
/// i386 and translated by nt2cs (kept in <c>nt2cs exec</c>'s cache, so only the first run of a changed tool pays
/// for translating 240,000 lines and compiling the C#).
/// </summary>
public sealed class SqliteBuild
{
    /// <summary>
    /// SQLite's compile-time options both builds take: one thread (no mutexes), no loadable extensions, no
    /// memory-mapped I/O and no write-ahead log (the two uses of mmap(2), which the hosted runtime does not
    /// offer: guest memory is not the host's), and real numbers converted to text in double (LONGDOUBLE_TYPE):
    /// long double is x87's 80 bits in the native i386 build and 64 in nt2cs's MSVC one, and SQLite's printf
    /// would print the difference.
    /// </summary>
    public static readonly string[] Options =
        ["SQLITE_THREADSAFE=0", "SQLITE_OMIT_LOAD_EXTENSION", "SQLITE_MAX_MMAP_SIZE=0", "SQLITE_OMIT_WAL", "LONGDOUBLE_TYPE=double"];

    /// <summary>
    /// The oracle's flags without MSVC's struct layout (-mms-bitfields) and language rules: with -mms-bitfields the
    /// native build reports "database disk image is malformed" on a database file (speedtest1), as glibc's own
    /// structures then have MSVC's layout, not glibc's (not investigated further).
    /// </summary>
    public static readonly string[] NativeFlags =
        [.. NativeC.Flags.Except(["-fms-extensions", "-fms-compatibility", "-mms-bitfields"])];

    private static readonly RealProgram.Recipe ShellRecipe = Recipe("sqlite3", "shell.c");
    private static readonly RealProgram.Recipe SpeedtestRecipe = Recipe("speedtest1", "speedtest1.c");

    /// <summary>The sqlite3 shell.</summary>
    public RealProgram Shell => RealProgram.Get(ShellRecipe);

    /// <summary>speedtest1, SQLite's benchmark program.</summary>
    public RealProgram Speedtest => RealProgram.Get(SpeedtestRecipe);

    // SQLite is built as on Linux: nt2cs's MSVC target predefines _WIN32 and _MSC_VER, which are taken back.
    private static RealProgram.Recipe Recipe(string name, string main) =>
        new("sqlite3", name, ["sqlite3.c", main], Options, ["_WIN32", "_MSC_VER"], ["."],
            TreeScript: "sqlite-amalgamation", NativeFlags: NativeFlags);
}
