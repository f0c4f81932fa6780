namespace Nt2cs.Machine.Devices;

/// <summary>
/// The ACPI fixed-hardware register blocks (ACPI 6.5 §4.8.3, "PM1 Event Grouping", "PM1 Control Grouping", "Power
/// Management Timer") where QEMU's chipsets place them: PMBASE 0x600, the PM1a event block (PM1_STS, PM1_EN) at
/// +0, the PM1a control block at +4, the PM timer at +8. The FADT (the firmware's ACPI tables) names these ports.
/// </summary>
public static class AcpiPmRegisters
{
    public const ushort PmBase = 0x600;

    /// <summary>PM1a_EVT_BLK: PM1_STS (2 bytes) then PM1_EN (2 bytes); PM1_EVT_LEN 4.</summary>
    public const ushort Pm1aEvent = PmBase;
    public const int Pm1EventLength = 4;

    /// <summary>PM1a_CNT_BLK (<see cref="AcpiPmControl"/>); PM1_CNT_LEN 2.</summary>
    public const ushort Pm1aControl = PmBase + 4;
    public const int Pm1ControlLength = 2;

    /// <summary>PM_TMR_BLK (<see cref="AcpiPmTimer"/>); PM_TMR_LEN 4.</summary>
    public const ushort PmTimer = PmBase + 8;
    public const int PmTimerLength = 4;

    /// <summary>The PM timer's clock (§4.8.3.3): 3.579545 MHz.</summary>
    public const long PmTimerHz = 3_579_545;

    // PM1_STS (§4.8.3.1.1, Table 4.16): write 1 to clear.
    public const ushort TmrSts = 0x0001;
    public const ushort BmSts = 0x0010;
    public const ushort GblSts = 0x0020;
    public const ushort PwrBtnSts = 0x0100;
    public const ushort SlpBtnSts = 0x0200;
    public const ushort RtcSts = 0x0400;
    public const ushort PciExpWakeSts = 0x4000;
    public const ushort WakSts = 0x8000;

    // PM1_EN (§4.8.3.1.2, Table 4.17).
    public const ushort TmrEn = 0x0001;
    public const ushort GblEn = 0x0020;
    public const ushort PwrBtnEn = 0x0100;
    public const ushort SlpBtnEn = 0x0200;
    public const ushort RtcEn = 0x0400;
    public const ushort PciExpWakeDis = 0x4000;

    /// <summary>The SCI's ISA IRQ on both chipsets (the FADT's SCI_INT; QEMU's PIIX4 PM and ICH9 LPC default).</summary>
    public const byte SciIrq = 9;
}
