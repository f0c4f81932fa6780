using System.Buffers.Binary;
using Nt2cs.Machine.Devices.Ide;
using Nt2cs.Machine.Devices.Pci;
using static Nt2cs.Machine.Devices.Ide.AtaRegisters;
using BM = Nt2cs.Machine.Devices.Ide.BusMasterRegisters;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>
/// The firmware's driver for the PIIX3 IDE primary master (ATA/ATAPI-7, PIIX3 datasheet §2.7): legacy command
/// and control blocks, IDENTIFY DEVICE by PIO, READ/WRITE DMA (EXT) through the bus master with a PRD per page of
/// the DMA buffer, FLUSH CACHE (EXT), interrupts off (nIEN) and polled.
/// </summary>
public sealed class IdeDisk : BlockDevice
{
    private const int BufferPages = 16;
    private const uint PageSize = 4096;
    private const long CommandTimeoutUs = 2_000_000;
    private const ushort Cmd = PrimaryCommandBlock, Ctl = PrimaryControlBlock;

    // IDENTIFY DEVICE words (ATA/ATAPI-7 volume 1 §6.17, Table 16).
    private const int WordLba28Sectors = 60, WordCommandSets = 83, WordLba48Sectors = 100;
    private const ushort CommandSets48Bit = 1 << 10;

    private readonly ushort _bmiba;
    private readonly uint _prdTable, _buffer;
    private readonly bool _lba48;
    private readonly byte[] _node = new byte[DevicePath.AtapiLength];

    private IdeDisk(StorageHardware hardware, PciAddress pci, IFirmwareServices services, ushort bmiba) : base(hardware, pci)
    {
        _bmiba = bmiba;
        _prdTable = services.AllocatePages(1);
        _buffer = services.AllocatePages(BufferPages);
        for (int page = 0; page < BufferPages; page++)
            BinaryPrimitives.WriteUInt32LittleEndian(hardware.Ram(_prdTable + (uint)page * BM.PrdSize, 4), _buffer + (uint)page * PageSize);
        DevicePath.Atapi(_node, primarySecondary: 0, slaveMaster: 0);
        Reset();

        Span<ushort> identify = stackalloc ushort[256];
        Issue(0, 0, AtaCommand.IdentifyDevice, lba48: false);
        WaitNotBusy(requireDrq: true, "IDENTIFY DEVICE");
        for (int i = 0; i < identify.Length; i++)
            identify[i] = (ushort)Hardware.Ports.Read(Cmd + Data, 2);
        WaitNotBusy(requireDrq: false, "IDENTIFY DEVICE");
        _lba48 = (identify[WordCommandSets] & CommandSets48Bit) != 0;
        BlockCount = _lba48
            ? identify[WordLba48Sectors] | (ulong)identify[WordLba48Sectors + 1] << 16 | (ulong)identify[WordLba48Sectors + 2] << 32 | (ulong)identify[WordLba48Sectors + 3] << 48
            : identify[WordLba28Sectors] | (ulong)identify[WordLba28Sectors + 1] << 16;
        if (BlockCount == 0)
            throw new DeviceFailureException($"{Name}: IDENTIFY DEVICE reports no sectors");
        WriteCaching = true;
    }

    /// <summary>The primary master of the PIIX3 IDE function at <paramref name="pci"/>, or null when no drive answers there.</summary>
    public static IdeDisk? Probe(StorageHardware hardware, PciAddress pci, IFirmwareServices services)
    {
        hardware.WriteConfig(pci, Piix3IdeFunction.PrimaryIdeTiming, 2,
            hardware.ReadConfig(pci, Piix3IdeFunction.PrimaryIdeTiming, 2) | Piix3IdeFunction.IdeDecodeEnable);
        hardware.EnableCommand(pci, PciCommand.IoSpace | PciCommand.BusMaster);
        ushort bmiba = hardware.IoBar(pci, 4);
        hardware.Ports.WriteByte(Cmd + Device, DeviceLba);
        byte status = hardware.Ports.ReadByte(Ctl);
        if (bmiba == 0 || status is 0x00 or 0xFF)
            return null;
        return new IdeDisk(hardware, pci, services, bmiba);
    }

    public override int MaxTransferBlocks => (int)(BufferPages * PageSize / BlockSize);
    public override byte[] MessagingNode => _node;
    public override string Name => $"IDE {Pci} primary master";

    /// <summary>A software reset of the channel (SRST), leaving interrupts off.</summary>
    public override void Reset()
    {
        Hardware.Ports.WriteByte(Ctl, (byte)(AtaDeviceControl.Srst | AtaDeviceControl.NIen));
        Hardware.Clock.Advance(5_000);
        Hardware.Ports.WriteByte(Ctl, (byte)AtaDeviceControl.NIen);
        WaitNotBusy(requireDrq: false, "software reset");
        Hardware.Ports.WriteByte(Cmd + Device, DeviceLba);
    }

