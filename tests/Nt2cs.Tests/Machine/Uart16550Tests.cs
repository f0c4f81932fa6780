using System.Text;
using Nt2cs.Machine;
using Nt2cs.Machine.Devices;
using Xunit;
using R = Nt2cs.Machine.Devices.Uart16550Registers;

namespace Nt2cs.Tests.Machine;

/// <summary>The 16550A as COM1 (0x3F8, IRQ 4), programmed through its ports, with host input paced in virtual time.</summary>
public sealed class Uart16550Tests
{
    private const ushort Base = IsaSerialPort.Com1Base;

    private readonly VirtualClock _clock = new();
    private readonly IoPortBus _ports = new();
    private readonly List<byte> _sent = [];
    private readonly Uart16550 _uart;
    private readonly IsaSerialPort _com1;

    public Uart16550Tests()
    {
        _uart = new Uart16550(_clock, _sent.Add);
        _com1 = new IsaSerialPort(_uart);
        _com1.AttachTo(_ports);
    }

    private byte In(int register) => _ports.ReadByte((ushort)(Base + register));

    private void Out(int register, int value) => _ports.WriteByte((ushort)(Base + register), (byte)value);

    /// <summary>10 bits (start, 8 data, stop) at 115200 baud, from the datasheet's 16 clocks per bit of 1.8432 MHz.</summary>
    private const long CharacterTime8N1At115200 = 86_805;

    [Fact]
    public void ResetValuesMatchTheDatasheet()
    {
        Assert.Equal(0, In(R.InterruptEnable));
        Assert.Equal(R.IirNoInterrupt, In(R.InterruptIdentification));
        Assert.Equal(0, In(R.LineControl));
        Assert.Equal(0, In(R.ModemControl));
        Assert.Equal(R.LsrThrEmpty | R.LsrTransmitterEmpty, In(R.LineStatus));
        Assert.Equal(R.MsrCts | R.MsrDsr | R.MsrDcd, In(R.ModemStatus));
        Out(R.Scratch, 0x5A);
        Assert.Equal(0x5A, In(R.Scratch));
    }

    [Fact]
    public void TransmittedBytesReachTheSinkImmediately()
    {
        foreach (byte b in "hi\n"u8)
            Out(R.Data, b);
        Assert.Equal("hi\n", Encoding.ASCII.GetString(_sent.ToArray()));
        Assert.Equal(R.LsrThrEmpty | R.LsrTransmitterEmpty, In(R.LineStatus));
        Assert.Equal(0, _clock.Now);
    }

    [Fact]
    public void DivisorLatchSharesOffsetsZeroAndOneUnderDlab()
    {
        Out(R.InterruptEnable, R.IerReceivedData);
        Out(R.LineControl, R.LcrDlab | 0x03);
        Out(R.Data, 0x0C);
        Out(R.InterruptEnable, 0x00);
        Assert.Equal(0x0C, In(R.Data));
        Assert.Equal(0x00, In(R.InterruptEnable));
        Out(R.LineControl, 0x03);
        Assert.Equal(R.IerReceivedData, In(R.InterruptEnable));
        Assert.Equal(12, _uart.Divisor);
        Assert.Empty(_sent); // the divisor write did not transmit
        Assert.Equal(CharacterTime8N1At115200 * 12, _uart.CharacterTimeNs, tolerance: 12);
    }

    [Fact]
    public void ThrEmptyInterruptAndTheOut2Gate()
    {
        Out(R.InterruptEnable, R.IerTransmitterEmpty);
        Assert.Equal(R.IirTransmitterEmpty, In(R.InterruptIdentification)); // enabling ETBEI with THR empty
        Out(R.InterruptEnable, 0);
        Out(R.InterruptEnable, R.IerTransmitterEmpty);
        Assert.True(_uart.Intr);
        Assert.False(_com1.Irq.Level); // OUT2 = 0: the board does not pass INTR to IRQ 4
        Out(R.ModemControl, R.McrOut2);
        Assert.True(_com1.Irq.Level);

        Assert.Equal(R.IirTransmitterEmpty, In(R.InterruptIdentification)); // reading IIR clears THRE…
        Assert.Equal(R.IirNoInterrupt, In(R.InterruptIdentification));
        Assert.False(_com1.Irq.Level);
        Out(R.Data, 'x');                                                    // …and THR emptying again sets it
        Assert.Equal(R.IirTransmitterEmpty, In(R.InterruptIdentification));
    }

    [Fact]
    public void ThrWriteGivesIrq4AFreshEdge()
    {
        var edges = new List<bool>();
        _com1.Irq.Connect(new Probe(edges), IsaSerialPort.Com1Irq);
        Out(R.ModemControl, R.McrOut2);
        Out(R.InterruptEnable, R.IerTransmitterEmpty);
        Out(R.Data, 'a'); // THRE drops as THR fills and rises as it empties: an edge-triggered PIC sees a new request
        Assert.Equal([true, false, true], edges);
    }

    [Fact]
    public void HostInputArrivesOneCharacterTimeApart()
    {
        Out(R.LineControl, 0x03); // 8N1
        _uart.EnqueueInput("AB"u8);
        _clock.AdvanceTo(CharacterTime8N1At115200 - 1);
        Assert.Equal(0, In(R.LineStatus) & R.LsrDataReady);
        _clock.AdvanceTo(CharacterTime8N1At115200);
        Assert.Equal(R.LsrDataReady, In(R.LineStatus) & R.LsrDataReady);
        Assert.Equal('A', (char)In(R.Data));
        Assert.Equal(0, In(R.LineStatus) & R.LsrDataReady);
        _clock.AdvanceTo(2 * CharacterTime8N1At115200);
        Assert.Equal('B', (char)In(R.Data));
    }

