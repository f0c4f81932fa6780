using System.Diagnostics;
using System.Text;

namespace Nt2cs.Tests.Runtime;

/// <summary>
/// The differential reference: C compiled natively for i386 Linux with clang-19 and linked against glibc,
/// built and run at test time so every run compares against the real library.
/// </summary>
public static class NativeOracle
{
    public const string Compiler = "clang-19";

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
            var (status, output, errors) = Execute(Compiler,
                ["-m32", "-msse2", "-mfpmath=sse", "-O0", "-w", "-o", program, file], null);
            if (status != 0)
                throw new InvalidOperationException($"{Compiler} failed ({status}):\n{errors}");
            (status, output, errors) = Execute(program, [], stdin);
            if (status != 0)
                throw new InvalidOperationException($"native program exited with {status}:\n{errors}");
            return output;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public static (int Status, string Stdout, string Stderr) Execute(string program, IEnumerable<string> arguments,
        string? stdin)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.Latin1,
            StandardErrorEncoding = Encoding.Latin1,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"cannot start {program}");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (stdin is not null)
            process.StandardInput.BaseStream.Write(Encoding.Latin1.GetBytes(stdin));
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
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
