namespace Nt2cs.Machine.Devices;

/// <summary>
/// Command words of the Intel 8259A Programmable Interrupt Controller (datasheet, "Programming the 8259A":
/// Figure 7 for ICW1–ICW4, Figure 8 for OCW1–OCW3). A0 = 0 is register offset 0, A0 = 1 offset 1.
/// </summary>
public static class Pic8259Registers
{
    /// <summary>Offset 0 (A0 = 0): ICW1, OCW2, OCW3 written; IRR, ISR or the poll word read.</summary>
    public const int Command = 0;

    /// <summary>Offset 1 (A0 = 1): ICW2–ICW4 during initialization, then OCW1 (the IMR); IMR read.</summary>
    public const int Data = 1;

    // ICW1 (A0 = 0, D4 = 1)
    public const byte Icw1Select = 0x10;
    /// <summary>IC4: ICW4 will be written.</summary>
    public const byte Icw1Ic4 = 0x01;
    /// <summary>SNGL: single 8259A, no ICW3.</summary>
    public const byte Icw1Single = 0x02;
    /// <summary>ADI: call address interval (MCS-80/85 only).</summary>
    public const byte Icw1Adi = 0x04;
    /// <summary>LTIM: level-triggered inputs.</summary>
    public const byte Icw1Ltim = 0x08;

    // ICW4
    /// <summary>µPM: 8086/8088 mode (vectors from ICW2), as every PC programs it.</summary>
    public const byte Icw4Microprocessor8086 = 0x01;
    /// <summary>AEOI: automatic end of interrupt.</summary>
    public const byte Icw4Aeoi = 0x02;
    public const byte Icw4MasterSlave = 0x04;
    public const byte Icw4Buffered = 0x08;
    /// <summary>SFNM: special fully nested mode.</summary>
    public const byte Icw4Sfnm = 0x10;

    // OCW2 (A0 = 0, D4 = 0, D3 = 0): R, SL, EOI in D7–D5, level in D2–D0
    public const byte Ocw2RotateInAeoiClear = 0x00;
    public const byte Ocw2NonSpecificEoi = 0x20;
    public const byte Ocw2NoOperation = 0x40;
    public const byte Ocw2SpecificEoi = 0x60;
    public const byte Ocw2RotateInAeoiSet = 0x80;
    public const byte Ocw2RotateOnNonSpecificEoi = 0xA0;
    public const byte Ocw2SetPriority = 0xC0;
    public const byte Ocw2RotateOnSpecificEoi = 0xE0;
    public const byte Ocw2CommandMask = 0xE0;
    public const byte Ocw2LevelMask = 0x07;

    // OCW3 (A0 = 0, D4 = 0, D3 = 1)
    public const byte Ocw3Select = 0x08;
    /// <summary>RIS: read ISR (with RR) rather than IRR.</summary>
    public const byte Ocw3Ris = 0x01;
    /// <summary>RR: read register command.</summary>
    public const byte Ocw3Rr = 0x02;
    /// <summary>P: poll command.</summary>
    public const byte Ocw3Poll = 0x04;
    /// <summary>SMM: special mask mode (with ESMM).</summary>
    public const byte Ocw3Smm = 0x20;
    /// <summary>ESMM: enable special mask mode change.</summary>
    public const byte Ocw3Esmm = 0x40;

    /// <summary>Poll word bit I: an interrupt was pending (its level in D2–D0).</summary>
    public const byte PollInterrupt = 0x80;

    /// <summary>The input that answers when no request is pending at INTA (spurious interrupt).</summary>
    public const int SpuriousLevel = 7;
}

