using static Nt2cs.Machine.Devices.Nvme.NvmeRegisters;

namespace Nt2cs.Machine.Devices.Nvme;

/// <summary>The admin command set (§5): queues, Identify, features, log pages, Abort, asynchronous events.</summary>
public sealed partial class NvmeController
{
    private readonly byte[] _scratch = new byte[4096];
    private int _ioSubmissionQueuesAllocated;
    private int _ioCompletionQueuesAllocated;
    private bool _queuesCreated;
    private uint _arbitration;
    private uint _powerManagement;
    private uint _temperatureThreshold;
    private uint _errorRecovery;
    private uint _interruptCoalescing;
    private uint _writeAtomicity;
    private uint _asyncEventConfiguration;
    private long _sectorsRead;
    private long _sectorsWritten;
    private long _readCommands;
    private long _writeCommands;

    private void ResetFeatures()
    {
        _ioSubmissionQueuesAllocated = MaxIoQueues;
        _ioCompletionQueuesAllocated = MaxIoQueues;
        _queuesCreated = false;
        _arbitration = 0;
        _powerManagement = 0;
        _temperatureThreshold = 0x0157; // 343 K
        _errorRecovery = 0;
        _interruptCoalescing = 0;
        _writeAtomicity = 0;
        _asyncEventConfiguration = 0;
        _asyncEventRequests.Clear();
        _asyncEventsPending.Clear();
        _drive.Cache.Enabled = true;
    }

    private ushort ExecuteAdmin(in NvmeCommand c, ref uint result, ref bool deferred)
    {
        if (c.Fuse != 0 || c.Psdt != 0)
            return Reject(NvmeStatus.InvalidFieldInCommand, c.Fuse != 0 ? "fused operations are not supported" : "SGLs are not supported for admin commands");
        switch (c.Opcode)
        {
            case NvmeAdminOpcode.DeleteIoSubmissionQueue: return DeleteIoSubmissionQueue(c);
            case NvmeAdminOpcode.CreateIoSubmissionQueue: return CreateIoSubmissionQueue(c);
            case NvmeAdminOpcode.GetLogPage: return GetLogPage(c);
            case NvmeAdminOpcode.DeleteIoCompletionQueue: return DeleteIoCompletionQueue(c);
            case NvmeAdminOpcode.CreateIoCompletionQueue: return CreateIoCompletionQueue(c);
            case NvmeAdminOpcode.Identify: return Identify(c);
            case NvmeAdminOpcode.Abort:
                result = 1; // bit 0: the command was not aborted (every command has completed already)
                return NvmeStatus.Success;
            case NvmeAdminOpcode.SetFeatures: return SetFeatures(c, ref result);
            case NvmeAdminOpcode.GetFeatures: return GetFeatures(c, ref result);
            case NvmeAdminOpcode.AsynchronousEventRequest:
                if (_asyncEventRequests.Count >= AsyncEventRequestLimit)
                    return NvmeStatus.AsynchronousEventRequestLimitExceeded;
                _asyncEventRequests.Enqueue(c.Cid);
                deferred = true;
                CompleteAsyncEvents();
                return NvmeStatus.Success;
            default:
                return Reject(NvmeStatus.InvalidCommandOpcode, "not an admin command this controller has");
        }
    }

    // ---- queues (§5.3–5.7) ----

    /// <summary>Create I/O Completion Queue (§5.3): CDW10 QID 15:0, QSIZE 31:16; CDW11 PC bit 0, IEN bit 1, IV 31:16.</summary>
    private ushort CreateIoCompletionQueue(in NvmeCommand c)
    {
        int id = (int)(c.Cdw10 & 0xFFFF);
        int size = (int)(c.Cdw10 >> 16) + 1;
        bool contiguous = (c.Cdw11 & 1) != 0;
        bool interrupts = (c.Cdw11 & 2) != 0;
        int vector = (int)(c.Cdw11 >> 16);
        if (id == 0 || id > _ioCompletionQueuesAllocated || _cqs[id] is not null)
            return Reject(NvmeStatus.InvalidQueueIdentifier, $"CQ {id} is 0, beyond the {_ioCompletionQueuesAllocated} allocated or exists");
        if (size < 2 || size > MaxQueueEntries)
            return Reject(NvmeStatus.InvalidQueueSize, $"{size} entries (2 to CAP.MQES + 1 = {MaxQueueEntries})");
        if (!contiguous)
            return Reject(NvmeStatus.InvalidFieldInCommand, "PC = 0, but CAP.CQR requires physically contiguous queues");
        // The controller refuses a vector beyond the messages it supports (NVMe over PCIe 1.0 §3.2, NVMe 1.4 §5.3).
        // IV "shall be cleared to 0h" is the host's rule while it uses pin-based interrupts, a mode it may leave by
        // enabling MSI-X later; pin-based interrupts follow vector 0 alone (§3.5), so such a queue's completions
        // raise none until then: logged, not refused.
        if (vector >= MsixVectors)
            return Reject(NvmeStatus.InvalidInterruptVector, $"IV {vector}, beyond the {MsixVectors} MSI-X vectors");
        if (interrupts && vector != 0 && !MsixEnabled)
            Log.Warn(_logSource, $"{Name}: I/O completion queue {id} gets IV {vector} while MSI-X is off: pin-based interrupts use vector 0 only, so it raises none until MSI-X is enabled");
        if ((_cc & CC_IOCQES_Mask) >> CC_IOCQES_Shift != 4)
            return Reject(NvmeStatus.InvalidFieldInCommand, "CC.IOCQES is not 4 (16-byte entries)");
        if ((c.Prp1 & (ulong)(PageSize - 1)) != 0 || !InRam(c.Prp1, (long)size * CompletionQueue.EntrySize))
            return Reject(NvmeStatus.InvalidFieldInCommand, $"the queue at 0x{c.Prp1:X} is not page aligned or not in RAM");
        _cqs[id] = new CompletionQueue(id, c.Prp1, size, interrupts, vector);
        _queuesCreated = true;
        return NvmeStatus.Success;
    }

