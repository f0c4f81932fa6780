using Nt2cs.Machine.Cpu;
using Nt2cs.Machine.Firmware;
using Nt2cs.Machine.Firmware.Acpi;
using Nt2cs.Machine.Firmware.Boot;
using Nt2cs.Machine.Firmware.Storage;

namespace Nt2cs.Machine.Pc;

/// <summary>
/// Power-on through the managed UEFI firmware (<c>exec --efi</c>, later <c>nt2cs run</c>): a fresh PC, its PCI
/// functions' BARs assigned as firmware leaves them (<see cref="PciResourceAssigner"/>), the firmware's core built
/// in RAM (<see cref="EfiFirmware"/>), the ACPI tables in the configuration table, Block I/O, Disk I/O and the FAT
/// file system on every disk (<see cref="StorageStack"/>); then the application — given, or what the boot manager
/// reads from the first EFI system partition (<c>\EFI\BOOT\BOOTIA32.EFI</c>) — placed in memory as a boot manager
/// leaves the file it read, loaded with LoadImage and started with StartImage on the firmware's stack, paging off.
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

    /// <summary>
    /// Runs the EFI application <paramref name="application"/> (an image file signed with the options' key), or,
    /// when it is null, the one the boot manager finds on the machine's disks; returns the run's status.
    /// <paramref name="atEnd"/> sees the machine as the guest left it when a power-on ends, however it ends (its
    /// <see cref="PcMachine.Run"/> says how).
    /// </summary>
    public static int Run(byte[]? application, MachineOptions options, Stream stdout, Stream stderr,
        ReadOnlyMemory<byte> input = default, TimeSpan? timeout = null, string? variableStore = null, Action<PcMachine>? atEnd = null)
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
            uint file, devicePath = 0;
            byte[] image;
            try
            {
                PciResourceAssigner.AssignAll(machine.Pci);
                cpu.Images = new ImageMapper(machine.Log, options.ImageSigningKey);
                firmware = new EfiFirmware(new FirmwareMachine(cpu, cpu.Images, machine.Log, machine.Memory.RamSize, variables));
                InstallAcpiTables(machine, firmware);
                var storage = StorageStack.Connect(new StorageHardware(machine.Memory, machine.Ports, machine.Clock, machine.Log), firmware);
                if (application is null)
                {
                    var boot = BootManager.Find(storage, out string report)
                        ?? throw new BareMachine.SetupException($"firmware: no boot application: {report}");
                    image = boot.Image;
                    devicePath = firmware.PlaceDevicePath(boot.DevicePath);
                }
                else
                {
                    image = application;
                }
                file = firmware.PlaceFile(image);
            }
            catch (InvalidOperationException e)
            {
                throw new BareMachine.SetupException(e.Message);
            }
            return new BootEntry(() => firmware.RunApplication(file, (uint)image.Length, devicePath), firmware.StackTop, firmware.StackLimit,
                Ended: () =>
                {
                    firmware.PowerOff();
                    atEnd?.Invoke(machine);
                });
        });
    }

    /// <summary>
    /// The ACPI tables of what the machine has (<see cref="AcpiTables"/>): the FACS in ACPI NVS, the rest in ACPI
    /// reclaim memory, the RSDP in the configuration table under both ACPI GUIDs (as OVMF does), and ACPI mode on
    /// (SCI_EN), since the FADT offers no SMI command to switch to it.
    /// </summary>
    private static void InstallAcpiTables(PcMachine machine, EfiFirmware firmware)
    {
        var platform = machine.AcpiPlatform;
        uint facs = firmware.AllocateFirmwarePages(1, EfiMemoryType.AcpiMemoryNvs);
        uint tables = firmware.AllocateFirmwarePages(((uint)AcpiTables.TablesBytes(platform) + 0xFFF) / 0x1000, EfiMemoryType.AcpiReclaimMemory);
        uint rsdp = AcpiTables.Install(machine.Memory, platform, facs, tables);
        firmware.InstallConfigurationTable(EfiGuids.Acpi20Table, rsdp);
        firmware.InstallConfigurationTable(EfiGuids.Acpi10Table, rsdp);
        AcpiTables.EnableAcpiMode(machine.Ports, platform);
    }
}
