using System.Text;
using Nt2cs.Runtime;
using Xunit;

namespace Nt2cs.Tests.Runtime;

/// <summary>stdio.h behaviour the printf differential tests do not reach: streams, buffering, input, sprintf.</summary>
[Collection("GuestMemory")]
public sealed class StdioTests
{
    private static Ptr<_iobuf> Stdin => CLib.__acrt_iob_func(0);
    private static Ptr<_iobuf> Stdout => CLib.__acrt_iob_func(1);
    private static Ptr<_iobuf> Stderr => CLib.__acrt_iob_func(2);

    [Fact]
    public void PutsFamilyWritesBytesAndReturnsWhatGlibcReturns()
    {
        using var guest = new GuestRuntime();
        Assert.Equal(6, CLib.puts(guest.String("hello")));
        Assert.Equal(1, CLib.fputs(guest.String("\xe9t\xe9 "), Stdout));
        Assert.Equal(200, CLib.putchar(200));
        Assert.Equal(200, CLib.fputc(-56, Stdout));
        Assert.Equal((int)'x', CLib.putc('x', Stdout));
        var data = guest.String("abcdef");
        Assert.Equal(3u, CLib.fwrite(data.As<CVoid>(), 2, 3, Stdout));
        Assert.Equal(0u, CLib.fwrite(data.As<CVoid>(), 0, 3, Stdout));
        Assert.Equal("hello\n\xe9t\xe9 \xc8\xc8xabcdef", guest.StdoutText);
    }

    [Fact]
    public void StdoutIsBufferedInPipeSizedBlocksAndStderrIsNot()
    {
        using var guest = new GuestRuntime();
        CLib.fputs(guest.String("to stderr"), Stderr);
        CLib.fputs(guest.String("to stdout"), Stdout);
        Assert.Equal("to stderr", guest.StderrText);
        Assert.Equal(0, guest.Stdout.Length);

        var block = guest.String(new string('x', 5000));
        CLib.fputs(block, Stdout);
        Assert.Equal(4096, guest.Stdout.Length);
        Assert.Equal(0, CLib.fflush(Stdout));
        Assert.Equal(5009, guest.Stdout.Length);
        CLib.putchar('!');
        Assert.Equal(0, CLib.fflush(default));
        Assert.Equal(5010, guest.Stdout.Length);
    }

    [Fact]
    public void WritingToStdinFailsWithEbadf()
    {
        using var guest = new GuestRuntime();
        Assert.Equal(-1, CLib.fputc('x', Stdin));
        Assert.Equal(CLib.EBADF, CLib._errno().Deref);
        Assert.Equal(-1, CLib.fprintf(Stdin, guest.String("x"), Va.Args(guest.ArgBlock)));
        Assert.Throws<SehException>(() => CLib.fputc('x', new Ptr<_iobuf>(guest.ArgBlock)));
    }

    [Fact]
    public void FgetsGetcharAndUngetcReadStdin()
    {
        using var guest = new GuestRuntime(Encoding.Latin1.GetBytes("line one\nab\xff"));
        CLib.fputs(guest.String("prompt"), Stdout);
        var buffer = CLib.malloc(64).As<sbyte>();
        Assert.Equal(buffer, CLib.fgets(buffer, 64, Stdin));
        Assert.Equal("line one\n", GuestRuntime.Read(buffer));
        // Reading waited for input, so the prompt went out first.
        Assert.Equal(6, guest.Stdout.Length);

        Assert.Equal((int)'a', CLib.getchar());
        Assert.Equal((int)'z', CLib.ungetc('z', Stdin));
        Assert.Equal(buffer, CLib.fgets(buffer, 2, Stdin));
        Assert.Equal("z", GuestRuntime.Read(buffer));
        Assert.Equal(buffer, CLib.fgets(buffer, 64, Stdin));
        Assert.Equal("b\xff", GuestRuntime.Read(buffer));
        Assert.Equal(-1, CLib.getchar());
        Assert.Equal(-1, CLib.fgetc(Stdin));
        CLib.strcpy(buffer, guest.String("unchanged"));
        Assert.True(CLib.fgets(buffer, 64, Stdin).IsNull);
        Assert.Equal("unchanged", GuestRuntime.Read(buffer));
        Assert.Equal(-1, CLib.getc(Stdout));
    }