    /// <summary>Create I/O Submission Queue (§5.4): CDW10 QID, QSIZE; CDW11 PC bit 0, QPRIO 2:1, CQID 31:16.</summary>
    private ushort CreateIoSubmissionQueue(in NvmeCommand c)
    {
        int id = (int)(c.Cdw10 & 0xFFFF);
        int size = (int)(c.Cdw10 >> 16) + 1;
        int cqid = (int)(c.Cdw11 >> 16);
        if (id == 0 || id > _ioSubmissionQueuesAllocated || _sqs[id] is not null)
            return Reject(NvmeStatus.InvalidQueueIdentifier, $"SQ {id} is 0, beyond the {_ioSubmissionQueuesAllocated} allocated or exists");
        if (size < 2 || size > MaxQueueEntries)
            return Reject(NvmeStatus.InvalidQueueSize, $"{size} entries (2 to CAP.MQES + 1 = {MaxQueueEntries})");
        if ((c.Cdw11 & 1) == 0)
            return Reject(NvmeStatus.InvalidFieldInCommand, "PC = 0, but CAP.CQR requires physically contiguous queues");
        if (cqid == 0 || cqid > MaxIoQueues || _cqs[cqid] is null)
            return Reject(NvmeStatus.CompletionQueueInvalid, $"CQID {cqid} names no I/O completion queue");
        if ((_cc & CC_IOSQES_Mask) >> CC_IOSQES_Shift != 6)
            return Reject(NvmeStatus.InvalidFieldInCommand, "CC.IOSQES is not 6 (64-byte entries)");
        if ((c.Prp1 & (ulong)(PageSize - 1)) != 0 || !InRam(c.Prp1, (long)size * SubmissionQueue.EntrySize))
            return Reject(NvmeStatus.InvalidFieldInCommand, $"the queue at 0x{c.Prp1:X} is not page aligned or not in RAM");
        var cq = _cqs[cqid]!;
        _sqs[id] = new SubmissionQueue(id, c.Prp1, size, cq);
        cq.SubmissionQueues++;
        _queuesCreated = true;
        return NvmeStatus.Success;
    }

    /// <summary>Delete I/O Submission Queue (§5.6): commands not yet fetched are dropped with it.</summary>
    private ushort DeleteIoSubmissionQueue(in NvmeCommand c)
    {
        int id = (int)(c.Cdw10 & 0xFFFF);
        if (id == 0 || id > MaxIoQueues || _sqs[id] is not { } sq)
            return Reject(NvmeStatus.InvalidQueueIdentifier, $"SQ {id} is not an I/O submission queue");
        sq.Completions.SubmissionQueues--;
        _sqs[id] = null;
        return NvmeStatus.Success;
    }

    /// <summary>Delete I/O Completion Queue (§5.5): refused while a submission queue still posts to it.</summary>
    private ushort DeleteIoCompletionQueue(in NvmeCommand c)
    {
        int id = (int)(c.Cdw10 & 0xFFFF);
        if (id == 0 || id > MaxIoQueues || _cqs[id] is not { } cq)
            return Reject(NvmeStatus.InvalidQueueIdentifier, $"CQ {id} is not an I/O completion queue");
        if (cq.SubmissionQueues > 0)
            return Reject(NvmeStatus.InvalidQueueDeletion, $"{cq.SubmissionQueues} submission queue(s) still use CQ {id}");
        _cqs[id] = null;
        UpdateInterrupts();
        return NvmeStatus.Success;
    }

