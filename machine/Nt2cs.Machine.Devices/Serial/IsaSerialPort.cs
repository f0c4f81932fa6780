namespace Nt2cs.Machine.Devices;

/// <summary>
/// PC board glue for a <see cref="Uart16550"/>: eight ports from <see cref="BasePort"/> (COM1: 0x3F8) and the ISA
/// IRQ (COM1: IRQ 4). As on the PC serial adapter, the UART's INTR reaches the bus only while the OUT2 pin is
/// active (MCR.OUT2 = 1; the pin is forced inactive in loopback), so software that leaves OUT2 clear sees IIR
/// report interrupts but no IRQ.
/// </summary>
public sealed class IsaSerialPort
{
    public const ushort Com1Base = 0x3F8;
    public const int Com1Irq = 4;
    public const int PortCount = 8;

    public IsaSerialPort(Uart16550 uart, ushort basePort = Com1Base, string name = "COM1")
    {
        Uart = uart;
        BasePort = basePort;
        Name = name;
        Irq = new IrqLine($"{name} IRQ");
        uart.OutputsChanged = UpdateIrq;
        UpdateIrq();
    }

    public Uart16550 Uart { get; }

    public ushort BasePort { get; }

    public string Name { get; }

    /// <summary>INTR gated by OUT2; connect to the ISA IRQ.</summary>
    public IrqLine Irq { get; }

    public void AttachTo(IoPortBus ports) => ports.Register(BasePort, Uart, PortCount, Name);

    private void UpdateIrq() => Irq.Set(Uart.Intr && Uart.Out2);
}
