using Nt2cs.Machine.Devices;
using Nt2cs.Machine.Devices.Ide;
using Nt2cs.Machine.Devices.Nvme;
using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Machine.Devices.Storage;
using Nt2cs.Machine.Devices.Virtio;
using Nt2cs.Machine.Devices.VirtioBlk;
using Nt2cs.Machine.Firmware.Acpi;
using Nt2cs.Machine.Paging;

namespace Nt2cs.Machine.Pc;

/// <summary>
/// A PC without its CPU: RAM and the physical address space, the port bus, the interrupt router and 8259A pair,
/// virtual time, the MMU, and the board devices at their standard places.
/// </summary>
/// <remarks>
/// <code>
/// ports  0x20–0x21, 0xA0–0xA1   8259A master/slave        IRQ 0  PIT counter 0
///        0x40–0x43               8254 PIT                  IRQ 4  COM1
///        0x61                    system control port B     IRQ 8  RTC
///        0x70–0x71               CMOS/RTC (NMI mask)       IRQ 10, 11  PCI PIRQ A–D (level, via ELCR)
///        0xF4                    debug-exit
///        0x3F8–0x3FF             COM1 (16550A)
///        0x4D0–0x4D1             ELCR
///        0x600–0x603             ACPI PM1a_EVT (PM1_STS, PM1_EN)
///        0x604–0x605             ACPI PM1a_CNT
///        0x608–0x60B             ACPI PM timer (3.579545 MHz, 32 bits)
///        0xCF8–0xCFF             PCI configuration mechanism #1
/// memory 0 – RAM size            RAM
///        0xB0000000 (256 MiB)    PCI ECAM (if enabled)
/// PCI    00:00.0                 host bridge (440FX or Q35 MCH)
///        00:01.0 / 00:1F.0       ISA bridge (PIIX3 or ICH9 LPC), identity only
///        00:01.1 (pc)            PIIX3 IDE; the --drive of type ide is its primary master (0x1F0, 0x3F6, IRQ 14)
///        00:04.0, 00:05.0 …      an NVMe controller per <c>--drive</c> of type nvme, in order
///        next devices            a virtio-blk function per <c>--drive</c> of type virtio-blk, in order
///        next device (q35)       PIIX3 IDE, when a <c>--drive</c> has type ide (as QEMU's <c>-device piix3-ide</c>)
/// </code>
/// The CPU layer takes <see cref="InterruptController"/>, <see cref="Clock"/> and <see cref="Mmu"/>; the run ends
/// when <see cref="MachineExitException"/> is thrown (also recorded in <see cref="Run"/>).
/// </remarks>
public sealed class PcMachine : IDisposable
{
    /// <summary>The PCI device the first NVMe controller takes; further ones take the next devices.</summary>
    public const int FirstNvmeDevice = 4;

    private readonly List<Drive> _drives = [];
    private readonly List<DriveType> _driveTypes = [];
    private bool _drivesHandedOn;

