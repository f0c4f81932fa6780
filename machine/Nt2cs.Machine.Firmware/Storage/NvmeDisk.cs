using System.Buffers.Binary;
using Nt2cs.Machine.Devices.Nvme;
using Nt2cs.Machine.Devices.Pci;
using static Nt2cs.Machine.Devices.Nvme.NvmeRegisters;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>
/// The firmware's NVMe driver (NVM Express base specification 1.4): the controller reset and enabled with an
/// admin queue pair, namespace 1 identified, one I/O queue pair (interrupts off, polled), reads and writes
/// through a DMA buffer described by PRP1 and a fixed PRP list.
/// </summary>
public sealed class NvmeDisk : BlockDevice
{
    private const int QueueEntries = 16;
    private const int BufferPages = 16;
    private const uint NamespaceId = 1;
    private const int Eui64Offset = 120;   // Identify Namespace EUI64 (§5.15.2.1, Figure 245)
    private const uint PageSize = 4096;

    private readonly uint _bar;
    private readonly int _dstrd;
    private readonly long _readyTimeoutUs;
    private readonly uint _adminSq, _adminCq, _ioSq, _ioCq, _buffer, _prpList;
    private readonly Queue _admin = new(0), _io = new(1);
    private readonly byte[] _node = new byte[DevicePath.NvmeNamespaceLength];
    private int _maxBlocks;

    private sealed class Queue(int id)
    {
        public int Id = id, SqTail, CqHead, Phase = 1;
        public ushort NextCid;
    }

    public NvmeDisk(StorageHardware hardware, PciAddress pci, IFirmwareServices services) : base(hardware, pci)
    {
        hardware.EnableCommand(pci, PciCommand.MemorySpace | PciCommand.BusMaster | PciCommand.InterruptDisable);
        _bar = hardware.MemoryBar(pci, 0);
        if (_bar == 0)
            throw new DeviceFailureException($"NVMe {pci}: BAR0 is not assigned");
        ulong cap = hardware.Read64(_bar + CAP);
        _dstrd = (int)(cap >> CAP_DSTRD_Shift) & 0xF;
        _readyTimeoutUs = Math.Max(1, (long)(cap >> CAP_TO_Shift) & 0xFF) * 500_000;
        _adminSq = services.AllocatePages(1);
        _adminCq = services.AllocatePages(1);
        _ioSq = services.AllocatePages(1);
        _ioCq = services.AllocatePages(1);
        _prpList = services.AllocatePages(1);
        _buffer = services.AllocatePages(BufferPages);
        // The PRP list names the buffer's pages after the first (PRP1 names the first, §4.3).
        for (int page = 1; page < BufferPages; page++)
            BinaryPrimitives.WriteUInt64LittleEndian(hardware.Ram(_prpList + (uint)(page - 1) * 8, 8), _buffer + (ulong)page * PageSize);
        Start();
    }

    public override int MaxTransferBlocks => _maxBlocks;
    public override byte[] MessagingNode => _node;
    public override string Name => $"NVMe {Pci}";

    public override void Reset() => Start();

    private void Start()
    {
        // Disable (a controller reset, §7.3.2), set the admin queues, enable (§7.6.1).
        if ((Hardware.Read32(_bar + CC) & CC_EN) != 0)
        {
            Hardware.Write32(_bar + CC, Hardware.Read32(_bar + CC) & ~CC_EN);
            WaitReady(false);
        }
        Hardware.Ram(_adminCq, (int)PageSize).Clear();
        Hardware.Ram(_ioCq, (int)PageSize).Clear();
        _admin.SqTail = _admin.CqHead = 0;
        _admin.Phase = 1;
        _io.SqTail = _io.CqHead = 0;
        _io.Phase = 1;
        Hardware.Write32(_bar + AQA, (QueueEntries - 1) << AQA_ACQS_Shift | (QueueEntries - 1));
        Hardware.Write64(_bar + ASQ, _adminSq);
        Hardware.Write64(_bar + ACQ, _adminCq);
        Hardware.Write32(_bar + CC, CC_EN | 6u << CC_IOSQES_Shift | 4u << CC_IOCQES_Shift);
        WaitReady(true);
        Hardware.Write32(_bar + INTMS, 1);   // vector 0 masked: the driver polls

        Span<byte> command = stackalloc byte[SubmissionQueue.EntrySize];
        // Identify Controller (CNS 1): MDTS bounds a transfer; VWC says whether writes are cached.
        Command(command, NvmeAdminOpcode.Identify, 0, _buffer);
        BinaryPrimitives.WriteUInt32LittleEndian(command[40..], 1);
        Submit(_admin, command);
        int mdts = Hardware.Ram(_buffer + NvmeIdentify.MDTS, 1)[0];
        WriteCaching = (Hardware.Ram(_buffer + NvmeIdentify.VWC, 1)[0] & 1) != 0;
        long maxBytes = BufferPages * PageSize;
        if (mdts != 0)
            maxBytes = Math.Min(maxBytes, PageSize << mdts);

        // Identify Namespace 1 (CNS 0): size and the LBA format in use.
        Command(command, NvmeAdminOpcode.Identify, NamespaceId, _buffer);
        Submit(_admin, command);
        var identify = Hardware.Ram(_buffer, (int)PageSize);
        BlockCount = BinaryPrimitives.ReadUInt64LittleEndian(identify[NvmeIdentify.NSZE..]);
        int format = identify[NvmeIdentify.FLBAS] & 0xF;
        int lbads = identify[NvmeIdentify.LBAF0 + 4 * format + 2];
        if (BlockCount == 0 || lbads < 9 || lbads > 12)
            throw new DeviceFailureException($"{Name}: namespace 1 has no usable LBA format (NSZE {BlockCount}, LBADS {lbads})");
        BlockSize = 1u << lbads;
        _maxBlocks = (int)(maxBytes / BlockSize);
        DevicePath.NvmeNamespace(_node, NamespaceId, BinaryPrimitives.ReadUInt64LittleEndian(identify[Eui64Offset..]));

        // One I/O queue pair, physically contiguous, no interrupts (§5.3, §5.4).
        Command(command, NvmeAdminOpcode.CreateIoCompletionQueue, 0, _ioCq);
        BinaryPrimitives.WriteUInt32LittleEndian(command[40..], (QueueEntries - 1) << 16 | 1);
        BinaryPrimitives.WriteUInt32LittleEndian(command[44..], 1);   // PC
        Submit(_admin, command);
        Command(command, NvmeAdminOpcode.CreateIoSubmissionQueue, 0, _ioSq);
        BinaryPrimitives.WriteUInt32LittleEndian(command[40..], (QueueEntries - 1) << 16 | 1);
        BinaryPrimitives.WriteUInt32LittleEndian(command[44..], 1u << 16 | 1);   // CQID 1, PC
        Submit(_admin, command);
    }

