namespace Nt2cs.Machine.Devices;

/// <summary>
/// The chipset's reset control register at port 0xCF9 (PIIX3 and ICH9 datasheets, "Reset Control Register"):
/// writing RST_CPU (bit 2) resets the system, a hard reset when SYS_RST (bit 1) is also set. The machine cannot
/// restart yet (firmware does not exist), so a reset ends the run with status 0 and "reset" on stderr; other
/// bits are kept and read back. It shares its port window with PCI configuration mechanism #1, which passes it
/// byte accesses to 0xCF9.
/// </summary>
public sealed class ResetControlRegister(RunControl run) : IPortDevice
{
    public const ushort Port = 0xCF9;
    public const byte SysRst = 0x02;
    public const byte RstCpu = 0x04;
    public const int StatusReset = 0;

    private byte _value;

    public uint Read(ushort port, int size) => _value;

    public void Write(ushort port, int size, uint value)
    {
        _value = (byte)(value & (SysRst | 0x08));
        if ((value & RstCpu) != 0)
            run.RequestExit(MachineExitReason.Reset, StatusReset, (value & SysRst) != 0 ? "reset (hard)" : "reset (soft)");
    }
}
