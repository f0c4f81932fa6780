using System.Buffers.Binary;
using Nt2cs.Machine;
using Nt2cs.Machine.Devices.Nvme;
using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Machine.Devices.Storage;
using Xunit;
using R = Nt2cs.Machine.Devices.Nvme.NvmeRegisters;
using S = Nt2cs.Machine.Devices.Nvme.NvmeStatus;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The NVMe controller against NVM Express base specification 1.4, driven as a guest drives it: configuration
/// cycles, BAR0 registers and doorbells through the physical address space, queues and data in RAM, virtual time.
/// </summary>
public sealed class NvmeControllerTests : IDisposable
{
    private const uint Bar = 0xC000_0000;
    private const uint AdminSq = 0x10000, AdminCq = 0x11000, IoSq = 0x12000, IoCq = 0x13000, Data = 0x40000, Lists = 0x100000;
    private const int Sectors = 1024;

    private readonly MachineLog _log = new();
    private readonly PhysicalMemory _memory;
    private readonly VirtualClock _clock = new();
    private readonly PciBus _bus;
    private readonly string _image = Path.Combine(Path.GetTempPath(), $"nt2cs-nvme-{Guid.NewGuid():N}.img");
    private readonly Drive _drive;
    private readonly NvmeController _nvme;
    private readonly TestQueue _admin = new(0, AdminSq, AdminCq, 8);

    public NvmeControllerTests()
    {
        var image = new byte[Sectors * 512];
        for (int i = 0; i < image.Length; i++)
            image[i] = (byte)(i / 512);
        File.WriteAllBytes(_image, image);
        _memory = new PhysicalMemory(16u << 20, _log);
        _bus = new PciBus(_memory, new IoPortBus(_log), new InterruptRouter(), _log);
        _drive = Drive.Open(_image, persist: false);
        _nvme = new NvmeController(_memory, _clock, _drive);
        _bus.Add(_nvme, 4);
        _nvme.WriteConfig(PciConfigRegisters.Bar0, 4, Bar);
        _nvme.WriteConfig(PciConfigRegisters.Bar0 + 4, 4, 0);
        _nvme.WriteConfig(PciConfigRegisters.Command, 2, (uint)(PciCommand.MemorySpace | PciCommand.BusMaster));
    }

    public void Dispose()
    {
        _drive.Dispose();
        _memory.Dispose();
        File.Delete(_image);
    }

    private sealed class TestQueue(int id, uint sq, uint cq, int size)
    {
        public int Id = id, Size = size, Tail, Head;
        public uint Sq = sq, Cq = cq;
        public bool Phase = true;
        public ushort NextCid = 1;
    }

    private readonly record struct Completion(ushort Status, uint Dw0, int SqHead, int SqId, ushort Cid, bool Phase)
    {
        public int Code => S.Code(Status);
    }

    private uint Reg(uint offset) => (uint)_memory.Read(Bar + offset, 4);

    private void SetReg(uint offset, uint value) => _memory.Write(Bar + offset, 4, value);

    private void Settle() => _clock.Advance(1_000_000);

    private void Enable(int adminEntries = 8, uint cc = 0)
    {
        SetReg(R.AQA, (uint)((adminEntries - 1) << 16 | (adminEntries - 1)));
        SetReg(R.ASQ, AdminSq);
        SetReg(R.ASQ + 4, 0);
        SetReg(R.ACQ, AdminCq);
        SetReg(R.ACQ + 4, 0);
        SetReg(R.CC, R.CC_EN | 6u << R.CC_IOSQES_Shift | 4u << R.CC_IOCQES_Shift | cc);
        Settle();
        Assert.Equal(R.CSTS_RDY, Reg(R.CSTS));
    }

    private void WriteCommand(TestQueue q, byte opcode, uint nsid = 0, ulong prp1 = 0, ulong prp2 = 0,
        uint cdw10 = 0, uint cdw11 = 0, uint cdw12 = 0, uint cdw13 = 0, ushort? cid = null, uint cdw0Extra = 0)
    {
        var e = _memory.Ram(q.Sq + (uint)q.Tail * 64, 64);
        e.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(e, opcode | (uint)(cid ?? q.NextCid++) << 16 | cdw0Extra);
        BinaryPrimitives.WriteUInt32LittleEndian(e[4..], nsid);
        BinaryPrimitives.WriteUInt64LittleEndian(e[24..], prp1);
        BinaryPrimitives.WriteUInt64LittleEndian(e[32..], prp2);
        BinaryPrimitives.WriteUInt32LittleEndian(e[40..], cdw10);
        BinaryPrimitives.WriteUInt32LittleEndian(e[44..], cdw11);
        BinaryPrimitives.WriteUInt32LittleEndian(e[48..], cdw12);
        BinaryPrimitives.WriteUInt32LittleEndian(e[52..], cdw13);
        q.Tail = (q.Tail + 1) % q.Size;
    }

    private void RingSubmission(TestQueue q) => SetReg(R.SubmissionTailDoorbell(q.Id, 0), (uint)q.Tail);

