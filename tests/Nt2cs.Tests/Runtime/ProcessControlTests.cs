using System.Text;
using Nt2cs.Runtime;
using Xunit;

namespace Nt2cs.Tests.Runtime;

/// <summary>exit, abort, atexit and assert, run the way a translated program runs: through HostedRuntime.</summary>
[Collection("GuestMemory")]
public sealed unsafe class ProcessControlTests
{
    private static readonly List<string> s_events = [];

    private static void First() => s_events.Add("first");

    private static void Second()
    {
        s_events.Add("second");
        Print("from handler\n");
    }

    private static void Print(string text) => CLib.fputs(CLib.NewString(text), CLib.__acrt_iob_func(1));

    private static FnPtr Handler(delegate*<void> code, string name, uint slot)
    {
        uint address = 0x0038_0000 + slot * Fn.Slot;
        Fn.Register(address, (nint)code, "v:", name);
        return new FnPtr(address);
    }

    private static (int Status, string Stdout, string Stderr) Run(Func<int> main, TimeSpan? timeLimit = null)
    {
        s_events.Clear();
        var image = new ImageDescriptor
        {
            Name = "test",
            CodeSize = 0,
            DataSize = 0,
            Place = static (_, _) => { },
            Load = static () => { },
            Main = (_, _) => main(),
        };
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        int status = HostedRuntime.Run(image, "test", [], stdout, stderr, null, 64u << 20, timeLimit);
        return (status, Encoding.Latin1.GetString(stdout.ToArray()), Encoding.Latin1.GetString(stderr.ToArray()));
    }

    [Fact]
    public void ATimeLimitStopsALoopThatNeverPrints()
    {
        long iterations = 0;
        var (status, stdout, stderr) = Run(() =>
        {
            Print("lost with the buffer\n");
            for (;;)
            {
                SafePoint.Poll(); // what the translator emits at the top of every loop body
                iterations++;
            }
        }, TimeSpan.FromSeconds(0.2));
        Assert.Equal(HostedRuntime.StatusTimeout, status);
        Assert.Equal("", stdout);
        Assert.Contains("timeout: 0.2 s of wall time passed", stderr);
        Assert.True(iterations > WallClockLimit.SafePointsPerLook);

        // The next run starts without the limit: the handler went with the run that installed it.
        Assert.Null(SafePoint.Handler);
        Assert.Equal(7, Run(() => 7).Status);
    }

    [Fact]
    public void ExitRunsHandlersInReverseAndFlushes()
    {
        var (status, stdout, _) = Run(() =>
        {
            CLib.atexit(Handler(&First, "first", 0));
            CLib.atexit(Handler(&Second, "second", 1));
            Print("pending ");
            CLib.exit(300);
            return 0;
        });
        Assert.Equal(300, status);
        Assert.Equal(["second", "first"], s_events);
        Assert.Equal("pending from handler\n", stdout);
    }

    [Fact]
    public void ReturningFromMainRunsHandlers()
    {
        var (status, stdout, _) = Run(() =>
        {
            CLib.atexit(Handler(&First, "first", 0));
            CLib.atexit(Handler(&Second, "second", 1));
            return 5;
        });
        Assert.Equal(5, status);
        Assert.Equal(["second", "first"], s_events);
        Assert.Equal("from handler\n", stdout);
    }

    [Fact]
    public void AbortLosesBufferedOutputAndEndsWithSigabrtStatus()
    {
        var (status, stdout, stderr) = Run(() =>
        {
            CLib.atexit(Handler(&First, "first", 0));
            Print("flushed\n");
            CLib.fflush(CLib.__acrt_iob_func(1));
            Print("lost\n");
            CLib.abort();
            return 0;
        });
        Assert.Equal(134, status);
        Assert.Equal("flushed\n", stdout);
        Assert.Equal("", stderr);
        Assert.Empty(s_events);
    }

    [Fact]
    public void FailedAssertionReportsAndAborts()
    {
        var (status, stdout, stderr) = Run(() =>
        {
            Print("lost\n");
            CLib._assert(CLib.NewString("n > 0"), CLib.NewString("prog.c"), 12);
            return 0;
        });
        Assert.Equal(134, status);
        Assert.Equal("", stdout);
        Assert.Equal("Assertion failed: n > 0, file prog.c, line 12\n", stderr);
    }

    [Fact]
    public void GetenvSeesTheHostEnvironmentAndAbsWraps()
    {
        using var guest = new GuestRuntime();
        Assert.Equal(Environment.GetEnvironmentVariable("PATH"), GuestRuntime.Read(CLib.getenv(guest.String("PATH"))));
        Assert.True(CLib.getenv(guest.String("NT2CS_NO_SUCH_VARIABLE")).IsNull);
        // The same variable is the same string, as glibc's getenv points into one environment.
        Assert.Equal(CLib.getenv(guest.String("PATH")), CLib.getenv(guest.String("PATH")));
        Assert.Equal(int.MinValue, CLib.abs(int.MinValue));
        Assert.Equal(5, CLib.labs(-5));
        Assert.Equal(long.MinValue, CLib.llabs(long.MinValue));
        Assert.Equal(7L, CLib.llabs(-7));
    }

    [Fact]
    public void ThereIsNoCommandProcessor()
    {
        using var guest = new GuestRuntime();
        // system(NULL) is how C asks whether a command processor exists: 0, none.
        Assert.Equal(0, CLib.system(default));
        Assert.Equal(-1, CLib.system(guest.String("echo hello")));
        Assert.Equal(38, CLib._errno().Deref); // ENOSYS
        CLib._errno().W.Deref = 0;
        Assert.True(CLib.popen(guest.String("ls"), guest.String("r")).IsNull);
        Assert.Equal(38, CLib._errno().Deref);
        Assert.Equal(-1, CLib.pclose(CLib.__acrt_iob_func(1)));
        Assert.Equal(10, CLib._errno().Deref); // ECHILD
        Assert.Equal("", guest.StdoutText);
    }
}