    private void WaitReady(bool ready)
    {
        long deadline = Hardware.Deadline(_readyTimeoutUs);
        while (true)
        {
            uint csts = Hardware.Read32(_bar + CSTS);
            if ((csts & CSTS_CFS) != 0)
                throw new DeviceFailureException($"{Name}: controller fatal status");
            if (((csts & CSTS_RDY) != 0) == ready)
                return;
            if (!Hardware.WaitStep(deadline))
                throw new DeviceFailureException($"{Name}: CSTS.RDY did not become {(ready ? 1 : 0)}");
        }
    }

    private static void Command(Span<byte> command, byte opcode, uint nsid, ulong prp1)
    {
        command.Clear();
        command[0] = opcode;
        BinaryPrimitives.WriteUInt32LittleEndian(command[4..], nsid);
        BinaryPrimitives.WriteUInt64LittleEndian(command[24..], prp1);
    }

    /// <summary>Puts <paramref name="command"/> on the queue, rings its doorbell and polls its completion (§4.6, §7.2).</summary>
    private void Submit(Queue queue, Span<byte> command)
    {
        uint sq = queue.Id == 0 ? _adminSq : _ioSq, cq = queue.Id == 0 ? _adminCq : _ioCq;
        ushort cid = queue.NextCid++;
        BinaryPrimitives.WriteUInt16LittleEndian(command[2..], cid);
        command.CopyTo(Hardware.Ram(sq + (uint)(queue.SqTail * SubmissionQueue.EntrySize), SubmissionQueue.EntrySize));
        queue.SqTail = (queue.SqTail + 1) % QueueEntries;
        Hardware.Write32(_bar + SubmissionTailDoorbell(queue.Id, _dstrd), (uint)queue.SqTail);

        long deadline = Hardware.Deadline(_readyTimeoutUs);
        uint entry = cq + (uint)(queue.CqHead * CompletionQueue.EntrySize);
        while ((Hardware.Ram(entry + 12, 4)[2] & 1) != queue.Phase)
            if (!Hardware.WaitStep(deadline))
                throw new DeviceFailureException($"{Name}: command {command[0]:X2}h on queue {queue.Id} did not complete");
        uint dw3 = BinaryPrimitives.ReadUInt32LittleEndian(Hardware.Ram(entry + 12, 4));
        queue.CqHead = (queue.CqHead + 1) % QueueEntries;
        if (queue.CqHead == 0)
            queue.Phase ^= 1;
        Hardware.Write32(_bar + CompletionHeadDoorbell(queue.Id, _dstrd), (uint)queue.CqHead);
        ushort status = (ushort)(dw3 >> 17);
        if ((ushort)dw3 != cid || status != 0)
            throw new DeviceFailureException($"{Name}: command {command[0]:X2}h failed (status {status:X4}h, CID {(ushort)dw3})");
    }

    private void Transfer(byte opcode, ulong lba, int blocks)
    {
        Span<byte> command = stackalloc byte[SubmissionQueue.EntrySize];
        uint bytes = (uint)blocks * BlockSize;
        Command(command, opcode, NamespaceId, _buffer);
        ulong prp2 = bytes <= PageSize ? 0 : bytes <= 2 * PageSize ? _buffer + PageSize : _prpList;
        BinaryPrimitives.WriteUInt64LittleEndian(command[32..], prp2);
        BinaryPrimitives.WriteUInt64LittleEndian(command[40..], lba);
        BinaryPrimitives.WriteUInt32LittleEndian(command[48..], (uint)(blocks - 1));
        Submit(_io, command);
    }

    public override void Read(ulong lba, int blocks, Span<byte> data)
    {
        Transfer(NvmeIoOpcode.Read, lba, blocks);
        Hardware.Ram(_buffer, blocks * (int)BlockSize).CopyTo(data);
    }

    public override void Write(ulong lba, int blocks, ReadOnlySpan<byte> data)
    {
        data[..(blocks * (int)BlockSize)].CopyTo(Hardware.Ram(_buffer, blocks * (int)BlockSize));
        Transfer(NvmeIoOpcode.Write, lba, blocks);
    }

    public override void Flush()
    {
        Span<byte> command = stackalloc byte[SubmissionQueue.EntrySize];
        Command(command, NvmeIoOpcode.Flush, NamespaceId, 0);
        Submit(_io, command);
    }
}
