using System.Text;
using Nt2cs.Machine.Cpu;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Pc;

/// <summary>
/// Runs a translated freestanding program's <c>main</c> on the bare PC (<c>nt2cs exec --freestanding</c>): 32-bit
/// protected mode with paging off and flat segments, the image at physical 0x00100000, the stack below
/// 0x00400000, everything from 4 MiB up free for the program, no IDT loaded, IF clear.
/// </summary>
/// <remarks>
/// The run ends at ACPI power-off (status 0), debug-exit (<c>(v &lt;&lt; 1) | 1</c>), <c>main</c> returning (its
/// value), a triple fault (3) or the virtual-time limit (124); the last two, and a halt nothing can wake, print a
/// report on stderr. COM1's output goes to stdout; stdin, when given, arrives on COM1 at its baud rate. Generated
/// code's state (guest memory, the platform, the stack) is process-wide, so runs are serialised.
/// </remarks>
public static class FreestandingRunner
{
    public const uint ImageBase = 0x0010_0000;
    public const uint StackTop = 0x0040_0000;

    /// <summary>RAM a run needs: everything below the stack top.</summary>
    public const uint MinimumMemoryMiB = StackTop >> 20;

    /// <summary>Smallest stack the program gets between its image and <see cref="StackTop"/>.</summary>
    public const uint MinimumStack = 256 * 1024;

    public const int StatusTripleFault = 3;
    public const int StatusTimeout = 124;
    public const int StatusOutputFailed = 74;

    /// <summary>Host stack of the program's context: the guest stack overflows long before it.</summary>
    public const int HostStackBytes = 512 << 20;

    private static readonly Lock s_oneMachine = new();

    /// <summary>Runs <paramref name="image"/>; returns the run's exit status.</summary>
    public static int Run(ImageDescriptor image, MachineOptions options, Stream stdout, Stream stderr,
        ReadOnlyMemory<byte> input = default, TimeSpan? timeout = null)
    {
        if (image.Main is null)
            throw new ArgumentException($"image {image.Name} has no main");
        if (options.MemoryMiB < MinimumMemoryMiB)
            throw new ArgumentException($"a freestanding program needs at least {MinimumMemoryMiB} MiB of memory (--mem {options.MemoryMiB})");
        lock (s_oneMachine)
        {
            var console = new BufferedStream(stdout, 1 << 16);
            bool outputFailed = false;
            void Transmit(byte b)
            {
                if (outputFailed)
                    return;
                try { console.WriteByte(b); }
                catch (IOException) { outputFailed = true; }
            }
            using var machine = PcMachine.Create(options with { SerialOutput = Transmit });
            var cpu = new VirtualCpu(machine.Clock, machine.Ports, machine.Mmu, machine.InterruptController, machine.Run, machine.Log);
            try
            {
                machine.Mmu.Install();
                cpu.Install();
                Fn.Reset();
                var placement = ImageLoader.Place([image], ImageBase, 0x1000, out uint next);
                if (next > StackTop - MinimumStack)
                    return Report(stderr, $"the program's images take {next - ImageBase} bytes from 0x{ImageBase:X8}: no room left for a stack below 0x{StackTop:X8}", 2);
                if (options.Modules.FirstOrDefault(m => (ulong)m.Address + (uint)m.Bytes.Length > (ulong)options.MemoryMiB << 20
                        || (m.Address < StackTop && ImageBase < m.Address + (uint)m.Bytes.Length)) is { } misplaced)
                    return Report(stderr, $"a boot module of {misplaced.Bytes.Length} bytes at 0x{misplaced.Address:X8} is outside RAM or overlaps the program or its stack", 2);
                ImageLoader.Bind(placement);
                foreach (var module in options.Modules)
                    Mem.CopyIn(module.Address, module.Bytes);
                cpu.Images = new ImageMapper(machine.Log, options.ImageSigningKey);
                cpu.Images.AddBootImages(placement);
                if (!input.IsEmpty)
                    machine.Com1Uart.EnqueueInput(input.Span);
                if (timeout is { } limit)
                {
                    long deadline = (long)(limit.TotalSeconds * VirtualClock.NanosecondsPerSecond);
                    machine.Clock.Schedule(new TimerEvent("timeout", () => cpu.Stop(MachineExitReason.Timeout, StatusTimeout,
                        $"timeout: {limit.TotalSeconds:0.###} s of virtual time passed")), deadline);
                }
                cpu.Contexts.Run(() => image.Main!(0, default), StackTop, next, HostStackBytes);
            }
            finally
            {
                VirtualCpu.Uninstall();
                Mem.Install(UnmappedAddressSpace.Instance);
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
            int status = machine.Run.ExitStatus;
            if (cpu.StopReport is { } report)
                Report(stderr, report, status);
            return status;
        }
    }

    private static int Report(Stream stderr, string message, int status)
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
