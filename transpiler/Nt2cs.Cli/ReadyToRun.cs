using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Nt2cs.Cli;

/// <summary>
/// Precompiles a translated program with crossgen2 (ReadyToRun), so that a run starts in machine code instead of
/// JIT-compiling every function it reaches: SQLite's speedtest1 spent 40% of its run in the JIT. The precompiled
/// code inlines Nt2cs.Runtime's pointer and memory operations as the JIT would (cross-module inlining, which the
/// runtime checks against the Nt2cs.Runtime it loads). Hot functions are still recompiled by the tiered JIT; a main
/// with a loop is not precompiled (ChooseInlining says why). exec translates for it (TranslationOptions.AheadOfTime): every
/// function of a hosted program written in place, every access of it, which crossgen2 optimises however large.
/// </summary>
internal static class ReadyToRun
{
    /// <summary>crossgen2 as restored with the SDK's own version (the CLI's project file records where), or null.</summary>
    private static readonly string? Compiler = File.Exists(BuildFacts.Crossgen2) ? BuildFacts.Crossgen2 : null;

    /// <summary>How crossgen2 compiles a program (part of the exec cache's key, so a change recompiles what it kept).</summary>
    public static readonly IReadOnlyList<string> CodeGeneration =
    [
        // The runtime's pointer and memory operations inlined, as the JIT inlines them (the precompiled code
        // records what it inlined, and the runtime checks it against the Nt2cs.Runtime it loads).
        "--opt-cross-module", typeof(Nt2cs.Runtime.Mem).Assembly.GetName().Name!,
        // The JIT keeps 1,024 locals in registers at most, the rest on the stack, and inlines into a method only
        // while it has few: a function written in place (an interpreter's loop) has one temporary per access.
        // 4,096 (the value is hexadecimal): Lua's fib 13% and n-body 11% faster, luaV_execute's code 66 KB to 57 KB;
        // crossgen2 no slower on SQLite (415 MiB at most against 220).
        "--codegenopt", "JitMaxLocalsToTrack=1000",
    ];

    private static readonly string[] DiagnosticPortVariables =
        ["DOTNET_DiagnosticPorts", "COMPlus_DiagnosticPorts", "DOTNET_DefaultDiagnosticPortSuspend", "COMPlus_DefaultDiagnosticPortSuspend"];

    /// <summary>Whether programs can be precompiled on this machine.</summary>
    public static bool Available => Compiler is not null;

    /// <summary>
    /// Writes <paramref name="assembly"/> precompiled to <paramref name="output"/>; false (and nothing written)
    /// when crossgen2 is missing or fails, and the program then runs JIT-compiled as before.
    /// </summary>
    public static bool Precompile(byte[] assembly, string output)
    {
        if (Compiler is null)
            return false;
        var input = output + ".il.dll";   // crossgen2 takes its input by extension
        try
        {
            File.WriteAllBytes(input, assembly);
            var runtime = typeof(Nt2cs.Runtime.Mem).Assembly.Location;
            var start = new ProcessStartInfo(Compiler)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // A diagnostic port nt2cs was started with (dotnet-trace's "…,suspend") is not crossgen2's: inherited, it
            // made crossgen2 wait at its start for a tool that never connects, and exec hang.
            foreach (var variable in DiagnosticPortVariables)
                start.Environment.Remove(variable);
            string[] arguments =
            [
                input, "-o", output, "-O",
                "-r", Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"), "-r", runtime,
                .. CodeGeneration,
            ];
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();   // drained, so crossgen2 never blocks on a full pipe
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode == 0 && File.Exists(output))
                return true;
            File.Delete(output);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
        finally
        {
            File.Delete(input);
        }
    }
}
