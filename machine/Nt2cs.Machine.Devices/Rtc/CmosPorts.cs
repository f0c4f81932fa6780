namespace Nt2cs.Machine.Devices;

/// <summary>
/// PC bus glue for the MC146818: port 0x70 selects a register (bits 6–0) and carries the NMI mask (bit 7); port
/// 0x71 reads and writes the selected register. Port 0x70 is write-only (reads float: 0xFF); the index stays
/// selected after each data access.
/// </summary>
public sealed class CmosPorts(Mc146818Rtc rtc) : IPortDevice
{
    public const ushort IndexPort = 0x70;
    public const ushort DataPort = 0x71;

    /// <summary>Port 0x70 bit 7: NMI disabled.</summary>
    public const byte NmiDisable = 0x80;
    public const byte IndexMask = 0x7F;

    private byte _index;

    /// <summary>NMI is masked at the chipset (port 0x70 bit 7 last written as 1). Nothing raises NMI yet.</summary>
    public bool NmiMasked { get; private set; }

    /// <summary>The register port 0x71 reaches.</summary>
    public int SelectedRegister => _index;

    public void AttachTo(IoPortBus ports) => ports.Register(IndexPort, 2, this, "CMOS/RTC");

    public uint Read(ushort port, int size) => port == IndexPort ? 0xFFu : rtc.ReadRegister(_index);

    public void Write(ushort port, int size, uint value)
    {
        if (port == IndexPort)
        {
            _index = (byte)(value & IndexMask);
            NmiMasked = (value & NmiDisable) != 0;
        }
        else
            rtc.WriteRegister(_index, (byte)value);
    }
}
