namespace Nt2cs.Machine;

/// <summary>Why the machine stopped running.</summary>
public enum MachineExitReason
{
    /// <summary>ACPI soft-off: SLP_TYP=S5 with SLP_EN written to PM1a_CNT.</summary>
    PowerOff,

    /// <summary>The QEMU-convention debug-exit port (0xF4): status <c>(v &lt;&lt; 1) | 1</c>.</summary>
    DebugExit,

    /// <summary>The freestanding program's <c>main</c> returned (raised by the runner, not by a device).</summary>
    ProgramReturned,

    /// <summary>A triple fault or another state the CPU cannot continue from (raised by the CPU layer): the run ends.</summary>
    Reset,

    /// <summary>
    /// The system was reset (the chipset's reset control register, 0xCF9): the machine restarts in the same
    /// process, or, with <c>--no-reboot</c>, the run ends with status 0.
    /// </summary>
    SystemReset,

    /// <summary>The run's virtual-time limit passed (raised by the runner).</summary>
    Timeout,

    /// <summary>Power was cut at a chosen virtual time (<c>--power-cut-at</c>): drives lose their unflushed writes.</summary>
    PowerCut,
}

/// <summary>
/// The run ends now: thrown from the port write (or CPU event) that ended it, so no further guest code runs, and
/// caught by whoever owns the run loop. The same request is also recorded in <see cref="RunControl"/>, so the
/// status survives even if guest code swallows the exception in a catch-all.
/// </summary>
public sealed class MachineExitException(MachineExitReason reason, int status)
    : Exception($"machine exit: {reason}, status {status}")
{
    public MachineExitReason Reason { get; } = reason;

    /// <summary>The process exit status of the run.</summary>
    public int Status { get; } = status;
}

/// <summary>
/// The machine's power and reset state as the run loop sees it: devices that end the run call
/// <see cref="RequestExit"/>, which records the request and throws <see cref="MachineExitException"/>.
/// </summary>
public sealed class RunControl
{
    /// <summary>True once any source asked the run to end.</summary>
    public bool ExitRequested { get; private set; }

    public MachineExitReason ExitReason { get; private set; }

    public int ExitStatus { get; private set; }

    /// <summary>What the device that ended the run says about it on stderr, if anything (a reset: "reset").</summary>
    public string? ExitReport { get; private set; }

    /// <summary>Called (once, for the first request) before the exception is thrown; optional.</summary>
    public Action<MachineExitReason, int>? OnExit { get; set; }

    /// <summary>Records the first exit request and throws <see cref="MachineExitException"/>.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void RequestExit(MachineExitReason reason, int status, string? report = null)
    {
        if (!ExitRequested)
        {
            ExitRequested = true;
            ExitReason = reason;
            ExitStatus = status;
            ExitReport = report;
            OnExit?.Invoke(reason, status);
        }
        throw new MachineExitException(ExitReason, ExitStatus);
    }
}
