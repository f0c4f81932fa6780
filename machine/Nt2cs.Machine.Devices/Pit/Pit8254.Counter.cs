namespace Nt2cs.Machine.Devices;

public sealed partial class Pit8254
{
    /// <summary>
    /// One 8254 counter: control word, count register (CR), counting element (CE), output latch (OL), status
    /// latch, GATE and OUT (datasheet "Operational Description" and "Mode Definitions").
    /// </summary>
    /// <remarks>
    /// The counting element is not stepped tick by tick: while running, it is a function of the elapsed ticks
    /// <c>e</c> since the tick at which the count was loaded (<see cref="_loadTick"/>), per mode:
    /// <list type="bullet">
    /// <item>mode 0 (interrupt on terminal count) and 1 (one-shot): CE = N − e (mod 2¹⁶ or 10⁴), OUT high once e ≥ N;</item>
    /// <item>mode 2 (rate generator): CE = N − (e mod N), OUT low only while CE = 1;</item>
    /// <item>mode 3 (square wave): OUT high for the first ⌈N/2⌉ ticks of each period, low for the rest; CE counts
    /// down by two within each half (from N when N is even, from N − 1 when odd);</item>
    /// <item>modes 4 and 5 (strobes): CE = N − e, OUT low only at e = N.</item>
    /// </list>
    /// </remarks>
    private sealed class Counter(Pit8254 pit, int index)
    {
        public int Mode;
        public PitAccess Access;
        public bool BcdMode;
        public bool Gate = true;

        // Count register and the byte sequencing of the RW mode.
        private ushort _countRegister;
        private bool _writeHighNext;
        private byte _lowByteWritten;
        private bool _readHighNext;

        // Counting element.
        private bool _running;
        private long _loadTick;
        private int _n;
        private long _pauseTick = -1;   // modes 0 and 4: GATE low since this tick
        private int _armedN;            // the last count written, for a (re)trigger
        private int _idleCount;         // CE while not running
        private bool _outputWhileIdle;  // OUT while not running

        // A count written to a running mode 2/3 counter, loaded at the end of the current period.
        private bool _pending;
        private long _pendingTick;
        private int _pendingN;

        private long _nullCountUntil;   // NULL COUNT while tick < this

        // Output latch and status latch.
        private bool _countLatched;
        private ushort _latchedCount;
        private bool _latchReadHighNext;
        private bool _statusLatched;
        private byte _latchedStatus;

        private int Modulus => BcdMode ? 10_000 : 65_536;

        /// <summary>Power-on (undefined in the datasheet): mode 3 with no count written, OUT high, not counting.</summary>
        public void Reset()
        {
            Mode = 3;
            Access = PitAccess.LowThenHighByte;
            BcdMode = false;
            Gate = true;
            _countRegister = 0;
            _writeHighNext = _readHighNext = false;
            _running = false;
            _pauseTick = -1;
            _armedN = 0;
            _idleCount = 0;
            _outputWhileIdle = true;
            _pending = false;
            _nullCountUntil = 0;
            _countLatched = _statusLatched = false;
        }

        // ---- the guest's view ------------------------------------------------------------------------------------

        /// <summary>A control word addressed to this counter (RW ≠ 00): all control logic is reset.</summary>
        public void WriteControlWord(byte value, long tick)
        {
            Commit(tick);
            _idleCount = CountingElement(tick);
            Mode = (value >> Pit8254Registers.ModeShift) & 7;
            if (Mode > 5)
                Mode -= 4; // 110 and 111 are modes 2 and 3
            Access = (PitAccess)((value >> Pit8254Registers.AccessShift) & 3);
            BcdMode = (value & Pit8254Registers.Bcd) != 0;
            _running = false;
            _pending = false;
            _pauseTick = -1;
            _armedN = 0;
            _outputWhileIdle = Mode != 0; // mode 0: OUT low after the control word; other modes: high
            _writeHighNext = _readHighNext = false;
            _countLatched = false;
            _nullCountUntil = long.MaxValue;
        }