    private void Issue(ulong lba, int count, byte command, bool lba48)
    {
        var ports = Hardware.Ports;
        if (lba48)
        {
            // The previous (high-order) bytes first, then the current ones (48-bit Address feature set).
            ports.WriteByte(Cmd + SectorCount, (byte)(count >> 8));
            ports.WriteByte(Cmd + LbaLow, (byte)(lba >> 24));
            ports.WriteByte(Cmd + LbaMid, (byte)(lba >> 32));
            ports.WriteByte(Cmd + LbaHigh, (byte)(lba >> 40));
            ports.WriteByte(Cmd + SectorCount, (byte)count);
            ports.WriteByte(Cmd + LbaLow, (byte)lba);
            ports.WriteByte(Cmd + LbaMid, (byte)(lba >> 8));
            ports.WriteByte(Cmd + LbaHigh, (byte)(lba >> 16));
            ports.WriteByte(Cmd + Device, DeviceLba);
        }
        else
        {
            ports.WriteByte(Cmd + SectorCount, (byte)count);
            ports.WriteByte(Cmd + LbaLow, (byte)lba);
            ports.WriteByte(Cmd + LbaMid, (byte)(lba >> 8));
            ports.WriteByte(Cmd + LbaHigh, (byte)(lba >> 16));
            ports.WriteByte(Cmd + Device, (byte)(DeviceLba | (byte)((lba >> 24) & 0xF)));
        }
        ports.WriteByte(Cmd + Command, command);
    }

    /// <summary>Polls Alternate Status until BSY clears (and DRQ is as expected); ERR or a timeout is a device failure.</summary>
    private void WaitNotBusy(bool requireDrq, string what)
    {
        long deadline = Hardware.Deadline(CommandTimeoutUs);
        while (true)
        {
            var status = (AtaStatus)Hardware.Ports.ReadByte(Ctl);
            if ((status & AtaStatus.Bsy) == 0)
            {
                if ((status & (AtaStatus.Err | AtaStatus.Df)) != 0)
                {
                    byte error = Hardware.Ports.ReadByte(Cmd + Error);
                    Hardware.Ports.ReadByte(Cmd + Status);
                    throw new DeviceFailureException($"{Name}: {what} failed (status {(byte)status:X2}h, error {error:X2}h)");
                }
                if (!requireDrq || (status & AtaStatus.Drq) != 0)
                    return;
            }
            if (!Hardware.WaitStep(deadline))
                throw new DeviceFailureException($"{Name}: {what} timed out (status {(byte)status:X2}h)");
        }
    }

    private void Dma(ulong lba, int blocks, bool read)
    {
        var ports = Hardware.Ports;
        // A PRD per buffer page the transfer covers; the last one carries EOT.
        int bytes = blocks * (int)BlockSize;
        int pages = (bytes + (int)PageSize - 1) / (int)PageSize;
        for (int page = 0; page < pages; page++)
        {
            uint count = (uint)Math.Min(PageSize, bytes - page * (int)PageSize);
            BinaryPrimitives.WriteUInt32LittleEndian(Hardware.Ram(_prdTable + (uint)page * BM.PrdSize + 4, 4),
                (page == pages - 1 ? BM.PrdEndOfTable : 0) | count);
        }
        ports.WriteByte((ushort)(_bmiba + BM.Command), 0);
        ports.WriteByte((ushort)(_bmiba + BM.Status), BM.StatusError | BM.StatusInterrupt);
        ports.WriteDword((ushort)(_bmiba + BM.DescriptorTablePointer), _prdTable);
        byte command = read
            ? _lba48 ? AtaCommand.ReadDmaExt : AtaCommand.ReadDma
            : _lba48 ? AtaCommand.WriteDmaExt : AtaCommand.WriteDma;
        Issue(lba, blocks, command, _lba48);
        ports.WriteByte((ushort)(_bmiba + BM.Command), (byte)(BM.CommandStart | (read ? BM.CommandWriteToMemory : 0)));
        long deadline = Hardware.Deadline(CommandTimeoutUs);
        while (((AtaStatus)ports.ReadByte(Ctl) & (AtaStatus.Bsy | AtaStatus.Drq)) != 0)
            if (!Hardware.WaitStep(deadline))
            {
                ports.WriteByte((ushort)(_bmiba + BM.Command), 0);
                throw new DeviceFailureException($"{Name}: DMA command {command:X2}h at LBA {lba} timed out");
            }
        ports.WriteByte((ushort)(_bmiba + BM.Command), 0);
        byte bmStatus = ports.ReadByte((ushort)(_bmiba + BM.Status));
        var status = (AtaStatus)ports.ReadByte(Cmd + Status);
        ports.WriteByte((ushort)(_bmiba + BM.Status), BM.StatusError | BM.StatusInterrupt);
        if ((status & (AtaStatus.Err | AtaStatus.Df)) != 0 || (bmStatus & BM.StatusError) != 0)
            throw new DeviceFailureException($"{Name}: DMA command {command:X2}h at LBA {lba} failed (status {(byte)status:X2}h, error {ports.ReadByte(Cmd + Error):X2}h, BMIS {bmStatus:X2}h)");
    }

    public override void Read(ulong lba, int blocks, Span<byte> data)
    {
        Dma(lba, blocks, read: true);
        Hardware.Ram(_buffer, blocks * (int)BlockSize).CopyTo(data);
    }

    public override void Write(ulong lba, int blocks, ReadOnlySpan<byte> data)
    {
        data[..(blocks * (int)BlockSize)].CopyTo(Hardware.Ram(_buffer, blocks * (int)BlockSize));
        Dma(lba, blocks, read: false);
    }

    public override void Flush()
    {
        Issue(0, 0, _lba48 ? AtaCommand.FlushCacheExt : AtaCommand.FlushCache, lba48: false);
        WaitNotBusy(requireDrq: false, "FLUSH CACHE");
        Hardware.Ports.ReadByte(Cmd + Status);
    }
}
