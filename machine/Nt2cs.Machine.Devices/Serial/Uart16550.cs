namespace Nt2cs.Machine.Devices;

/// <summary>
/// The register map of the National PC16550D UART (datasheet section 8, "Registers", Table II "Summary of
/// Registers"; section 8.6 Table IV "Interrupt Control Functions").
/// </summary>
public static class Uart16550Registers
{
    // Offsets (A2–A0). DLAB = LCR bit 7 switches offsets 0 and 1 to the divisor latch.
    /// <summary>RBR (read, DLAB = 0) / THR (write, DLAB = 0) / DLL (DLAB = 1).</summary>
    public const int Data = 0;
    /// <summary>IER (DLAB = 0) / DLM (DLAB = 1).</summary>
    public const int InterruptEnable = 1;
    /// <summary>IIR (read) / FCR (write).</summary>
    public const int InterruptIdentification = 2;
    public const int FifoControl = 2;
    public const int LineControl = 3;
    public const int ModemControl = 4;
    public const int LineStatus = 5;
    public const int ModemStatus = 6;
    public const int Scratch = 7;

    // IER
    /// <summary>ERBFI: received data available (and character timeout).</summary>
    public const byte IerReceivedData = 0x01;
    /// <summary>ETBEI: transmitter holding register empty.</summary>
    public const byte IerTransmitterEmpty = 0x02;
    /// <summary>ELSI: receiver line status.</summary>
    public const byte IerLineStatus = 0x04;
    /// <summary>EDSSI: modem status.</summary>
    public const byte IerModemStatus = 0x08;

    // IIR: bit 0 = 0 when an interrupt is pending; bits 3–1 its identification, in priority order.
    public const byte IirNoInterrupt = 0x01;
    public const byte IirLineStatus = 0x06;        // priority 1: OE, PE, FE or BI
    public const byte IirReceivedData = 0x04;      // priority 2: data at the trigger level
    public const byte IirCharacterTimeout = 0x0C;  // priority 2: FIFO mode, no activity for 4 character times
    public const byte IirTransmitterEmpty = 0x02;  // priority 3: THR empty
    public const byte IirModemStatus = 0x00;       // priority 4: CTS, DSR, RI or DCD changed
    public const byte IirFifosEnabled = 0xC0;

    // FCR
    public const byte FcrEnable = 0x01;
    public const byte FcrReceiverReset = 0x02;
    public const byte FcrTransmitterReset = 0x04;
    public const byte FcrDmaMode = 0x08;
    public const byte FcrTriggerMask = 0xC0;

    // LCR
    public const byte LcrWordLengthMask = 0x03;
    public const byte LcrStopBits = 0x04;
    public const byte LcrParityEnable = 0x08;
    public const byte LcrEvenParity = 0x10;
    public const byte LcrStickParity = 0x20;
    public const byte LcrSetBreak = 0x40;
    /// <summary>DLAB: divisor latch access.</summary>
    public const byte LcrDlab = 0x80;

    // MCR
    public const byte McrDtr = 0x01;
    public const byte McrRts = 0x02;
    public const byte McrOut1 = 0x04;
    public const byte McrOut2 = 0x08;
    public const byte McrLoop = 0x10;

    // LSR
    public const byte LsrDataReady = 0x01;
    public const byte LsrOverrunError = 0x02;
    public const byte LsrParityError = 0x04;
    public const byte LsrFramingError = 0x08;
    public const byte LsrBreakInterrupt = 0x10;
    /// <summary>THRE: the transmitter holding register (or FIFO) is empty.</summary>
    public const byte LsrThrEmpty = 0x20;
    /// <summary>TEMT: THR and the transmit shift register are both empty.</summary>
    public const byte LsrTransmitterEmpty = 0x40;
    public const byte LsrFifoError = 0x80;
    public const byte LsrErrors = LsrOverrunError | LsrParityError | LsrFramingError | LsrBreakInterrupt;

    // MSR
    public const byte MsrDeltaCts = 0x01;
    public const byte MsrDeltaDsr = 0x02;
    public const byte MsrTrailingEdgeRi = 0x04;
    public const byte MsrDeltaDcd = 0x08;
    public const byte MsrCts = 0x10;
    public const byte MsrDsr = 0x20;
    public const byte MsrRi = 0x40;
    public const byte MsrDcd = 0x80;
    public const byte MsrDeltas = 0x0F;

