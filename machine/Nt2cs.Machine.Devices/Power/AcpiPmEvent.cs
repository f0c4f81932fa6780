namespace Nt2cs.Machine.Devices;

/// <summary>
/// The PM1a event block at PMBASE (0x600–0x603, ACPI 6.5 §4.8.3.1): PM1_STS (write 1 to clear) and PM1_EN. Of the
/// status bits only TMR_STS is ever set: it is set each time the PM timer's top bit (bit 31 or 23) changes, and a
/// write of 1 clears it. There is no power or sleep button, no RTC alarm wake and no sleep state to wake from, so
/// the other status bits stay 0. PM1_EN's bits are kept as written; no SCI is raised (the SCI is not modelled).
/// </summary>
public sealed class AcpiPmEvent(AcpiPmTimer timer, MachineLog? log = null) : IPortDevice
{
    public const ushort Port = AcpiPmRegisters.Pm1aEvent;

    private const ushort EnableMask = AcpiPmRegisters.TmrEn | AcpiPmRegisters.GblEn | AcpiPmRegisters.PwrBtnEn
        | AcpiPmRegisters.SlpBtnEn | AcpiPmRegisters.RtcEn | AcpiPmRegisters.PciExpWakeDis;

    private readonly MachineLog _log = log ?? MachineLog.Discard();
    private long _timerClearedAtTick;
    private ushort _enable;

    /// <summary>PM1_STS now.</summary>
    public ushort Status => (timer.Ticks >> (timer.Bits - 1)) != (_timerClearedAtTick >> (timer.Bits - 1)) ? AcpiPmRegisters.TmrSts : (ushort)0;

    /// <summary>PM1_EN.</summary>
    public ushort Enable => _enable;

    public void AttachTo(IoPortBus ports) =>
        ports.Register(Port, AcpiPmRegisters.Pm1EventLength, this, "ACPI PM1a_EVT", PortWidths.Byte | PortWidths.Word);

    public uint Read(ushort port, int size)
    {
        int offset = port - Port;
        uint both = Status | (uint)_enable << 16;
        uint value = both >> (8 * offset);
        return size == 2 ? value & 0xFFFF : value & 0xFF;
    }

    public void Write(ushort port, int size, uint value)
    {
        int offset = port - Port;
        if (size == 1)
        {
            WriteByteAt(offset, (byte)value);
            return;
        }
        WriteByteAt(offset, (byte)value);
        WriteByteAt(offset + 1, (byte)(value >> 8));
    }

    private void WriteByteAt(int offset, byte value)
    {
        switch (offset)
        {
            case 0:
                if ((value & AcpiPmRegisters.TmrSts) != 0)
                    _timerClearedAtTick = timer.Ticks;
                break;
            case 1:
                break;   // PWRBTN_STS…WAK_STS: never set, so clearing them does nothing
            case 2:
            case 3:
                int shift = 8 * (offset - 2);
                ushort written = (ushort)((_enable & ~(0xFF << shift)) | value << shift);
                if ((written & ~EnableMask) != 0)
                    _log.Warn("ACPI", $"PM1_EN 0x{written:X4}: reserved bits ignored");
                _enable = (ushort)(written & EnableMask);
                break;
        }
    }
}
