using Nt2cs.Machine.Devices.Storage;
using static Nt2cs.Machine.Devices.Ide.AtaRegisters;

namespace Nt2cs.Machine.Devices.Ide;

/// <summary>
/// An ATA disk as device 0 of a channel (ATA/ATAPI-7 volume 1 and 2): the task file, the PIO data-in, PIO
/// data-out, non-data and DMA protocols (volume 2 §11), software reset, and INTRQ. Device 1 is absent.
/// </summary>
/// <remarks>
/// <para>This file: the registers and the protocols. The commands are in <c>AtaDevice.Commands.cs</c>.</para>
/// <para>Timing is virtual: a command holds BSY for <see cref="CommandLatencyNs"/>, each further PIO block
/// <see cref="BlockLatencyNs"/>, a DMA transfer <see cref="DmaLatencyNs"/> once both the command and the bus
/// master's Start bit are there, a software reset <see cref="ResetDelayNs"/> after SRST falls. While BSY is set a
/// read of any command block register returns Status. Guest misuse never throws: writes while BSY or DRQ are
/// ignored and logged; a data register access without DRQ (or in the wrong direction) aborts the command in
/// progress (ERR, ABRT, no interrupt) with a log line.</para>
/// </remarks>
public sealed partial class AtaDevice
{
    public const long CommandLatencyNs = 2_000;
    public const long BlockLatencyNs = 1_000;
    public const long DmaLatencyNs = 2_000;
    public const long ResetDelayNs = 20_000;
    public const int SectorSize = 512;

    private enum Phase
    {
        Idle,
        /// <summary>BSY: a command or the next block is being worked on (an event is pending).</summary>
        Busy,
        PioIn,
        PioOut,
        /// <summary>A DMA command waits for the bus master (or is transferring).</summary>
        Dma,
        /// <summary>SRST is set, or the reset delay after it is running.</summary>
        Reset,
    }

    private enum Step
    {
        Execute,
        NextReadBlock,
        WriteBlock,
        DmaTransfer,
        ResetDone,
    }

    private readonly VirtualClock _clock;
    private readonly MachineLog _log;
    private readonly string _name;
    private readonly TimerEvent _event;
    private readonly byte[] _buffer = new byte[SectorSize];

    // The 48-bit registers hold their current and previous (HOB) bytes.
    private ushort _features, _sectorCount, _lbaLow, _lbaMid, _lbaHigh;
    private byte _device;
    private byte _status;
    private byte _error;
    private byte _control;
    private bool _interruptPending;

    private Phase _phase;
    private Step _step;
    private byte _command;
    private long _lba;
    private long _sectorsLeft;
    private int _bufferPosition;
    private bool _busMasterWarned;

    public AtaDevice(VirtualClock clock, MachineLog log, Drive drive, BusMasterIde busMaster, string name, string serial)
    {
        _clock = clock;
        _log = log;
        _name = name;
        Drive = drive;
        BusMaster = busMaster;
        Serial = serial;
        Irq = new IrqLine($"{name} INTRQ");
        _event = new TimerEvent($"{name} ATA", OnEvent);
        busMaster.Started = TryStartDma;
        LoadSignature();
        _status = (byte)(AtaStatus.Drdy | AtaStatus.Dsc);
    }

    public Drive Drive { get; }

    public BusMasterIde BusMaster { get; }

    public string Serial { get; }

    /// <summary>INTRQ: asserted while an interrupt is pending and nIEN is clear.</summary>
    public IrqLine Irq { get; }

    /// <summary>Whether the PCI function lets the bus master reach memory (Command.BusMaster).</summary>
    public Func<bool> BusMasterEnabled { get; set; } = () => true;

    public AtaStatus StatusRegister => (AtaStatus)_status;

    public AtaError ErrorRegister => (AtaError)_error;

    private bool Device1Selected => (_device & DeviceDev) != 0;

    private bool Hob => (_control & (byte)AtaDeviceControl.Hob) != 0;

