using System.Globalization;
using System.Text;
using Nt2cs.Runtime;
using Xunit;

namespace Nt2cs.Tests.Runtime;

/// <summary>
/// printf against glibc: thousands of format × value combinations, each printed (with its return value) by a
/// native i386 program built now and by CLib.printf, compared line by line.
/// </summary>
[Collection("GuestMemory")]
public sealed class PrintfDifferentialTests
{
    /// <summary>One variadic argument: i int, l long long, d double, s string (null: NULL), p pointer.</summary>
    public readonly record struct Arg(char Kind, ulong Bits, string? Text = null)
    {
        public static Arg I(int v) => new('i', (uint)v);
        public static Arg L(long v) => new('l', (ulong)v);
        public static Arg D(double v) => new('d', (ulong)BitConverter.DoubleToInt64Bits(v));
        public static Arg S(string? v) => new('s', 0, v);
        public static Arg P(uint v) => new('p', v);

        public override string ToString() => Kind switch
        {
            'i' => ((int)Bits).ToString(CultureInfo.InvariantCulture),
            'l' => ((long)Bits).ToString(CultureInfo.InvariantCulture),
            'd' => $"double 0x{Bits:X16}",
            's' => Text is null ? "NULL" : NativeOracle.Literal(Text),
            _ => $"(void*)0x{Bits:X}",
        };
    }

    public sealed record Case(string Format, params Arg[] Args);

    private static readonly int[] s_ints =
        [0, 1, -1, 7, -42, 127, 128, 255, 32767, -32768, 65536, 123456789, int.MaxValue, int.MinValue];

    private static readonly long[] s_longs =
        [0, 1, -1, 4294967296, -4294967297, 1234567890123456789, long.MaxValue, long.MinValue, unchecked((long)0xFEDCBA9876543210)];

    private static readonly double[] s_keyDoubles =
        [0.0, -0.0, 0.5, 1.5, 2.5, -1.0, 123456789.125, 1e-5, 9.9999999, 0.000123456, double.PositiveInfinity, double.NaN];

    private static readonly double[] s_doubles =
    [
        0.0, -0.0, 0.5, 1.5, 2.5, 3.5, -0.5, 0.125, 0.05, 0.15, 0.25, 0.35, 1.0, 10.0, 100.0, 1e-5, 1e-4, 9.5e-5,
        0.0001, 0.00001234, 123456.0, 999999.5, 9999995.0, 1e6, 1e7, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23,
        123456789.125, 3.14159265358979, 2.718281828459045, 1.0 / 3, 2.0 / 3, 0.1, 0.2, 0.3, 1e100, 1e300, 1e308,
        5e-324, 1e-320, 2.2250738585072014e-308, 2.2250738585072009e-308, double.MaxValue, double.Epsilon,
        -123.456, 9.999999e-5, 0.99999999, 99.999999, 1e-300, 4.35, 8.875, 1e-7, 6.02214076e23,
        double.PositiveInfinity, double.NegativeInfinity, double.NaN, -double.NaN,
    ];

    private static readonly string?[] s_strings = ["", "a", "hello", "hello world!", null, "\xff\x80 bytes\x01"];

    [Fact]
    public void IntegerConversions()
    {
        var cases = new List<Case>();
        string[] flags = ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-#", "+-", " +", "'"];
        string[] widths = ["", "1", "6", "25"];
        string[] precisions = ["", ".", ".0", ".1", ".4", ".15"];
        foreach (var f in flags)
            foreach (var w in widths)
                foreach (var p in precisions)
                    foreach (var conversion in "diuoxX")
                        foreach (int v in s_ints)
                            cases.Add(new Case($"[%{f}{w}{p}{conversion}]", Arg.I(v)));

        string[] someSpecs = ["", "-", "+", " ", "#", "08", "-8", "#012", "+.3", " 10.5", "-#20.12", "020"];
        foreach (var spec in someSpecs)
            foreach (var conversion in "diuoxX")
            {
                foreach (var length in new[] { "hh", "h", "l", "z", "t", "I32", "I" })
                {
                    if (length.StartsWith('I'))
                        continue; // MSVC's I lengths mean something else to glibc ('I' is a flag there).
                    foreach (int v in s_ints)
                        cases.Add(new Case($"[%{spec}{length}{conversion}]", Arg.I(v)));
                }
                foreach (var length in new[] { "ll", "j", "q", "L" })
                    foreach (long v in s_longs)
                        cases.Add(new Case($"[%{spec}{length}{conversion}]", Arg.L(v)));
            }
        Compare(cases);
    }