    [Fact]
    public void NoStdinMeansEndOfFile()
    {
        using var guest = new GuestRuntime();
        Assert.Equal(-1, CLib.getchar());
    }

    [Fact]
    public void SprintfAndSnprintfTerminateAndReportTheFullLength()
    {
        using var guest = new GuestRuntime();
        var buffer = CLib.malloc(64).As<sbyte>();
        CLib.memset(buffer.As<CVoid>(), '#', 64);
        var format = guest.String("%s-%d");
        Assert.Equal(11, CLib.sprintf(buffer, format, Va.Args(guest.ArgBlock, guest.String("hello"), 12345)));
        Assert.Equal("hello-12345", GuestRuntime.Read(buffer));

        CLib.memset(buffer.As<CVoid>(), '#', 64);
        Assert.Equal(11, CLib.snprintf(buffer, 5, format, Va.Args(guest.ArgBlock, guest.String("hello"), 12345)));
        Assert.Equal("hell", GuestRuntime.Read(buffer));
        Assert.Equal((sbyte)'#', buffer[5]);

        CLib.memset(buffer.As<CVoid>(), '#', 64);
        Assert.Equal(11, CLib.snprintf(buffer, 0, format, Va.Args(guest.ArgBlock, guest.String("hello"), 12345)));
        Assert.Equal((sbyte)'#', buffer[0]);
        Assert.Equal(11, CLib.vsnprintf(default, 0, format, Va.Args(guest.ArgBlock, guest.String("hello"), 12345)));
        Assert.Equal(11, CLib.vsnprintf(buffer, 12, format, Va.Args(guest.ArgBlock, guest.String("hello"), 12345)));
        Assert.Equal("hello-12345", GuestRuntime.Read(buffer));
    }

    [Fact]
    public void PercentNStoresTheCountSoFar()
    {
        using var guest = new GuestRuntime();
        var cells = CLib.calloc(4, 8).As<long>();
        var format = guest.String("abc%n%s%hhn%hn%lln!");
        var args = Va.Args(guest.ArgBlock, cells.As<int>(), guest.String("de"), cells.At(1).As<sbyte>(),
            cells.At(2).As<short>(), cells.At(3));
        Assert.Equal(6, CLib.printf(format, args));
        Assert.Equal(3, cells[0]);
        Assert.Equal(5, cells[1]);
        Assert.Equal(5, cells[2]);
        Assert.Equal(5, cells[3]);
    }

    [Fact]
    public void MsvcLengthModifiersAreAccepted()
    {
        using var guest = new GuestRuntime();
        var format = guest.String("%I64d %I64x %I32d %Iu %5I64d|");
        CLib.printf(format, Va.Args(guest.ArgBlock, -5L, 0x1234567890L, -6, 7u, 42L));
        Assert.Equal("-5 1234567890 -6 7    42|", guest.StdoutText);
    }

    [Fact]
    public void WideConversionsPrintAsciiAndFailBeyondIt()
    {
        using var guest = new GuestRuntime();
        var wide = CLib.malloc(8).As<ushort>();
        wide.W[0] = 'h';
        wide.W[1] = 'i';
        wide.W[2] = 0;
        Assert.Equal(8, CLib.printf(guest.String("[%lc][%ls]%.1S"), Va.Args(guest.ArgBlock, (int)'A', wide, wide)));
        wide.W[1] = 0xE9;
        Assert.Equal(-1, CLib.printf(guest.String("<%ls>"), Va.Args(guest.ArgBlock, wide)));
        Assert.Equal(CLib.EILSEQ, CLib._errno().Deref);
        Assert.Equal("[A][hi]h<", guest.StdoutText);
    }

    [Fact]
    public void PerrorPrefixesTheMessageForErrno()
    {
        using var guest = new GuestRuntime();
        CLib._errno().W.Deref = 34;
        CLib.perror(guest.String("strtol"));
        CLib.perror(guest.String(""));
        CLib._errno().W.Deref = 2;
        CLib.perror(default);
        Assert.Equal("strtol: Numerical result out of range\nNumerical result out of range\nNo such file or directory\n",
            guest.StderrText);
    }
}
