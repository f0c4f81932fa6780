using System.Buffers.Binary;
using Nt2cs.Machine.Devices.Pci;
using static Nt2cs.Machine.Devices.Nvme.NvmeRegisters;

namespace Nt2cs.Machine.Devices.Nvme;

/// <summary>Fetching commands, posting completions (§4.6) and the interrupt outputs (§7.5).</summary>
public sealed partial class NvmeController
{
    // Asynchronous event information for the Error status type (§5.2, Figure 146).
    private const uint AsyncEventInvalidDoorbellRegister = 0x00;
    private const uint AsyncEventInvalidDoorbellValue = 0x01;
    /// <summary>AERL: at most four Asynchronous Event Request commands outstanding.</summary>
    public const int AsyncEventRequestLimit = 4;
    /// <summary>ELPE + 1: error information log entries kept.</summary>
    public const int ErrorLogEntries = 16;

    private readonly SubmissionQueue?[] _sqs = new SubmissionQueue?[MaxIoQueues + 1];
    private readonly CompletionQueue?[] _cqs = new CompletionQueue?[MaxIoQueues + 1];
    private readonly Queue<ushort> _asyncEventRequests = new();
    private readonly Queue<uint> _asyncEventsPending = new();
    private readonly byte[] _errorLog = new byte[ErrorLogEntries * 64];
    private ulong _errorCount;
    private bool _busMasterWarned;

    /// <summary>The submission queue <paramref name="id"/> if it exists (0: the admin queue).</summary>
    public SubmissionQueue? SubmissionQueueOf(int id) => (uint)id <= MaxIoQueues ? _sqs[id] : null;

    public CompletionQueue? CompletionQueueOf(int id) => (uint)id <= MaxIoQueues ? _cqs[id] : null;

    /// <summary>
    /// The work event: every submission queue, admin first, is drained of the commands its tail doorbell
    /// submitted, as long as its completion queue has room (a full one resumes at its head doorbell).
    /// </summary>
    private void ProcessSubmissionQueues()
    {
        if (!Ready || Fatal)
            return;
        if ((Command & PciCommand.BusMaster) == 0)
        {
            if (!_busMasterWarned)
                Log.Warn(_logSource, $"{Name}: commands submitted while bus mastering is off (PCI Command bit 2): they wait until it is on");
            _busMasterWarned = true;
            return;
        }
        for (int id = 0; id <= MaxIoQueues; id++)
        {
            while (_sqs[id] is { HasCommands: true } sq && !sq.Completions.IsFull && !Fatal && Ready)
            {
                ulong at = sq.EntryAddress(sq.Head);
                if (!InRam(at, SubmissionQueue.EntrySize))
                {
                    SetFatal($"SQ {id} entry {sq.Head} at 0x{at:X} is not in RAM");
                    return;
                }
                var command = new NvmeCommand(_memory.Ram((uint)at, SubmissionQueue.EntrySize));
                sq.Head = (sq.Head + 1) % sq.Size;
                uint result = 0;
                bool deferred = false;
                ushort status = id == 0 ? ExecuteAdmin(command, ref result, ref deferred) : ExecuteNvm(command, ref result);
                if (status != NvmeStatus.Success)
                    RecordError(sq, command, status);
                if (!deferred)
                    PostCompletion(sq.Completions, sq, command.Cid, status, result);
            }
        }
        UpdateInterrupts();
    }

    /// <summary>Writes a completion queue entry (§4.6, Figure 124) at the tail with the current phase tag.</summary>
    private void PostCompletion(CompletionQueue cq, SubmissionQueue sq, ushort cid, ushort status, uint result)
    {
        ulong at = cq.EntryAddress(cq.Tail);
        if (!InRam(at, CompletionQueue.EntrySize))
        {
            SetFatal($"CQ {cq.Id} entry {cq.Tail} at 0x{at:X} is not in RAM");
            return;
        }
        var entry = _memory.Ram((uint)at, CompletionQueue.EntrySize);
        BinaryPrimitives.WriteUInt32LittleEndian(entry, result);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], (uint)sq.Head | (uint)sq.Id << 16);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[12..], cid | (cq.Phase ? 1u << 16 : 0) | (uint)status << 17);
        if (++cq.Tail == cq.Size)
        {
            cq.Tail = 0;
            cq.Phase = !cq.Phase;
        }
        if (cq.InterruptsEnabled && MsixEnabled)
            Msix.Signal(cq.Vector);
    }

    /// <summary>
    /// Pin-based interrupts (§7.5.1; NVMe over PCIe 1.0 §3.5): INTx# follows IS[0], set while a completion queue of
    /// vector 0 with interrupts enabled holds entries the host has not consumed and INTMS bit 0 is clear (the wire
    /// carries vector 0 alone); with MSI-X enabled, INTx# is off and each posted completion signals its queue's
    /// vector.
    /// </summary>
    private void UpdateInterrupts()
    {
        bool asserted = false;
        if (!MsixEnabled && (_intms & 1) == 0)
            foreach (var cq in _cqs)
                if (cq is { InterruptsEnabled: true, HasEntries: true, Vector: 0 })
                    asserted = true;
        SetInterruptLevel(asserted);
    }

    /// <summary>The controller cannot go on: CSTS.CFS until the host resets it (§9.5).</summary>
    private void SetFatal(string why)
    {
        Log.Warn(_logSource, $"{Name}: {why}; controller fatal status (CSTS.CFS) set");
        _csts |= CSTS_CFS;
        _clock.Cancel(_workEvent);
    }

    private void RecordError(SubmissionQueue sq, in NvmeCommand command, ushort status)
    {
        _errorCount++;
        var entry = _errorLog.AsSpan((int)((_errorCount - 1) % ErrorLogEntries) * 64, 64);
        entry.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(entry, _errorCount);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[8..], (ushort)sq.Id);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[10..], command.Cid);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[12..], (ushort)(status << 1));
        BinaryPrimitives.WriteUInt16LittleEndian(entry[14..], 0xFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[24..], command.Nsid);
        Log.Warn(_logSource, $"{Name}: SQ {sq.Id} command {command.Cid} (opcode 0x{command.Opcode:X2}): {NvmeStatus.Describe(status)}"
            + (_commandProblem is null ? "" : $": {_commandProblem}"));
        _commandProblem = null;
    }

    private string? _commandProblem;

    /// <summary>Says why the command being executed fails (for the log line); returns <paramref name="status"/>.</summary>
    private ushort Reject(ushort status, string why)
    {
        _commandProblem = why;
        return status;
    }

    /// <summary>A doorbell write the controller cannot honour (§4.1): ignored, logged, and reported as an asynchronous event.</summary>
    private void InvalidDoorbell(uint eventInformation, string why)
    {
        Log.Warn(_logSource, $"{Name}: {why}; ignored");
        if (!Ready)
            return;
        // Event type 0 (error status), information, log page 1 (error information) — §5.2, Figure 145.
        _asyncEventsPending.Enqueue(eventInformation << 8 | (uint)NvmeLogPage.ErrorInformation << 16);
        CompleteAsyncEvents();
    }

    private void CompleteAsyncEvents()
    {
        bool posted = false;
        while (_asyncEventRequests.Count > 0 && _asyncEventsPending.Count > 0 && _sqs[0] is { } admin && !admin.Completions.IsFull)
        {
            PostCompletion(admin.Completions, admin, _asyncEventRequests.Dequeue(), NvmeStatus.Success, _asyncEventsPending.Dequeue());
            posted = true;
        }
        if (posted)
            UpdateInterrupts();
    }
}