    /// <summary>Reads the next completion (asserting it carries the expected phase tag) and consumes it.</summary>
    private Completion Reap(TestQueue q, bool ringHead = true)
    {
        var e = _memory.Ram(q.Cq + (uint)q.Head * 16, 16);
        uint dw3 = BinaryPrimitives.ReadUInt32LittleEndian(e[12..]);
        uint dw2 = BinaryPrimitives.ReadUInt32LittleEndian(e[8..]);
        var c = new Completion((ushort)(dw3 >> 17), BinaryPrimitives.ReadUInt32LittleEndian(e), (int)(dw2 & 0xFFFF), (int)(dw2 >> 16), (ushort)dw3, (dw3 & 0x10000) != 0);
        Assert.True(c.Phase == q.Phase, $"no new completion at CQ {q.Id} entry {q.Head}");
        if (++q.Head == q.Size)
        {
            q.Head = 0;
            q.Phase = !q.Phase;
        }
        if (ringHead)
            SetReg(R.CompletionHeadDoorbell(q.Id, 0), (uint)q.Head);
        return c;
    }

    private Completion Submit(TestQueue q, byte opcode, uint nsid = 0, ulong prp1 = 0, ulong prp2 = 0,
        uint cdw10 = 0, uint cdw11 = 0, uint cdw12 = 0, uint cdw13 = 0, uint cdw0Extra = 0)
    {
        WriteCommand(q, opcode, nsid, prp1, prp2, cdw10, cdw11, cdw12, cdw13, cdw0Extra: cdw0Extra);
        RingSubmission(q);
        Settle();
        return Reap(q);
    }

