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
/// report on stderr. A system reset restarts the machine and the program (<see cref="BareMachine.Run"/>), or with
/// <see cref="MachineOptions.NoReboot"/> ends the run (status 0, "reset" on stderr). COM1's output goes to stdout; stdin, when given, arrives on COM1 at its baud rate
/// (<see cref="BareMachine"/>).
/// </remarks>
public static class FreestandingRunner
{
    public const uint ImageBase = 0x0010_0000;
    public const uint StackTop = 0x0040_0000;

    /// <summary>RAM a run needs: everything below the stack top.</summary>
    public const uint MinimumMemoryMiB = StackTop >> 20;

    /// <summary>Smallest stack the program gets between its image and <see cref="StackTop"/>.</summary>
    public const uint MinimumStack = 256 * 1024;

    public const int StatusTripleFault = BareMachine.StatusTripleFault;
    public const int StatusTimeout = BareMachine.StatusTimeout;
    public const int StatusOutputFailed = BareMachine.StatusOutputFailed;

    /// <summary>Runs <paramref name="image"/>; returns the run's exit status.</summary>
    public static int Run(ImageDescriptor image, MachineOptions options, Stream stdout, Stream stderr,
        ReadOnlyMemory<byte> input = default, TimeSpan? timeout = null)
    {
        if (image.Main is null)
            throw new ArgumentException($"image {image.Name} has no main");
        if (options.MemoryMiB < MinimumMemoryMiB)
            throw new ArgumentException($"a freestanding program needs at least {MinimumMemoryMiB} MiB of memory (--mem {options.MemoryMiB})");
        return BareMachine.Run(options, stdout, stderr, input, timeout, (machine, cpu) =>
        {
            var placement = ImageLoader.Place([image], ImageBase, 0x1000, out uint next);
            if (next > StackTop - MinimumStack)
                throw new BareMachine.SetupException($"the program's images take {next - ImageBase} bytes from 0x{ImageBase:X8}: no room left for a stack below 0x{StackTop:X8}");
            BareMachine.PlaceModules(options, ImageBase, StackTop);
            ImageLoader.Bind(placement);
            cpu.Images = new ImageMapper(machine.Log, options.ImageSigningKey);
            cpu.Images.AddBootImages(placement);
            return new BootEntry(() => image.Main!(0, default), StackTop, next);
        });
    }
}
