using Nt2cs.Tests.Differential;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Translation;

/// <summary>
/// A very large unit's static functions split into nested classes (SplitLargeUnits), here forced on a small program
/// (one statement per part): the program behaves as clang's build does, every name still reaching its own C
/// function, including statics named like another file's external function (which stays in the unit's own class),
/// like the C library's functions and like a struct type.
/// </summary>
[Collection("GuestMemory")]
public sealed class UnitPartsTests
{
    private const string Main = """
        #include <stdio.h>
        struct rand { int seed; };
        static int rand(struct rand *r) { r->seed = r->seed * 1103515245 + 12345; return (r->seed >> 16) & 0x7fff; }
        static int helper(int x) { return x * 2; }
        static int odd(int n);
        static int even(int n) { return n == 0 ? 1 : odd(n - 1); }
        static int odd(int n) { return n == 0 ? 0 : even(n - 1); }
        static int twice(int (*f)(int), int x) { return f(f(x)); }
        static int square(int x) { return x * x; }
        static int abs(int x) { return x < 0 ? -x + 1000 : x; }
        int helper_of_b(int x);
        int main(void)
        {
            struct rand r = { 7 };
            int first = rand(&r);
            printf("%d %d %d %d\n", helper(21), helper_of_b(21), even(10), odd(7));
            printf("%d %d %d\n", twice(square, 3), abs(-5), first);
            return even(3);
        }
        """;

    private const string Other = """
        int helper(int x) { return x + 1; }
        int helper_of_b(int x) { return helper(x); }
        """;

    [Fact]
    public void AUnitSplitIntoPartsBehavesAsNativeAndEveryNameReachesItsOwnFunction()
    {
        var directory = Directory.CreateTempSubdirectory("nt2cs-parts-").FullName;
        string[] sources = [Path.Combine(directory, "main.c"), Path.Combine(directory, "other.c")];
        File.WriteAllText(sources[0], Main);
        File.WriteAllText(sources[1], Other);
        var options = new TranslationOptions { SuppressWarnings = true, PartStatements = 1 };

        var translation = TranslatedC.Translate(sources, options);
        Assert.True(translation.Succeeded, string.Join("\n", translation.Diagnostics));
        var text = translation.Files.Single(f => f.Name == "main.cs").Text;
        // Split indeed: the mutually recursive pair and the function-pointer callers land in parts of their own.
        Assert.Contains("internal static class __Part2", text);
        Assert.Contains("using static Program.main_c.__Part1;", text);
        Assert.Contains("internal static int even(", text);
        // The static named like other.c's external function stays in the unit's class, where it shadows the image's
        // forwarder as in C; one named like the C library's abs moves, its part's import coming before the library's.
        Assert.Contains("private static int helper(", text);
        Assert.DoesNotContain("internal static int helper(", text);
        Assert.Contains("internal static int abs(", text);

        var native = Path.Combine(directory, "native");
        Assert.Null(NativeC.Build(sources, native, ["-I" + Corpus.NativeInclude]));
        var expected = NativeC.Run(native, [], TimeSpan.FromMinutes(1));
        var translated = TranslatedC.TranslateAndRun(sources, options: options);
        Assert.Equal(expected.Output, translated.Output);
        Assert.Equal(expected.Status, translated.Status);
    }
}
