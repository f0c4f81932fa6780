using System.Text;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.RealPrograms;

/// <summary>
/// zlib 1.2.13 from Debian's source package: its <c>minigzip</c> compresses a set of inputs made here (text, binary,
/// incompressible, empty, 10 MiB…) into the same bytes as the native build, at several levels and strategies; what
/// it compresses decompresses back to the input; corrupt input ends with zlib's own error, as natively. Its
/// <c>example</c> self-test runs as natively. zlib would pick its Windows code for nt2cs's _WIN32, so it is built as
/// the POSIX program it is on Debian (Z_HAVE_UNISTD_H, _WIN32 taken back).
/// </summary>
[Collection("GuestMemory")]
public sealed class ZlibTests
{
    private static readonly string[] s_library =
        ["adler32", "compress", "crc32", "deflate", "gzclose", "gzlib", "gzread", "gzwrite", "infback", "inffast",
         "inflate", "inftrees", "trees", "uncompr", "zutil"];

    private static RealProgram.Recipe Program(string name) => new("zlib", name,
        [.. s_library.Select(file => file + ".c"), $"test/{name}.c"],
        Defines: ["Z_HAVE_UNISTD_H"], Undefines: ["_WIN32", "_MSC_VER"], IncludeDirectories: ["."]);

    public static readonly RealProgram.Recipe Minigzip = Program("minigzip");

    public static readonly RealProgram.Recipe Example = Program("example");

    /// <summary>The inputs, made from a fixed seed: the same bytes on every machine.</summary>
    public static byte[] Input(string name)
    {
        var random = new Lcg(0x5EED + (uint)name.Length);
        return name switch
        {
            "empty" => [],
            "one-byte" => [(byte)'x'],
            "hello" => Encoding.ASCII.GetBytes("hello, hello, hello world\n"),
            "text" => Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i =>
                $"{i,5}: the quick brown fox jumps over the lazy dog {i * 7919 % 1000}\n"))),
            "zlib-source" => File.ReadAllBytes(Path.Combine(RealProgram.Get(Minigzip).Tree, "deflate.c")),
            "binary" => Bytes(200_000, i => random.Next() % 7 == 0 ? (byte)random.Next() : (byte)(i / 64 % 16)),
            "incompressible" => Bytes(300_000, _ => (byte)random.Next()),
            "zeros" => new byte[1 << 20],
            // Periods just past deflate's longest match (258) and its window (32 KiB).
            "long-periods" => Bytes(400_000, i => (byte)(i % 259 == 0 ? i / 259 : i % 33_000 % 251)),
            "words" => Encoding.ASCII.GetBytes(string.Join(' ', Enumerable.Range(0, 60_000).Select(_ =>
                s_words[random.Next() % (uint)s_words.Length]))),
            "ten-mib" => Bytes(10 << 20, i => i % (1 << 20) < 1 << 19 ? (byte)(random.Next() % 23 + 'a') : (byte)random.Next()),
            _ => throw new ArgumentException($"no input {name}"),
        };
    }

    private static readonly string[] s_words = ["zlib", "deflate", "inflate", "window", "huffman", "match", "lazy", "block", "stored", "crc"];

    private static byte[] Bytes(int count, Func<int, byte> at)
    {
        var bytes = new byte[count];
        for (int i = 0; i < count; i++)
            bytes[i] = at(i);
        return bytes;
    }

    /// <summary>A linear congruential generator (Numerical Recipes' constants), high bits first.</summary>
    private sealed class Lcg(uint state)
    {
        public uint Next()
        {
            state = state * 1664525 + 1013904223;
            return state >> 8;
        }
    }

    public static TheoryData<string, string> Compressions()
    {
        var data = new TheoryData<string, string>();
        foreach (var input in new[] { "empty", "one-byte", "hello", "text", "zlib-source", "binary", "incompressible", "zeros", "long-periods", "words" })
            data.Add(input, "-6");
        foreach (var level in new[] { "-1", "-9", "-f", "-h", "-r" })
        {
            data.Add("text", level);
            data.Add("binary", level);
        }
        data.Add("ten-mib", "-6");
        return data;
    }

    [Theory]
    [MemberData(nameof(Compressions))]
    public void CompressesAsNativeAndRoundTrips(string input, string level)
    {
        var minigzip = RealProgram.Get(Minigzip);
        var bytes = Input(input);
        var timeout = TimeSpan.FromMinutes(2);
        var native = minigzip.RunNative([level], bytes, timeout: timeout);
        var translated = minigzip.RunTranslated([level], bytes, timeout: timeout);
        RealProgram.AssertSame(native, translated, $"minigzip {level} < {input}");
        Assert.Equal(0, translated.Status);
        var back = minigzip.RunTranslated(["-d"], translated.Stdout, timeout: timeout);
        Assert.Equal(0, back.Status);
        Assert.True(bytes.AsSpan().SequenceEqual(back.Stdout), $"{input}: minigzip -d did not give the input back ({back.Stdout.Length} bytes of {bytes.Length})");
    }

    /// <summary>Compressed "text" made bad in one way each: what minigzip -d says must be what the native build says.</summary>
    public static TheoryData<string> Corruptions() => ["flipped-data", "truncated", "bad-magic", "bad-crc", "bad-length", "garbage"];

    private static byte[] Corrupt(byte[] compressed, string how)
    {
        var bad = (byte[])compressed.Clone();
        switch (how)
        {
            case "flipped-data":
                bad[bad.Length / 2] ^= 0x55;
                return bad;
            case "truncated":
                return bad[..(bad.Length * 2 / 3)];
            case "bad-magic":
                bad[1] = 0x8C;
                return bad;
            case "bad-crc":
                bad[^8] ^= 1;
                return bad;
            case "bad-length":
                bad[^1] ^= 0x80;
                return bad;
            case "garbage":
                return Encoding.ASCII.GetBytes("this is not gzip data at all\n");
            default:
                throw new ArgumentException(how);
        }
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void CorruptInputGivesZlibsError(string how)
    {
        var minigzip = RealProgram.Get(Minigzip);
        var compressed = minigzip.RunNative([], Input("text")).Stdout;
        var bad = Corrupt(compressed, how);
        var native = minigzip.RunNative(["-d"], bad);
        var translated = minigzip.RunTranslated(["-d"], bad);
        RealProgram.AssertSame(native, translated, $"minigzip -d < {how}");
        // The message after the program's name (argv[0] differs: a path natively).
        Assert.Equal(WithoutProgramName(native.Stderr), WithoutProgramName(translated.Stderr));
    }

    private static string WithoutProgramName(string stderr) => string.Join('\n', stderr.Split('\n').Select(line => line[(line.IndexOf(": ", StringComparison.Ordinal) + 1)..]));

    [Fact]
    public void ExampleRunsAsNative()
    {
        var example = RealProgram.Get(Example);
        var nativeFiles = RealProgram.Scratch("zlib");
        var translatedFiles = RealProgram.Scratch("zlib");
        try
        {
            var native = example.RunNative([Path.Combine(nativeFiles, "foo.gz")]);
            var translated = example.RunTranslated([Path.Combine(translatedFiles, "foo.gz")]);
            RealProgram.AssertSame(native, translated, "example");
            Assert.Contains("inflate with dictionary: hello, hello!", translated.Output);
        }
        finally
        {
            Directory.Delete(nativeFiles, recursive: true);
            Directory.Delete(translatedFiles, recursive: true);
        }
    }
}
