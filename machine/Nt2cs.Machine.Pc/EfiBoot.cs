using Nt2cs.Machine.Cpu;
using Nt2cs.Machine.Firmware;

namespace Nt2cs.Machine.Pc;

/// <summary>
/// Power-on through the managed UEFI firmware (<c>exec --efi</c>, later <c>nt2cs run</c>): a fresh PC, its PCI
/// functions' BARs assigned as firmware leaves them (<see cref="PciResourceAssigner"/>), the firmware's core built
/// in RAM (<see cref="EfiFirmware"/>), the application's image file placed in memory as a boot manager leaves the
/// file it read, loaded with LoadImage and started with StartImage on the firmware's stack, paging off.
/// </summary>
/// <remarks>
/// The run's status: the application's EFI_STATUS (0 for EFI_SUCCESS, 0 with a note on stderr for a warning, 1
/// with the status named for an error or a load failure), ResetSystem(EfiResetShutdown, …)'s (0 or 1), 124 for the
/// time limit, 3 when the firmware stops the machine for misuse (a report on stderr), 2 for a variable store file
/// that is not one.
/// </remarks>
public static class EfiBoot
{
    /// <summary>RAM the firmware needs: its tables and stack, and room for an application.</summary>
    public const uint MinimumMemoryMiB = 16;

    /// <summary>Runs the EFI application <paramref name="application"/> (an image file signed with the options' key); returns the run's status.</summary>
    public static int Run(byte[] application, MachineOptions options, Stream stdout, Stream stderr,
        ReadOnlyMemory<byte> input = default, TimeSpan? timeout = null, string? variableStore = null)
    {
        if (options.MemoryMiB < MinimumMemoryMiB)
            throw new ArgumentException($"the firmware needs at least {MinimumMemoryMiB} MiB of memory (--mem {options.MemoryMiB})");
        return BareMachine.Run(options, stdout, stderr, input, timeout, (machine, cpu) =>
        {
            VariableStore variables;
            try
            {
                variables = variableStore is null ? VariableStore.Fresh() : VariableStore.Open(variableStore);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                throw new BareMachine.SetupException($"--efi-vars {variableStore}: {e.Message}");
            }
            EfiFirmware firmware;
            uint file;
            try
            {
                PciResourceAssigner.AssignAll(machine.Pci);
                cpu.Images = new ImageMapper(machine.Log, options.ImageSigningKey);
                firmware = new EfiFirmware(new FirmwareMachine(cpu, cpu.Images, machine.Log, machine.Memory.RamSize, variables));
                file = firmware.PlaceFile(application);
            }
            catch (InvalidOperationException e)
            {
                throw new BareMachine.SetupException(e.Message);
            }
            return new BootEntry(() => firmware.RunApplication(file, (uint)application.Length), firmware.StackTop, firmware.StackLimit,
                Ended: firmware.PowerOff);
        });
    }
}
