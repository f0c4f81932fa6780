using System.Text;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Runtime;

/// <summary>
/// The C library's differential reference: C compiled natively for i386 Linux with clang-19 and linked against
/// glibc, built and run (as <see cref="NativeC"/> runs every native program) at test time, so every run compares
/// against the real library. Plain C rules, no MSVC layout flags: these programs only call the library.
/// </summary>
public static class NativeOracle
{
    private static readonly string[] s_flags = ["-m32", "-msse2", "-mfpmath=sse", "-O0", "-w"];

    /// <summary>Compiles <paramref name="source"/>, runs it, and returns its stdout (one char per byte).</summary>
    public static string Run(string source, string? stdin = null)
    {
        string directory = Path.Combine(Path.GetTempPath(), "nt2cs-oracle-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string file = Path.Combine(directory, "test.c");
            string program = Path.Combine(directory, "test");
            File.WriteAllText(file, source);
            if (NativeC.Build([file], program, flags: s_flags) is { } errors)
                throw new InvalidOperationException($"{NativeC.Compiler} failed:\n{errors}");
            var run = NativeC.Run(program, [], TimeSpan.FromMinutes(1), stdin: stdin is null ? null : Encoding.Latin1.GetBytes(stdin));
            if (run.Status != 0 || run.TimedOut)
                throw new InvalidOperationException($"native program exited with {run.Status}{(run.TimedOut ? " (timed out)" : "")} under {NativeRunner.Current.Description}:\n{run.Stderr}");
            return run.Output;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A C string literal for <paramref name="text"/> (one byte per char), every byte escaped safely.</summary>
    public static string Literal(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (char ch in text)
        {
            if (ch is '"' or '\\' or '?')
                literal.Append('\\').Append(ch);
            else if (ch is >= ' ' and <= '~')
                literal.Append(ch);
            else
                // Octal escapes end after three digits, so the next character cannot extend them.
                literal.Append('\\').Append(Convert.ToString(ch & 0xFF, 8)!.PadLeft(3, '0'));
        }
        return literal.Append('"').ToString();
    }
}
