namespace Nt2cs.Machine.Devices;

/// <summary>
/// The ACPI PM1a control register (ACPI 6.x §4.8.3.2.1, "PM1 Control Registers") at port 0x604, where QEMU's
/// chipsets place it: writing SLP_EN with SLP_TYP = 0 (the S5 "soft off" type the firmware's DSDT declares in its
/// \_S5 package, as QEMU's does, so a plain 16-bit write of 0x2000) powers the machine off and ends the run with status 0.
/// </summary>
/// <remarks>
/// Other sleep types are logged and ignored (sleep states are not modelled). SCI_EN and the other bits are kept
/// as written; SLP_EN itself is write-only and reads 0. Byte accesses to 0x604 and 0x605 reach the halves.
/// </remarks>
public sealed class AcpiPmControl(RunControl run, MachineLog? log = null) : IPortDevice
{
    public const ushort Port = AcpiPmRegisters.Pm1aControl;

    /// <summary>SCI_EN: events raise SCIs rather than SMIs.</summary>
    public const ushort SciEnable = 0x0001;
    public const ushort BusMasterReload = 0x0002;
    public const ushort GlobalLockRelease = 0x0004;
    /// <summary>SLP_TYPx: the sleep state entered when SLP_EN is written.</summary>
    public const ushort SleepTypeMask = 0x1C00;
    public const int SleepTypeShift = 10;
    /// <summary>SLP_EN (write-only): enter the sleep state SLP_TYP names.</summary>
    public const ushort SleepEnable = 0x2000;

    /// <summary>The SLP_TYP value of S5 (soft off): the DSDT's \_S5 package names it.</summary>
    public const int SoftOffSleepType = 0;

    private readonly MachineLog _log = log ?? MachineLog.Discard();
    private ushort _control;

    public ushort Control => _control;

    public void AttachTo(IoPortBus ports) => ports.Register(Port, 2, this, "ACPI PM1a_CNT", PortWidths.Byte | PortWidths.Word);

    public uint Read(ushort port, int size) => size == 2 ? _control : (uint)(byte)(_control >> (8 * (port - Port)));

    public void Write(ushort port, int size, uint value)
    {
        ushort written = size == 2
            ? (ushort)value
            : port == Port ? (ushort)((_control & 0xFF00) | (byte)value) : (ushort)((_control & 0x00FF) | (byte)value << 8);
        _control = (ushort)(written & ~SleepEnable);
        if ((written & SleepEnable) == 0)
            return;
        int type = (written & SleepTypeMask) >> SleepTypeShift;
        if (type == SoftOffSleepType)
            run.RequestExit(MachineExitReason.PowerOff, 0);
        _log.Warn("ACPI", $"SLP_EN with SLP_TYP {type}: only S5 (soft off, type {SoftOffSleepType}) is modelled; ignored");
    }
}