    [Fact]
    public void InterruptIdentificationFollowsDatasheetPriority()
    {
        Out(R.LineControl, 0x03);
        // Modem status: entering and leaving loopback changes DSR and DCD.
        Out(R.ModemControl, R.McrLoop | R.McrRts);
        Out(R.ModemControl, R.McrOut2);
        // Received data and an overrun: three characters into a one-character RBR (FIFOs off).
        _uart.EnqueueInput("xyz"u8);
        _clock.AdvanceTo(3 * CharacterTime8N1At115200);
        // THR empty: enabled along with everything else.
        Out(R.InterruptEnable, R.IerReceivedData | R.IerTransmitterEmpty | R.IerLineStatus | R.IerModemStatus);
        Assert.True(_com1.Irq.Level);

        Assert.Equal(R.IirLineStatus, In(R.InterruptIdentification));
        Assert.Equal(R.LsrOverrunError, In(R.LineStatus) & R.LsrOverrunError);
        Assert.Equal(R.IirReceivedData, In(R.InterruptIdentification));
        Assert.Equal('z', (char)In(R.Data)); // in 16450 mode the newest character overwrote RBR
        Assert.Equal(R.IirTransmitterEmpty, In(R.InterruptIdentification));
        Assert.Equal(R.IirModemStatus, In(R.InterruptIdentification));
        Assert.NotEqual(0, In(R.ModemStatus) & R.MsrDeltas);
        Assert.Equal(R.IirNoInterrupt, In(R.InterruptIdentification));
        Assert.False(_com1.Irq.Level);
    }

    [Fact]
    public void FifoTriggerLevelAndCharacterTimeout()
    {
        Out(R.LineControl, 0x03);
        Out(R.FifoControl, R.FcrEnable | 2 << 6); // trigger level 8
        Out(R.InterruptEnable, R.IerReceivedData);
        _uart.EnqueueInput("abc"u8);
        _clock.AdvanceTo(3 * CharacterTime8N1At115200);
        Assert.Equal(R.IirFifosEnabled | R.IirNoInterrupt, In(R.InterruptIdentification)); // below the trigger level

        _clock.AdvanceTo(7 * CharacterTime8N1At115200); // four character times of silence
        Assert.Equal(R.IirFifosEnabled | R.IirCharacterTimeout, In(R.InterruptIdentification));
        Assert.Equal('a', (char)In(R.Data));
        Assert.Equal(R.IirFifosEnabled | R.IirNoInterrupt, In(R.InterruptIdentification));

        _uart.EnqueueInput("defghi"u8);
        _clock.AdvanceTo(_clock.Now + 6 * CharacterTime8N1At115200);
        Assert.Equal(R.IirFifosEnabled | R.IirReceivedData, In(R.InterruptIdentification));
        Assert.Equal("bcdefghi", Encoding.ASCII.GetString(Enumerable.Range(0, 8).Select(_ => In(R.Data)).ToArray()));
        Assert.Equal(0, In(R.LineStatus) & R.LsrDataReady);
    }

    [Fact]
    public void FifoOverrunKeepsTheFirstSixteen()
    {
        Out(R.LineControl, 0x03);
        Out(R.FifoControl, R.FcrEnable);
        _uart.EnqueueInput(Enumerable.Range(0, 17).Select(i => (byte)('A' + i)).ToArray());
        _clock.AdvanceTo(17 * CharacterTime8N1At115200);
        Assert.Equal(R.LsrOverrunError | R.LsrDataReady, In(R.LineStatus) & (R.LsrOverrunError | R.LsrDataReady));
        Assert.Equal(0, In(R.LineStatus) & R.LsrOverrunError); // cleared by the read
        var received = Enumerable.Range(0, 16).Select(_ => In(R.Data)).ToArray();
        Assert.Equal("ABCDEFGHIJKLMNOP", Encoding.ASCII.GetString(received));
    }

    [Fact]
    public void LoopbackReturnsTransmittedBytesAndModemControlBits()
    {
        Out(R.ModemControl, R.McrLoop | R.McrDtr | R.McrRts | R.McrOut1 | R.McrOut2);
        Assert.Equal(R.MsrCts | R.MsrDsr | R.MsrRi | R.MsrDcd, In(R.ModemStatus) & 0xF0);
        Out(R.InterruptEnable, R.IerReceivedData);
        Out(R.Data, 0x42);
        Assert.Empty(_sent);
        Assert.Equal(R.IirReceivedData, In(R.InterruptIdentification));
        Assert.False(_com1.Irq.Level); // the OUT2 pin is inactive in loopback
        Assert.Equal(0x42, In(R.Data));

        Out(R.ModemControl, R.McrLoop);
        Assert.Equal(R.MsrTrailingEdgeRi | R.MsrDeltaCts | R.MsrDeltaDsr | R.MsrDeltaDcd, In(R.ModemStatus));
    }

    [Fact]
    public void HostInputWaitsWhileInLoopback()
    {
        Out(R.ModemControl, R.McrLoop);
        _uart.EnqueueInput("q"u8);
        _clock.AdvanceTo(10 * CharacterTime8N1At115200);
        Assert.Equal(0, In(R.LineStatus) & R.LsrDataReady);
        Out(R.ModemControl, 0);
        _clock.AdvanceTo(_clock.Now + _uart.CharacterTimeNs);
        Assert.Equal('q', (char)In(R.Data));
    }

    private sealed class Probe(List<bool> edges) : IInterruptSink
    {
        public void SetInputLevel(int input, bool level) => edges.Add(level);
    }
}