    // ---- Identify (§5.15) ----

    /// <summary>Identify: CDW10 CNS 7:0 — 0 namespace, 1 controller, 2 active namespace ID list, 3 namespace descriptors.</summary>
    private ushort Identify(in NvmeCommand c)
    {
        var data = _scratch.AsSpan();
        data.Clear();
        switch (c.Cdw10 & 0xFF)
        {
            case 0:
                if (c.Nsid != 1 && c.Nsid != 0xFFFF_FFFF)
                    return Reject(NvmeStatus.InvalidNamespaceOrFormat, $"NSID {c.Nsid}");
                NvmeIdentify.Namespace(data, c.Nsid == 1 ? _drive.SectorCount : 0);
                break;
            case 1:
                NvmeIdentify.Controller(data, Serial, NvmeVendorId, MaxQueueEntries, 1);
                break;
            case 2:
                if (c.Nsid >= 0xFFFF_FFFE)
                    return Reject(NvmeStatus.InvalidNamespaceOrFormat, $"NSID 0x{c.Nsid:X} starts no namespace list");
                if (c.Nsid < 1)
                    NvmeIdentify.WriteUInt32(data, 0, 1); // namespace 1 is the one active namespace
                break;
            case 3:
                if (c.Nsid != 1)
                    return Reject(NvmeStatus.InvalidNamespaceOrFormat, $"NSID {c.Nsid}");
                break; // no identifiers: an empty descriptor list
            default:
                return Reject(NvmeStatus.InvalidFieldInCommand, $"CNS {c.Cdw10 & 0xFF}");
        }
        return CopyToHost(data, c);
    }

    // ---- features (§5.21, §5.9) ----

    private ushort SetFeatures(in NvmeCommand c, ref uint result)
    {
        if ((c.Cdw10 & 0x8000_0000) != 0)
            return NvmeStatus.FeatureIdentifierNotSaveable; // SV: nothing is saveable (ONCS.Save = 0)
        uint value = c.Cdw11;
        switch ((byte)c.Cdw10)
        {
            case NvmeFeature.Arbitration: _arbitration = value; break;
            case NvmeFeature.PowerManagement:
                if ((value & 0x1F) != 0)
                    return Reject(NvmeStatus.InvalidFieldInCommand, $"power state {value & 0x1F} (only state 0 exists)");
                _powerManagement = value;
                break;
            case NvmeFeature.TemperatureThreshold: _temperatureThreshold = value & 0xFFFF; break;
            case NvmeFeature.ErrorRecovery: _errorRecovery = value; break;
            case NvmeFeature.VolatileWriteCache: _drive.Cache.Enabled = (value & 1) != 0; break;
            case NvmeFeature.NumberOfQueues:
            {
                uint nsqr = value & 0xFFFF, ncqr = value >> 16;
                if (nsqr == 0xFFFF || ncqr == 0xFFFF)
                    return Reject(NvmeStatus.InvalidFieldInCommand, "65535 queues requested");
                if (_queuesCreated)
                    return Reject(NvmeStatus.CommandSequenceError, "Number of Queues set after I/O queues were created");
                _ioSubmissionQueuesAllocated = (int)Math.Min(nsqr + 1, MaxIoQueues);
                _ioCompletionQueuesAllocated = (int)Math.Min(ncqr + 1, MaxIoQueues);
                result = NumberOfQueuesResult;
                break;
            }
            case NvmeFeature.InterruptCoalescing: _interruptCoalescing = value & 0xFFFF; break; // accepted, not modelled
            case NvmeFeature.InterruptVectorConfiguration:
                if ((value & 0xFFFF) >= MsixVectors)
                    return Reject(NvmeStatus.InvalidFieldInCommand, $"IV {value & 0xFFFF}");
                break;
            case NvmeFeature.WriteAtomicityNormal: _writeAtomicity = value & 1; break;
            case NvmeFeature.AsynchronousEventConfiguration: _asyncEventConfiguration = value; break;
            default:
                return Reject(NvmeStatus.InvalidFieldInCommand, $"feature 0x{(byte)c.Cdw10:X2}");
        }
        return NvmeStatus.Success;
    }

    private uint NumberOfQueuesResult => (uint)(_ioSubmissionQueuesAllocated - 1) | (uint)(_ioCompletionQueuesAllocated - 1) << 16;

