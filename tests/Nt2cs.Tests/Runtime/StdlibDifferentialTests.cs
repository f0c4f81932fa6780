using System.Globalization;
using System.Text;
using Nt2cs.Runtime;
using Xunit;

namespace Nt2cs.Tests.Runtime;

/// <summary>
/// stdlib.h, ctype.h and strerror against glibc: rand sequences, strtol-family edge cases, qsort's order and
/// comparator calls, character classes and error messages, each compared with a native i386 build.
/// </summary>
[Collection("GuestMemory")]
public sealed unsafe class StdlibDifferentialTests
{
    private static readonly uint[] s_seeds = [0, 1, 2, 42, 12345, 0x7FFFFFFF, 0x80000000, 0xDEADBEEF, 0xFFFFFFFF];

    [Fact]
    public void RandMatchesGlibc()
    {
        var native = NativeOracle.Run($$"""
            #include <stdio.h>
            #include <stdlib.h>
            static const unsigned seeds[] = { {{string.Join(", ", s_seeds.Select(s => s + "u"))}} };
            int main(void) {
              for (int i = 0; i < 10; i++) printf("%d\n", rand());
              for (unsigned s = 0; s < sizeof seeds / sizeof seeds[0]; s++) {
                srand(seeds[s]);
                for (int i = 0; i < 50; i++) printf("%d\n", rand());
              }
              return 0;
            }
            """);

        using var guest = new GuestRuntime();
        var ours = new StringBuilder();
        for (int i = 0; i < 10; i++)
            ours.Append(CLib.rand()).Append('\n');
        foreach (uint seed in s_seeds)
        {
            CLib.srand(seed);
            for (int i = 0; i < 50; i++)
                ours.Append(CLib.rand()).Append('\n');
        }
        Assert.Equal(native, ours.ToString());
    }

    private static readonly string[] s_numbers =
    [
        "0", "123", "  123", "\t\n\v\f\r 77x", "-123", "+42", "+-1", "-+1", "- 1", "0x1A", "0X1a", "0x", "0xg", "0x1g",
        "012", "09", "08", "0b101", "z", "Zz", "", "   ", "abc", "-0", "-0x10", "1e5", "2147483647", "2147483648",
        "-2147483648", "-2147483649", "4294967295", "4294967296", "-4294967295", "-4294967296", "-1",
        "99999999999999999999", "-99999999999999999999", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
        "-18446744073709551615", "777777777777777777777777", "1111111111111111111111111111111111", "zzzzzzzzzzzzzz",
        "7fffffff", "ffffffff", "100000000", "ffffffffffffffff", "\xff1",
    ];

    private static readonly int[] s_bases = [0, 2, 8, 10, 16, 36, 1, 37, -1];

