using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Cli;

/// <summary>The nt2cs command as a user meets it: compiler-style diagnostics and exit statuses, clean stdout, caching.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void SyntaxErrorIsReportedAtItsLocationWithStatus1()
    {
        var (directory, environment) = Nt2csProcess.Scratch(("broken.c", "int main(void)\n{\n    int x = ;\n    return 0;\n}\n"));
        var result = Nt2csProcess.Run(["exec", "broken.c"], directory, environment);
        Assert.Equal(1, result.Status);
        Assert.Contains("broken.c:3:13: error: expected expression", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    /// <summary>The variable-length array shapes nt2cs refuses, each named at its location (line 3).</summary>
    [Theory]
    [InlineData("    return (int)sizeof(int[argc]);", "sizeof of a variable-length array type written in place")]
    [InlineData("    for (int table[argc], i = 0; i < 1; i++) table[i] = 1;", "a variable-length array declared outside a block's own statements")]
    [InlineData("    int table[argc]; if (setjmp(env)) return 1;", "setjmp inside a variable-length array's scope")]
    public void UnsupportedConstructIsNamedAtItsLocation(string line, string message)
    {
        var source = $"#include <setjmp.h>\njmp_buf env; int main(int argc, char **argv) {{\n{line}\n    return 0;\n}}\n";
        var (directory, environment) = Nt2csProcess.Scratch(("vla.c", source));
        var result = Nt2csProcess.Run(["translate", "vla.c", "-o", "out"], directory, environment);
        Assert.Equal(1, result.Status);
        Assert.Matches($@"vla\.c:3:\d+: error: unsupported: {System.Text.RegularExpressions.Regex.Escape(message)}", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(directory, "out")));
    }

    [Fact]
    public void UndefinedFunctionIsALinkError()
    {
        var (directory, environment) = Nt2csProcess.Scratch(("link.c", "int helper(int);\nint main(void) { return helper(2); }\n"));
        var result = Nt2csProcess.Run(["exec", "link.c"], directory, environment);
        Assert.Equal(1, result.Status);
        Assert.Contains("link.c:2:25: error: undefined reference to 'helper'", result.Stderr);
    }

    [Fact]
    public void ExecWritesOnlyTheProgramsOutputToStdoutAndExitsWithItsStatus()
    {
        var source = "#include <stdio.h>\nint main(int argc, char **argv) { printf(\"%s|%s\\n\", argv[1], argv[2]); fprintf(stderr, \"to stderr\\n\"); return 17; }\n";
        var (directory, environment) = Nt2csProcess.Scratch(("echo.c", source));
        var result = Nt2csProcess.Run(["exec", "-v", "echo.c", "--", "one", "two words"], directory, environment);
        Assert.Equal(17, result.Status);
        Assert.Equal("one|two words\n", result.Output);
        Assert.Contains("to stderr", result.Stderr);
        Assert.Contains("nt2cs: translated in", result.Stderr);
    }

    [Fact]
    public void SecondExecUsesTheCachedBuildAndNoticesHeaderChanges()
    {
        var (directory, environment) = Nt2csProcess.Scratch(
            ("value.h", "#define VALUE 5\n"),
            ("cached.c", "#include <stdio.h>\n#include \"value.h\"\nint main(void) { printf(\"%d\\n\", VALUE); return 0; }\n"));
        var first = Nt2csProcess.Run(["exec", "-v", "cached.c"], directory, environment);
        var second = Nt2csProcess.Run(["exec", "-v", "cached.c"], directory, environment);
        Assert.Equal("5\n", first.Output);
        Assert.Equal("5\n", second.Output);
        Assert.Contains("translated in", first.Stderr);
        Assert.Contains("cached build found", second.Stderr);

        File.WriteAllText(Path.Combine(directory, "value.h"), "#define VALUE 6\n");
        var third = Nt2csProcess.Run(["exec", "-v", "cached.c"], directory, environment);
        Assert.Equal("6\n", third.Output);
        Assert.Contains("translated in", third.Stderr);
    }

    [Theory]
    [InlineData("")]                                     // empty
    [InlineData("Cached.Program")]                      // no line end
    [InlineData("Cached.Program\nnot-a-hash-line\n")]  // a header line without its path
    [InlineData("\n")]                                  // no type name
    [InlineData("Manifest.Program\n")]                  // no type token
    [InlineData("Manifest.Program x\n")]                // a token that is no number
    public void ACorruptCacheManifestMeansARebuild(string manifest)
    {
        var (directory, environment) = Nt2csProcess.Scratch(
            ("value.h", "#define VALUE 7\n"),
            ("manifest.c", "#include <stdio.h>\n#include \"value.h\"\nint main(void) { printf(\"%d\\n\", VALUE); return 0; }\n"));
        Assert.Equal("7\n", Nt2csProcess.Run(["exec", "manifest.c"], directory, environment).Output);
        var manifests = Directory.GetFiles(Path.Combine(directory, ".cache", "nt2cs", "exec"), "*.manifest");
        Assert.Single(manifests);
        File.WriteAllText(manifests[0], manifest);

        var again = Nt2csProcess.Run(["exec", "-v", "manifest.c"], directory, environment);
        Assert.Equal(0, again.Status);
        Assert.Equal("7\n", again.Output);
        Assert.Contains("translated in", again.Stderr);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0x02000001)]   // <Module>: a type, not the image's
    [InlineData(0x0200FFFF)]   // no such type
    [InlineData(0x06000001)]   // a method
    public void ACachedBuildWhoseTypeTokenIsWrongFindsItsImageByName(int token)
    {
        var (directory, environment) = Nt2csProcess.Scratch(("token.c", "#include <stdio.h>\nint main(void) { puts(\"8\"); return 0; }\n"));
        Assert.Equal("8\n", Nt2csProcess.Run(["exec", "token.c"], directory, environment).Output);
        var manifest = Assert.Single(Directory.GetFiles(Path.Combine(directory, ".cache", "nt2cs", "exec"), "*.manifest"));
        var lines = File.ReadAllText(manifest).Split('\n');
        var type = lines[0].Split(' ');
        Assert.Equal("Token.Program", type[0]);
        Assert.NotEqual("0", type[1]);   // the token is kept
        lines[0] = $"{type[0]} {token}";
        File.WriteAllText(manifest, string.Join('\n', lines));

        var again = Nt2csProcess.Run(["exec", "-v", "token.c"], directory, environment);
        Assert.Equal(0, again.Status);
        Assert.Equal("8\n", again.Output);
        Assert.Contains("cached build found", again.Stderr);
    }

    [Fact]
    public void TheExecCacheKeepsWithinItsLimitRemovingTheBuildsUsedLongestAgo()
    {
        var (directory, environment) = Nt2csProcess.Scratch(
            ("old.c", "int main(void) { return 1; }\n"), ("used.c", "int main(void) { return 2; }\n"), ("fresh.c", "int main(void) { return 3; }\n"));
        var cache = Path.Combine(directory, ".cache", "nt2cs", "exec");
        Assert.Equal(1, Nt2csProcess.Run(["exec", "old.c"], directory, environment).Status);
        Assert.Equal(2, Nt2csProcess.Run(["exec", "used.c"], directory, environment).Status);
        string KeyOf(string program) => Path.GetFileName(Directory.GetFiles(cache, "*.manifest")
            .Single(m => File.ReadAllText(m).StartsWith(program + ".Program ", StringComparison.Ordinal)))[..^".manifest".Length];
        var (old, used) = (KeyOf("Old"), KeyOf("Used"));
        File.SetLastWriteTimeUtc(Path.Combine(cache, old + ".manifest"), DateTime.UtcNow.AddDays(-3));
        File.SetLastWriteTimeUtc(Path.Combine(cache, used + ".manifest"), DateTime.UtcNow.AddDays(-2));
        File.WriteAllBytes(Path.Combine(cache, old + ".filler"), new byte[2 << 20]);   // the old build made large
        var stale = Path.Combine(cache, "00000000deadbeef.dll");                         // no manifest, two hours old
        File.WriteAllBytes(stale, new byte[100]);
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-2));
        var writing = Path.Combine(cache, "00000000feedf00d.dll.4242.tmp");               // being written now
        File.WriteAllBytes(writing, new byte[100]);

        // A hit marks the build as used now; a miss stores a build, then removes what is over the limit (1 MiB),
        // the build used longest ago first.
        Assert.Equal(2, Nt2csProcess.Run(["exec", "used.c"], directory, environment).Status);
        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(cache, used + ".manifest")) > DateTime.UtcNow.AddHours(-1));
        environment["NT2CS_EXEC_CACHE_MIB"] = "1";
        Assert.Equal(3, Nt2csProcess.Run(["exec", "fresh.c"], directory, environment).Status);

        Assert.Empty(Directory.GetFiles(cache, old + ".*"));
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(writing));
        Assert.True(File.Exists(Path.Combine(cache, KeyOf("Fresh") + ".dll")));
        var again = Nt2csProcess.Run(["exec", "-v", "used.c"], directory, environment);
        Assert.Equal(2, again.Status);
        Assert.Contains("cached build found", again.Stderr);
    }

    [Fact]
    public void PreprocessorOptionsWorkAsACompilers()
    {
        var source = "#include <stdio.h>\n#include \"config.h\"\nint main(void) {\n#ifdef GONE\n  return 99;\n#endif\n  printf(\"%d %s\\n\", LEVEL + EXTRA, NAME); return 0; }\n";
        // -D and -U apply in order, before the source: GONE is defined, then undefined.
        var (directory, environment) = Nt2csProcess.Scratch(("main.c", source));
        Directory.CreateDirectory(Path.Combine(directory, "inc"));
        File.WriteAllText(Path.Combine(directory, "inc", "config.h"), "#define EXTRA 100\n");
        var result = Nt2csProcess.Run(["exec", "-Iinc", "-D", "LEVEL=3", "-DNAME=\"named\"", "-DGONE", "-UGONE", "main.c"], directory, environment);
        Assert.Equal(0, result.Status);
        Assert.Equal("103 named\n", result.Output);
    }

    [Fact]
    public void MissingLibclangIsOneLineAndStatus2()
    {
        var (directory, environment) = Nt2csProcess.Scratch(("ok.c", "int main(void) { return 0; }\n"));
        environment["NT2CS_LIBCLANG"] = "/nonexistent/libclang.so";
        var result = Nt2csProcess.Run(["exec", "ok.c"], directory, environment);
        Assert.Equal(2, result.Status);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("libclang", lines[0]);
        Assert.Contains("setup", lines[0]);
    }

    [Fact]
    public void TranslateWritesAProjectThatBuildsAndRuns()
    {
        var (directory, environment) = Nt2csProcess.Scratch(("hello.c", "#include <stdio.h>\nint main(void) { puts(\"built\"); return 3; }\n"));
        var translate = Nt2csProcess.Run(["translate", "hello.c", "-o", "out"], directory, environment);
        Assert.Equal(0, translate.Status);
        Assert.True(File.Exists(Path.Combine(directory, "out", "hello.csproj")));
        var run = Processes.Run("dotnet", ["run", "--project", Path.Combine(directory, "out"), "-v", "q"], TimeSpan.FromMinutes(3), directory);
        Assert.Equal(3, run.Status);
        Assert.Equal("built\n", run.Output);
    }

    /// <summary>`run`'s boot volume: --persist needs a file to write back to, and an image that is not whole sectors
    /// or cannot be read is a usage error naming it, before anything is built.</summary>
    [Fact]
    public void ABadBootVolumeIsAUsageError()
    {
        var (directory, environment) = Nt2csProcess.Scratch(("odd.img", "not sectors"));
        var persist = Nt2csProcess.Run(["run", "--persist"], directory, environment);
        Assert.Equal(64, persist.Status);
        Assert.Contains("--persist needs --boot-volume FILE", persist.Stderr);
        var odd = Nt2csProcess.Run(["run", "--boot-volume", "odd.img"], directory, environment);
        Assert.Equal(64, odd.Status);
        Assert.Contains("odd.img: 11 bytes is not a whole number of 512-byte sectors", odd.Stderr);
        var missing = Nt2csProcess.Run(["run", "--boot-volume", "none.img"], directory, environment);
        Assert.Equal(64, missing.Status);
        Assert.Contains("--boot-volume none.img", missing.Stderr);
        Assert.Equal("", persist.Output + odd.Output + missing.Output);
    }

    [Fact]
    public void AFaultInTheProgramEndsItLikeASignalWithAReport()
    {
        var (directory, environment) = Nt2csProcess.Scratch(("null.c", "int main(void) { int *p = 0; *p = 5; return 0; }\n"));
        var result = Nt2csProcess.Run(["exec", "null.c"], directory, environment);
        Assert.Equal(139, result.Status);
        Assert.Contains("null.c:1: unhandled exception 0xC0000005 (access violation writing address 0x00000000)", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Theory]
    [InlineData("garbage.c", "#include <setjmp.h>\n#include <string.h>\nint main(void)\n{\n    jmp_buf buffer;\n    memset(buffer, 0x41, sizeof buffer);\n    longjmp(buffer, 1);\n}\n",
        "garbage.c:7: longjmp to a jmp_buf that no running setjmp filled (activation 1094795585, site 1094795585)")]
    [InlineData("stale.c", "#include <setjmp.h>\nstatic jmp_buf buffer;\nstatic int mark(void) { return setjmp(buffer); }\nint main(void)\n{\n    mark();\n    longjmp(buffer, 1);\n}\n",
        "stale.c:7: longjmp to a jmp_buf that no running setjmp filled (activation 1, site 1)")]
    public void ALongjmpNoSetjmpCanCatchIsTheProgramsFaultAtItsLocation(string name, string source, string report)
    {
        var (directory, environment) = Nt2csProcess.Scratch((name, source));
        var result = Nt2csProcess.Run(["exec", name], directory, environment);
        Assert.Equal(139, result.Status);
        Assert.StartsWith(report, result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
    }

    [Fact]
    public void AProgramWithoutMainIsALinkError()
    {
        var (directory, environment) = Nt2csProcess.Scratch(("nomain.c", "int helper(void) { return 1; }\n"));
        var result = Nt2csProcess.Run(["exec", "nomain.c"], directory, environment);
        Assert.Equal(1, result.Status);
        Assert.Contains("nt2cs: error: undefined reference to 'main'", result.Stderr);
    }

    [Fact]
    public void FreestandingExecRunsOnTheMachineWithComOneAsStdout()
    {
        const string source = """
            #include <intrin.h>
            int main(void)
            {
                const char *s = "bare\n";
                while (*s) __outbyte(0x3F8, (unsigned char)*s++);
                __outbyte(0xF4, 0x21);
                return 0;
            }
            """;
        var (directory, environment) = Nt2csProcess.Scratch(("bare.c", source));
        var result = Nt2csProcess.Run(["exec", "--freestanding", "--machine", "pc", "--mem", "16", "bare.c"], directory, environment);
        Assert.Equal((0x21 << 1) | 1, result.Status);
        Assert.Equal("bare\n", result.Output);
        Assert.Equal("", result.Stderr);

        File.WriteAllText(Path.Combine(directory, "hosted.c"), "#include <stdio.h>\nint main(void) { return 0; }\n");
        var hosted = Nt2csProcess.Run(["exec", "--freestanding", "hosted.c"], directory, environment);
        Assert.Equal(1, hosted.Status);
        Assert.Contains("'stdio.h' file not found", hosted.Stderr);
    }

    [Fact]
    public void FreestandingResetRestartsUnlessNoReboot()
    {
        const string source = """
            #include <intrin.h>
            int main(void)
            {
                const char *s = "boot\n";
                while (*s) __outbyte(0x3F8, (unsigned char)*s++);
                __outbyte(0xCF9, 0x06);
                return 1;
            }
            """;
        var (directory, environment) = Nt2csProcess.Scratch(("reset.c", source));
        var once = Nt2csProcess.Run(["exec", "--freestanding", "--no-reboot", "reset.c"], directory, environment);
        Assert.Equal(0, once.Status);
        Assert.Equal("boot\n", once.Output);
        Assert.Equal("nt2cs: reset (hard)\n", once.Stderr);

        // Without --no-reboot the machine restarts and runs the program again, until the reset loop is given up.
        var looping = Nt2csProcess.Run(["exec", "--freestanding", "reset.c"], directory, environment);
        Assert.Equal(3, looping.Status);
        Assert.Equal(string.Concat(Enumerable.Repeat("boot\n", 17)), looping.Output);
        Assert.Contains("nt2cs: reset loop: the machine reset 17 times in a row", looping.Stderr);

        var hosted = Nt2csProcess.Run(["exec", "--no-reboot", "reset.c"], directory, environment);
        Assert.Equal(64, hosted.Status);
        Assert.Contains("--no-reboot need --freestanding", hosted.Stderr);
    }

    [Fact]
    public void HostedExecStopsAtItsWallClockTimeout()
    {
        var (directory, environment) = Nt2csProcess.Scratch(("spin.c", "int main(void)\n{\n    volatile unsigned n = 0;\n    for (;;)\n        n++;\n}\n"));
        var result = Nt2csProcess.Run(["exec", "--timeout", "0.3", "spin.c"], directory, environment);
        Assert.Equal(124, result.Status);
        Assert.Contains("nt2cs: timeout: 0.3 s of wall time passed (stopped at spin.c:", result.Stderr);
    }
}
