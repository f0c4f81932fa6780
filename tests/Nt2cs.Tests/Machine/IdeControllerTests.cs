using System.Buffers.Binary;
using System.Text;
using Nt2cs.Machine;
using Nt2cs.Machine.Devices.Ide;
using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Machine.Devices.Storage;
using Xunit;
using A = Nt2cs.Machine.Devices.Ide.AtaRegisters;
using BM = Nt2cs.Machine.Devices.Ide.BusMasterRegisters;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The PIIX3 IDE function and its ATA disk against ATA/ATAPI-7 and the PIIX3 datasheet, driven as a guest drives
/// them: configuration cycles, the legacy ports and the bus master ports through the port bus, PRD tables and
/// data in RAM, IRQ 14 at the interrupt router, virtual time.
/// </summary>
public sealed class IdeControllerTests : IDisposable
{
    private const ushort Cmd = A.PrimaryCommandBlock, Ctl = A.PrimaryControlBlock, Bmiba = 0xC040;
    private const uint Prd = 0x10000, Data = 0x40000;
    private const int Sectors = 1024;
    private const byte Ready = (byte)(AtaStatus.Drdy | AtaStatus.Dsc);

    private readonly MachineLog _log = new();
    private readonly PhysicalMemory _memory;
    private readonly VirtualClock _clock = new();
    private readonly IoPortBus _ports;
    private readonly InterruptRouter _router = new();
    private readonly PciBus _bus;
    private readonly string _image = Path.Combine(Path.GetTempPath(), $"nt2cs-ide-{Guid.NewGuid():N}.img");
    private readonly Drive _drive;
    private readonly Piix3IdeFunction _ide;

    public IdeControllerTests()
    {
        var image = new byte[Sectors * 512];
        for (int i = 0; i < image.Length; i++)
            image[i] = (byte)(i / 512 + i % 7);
        File.WriteAllBytes(_image, image);
        _memory = new PhysicalMemory(16u << 20, _log);
        _ports = new IoPortBus(_log);
        _bus = new PciBus(_memory, _ports, _router, _log);
        _drive = Drive.Open(_image, persist: false);
        _ide = new Piix3IdeFunction(_memory, _clock, _ports, _log, _drive, "SERIAL-42");
        _bus.Add(_ide, 1, 1);
        _router.ConnectIsa(_ide.Primary!.Irq, A.PrimaryIrq);
        _ide.WriteConfig(PciConfigRegisters.BarOffset(4), 4, Bmiba);
        _ide.WriteConfig(Piix3IdeFunction.PrimaryIdeTiming, 2, Piix3IdeFunction.IdeDecodeEnable);
        _ide.WriteConfig(PciConfigRegisters.Command, 2, (uint)(PciCommand.IoSpace | PciCommand.BusMaster));
    }

    public void Dispose()
    {
        _drive.Dispose();
        _memory.Dispose();
        File.Delete(_image);
    }

    private static byte ImageByte(long offset) => (byte)(offset / 512 + offset % 7);

    private byte In(ushort port) => _ports.ReadByte(port);
    private void Out(ushort port, byte value) => _ports.WriteByte(port, value);
    private byte Status => In(Cmd + A.Status);
    private byte AltStatus => In(Ctl);
    private byte Error => In(Cmd + A.Error);
    private bool Irq14 => _router.IsAsserted(_router.IsaIrqToGsi(14));
    private void Settle() => _clock.Advance(1_000_000);

    private void TaskFile28(uint lba, byte count)
    {
        Out(Cmd + A.SectorCount, count);
        Out(Cmd + A.LbaLow, (byte)lba);
        Out(Cmd + A.LbaMid, (byte)(lba >> 8));
        Out(Cmd + A.LbaHigh, (byte)(lba >> 16));
        Out(Cmd + A.Device, (byte)(0xE0 | (lba >> 24 & 0xF)));
    }