    [Fact]
    public void StrtolFamilyMatchesGlibc()
    {
        var native = NativeOracle.Run($$"""
            #include <stdio.h>
            #include <stdlib.h>
            #include <errno.h>
            static const char *const inputs[] = { {{string.Join(", ", s_numbers.Select(NativeOracle.Literal))}} };
            static const int bases[] = { {{string.Join(", ", s_bases)}} };
            static int offset(const char *s, const char *end) { return end ? (int)(end - s) : -1; }
            int main(void) {
              for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
                for (unsigned b = 0; b < sizeof bases / sizeof bases[0]; b++) {
                  const char *s = inputs[i]; char *end; int base = bases[b];
                  errno = 0; end = 0; long l = strtol(s, &end, base); printf("%ld %d %d\n", l, errno, offset(s, end));
                  errno = 0; end = 0; unsigned long ul = strtoul(s, &end, base); printf("%lu %d %d\n", ul, errno, offset(s, end));
                  errno = 0; end = 0; long long ll = strtoll(s, &end, base); printf("%lld %d %d\n", ll, errno, offset(s, end));
                  errno = 0; end = 0; unsigned long long ull = strtoull(s, &end, base); printf("%llu %d %d\n", ull, errno, offset(s, end));
                }
              for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
                errno = 0; int a = atoi(inputs[i]); long b = atol(inputs[i]); long long c = atoll(inputs[i]);
                printf("%d %ld %lld %d\n", a, b, c, errno);
              }
              return 0;
            }
            """);

        using var guest = new GuestRuntime();
        var ours = new StringBuilder();
        var errno = CLib._errno();
        var end = CLib.malloc(4).As<Ptr<sbyte>>();
        string Line<T>(Ptr<sbyte> s, T value)
        {
            int at = end.Deref.IsNull ? -1 : (int)(end.Deref.Address - s.Address);
            return string.Create(CultureInfo.InvariantCulture, $"{value} {errno.Deref} {at}\n");
        }
        foreach (var text in s_numbers)
        {
            var s = guest.String(text);
            foreach (int b in s_bases)
            {
                errno.W.Deref = 0;
                end.W.Deref = default;
                ours.Append(Line(s, CLib.strtol(s, end, b)));
                errno.W.Deref = 0;
                end.W.Deref = default;
                ours.Append(Line(s, CLib.strtoul(s, end, b)));
                errno.W.Deref = 0;
                end.W.Deref = default;
                ours.Append(Line(s, CLib.strtoll(s, end, b)));
                errno.W.Deref = 0;
                end.W.Deref = default;
                ours.Append(Line(s, CLib.strtoull(s, end, b)));
            }
        }
        foreach (var text in s_numbers)
        {
            var s = guest.String(text);
            errno.W.Deref = 0;
            ours.Append(CultureInfo.InvariantCulture, $"{CLib.atoi(s)} {CLib.atol(s)} {CLib.atoll(s)} {errno.Deref}\n");
        }
        AssertSameLines(native, ours.ToString());
    }

    private static readonly List<(int A, int B)> s_compared = [];

    /// <summary>The comparator both sides use: by key only, recording which elements (by index) it compared.</summary>
    private static int CompareByKey(Ptr<CVoid> a, Ptr<CVoid> b)
    {
        var x = a.As<int>();
        var y = b.As<int>();
        s_compared.Add((x[1], y[1]));
        return x[0] - y[0];
    }

    private static int CompareInts(Ptr<CVoid> a, Ptr<CVoid> b) => a.As<int>()[0] - b.As<int>()[0];

    [Theory]
    [InlineData(8, 100, 13)]
    [InlineData(8, 1000, 3)]
    [InlineData(40, 200, 7)]
    [InlineData(8, 2, 1)]
    public void QsortIsGlibcsStableMergeSort(int size, int count, int keys)
    {
        var native = NativeOracle.Run($$"""
            #include <stdio.h>
            #include <stdlib.h>
            struct E { int key; int index; char pad[{{size - 8}} + 1]; };
            static struct E items[{{count}}];
            static int cmp(const void *a, const void *b) {
              const int *x = a, *y = b;
              printf("%d %d\n", x[1], y[1]);
              return x[0] - y[0];
            }
            int main(void) {
              for (int i = 0; i < {{count}}; i++) { items[i].key = (i * 7919 + 17) % {{keys}}; items[i].index = i; }
              qsort(items, {{count}}, {{size}}, cmp);
              printf("sorted\n");
              for (int i = 0; i < {{count}}; i++) printf("%d %d\n", items[i].key, items[i].index);
              return 0;
            }
            """.Replace("char pad[" + (size - 8) + " + 1]", size == 8 ? "char pad[0]" : $"char pad[{size - 8}]"));

        using var guest = new GuestRuntime();
        var items = CLib.malloc((uint)(size * count)).As<int>();
        for (int i = 0; i < count; i++)
        {
            items.W[i * size / 4] = (i * 7919 + 17) % keys;
            items.W[i * size / 4 + 1] = i;
        }
        s_compared.Clear();
        var comparator = guest.Function((nint)(delegate*<Ptr<CVoid>, Ptr<CVoid>, int>)&CompareByKey, "i:ii", "cmp");
        CLib.qsort(items.As<CVoid>(), (uint)count, (uint)size, comparator);
        var ours = new StringBuilder();
        foreach (var (a, b) in s_compared)
            ours.Append(CultureInfo.InvariantCulture, $"{a} {b}\n");
        ours.Append("sorted\n");
        for (int i = 0; i < count; i++)
            ours.Append(CultureInfo.InvariantCulture, $"{items[i * size / 4]} {items[i * size / 4 + 1]}\n");
        AssertSameLines(native, ours.ToString());
    }