    // ---- command block --------------------------------------------------------------------------------------

    public uint ReadCommandBlock(int offset, int size)
    {
        if (offset == Data)
            return ReadData(size);
        uint value = 0;
        for (int i = 0; i < size && offset + i < CommandBlockSize; i++)
            value |= (uint)ReadRegister(offset + i) << (8 * i);
        return value;
    }

    public void WriteCommandBlock(int offset, int size, uint value)
    {
        if (offset == Data)
        {
            WriteData(size, value);
            return;
        }
        for (int i = 0; i < size && offset + i < CommandBlockSize; i++)
            WriteRegister(offset + i, (byte)(value >> (8 * i)));
    }

    private byte ReadRegister(int offset)
    {
        // Device 1 is absent: device 0 answers its register reads with Status 00h (volume 2 §9.2).
        if (Device1Selected && offset == Status)
            return 0;
        if ((_status & (byte)AtaStatus.Bsy) != 0)
            return _status;
        int half = Hob ? 8 : 0;
        switch (offset)
        {
            case Error: return _error;
            case SectorCount: return (byte)(_sectorCount >> half);
            case LbaLow: return (byte)(_lbaLow >> half);
            case LbaMid: return (byte)(_lbaMid >> half);
            case LbaHigh: return (byte)(_lbaHigh >> half);
            case Device: return _device;
            default:
                // Reading Status acknowledges the interrupt (Alternate Status does not).
                _interruptPending = false;
                UpdateIrq();
                return _status;
        }
    }

    private void WriteRegister(int offset, byte value)
    {
        if (offset == Command)
        {
            WriteCommand(value);
            return;
        }
        if ((_status & (byte)(AtaStatus.Bsy | AtaStatus.Drq)) != 0)
        {
            _log.Warn("IDE", $"{_name}: write of 0x{value:X2} to task file register {offset} while {(_phase == Phase.Reset ? "in reset" : "BSY or DRQ is set")}; ignored");
            return;
        }
        _control &= unchecked((byte)~AtaDeviceControl.Hob); // a command block write clears HOB
        static ushort Push(ushort register, byte value) => (ushort)(register << 8 | value);
        switch (offset)
        {
            case Features: _features = Push(_features, value); break;
            case SectorCount: _sectorCount = Push(_sectorCount, value); break;
            case LbaLow: _lbaLow = Push(_lbaLow, value); break;
            case LbaMid: _lbaMid = Push(_lbaMid, value); break;
            case LbaHigh: _lbaHigh = Push(_lbaHigh, value); break;
            case Device: _device = value; break;
        }
    }

    // ---- control block --------------------------------------------------------------------------------------

    /// <summary>Alternate Status: Status without acknowledging the interrupt.</summary>
    public byte ReadAlternateStatus() => Device1Selected ? (byte)0 : _status;

    /// <summary>Device Control: nIEN, SRST, HOB.</summary>
    public void WriteDeviceControl(byte value)
    {
        bool wasReset = (_control & (byte)AtaDeviceControl.Srst) != 0;
        _control = value;
        bool reset = (value & (byte)AtaDeviceControl.Srst) != 0;
        if (reset && !wasReset)
        {
            _clock.Cancel(_event);
            _phase = Phase.Reset;
            _status = (byte)AtaStatus.Bsy;
            _interruptPending = false;
        }
        else if (!reset && wasReset)
        {
            _step = Step.ResetDone;
            _clock.ScheduleIn(_event, ResetDelayNs);
        }
        UpdateIrq();
    }

    /// <summary>The signature after power-on, reset and EXECUTE DEVICE DIAGNOSTIC (volume 2 §9.12): an ATA device.</summary>
    private void LoadSignature()
    {
        _sectorCount = 0x01;
        _lbaLow = 0x01;
        _lbaMid = 0x00;
        _lbaHigh = 0x00;
        _device = 0x00;
        _error = 0x01; // diagnostic code: device 0 passed, device 1 not present
    }