    [Fact]
    public void FloatingConversionsAllFormats()
    {
        var cases = new List<Case>();
        string[] flags = ["", "-", "+", " ", "#", "0", "+0", "-#", "#0", " 0", "-+"];
        string[] widths = ["", "8", "30"];
        string[] precisions = ["", ".", ".0", ".1", ".3", ".6", ".10", ".17", ".25"];
        foreach (var f in flags)
            foreach (var w in widths)
                foreach (var p in precisions)
                    foreach (var conversion in "eEfFgGaA")
                        foreach (double v in s_keyDoubles)
                            cases.Add(new Case($"[%{f}{w}{p}{conversion}]", Arg.D(v)));
        Compare(cases);
    }

    [Fact]
    public void FloatingConversionsAllValues()
    {
        var cases = new List<Case>();
        string[] formats =
        [
            "%f", "%.0f", "%.1f", "%.2f", "%.3f", "%.10f", "%.20f", "%.40f", "%#.0f", "%e", "%.0e", "%.1e", "%.3e",
            "%+.3e", "%.16e", "%.20e", "%#.0e", "%E", "%g", "%.0g", "%.1g", "%.2g", "%.3g", "%.10g", "%.17g", "%#g",
            "%#.3g", "%G", "%#.0g", "%.30g", "%a", "%.0a", "%.1a", "%.3a", "%.13a", "%.20a", "%#a", "%A", "%15.7g",
            "%-15.3e|", "%015.4f", "%+g", "% g", "%F", "%.400f", "%.350e",
        ];
        foreach (var format in formats)
            foreach (double v in s_doubles)
                cases.Add(new Case($"[{format}]", Arg.D(v)));

        // Values just below a power of ten, where rounding carries into a new digit (and %g may change style).
        string[] nearPowers = ["%g", "%#g", "%#.1g", "%#.2g", "%#.3g", "%.3g", "%#.10g", "%#G", "%.2e", "%#.0e", "%.1f", "%#.0f"];
        for (int k = -6; k <= 9; k++)
            foreach (var mantissa in new[] { "9.5", "9.95", "9.995", "9.9995", "9.99995", "9.999995", "9.9999995", "9.4999" })
            {
                double v = double.Parse(mantissa + "e" + k, CultureInfo.InvariantCulture);
                foreach (var format in nearPowers)
                    cases.Add(new Case($"[{format}]", Arg.D(v)));
            }

        var random = new Random(20240611);
        string[] randomFormats = ["%.17g", "%.25e", "%f", "%.0f", "%.3f", "%g", "%#.5g", "%a", "%.2a", "%.40f", "%.0e", "%e"];
        for (int i = 0; i < 400; i++)
        {
            // Random bit patterns cover every exponent; random small values stress %f rounding near ties.
            double v = i % 2 == 0
                ? BitConverter.Int64BitsToDouble(random.NextInt64())
                : Math.Round((random.NextDouble() - 0.5) * 2000, random.Next(0, 6)) + random.Next(-2, 3) * 0.0005;
            foreach (var format in randomFormats)
                cases.Add(new Case($"[{format}]", Arg.D(v)));
        }
        Compare(cases);
    }