    /// <summary>The reference clock: 1.8432 MHz, 16 clocks per bit, so divisor 1 is 115200 baud.</summary>
    public const long ReferenceClockHz = 1_843_200;

    public const int FifoSize = 16;
}

/// <summary>
/// The 16550A UART core: receiver and transmitter with 16-byte FIFOs, divisor latch, line and modem control and
/// status, and the prioritized interrupt identification. Board glue (ports, IRQ, OUT2 gating) is
/// <see cref="IsaSerialPort"/>.
/// </summary>
/// <remarks>
/// <para>Transmission is immediate in virtual time: a byte written to THR goes to the output sink at once and THR
/// is empty again, so THRE and TEMT always read 1 (the THRE interrupt still drops at the write and rises again,
/// as it does when the byte leaves THR). In loopback the byte is received instead of sent.</para>
/// <para>Reception is paced: host input queued with <see cref="EnqueueInput"/> arrives one character per
/// character time (start, data, parity and stop bits at the programmed baud rate), so the same input gives the
/// same interrupts at the same virtual times. A character arriving at a full FIFO (or a full RBR in 16450 mode)
/// sets OE. Parity, framing and break errors never occur: the host link is perfect. While in loopback the external
/// input is disconnected and host input waits.</para>
/// <para>The modem inputs from the host side are CTS, DSR and DCD asserted, RI not. Power-on (MR) values are as in
/// the datasheet's reset table; the divisor latch is not reset by MR and starts at 1 (115200 baud).</para>
/// </remarks>
public sealed class Uart16550 : IByteRegisterDevice
{
    private const byte HostModemInputs = Uart16550Registers.MsrCts | Uart16550Registers.MsrDsr | Uart16550Registers.MsrDcd;

    private readonly VirtualClock _clock;
    private readonly MachineLog _log;
    private readonly string _name;
    private readonly Queue<byte> _input = new();
    private readonly byte[] _rxFifo = new byte[Uart16550Registers.FifoSize];
    private readonly TimerEvent _receiveEvent;
    private readonly TimerEvent _timeoutEvent;

    // Registers.
    private byte _ier, _fcr, _lcr, _mcr, _lsr, _msr, _scr;
    private ushort _divisor = 1;

    // Receiver FIFO (a ring) and interrupt sources that are events rather than register bits.
    private int _rxHead, _rxCount;
    private bool _thrEmptyPending;
    private bool _timeoutPending;
    private byte _iir = Uart16550Registers.IirNoInterrupt;

    public Uart16550(VirtualClock clock, Action<byte>? transmit = null, MachineLog? log = null, string name = "COM1")
    {
        _clock = clock;
        _log = log ?? MachineLog.Discard();
        _name = name;
        Transmit = transmit;
        _receiveEvent = new TimerEvent($"{name} receive", OnCharacterReceived);
        _timeoutEvent = new TimerEvent($"{name} character timeout", OnCharacterTimeout);
        Reset();
    }

    /// <summary>Where transmitted bytes go (the console); null drops them.</summary>
    public Action<byte>? Transmit { get; set; }

    /// <summary>Called whenever INTR or OUT2 may have changed (the board glue recomputes its IRQ).</summary>
    public Action? OutputsChanged { get; set; }

    /// <summary>The INTR pin: an enabled interrupt is pending.</summary>
    public bool Intr => (_iir & Uart16550Registers.IirNoInterrupt) == 0;

    /// <summary>The OUT2 output pin is active (MCR.OUT2, forced inactive in loopback).</summary>
    public bool Out2 => (_mcr & (Uart16550Registers.McrOut2 | Uart16550Registers.McrLoop)) == Uart16550Registers.McrOut2;

    public bool Loopback => (_mcr & Uart16550Registers.McrLoop) != 0;

    public bool FifosEnabled => (_fcr & Uart16550Registers.FcrEnable) != 0;

    /// <summary>The divisor latch (DLM:DLL).</summary>
    public ushort Divisor => _divisor;

    /// <summary>Host input not yet received by the UART.</summary>
    public int PendingInput => _input.Count;