    private PcMachine(MachineOptions options, PcMachine? previous = null)
    {
        // Drives first: bad host input (a missing, locked or misshapen image) stops here, before anything else
        // is built (DiskSetupException). A restarted machine takes over its predecessor's drives as they are.
        if (previous is null)
            OpenDrives(options);
        else
        {
            _drives.AddRange(previous._drives);
            _driveTypes.AddRange(previous._driveTypes);
            previous._drivesHandedOn = true;
        }
        Options = options;
        Log = new MachineLog(options.Log);
        Run = new RunControl();
        Clock = new VirtualClock();
        Memory = new PhysicalMemory(checked(options.MemoryMiB << 20), Log);
        Ports = new IoPortBus(Log);
        Mmu = new Mmu(Memory, Log);

        // Interrupts: GSI 0–15 are the PIC pair's IRQ 0–15 (IRQ 2 is the cascade).
        Router = new InterruptRouter();
        Pic = new Pic8259Pair(Log);
        Pic.AttachTo(Ports);
        for (int irq = 0; irq < InterruptRouter.IsaIrqCount; irq++)
            if (irq != Pic8259Pair.CascadeInput)
                Router.AddTarget(irq, Pic, irq);

        Pit = new Pit8254(Clock, Log);
        Pit.AttachTo(Ports);
        Router.ConnectIsa(Pit.Irq0, 0);
        PortB = new SystemControlPortB(Pit, Clock);
        PortB.AttachTo(Ports);

        Rtc = new Mc146818Rtc(Clock, options.RtcStart, Log);
        Rtc.SetPcConfiguration(Memory.RamSize);
        Cmos = new CmosPorts(Rtc);
        Cmos.AttachTo(Ports);
        Router.ConnectIsa(Rtc.Irq, 8);

        Com1Uart = new Uart16550(Clock, options.SerialOutput, Log, "COM1");
        Com1 = new IsaSerialPort(Com1Uart);
        Com1.AttachTo(Ports);
        Router.ConnectIsa(Com1.Irq, IsaSerialPort.Com1Irq);

        new DebugExitPort(Run).AttachTo(Ports);
        AcpiPm = new AcpiPmControl(Run, Log);
        AcpiPm.AttachTo(Ports);
        PmTimer = new AcpiPmTimer(Clock, extended: true, Log);
        PmTimer.AttachTo(Ports);
        new AcpiPmEvent(PmTimer, Log).AttachTo(Ports);

        Pci = new PciBus(Memory, Ports, Router, Log);
        new PciConfigMechanism1(Pci, Log, new ResetControlRegister(Run)).AttachTo(Ports);
        if (options.EcamBase is uint ecamBase)
            new PciEcam(Pci).AttachTo(Memory, ecamBase);
        if (options.Kind == MachineKind.Q35)
        {
            Pci.Add(PciChipsetFunction.Q35HostBridge(), 0);
            Pci.Add(PciChipsetFunction.Ich9LpcBridge(), 0x1F);
        }
        else
        {
            Pci.Add(PciChipsetFunction.I440FxHostBridge(), 0);
            Pci.Add(PciChipsetFunction.Piix3IsaBridge(), 1);
        }

        // Storage functions: NVMe controllers from device 4 on, then virtio-blk functions, each in --drive order.
        int device = FirstNvmeDevice;
        for (int i = 0; i < _drives.Count; i++)
            if (_driveTypes[i] == DriveType.Nvme)
            {
                var controller = new NvmeController(Memory, Clock, _drives[i], $"NT2CS{device:D4}");
                Pci.Add(controller, device++);
                NvmeControllers.Add(controller);
            }
        for (int i = 0; i < _drives.Count; i++)
            if (_driveTypes[i] == DriveType.VirtioBlk)
            {
                var blk = new VirtioBlkDevice(Memory, Clock, _drives[i], $"NT2CS-VBLK{device:D4}");
                var function = new VirtioPciFunction(Memory, blk);
                Pci.Add(function, device++);
                VirtioBlkFunctions.Add(function);
            }

        // IDE: the PIIX3's function 1 on pc, always there as on the board; on q35 a PIIX3 IDE function is added
        // for a drive of type ide. Its one drive is the primary master.
        int ideDrive = _driveTypes.IndexOf(DriveType.Ide);
        if (options.Kind != MachineKind.Q35 || ideDrive >= 0)
        {
            Ide = new Piix3IdeFunction(Memory, Clock, Ports, Log, ideDrive >= 0 ? _drives[ideDrive] : null);
            if (options.Kind == MachineKind.Q35)
                Pci.Add(Ide, device++);
            else
                Pci.Add(Ide, 1, 1);
            if (Ide.Primary is { } master)
                Router.ConnectIsa(master.Irq, AtaRegisters.PrimaryIrq);
        }

        // As firmware leaves it: the PCI interrupts' IRQs are level-triggered.
        foreach (int irq in Pci.PirqToIsaIrq.Distinct())
        {
            var chip = irq < 8 ? Pic.Master : Pic.Slave;
            chip.LevelTriggeredByChipset |= (byte)(1 << (irq % 8));
        }
    }

    public static PcMachine Create(MachineOptions? options = null) => new(options ?? new MachineOptions());

