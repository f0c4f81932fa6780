namespace Nt2cs.Runtime;

/// <summary>
/// signal.h: handlers a program installs and raise() runs, with glibc's semantics (signal() keeps the handler
/// installed, BSD style). A signal whose action is the default ends the run as the signal ends a native process:
/// exit status 128 + the signal number, what stdio buffers lost, no atexit handlers; the signals Linux ignores by
/// default (SIGCHLD, SIGCONT, SIGURG, SIGWINCH) and the stop signals (no job control here) do nothing. Only
/// raise() and abort() deliver signals: a hardware fault ends the run as an unhandled exception does, whatever
/// handler SIGSEGV or SIGFPE has.
/// </summary>
public static unsafe partial class CLib
{
    private const int Sigabrt = 6;
    private const int SignalCount = 65;
    private const uint SigDfl = 0;
    private const uint SigIgn = 1;
    private const uint SigErr = 0xFFFFFFFF;

    private static readonly uint[] s_handlers = new uint[SignalCount];

    private static void StartSignals() => Array.Clear(s_handlers);

    [CFunction]
    public static FnPtr signal(int sig, FnPtr handler)
    {
        // SIGKILL and SIGSTOP cannot be caught or ignored.
        if (sig is < 1 or >= SignalCount or 9 or 19)
        {
            SetErrno(EINVAL);
            return new FnPtr(SigErr);
        }
        uint previous = s_handlers[sig];
        s_handlers[sig] = handler.Address;
        return new FnPtr(previous);
    }

    [CFunction]
    public static int raise(int sig)
    {
        if (sig is < 1 or >= SignalCount)
        {
            SetErrno(EINVAL);
            return -1;
        }
        uint handler = s_handlers[sig];
        if (handler == SigIgn)
            return 0;
        if (handler == SigDfl)
        {
            DefaultAction(sig);
            return 0;
        }
        ((delegate*<int, void>)Fn.Resolve(new FnPtr(handler), "v:i"))(sig);
        return 0;
    }

    /// <summary>What Linux does with a signal nobody handles: most end the process.</summary>
    private static void DefaultAction(int sig)
    {
        // SIGCHLD, SIGCONT, SIGURG and SIGWINCH are ignored; SIGSTOP, SIGTSTP, SIGTTIN and SIGTTOU would stop the
        // process, and there is no job control to continue it.
        if (sig is 17 or 18 or 23 or 28 or 19 or 20 or 21 or 22)
            return;
        DiscardOutput();
        if (sig == Sigabrt)
            throw new AbortException();
        // The status a shell (and the test harness) reports for a process the signal killed.
        throw new ExitException(128 + sig);
    }

    /// <summary>abort(): SIGABRT's handler runs first; if it returns, the run ends as SIGABRT's default action.</summary>
    private static void RaiseAbort()
    {
        uint handler = s_handlers[Sigabrt];
        if (handler is not (SigDfl or SigIgn))
            ((delegate*<int, void>)Fn.Resolve(new FnPtr(handler), "v:i"))(Sigabrt);
        DefaultAction(Sigabrt);
    }
}
