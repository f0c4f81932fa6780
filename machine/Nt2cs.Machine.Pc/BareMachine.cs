using System.Text;
using Nt2cs.Machine.Cpu;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Pc;

/// <summary>
/// What a run starts with once its images are in memory: the code, on a guest stack below <see cref="StackTop"/>;
/// if it returns, its value is the run's status. <see cref="Ended"/>, when given, runs once the guest has
/// stopped, however it stopped, while its memory is still there (to read back what it left in RAM); <see cref="AtPowerOff"/>
/// only when it powered off (what a clean shutdown writes back).
/// </summary>
public sealed record BootEntry(Func<int> Start, uint StackTop, uint StackLimit, Action? Ended = null, Action? AtPowerOff = null);

/// <summary>
/// Runs translated code on a fresh PC: 32-bit protected mode, paging off, flat segments, COM1 to stdout, the
/// run's exits (ACPI power-off, debug-exit, triple fault, the virtual-time limit) as its status. What is loaded
/// and started is the caller's (<see cref="FreestandingRunner"/>, <see cref="EfiBoot"/>). Generated code's
/// state (guest memory, the platform, the function table) is process-wide, so runs are serialised.
/// </summary>
public static class BareMachine
{
    public const int StatusTripleFault = 3;
    public const int StatusTimeout = 124;
    public const int StatusOutputFailed = 74;
    public const int StatusSetupFailed = 2;

    /// <summary>A power cut (<c>--power-cut-at</c>) is an ending the user asked for, like power-off; stderr says it was one.</summary>
    public const int StatusPowerCut = 0;

    /// <summary>Host stack of the first guest context: the guest stack overflows long before it.</summary>
    public const int HostStackBytes = 512 << 20;


    /// <summary>A set-up failure before the guest starts: its message for stderr.</summary>
    public sealed class SetupException(string message) : Exception(message);

    /// <summary>
    /// Builds the machine, lets <paramref name="boot"/> load what runs (throwing <see cref="SetupException"/> to
    /// stop with status 2), and runs it to the end; returns the run's exit status. A system reset (0xCF9) restarts
    /// the machine in this process (<see cref="PcMachine.Restart"/>: RAM cleared, devices reset, disks kept) and
    /// runs <paramref name="boot"/> again, unless <see cref="MachineOptions.NoReboot"/> ends the run there (status
    /// 0, "reset" on stderr) or <see cref="MaxQuickRestarts"/> quick restarts came in a row. The time limit and
    /// <see cref="MachineOptions.PowerCutAt"/> count virtual time from the first power-on; the RTC keeps running
    /// across a restart; <paramref name="input"/> arrives on COM1 from the first power-on only.
    /// </summary>
    public static int Run(MachineOptions options, Stream stdout, Stream stderr, ReadOnlyMemory<byte> input, TimeSpan? timeout,
        Func<PcMachine, VirtualCpu, BootEntry> boot)
    {
        lock (GuestGate.Gate)
        {
            var console = new BufferedStream(stdout, 1 << 16);
            bool outputFailed = false;
            var tap = options.SerialOutput;
            void Transmit(byte b)
            {
                tap?.Invoke(b);
                if (outputFailed)
                    return;
                try { console.WriteByte(b); }
                catch (IOException) { outputFailed = true; }
            }
            PcMachine machine;
            try
            {
                machine = PcMachine.Create(options with { SerialOutput = Transmit });
            }
            catch (Devices.Storage.DiskSetupException e)
            {
                return Report(stderr, e.Message, StatusSetupFailed);
            }
            long elapsed = 0;   // virtual time of the power-ons before this one
            int quickRestarts = 0;
            string? report;
            int status;
            try
            {
                while (true)
                {
                    var cpu = new VirtualCpu(machine.Clock, machine.Ports, machine.Mmu, machine.InterruptController, machine.Run, machine.Log);
                    if (PowerOn(machine, cpu, elapsed, input, timeout, boot) is { } failed)
                        return Report(stderr, failed, StatusSetupFailed);
                    status = machine.Run.ExitStatus;
                    report = cpu.StopReport ?? machine.Run.ExitReport;
                    if (machine.Run.ExitReason != MachineExitReason.SystemReset || options.NoReboot)
                        break;
                    long uptime = machine.Clock.Now;
                    quickRestarts = uptime < QuickRestartNs ? quickRestarts + 1 : 0;
                    if (quickRestarts > MaxQuickRestarts)
                    {
                        (status, report) = (StatusResetLoop, $"reset loop: the machine reset {quickRestarts} times in a row, each within " +
                            $"{QuickRestartNs / VirtualClock.NanosecondsPerSecond} s of virtual time of its power-on");
                        break;
                    }
                    elapsed += uptime;
                    input = default;
                    var next = machine.Restart(options with
                    {
                        SerialOutput = Transmit,
                        RtcStart = options.RtcStart.AddTicks(elapsed / 100),
                        PowerCutAt = options.PowerCutAt - elapsed,
                    });
                    machine.Dispose();
                    machine = next;
                }
            }
            finally
            {
                machine.Dispose();
            }
            try
            {
                console.Flush();
            }
            catch (IOException)
            {
                outputFailed = true;
            }
            if (outputFailed)
                return Report(stderr, "writing the console output failed", StatusOutputFailed);
            if (report is not null)
                Report(stderr, report, status);
            return status;
        }
    }