        public void WriteCount(byte value, long tick)
        {
            Commit(tick);
            switch (Access)
            {
                case PitAccess.LowByteOnly:
                    _countRegister = value;
                    break;
                case PitAccess.HighByteOnly:
                    _countRegister = (ushort)(value << 8);
                    break;
                default:
                    if (!_writeHighNext)
                    {
                        _lowByteWritten = value;
                        _writeHighNext = true;
                        if (Mode == 0)
                        {
                            // Writing the first byte disables counting; OUT goes low at once.
                            _idleCount = CountingElement(tick);
                            _running = false;
                            _outputWhileIdle = false;
                        }
                        return;
                    }
                    _countRegister = (ushort)(_lowByteWritten | value << 8);
                    _writeHighNext = false;
                    break;
            }
            CountWritten(tick);
        }

        /// <summary>A complete count is in CR: when it reaches CE depends on the mode.</summary>
        private void CountWritten(long tick)
        {
            int n = Decode(_countRegister);
            if ((Mode == 2 || Mode == 3) && n < 2)
            {
                pit._log.Warn("PIT", $"counter {index}: a count of 1 is illegal in mode {Mode}; 2 is used");
                n = 2;
            }
            _armedN = n;
            switch (Mode)
            {
                case 0:
                case 4:
                    Start(n, tick + 1); // loaded on the next CLK pulse, which does not decrement it
                    break;
                case 1:
                case 5:
                    _nullCountUntil = long.MaxValue; // loaded at the next trigger
                    break;
                default:
                    if (!_running || tick < _loadTick)
                    {
                        if (Gate)
                            Start(n, tick + 1);
                        else
                        {
                            _running = false;
                            _nullCountUntil = long.MaxValue;
                        }
                    }
                    else
                    {
                        long into = Elapsed(tick) % _n;
                        _pending = true;
                        _pendingTick = tick - into + _n;
                        _pendingN = n;
                        _nullCountUntil = _pendingTick;
                    }
                    break;
            }
        }

        /// <summary>The counter latch command: OL holds CE until read (a second latch before the read is ignored).</summary>
        public void LatchCount(long tick)
        {
            if (_countLatched)
                return;
            _latchedCount = Encode(CountingElement(tick));
            _countLatched = true;
            _latchReadHighNext = false;
        }

        /// <summary>Read-back status: OUT, NULL COUNT, RW, mode, BCD.</summary>
        public void LatchStatus(long tick)
        {
            if (_statusLatched)
                return;
            _latchedStatus = (byte)((Output(tick) ? Pit8254Registers.StatusOutput : 0)
                | (tick < _nullCountUntil ? Pit8254Registers.StatusNullCount : 0)
                | (int)Access << Pit8254Registers.AccessShift
                | Mode << Pit8254Registers.ModeShift
                | (BcdMode ? Pit8254Registers.Bcd : 0));
            _statusLatched = true;
        }

        public byte Read(long tick)
        {
            if (_statusLatched)
            {
                _statusLatched = false;
                return _latchedStatus;
            }
            if (_countLatched)
            {
                bool high = Access == PitAccess.HighByteOnly || (Access == PitAccess.LowThenHighByte && _latchReadHighNext);
                if (Access == PitAccess.LowThenHighByte && !_latchReadHighNext)
                    _latchReadHighNext = true;
                else
                    _countLatched = false;
                return high ? (byte)(_latchedCount >> 8) : (byte)_latchedCount;
            }
            ushort count = Encode(CountingElement(tick));
            switch (Access)
            {
                case PitAccess.HighByteOnly:
                    return (byte)(count >> 8);
                case PitAccess.LowThenHighByte:
                    _readHighNext = !_readHighNext;
                    return _readHighNext ? (byte)count : (byte)(count >> 8);
                default:
                    return (byte)count;
            }
        }

        public void SetGate(bool level, long tick)
        {
            Commit(tick);
            if (Gate == level)
                return;
            Gate = level;
            switch (Mode)
            {
                case 0:
                case 4:
                    // GATE low suspends counting; counting resumes on the CLK after GATE returns high.
                    if (!level)
                        _pauseTick = tick;
                    else if (_pauseTick >= 0)
                    {
                        if (tick >= _loadTick)
                            _loadTick = tick - Math.Max(0, _pauseTick - _loadTick);
                        _pauseTick = -1;
                    }
                    break;
                case 1:
                case 5:
                    // A rising edge triggers (or retriggers) the count.
                    if (level && _armedN > 0)
                        Start(_armedN, tick + 1);
                    break;
                default:
                    // GATE low stops the count and forces OUT high; a rising edge reloads the count.
                    if (!level)
                    {
                        if (_running)
                            _idleCount = CountingElement(tick);
                        _running = false;
                        _pending = false;
                        _outputWhileIdle = true;
                    }
                    else if (_armedN > 0)
                        Start(_armedN, tick + 1);
                    break;
            }
        }