    private void TaskFile48(ulong lba, ushort count)
    {
        Out(Cmd + A.SectorCount, (byte)(count >> 8));
        Out(Cmd + A.LbaLow, (byte)(lba >> 24));
        Out(Cmd + A.LbaMid, (byte)(lba >> 32));
        Out(Cmd + A.LbaHigh, (byte)(lba >> 40));
        Out(Cmd + A.SectorCount, (byte)count);
        Out(Cmd + A.LbaLow, (byte)lba);
        Out(Cmd + A.LbaMid, (byte)(lba >> 8));
        Out(Cmd + A.LbaHigh, (byte)(lba >> 16));
        Out(Cmd + A.Device, 0x40);
    }

    private void Command(byte command)
    {
        Out(Cmd + A.Command, command);
        Assert.Equal((byte)AtaStatus.Bsy, AltStatus & (byte)AtaStatus.Bsy);
        Settle();
    }

    private byte[] ReadBlock()
    {
        var block = new byte[512];
        for (int i = 0; i < 512; i += 2)
            BinaryPrimitives.WriteUInt16LittleEndian(block.AsSpan(i), _ports.ReadWord(Cmd));
        return block;
    }

    private void WriteBlock(ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < 512; i += 4)
            _ports.WriteDword(Cmd, BinaryPrimitives.ReadUInt32LittleEndian(block[i..]));
    }

    private void WritePrds(params (uint Address, uint Count, bool Last)[] prds)
    {
        for (int i = 0; i < prds.Length; i++)
        {
            _memory.WriteUInt32(Prd + (uint)i * 8, prds[i].Address);
            _memory.WriteUInt32(Prd + (uint)i * 8 + 4, (prds[i].Count & 0xFFFF) | (prds[i].Last ? BM.PrdEndOfTable : 0));
        }
    }

    private void StartBusMaster(bool toMemory, uint table = Prd)
    {
        _ports.WriteDword(Bmiba + BM.DescriptorTablePointer, table);
        Out(Bmiba + BM.Status, BM.StatusError | BM.StatusInterrupt);
        Out(Bmiba + BM.Command, (byte)(BM.CommandStart | (toMemory ? BM.CommandWriteToMemory : 0)));
    }

    private ushort IdentifyWord(byte[] data, int word) => BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(word * 2));

    private byte[] Identify()
    {
        Out(Cmd + A.Device, 0xA0);
        Command(AtaCommand.IdentifyDevice);
        Assert.Equal(Ready | (byte)AtaStatus.Drq, Status);
        var data = ReadBlock();
        Assert.Equal(Ready, AltStatus);
        return data;
    }

    // ---- PCI ---------------------------------------------------------------------------------------------------

    [Fact]
    public void PciIdentityAndBars()
    {
        Assert.Equal(0x8086, _ide.VendorId);
        Assert.Equal(0x7010, _ide.DeviceId);
        Assert.Equal(0x010180u, _ide.ClassCode);
        Assert.Equal(PciInterruptPin.None, _ide.InterruptPin);
        for (int bar = 0; bar < 4; bar++)
            Assert.Equal(0u, _ide.ReadConfig(PciConfigRegisters.BarOffset(bar), 4));
        _ide.WriteConfig(PciConfigRegisters.BarOffset(4), 4, 0xFFFF_FFFF);
        Assert.Equal(0xFFFF_FFF1u, _ide.ReadConfig(PciConfigRegisters.BarOffset(4), 4)); // 16 ports, I/O
        _ide.WriteConfig(PciConfigRegisters.BarOffset(4), 4, Bmiba);
        Assert.Equal(Bmiba | 1u, _ide.ReadConfig(PciConfigRegisters.BarOffset(4), 4));
    }

    [Fact]
    public void LegacyPortsDecodeOnlyWithIoSpaceAndTheIdeDecodeEnableBit()
    {
        Assert.Equal(Ready, Status);
        _ide.WriteConfig(Piix3IdeFunction.PrimaryIdeTiming, 2, 0);
        Assert.False(_ide.PrimaryDecoded);
        Assert.Equal(0xFF, Status); // nothing answers at 0x1F7
        _ide.WriteConfig(Piix3IdeFunction.PrimaryIdeTiming, 2, Piix3IdeFunction.IdeDecodeEnable);
        _ide.WriteConfig(PciConfigRegisters.Command, 2, (uint)PciCommand.BusMaster);
        Assert.False(_ide.PrimaryDecoded);
        _ide.WriteConfig(PciConfigRegisters.Command, 2, (uint)(PciCommand.IoSpace | PciCommand.BusMaster));
        Assert.Equal(Ready, Status);
    }

    [Fact]
    public void BusMasterRegistersResetToZeroAndKeepTheirWritableBits()
    {
        Assert.Equal(0, In(Bmiba + BM.Command));
        Assert.Equal(0, In(Bmiba + BM.Status));
        Assert.Equal(0u, _ports.ReadDword(Bmiba + BM.DescriptorTablePointer));
        _ports.WriteDword(Bmiba + BM.DescriptorTablePointer, 0x1234_5677);
        Assert.Equal(0x1234_5674u, _ports.ReadDword(Bmiba + BM.DescriptorTablePointer)); // bits 1:0 reserved
        Out(Bmiba + BM.Status, 0xFF);
        Assert.Equal(BM.StatusDrive0DmaCapable | BM.StatusDrive1DmaCapable, In(Bmiba + BM.Status));
        Out(Bmiba + BM.Command, 0xFF);
        Assert.Equal(BM.CommandStart | BM.CommandWriteToMemory, In(Bmiba + BM.Command));
        Assert.Equal(BM.StatusActive, In(Bmiba + BM.Status) & BM.StatusActive);
        Out(Bmiba + BM.Command, 0);
        Assert.Equal(0, In(Bmiba + BM.Status) & BM.StatusActive);
        Assert.Equal(0u, _ports.ReadDword(Bmiba + BM.SecondaryChannel + BM.DescriptorTablePointer));
    }

    // ---- reset -------------------------------------------------------------------------------------------------

    [Fact]
    public void PowerOnStateIsReadyWithTheAtaSignature()
    {
        Assert.Equal(Ready, Status);
        Assert.Equal(0x01, Error);
        Assert.Equal(0x01, In(Cmd + A.SectorCount));
        Assert.Equal(0x01, In(Cmd + A.LbaLow));
        Assert.Equal(0x00, In(Cmd + A.LbaMid));
        Assert.Equal(0x00, In(Cmd + A.LbaHigh));
        Assert.False(Irq14);
    }

    [Fact]
    public void SoftwareResetHoldsBsyUntilTheDelayAfterSrstFallsThenLoadsTheSignature()
    {
        TaskFile28(0x123456, 9);
        Out(Ctl, (byte)AtaDeviceControl.Srst);
        Assert.Equal((byte)AtaStatus.Bsy, AltStatus);
        _clock.Advance(10 * AtaDevice.ResetDelayNs);
        Assert.Equal((byte)AtaStatus.Bsy, AltStatus); // still held while SRST is set
        Out(Ctl, 0);
        _clock.Advance(AtaDevice.ResetDelayNs - 1);
        Assert.Equal((byte)AtaStatus.Bsy, AltStatus);
        Assert.Equal((byte)AtaStatus.Bsy, In(Cmd + A.LbaLow)); // any command block read returns Status while BSY
        _clock.Advance(1);
        Assert.Equal(Ready, AltStatus);
        Assert.Equal(0x01, Error);
        Assert.Equal(0x01, In(Cmd + A.SectorCount));
        Assert.Equal(0x01, In(Cmd + A.LbaLow));
        Assert.Equal(0x00, In(Cmd + A.LbaMid));
        Assert.Equal(0x00, In(Cmd + A.LbaHigh));
        Assert.Equal(0x00, In(Cmd + A.Device));
        Assert.False(Irq14);
    }

    /// <summary>The reset's signature includes Device 00h: device 0 is selected afterwards whichever was before
    /// (QEMU's channel keeps the earlier selection; QemuOracleTests' driver selects device 0 itself).</summary>
    [Fact]
    public void SoftwareResetWithDevice1SelectedLeavesDevice0Selected()
    {
        Out(Cmd + A.Device, 0xB0);
        Out(Ctl, (byte)AtaDeviceControl.Srst);
        Out(Ctl, 0);
        Settle();
        Assert.Equal(0x00, In(Cmd + A.Device));
        Assert.Equal(Ready, Status);
        Assert.Equal(0x01, Error);
        Assert.Equal(0x01, In(Cmd + A.SectorCount));
        Assert.Equal(0x00, In(Cmd + A.LbaHigh));
    }

    [Fact]
    public void SoftwareResetEndsACommandInProgress()
    {
        TaskFile28(0, 4);
        Command(AtaCommand.ReadSectors);
        Assert.Equal((byte)AtaStatus.Drq, Status & (byte)AtaStatus.Drq);
        Out(Ctl, (byte)AtaDeviceControl.Srst);
        Out(Ctl, 0);
        Settle();
        Assert.Equal(Ready, Status);
        Assert.Equal(0xFFFF, _ports.ReadWord(Cmd)); // no data any more
    }

    [Fact]
    public void AbsentDevice1ReadsStatusZeroAndIgnoresCommands()
    {
        Out(Cmd + A.Device, 0xB0);
        Assert.Equal(0, Status);
        Assert.Equal(0, AltStatus);
        Out(Cmd + A.Command, AtaCommand.IdentifyDevice);
        Settle();
        Assert.False(Irq14);
        Out(Cmd + A.Device, 0xA0);
        Assert.Equal(Ready, Status);
    }

    // ---- IDENTIFY ----------------------------------------------------------------------------------------------

    [Fact]
    public void IdentifyDeviceGivesTheWordsADriverReads()
    {
        var data = Identify();
        string Text(int word, int words)
        {
            var chars = new char[words * 2];
            for (int i = 0; i < words * 2; i++)
                chars[i] = (char)data[word * 2 + (i ^ 1)];
            return new string(chars).TrimEnd();
        }
        Assert.Equal(0, IdentifyWord(data, 0) & 0x8000); // ATA device
        Assert.Equal("SERIAL-42", Text(AtaIdentify.SerialNumber, 10));
        Assert.Equal(AtaDevice.Model, Text(AtaIdentify.ModelNumber, 20));
        Assert.Equal(AtaIdentify.CapabilityLba | AtaIdentify.CapabilityDma, IdentifyWord(data, 49) & 0x0300);
        Assert.Equal((uint)Sectors, IdentifyWord(data, 60) | (uint)IdentifyWord(data, 61) << 16);
        Assert.Equal((ulong)Sectors, IdentifyWord(data, 100) | (ulong)IdentifyWord(data, 101) << 16 | (ulong)IdentifyWord(data, 102) << 32 | (ulong)IdentifyWord(data, 103) << 48);
        Assert.Equal(0x4000 | AtaIdentify.FlushCacheExt | AtaIdentify.FlushCache | AtaIdentify.Address48, IdentifyWord(data, 83) & 0xFC00 & ~0x8000);
        Assert.Equal(AtaIdentify.WriteCache, IdentifyWord(data, 82) & AtaIdentify.WriteCache);
        Assert.Equal(AtaIdentify.WriteCache, IdentifyWord(data, 85) & AtaIdentify.WriteCache); // on by default
        Assert.Equal(AtaIdentify.Address48, IdentifyWord(data, 86) & AtaIdentify.Address48);
        Assert.Equal(0xA5, data[510]);
        Assert.Equal(0, data.Aggregate(0, (sum, b) => (sum + b) & 0xFF));
    }

    [Fact]
    public void IdentifyInterruptsOnDrqAndReadingStatusAcknowledges()
    {
        Out(Cmd + A.Device, 0xA0);
        Out(Cmd + A.Command, AtaCommand.IdentifyDevice);
        Assert.False(Irq14);
        _clock.Advance(AtaDevice.CommandLatencyNs - 1);
        Assert.Equal((byte)AtaStatus.Bsy, AltStatus & (byte)AtaStatus.Bsy);
        _clock.Advance(1);
        Assert.True(Irq14);
        Assert.Equal(BM.StatusInterrupt, In(Bmiba + BM.Status) & BM.StatusInterrupt);
        Assert.Equal(Ready | (byte)AtaStatus.Drq, AltStatus);
        Assert.True(Irq14); // Alternate Status does not acknowledge
        Assert.Equal(Ready | (byte)AtaStatus.Drq, Status);
        Assert.False(Irq14);
    }

    [Fact]
    public void NIenKeepsIrq14Low()
    {
        Out(Ctl, (byte)AtaDeviceControl.NIen);
        Out(Cmd + A.Device, 0xA0);
        Command(AtaCommand.IdentifyDevice);
        Assert.False(Irq14);
        Out(Ctl, 0);
        Assert.True(Irq14); // the interrupt is still pending: clearing nIEN shows it
        _ = Status;
        Assert.False(Irq14);
    }

    // ---- PIO ---------------------------------------------------------------------------------------------------

    [Fact]
    public void ReadSectorsGivesEachBlockWithItsOwnInterrupt()
    {
        TaskFile28(7, 3);
        Command(AtaCommand.ReadSectors);
        for (int s = 0; s < 3; s++)
        {
            Assert.True(Irq14, $"no interrupt for block {s}");
            Assert.Equal(Ready | (byte)AtaStatus.Drq, Status);
            var block = ReadBlock();
            for (int i = 0; i < 512; i++)
                Assert.Equal(ImageByte((7 + s) * 512L + i), block[i]);
            if (s < 2)
            {
                Assert.Equal((byte)AtaStatus.Bsy, AltStatus & (byte)AtaStatus.Bsy);
                Settle();
            }
        }
        Assert.Equal(Ready, Status);
        Assert.False(Irq14);
    }

    [Fact]
    public void WriteSectorsTakesBlocksAndInterruptsAfterEach()
    {
        TaskFile28(100, 2);
        Command(AtaCommand.WriteSectors);
        Assert.False(Irq14); // PIO data-out: no interrupt before the first block
        Assert.Equal(Ready | (byte)AtaStatus.Drq, Status);
        var pattern = Enumerable.Range(0, 1024).Select(i => (byte)(i * 3 + 1)).ToArray();
        WriteBlock(pattern.AsSpan(0, 512));
        Assert.Equal((byte)AtaStatus.Bsy, AltStatus & (byte)AtaStatus.Bsy);
        Settle();
        Assert.True(Irq14);
        Assert.Equal(Ready | (byte)AtaStatus.Drq, Status);
        WriteBlock(pattern.AsSpan(512, 512));
        Settle();
        Assert.True(Irq14);
        Assert.Equal(Ready, Status);
        var back = new byte[1024];
        _drive.Read(100 * 512, back);
        Assert.Equal(pattern, back);
    }

    [Fact]
    public void Ext48BitCommandsUseThePreviousRegisterBytes()
    {
        TaskFile48(1000, 2);
        Out(Ctl, (byte)AtaDeviceControl.Hob);
        Assert.Equal(0, In(Cmd + A.SectorCount)); // previous byte of the count
        Out(Ctl, 0);
        Assert.Equal(2, In(Cmd + A.SectorCount));
        Command(AtaCommand.ReadSectorsExt);
        Assert.Equal(ImageByte(1000 * 512L), ReadBlock()[0]);
        Settle();
        Assert.Equal(ImageByte(1001 * 512L + 5), ReadBlock()[5]);
        Assert.Equal(Ready, Status);

        // The same low bytes with a high byte set is far past the end: IDNF.
        TaskFile48(1000 | 1ul << 32, 1);
        Command(AtaCommand.ReadSectorsExt);
        Assert.Equal(Ready | (byte)AtaStatus.Err, Status);
        Assert.Equal((byte)AtaError.Idnf, Error);
    }

    [Fact]
    public void OutOfRangeLbaIsIdnf()
    {
        TaskFile28(Sectors - 1, 2);
        Command(AtaCommand.ReadSectors);
        Assert.True(Irq14);
        Assert.Equal(Ready | (byte)AtaStatus.Err, Status);
        Assert.Equal((byte)AtaError.Idnf, Error);
        Assert.Contains(_log.Recent, l => l.Contains("IDNF", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownCommandsAndChsAddressesAreAborted()
    {
        Out(Cmd + A.Device, 0xA0);
        Command(0x00); // NOP: not supported here
        Assert.Equal(Ready | (byte)AtaStatus.Err, Status);
        Assert.Equal((byte)AtaError.Abrt, Error);
        TaskFile28(0, 1);
        Out(Cmd + A.Device, 0xA0); // LBA bit clear: CHS
        Command(AtaCommand.ReadSectors);
        Assert.Equal((byte)AtaError.Abrt, Error);
        Out(Cmd + A.Features, 0x66 ^ 0xFF);
        Command(AtaCommand.SetFeatures);
        Assert.Equal((byte)AtaError.Abrt, Error);
        // A good command afterwards clears the error.
        Out(Cmd + A.Features, AtaSetFeatures.EnableReadLookAhead);
        Command(AtaCommand.SetFeatures);
        Assert.Equal(Ready, Status);
        Assert.Equal(0, Error);
    }

    [Fact]
    public void SetFeaturesTurnsTheWriteCacheOffAndOnAndFlushCacheEmptiesIt()
    {
        TaskFile28(3, 1);
        Command(AtaCommand.WriteSectors);
        WriteBlock(new byte[512]);
        Settle();
        Assert.True(_drive.Cache.DirtyChunks > 0); // write-back by default
        Command(AtaCommand.FlushCacheExt);
        Assert.Equal(Ready, Status);
        Assert.Equal(0, _drive.Cache.DirtyChunks);

        Out(Cmd + A.Features, AtaSetFeatures.DisableWriteCache);
        Command(AtaCommand.SetFeatures);
        Assert.Equal(Ready, Status);
        Assert.Equal(0, IdentifyWord(Identify(), AtaIdentify.CommandSetsEnabled) & AtaIdentify.WriteCache);
        TaskFile28(4, 1);
        Command(AtaCommand.WriteSectors);
        WriteBlock(new byte[512]);
        Settle();
        Assert.Equal(0, _drive.Cache.DirtyChunks); // write-through

        Out(Cmd + A.Features, AtaSetFeatures.EnableWriteCache);
        Command(AtaCommand.SetFeatures);
        Assert.Equal(AtaIdentify.WriteCache, IdentifyWord(Identify(), AtaIdentify.CommandSetsEnabled) & AtaIdentify.WriteCache);
        TaskFile28(5, 1);
        Command(AtaCommand.WriteSectors);
        WriteBlock(new byte[512]);
        Settle();
        Assert.True(_drive.Cache.DirtyChunks > 0);
        Command(AtaCommand.FlushCache);
        Assert.Equal(0, _drive.Cache.DirtyChunks);
    }

    [Fact]
    public void ReadingDataWithoutDrqAbortsWithALogLine()
    {
        Assert.Equal(0xFFFF, _ports.ReadWord(Cmd));
        Assert.Equal(Ready | (byte)AtaStatus.Err, Status);
        Assert.Equal((byte)AtaError.Abrt, Error);
        Assert.Contains(_log.Recent, l => l.Contains("without data to give", StringComparison.Ordinal));

        // Writing data during a PIO read is the wrong direction: the command ends the same way.
        TaskFile28(0, 2);
        Command(AtaCommand.ReadSectors);
        _ports.WriteWord(Cmd, 0x1234);
        Assert.Equal(Ready | (byte)AtaStatus.Err, Status);
        Assert.Equal(0xFFFF, _ports.ReadWord(Cmd));
    }

    [Fact]
    public void WritesWhileBusyAreIgnored()
    {
        TaskFile28(9, 1);
        Out(Cmd + A.Command, AtaCommand.ReadSectors);
        Out(Cmd + A.LbaLow, 77);
        Out(Cmd + A.Command, AtaCommand.IdentifyDevice);
        Settle();
        Assert.Equal(ImageByte(9 * 512L), ReadBlock()[0]);
        Assert.Equal(9, In(Cmd + A.LbaLow));
        Assert.Contains(_log.Recent, l => l.Contains("while BSY or DRQ is set", StringComparison.Ordinal));
    }

    // ---- DMA ---------------------------------------------------------------------------------------------------

    [Fact]
    public void ReadDmaFillsSeveralRegionsOfOddSizes()
    {
        WritePrds((Data + 2, 514, false), (Data + 0x1000, 1000, false), (Data + 0x2000, 22, true));
        TaskFile28(20, 3);
        Out(Cmd + A.Command, AtaCommand.ReadDma);
        StartBusMaster(toMemory: true);
        Assert.Equal(BM.StatusActive, In(Bmiba + BM.Status));
        Settle();
        Assert.True(Irq14);
        Assert.Equal(BM.StatusInterrupt, In(Bmiba + BM.Status)); // Active clear: the table was exactly the transfer
        Assert.Equal(Ready, Status);
        var got = _memory.Ram(Data + 2, 514).ToArray().Concat(_memory.Ram(Data + 0x1000, 1000).ToArray()).Concat(_memory.Ram(Data + 0x2000, 22).ToArray()).ToArray();
        for (int i = 0; i < got.Length; i++)
            Assert.Equal(ImageByte(20 * 512L + i), got[i]);
    }

    [Fact]
    public void WriteDmaExtTakesTheRegionsToTheDrive()
    {
        var pattern = Enumerable.Range(0, 2048).Select(i => (byte)(i * 7 + 5)).ToArray();
        pattern.AsSpan(0, 1536).CopyTo(_memory.Ram(Data, 1536));
        pattern.AsSpan(1536).CopyTo(_memory.Ram(Data + 0x8000, 512));
        WritePrds((Data, 1536, false), (Data + 0x8000, 512, true));
        TaskFile48(600, 4);
        Out(Cmd + A.Command, AtaCommand.WriteDmaExt);
        Settle();
        Assert.Equal(Ready | (byte)AtaStatus.Drq, AltStatus); // waits for the bus master
        StartBusMaster(toMemory: false);
        Settle();
        Assert.Equal(Ready, Status);
        var back = new byte[2048];
        _drive.Read(600 * 512, back);
        Assert.Equal(pattern, back);
    }

    [Fact]
    public void DmaWaitsForPciBusMastering()
    {
        _ide.WriteConfig(PciConfigRegisters.Command, 2, (uint)PciCommand.IoSpace);
        WritePrds((Data, 512, true));
        TaskFile28(1, 1);
        Out(Cmd + A.Command, AtaCommand.ReadDma);
        StartBusMaster(toMemory: true);
        Settle();
        Assert.False(Irq14);
        Assert.Equal(BM.StatusActive, In(Bmiba + BM.Status));
        _ide.WriteConfig(PciConfigRegisters.Command, 2, (uint)(PciCommand.IoSpace | PciCommand.BusMaster));
        Settle();
        Assert.True(Irq14);
        Assert.Equal(ImageByte(512), _memory.Ram(Data, 1)[0]);
    }

    [Fact]
    public void ATableLargerThanTheTransferLeavesActiveSet()
    {
        WritePrds((Data, 0, true)); // 0 = 64 KiB
        TaskFile28(2, 1);
        Out(Cmd + A.Command, AtaCommand.ReadDma);
        StartBusMaster(toMemory: true);
        Settle();
        Assert.Equal(BM.StatusInterrupt | BM.StatusActive, In(Bmiba + BM.Status));
        Assert.Equal(Ready, Status);
    }

    [Fact]
    public void ATableSmallerThanTheTransferClearsActiveWithoutErrorAndAborts()
    {
        WritePrds((Data, 512, true));
        TaskFile28(2, 2);
        Out(Cmd + A.Command, AtaCommand.ReadDma);
        StartBusMaster(toMemory: true);
        Settle();
        Assert.Equal(BM.StatusInterrupt, In(Bmiba + BM.Status));
        Assert.Equal(Ready | (byte)AtaStatus.Err, Status);
        Assert.Equal((byte)AtaError.Abrt, Error);
    }

    [Fact]
    public void ATableWithoutAnEndBitStopsAtItsSixtyFourKiBBoundary()
    {
        // Two descriptors of 512 bytes, no end bit, the second the last one below the 64 KiB boundary.
        const uint table = 0x2FFF0;
        _memory.WriteUInt32(table, Data);
        _memory.WriteUInt32(table + 4, 512);
        _memory.WriteUInt32(table + 8, Data + 512);
        _memory.WriteUInt32(table + 12, 512);
        TaskFile28(0, 4);
        Out(Cmd + A.Command, AtaCommand.ReadDma);
        StartBusMaster(toMemory: true, table);
        Settle();
        Assert.Equal(BM.StatusInterrupt | BM.StatusError, In(Bmiba + BM.Status));
        Assert.Equal(Ready | (byte)AtaStatus.Err, Status);
        Assert.Contains(_log.Recent, l => l.Contains("without an end-of-table bit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0x0100_0000u, "not in RAM")]   // just past the 16 MiB of RAM
    [InlineData(0xC000_0000u, "not in RAM")]   // MMIO / nothing
    [InlineData(0x0004_FF00u, "crosses a 64 KiB boundary")]
    public void RegionsOutsideRamOrAcross64KiBAreBusMasterErrors(uint address, string message)
    {
        WritePrds((address, 1024, true));
        TaskFile28(0, 2);
        Out(Cmd + A.Command, AtaCommand.ReadDma);
        StartBusMaster(toMemory: true);
        Settle();
        Assert.Equal(BM.StatusInterrupt | BM.StatusError, In(Bmiba + BM.Status));
        Assert.Equal(Ready | (byte)AtaStatus.Err, Status);
        Assert.Contains(_log.Recent, l => l.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void ADescriptorTableOutsideRamIsABusMasterError()
    {
        TaskFile28(0, 1);
        Out(Cmd + A.Command, AtaCommand.ReadDma);
        StartBusMaster(toMemory: true, table: 0xFEBF_0000);
        Settle();
        Assert.Equal(BM.StatusError, In(Bmiba + BM.Status) & BM.StatusError);
        Assert.Equal(Ready | (byte)AtaStatus.Err, Status);
    }

    [Fact]
    public void ADirectionThatDisagreesWithTheCommandIsAborted()
    {
        WritePrds((Data, 512, true));
        TaskFile28(0, 1);
        Out(Cmd + A.Command, AtaCommand.WriteDma);
        StartBusMaster(toMemory: true);
        Settle();
        Assert.Equal(Ready | (byte)AtaStatus.Err, Status);
        Assert.Equal((byte)AtaError.Abrt, Error);
        var first = new byte[512];
        _drive.Read(0, first);
        Assert.Equal(ImageByte(0), first[0]);
        Assert.Equal(ImageByte(1), first[1]);
    }
}
