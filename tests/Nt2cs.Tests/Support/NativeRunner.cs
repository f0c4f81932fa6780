namespace Nt2cs.Tests.Support;

/// <summary>
/// How the native oracle's i386 programs run on this machine: directly, or under qemu-i386 where the kernel runs
/// no 32-bit processes (or a binfmt_misc handler would emulate them anyway). The decision is
/// <c>scripts/i386-runner</c>'s, the one place every test and script takes it from, asked once per test process;
/// <c>NT2CS_NATIVE_RUNNER=direct|qemu</c> forces it.
/// </summary>
public sealed record NativeRunner(string Runner, string Command, int Slowdown, string Description)
{
    public static readonly string Script = Repo.PathOf("scripts", "i386-runner");

    private static readonly Lazy<NativeRunner> s_current = new(() => Resolve());

    /// <summary>This process's runner. Throws with the script's own message when it cannot decide (a forced
    /// <c>direct</c> on a kernel without 32-bit processes, or qemu-i386 missing), failing every native run at once.</summary>
    public static NativeRunner Current => s_current.Value;

    /// <summary>Asks <c>scripts/i386-runner</c>, with <paramref name="environment"/> added to this process's.</summary>
    public static NativeRunner Resolve(IDictionary<string, string>? environment = null)
    {
        var result = Processes.Run("bash", [Script, "--print"], TimeSpan.FromMinutes(1), environment: environment);
        if (result.Status != 0)
            throw new InvalidOperationException($"scripts/i386-runner failed (status {result.Status}): {result.Stderr.Trim()}");
        var values = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "");
        return new NativeRunner(values["runner"], values["command"], int.Parse(values["slowdown"]), values["description"]);
    }

    public bool IsEmulated => Runner == "qemu";

    /// <summary>A time limit for a native run, stretched by this runner's slowdown so emulation does not turn
    /// comparisons into time-outs.</summary>
    public TimeSpan Stretch(TimeSpan limit) => limit * Slowdown;

    /// <summary>Runs the i386 <paramref name="executable"/> in <paramref name="workingDirectory"/> (by default its
    /// own directory); <paramref name="timeout"/> is the limit for a direct run, stretched here.</summary>
    public RunResult Run(string executable, IEnumerable<string> arguments, TimeSpan timeout, byte[]? stdin = null,
        IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        workingDirectory ??= Path.GetDirectoryName(executable);
        return Command.Length == 0
            ? Processes.Run(executable, arguments, Stretch(timeout), workingDirectory, environment, stdin)
            : Processes.Run(Command, [executable, .. arguments], Stretch(timeout), workingDirectory, environment, stdin);
    }
}
