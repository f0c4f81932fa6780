using Nt2cs.Machine;
using Nt2cs.Machine.Firmware.Storage;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;

namespace Nt2cs.Tests.Firmware;

/// <summary>
/// A machine with disks, its PCI resources assigned as the firmware's power-on does, its MMU installed as the
/// guest's address space (paging off: firmware's identity view) and the storage stack connected on
/// <see cref="PlainFirmwareServices"/>. Use in the "GuestMemory" collection; dispose to drain and close the disks.
/// </summary>
public sealed class StorageBench : IDisposable
{
    public StorageBench(MachineKind kind, bool persist, params DriveOptions[] drives)
    {
        Machine = PcMachine.Create(new MachineOptions { Kind = kind, Drives = drives, Persist = persist, Log = Log.Add });
        Machine.Mmu.Install();
        Fn.Reset();
        PciResourceAssigner.AssignAll(Machine.Pci);
        Hardware = new StorageHardware(Machine.Memory, Machine.Ports, Machine.Clock, Machine.Log);
        Storage = StorageStack.Connect(Hardware, Services);
    }

    public List<string> Log { get; } = [];
    public PcMachine Machine { get; }
    public PlainFirmwareServices Services { get; } = new();
    public StorageHardware Hardware { get; }
    public StorageStack Storage { get; }

    /// <summary>Guest memory the test owns, zeroed.</summary>
    public uint Buffer(uint bytes) => Services.AllocatePages((bytes + 4095) / 4096);

    public void Dispose()
    {
        Mem.Install(UnmappedAddressSpace.Instance);
        Machine.Dispose();
    }
}
