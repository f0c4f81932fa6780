using Nt2cs.Machine.Devices;

namespace Nt2cs.Machine.Firmware.Acpi;

/// <summary>
/// What the ACPI tables say about a machine: its fixed-hardware ports, the PM timer's width, the SCI, the reset
/// register, the S5 sleep type its PM1a_CNT decodes and its ECAM window, if any. The defaults are the PC's devices'
/// own constants; the PC (<c>PcMachine.AcpiPlatform</c>) fills in what depends on how it was built.
/// </summary>
public sealed record AcpiPlatform
{
    /// <summary>The chipset's name, for the tables' OEM Table ID (8 ASCII characters at most).</summary>
    public string Chipset { get; init; } = "Q35";

    public ushort Pm1aEventBlock { get; init; } = AcpiPmRegisters.Pm1aEvent;
    public ushort Pm1aControlBlock { get; init; } = AcpiPmRegisters.Pm1aControl;
    public ushort PmTimerBlock { get; init; } = AcpiPmRegisters.PmTimer;

    /// <summary>TMR_VAL_EXT: the PM timer counts 32 bits (else 24).</summary>
    public bool PmTimerExtended { get; init; } = true;

    /// <summary>SCI_INT: the ISA IRQ the SCI would use.</summary>
    public byte SciInterrupt { get; init; } = AcpiPmRegisters.SciIrq;

    public ushort ResetPort { get; init; } = ResetControlRegister.Port;

    /// <summary>RESET_VALUE: SYS_RST with RST_CPU, a hard reset.</summary>
    public byte ResetValue { get; init; } = ResetControlRegister.SysRst | ResetControlRegister.RstCpu;

    /// <summary>The SLP_TYP value of S5 (soft off) that PM1a_CNT decodes: \_S5's first two elements.</summary>
    public byte SoftOffSleepType { get; init; } = AcpiPmControl.SoftOffSleepType;

    /// <summary>The CMOS index of the RTC's century byte (the FADT's CENTURY).</summary>
    public byte RtcCenturyIndex { get; init; } = (byte)Mc146818Registers.Century;

    /// <summary>The ECAM window's base (256 MiB, buses 0–255, segment 0), or null when the machine has none: then no MCFG.</summary>
    public uint? EcamBase { get; init; }

    /// <summary>The FACS's hardware signature: what an OS compares across boots to notice a changed machine.</summary>
    public uint HardwareSignature { get; init; }
}
