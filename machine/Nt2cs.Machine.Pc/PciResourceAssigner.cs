using Nt2cs.Machine.Devices.Ide;
using Nt2cs.Machine.Devices.Pci;
using C = Nt2cs.Machine.Devices.Pci.PciConfigRegisters;

namespace Nt2cs.Machine.Pc;

/// <summary>
/// What firmware does for PCI before an OS runs (PCI Firmware Specification 3.0 §3.5, PCI 3.0 §6.2.5.1): every
/// function on bus 0 has each base address register sized (all ones written, the read-back's low writable bit
/// is the size) and placed at an address aligned to its size, largest first, memory from
/// <see cref="MemoryWindowBase"/> (above the ECAM window, below the I/O APIC's page) and I/O from
/// <see cref="IoWindowBase"/>; then the function's memory and I/O decoding are turned on, and a PIIX3 IDE
/// function's legacy channels too. Bus mastering stays off: a driver turns it on. Through configuration cycles
/// only, as firmware reaches the bus.
/// </summary>
public static class PciResourceAssigner
{
    public const uint MemoryWindowBase = 0xC000_0000;
    public const uint MemoryWindowEnd = 0xFEC0_0000;
    public const uint IoWindowBase = 0xC000;
    public const uint IoWindowEnd = 0x1_0000;

    /// <summary>One BAR as placed.</summary>
    public sealed record Assignment(int Device, int Function, int Bar, bool Io, uint Address, uint Size);

    /// <summary>Assigns every BAR of bus 0; throws <see cref="InvalidOperationException"/> when the windows are too small.</summary>
    public static IReadOnlyList<Assignment> AssignAll(PciBus bus)
    {
        var requests = new List<(int Device, int Function, int Bar, bool Io, uint Size)>();
        var functions = new List<(int Device, int Function)>();
        for (int device = 0; device < PciBus.DeviceCount; device++)
        {
            for (int function = 0; function < PciBus.FunctionCount; function++)
            {
                if ((ushort)bus.ReadConfig(0, device, function, C.VendorId, 2) == 0xFFFF)
                {
                    if (function == 0)
                        break;
                    continue;
                }
                functions.Add((device, function));
                requests.AddRange(Size(bus, device, function).Select(r => (device, function, r.Bar, r.Io, r.Size)));
                if (function == 0 && (bus.ReadConfig(0, device, 0, C.HeaderType, 1) & C.HeaderTypeMultiFunction) == 0)
                    break;
            }
        }
        var assignments = new List<Assignment>();
        uint memory = MemoryWindowBase, io = IoWindowBase;
        foreach (var r in requests.OrderByDescending(r => r.Size).ThenBy(r => r.Device).ThenBy(r => r.Function).ThenBy(r => r.Bar))
        {
            ref uint next = ref r.Io ? ref io : ref memory;
            ulong address = ((ulong)next + r.Size - 1) & ~((ulong)r.Size - 1);
            if (address + r.Size > (r.Io ? IoWindowEnd : MemoryWindowEnd))
                throw new InvalidOperationException($"PCI {r.Device:X2}.{r.Function}: BAR {r.Bar} needs {r.Size} bytes of {(r.Io ? "I/O" : "memory")} space, and the window is full");
            next = (uint)(address + r.Size);
            bus.WriteConfig(0, r.Device, r.Function, C.BarOffset(r.Bar), 4, (uint)address);
            assignments.Add(new Assignment(r.Device, r.Function, r.Bar, r.Io, (uint)address, r.Size));
        }
        foreach (var (device, function) in functions)
        {
            var command = (PciCommand)bus.ReadConfig(0, device, function, C.Command, 2);
            if (assignments.Any(a => a.Device == device && a.Function == function && !a.Io))
                command |= PciCommand.MemorySpace;
            if (assignments.Any(a => a.Device == device && a.Function == function && a.Io))
                command |= PciCommand.IoSpace;
            bus.WriteConfig(0, device, function, C.Command, 2, (uint)command);
            EnableLegacyIde(bus, device, function);
        }
        return assignments;
    }

    /// <summary>
    /// A PIIX3 IDE function decodes its legacy channels (0x1F0/0x3F6, 0x170/0x376) only once the IDE timing
    /// registers' decode bits are set (PIIX3 datasheet, IDETIM bit 15), which firmware sets; and their ports are
    /// I/O space, so I/O decoding is on for them whatever its BARs.
    /// </summary>
    private static void EnableLegacyIde(PciBus bus, int device, int function)
    {
        if ((ushort)bus.ReadConfig(0, device, function, C.VendorId, 2) != PciChipsetFunction.IntelVendorId
            || (ushort)bus.ReadConfig(0, device, function, C.DeviceId, 2) != Piix3IdeFunction.Piix3IdeDeviceId)
            return;
        foreach (int timing in new[] { Piix3IdeFunction.PrimaryIdeTiming, Piix3IdeFunction.SecondaryIdeTiming })
            bus.WriteConfig(0, device, function, timing, 2, bus.ReadConfig(0, device, function, timing, 2) | Piix3IdeFunction.IdeDecodeEnable);
        bus.WriteConfig(0, device, function, C.Command, 2, bus.ReadConfig(0, device, function, C.Command, 2) | (uint)PciCommand.IoSpace);
    }

    /// <summary>The sizes of a function's implemented BARs, with decoding off while they are probed.</summary>
    private static List<(int Bar, bool Io, uint Size)> Size(PciBus bus, int device, int function)
    {
        var sizes = new List<(int, bool, uint)>();
        uint command = bus.ReadConfig(0, device, function, C.Command, 2);
        bus.WriteConfig(0, device, function, C.Command, 2, command & ~(uint)(PciCommand.IoSpace | PciCommand.MemorySpace));
        for (int bar = 0; bar < C.BarCount; bar++)
        {
            int offset = C.BarOffset(bar);
            uint original = bus.ReadConfig(0, device, function, offset, 4);
            bus.WriteConfig(0, device, function, offset, 4, 0xFFFF_FFFF);
            uint probe = bus.ReadConfig(0, device, function, offset, 4);
            bus.WriteConfig(0, device, function, offset, 4, original);
            bool io = (probe & C.BarIoSpace) != 0;
            uint mask = probe & (io ? C.BarIoAddressMask : C.BarMemoryAddressMask);
            bool is64 = !io && (probe & C.BarMemoryTypeMask) == C.BarMemory64;
            if (is64)
                bus.WriteConfig(0, device, function, C.BarOffset(bar + 1), 4, 0);   // placed below 4 GiB
            if (mask != 0)
                sizes.Add((bar, io, io ? (~mask + 1) & 0xFFFF : ~mask + 1));
            if (is64)
                bar++;
        }
        bus.WriteConfig(0, device, function, C.Command, 2, command);
        return sizes;
    }
}