    [Fact]
    public void StringsCharactersAndPointers()
    {
        var cases = new List<Case>();
        foreach (var f in new[] { "", "-", "0" })
            foreach (var w in new[] { "", "3", "10" })
                foreach (var p in new[] { "", ".", ".0", ".2", ".5", ".6", ".10" })
                {
                    foreach (var s in s_strings)
                        cases.Add(new Case($"[%{f}{w}{p}s]", Arg.S(s)));
                    foreach (int c in new[] { 'a', 0xFF, 200, 0x141, -1, 0 })
                        cases.Add(new Case($"[%{f}{w}{p}c]", Arg.I(c)));
                }
        foreach (var f in new[] { "", "-", "+", " ", "#", "0", "+0", "-#" })
            foreach (var w in new[] { "", "5", "20" })
                foreach (var p in new[] { "", ".0", ".12" })
                    foreach (uint v in new uint[] { 0, 1, 0x1234, 0x80000000, 0xFFFFFFFF })
                        cases.Add(new Case($"[%{f}{w}{p}p]", Arg.P(v)));
        Compare(cases);
    }

    [Fact]
    public void SpecialFormats()
    {
        Case[] cases =
        [
            new("no conversions at all"),
            new("100%% [%%] [%5%] [%-5%]"),
            new("[%y] [%5y] [%-#5.3y] [%hy] [%lly]"),
            new("[% 05y|%0 5y|%#0y|% #y|%'0y|%0'y|% 'y|%-0 y|%0#'+-y|%*y|%.*y|%.-1y|%#5.0y]", Arg.I(-7), Arg.I(-2)),
            new("[%5.3hhy|%zy|%Ly|%qy|%jy|%ty|%Zy|%ly|%lly|%0*.*y|%5.3l!]", Arg.I(3), Arg.I(4)),
            new("[%5.3%|%-5%|%'%|%ly|%lk|%hhk]"),
            new("trailing %"),
            new("trailing %-5"),
            new("trailing %.3l"),
            new("[%*d] [%-*d] [%*d]", Arg.I(6), Arg.I(42), Arg.I(6), Arg.I(42), Arg.I(-6), Arg.I(42)),
            new("[%.*d] [%.*f] [%.*e]", Arg.I(5), Arg.I(42), Arg.I(-3), Arg.D(1.25), Arg.I(0), Arg.D(2.5)),
            new("[%*.*f] [%-*.*s]", Arg.I(12), Arg.I(3), Arg.D(3.14159), Arg.I(8), Arg.I(2), Arg.S("abcdef")),
            new("[%2$s %1$d]", Arg.I(7), Arg.S("seven")),
            new("[%1$d %1$x %1$o]", Arg.I(255)),
            new("[%3$f %1$lld %2$d]", Arg.L(-5), Arg.I(6), Arg.D(0.75)),
            new("[%1$*2$.*3$f]", Arg.D(2.0 / 3), Arg.I(15), Arg.I(4)),
            new("[%2$*1$d]", Arg.I(9), Arg.I(-12)),
            new("[%'d] [%'.2f] [%Zd] [%zx]", Arg.I(1234567), Arg.D(1234.5), Arg.I(-3), Arg.I(-3)),
            new("[%hhd %hhd %hd %hd]", Arg.I(300), Arg.I(-129), Arg.I(70000), Arg.I(-32769)),
            new("[%d %s %f %c %lld %p %e]", Arg.I(-1), Arg.S("x"), Arg.D(1.5), Arg.I('z'), Arg.L(long.MinValue), Arg.P(16), Arg.D(-0.0)),
            new("[%-+ #010.3e] [%- 8d] [%+ d]", Arg.D(12.5), Arg.I(5), Arg.I(5)),
            new("[%00005d] [%-0-5d] [%#-#x]", Arg.I(3), Arg.I(3), Arg.I(255)),
        ];
        Compare(cases);
    }