    /// <summary>Get Features: CDW10 FID 7:0, SEL 10:8 (current, default, saved, supported capabilities).</summary>
    private ushort GetFeatures(in NvmeCommand c, ref uint result)
    {
        byte fid = (byte)c.Cdw10;
        uint select = (c.Cdw10 >> 8) & 7;
        if (select > 3)
            return Reject(NvmeStatus.InvalidFieldInCommand, $"SEL {select}");
        bool current = select == 0;
        switch (fid)
        {
            case NvmeFeature.Arbitration: result = current ? _arbitration : 0; break;
            case NvmeFeature.PowerManagement: result = current ? _powerManagement : 0; break;
            case NvmeFeature.TemperatureThreshold: result = current ? _temperatureThreshold : 0x0157; break;
            case NvmeFeature.ErrorRecovery: result = current ? _errorRecovery : 0; break;
            case NvmeFeature.VolatileWriteCache: result = !current || _drive.Cache.Enabled ? 1u : 0u; break;
            case NvmeFeature.NumberOfQueues:
                result = current ? NumberOfQueuesResult : (uint)(MaxIoQueues - 1) | (uint)(MaxIoQueues - 1) << 16;
                break;
            case NvmeFeature.InterruptCoalescing: result = current ? _interruptCoalescing : 0; break;
            case NvmeFeature.InterruptVectorConfiguration:
                if ((c.Cdw11 & 0xFFFF) >= MsixVectors)
                    return Reject(NvmeStatus.InvalidFieldInCommand, $"IV {c.Cdw11 & 0xFFFF}");
                result = c.Cdw11 & 0xFFFF;
                break;
            case NvmeFeature.WriteAtomicityNormal: result = current ? _writeAtomicity : 0; break;
            case NvmeFeature.AsynchronousEventConfiguration: result = current ? _asyncEventConfiguration : 0; break;
            default:
                return Reject(NvmeStatus.InvalidFieldInCommand, $"feature 0x{fid:X2}");
        }
        if (select == 3)
            result = 0b100; // changeable, not saveable, not namespace specific
        return NvmeStatus.Success;
    }

    // ---- log pages (§5.14) ----

    /// <summary>Get Log Page: CDW10 LID 7:0, NUMDL 31:16; CDW11 NUMDU 15:0; CDW12/13 offset (dword aligned).</summary>
    private ushort GetLogPage(in NvmeCommand c)
    {
        byte lid = (byte)c.Cdw10;
        long dwords = ((c.Cdw10 >> 16) | (long)(c.Cdw11 & 0xFFFF) << 16) + 1;
        ulong offset = c.Cdw12 | (ulong)c.Cdw13 << 32;
        var log = _scratch.AsSpan();
        log.Clear();
        int length;
        switch (lid)
        {
            case NvmeLogPage.ErrorInformation:
                length = _errorLog.Length;
                // Newest first.
                for (int i = 0; i < ErrorLogEntries && (ulong)i < _errorCount; i++)
                    _errorLog.AsSpan((int)((_errorCount - 1 - (ulong)i) % ErrorLogEntries) * 64, 64).CopyTo(log[(i * 64)..]);
                break;
            case NvmeLogPage.SmartHealthInformation:
                length = 512;
                NvmeIdentify.SmartLog(log, _sectorsRead, _sectorsWritten, _readCommands, _writeCommands);
                break;
            case NvmeLogPage.FirmwareSlotInformation:
                length = 512;
                log[0] = 1; // AFI: slot 1 active
                NvmeIdentify.WriteAscii(log.Slice(8, 8), NvmeIdentify.FirmwareRevision);
                break;
            default:
                return Reject(NvmeStatus.InvalidLogPage, $"log page 0x{lid:X2}");
        }
        if ((offset & 3) != 0 || offset >= (ulong)length)
            return Reject(NvmeStatus.InvalidFieldInCommand, $"offset {offset} into a {length}-byte log page");
        long bytes = dwords * 4;
        if (bytes > MaxTransferBytes)
            return Reject(NvmeStatus.InvalidFieldInCommand, $"{bytes} bytes is more than MDTS allows");
        return CopyToHost(log[(int)offset..], c, bytes);
    }

    /// <summary>MDTS in bytes.</summary>
    public const int MaxTransferBytes = 4096 << Mdts;

    /// <summary>Copies <paramref name="data"/> to the command's PRPs (<paramref name="length"/> bytes; past the data, zeroes).</summary>
    private ushort CopyToHost(ReadOnlySpan<byte> data, in NvmeCommand c, long length = -1)
    {
        if (length < 0)
            length = data.Length;
        ushort status = _prps.Build(c.Prp1, c.Prp2, length, PageSize);
        if (status != NvmeStatus.Success)
            return Reject(status, _prps.Failure);
        foreach (var segment in _prps.Segments)
        {
            var ram = _memory.Ram(segment.Address, segment.Length);
            int n = Math.Min(ram.Length, data.Length);
            data[..n].CopyTo(ram);
            ram[n..].Clear();
            data = data[n..];
        }
        return NvmeStatus.Success;
    }
}