    /// <summary>
    /// The machine after a system reset: a new one built from <paramref name="options"/> (fresh RAM, devices in
    /// their power-on state) on this one's drives, which keep their overlays and volatile write caches as a disk
    /// keeps them across a reset; this machine must then be disposed, which leaves the drives open.
    /// </summary>
    public PcMachine Restart(MachineOptions options) => new(options, this);

    private void OpenDrives(MachineOptions options)
    {
        try
        {
            foreach (var drive in options.Drives)
            {
                if (drive.Type == DriveType.Ide && _driveTypes.Contains(DriveType.Ide))
                    throw new DiskSetupException($"--drive {drive.Path},type=ide: one IDE drive is modelled (the primary master); this is a second");
                _drives.Add(Drive.Open(drive.Path, options.Persist));
                _driveTypes.Add(drive.Type);
            }
        }
        catch
        {
            foreach (var opened in _drives)
                opened.Dispose();
            throw;
        }
    }

    /// <summary>The disks of the run, in <c>--drive</c> order.</summary>
    public IReadOnlyList<Drive> Drives => _drives;

    public List<NvmeController> NvmeControllers { get; } = [];

    /// <summary>The virtio-blk functions (virtio PCI transport + block device), in <c>--drive</c> order.</summary>
    public List<VirtioPciFunction> VirtioBlkFunctions { get; } = [];

    /// <summary>The PIIX3 IDE function (always on pc; on q35 with a drive of type ide).</summary>
    public Piix3IdeFunction? Ide { get; }

    /// <summary>Power is cut: every drive loses what it has not flushed, and its file is closed.</summary>
    public void CutPower()
    {
        foreach (var drive in _drives)
            drive.PowerCut();
    }

    public MachineOptions Options { get; }
    public MachineLog Log { get; }
    public RunControl Run { get; }
    public VirtualClock Clock { get; }
    public PhysicalMemory Memory { get; }
    public IoPortBus Ports { get; }
    public Mmu Mmu { get; }
    public InterruptRouter Router { get; }
    public Pic8259Pair Pic { get; }
    public Pit8254 Pit { get; }
    public SystemControlPortB PortB { get; }
    public Mc146818Rtc Rtc { get; }
    public CmosPorts Cmos { get; }
    public Uart16550 Com1Uart { get; }
    public IsaSerialPort Com1 { get; }
    public AcpiPmControl AcpiPm { get; }

    /// <summary>The ACPI PM timer at 0x608, 32 bits (the FADT's TMR_VAL_EXT).</summary>
    public AcpiPmTimer PmTimer { get; }
    public PciBus Pci { get; }

    /// <summary>
    /// What the firmware's ACPI tables say about this machine: its chipset, the PM timer's width, its ECAM window
    /// (so an MCFG exactly when the machine decodes ECAM) and a hardware signature that changes with the machine's
    /// kind, memory, ECAM and disks.
    /// </summary>
    public AcpiPlatform AcpiPlatform => new()
    {
        Chipset = Options.Kind == MachineKind.Q35 ? "Q35" : "PC",
        PmTimerExtended = PmTimer.Extended,
        EcamBase = Options.EcamBase,
        HardwareSignature = HardwareSignature($"{Options.Kind} {Options.MemoryMiB} {Options.EcamBase} {string.Join(",", _driveTypes)}"),
    };

    /// <summary>FNV-1a (32 bits) of <paramref name="configuration"/>: stable across runs and processes.</summary>
    private static uint HardwareSignature(string configuration)
    {
        uint hash = 2166136261;
        foreach (char c in configuration)
            hash = (hash ^ c) * 16777619;
        return hash;
    }

    /// <summary>What the CPU asks for external interrupts (the PIC pair today; a local APIC later).</summary>
    public IInterruptController InterruptController => Pic;

    /// <summary>Ends the run: drives write their caches out and close (unless the power was cut, or they went on to a <see cref="Restart"/>ed machine), memory is freed.</summary>
    public void Dispose()
    {
        if (!_drivesHandedOn)
            foreach (var drive in _drives)
                drive.Dispose();
        Mmu.Dispose();
        Memory.Dispose();
    }
}