    /// <summary>Master reset: the datasheet's reset table.</summary>
    public void Reset()
    {
        _ier = 0;
        _fcr = 0;
        _lcr = 0;
        _mcr = 0;
        _lsr = Uart16550Registers.LsrThrEmpty | Uart16550Registers.LsrTransmitterEmpty;
        _msr = HostModemInputs;
        _rxHead = _rxCount = 0;
        _thrEmptyPending = false;
        _timeoutPending = false;
        _clock.Cancel(_timeoutEvent);
        ScheduleReceive();
        UpdateInterrupt();
    }

    // ---- host side -------------------------------------------------------------------------------------------

    /// <summary>Queues host input (stdin) for reception, paced at the programmed baud rate from now on.</summary>
    public void EnqueueInput(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
            _input.Enqueue(b);
        ScheduleReceive();
    }

    /// <summary>One character time at the current divisor and frame format, in nanoseconds.</summary>
    public long CharacterTimeNs
    {
        get
        {
            int dataBits = 5 + (_lcr & Uart16550Registers.LcrWordLengthMask);
            int parity = (_lcr & Uart16550Registers.LcrParityEnable) != 0 ? 1 : 0;
            int stopHalfBits = (_lcr & Uart16550Registers.LcrStopBits) == 0 ? 2 : dataBits == 5 ? 3 : 4;
            long halfBits = 2 * (1 + dataBits + parity) + stopHalfBits;
            long divisor = _divisor == 0 ? 65_536 : _divisor;
            long referenceTicks = 8 * divisor * halfBits; // 16 reference clocks per bit
            return (long)((Int128)referenceTicks * VirtualClock.NanosecondsPerSecond / Uart16550Registers.ReferenceClockHz);
        }
    }

    private void ScheduleReceive()
    {
        if (_input.Count > 0 && !Loopback && !_receiveEvent.IsScheduled)
            _clock.ScheduleIn(_receiveEvent, CharacterTimeNs);
    }

    private void OnCharacterReceived()
    {
        if (Loopback || _input.Count == 0)
            return;
        Receive(_input.Dequeue());
        ScheduleReceive();
    }

    // ---- register dispatch ------------------------------------------------------------------------------------

    public byte ReadRegister(int offset)
    {
        bool dlab = (_lcr & Uart16550Registers.LcrDlab) != 0;
        switch (offset)
        {
            case Uart16550Registers.Data:
                return dlab ? (byte)_divisor : ReadReceiverBuffer();
            case Uart16550Registers.InterruptEnable:
                return dlab ? (byte)(_divisor >> 8) : _ier;
            case Uart16550Registers.InterruptIdentification:
                return ReadInterruptIdentification();
            case Uart16550Registers.LineControl:
                return _lcr;
            case Uart16550Registers.ModemControl:
                return _mcr;
            case Uart16550Registers.LineStatus:
                return ReadLineStatus();
            case Uart16550Registers.ModemStatus:
            {
                byte value = _msr;
                _msr &= unchecked((byte)~Uart16550Registers.MsrDeltas);
                UpdateInterrupt();
                return value;
            }
            default:
                return _scr;
        }
    }

    public void WriteRegister(int offset, byte value)
    {
        bool dlab = (_lcr & Uart16550Registers.LcrDlab) != 0;
        switch (offset)
        {
            case Uart16550Registers.Data:
                if (dlab)
                    WriteDivisor((ushort)((_divisor & 0xFF00) | value));
                else
                    WriteTransmitterHolding(value);
                break;
            case Uart16550Registers.InterruptEnable:
                if (dlab)
                    WriteDivisor((ushort)((_divisor & 0x00FF) | value << 8));
                else
                    WriteInterruptEnable(value);
                break;
            case Uart16550Registers.FifoControl:
                WriteFifoControl(value);
                break;
            case Uart16550Registers.LineControl:
                _lcr = value;
                break;
            case Uart16550Registers.ModemControl:
                WriteModemControl(value);
                break;
            case Uart16550Registers.LineStatus:
                _log.Warn(_name, $"write of 0x{value:X2} to LSR (factory test only) ignored");
                break;
            case Uart16550Registers.ModemStatus:
                _log.Warn(_name, $"write of 0x{value:X2} to MSR ignored");
                break;
            default:
                _scr = value;
                break;
        }
    }

