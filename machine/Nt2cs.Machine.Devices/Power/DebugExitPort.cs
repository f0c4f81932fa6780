namespace Nt2cs.Machine.Devices;

/// <summary>
/// The QEMU-convention debug-exit device: a byte <c>v</c> written to port 0xF4 ends the run with status
/// <c>(v &lt;&lt; 1) | 1</c> (so a bugcheck's 0x42 exits 0x85, and no debug exit can look like success). Wider
/// writes reach it as byte writes; only the byte at 0xF4 counts. Reads return all-ones.
/// </summary>
public sealed class DebugExitPort(RunControl run) : IPortDevice
{
    public const ushort Port = 0xF4;

    public static int StatusFor(byte value) => (value << 1) | 1;

    public void AttachTo(IoPortBus ports) => ports.Register(Port, 1, this, "debug-exit");

    public uint Read(ushort port, int size) => 0xFF;

    public void Write(ushort port, int size, uint value) =>
        run.RequestExit(MachineExitReason.DebugExit, StatusFor((byte)value));
}
