namespace Nt2cs.Machine.Devices;

/// <summary>
/// PC/AT System Control Port B at port 0x61 (the chipset's NMI status and control register): PIT counter 2's GATE
/// and speaker enable, the refresh toggle, counter 2's OUT, and the NMI sources (never asserted here).
/// </summary>
public sealed class SystemControlPortB : IByteRegisterDevice
{
    public const ushort Port = 0x61;

    /// <summary>Bit 0 (R/W): PIT counter 2 GATE.</summary>
    public const byte Timer2Gate = 0x01;
    /// <summary>Bit 1 (R/W): speaker data enable (the speaker itself is not modelled).</summary>
    public const byte SpeakerDataEnable = 0x02;
    /// <summary>Bit 2 (R/W): parity/SERR# NMI check disable.</summary>
    public const byte ParityCheckDisable = 0x04;
    /// <summary>Bit 3 (R/W): IOCHK# NMI check disable.</summary>
    public const byte ChannelCheckDisable = 0x08;
    /// <summary>Bit 4 (RO): toggles every refresh period (15.085 µs).</summary>
    public const byte RefreshToggle = 0x10;
    /// <summary>Bit 5 (RO): PIT counter 2 OUT.</summary>
    public const byte Timer2Output = 0x20;
    /// <summary>Bit 6 (RO): IOCHK# NMI source (never set).</summary>
    public const byte ChannelCheck = 0x40;
    /// <summary>Bit 7 (RO): parity/SERR# NMI source (never set).</summary>
    public const byte ParityError = 0x80;

    public const long RefreshPeriodNs = 15_085;

    private const byte Writable = Timer2Gate | SpeakerDataEnable | ParityCheckDisable | ChannelCheckDisable;

    private readonly Pit8254 _pit;
    private readonly VirtualClock _clock;
    private byte _control;

    public SystemControlPortB(Pit8254 pit, VirtualClock clock)
    {
        _pit = pit;
        _clock = clock;
        Reset();
    }

    public void AttachTo(IoPortBus ports) => ports.Register(Port, this, 1, "system control port B");

    public byte ReadRegister(int offset) => (byte)(_control
        | ((_clock.Now / RefreshPeriodNs & 1) != 0 ? RefreshToggle : 0)
        | (_pit.GetOutput(Pit8254Registers.Counter2) ? Timer2Output : 0));

    public void WriteRegister(int offset, byte value)
    {
        _control = (byte)(value & Writable);
        _pit.SetGate(Pit8254Registers.Counter2, (value & Timer2Gate) != 0);
    }

    /// <summary>Power-on: counter 2 gated off, speaker off, NMI checks enabled.</summary>
    public void Reset()
    {
        _control = 0;
        _pit.SetGate(Pit8254Registers.Counter2, false);
    }
}
