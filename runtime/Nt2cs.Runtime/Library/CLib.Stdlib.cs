namespace Nt2cs.Runtime;

/// <summary>
/// stdlib.h: process control (exit, abort, atexit), the environment, absolute values, and the start of the
/// library's per-run state. The heap is CLib.Heap.cs, sorting CLib.Sort.cs, number parsing CLib.Strtol.cs and
/// rand CLib.Random.cs.
/// </summary>
public static unsafe partial class CLib
{
    private static readonly List<FnPtr> s_atExit = [];

    /// <summary>Per-run state that needs the heap: errno, the stream objects; and the rest reset.</summary>
    private static void StartStdlib()
    {
        AllocateErrno();
        AllocateStreams();
        StartString();
        StartTime();
        StartSignals();
        StartLocale();
        StartEnvironment();
        s_atExit.Clear();
        srand(1);
    }

    [CFunction]
    public static int atexit(FnPtr function)
    {
        s_atExit.Add(function);
        return 0;
    }

    /// <summary>
    /// Runs the atexit handlers, last registered first, each once: exit() calls it, and the host calls it when
    /// main returns. A handler that calls exit() ends the run with that status; the handlers left still run.
    /// </summary>
    public static void RunAtExit()
    {
        while (s_atExit.Count > 0)
        {
            var handler = s_atExit[^1];
            s_atExit.RemoveAt(s_atExit.Count - 1);
            ((delegate*<void>)Fn.Resolve(handler, "v:"))();
        }
    }

    [CFunction]
    public static void exit(int status)
    {
        try
        {
            RunAtExit();
        }
        finally
        {
            Flush();
        }
        throw new ExitException(status);
    }

    /// <summary>
    /// Raises SIGABRT (its handler runs) and ends the run as SIGABRT would: glibc's abort does not flush stdio,
    /// so stdout's pending bytes are lost, as they are natively when stdout is a pipe.
    /// </summary>
    [CFunction]
    public static void abort() => RaiseAbort();

    // abs(INT_MIN) is INT_MIN, as the i386 instruction sequence gives, rather than an exception.
    [CFunction]
    public static int abs(int n) => n < 0 ? unchecked(-n) : n;

    [CFunction]
    public static int labs(int n) => abs(n);

    [CFunction]
    public static long llabs(long n) => n < 0 ? unchecked(-n) : n;
}
