using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Cli;

/// <summary>
/// Bad command-line input is a usage error, said in one line as <c>nt2cs: usage: …</c> with status 64: never an
/// internal error (70), never an error blamed on the C (1), never a .NET stack trace.
/// </summary>
public sealed class UsageErrorTests
{
    private const string Program = "int main(void) { return 0; }\n";

    public static TheoryData<string[], string> BadCommandLines() => new()
    {
        { ["exec", "absent.c"], "nt2cs: usage: no such file: absent.c" },
        { ["exec", "folder.c"], "nt2cs: usage: folder.c is a directory, not a C file" },
        { ["exec", "binary"], "nt2cs: usage: binary is not a C source file (it holds binary data)" },
        { ["exec", "--bogus", "ok.c"], "nt2cs: usage: unknown option '--bogus'" },
        { ["translate", "ok.c"], "nt2cs: usage: translate FILE.c… needs -o DIR" },
        { ["translate", "-o", "out"], "nt2cs: usage: -o DIR goes with C files (translate FILE.c… -o DIR); a source tree goes to --out" },
        { ["translate", "--src", "no-such-tree"], "nt2cs: usage: no source tree at " },
        { ["exec", "--freestanding", "--mem", "2", "ok.c"], "nt2cs: usage: --mem 2: expected MiB between 4 and 2816" },
        { ["exec", "--freestanding", "--mem", "99999", "ok.c"], "nt2cs: usage: --mem 99999: expected MiB between 4 and 2816" },
        { ["exec", "--freestanding", "--machine", "vax", "ok.c"], "nt2cs: usage: unknown machine 'vax' (expected q35 or pc)" },
        { ["exec", "--timeout", "0", "ok.c"], "nt2cs: usage: --timeout: expected a positive number of seconds" },
        { ["exec"], "nt2cs: usage: Required argument 'files' missing for command: 'exec'." },
        { ["frobnicate"], "nt2cs: usage: Unrecognized command or argument 'frobnicate'." },
        { [], "nt2cs: usage: Required command was not provided." },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void BadInputIsAUsageError(string[] arguments, string message)
    {
        var (directory, environment) = Nt2csProcess.Scratch(("ok.c", Program));
        Directory.CreateDirectory(Path.Combine(directory, "folder.c"));
        File.WriteAllBytes(Path.Combine(directory, "binary"), [0x7F, (byte)'E', (byte)'L', (byte)'F', 1, 1, 1, 0, 0, 0]);
        var result = Nt2csProcess.Run(arguments, directory, environment);
        Assert.Equal(64, result.Status);
        Assert.Contains(message, result.Stderr);
        Assert.All(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("nt2cs: usage: ", line));
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void AFileWithoutTheCExtensionIsStillC()
    {
        var (directory, environment) = Nt2csProcess.Scratch(("script", "#include <stdio.h>\nint main(void) { puts(\"as C\"); return 4; }\n"));
        var result = Nt2csProcess.Run(["exec", "script"], directory, environment);
        Assert.Equal(4, result.Status);
        Assert.Equal("as C\n", result.Output);
    }
}