/// <summary>
/// One Intel 8259A: eight interrupt inputs (IR0–IR7), the IRR/ISR/IMR registers, the priority resolver and the
/// INT output, programmed through its two ports as the datasheet describes.
/// </summary>
/// <remarks>
/// <para>Edge-triggered inputs (the default) latch a request in IRR on a rising edge; the request is withdrawn
/// if the input falls again before the interrupt acknowledge, as the datasheet requires the level to be held
/// until INTA. Level-triggered inputs (ICW1.LTIM, or the chipset's ELCR bit for that input) request for as long
/// as they are high.</para>
/// <para>Only x86 (8086 mode) operation is modelled: MCS-80/85 call sequences and buffered mode are accepted and
/// logged.</para>
/// </remarks>
public sealed class Pic8259 : IByteRegisterDevice, IInterruptSink
{
    private readonly string _name;
    private readonly MachineLog _log;

    // The datasheet's registers.
    private byte _irr, _isr, _imr;
    private byte _inputLevels;
    private byte _levelTriggeredByChipset;

    // Initialization state: the ICW expected next (0 = initialized).
    private int _expectedIcw;
    private byte _icw1, _icw4;
    private byte _vectorBase;
    private byte _cascade;

    // Operation command state.
    private int _lowestPriority;
    private bool _readIsr, _pollPending, _specialMask, _rotateInAeoi;

    public Pic8259(string name, MachineLog? log = null)
    {
        _name = name;
        _log = log ?? MachineLog.Discard();
        Int = new IrqLine($"{name} INT");
        Reset();
    }

    /// <summary>The INT output: a request is ready for the CPU (or, on a slave, for the master's cascade input).</summary>
    public IrqLine Int { get; }

    public byte Irr => _irr;
    public byte Isr => _isr;
    public byte Imr => _imr;
    public byte VectorBase => _vectorBase;

    /// <summary>ICW3 as written: on a master the inputs that have slaves; on a slave its ID (D2–D0).</summary>
    public byte Cascade => _cascade;

    public bool IsSingle => (_icw1 & Pic8259Registers.Icw1Single) != 0;

    public bool SpecialFullyNested => (_icw4 & Pic8259Registers.Icw4Sfnm) != 0;

    /// <summary>Inputs a chipset ELCR makes level-triggered regardless of ICW1.LTIM.</summary>
    public byte LevelTriggeredByChipset
    {
        get => _levelTriggeredByChipset;
        set
        {
            _levelTriggeredByChipset = value;
            Resample();
            UpdateInterruptOutput();
        }
    }

    private byte LevelTriggered => (_icw1 & Pic8259Registers.Icw1Ltim) != 0 ? (byte)0xFF : _levelTriggeredByChipset;

    /// <summary>Power-on state: uninitialized, nothing pending, nothing masked.</summary>
    public void Reset()
    {
        _irr = _isr = _imr = 0;
        _expectedIcw = 0;
        _icw1 = _icw4 = 0;
        _vectorBase = 0;
        _cascade = 0;
        _lowestPriority = 7;
        _readIsr = _pollPending = _specialMask = _rotateInAeoi = false;
        Resample();
        UpdateInterruptOutput();
    }

    // ---- the input pins ---------------------------------------------------------------------------------------

    public void SetInputLevel(int input, bool level)
    {
        byte bit = (byte)(1 << input);
        bool was = (_inputLevels & bit) != 0;
        if (was == level)
            return;
        if (level)
        {
            _inputLevels |= bit;
            _irr |= bit; // a rising edge, or a level request
        }
        else
        {
            _inputLevels &= (byte)~bit;
            _irr &= (byte)~bit; // the request is withdrawn before INTA
        }
        UpdateInterruptOutput();
    }

    /// <summary>Level-triggered inputs request while high.</summary>
    private void Resample()
    {
        byte level = LevelTriggered;
        _irr = (byte)((_irr & ~level) | (_inputLevels & level));
    }

    // ---- register dispatch ------------------------------------------------------------------------------------

    public byte ReadRegister(int offset)
    {
        if (offset == Pic8259Registers.Data)
            return _imr;
        if (_pollPending)
        {
            _pollPending = false;
            int level = HighestPriorityRequest();
            if (level < 0)
                return 0;
            CommitRequest(level);
            UpdateInterruptOutput();
            return (byte)(Pic8259Registers.PollInterrupt | level);
        }
        return _readIsr ? _isr : _irr;
    }