    /// <summary>Runs <paramref name="cases"/> natively and through CLib.printf and asserts identical output.</summary>
    private static void Compare(IReadOnlyList<Case> cases)
    {
        var native = NativeOracle.Run(NativeProgram(cases)).Split('\n');
        var ours = Hosted(cases);
        var mismatches = new StringBuilder();
        int count = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            string expected = i < native.Length ? native[i] : "<missing>";
            if (expected == ours[i])
                continue;
            if (++count <= 40)
            {
                mismatches.Append(CultureInfo.InvariantCulture,
                    $"{NativeOracle.Literal(cases[i].Format)} ({string.Join(", ", cases[i].Args)}):\n  glibc: {Visible(expected)}\n  ours:  {Visible(ours[i])}\n");
            }
        }
        Assert.True(count == 0, $"{count} of {cases.Count} printf results differ from glibc:\n{mismatches}");
        Assert.Equal(cases.Count + 1, native.Length);
    }

    private static string Visible(string text) => NativeOracle.Literal(text);

    /// <summary>Each case's output and "|return value", one line per case.</summary>
    private static string[] Hosted(IReadOnlyList<Case> cases)
    {
        using var guest = new GuestRuntime();
        var separator = guest.String("|%d\n");
        foreach (var c in cases)
        {
            var format = guest.String(c.Format);
            var strings = new List<Ptr<sbyte>>();
            var block = Va.Begin(guest.ArgBlock);
            foreach (var arg in c.Args)
            {
                switch (arg.Kind)
                {
                    case 'i':
                        block = block.Then((int)arg.Bits);
                        break;
                    case 'l':
                        block = block.Then((long)arg.Bits);
                        break;
                    case 'd':
                        block = block.Then(BitConverter.Int64BitsToDouble((long)arg.Bits));
                        break;
                    case 'p':
                        block = block.Then(new Ptr<CVoid>((uint)arg.Bits));
                        break;
                    default:
                        var s = arg.Text is null ? default : guest.String(arg.Text);
                        strings.Add(s);
                        block = block.Then(s);
                        break;
                }
            }
            int result = CLib.printf(format, block.End());
            CLib.printf(separator, Va.Args(guest.ArgBlock, result));
            CLib.free(format.As<CVoid>());
            foreach (var s in strings)
                CLib.free(s.As<CVoid>());
        }
        return guest.StdoutText.Split('\n');
    }

    /// <summary>A table-driven C program: one printf per case, dispatched on the case's argument signature.</summary>
    private static string NativeProgram(IReadOnlyList<Case> cases)
    {
        var signatures = new List<string>();
        var table = new StringBuilder();
        foreach (var c in cases)
        {
            string signature = new(c.Args.Select(a => a.Kind).ToArray());
            int index = signatures.IndexOf(signature);
            if (index < 0)
            {
                index = signatures.Count;
                signatures.Add(signature);
            }
            var values = c.Args.Select(a => $"0x{a.Bits:X}ULL").DefaultIfEmpty("0");
            var text = c.Args.FirstOrDefault(a => a.Kind == 's') is { Kind: 's' } s
                ? (s.Text is null ? "0" : NativeOracle.Literal(s.Text))
                : "0";
            table.Append(CultureInfo.InvariantCulture,
                $"  {{{NativeOracle.Literal(c.Format)}, {index}, {{{string.Join(", ", values)}}}, {text}}},\n");
        }

        var dispatch = new StringBuilder();
        for (int i = 0; i < signatures.Count; i++)
        {
            var args = signatures[i].Select((kind, k) => kind switch
            {
                'i' => $", (int)c->v[{k}]",
                'l' => $", (long long)c->v[{k}]",
                'd' => $", D(c->v[{k}])",
                'p' => $", (void *)(unsigned)c->v[{k}]",
                _ => ", c->s",
            });
            dispatch.Append(CultureInfo.InvariantCulture,
                $"    case {i}: r = printf(c->format{string.Concat(args)}); break;\n");
        }

        int arity = Math.Max(1, cases.Max(c => c.Args.Length));
        return $$"""
            #include <stdio.h>
            #include <string.h>
            struct Case { const char *format; int signature; unsigned long long v[{{arity}}]; const char *s; };
            static double D(unsigned long long bits) { double d; memcpy(&d, &bits, sizeof d); return d; }
            static const struct Case cases[] = {
            {{table}}};
            int main(void) {
              for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
                const struct Case *c = &cases[i];
                int r = 0;
                switch (c->signature) {
            {{dispatch}}    }
                printf("|%d\n", r);
              }
              return 0;
            }
            """;
    }
}
