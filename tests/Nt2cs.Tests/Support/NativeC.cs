namespace Nt2cs.Tests.Support;

/// <summary>
/// The native oracle: C built for i386 Linux by clang 19 with SSE2 arithmetic, as the differential tests compare
/// against. Contraction into fused multiply-adds is off, as MSVC and C# never fuse.
/// </summary>
public static class NativeC
{
    public static readonly string[] Flags = ["-m32", "-msse2", "-mfpmath=sse", "-ffp-contract=off", "-O0", "-w"];

    /// <summary>Compiles <paramref name="sources"/> into <paramref name="executable"/>; null on success, else clang's errors.</summary>
    public static string? Build(IEnumerable<string> sources, string executable, IEnumerable<string>? extraFlags = null)
    {
        var arguments = Flags.Concat(extraFlags ?? []).Concat(["-o", executable]).Concat(sources);
        var result = Processes.Run("clang-19", arguments, TimeSpan.FromMinutes(2));
        return result.Status == 0 ? null : result.Stderr;
    }

    public static RunResult Run(string executable, IEnumerable<string> arguments, TimeSpan timeout) =>
        Processes.Run(executable, arguments, timeout, Path.GetDirectoryName(executable));
}
