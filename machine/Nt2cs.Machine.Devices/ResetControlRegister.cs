namespace Nt2cs.Machine.Devices;

/// <summary>
/// The chipset's reset control register at port 0xCF9 (PIIX3 and ICH9 datasheets, "Reset Control Register"):
/// writing RST_CPU (bit 2) resets the system, a hard reset when SYS_RST (bit 1) is also set. Either ends this
/// power-on with <see cref="MachineExitReason.SystemReset"/>: the run restarts the machine (RAM cleared, devices
/// reset, disks kept) or, with <c>--no-reboot</c>, ends with status 0 and "reset" on stderr. A soft reset (INIT
/// only, RAM and devices untouched on hardware) is modelled as the hard one. Other bits are kept and read back.
/// It shares its port window with PCI configuration mechanism #1, which passes it byte accesses to 0xCF9.
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
            run.RequestExit(MachineExitReason.SystemReset, StatusReset, (value & SysRst) != 0 ? "reset (hard)" : "reset (soft)");
    }
}