    [Fact]
    public void BsearchFindsWhatGlibcFinds()
    {
        int[] sorted = [1, 3, 3, 3, 5, 8, 8, 13, 21, 21, 21, 21, 34];
        int[] keys = [0, 1, 2, 3, 5, 8, 13, 20, 21, 34, 35];
        var native = NativeOracle.Run($$"""
            #include <stdio.h>
            #include <stdlib.h>
            static const int a[] = { {{string.Join(", ", sorted)}} };
            static const int keys[] = { {{string.Join(", ", keys)}} };
            static int cmp(const void *x, const void *y) { return *(const int *)x - *(const int *)y; }
            int main(void) {
              for (unsigned n = 0; n <= sizeof a / sizeof a[0]; n++)
                for (unsigned k = 0; k < sizeof keys / sizeof keys[0]; k++) {
                  const int *p = bsearch(&keys[k], a, n, sizeof a[0], cmp);
                  printf("%d\n", p ? (int)(p - a) : -1);
                }
              return 0;
            }
            """);

        using var guest = new GuestRuntime();
        var array = CLib.malloc((uint)sorted.Length * 4).As<int>();
        for (int i = 0; i < sorted.Length; i++)
            array.W[i] = sorted[i];
        var key = CLib.malloc(4).As<int>();
        var comparator = guest.Function((nint)(delegate*<Ptr<CVoid>, Ptr<CVoid>, int>)&CompareInts, "i:ii", "cmp");
        var ours = new StringBuilder();
        for (int n = 0; n <= sorted.Length; n++)
            foreach (int k in keys)
            {
                key.W.Deref = k;
                var found = CLib.bsearch(key.As<CVoid>(), array.As<CVoid>(), (uint)n, 4, comparator);
                ours.Append(found.IsNull ? -1 : found.As<int>() - array).Append('\n');
            }
        AssertSameLines(native, ours.ToString());
    }

    [Fact]
    public void CtypeMatchesGlibcInTheCLocale()
    {
        const string functions = "isalnum isalpha isblank iscntrl isdigit isgraph islower isprint ispunct isspace isupper isxdigit tolower toupper";
        var names = functions.Split(' ');
        var native = NativeOracle.Run($$"""
            #include <stdio.h>
            #include <ctype.h>
            int main(void) {
              for (int c = -128; c < 256; c++) {
                printf("%d", c);
                {{string.Concat(names.Select(n => $"printf(\" %d\", ({n})(c));"))}}
                printf("\n");
              }
              return 0;
            }
            """);

        using var guest = new GuestRuntime();
        var methods = names.Select(n => typeof(CLib).GetMethod(n)!).ToArray();
        var ours = new StringBuilder();
        for (int c = -128; c < 256; c++)
        {
            ours.Append(c);
            foreach (var method in methods)
                ours.Append(' ').Append((int)method.Invoke(null, [c])!);
            ours.Append('\n');
        }
        AssertSameLines(native, ours.ToString());
    }

    [Fact]
    public void StrerrorAndPerrorMatchGlibc()
    {
        int[] errors = [.. Enumerable.Range(0, 35), 84, 200, -1];
        var native = NativeOracle.Run($$"""
            #include <stdio.h>
            #include <string.h>
            static const int errors[] = { {{string.Join(", ", errors)}} };
            int main(void) {
              for (unsigned i = 0; i < sizeof errors / sizeof errors[0]; i++) printf("%s\n", strerror(errors[i]));
              return 0;
            }
            """);

        using var guest = new GuestRuntime();
        var ours = new StringBuilder();
        foreach (int e in errors)
            ours.Append(GuestRuntime.Read(CLib.strerror(e))).Append('\n');
        AssertSameLines(native, ours.ToString());
    }

    private static void AssertSameLines(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        for (int i = 0; i < Math.Min(want.Length, got.Length); i++)
            Assert.True(want[i] == got[i], $"line {i + 1}: glibc \"{want[i]}\", ours \"{got[i]}\"");
        Assert.Equal(want.Length, got.Length);
    }
}