    private void WriteDivisor(ushort divisor)
    {
        _divisor = divisor;
        if (divisor == 0)
            _log.Warn(_name, "divisor latch is 0 (undefined in the datasheet); treated as 65536");
    }

    private byte ReadReceiverBuffer()
    {
        byte value = 0;
        if (_rxCount > 0)
        {
            value = _rxFifo[_rxHead];
            _rxHead = (_rxHead + 1) % Uart16550Registers.FifoSize;
            _rxCount--;
        }
        if (_rxCount == 0)
            _lsr &= unchecked((byte)~Uart16550Registers.LsrDataReady);
        _timeoutPending = false;
        RestartTimeout();
        UpdateInterrupt();
        return value;
    }

    private byte ReadInterruptIdentification()
    {
        byte value = (byte)(_iir | (FifosEnabled ? Uart16550Registers.IirFifosEnabled : 0));
        // Reading IIR while it identifies THRE clears that interrupt.
        if ((_iir & 0x0F) == Uart16550Registers.IirTransmitterEmpty)
        {
            _thrEmptyPending = false;
            UpdateInterrupt();
        }
        return value;
    }

    private byte ReadLineStatus()
    {
        byte value = _lsr;
        _lsr &= unchecked((byte)~(Uart16550Registers.LsrErrors | Uart16550Registers.LsrFifoError));
        UpdateInterrupt();
        return value;
    }

    private void WriteTransmitterHolding(byte value)
    {
        _thrEmptyPending = false;
        UpdateInterrupt();
        if (Loopback)
            Receive(value);
        else
            Transmit?.Invoke(value);
        // The byte left THR (and the shift register) at once: THR is empty again.
        _lsr |= Uart16550Registers.LsrThrEmpty | Uart16550Registers.LsrTransmitterEmpty;
        _thrEmptyPending = true;
        UpdateInterrupt();
    }

    private void WriteInterruptEnable(byte value)
    {
        byte enabling = (byte)(value & ~_ier);
        _ier = (byte)(value & 0x0F);
        // Enabling ETBEI while THR is empty raises the THRE interrupt.
        if ((enabling & Uart16550Registers.IerTransmitterEmpty) != 0 && (_lsr & Uart16550Registers.LsrThrEmpty) != 0)
            _thrEmptyPending = true;
        UpdateInterrupt();
    }

    private void WriteFifoControl(byte value)
    {
        bool wasEnabled = FifosEnabled;
        if ((value & Uart16550Registers.FcrEnable) == 0)
        {
            _fcr = 0; // the other bits are programmed only together with FCR0
            if (wasEnabled)
                ClearReceiver();
        }
        else
        {
            _fcr = (byte)(value & (Uart16550Registers.FcrEnable | Uart16550Registers.FcrDmaMode | Uart16550Registers.FcrTriggerMask));
            if (!wasEnabled || (value & Uart16550Registers.FcrReceiverReset) != 0)
                ClearReceiver();
        }
        UpdateInterrupt();
    }

    private void WriteModemControl(byte value)
    {
        bool wasLoopback = Loopback;
        _mcr = (byte)(value & 0x1F);
        SetModemInputs(Loopback ? LoopbackModemInputs() : HostModemInputs);
        if (wasLoopback && !Loopback)
            ScheduleReceive();
        UpdateInterrupt();
    }

    /// <summary>In loopback the modem outputs feed the modem inputs: RTS→CTS, DTR→DSR, OUT1→RI, OUT2→DCD.</summary>
    private byte LoopbackModemInputs() => (byte)(
        ((_mcr & Uart16550Registers.McrRts) != 0 ? Uart16550Registers.MsrCts : 0)
        | ((_mcr & Uart16550Registers.McrDtr) != 0 ? Uart16550Registers.MsrDsr : 0)
        | ((_mcr & Uart16550Registers.McrOut1) != 0 ? Uart16550Registers.MsrRi : 0)
        | ((_mcr & Uart16550Registers.McrOut2) != 0 ? Uart16550Registers.MsrDcd : 0));

