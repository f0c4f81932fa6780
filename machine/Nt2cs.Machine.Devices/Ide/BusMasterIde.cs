using System.Buffers.Binary;
using Nt2cs.Machine.Devices.Storage;
using static Nt2cs.Machine.Devices.Ide.BusMasterRegisters;

namespace Nt2cs.Machine.Devices.Ide;

/// <summary>How a bus master transfer through the descriptor table ended (SFF-8038i's Interrupt/Active table).</summary>
public enum DmaOutcome
{
    /// <summary>The regions were exactly the transfer: Active clears (Interrupt follows from the device).</summary>
    Exact,
    /// <summary>The regions were larger than the transfer: Active stays set.</summary>
    TableLarger,
    /// <summary>The end-of-table bit came before the transfer was done: Active clears, Error stays clear.</summary>
    TableSmaller,
    /// <summary>The table or a region was unusable (outside RAM, across 64 KiB, no end bit within 64 KiB): Error set.</summary>
    Error,
}

/// <summary>
/// One channel's bus master IDE function (Intel 82371SB PIIX3 datasheet §2.7.1–2.7.3 and §3.5): the command,
/// status and descriptor table pointer registers, and the walk of the physical region descriptor table that
/// moves a DMA command's data straight between the drive and guest RAM.
/// </summary>
/// <remarks>
/// The table is read from <see cref="DescriptorTablePointer"/> on; each descriptor names a word-aligned region of
/// 2 to 65536 bytes that may not cross a 64 KiB boundary, and the table itself may not cross one either. A table
/// without an end-of-table bit therefore ends at the 64 KiB boundary after its start: that, a descriptor or a
/// region outside RAM (MMIO included), and a region across 64 KiB stop the transfer with the Error bit and a log
/// line.
/// </remarks>
public sealed class BusMasterIde(PhysicalMemory memory, MachineLog log, string name)
{
    private byte _command;
    private byte _status;
    private uint _table;

    public byte CommandRegister => _command;
    public byte StatusRegister => _status;
    public uint DescriptorTable => _table;

    public bool Active => (_status & StatusActive) != 0;

    /// <summary>Called when the Start bit goes from 0 to 1.</summary>
    public Action? Started { get; set; }

    public bool WritesMemory => (_command & CommandWriteToMemory) != 0;

    public uint Read(int offset, int size)
    {
        uint value = offset switch
        {
            Command => _command,
            Status => _status,
            >= DescriptorTablePointer and < DescriptorTablePointer + 4 => _table >> (8 * (offset - DescriptorTablePointer)),
            _ => 0,
        };
        if (size > 1 && offset < DescriptorTablePointer)
            for (int i = 1; i < size; i++)
                value |= Read(offset + i, 1) << (8 * i);
        return size >= 4 ? value : value & ((1u << (8 * size)) - 1);
    }

    public void Write(int offset, int size, uint value)
    {
        if (offset >= DescriptorTablePointer)
        {
            int shift = 8 * (offset - DescriptorTablePointer);
            uint mask = (size >= 4 ? 0xFFFF_FFFFu : (1u << (8 * size)) - 1) << shift;
            _table = ((_table & ~mask) | (value << shift & mask)) & ~3u;
            return;
        }
        for (int i = 0; i < size; i++)
        {
            byte b = (byte)(value >> (8 * i));
            switch (offset + i)
            {
                case Command:
                    WriteCommand(b);
                    break;
                case Status:
                    // Error and Interrupt are write-one-to-clear; the DMA capable bits are plain R/W.
                    _status = (byte)((_status & ~(b & (StatusError | StatusInterrupt)) & ~(StatusDrive0DmaCapable | StatusDrive1DmaCapable))
                        | (b & (StatusDrive0DmaCapable | StatusDrive1DmaCapable)));
                    break;
            }
        }
    }

    private void WriteCommand(byte value)
    {
        bool wasStarted = (_command & CommandStart) != 0;
        bool start = (value & CommandStart) != 0;
        if (wasStarted && start && ((_command ^ value) & CommandWriteToMemory) != 0)
        {
            // §2.7.1: the direction may not change while the bus master is active.
            log.Warn("IDE", $"{name}: BMIC read/write control changed while started; kept");
            value = (byte)((value & ~CommandWriteToMemory) | (_command & CommandWriteToMemory));
        }
        _command = (byte)(value & (CommandStart | CommandWriteToMemory));
        if (!wasStarted && start)
        {
            _status |= StatusActive;
            Started?.Invoke();
        }
        else if (wasStarted && !start)
            _status &= unchecked((byte)~StatusActive); // stopping aborts whatever was left of a transfer
    }

    /// <summary>The device raised its interrupt: BMIS.Interrupt is set (SFF-8038i: whatever the command).</summary>
    public void DeviceInterrupt() => _status |= StatusInterrupt;

    /// <summary>
    /// Moves <paramref name="bytes"/> bytes between the drive at <paramref name="offset"/> and the regions of the
    /// descriptor table, in the direction BMIC says, and sets Active/Error as the outcome says.
    /// </summary>
    public DmaOutcome Transfer(Drive drive, long offset, long bytes)
    {
        var outcome = Walk(drive, offset, bytes, out string? problem);
        if (outcome == DmaOutcome.Error)
        {
            log.Warn("IDE", $"{name}: bus master error: {problem}; BMIS.Error set, transfer stopped");
            _status |= StatusError;
        }
        if (outcome != DmaOutcome.TableLarger)
            _status &= unchecked((byte)~StatusActive);
        return outcome;
    }

    /// <summary>Soft reset of the registers (power-on values: all zero).</summary>
    public void Reset()
    {
        _command = 0;
        _status = 0;
        _table = 0;
    }

    private DmaOutcome Walk(Drive drive, long offset, long bytes, out string? problem)
    {
        problem = null;
        uint entry = _table;
        uint limit = (entry & ~(Boundary - 1)) + Boundary;
        long done = 0;
        while (true)
        {
            if ((ulong)entry + PrdSize > limit)
            {
                problem = $"the descriptor table at 0x{_table:X8} reaches the 64 KiB boundary at 0x{limit:X8} without an end-of-table bit";
                return DmaOutcome.Error;
            }
            if (!memory.IsRam(entry, PrdSize))
            {
                problem = $"descriptor at 0x{entry:X8} is not in RAM";
                return DmaOutcome.Error;
            }
            var prd = memory.Ram(entry, PrdSize);
            uint address = BinaryPrimitives.ReadUInt32LittleEndian(prd) & ~1u;
            uint control = BinaryPrimitives.ReadUInt32LittleEndian(prd[4..]);
            uint count = control & 0xFFFE;
            if (count == 0)
                count = Boundary;
            bool last = (control & PrdEndOfTable) != 0;
            if ((address & (Boundary - 1)) + count > Boundary)
            {
                problem = $"descriptor at 0x{entry:X8}: region 0x{address:X8} + {count} crosses a 64 KiB boundary";
                return DmaOutcome.Error;
            }
            int length = (int)Math.Min(count, bytes - done);
            if (!memory.IsRam(address, (uint)length))
            {
                problem = $"descriptor at 0x{entry:X8}: region 0x{address:X8} + {length} is not in RAM";
                return DmaOutcome.Error;
            }
            var span = memory.Ram(address, length);
            if (WritesMemory)
                drive.Read(offset + done, span);
            else
                drive.Write(offset + done, span);
            done += length;
            if (done == bytes)
                return last && length == count ? DmaOutcome.Exact : DmaOutcome.TableLarger;
            if (last)
                return DmaOutcome.TableSmaller;
            entry += PrdSize;
        }
    }
}