    // ---- protocols ------------------------------------------------------------------------------------------

    private void WriteCommand(byte command)
    {
        if (Device1Selected)
        {
            _log.Warn("IDE", $"{_name}: command 0x{command:X2} to device 1, which is absent; ignored");
            return;
        }
        if ((_status & (byte)(AtaStatus.Bsy | AtaStatus.Drq)) != 0)
        {
            _log.Warn("IDE", $"{_name}: command 0x{command:X2} written while {(_phase == Phase.Reset ? "in reset" : "BSY or DRQ is set")}; ignored");
            return;
        }
        _control &= unchecked((byte)~AtaDeviceControl.Hob);
        _interruptPending = false;
        UpdateIrq();
        _command = command;
        _error = 0;
        _status = (byte)(AtaStatus.Bsy | AtaStatus.Drdy);
        _phase = Phase.Busy;
        _step = Step.Execute;
        _clock.ScheduleIn(_event, CommandLatencyNs);
    }

    private void OnEvent()
    {
        switch (_step)
        {
            case Step.Execute:
                Execute();
                break;
            case Step.NextReadBlock:
                ReadBlockForHost();
                break;
            case Step.WriteBlock:
                WriteBlockFromHost();
                break;
            case Step.DmaTransfer:
                DmaTransfer();
                break;
            case Step.ResetDone:
                LoadSignature();
                _status = (byte)(AtaStatus.Drdy | AtaStatus.Dsc);
                _phase = Phase.Idle;
                break;
        }
    }

    /// <summary>PIO data-in: the buffer holds a block; DRQ and an interrupt tell the host.</summary>
    private void OfferBlock()
    {
        _bufferPosition = 0;
        _phase = Phase.PioIn;
        _status = (byte)(AtaStatus.Drdy | AtaStatus.Dsc | AtaStatus.Drq);
        RaiseInterrupt();
    }

    private void ReadBlockForHost()
    {
        Drive.Read(_lba * SectorSize, _buffer);
        OfferBlock();
    }

    private void WriteBlockFromHost()
    {
        Drive.Write(_lba * SectorSize, _buffer);
        _lba++;
        if (--_sectorsLeft > 0)
        {
            AcceptBlock();
            RaiseInterrupt();
        }
        else
            Complete();
    }

    /// <summary>PIO data-out: DRQ asks the host for the next block.</summary>
    private void AcceptBlock()
    {
        _bufferPosition = 0;
        _phase = Phase.PioOut;
        _status = (byte)(AtaStatus.Drdy | AtaStatus.Dsc | AtaStatus.Drq);
    }

    private uint ReadData(int size)
    {
        if (_phase != Phase.PioIn || Device1Selected)
        {
            DataProtocolViolation($"{size}-byte read of the data register without data to give (DRQ clear)");
            return size >= 4 ? 0xFFFF_FFFF : (1u << (8 * size)) - 1;
        }
        uint value = 0;
        int words = size >= 4 ? 2 : 1;
        for (int w = 0; w < words && _phase == Phase.PioIn; w++)
        {
            value |= (uint)(_buffer[_bufferPosition] | _buffer[_bufferPosition + 1] << 8) << (16 * w);
            _bufferPosition += 2;
            if (_bufferPosition == SectorSize)
                BlockTakenByHost();
        }
        return size == 1 ? value & 0xFF : value;
    }

    private void BlockTakenByHost()
    {
        if (_command == AtaCommand.IdentifyDevice || --_sectorsLeft == 0)
        {
            _phase = Phase.Idle;
            _status = (byte)(AtaStatus.Drdy | AtaStatus.Dsc);
            return;
        }
        _lba++;
        _phase = Phase.Busy;
        _status = (byte)(AtaStatus.Bsy | AtaStatus.Drdy);
        _step = Step.NextReadBlock;
        _clock.ScheduleIn(_event, BlockLatencyNs);
    }