    public void WriteRegister(int offset, byte value)
    {
        if (offset == Pic8259Registers.Command)
        {
            if ((value & Pic8259Registers.Icw1Select) != 0)
                WriteIcw1(value);
            else if ((value & Pic8259Registers.Ocw3Select) != 0)
                WriteOcw3(value);
            else
                WriteOcw2(value);
        }
        else
        {
            switch (_expectedIcw)
            {
                case 2: WriteIcw2(value); break;
                case 3: WriteIcw3(value); break;
                case 4: WriteIcw4(value); break;
                default: _imr = value; break; // OCW1
            }
        }
        UpdateInterruptOutput();
    }

    /// <summary>ICW1 starts the initialization sequence (datasheet, "Initialization Command Words", a–f).</summary>
    private void WriteIcw1(byte value)
    {
        _icw1 = value;
        _irr &= LevelTriggered;   // a) the edge sense circuit is reset: edge inputs need a new rising edge
        Resample();
        _imr = 0;                 // b) the interrupt mask register is cleared
        _lowestPriority = 7;      // c) IR7 is assigned priority 7 (the lowest)
        _cascade = 7;             // d) the slave mode address is set to 7
        _specialMask = false;     // e) special mask mode cleared, status read set to IRR
        _readIsr = false;
        _pollPending = false;
        if ((value & Pic8259Registers.Icw1Ic4) == 0)
            _icw4 = 0;            // f) no ICW4: its functions are zero
        _expectedIcw = 2;
        if ((value & Pic8259Registers.Icw1Ic4) == 0)
            _log.Warn(_name, "ICW1 without IC4 selects MCS-80/85 mode; vectors are still formed as in 8086 mode");
    }

    /// <summary>ICW2: T7–T3 of the interrupt vector.</summary>
    private void WriteIcw2(byte value)
    {
        _vectorBase = (byte)(value & 0xF8);
        if ((value & 0x07) != 0)
            _log.Warn(_name, $"ICW2 0x{value:X2}: bits 2-0 are ignored in 8086 mode");
        _expectedIcw = IsSingle ? NextAfterIcw3() : 3;
    }

    /// <summary>ICW3: master — which inputs have slaves; slave — its ID.</summary>
    private void WriteIcw3(byte value)
    {
        _cascade = value;
        _expectedIcw = NextAfterIcw3();
    }

    private int NextAfterIcw3() => (_icw1 & Pic8259Registers.Icw1Ic4) != 0 ? 4 : 0;

    private void WriteIcw4(byte value)
    {
        _icw4 = value;
        _expectedIcw = 0;
        if ((value & Pic8259Registers.Icw4Microprocessor8086) == 0)
            _log.Warn(_name, "ICW4 selects MCS-80/85 mode; vectors are still formed as in 8086 mode");
    }

    /// <summary>OCW2: end of interrupt and priority rotation (datasheet Table "Rotation").</summary>
    private void WriteOcw2(byte value)
    {
        int level = value & Pic8259Registers.Ocw2LevelMask;
        switch (value & Pic8259Registers.Ocw2CommandMask)
        {
            case Pic8259Registers.Ocw2NonSpecificEoi:
                HighestInService(out _, clear: true);
                break;
            case Pic8259Registers.Ocw2SpecificEoi:
                _isr &= (byte)~(1 << level);
                break;
            case Pic8259Registers.Ocw2RotateOnNonSpecificEoi:
                if (HighestInService(out int served, clear: true))
                    _lowestPriority = served;
                break;
            case Pic8259Registers.Ocw2RotateOnSpecificEoi:
                _isr &= (byte)~(1 << level);
                _lowestPriority = level;
                break;
            case Pic8259Registers.Ocw2SetPriority:
                _lowestPriority = level;
                break;
            case Pic8259Registers.Ocw2RotateInAeoiSet:
                _rotateInAeoi = true;
                break;
            case Pic8259Registers.Ocw2RotateInAeoiClear:
                _rotateInAeoi = false;
                break;
            case Pic8259Registers.Ocw2NoOperation:
                break;
        }
    }