    /// <summary>Restarts that come within this much virtual time of their power-on count as quick (no progress).</summary>
    public const long QuickRestartNs = VirtualClock.NanosecondsPerSecond;

    /// <summary>Quick restarts allowed in a row; one more ends the run with <see cref="StatusResetLoop"/>.</summary>
    public const int MaxQuickRestarts = 16;

    /// <summary>A reset loop ends the run as a triple fault does: the machine keeps resetting and gets nowhere.</summary>
    public const int StatusResetLoop = StatusTripleFault;

    /// <summary>
    /// One power-on of <paramref name="machine"/>: boots and runs until the guest stops; returns a set-up failure's
    /// message, else null (the machine's <see cref="RunControl"/> and the CPU say how it stopped).
    /// <paramref name="elapsed"/> is the virtual time of earlier power-ons, which the time limit counts too.
    /// </summary>
    private static string? PowerOn(PcMachine machine, VirtualCpu cpu, long elapsed, ReadOnlyMemory<byte> input, TimeSpan? timeout,
        Func<PcMachine, VirtualCpu, BootEntry> boot)
    {
        try
        {
            machine.Mmu.Install();
            cpu.Install();
            Fn.Reset();
            BootEntry entry;
            try
            {
                entry = boot(machine, cpu);
            }
            catch (SetupException e)
            {
                return e.Message;
            }
            if (!input.IsEmpty)
                machine.Com1Uart.EnqueueInput(input.Span);
            if (timeout is { } limit)
            {
                long deadline = (long)(limit.TotalSeconds * VirtualClock.NanosecondsPerSecond) - elapsed;
                machine.Clock.Schedule(new TimerEvent("timeout", () => cpu.Stop(MachineExitReason.Timeout, StatusTimeout,
                    $"timeout: {limit.TotalSeconds:0.###} s of virtual time passed")), deadline);
            }
            if (machine.Options.PowerCutAt is long cut)
                machine.Clock.Schedule(new TimerEvent("power cut", () =>
                {
                    machine.CutPower();
                    cpu.Stop(MachineExitReason.PowerCut, StatusPowerCut, $"power cut at {cut + elapsed} ns of virtual time: unflushed writes are lost");
                }), cut);
            cpu.Contexts.Run(entry.Start, entry.StackTop, entry.StackLimit, HostStackBytes);
            entry.Ended?.Invoke();
            if (machine.Run.ExitReason == MachineExitReason.PowerOff)
                entry.AtPowerOff?.Invoke();
            return null;
        }
        finally
        {
            VirtualCpu.Uninstall();
            Mem.Install(UnmappedAddressSpace.Instance);
        }
    }

    /// <summary>Copies boot modules into RAM, each checked to lie in RAM and clear of [<paramref name="reservedStart"/>, <paramref name="reservedEnd"/>).</summary>
    public static void PlaceModules(MachineOptions options, uint reservedStart, uint reservedEnd)
    {
        if (options.Modules.FirstOrDefault(m => (ulong)m.Address + (uint)m.Bytes.Length > (ulong)options.MemoryMiB << 20
                || (m.Address < reservedEnd && reservedStart < m.Address + (uint)m.Bytes.Length)) is { } misplaced)
            throw new SetupException($"a boot module of {misplaced.Bytes.Length} bytes at 0x{misplaced.Address:X8} is outside RAM or overlaps the images or the stack");
        foreach (var module in options.Modules)
            Mem.CopyIn(module.Address, module.Bytes);
    }

    /// <summary>Writes <c>nt2cs: MESSAGE</c> on stderr (a closed stderr is ignored); returns <paramref name="status"/>.</summary>
    public static int Report(Stream stderr, string message, int status)
    {
        try
        {
            stderr.Write(Encoding.UTF8.GetBytes($"nt2cs: {message}\n"));
            stderr.Flush();
        }
        catch (IOException)
        {
        }
        return status;
    }
}