    private void WriteData(int size, uint value)
    {
        if (_phase != Phase.PioOut || Device1Selected)
        {
            DataProtocolViolation($"{size}-byte write of the data register while the device wants no data (DRQ clear)");
            return;
        }
        int words = size >= 4 ? 2 : 1;
        for (int w = 0; w < words && _phase == Phase.PioOut; w++)
        {
            uint word = value >> (16 * w);
            _buffer[_bufferPosition] = (byte)word;
            _buffer[_bufferPosition + 1] = (byte)(word >> 8);
            _bufferPosition += 2;
            if (_bufferPosition == SectorSize)
            {
                _phase = Phase.Busy;
                _status = (byte)(AtaStatus.Bsy | AtaStatus.Drdy);
                _step = Step.WriteBlock;
                _clock.ScheduleIn(_event, BlockLatencyNs);
            }
        }
    }

    /// <summary>The host broke the data transfer protocol: the command in progress ends with ABRT and no interrupt.</summary>
    private void DataProtocolViolation(string what)
    {
        _log.Warn("IDE", $"{_name}: {what}; command 0x{_command:X2} aborted (ERR, ABRT)");
        if (_phase == Phase.Reset)
            return;
        _clock.Cancel(_event);
        _phase = Phase.Idle;
        _error = (byte)AtaError.Abrt;
        _status = (byte)(AtaStatus.Drdy | AtaStatus.Dsc | AtaStatus.Err);
    }

    // ---- DMA ------------------------------------------------------------------------------------------------

    /// <summary>Starts the transfer once the device has a DMA command and the bus master is started and enabled.</summary>
    public void TryStartDma()
    {
        if (_phase != Phase.Dma || !BusMaster.Active || _event.IsScheduled)
            return;
        if (!BusMasterEnabled())
        {
            if (!_busMasterWarned)
                _log.Warn("IDE", $"{_name}: bus master started while PCI bus mastering is off; the transfer waits");
            _busMasterWarned = true;
            return;
        }
        _step = Step.DmaTransfer;
        _clock.ScheduleIn(_event, DmaLatencyNs);
    }

    private void DmaTransfer()
    {
        if (!BusMaster.Active)
            return; // stopped meanwhile: the command stays waiting until the host resets the device
        bool read = _command is AtaCommand.ReadDma or AtaCommand.ReadDmaExt;
        if (read != BusMaster.WritesMemory)
        {
            _log.Warn("IDE", $"{_name}: DMA command 0x{_command:X2} and BMIC read/write control disagree on the direction; aborted");
            Abort(AtaError.Abrt);
            return;
        }
        switch (BusMaster.Transfer(Drive, _lba * SectorSize, _sectorsLeft * SectorSize))
        {
            case DmaOutcome.Exact:
            case DmaOutcome.TableLarger:
                Complete();
                break;
            case DmaOutcome.TableSmaller:
                _log.Warn("IDE", $"{_name}: the descriptor table ended before the {_sectorsLeft}-sector transfer did; command aborted (ABRT)");
                Abort(AtaError.Abrt);
                break;
            default:
                Abort(AtaError.Abrt);
                break;
        }
    }

    // ---- completion and interrupts --------------------------------------------------------------------------

    private void Complete()
    {
        _phase = Phase.Idle;
        _status = (byte)(AtaStatus.Drdy | AtaStatus.Dsc);
        RaiseInterrupt();
    }

    private void Abort(AtaError error)
    {
        _phase = Phase.Idle;
        _error = (byte)error;
        _status = (byte)(AtaStatus.Drdy | AtaStatus.Dsc | AtaStatus.Err);
        RaiseInterrupt();
    }

    private void RaiseInterrupt()
    {
        _interruptPending = true;
        BusMaster.DeviceInterrupt();
        UpdateIrq();
    }

    private void UpdateIrq() =>
        Irq.Set(_interruptPending && (_control & (byte)AtaDeviceControl.NIen) == 0);
}