    /// <summary>OCW3: special mask mode, poll, and which register a read of offset 0 returns.</summary>
    private void WriteOcw3(byte value)
    {
        if ((value & 0x80) != 0)
            _log.Warn(_name, $"OCW3 0x{value:X2}: D7 must be 0");
        if ((value & Pic8259Registers.Ocw3Esmm) != 0)
            _specialMask = (value & Pic8259Registers.Ocw3Smm) != 0;
        if ((value & Pic8259Registers.Ocw3Poll) != 0)
            _pollPending = true;
        if ((value & Pic8259Registers.Ocw3Rr) != 0)
            _readIsr = (value & Pic8259Registers.Ocw3Ris) != 0;
    }

    // ---- priority resolution and INTA ----------------------------------------------------------------------

    /// <summary>
    /// The priority resolver: the highest-priority unmasked request not blocked by an in-service level of higher
    /// or equal priority (fully nested mode, with rotation), or -1.
    /// </summary>
    /// <remarks>In special mask mode an in-service level that is masked blocks nothing. In special fully nested
    /// mode a slave's input may interrupt while that same input is in service.</remarks>
    public int HighestPriorityRequest()
    {
        byte requests = (byte)(_irr & ~_imr);
        if (requests == 0)
            return -1;
        byte blocking = _specialMask ? (byte)(_isr & ~_imr) : _isr;
        for (int i = 1; i <= 8; i++)
        {
            int level = (_lowestPriority + i) & 7;
            byte bit = (byte)(1 << level);
            if ((blocking & bit) != 0)
            {
                bool nestedSlave = SpecialFullyNested && !IsSingle && (_cascade & bit) != 0 && (requests & bit) != 0;
                return nestedSlave ? level : -1;
            }
            if ((requests & bit) != 0)
                return level;
        }
        return -1;
    }

    /// <summary>
    /// The interrupt acknowledge as seen by this chip: commits to <see cref="HighestPriorityRequest"/> (IRR →
    /// ISR, or nothing in AEOI mode) and returns its level, or answers a spurious IR7 (no ISR bit) when nothing is
    /// pending. Returns the level; the vector is <see cref="VectorBase"/> | level.
    /// </summary>
    public int Acknowledge(out bool spurious)
    {
        int level = HighestPriorityRequest();
        spurious = level < 0;
        if (spurious)
            level = Pic8259Registers.SpuriousLevel;
        else
            CommitRequest(level);
        // INT is deasserted by the acknowledge; it rises again if another request is ready.
        Int.Lower();
        UpdateInterruptOutput();
        return level;
    }

    private void CommitRequest(int level)
    {
        byte bit = (byte)(1 << level);
        _irr &= (byte)~bit;
        Resample(); // a level-triggered input still high keeps requesting
        if ((_icw4 & Pic8259Registers.Icw4Aeoi) != 0)
        {
            if (_rotateInAeoi)
                _lowestPriority = level;
        }
        else
            _isr |= bit;
    }

    /// <summary>The highest-priority in-service level (the one a non-specific EOI ends).</summary>
    private bool HighestInService(out int level, bool clear)
    {
        for (int i = 1; i <= 8; i++)
        {
            level = (_lowestPriority + i) & 7;
            if ((_isr & (1 << level)) != 0)
            {
                if (clear)
                    _isr &= (byte)~(1 << level);
                return true;
            }
        }
        level = -1;
        return false;
    }

    /// <summary>INT follows the priority resolver.</summary>
    private void UpdateInterruptOutput() => Int.Set(HighestPriorityRequest() >= 0);
}
