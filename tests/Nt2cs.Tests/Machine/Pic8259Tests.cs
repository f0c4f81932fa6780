using Nt2cs.Machine;
using Nt2cs.Machine.Devices;
using Xunit;
using R = Nt2cs.Machine.Devices.Pic8259Registers;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The 8259A pair as the guest programs it through ports 0x20/0x21 and 0xA0/0xA1, and as the CPU sees it
/// through INTR and INTA (<see cref="IInterruptController"/>).
/// </summary>
public sealed class Pic8259Tests
{
    private const byte MasterBase = 0x20, SlaveBase = 0x28;

    private readonly IoPortBus _ports = new();
    private readonly Pic8259Pair _pic = new();
    private readonly IrqLine[] _irq = new IrqLine[16];

    public Pic8259Tests()
    {
        _pic.AttachTo(_ports);
        for (int i = 0; i < 16; i++)
            if (i != Pic8259Pair.CascadeInput)
                (_irq[i] = new IrqLine($"IRQ{i}")).Connect(_pic, i);
        Initialize();
    }

    /// <summary>The PC initialization: edge-triggered, cascaded on IR2, vectors 0x20/0x28, 8086 mode.</summary>
    private void Initialize(byte icw4 = R.Icw4Microprocessor8086)
    {
        Out(0x20, R.Icw1Select | R.Icw1Ic4);
        Out(0x21, MasterBase);
        Out(0x21, 1 << Pic8259Pair.CascadeInput);
        Out(0x21, icw4);
        Out(0xA0, R.Icw1Select | R.Icw1Ic4);
        Out(0xA1, SlaveBase);
        Out(0xA1, Pic8259Pair.CascadeInput);
        Out(0xA1, icw4);
    }

    private void Out(ushort port, int value) => _ports.WriteByte(port, (byte)value);

    private byte In(ushort port) => _ports.ReadByte(port);

    private byte Isr(ushort commandPort)
    {
        Out(commandPort, R.Ocw3Select | R.Ocw3Rr | R.Ocw3Ris);
        return In(commandPort);
    }

    private byte Irr(ushort commandPort)
    {
        Out(commandPort, R.Ocw3Select | R.Ocw3Rr);
        return In(commandPort);
    }

    private void Eoi(ushort commandPort) => Out(commandPort, R.Ocw2NonSpecificEoi);

    [Fact]
    public void FullyNestedPriorityLowerNumberWins()
    {
        _irq[5].Raise();
        _irq[3].Raise();
        Assert.True(_pic.HasPendingInterrupt);
        Assert.Equal(MasterBase + 3, _pic.AcknowledgeInterrupt());

        // IRQ 5 waits while IRQ 3 is in service; IRQ 1 nests.
        Assert.False(_pic.HasPendingInterrupt);
        _irq[1].Raise();
        Assert.Equal(MasterBase + 1, _pic.AcknowledgeInterrupt());
        Assert.Equal(0b0000_1010, Isr(0x20));

        Eoi(0x20); // ends IRQ 1, the highest in service
        Assert.Equal(0b0000_1000, Isr(0x20));
        Assert.False(_pic.HasPendingInterrupt);
        Eoi(0x20);
        Assert.Equal(MasterBase + 5, _pic.AcknowledgeInterrupt());
    }

    [Fact]
    public void MaskedRequestsWaitInIrr()
    {
        Out(0x21, 1 << 3);
        Assert.Equal(1 << 3, In(0x21));
        _irq[3].Raise();
        Assert.False(_pic.HasPendingInterrupt);
        Assert.Equal(1 << 3, Irr(0x20));
        Out(0x21, 0);
        Assert.True(_pic.HasPendingInterrupt);
        Assert.Equal(MasterBase + 3, _pic.AcknowledgeInterrupt());
        Assert.Equal(0, Irr(0x20));
    }

    [Fact]
    public void SpecificEoiEndsTheNamedLevel()
    {
        _irq[3].Raise();
        _pic.AcknowledgeInterrupt();
        _irq[1].Raise();
        _pic.AcknowledgeInterrupt();
        Out(0x20, R.Ocw2SpecificEoi | 3);
        Assert.Equal(0b0000_0010, Isr(0x20));
    }

    [Fact]
    public void RequestDroppedBeforeIntaGivesSpuriousIrq7WithoutIsr()
    {
        _irq[3].Raise();
        Assert.True(_pic.HasPendingInterrupt); // the CPU saw INTR…
        _irq[3].Lower();                        // …but the request went away before INTA
        Assert.Equal(MasterBase + 7, _pic.AcknowledgeInterrupt());
        Assert.Equal(0, Isr(0x20));
        Assert.False(_pic.HasPendingInterrupt);
    }

    [Fact]
    public void RealIrq7IsDistinguishedByItsIsrBit()
    {
        _irq[7].Raise();
        Assert.Equal(MasterBase + 7, _pic.AcknowledgeInterrupt());
        Assert.Equal(0x80, Isr(0x20));
    }

