namespace Nt2cs.Tests.Support;

/// <summary>
/// The native oracle: C built for i386 Linux by clang 19 with SSE2 arithmetic, linked against glibc, and run the way
/// this machine can run it (<see cref="NativeRunner"/>: directly, or under qemu-i386). It takes
/// MSVC's language rules (<c>-fms-compatibility</c>: an <c>LL</c> hex literal stays signed, an unsuffixed decimal
/// beyond INT_MAX is unsigned long) and lays structs and bitfields out as MSVC does (<c>-mms-bitfields</c>:
/// 8-byte alignment of double and long long, bitfield units), as the translator does, and never contracts into fused multiply-adds, as
/// neither MSVC nor C# does. At -O0, so a program that never ends is not optimised into one that crashes.
/// </summary>
public static class NativeC
{
    public const string Compiler = "clang-19";

    public static readonly string[] Flags = ["-m32", "-msse2", "-mfpmath=sse", "-ffp-contract=off", "-fms-extensions", "-fms-compatibility", "-mms-bitfields", "-O0", "-w"];

    /// <summary>
    /// Compiles <paramref name="sources"/> into <paramref name="executable"/> with <see cref="Flags"/> (or
    /// <paramref name="flags"/>) and <paramref name="extraFlags"/>; null on success, else clang's errors.
    /// </summary>
    public static string? Build(IEnumerable<string> sources, string executable, IEnumerable<string>? extraFlags = null,
        IEnumerable<string>? flags = null)
    {
        // libm after the sources, as the linker wants it: the runtime's math.h is complete, glibc's is a library.
        var arguments = (flags ?? Flags).Concat(extraFlags ?? []).Concat(["-o", executable]).Concat(sources).Append("-lm");
        var result = Processes.Run(Compiler, arguments, TimeSpan.FromMinutes(2));
        return result.Status == 0 ? null : result.Stderr;
    }

    /// <summary>Runs a native build with <paramref name="runner"/> (this process's by default); the time limit is
    /// that of a direct run, stretched under emulation.</summary>
    public static RunResult Run(string executable, IEnumerable<string> arguments, TimeSpan timeout,
        NativeRunner? runner = null, byte[]? stdin = null) =>
        (runner ?? NativeRunner.Current).Run(executable, arguments, timeout, stdin);
}