        // ---- the counting element as a function of time ---------------------------------------------------------

        private void Start(int n, long loadTick)
        {
            _n = n;
            _loadTick = loadTick;
            _running = true;
            _pending = false;
            _pauseTick = (Mode == 0 || Mode == 4) && !Gate ? loadTick : -1;
            _nullCountUntil = loadTick;
        }

        /// <summary>Loads a pending mode 2/3 count once its period boundary has passed.</summary>
        private void Commit(long tick)
        {
            if (_pending && tick >= _pendingTick)
            {
                _loadTick = _pendingTick;
                _n = _pendingN;
                _pending = false;
            }
        }

        /// <summary>Ticks counted since the load (frozen while GATE suspends a mode 0/4 count).</summary>
        private long Elapsed(long tick)
        {
            long until = _pauseTick >= 0 ? Math.Min(tick, _pauseTick) : tick;
            return Math.Max(0, until - _loadTick);
        }

        public int CountingElement(long tick)
        {
            Commit(tick);
            if (!_running || tick < _loadTick)
                return _idleCount;
            long e = Elapsed(tick);
            switch (Mode)
            {
                case 2:
                    return _n - (int)(e % _n);
                case 3:
                {
                    int phase = (int)(e % _n), high = (_n + 1) / 2;
                    int q = phase < high ? phase : phase - high;
                    return (_n % 2 == 0 ? _n : _n - 1) - 2 * q;
                }
                default:
                {
                    int m = Modulus;
                    return (int)(((_n - e) % m + m) % m);
                }
            }
        }

        public bool Output(long tick)
        {
            Commit(tick);
            if (!_running || tick < _loadTick)
                return _outputWhileIdle;
            long e = Elapsed(tick);
            return Mode switch
            {
                0 or 1 => e >= _n,
                2 => e % _n != _n - 1,
                3 => e % _n < (_n + 1) / 2,
                _ => e != _n,
            };
        }

        /// <summary>The first tick after <paramref name="tick"/> at which OUT may change, or <see cref="long.MaxValue"/>.</summary>
        public long NextOutputChange(long tick)
        {
            Commit(tick);
            if (!_running)
                return long.MaxValue;
            if (tick < _loadTick)
                return _loadTick;
            if (_pauseTick >= 0)
                return long.MaxValue;
            long e = tick - _loadTick;
            long next;
            switch (Mode)
            {
                case 0:
                case 1:
                    next = e < _n ? _loadTick + _n : long.MaxValue;
                    break;
                case 2:
                {
                    long phase = e % _n, periodStart = tick - phase;
                    next = phase < _n - 1 ? periodStart + _n - 1 : periodStart + _n;
                    break;
                }
                case 3:
                {
                    long phase = e % _n, periodStart = tick - phase, high = (_n + 1) / 2;
                    next = phase < high ? periodStart + high : periodStart + _n;
                    break;
                }
                default:
                    next = e < _n ? _loadTick + _n : e == _n ? _loadTick + _n + 1 : long.MaxValue;
                    break;
            }
            return _pending && next > _pendingTick ? _pendingTick : next;
        }

        // ---- count encoding --------------------------------------------------------------------------------------

        /// <summary>CR as a count: 0 is the largest count (2¹⁶ binary, 10⁴ BCD).</summary>
        private int Decode(ushort raw)
        {
            if (!BcdMode)
                return raw == 0 ? 65_536 : raw;
            int value = 0;
            for (int shift = 12; shift >= 0; shift -= 4)
            {
                int digit = (raw >> shift) & 0xF;
                if (digit > 9)
                    pit._log.Warn("PIT", $"counter {index}: 0x{raw:X4} is not a BCD count");
                value = value * 10 + Math.Min(digit, 9);
            }
            return value == 0 ? 10_000 : value;
        }

        private ushort Encode(int count)
        {
            if (!BcdMode)
                return (ushort)count;
            count %= 10_000;
            return (ushort)((count / 1000) << 12 | (count / 100 % 10) << 8 | (count / 10 % 10) << 4 | count % 10);
        }
    }
}