    [Fact]
    public void SlaveRequestsCascadeThroughIr2()
    {
        _irq[3].Raise();
        _irq[10].Raise();
        Assert.Equal(SlaveBase + 2, _pic.AcknowledgeInterrupt()); // IR2 outranks IR3
        Assert.Equal(1 << 2, Isr(0x20));
        Assert.Equal(1 << 2, Isr(0xA0));

        // IRQ 3 waits behind the cascade's in-service bit until the master's EOI.
        Assert.False(_pic.HasPendingInterrupt);
        Eoi(0xA0);
        Assert.False(_pic.HasPendingInterrupt);
        Eoi(0x20);
        Assert.Equal(MasterBase + 3, _pic.AcknowledgeInterrupt());
    }

    [Fact]
    public void SecondSlaveRequestIsDeliveredAfterBothEois()
    {
        _irq[9].Raise();
        _irq[12].Raise();
        Assert.Equal(SlaveBase + 1, _pic.AcknowledgeInterrupt());
        Assert.False(_pic.HasPendingInterrupt);
        Eoi(0xA0);
        Eoi(0x20);
        Assert.Equal(SlaveBase + 4, _pic.AcknowledgeInterrupt());
    }

    [Fact]
    public void SlaveRequestDroppedBeforeIntaIsSpuriousOnTheMaster()
    {
        _irq[10].Raise();
        Assert.True(_pic.HasPendingInterrupt);
        _irq[10].Lower();
        Assert.Equal(MasterBase + 7, _pic.AcknowledgeInterrupt());
        Assert.Equal(0, Isr(0x20));
        Assert.Equal(0, Isr(0xA0));
    }

    [Fact]
    public void EdgeTriggeredInputNeedsANewEdgeButElcrLevelInputRequestsAgain()
    {
        Out(0x4D1, 1 << (11 - 8)); // ELCR2: IRQ 11 level-triggered
        Assert.Equal(1 << 3, In(0x4D1));
        _irq[9].Raise();
        _irq[11].Raise();
        Assert.Equal(SlaveBase + 1, _pic.AcknowledgeInterrupt());
        Eoi(0xA0);
        Eoi(0x20);
        Assert.Equal(SlaveBase + 3, _pic.AcknowledgeInterrupt());
        Eoi(0xA0);
        Eoi(0x20);
        // IRQ 11 is still high: it requests again. IRQ 9 is still high too, but it was an edge.
        Assert.Equal(SlaveBase + 3, _pic.AcknowledgeInterrupt());
        Eoi(0xA0);
        Eoi(0x20);
        _irq[11].Lower();
        Assert.False(_pic.HasPendingInterrupt);
    }

    [Fact]
    public void ElcrReservedBitsStayEdge()
    {
        Out(0x4D0, 0xFF);
        Out(0x4D1, 0xFF);
        Assert.Equal(0xF8, In(0x4D0));
        Assert.Equal(0xDE, In(0x4D1));
    }

    [Fact]
    public void Icw1ClearsTheMaskAndTheEdgeSenseLatch()
    {
        Out(0x21, 0xFF);
        _irq[4].Raise();
        Initialize();
        Assert.Equal(0, In(0x21));
        Assert.False(_pic.HasPendingInterrupt); // IRQ 4 is still high but needs a new rising edge
        _irq[4].Lower();
        _irq[4].Raise();
        Assert.Equal(MasterBase + 4, _pic.AcknowledgeInterrupt());
    }

    [Fact]
    public void PollCommandReturnsTheLevelAndActsAsAcknowledge()
    {
        _irq[6].Raise();
        Out(0x20, R.Ocw3Select | R.Ocw3Poll);
        Assert.Equal(R.PollInterrupt | 6, In(0x20));
        Assert.Equal(1 << 6, Isr(0x20));
        Out(0x20, R.Ocw3Select | R.Ocw3Poll);
        Assert.Equal(0, In(0x20));
    }

    [Fact]
    public void RotateOnNonSpecificEoiMakesTheServedLevelLowest()
    {
        _irq[0].Raise();
        Assert.Equal(MasterBase, _pic.AcknowledgeInterrupt());
        Out(0x20, R.Ocw2RotateOnNonSpecificEoi);
        _irq[0].Lower();
        _irq[0].Raise();
        _irq[1].Raise();
        Assert.Equal(MasterBase + 1, _pic.AcknowledgeInterrupt()); // IR0 now has the lowest priority
    }

    [Fact]
    public void AutomaticEoiLeavesNoIsrBit()
    {
        Initialize(R.Icw4Microprocessor8086 | R.Icw4Aeoi);
        _irq[3].Raise();
        Assert.Equal(MasterBase + 3, _pic.AcknowledgeInterrupt());
        Assert.Equal(0, Isr(0x20));
        _irq[5].Raise();
        Assert.True(_pic.HasPendingInterrupt);
    }

    [Fact]
    public void SpecialMaskModeLetsLowerLevelsInWhileTheServedLevelIsMasked()
    {
        _irq[3].Raise();
        Assert.Equal(MasterBase + 3, _pic.AcknowledgeInterrupt());
        _irq[5].Raise();
        Assert.False(_pic.HasPendingInterrupt);
        Out(0x21, 1 << 3);
        Out(0x20, R.Ocw3Select | R.Ocw3Esmm | R.Ocw3Smm);
        Assert.Equal(MasterBase + 5, _pic.AcknowledgeInterrupt());
    }
}