    private TestQueue CreateIoQueues(int entries = 16, uint cqFlags = 1, int vector = 0)
    {
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.CreateIoCompletionQueue, prp1: IoCq, cdw10: (uint)((entries - 1) << 16 | 1), cdw11: cqFlags | (uint)vector << 16).Code);
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.CreateIoSubmissionQueue, prp1: IoSq, cdw10: (uint)((entries - 1) << 16 | 1), cdw11: 1u << 16 | 1).Code);
        return new TestQueue(1, IoSq, IoCq, entries);
    }

    private bool Logged(string text) => _log.Recent.Any(l => l.Contains(text, StringComparison.Ordinal));

    // ---- registers ----

    [Fact]
    public void PciIdentityAndBar0()
    {
        Assert.Equal(0x01_08_02u, _nvme.ClassCode);
        Assert.Equal(R.Bar0Size, _nvme.Bars[0]!.Size);
        Assert.Equal(PciBarKind.Memory64, _nvme.Bars[0]!.Kind);
        Assert.Equal(PciConfigRegisters.BarMemory64, _nvme.ReadConfig(PciConfigRegisters.Bar0, 4) & 0xF);
        Assert.Equal(PciInterruptPin.IntA, _nvme.InterruptPin);
    }

    [Fact]
    public void RegistersHaveTheirResetValues()
    {
        ulong cap = Reg(R.CAP) | (ulong)Reg(R.CAP + 4) << 32;
        Assert.Equal(2047ul, cap & R.CAP_MQES_Mask);
        Assert.NotEqual(0ul, cap & R.CAP_CQR);
        Assert.Equal(0ul, (cap >> R.CAP_DSTRD_Shift) & 0xF);
        Assert.NotEqual(0ul, (cap >> R.CAP_TO_Shift) & 0xFF);
        Assert.NotEqual(0ul, cap & R.CAP_CSS_NVM);
        Assert.Equal(0ul, (cap >> R.CAP_MPSMIN_Shift) & 0xF);
        Assert.Equal(0x0001_0400u, Reg(R.VS));
        Assert.Equal(0u, Reg(R.CC));
        Assert.Equal(0u, Reg(R.CSTS));
        Assert.Equal(0u, Reg(R.AQA));
        Assert.Equal(0u, Reg(R.INTMS));
    }

    [Fact]
    public void RegistersReadBackAsSpecified()
    {
        SetReg(R.CAP, 0); // read-only
        Assert.Equal(2047u, Reg(R.CAP) & 0xFFFF);
        SetReg(R.ASQ, 0x1234_5FFF); // bits 11:0 reserved
        Assert.Equal(0x1234_5000u, Reg(R.ASQ));
        SetReg(R.AQA, 0xFFFF_FFFF);
        Assert.Equal(R.AQA_Writable, Reg(R.AQA));
        SetReg(R.INTMS, 0x5);
        SetReg(R.INTMS, 0x2);
        Assert.Equal(0x7u, Reg(R.INTMC));
        SetReg(R.INTMC, 0x1);
        Assert.Equal(0x6u, Reg(R.INTMS));
        SetReg(R.CC, 0xFFFF_FFFE); // every writable bit but EN
        Assert.Equal(R.CC_Writable & ~R.CC_EN, Reg(R.CC));
        Assert.Equal(0u, Reg(R.CSTS) & R.CSTS_RDY);
    }

    [Fact]
    public void ReadyFollowsEnableAfterTheModelledDelay()
    {
        SetReg(R.AQA, 0x0007_0007);
        SetReg(R.ASQ, AdminSq);
        SetReg(R.ACQ, AdminCq);
        SetReg(R.CC, R.CC_EN | 0x0046_0000);
        Assert.Equal(0u, Reg(R.CSTS) & R.CSTS_RDY);
        _clock.Advance(NvmeController.ReadyDelayNs - 1);
        Assert.Equal(0u, Reg(R.CSTS) & R.CSTS_RDY);
        _clock.Advance(1);
        Assert.Equal(R.CSTS_RDY, Reg(R.CSTS) & R.CSTS_RDY);
        SetReg(R.CC, 0);
        Assert.Equal(R.CSTS_RDY, Reg(R.CSTS) & R.CSTS_RDY);
        _clock.Advance(NvmeController.ReadyDelayNs);
        Assert.Equal(0u, Reg(R.CSTS));
    }

    [Fact]
    public void ResetDeletesTheIoQueues()
    {
        Enable();
        CreateIoQueues();
        SetReg(R.CC, 0);
        Settle();
        Assert.Null(_nvme.SubmissionQueueOf(1));
        Assert.Null(_nvme.CompletionQueueOf(1));
        _admin.Tail = _admin.Head = 0;
        _admin.Phase = true;
        _memory.Ram(AdminCq, 4096).Clear();
        Enable();
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.Identify, prp1: Data, cdw10: 1).Code);
    }

    [Fact]
    public void ShutdownFlushesTheWriteCacheAndReportsComplete()
    {
        Enable();
        var io = CreateIoQueues();
        _memory.Ram(Data, 512).Fill(0x77);
        Assert.Equal(0, Submit(io, NvmeIoOpcode.Write, 1, Data, cdw10: 5).Code);
        Assert.Equal(1, _drive.Cache.DirtyChunks);
        SetReg(R.CC, Reg(R.CC) | 1u << R.CC_SHN_Shift);
        Assert.Equal(R.CSTS_SHST_Occurring, Reg(R.CSTS) & R.CSTS_SHST_Mask);
        Settle();
        Assert.Equal(R.CSTS_SHST_Complete, Reg(R.CSTS) & R.CSTS_SHST_Mask);
        Assert.Equal(0, _drive.Cache.DirtyChunks);
    }

    [Theory]
    [InlineData("mps")]
    [InlineData("css")]
    [InlineData("outside RAM")]
    [InlineData("one entry")]
    public void AnUnusableAdminConfigurationSetsFatalStatus(string what)
    {
        SetReg(R.AQA, what == "one entry" ? 0u : 0x0007_0007);
        SetReg(R.ASQ, what == "outside RAM" ? Bar : AdminSq);
        SetReg(R.ACQ, AdminCq);
        uint cc = R.CC_EN | (what == "mps" ? 5u << R.CC_MPS_Shift : 0) | (what == "css" ? 1u << R.CC_CSS_Shift : 0);
        SetReg(R.CC, cc);
        Settle();
        Assert.Equal(R.CSTS_CFS, Reg(R.CSTS));
        Assert.True(Logged("CSTS.CFS"));
        SetReg(R.CC, 0); // a reset clears it
        Assert.Equal(0u, Reg(R.CSTS) & R.CSTS_CFS);
    }

    // ---- admin commands ----

    [Fact]
    public void IdentifyControllerNamespaceAndList()
    {
        Enable();
        var c = Submit(_admin, NvmeAdminOpcode.Identify, prp1: Data, cdw10: 1);
        Assert.Equal(0, c.Code);
        Assert.Equal(0, c.SqId);
        Assert.Equal(1, c.SqHead);
        var id = _memory.Ram(Data, 4096);
        Assert.Equal(NvmeController.NvmeVendorId, BinaryPrimitives.ReadUInt16LittleEndian(id));
        Assert.Equal(1, id[NvmeIdentify.VWC] & 1);
        Assert.Equal(0x66, id[NvmeIdentify.SQES]);
        Assert.Equal(0x44, id[NvmeIdentify.CQES]);
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32LittleEndian(id[NvmeIdentify.NN..]));
        Assert.Equal(NvmeController.Version, BinaryPrimitives.ReadUInt32LittleEndian(id[NvmeIdentify.VER..]));
        Assert.StartsWith(NvmeIdentify.ModelNumber, System.Text.Encoding.ASCII.GetString(id.Slice(NvmeIdentify.MN, 40)));

        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.Identify, 1, Data, cdw10: 0).Code);
        Assert.Equal((ulong)Sectors, BinaryPrimitives.ReadUInt64LittleEndian(_memory.Ram(Data, 8)));
        Assert.Equal(9, _memory.Ram(Data + NvmeIdentify.LBAF0 + 2, 1)[0]);

        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.Identify, 0, Data, cdw10: 2).Code);
        Assert.Equal(1u, _memory.ReadUInt32(Data));
        Assert.Equal(0u, _memory.ReadUInt32(Data + 4));
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.Identify, 1, Data, cdw10: 2).Code);
        Assert.Equal(0u, _memory.ReadUInt32(Data)); // no active namespace above 1

        Assert.Equal(S.Code(S.InvalidNamespaceOrFormat), Submit(_admin, NvmeAdminOpcode.Identify, 2, Data, cdw10: 0).Code);
        Assert.Equal(S.Code(S.InvalidFieldInCommand), Submit(_admin, NvmeAdminOpcode.Identify, 0, Data, cdw10: 0x55).Code);
        Assert.Equal(S.Code(S.InvalidCommandOpcode), Submit(_admin, 0x7E).Code);
        var error = Submit(_admin, 0x7E);
        Assert.NotEqual(0, error.Status & S.DoNotRetry);
        Assert.True(Logged("Invalid Command Opcode"));
    }

    [Fact]
    public void QueueCreationAndDeletionStatuses()
    {
        Enable();
        Assert.Equal(S.Code(S.InvalidQueueIdentifier), Submit(_admin, NvmeAdminOpcode.CreateIoCompletionQueue, prp1: IoCq, cdw10: 15u << 16 | 0, cdw11: 1).Code);
        Assert.Equal(S.Code(S.InvalidQueueIdentifier), Submit(_admin, NvmeAdminOpcode.CreateIoCompletionQueue, prp1: IoCq, cdw10: 15u << 16 | 17, cdw11: 1).Code);
        Assert.Equal(S.Code(S.InvalidQueueSize), Submit(_admin, NvmeAdminOpcode.CreateIoCompletionQueue, prp1: IoCq, cdw10: 0u << 16 | 1, cdw11: 1).Code);
        Assert.Equal(S.Code(S.InvalidQueueSize), Submit(_admin, NvmeAdminOpcode.CreateIoCompletionQueue, prp1: IoCq, cdw10: 2048u << 16 | 1, cdw11: 1).Code);
        Assert.Equal(S.Code(S.InvalidFieldInCommand), Submit(_admin, NvmeAdminOpcode.CreateIoCompletionQueue, prp1: IoCq, cdw10: 15u << 16 | 1, cdw11: 0).Code); // PC = 0
        Assert.Equal(S.Code(S.InvalidInterruptVector), Submit(_admin, NvmeAdminOpcode.CreateIoCompletionQueue, prp1: IoCq, cdw10: 15u << 16 | 1, cdw11: 1 | 17u << 16).Code);
        Assert.Equal(S.Code(S.InvalidFieldInCommand), Submit(_admin, NvmeAdminOpcode.CreateIoCompletionQueue, prp1: IoCq + 0x80, cdw10: 15u << 16 | 1, cdw11: 1).Code);
        // A queue pointing outside RAM: refused, logged.
        Assert.Equal(S.Code(S.InvalidFieldInCommand), Submit(_admin, NvmeAdminOpcode.CreateIoCompletionQueue, prp1: Bar, cdw10: 15u << 16 | 1, cdw11: 1).Code);
        Assert.True(Logged("not in RAM"));
        Assert.Equal(S.Code(S.CompletionQueueInvalid), Submit(_admin, NvmeAdminOpcode.CreateIoSubmissionQueue, prp1: IoSq, cdw10: 15u << 16 | 1, cdw11: 1u << 16 | 1).Code);

        CreateIoQueues();
        Assert.Equal(S.Code(S.InvalidQueueIdentifier), Submit(_admin, NvmeAdminOpcode.CreateIoSubmissionQueue, prp1: IoSq, cdw10: 15u << 16 | 1, cdw11: 1u << 16 | 1).Code);
        Assert.Equal(S.Code(S.InvalidQueueDeletion), Submit(_admin, NvmeAdminOpcode.DeleteIoCompletionQueue, cdw10: 1).Code);
        Assert.Equal(S.Code(S.InvalidQueueIdentifier), Submit(_admin, NvmeAdminOpcode.DeleteIoSubmissionQueue, cdw10: 0).Code);
        Assert.Equal(S.Code(S.InvalidQueueIdentifier), Submit(_admin, NvmeAdminOpcode.DeleteIoSubmissionQueue, cdw10: 2).Code);
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.DeleteIoSubmissionQueue, cdw10: 1).Code);
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.DeleteIoCompletionQueue, cdw10: 1).Code);
        Assert.Null(_nvme.CompletionQueueOf(1));
        Assert.Equal(S.Code(S.InvalidQueueIdentifier), Submit(_admin, NvmeAdminOpcode.DeleteIoCompletionQueue, cdw10: 1).Code);
    }

    [Fact]
    public void FeaturesGetAndSet()
    {
        Enable();
        var c = Submit(_admin, NvmeAdminOpcode.SetFeatures, cdw10: NvmeFeature.NumberOfQueues, cdw11: 3u << 16 | 1);
        Assert.Equal(0, c.Code);
        Assert.Equal(3u << 16 | 1, c.Dw0);
        Assert.Equal(3u << 16 | 1, Submit(_admin, NvmeAdminOpcode.GetFeatures, cdw10: NvmeFeature.NumberOfQueues).Dw0);
        Assert.Equal(S.Code(S.InvalidFieldInCommand), Submit(_admin, NvmeAdminOpcode.SetFeatures, cdw10: NvmeFeature.NumberOfQueues, cdw11: 0xFFFF).Code);
        // Only 2 submission queues allocated now: SQ 3 is an invalid identifier.
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.CreateIoCompletionQueue, prp1: IoCq, cdw10: 15u << 16 | 1, cdw11: 1).Code);
        Assert.Equal(S.Code(S.InvalidQueueIdentifier), Submit(_admin, NvmeAdminOpcode.CreateIoSubmissionQueue, prp1: IoSq, cdw10: 15u << 16 | 3, cdw11: 1u << 16 | 1).Code);
        Assert.Equal(S.Code(S.CommandSequenceError), Submit(_admin, NvmeAdminOpcode.SetFeatures, cdw10: NvmeFeature.NumberOfQueues, cdw11: 0).Code);

        Assert.Equal(1u, Submit(_admin, NvmeAdminOpcode.GetFeatures, cdw10: NvmeFeature.VolatileWriteCache).Dw0);
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.SetFeatures, cdw10: NvmeFeature.VolatileWriteCache, cdw11: 0).Code);
        Assert.False(_drive.Cache.Enabled);
        Assert.Equal(0u, Submit(_admin, NvmeAdminOpcode.GetFeatures, cdw10: NvmeFeature.VolatileWriteCache).Dw0);
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.SetFeatures, cdw10: NvmeFeature.InterruptCoalescing, cdw11: 0x0A04).Code);
        Assert.Equal(0x0A04u, Submit(_admin, NvmeAdminOpcode.GetFeatures, cdw10: NvmeFeature.InterruptCoalescing).Dw0);
        Assert.Equal(S.Code(S.FeatureIdentifierNotSaveable), Submit(_admin, NvmeAdminOpcode.SetFeatures, cdw10: 0x8000_0000 | NvmeFeature.Arbitration).Code);
        Assert.Equal(S.Code(S.InvalidFieldInCommand), Submit(_admin, NvmeAdminOpcode.GetFeatures, cdw10: 0x7F).Code);
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.Abort, cdw10: 1u << 16).Code);
    }

    [Fact]
    public void LogPages()
    {
        Enable();
        Submit(_admin, 0x7E); // one error
        _memory.Ram(Data, 4096).Fill(0xCC);
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.GetLogPage, prp1: Data, cdw10: 15u << 16 | NvmeLogPage.ErrorInformation).Code);
        Assert.Equal(1ul, BinaryPrimitives.ReadUInt64LittleEndian(_memory.Ram(Data, 8)));
        Assert.Equal(S.Code(S.InvalidCommandOpcode), (BinaryPrimitives.ReadUInt16LittleEndian(_memory.Ram(Data + 12, 2)) >> 1) & 0x7FF);
        Assert.Equal(0xCC, _memory.Ram(Data + 64, 1)[0]); // 16 dwords asked, 16 dwords written

        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.GetLogPage, prp1: Data, cdw10: 127u << 16 | NvmeLogPage.SmartHealthInformation).Code);
        Assert.Equal(100, _memory.Ram(Data + 3, 1)[0]);
        Assert.Equal(S.Code(S.InvalidLogPage), Submit(_admin, NvmeAdminOpcode.GetLogPage, prp1: Data, cdw10: 127u << 16 | 0x70).Code);
        Assert.Equal(S.Code(S.InvalidFieldInCommand), Submit(_admin, NvmeAdminOpcode.GetLogPage, prp1: Data, cdw10: 1u << 16 | NvmeLogPage.SmartHealthInformation, cdw12: 2).Code);
    }

    // ---- NVM commands and PRPs ----

    [Fact]
    public void WriteAndReadThroughAChainedPrpList()
    {
        Enable();
        var io = CreateIoQueues();
        // 5 pages from an unaligned buffer: PRP1 covers the first partial page, the list starts 16 bytes before
        // the end of its page (one data entry, then the chain pointer), and the next list page has the rest.
        const int blocks = 40;
        uint buffer = Data + 0x200;
        uint[] pages = [Data + 0x3000, Data + 0x8000, Data + 0x9000, Data + 0x5000, Data + 0xB000];
        uint list = Lists + 0xFF0;
        _memory.WriteUInt32(list, pages[0]);
        _memory.WriteUInt32(list + 4, 0);
        _memory.Write(list + 8, 8, Lists + 0x2000);
        for (int i = 1; i < pages.Length; i++)
            _memory.Write(Lists + 0x2000 + (uint)(i - 1) * 8, 8, pages[i]);
        var expected = new byte[blocks * 512];
        new Random(7).NextBytes(expected);
        int first = 0x1000 - 0x200;
        expected.AsSpan(0, first).CopyTo(_memory.Ram(buffer, first));
        for (int i = 0; i < pages.Length; i++)
            expected.AsSpan(first + 4096 * i, Math.Min(4096, expected.Length - first - 4096 * i)).CopyTo(_memory.Ram(pages[i], 4096));
        Assert.Equal(0, Submit(io, NvmeIoOpcode.Write, 1, buffer, list, cdw10: 100, cdw12: blocks - 1).Code);
        Assert.Equal(expected, ReadDrive(100 * 512, expected.Length));

        foreach (var page in pages)
            _memory.Ram(page, 4096).Clear();
        _memory.Ram(buffer, first).Clear();
        Assert.Equal(0, Submit(io, NvmeIoOpcode.Read, 1, buffer, list, cdw10: 100, cdw12: blocks - 1).Code);
        Assert.Equal(expected.AsSpan(0, first).ToArray(), _memory.Ram(buffer, first).ToArray());
        Assert.Equal(expected.AsSpan(first + 4096 * 3, 4096).ToArray(), _memory.Ram(pages[3], 4096).ToArray());
    }

    private byte[] ReadDrive(long offset, int length)
    {
        var bytes = new byte[length];
        _drive.Read(offset, bytes);
        return bytes;
    }

    [Fact]
    public void MalformedNvmCommandsCompleteWithErrors()
    {
        Enable();
        var io = CreateIoQueues();
        Assert.Equal(S.Code(S.LbaOutOfRange), Submit(io, NvmeIoOpcode.Read, 1, Data, cdw10: Sectors - 1, cdw12: 1).Code);
        Assert.Equal(S.Code(S.LbaOutOfRange), Submit(io, NvmeIoOpcode.Write, 1, Data, cdw10: 0, cdw11: 1).Code); // SLBA 2^32
        Assert.Equal(S.Code(S.InvalidNamespaceOrFormat), Submit(io, NvmeIoOpcode.Read, 2, Data).Code);
        Assert.Equal(S.Code(S.InvalidCommandOpcode), Submit(io, 0x55, 1).Code);
    }

    [Fact]
    public void TransfersBeyondMdtsAreInvalid()
    {
        Enable();
        var io = CreateIoQueues();
        int maxBlocks = NvmeController.MaxTransferBytes / 512;
        Assert.Equal(S.Code(S.InvalidFieldInCommand), Submit(io, NvmeIoOpcode.Read, 1, Data, Lists, cdw12: (uint)maxBlocks).Code);
    }

    [Fact]
    public void PrpOffsetAndPlacementErrors()
    {
        Enable();
        var io = CreateIoQueues();
        Assert.Equal(S.Code(S.PrpOffsetInvalid), Submit(io, NvmeIoOpcode.Read, 1, Data + 2).Code);          // PRP1 not dword aligned
        Assert.Equal(S.Code(S.PrpOffsetInvalid), Submit(io, NvmeIoOpcode.Read, 1, Data, Data + 0x1100, cdw12: 15).Code); // PRP2 page with offset
        _memory.Write(Lists, 8, Data + 0x2010);
        Assert.Equal(S.Code(S.PrpOffsetInvalid), Submit(io, NvmeIoOpcode.Read, 1, Data, Lists, cdw12: 23).Code); // list entry with offset
        Assert.Equal(S.Code(S.PrpOffsetInvalid), Submit(io, NvmeIoOpcode.Read, 1, Data, Lists + 4, cdw12: 23).Code); // list not qword aligned
        // Data pages and lists in MMIO or beyond RAM: Data Transfer Error, logged, and the controller goes on.
        Assert.Equal(S.Code(S.DataTransferError), Submit(io, NvmeIoOpcode.Read, 1, Bar).Code);
        Assert.Equal(S.Code(S.DataTransferError), Submit(io, NvmeIoOpcode.Read, 1, Data, Bar, cdw12: 23).Code);
        _memory.Write(Lists, 8, Bar + 0x1000);
        Assert.Equal(S.Code(S.DataTransferError), Submit(io, NvmeIoOpcode.Write, 1, Data, Lists, cdw12: 23).Code);
        Assert.Equal(S.Code(S.DataTransferError), Submit(io, NvmeIoOpcode.Read, 1, 0x1_0000_0000ul).Code);
        Assert.True(Logged("not in RAM"));
        Assert.Equal(0u, Reg(R.CSTS) & R.CSTS_CFS);
        Assert.Equal(0, Submit(io, NvmeIoOpcode.Read, 1, Data).Code);
    }

    [Fact]
    public void FlushWriteZeroesAndDatasetManagement()
    {
        Enable();
        var io = CreateIoQueues();
        Assert.Equal(0, Submit(io, NvmeIoOpcode.WriteZeroes, 1, cdw10: 10, cdw12: 3).Code);
        Assert.Equal(new byte[4 * 512], ReadDrive(10 * 512, 4 * 512));
        Assert.Equal(14, ReadDrive(14 * 512, 1)[0]); // sector 14 untouched: the image's byte there is 14
        Assert.Equal(1, _drive.Cache.DirtyChunks);
        Assert.Equal(0, Submit(io, NvmeIoOpcode.Flush, 1).Code);
        Assert.Equal(0, _drive.Cache.DirtyChunks);
        Assert.Equal(0, Submit(io, NvmeIoOpcode.Flush, 0xFFFF_FFFF).Code);
        Assert.Equal(S.Code(S.InvalidNamespaceOrFormat), Submit(io, NvmeIoOpcode.Flush, 3).Code);
        Assert.Equal(S.Code(S.LbaOutOfRange), Submit(io, NvmeIoOpcode.WriteZeroes, 1, cdw10: Sectors - 2, cdw12: 2).Code);

        var ranges = _memory.Ram(Data, 32);
        BinaryPrimitives.WriteUInt32LittleEndian(ranges[4..], 8);
        BinaryPrimitives.WriteUInt64LittleEndian(ranges[8..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(ranges[20..], 8);
        BinaryPrimitives.WriteUInt64LittleEndian(ranges[24..], 100);
        Assert.Equal(0, Submit(io, NvmeIoOpcode.DatasetManagement, 1, Data, cdw10: 1, cdw11: 4).Code);
        BinaryPrimitives.WriteUInt64LittleEndian(ranges[24..], Sectors);
        Assert.Equal(S.Code(S.LbaOutOfRange), Submit(io, NvmeIoOpcode.DatasetManagement, 1, Data, cdw10: 1, cdw11: 4).Code);
    }

    [Fact]
    public void PhaseTagInvertsEachTimeTheCompletionQueueWraps()
    {
        Enable();
        var io = CreateIoQueues(entries: 4);
        var phases = new List<bool>();
        for (int i = 0; i < 10; i++)
        {
            WriteCommand(io, NvmeIoOpcode.Flush, 1);
            RingSubmission(io);
            Settle();
            var c = Reap(io);
            phases.Add(c.Phase);
            Assert.Equal((i + 1) % 4, c.SqHead);
        }
        Assert.Equal([true, true, true, true, false, false, false, false, true, true], phases);
    }

    [Fact]
    public void AFullCompletionQueueHoldsCommandsUntilTheHostConsumes()
    {
        Enable();
        var io = CreateIoQueues(entries: 4);
        for (int i = 0; i < 3; i++)
            WriteCommand(io, NvmeIoOpcode.Flush, 1);
        RingSubmission(io);
        Settle();
        // A 4-entry CQ holds 3: all three complete; after consuming them more can.
        for (int i = 0; i < 3; i++)
            Reap(io, ringHead: false);
        WriteCommand(io, NvmeIoOpcode.Flush, 1);
        RingSubmission(io);
        Settle();
        Assert.Equal(3, _nvme.SubmissionQueueOf(1)!.Head); // waiting: the CQ is full
        SetReg(R.CompletionHeadDoorbell(1, 0), (uint)io.Head);
        Settle();
        Assert.Equal(0, Reap(io).Code);
    }

    [Fact]
    public void CompletionsArriveAfterTheModelledLatency()
    {
        Enable();
        WriteCommand(_admin, NvmeAdminOpcode.Identify, prp1: Data, cdw10: 1);
        RingSubmission(_admin);
        _clock.Advance(NvmeController.CommandLatencyNs - 1);
        Assert.Equal(0u, _memory.ReadUInt32(AdminCq + 12));
        _clock.Advance(1);
        Assert.NotEqual(0u, _memory.ReadUInt32(AdminCq + 12) & 0x10000);
    }

    // ---- hostile guests ----

    [Fact]
    public void GarbageDoorbellsAreIgnoredLoggedAndReportedAsAsyncEvents()
    {
        Enable();
        WriteCommand(_admin, NvmeAdminOpcode.AsynchronousEventRequest);
        RingSubmission(_admin);
        Settle();
        SetReg(R.SubmissionTailDoorbell(0, 0), 0xDEAD_BEEF);      // beyond the queue
        SetReg(R.CompletionHeadDoorbell(5, 0), 3);                 // no such queue
        SetReg(R.Doorbells + 0x800, 0xFFFF_FFFF);                  // no such queue at all
        Settle();
        var aer = Reap(_admin);
        Assert.Equal(0, aer.Code);
        Assert.Equal(1u << 16 | 1u << 8, aer.Dw0); // error event, invalid doorbell write value, log page 1
        Assert.True(Logged("beyond the queue"));
        Assert.True(Logged("no existing queue"));
        Assert.Equal(0u, Reg(R.CSTS) & R.CSTS_CFS);
        Assert.Equal(0, Submit(_admin, NvmeAdminOpcode.Identify, prp1: Data, cdw10: 1).Code);
        // A head doorbell past what was posted.
        SetReg(R.CompletionHeadDoorbell(0, 0), (uint)((_admin.Head + 3) % _admin.Size));
        Assert.True(Logged("not within the"));
    }

    [Fact]
    public void AdminQueueInMmioIsFatalAndTheHostLives()
    {
        SetReg(R.AQA, 0x0007_0007);
        SetReg(R.ASQ, AdminSq);
        SetReg(R.ACQ, Bar + 0x1000);
        SetReg(R.CC, R.CC_EN);
        Settle();
        Assert.Equal(R.CSTS_CFS, Reg(R.CSTS) & R.CSTS_CFS);
        SetReg(R.SubmissionTailDoorbell(0, 0), 1); // nothing exists: logged, ignored
        Settle();
    }

    [Fact]
    public void CommandsWaitWhileBusMasteringIsOff()
    {
        Enable();
        _nvme.WriteConfig(PciConfigRegisters.Command, 2, (uint)PciCommand.MemorySpace);
        WriteCommand(_admin, NvmeAdminOpcode.Identify, prp1: Data, cdw10: 1);
        RingSubmission(_admin);
        Settle();
        Assert.Equal(0u, _memory.ReadUInt32(AdminCq + 12));
        Assert.True(Logged("bus mastering is off"));
        _nvme.WriteConfig(PciConfigRegisters.Command, 2, (uint)(PciCommand.MemorySpace | PciCommand.BusMaster));
        Settle();
        Assert.Equal(0, Reap(_admin).Code);
    }

    // ---- interrupts ----

    [Fact]
    public void IntxFollowsUnconsumedCompletionsAndTheMask()
    {
        Enable();
        var io = CreateIoQueues(cqFlags: 3); // PC, IEN
        Assert.False(_nvme.IntxLine.Level);
        WriteCommand(io, NvmeIoOpcode.Flush, 1);
        RingSubmission(io);
        Settle();
        Assert.True(_nvme.IntxLine.Level);
        Assert.NotEqual(0, (int)(_nvme.Status & PciStatus.InterruptStatus));
        SetReg(R.INTMS, 1);
        Assert.False(_nvme.IntxLine.Level);
        SetReg(R.INTMC, 1);
        Assert.True(_nvme.IntxLine.Level);
        Reap(io);
        Assert.False(_nvme.IntxLine.Level);
    }

    /// <summary>IV must be 0 while the host uses pin-based interrupts, but that is the host's rule, and its mode may
    /// change: the queue is made (with a log line); the wire carries vector 0 alone, so its completions raise no
    /// INTx#; once MSI-X is enabled they signal its vector.</summary>
    [Fact]
    public void AVectorOtherThanZeroWhileMsixIsOffIsAcceptedAndRaisesNoIntx()
    {
        Enable();
        var io = CreateIoQueues(cqFlags: 3, vector: 2);
        Assert.True(Logged("IV 2 while MSI-X is off"));
        WriteCommand(io, NvmeIoOpcode.Flush, 1);
        RingSubmission(io);
        Settle();
        Assert.False(_nvme.IntxLine.Level);
        Reap(io);
        int cap = _nvme.MsixCapabilityOffset;
        _nvme.WriteConfig(cap + 2, 2, NvmeController.MsixEnable);
        SetReg(R.MsixTableOffset + 16 * 2 + 12, 0);
        Submit(io, NvmeIoOpcode.Flush, 1);
        Assert.Equal(1, _nvme.Msix.MessagesSent[2]);
    }

    [Fact]
    public void MsixCapabilityTableAndPerQueueVectors()
    {
        int cap = _nvme.MsixCapabilityOffset;
        Assert.Equal(NvmeController.MsixCapabilityId, (byte)_nvme.ReadConfig(cap, 1));
        Assert.Equal((uint)(NvmeController.MsixVectors - 1), _nvme.ReadConfig(cap + 2, 2) & 0x7FF);
        Assert.Equal(R.MsixTableOffset, _nvme.ReadConfig(cap + 4, 4)); // BIR 0
        Assert.Equal(R.MsixPbaOffset, _nvme.ReadConfig(cap + 8, 4));
        Assert.Equal(1u, Reg(R.MsixTableOffset + 12)); // vectors masked after reset

        _nvme.WriteConfig(cap + 2, 2, NvmeController.MsixEnable);
        Assert.True(_nvme.MsixEnabled);
        SetReg(R.MsixTableOffset + 16 * 2, 0xFEE0_0000);
        SetReg(R.MsixTableOffset + 16 * 2 + 8, 0x41);
        Enable();
        var io = CreateIoQueues(cqFlags: 3, vector: 2);
        Assert.Equal(2, _nvme.CompletionQueueOf(1)!.Vector);
        WriteCommand(io, NvmeIoOpcode.Flush, 1);
        RingSubmission(io);
        Settle();
        Assert.False(_nvme.IntxLine.Level); // MSI-X enabled: no INTx
        Assert.Equal(0, _nvme.Msix.MessagesSent[2]);
        Assert.Equal(0b101u, Reg(R.MsixPbaOffset)); // masked: vector 2 pending, and vector 0 from the admin queue
        SetReg(R.MsixTableOffset + 16 * 2 + 12, 0); // unmask: the pending message is sent
        Assert.Equal(1, _nvme.Msix.MessagesSent[2]);
        Assert.Equal((0xFEE0_0000ul, 0x41u), _nvme.Msix.LastMessage[2]);
        Assert.Equal(0b001u, Reg(R.MsixPbaOffset));
        Reap(io);
        Submit(io, NvmeIoOpcode.Flush, 1);
        Assert.Equal(2, _nvme.Msix.MessagesSent[2]);
        Assert.Equal(0, _nvme.Msix.MessagesSent[1]);
    }
}