    /// <summary>New levels of CTS, DSR, RI, DCD: sets the delta bits (TERI on RI's trailing edge).</summary>
    private void SetModemInputs(byte inputs)
    {
        byte old = _msr;
        byte changed = (byte)((old ^ inputs) & 0xF0);
        byte deltas = 0;
        if ((changed & Uart16550Registers.MsrCts) != 0) deltas |= Uart16550Registers.MsrDeltaCts;
        if ((changed & Uart16550Registers.MsrDsr) != 0) deltas |= Uart16550Registers.MsrDeltaDsr;
        if ((changed & Uart16550Registers.MsrDcd) != 0) deltas |= Uart16550Registers.MsrDeltaDcd;
        if ((old & Uart16550Registers.MsrRi) != 0 && (inputs & Uart16550Registers.MsrRi) == 0)
            deltas |= Uart16550Registers.MsrTrailingEdgeRi;
        _msr = (byte)(inputs | (old & Uart16550Registers.MsrDeltas) | deltas);
    }

    // ---- the receiver ---------------------------------------------------------------------------------------------

    private int FifoCapacity => FifosEnabled ? Uart16550Registers.FifoSize : 1;

    /// <summary>The receiver FIFO's trigger level (FCR bits 7–6: 1, 4, 8 or 14 characters).</summary>
    public int TriggerLevel => (_fcr >> 6) switch { 0 => 1, 1 => 4, 2 => 8, _ => 14 };

    /// <summary>A character completes in the receive shift register.</summary>
    private void Receive(byte value)
    {
        if (_rxCount == FifoCapacity)
        {
            _lsr |= Uart16550Registers.LsrOverrunError;
            if (!FifosEnabled)
                _rxFifo[_rxHead] = value; // 16450 mode: the new character overwrites RBR
        }
        else
        {
            _rxFifo[(_rxHead + _rxCount) % Uart16550Registers.FifoSize] = value;
            _rxCount++;
        }
        _lsr |= Uart16550Registers.LsrDataReady;
        _timeoutPending = false;
        RestartTimeout();
        UpdateInterrupt();
    }

    private void ClearReceiver()
    {
        _rxHead = _rxCount = 0;
        _lsr &= unchecked((byte)~Uart16550Registers.LsrDataReady);
        _timeoutPending = false;
        _clock.Cancel(_timeoutEvent);
    }

    /// <summary>The character timeout: FIFO mode, data in the FIFO, nothing received or read for four character times.</summary>
    private void RestartTimeout()
    {
        if (FifosEnabled && _rxCount > 0)
            _clock.ScheduleIn(_timeoutEvent, 4 * CharacterTimeNs);
        else
            _clock.Cancel(_timeoutEvent);
    }

    private void OnCharacterTimeout()
    {
        _timeoutPending = FifosEnabled && _rxCount > 0;
        UpdateInterrupt();
    }

    // ---- interrupt identification ------------------------------------------------------------------------------

    /// <summary>IIR in datasheet priority order: line status, received data or timeout, THR empty, modem status.</summary>
    private void UpdateInterrupt()
    {
        bool dataAvailable = FifosEnabled ? _rxCount >= TriggerLevel : _rxCount > 0;
        byte iir;
        if ((_ier & Uart16550Registers.IerLineStatus) != 0 && (_lsr & Uart16550Registers.LsrErrors) != 0)
            iir = Uart16550Registers.IirLineStatus;
        else if ((_ier & Uart16550Registers.IerReceivedData) != 0 && dataAvailable)
            iir = Uart16550Registers.IirReceivedData;
        else if ((_ier & Uart16550Registers.IerReceivedData) != 0 && _timeoutPending)
            iir = Uart16550Registers.IirCharacterTimeout;
        else if ((_ier & Uart16550Registers.IerTransmitterEmpty) != 0 && _thrEmptyPending)
            iir = Uart16550Registers.IirTransmitterEmpty;
        else if ((_ier & Uart16550Registers.IerModemStatus) != 0 && (_msr & Uart16550Registers.MsrDeltas) != 0)
            iir = Uart16550Registers.IirModemStatus;
        else
            iir = Uart16550Registers.IirNoInterrupt;
        _iir = iir;
        OutputsChanged?.Invoke();
    }
}
