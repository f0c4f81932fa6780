using Nt2cs.Runtime;
using Xunit;

namespace Nt2cs.Tests.Runtime;

/// <summary>string.h over guest memory.</summary>
[Collection("GuestMemory")]
public sealed class StringTests
{
    [Fact]
    public void LengthsCopiesAndConcatenation()
    {
        using var guest = new GuestRuntime();
        var buffer = CLib.calloc(1, 64).As<sbyte>();
        Assert.Equal(0u, CLib.strlen(guest.String("")));
        Assert.Equal(5u, CLib.strlen(guest.String("hello")));
        Assert.Equal(buffer, CLib.strcpy(buffer, guest.String("abc")));
        Assert.Equal(buffer, CLib.strcat(buffer, guest.String("def")));
        Assert.Equal(buffer, CLib.strncat(buffer, guest.String("ghijk"), 2));
        Assert.Equal("abcdefgh", GuestRuntime.Read(buffer));

        CLib.memset(buffer.As<CVoid>(), 'x', 16);
        CLib.strncpy(buffer, guest.String("ab"), 5);
        Assert.Equal([(sbyte)'a', (sbyte)'b', 0, 0, 0, (sbyte)'x'], Enumerable.Range(0, 6).Select(i => buffer[i]));
        CLib.strncpy(buffer, guest.String("abcdefgh"), 3);
        Assert.Equal([(sbyte)'a', (sbyte)'b', (sbyte)'c', 0], Enumerable.Range(0, 4).Select(i => buffer[i]));

        var copy = CLib.strdup(guest.String("dup"));
        Assert.Equal("dup", GuestRuntime.Read(copy));
        Assert.Equal("dup2", GuestRuntime.Read(CLib._strdup(guest.String("dup2"))));
        CLib.free(copy.As<CVoid>());
    }

    [Fact]
    public void MemoryFunctionsHandleOverlap()
    {
        using var guest = new GuestRuntime();
        var s = guest.String("0123456789");
        CLib.memmove((s + 2).As<CVoid>(), s.As<CVoid>(), 5);
        Assert.Equal("0101234789", GuestRuntime.Read(s));
        CLib.memcpy(s.As<CVoid>(), (s + 5).As<CVoid>(), 5);
        Assert.Equal("3478934789", GuestRuntime.Read(s));
        Assert.Equal(s + 2, CLib.memchr(s.As<CVoid>(), '7', 10).As<sbyte>());
        Assert.True(CLib.memchr(s.As<CVoid>(), '7', 2).IsNull);
        Assert.True(CLib.memchr(s.As<CVoid>(), '7', 0).IsNull);
    }

    [Fact]
    public void ComparisonsAreUnsignedAndReturnTheSign()
    {
        using var guest = new GuestRuntime();
        var a = guest.String("abc");
        var b = guest.String("abz");
        var high = guest.String("ab\xff");
        Assert.Equal(-1, CLib.strcmp(a, b));
        Assert.Equal(1, CLib.strcmp(b, a));
        Assert.Equal(0, CLib.strcmp(a, guest.String("abc")));
        Assert.Equal(-1, CLib.strcmp(a, high));
        Assert.Equal(-1, CLib.strcmp(guest.String("ab"), a));
        Assert.Equal(0, CLib.strncmp(a, b, 2));
        Assert.Equal(-1, CLib.strncmp(a, b, 3));
        Assert.Equal(0, CLib.strncmp(a, b, 0));
        Assert.Equal(1, CLib.memcmp(high.As<CVoid>(), a.As<CVoid>(), 3));
        Assert.Equal(0, CLib.memcmp(high.As<CVoid>(), a.As<CVoid>(), 2));
        Assert.Equal(0, CLib.memcmp(default, default, 0));
    }

    [Fact]
    public void Searching()
    {
        using var guest = new GuestRuntime();
        var s = guest.String("hello, world");
        Assert.Equal(s + 2, CLib.strchr(s, 'l'));
        Assert.Equal(s + 10, CLib.strrchr(s, 'l'));
        Assert.Equal(s + 12, CLib.strchr(s, 0));
        Assert.Equal(s + 12, CLib.strrchr(s, 0));
        Assert.True(CLib.strchr(s, 'z').IsNull);
        Assert.True(CLib.strrchr(s, 'z').IsNull);
        Assert.Equal(s + 4, CLib.strchr(s, 'o' + 256));
        Assert.Equal(s + 7, CLib.strstr(s, guest.String("world")));
        Assert.Equal(s, CLib.strstr(s, guest.String("")));
        Assert.True(CLib.strstr(s, guest.String("worlds")).IsNull);
        Assert.Equal(5u, CLib.strspn(s, guest.String("leh o")));
        Assert.Equal(5u, CLib.strcspn(s, guest.String(",")));
        Assert.Equal(12u, CLib.strcspn(s, guest.String("")));
        Assert.Equal(s + 4, CLib.strpbrk(s, guest.String("wo")));
        Assert.True(CLib.strpbrk(s, guest.String("xyz")).IsNull);
    }

    [Fact]
    public void StrtokSplitsAndRemembersItsPlace()
    {
        using var guest = new GuestRuntime();
        var s = guest.String(",,a,bc;;d,");
        var delimiters = guest.String(",;");
        var tokens = new List<string>();
        for (var token = CLib.strtok(s, delimiters); !token.IsNull; token = CLib.strtok(default, delimiters))
            tokens.Add(GuestRuntime.Read(token));
        Assert.Equal(["a", "bc", "d"], tokens);
        Assert.True(CLib.strtok(default, delimiters).IsNull);
        Assert.True(CLib.strtok(guest.String(",;,"), delimiters).IsNull);
    }

    [Fact]
    public void StrerrorReturnsTheSameStringEachTime()
    {
        using var guest = new GuestRuntime();
        var first = CLib.strerror(22);
        Assert.Equal("Invalid argument", GuestRuntime.Read(first));
        Assert.Equal(first, CLib.strerror(22));
        Assert.Equal("Unknown error 999", GuestRuntime.Read(CLib.strerror(999)));
    }

    [Fact]
    public void StringScansFaultOnlyWhereTheStringRuns()
    {
        using var guest = new GuestRuntime();
        // A string ending exactly at the end of guest memory is read without touching what is beyond.
        uint end = GuestRuntime.MemorySize;
        Mem.Fill(end - 4, (byte)'a', 3);
        Mem.RefW<byte>(end - 1) = 0;
        Assert.Equal(3u, CLib.strlen(new Ptr<sbyte>(end - 4)));
        Mem.RefW<byte>(end - 1) = (byte)'a';
        Assert.Throws<SehException>(() => CLib.strlen(new Ptr<sbyte>(end - 4)));
        Assert.Throws<SehException>(() => CLib.strlen(default));
    }
}
