using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Machine.Devices.Storage;
using static Nt2cs.Machine.Devices.Nvme.NvmeRegisters;

namespace Nt2cs.Machine.Devices.Nvme;

/// <summary>
/// An NVM Express controller (base specification 1.4) with one namespace on a <see cref="Drive"/>, as a PCI
/// function: class 01h/08h/02h (mass storage, non-volatile memory, NVMe), a 64-bit memory BAR0 with the
/// controller registers, doorbells and the MSI-X table, INTx pin A and an MSI-X capability.
/// </summary>
/// <remarks>
/// <para>This file: identity, the BAR0 register dispatch, CC/CSTS (enable, reset, shutdown) and the doorbells.
/// Command processing, completion and interrupts are in <c>NvmeController.Processing.cs</c>; the admin and NVM
/// command sets in <c>.Admin.cs</c> and <c>.Nvm.cs</c>.</para>
/// <para>Timing is virtual: CSTS.RDY follows CC.EN after <see cref="ReadyDelayNs"/>; commands a doorbell
/// submits complete together <see cref="CommandLatencyNs"/> later, their data moved straight between the drive
/// and guest RAM. Guest misuse never throws: a malformed command completes with an error status and a log line;
/// what the controller cannot go on from (a queue entry outside RAM, an admin queue it cannot use) sets
/// CSTS.CFS until the host resets the controller.</para>
/// </remarks>
public sealed partial class NvmeController : PciFunction, IMmioDevice
{
    /// <summary>The IDs QEMU's NVMe device has (Red Hat, Inc. 1B36:0010), so one driver finds both.</summary>
    public const ushort NvmeVendorId = 0x1B36;
    public const ushort NvmeDeviceId = 0x0010;
    /// <summary>Base class 01h (mass storage), sub-class 08h (NVM), programming interface 02h (NVM Express).</summary>
    public const uint NvmeClassCode = 0x01_08_02;

    public const int MaxIoQueues = 16;
    /// <summary>CAP.MQES + 1.</summary>
    public const int MaxQueueEntries = 2048;
    public const int MsixVectors = MaxIoQueues + 1;
    public const int DoorbellStride = 0;
    /// <summary>Memory page sizes: CAP.MPSMIN 0 (4 KiB) to CAP.MPSMAX 4 (64 KiB).</summary>
    public const int MpsMax = 4;
    /// <summary>Maximum Data Transfer Size: 2^MDTS minimum pages (256 KiB).</summary>
    public const int Mdts = 6;
    public const int LbaSize = 512;
    /// <summary>CAP.TO, in 500 ms units.</summary>
    public const int TimeoutUnits = 1;

    public const long ReadyDelayNs = 20_000;
    public const long CommandLatencyNs = 2_000;
    public const long ShutdownDelayNs = 10_000;

    private readonly PhysicalMemory _memory;
    private readonly VirtualClock _clock;
    private readonly Drive _drive;
    private readonly PrpList _prps;
    private readonly TimerEvent _readyEvent;
    private readonly TimerEvent _workEvent;
    private readonly TimerEvent _shutdownEvent;
    private readonly int _msixCapability;
    private readonly string _logSource;

    private uint _cc;
    private uint _csts;
    private uint _aqa;
    private ulong _asq;
    private ulong _acq;
    private uint _intms;

    public NvmeController(PhysicalMemory memory, VirtualClock clock, Drive drive, string serial = "NT2CS0001")
        : base("NVMe controller", NvmeVendorId, NvmeDeviceId, NvmeClassCode, revision: 2, PciInterruptPin.IntA)
    {
        _memory = memory;
        _clock = clock;
        _drive = drive;
        Serial = serial;
        _prps = new PrpList(memory);
        _logSource = "NVMe";
        _readyEvent = new TimerEvent("NVMe CSTS.RDY", OnReadyDelayElapsed);
        _workEvent = new TimerEvent("NVMe commands", ProcessSubmissionQueues);
        _shutdownEvent = new TimerEvent("NVMe shutdown", OnShutdownComplete);
        Msix = new MsixTable(MsixVectors);
        AddMemoryBar(0, Bar0Size, this, is64Bit: true);
        SetConfig16(PciConfigRegisters.SubsystemVendorId, NvmeVendorId);
        SetConfig16(PciConfigRegisters.SubsystemId, 0x1100);

        // MSI-X capability (PCI 3.0 §6.8.2): Message Control (table size N-1, Function Mask bit 14, MSI-X
        // Enable bit 15), Table Offset/BIR, PBA Offset/BIR.
        _msixCapability = AddCapability(MsixCapabilityId, 12);
        SetConfig16(_msixCapability + 2, MsixVectors - 1);
        SetWritableMask(_msixCapability + 2, 2, MsixEnable | MsixFunctionMask);
        SetConfig32(_msixCapability + 4, MsixTableOffset);
        SetConfig32(_msixCapability + 8, MsixPbaOffset);
        ResetController();
    }

    public const byte MsixCapabilityId = 0x11;
    public const ushort MsixEnable = 1 << 15;
    public const ushort MsixFunctionMask = 1 << 14;

    public string Serial { get; }

    public Drive Drive => _drive;

    public MsixTable Msix { get; }

    /// <summary>Offset of the MSI-X capability in configuration space.</summary>
    public int MsixCapabilityOffset => _msixCapability;

    public bool MsixEnabled => (Config16(_msixCapability + 2) & MsixEnable) != 0;

    /// <summary>CAP (§3.1.1): MQES, CQR, TO, DSTRD, CSS (NVM), MPSMIN 0, MPSMAX.</summary>
    public static ulong Capabilities =>
        (MaxQueueEntries - 1) | CAP_CQR | (ulong)TimeoutUnits << CAP_TO_Shift | (ulong)DoorbellStride << CAP_DSTRD_Shift
        | CAP_CSS_NVM | (ulong)MpsMax << CAP_MPSMAX_Shift;

    /// <summary>VS: 1.4.0.</summary>
    public const uint Version = 0x0001_0400;

    public uint ControllerStatus => _csts;

    private bool Ready => (_csts & CSTS_RDY) != 0;

    private bool Fatal => (_csts & CSTS_CFS) != 0;

    /// <summary>The memory page size CC.MPS selects.</summary>
    public int PageSize => 4096 << (int)((_cc & CC_MPS_Mask) >> CC_MPS_Shift);

    // ---- BAR0 ----------------------------------------------------------------------------------------------

    public uint Read(uint offset, int size)
    {
        uint dword = offset switch
        {
            >= MsixPbaOffset => Msix.ReadPba((offset - MsixPbaOffset) & ~3u),
            >= MsixTableOffset => Msix.ReadTable((offset - MsixTableOffset) & ~3u),
            >= Doorbells => 0, // doorbells are write-only
            _ => ReadRegister(offset & ~3u),
        };
        int shift = 8 * (int)(offset & 3);
        return size >= 4 ? dword : (dword >> shift) & ((1u << (8 * size)) - 1);
    }

    public void Write(uint offset, int size, uint value)
    {
        if (size != 4 || (offset & 3) != 0)
        {
            Log.Warn(_logSource, $"{Name}: {size}-byte write at BAR0+0x{offset:X}: registers are written as dwords; ignored");
            return;
        }
        if (offset >= MsixPbaOffset)
            Log.Warn(_logSource, $"{Name}: write to the MSI-X pending bit array (read-only); ignored");
        else if (offset >= MsixTableOffset)
            Msix.WriteTable(offset - MsixTableOffset, value);
        else if (offset >= Doorbells)
            WriteDoorbell(offset, value);
        else
            WriteRegister(offset, value);
    }

    private uint ReadRegister(uint offset) => offset switch
    {
        CAP => (uint)Capabilities,
        CAP + 4 => (uint)(Capabilities >> 32),
        VS => Version,
        INTMS or INTMC => _intms,
        CC => _cc,
        CSTS => _csts,
        AQA => _aqa,
        ASQ => (uint)_asq,
        ASQ + 4 => (uint)(_asq >> 32),
        ACQ => (uint)_acq,
        ACQ + 4 => (uint)(_acq >> 32),
        _ => 0, // NSSR (not supported), CMB, boot partitions, PMR: absent, read 0
    };

    private void WriteRegister(uint offset, uint value)
    {
        switch (offset)
        {
            case INTMS:
                _intms |= value;
                UpdateInterrupts();
                break;
            case INTMC:
                _intms &= ~value;
                UpdateInterrupts();
                break;
            case CC:
                WriteControllerConfiguration(value & CC_Writable);
                break;
            case AQA:
                _aqa = value & AQA_Writable;
                break;
            case ASQ:
                _asq = (_asq & 0xFFFF_FFFF_0000_0000) | (value & QueueBaseMask & 0xFFFF_FFFF);
                break;
            case ASQ + 4:
                _asq = (_asq & 0xFFFF_FFFF) | (ulong)value << 32;
                break;
            case ACQ:
                _acq = (_acq & 0xFFFF_FFFF_0000_0000) | (value & QueueBaseMask & 0xFFFF_FFFF);
                break;
            case ACQ + 4:
                _acq = (_acq & 0xFFFF_FFFF) | (ulong)value << 32;
                break;
            default:
                Log.Warn(_logSource, $"{Name}: write of 0x{value:X8} to read-only or reserved register BAR0+0x{offset:X}; ignored");
                break;
        }
    }

    // ---- CC: enable, reset, shutdown (§3.1.5, §7.3, §7.6) ----------------------------------------------------

    private void WriteControllerConfiguration(uint value)
    {
        uint old = _cc;
        if ((old & CC_EN) != 0 && (value & CC_EN) != 0)
        {
            // While enabled only SHN and the I/O queue entry sizes may change (§3.1.5).
            const uint fixedWhileEnabled = CC_CSS_Mask | CC_MPS_Mask | CC_AMS_Mask;
            if (((old ^ value) & fixedWhileEnabled) != 0)
                Log.Warn(_logSource, $"{Name}: CC.CSS/MPS/AMS changed while CC.EN = 1; the change is ignored");
            value = (value & ~fixedWhileEnabled) | (old & fixedWhileEnabled);
        }
        _cc = value;

        if ((old & CC_EN) == 0 && (value & CC_EN) != 0)
            Enable();
        else if ((old & CC_EN) != 0 && (value & CC_EN) == 0)
            ResetController();

        uint shn = (value & CC_SHN_Mask) >> CC_SHN_Shift;
        if (shn != 0 && ((old & CC_SHN_Mask) == 0 || (_csts & CSTS_SHST_Mask) == 0))
        {
            _csts = (_csts & ~CSTS_SHST_Mask) | CSTS_SHST_Occurring;
            _clock.ScheduleIn(_shutdownEvent, ShutdownDelayNs);
        }
    }

    /// <summary>CC.EN 0 → 1: checks the configuration and the admin queue, and becomes ready after a delay.</summary>
    private void Enable()
    {
        string? problem = null;
        int mps = (int)((_cc & CC_MPS_Mask) >> CC_MPS_Shift);
        int asqs = (int)(_aqa & AQA_ASQS_Mask) + 1;
        int acqs = (int)((_aqa >> AQA_ACQS_Shift) & AQA_ASQS_Mask) + 1;
        if ((_cc & CC_CSS_Mask) != 0)
            problem = $"CC.CSS {(_cc & CC_CSS_Mask) >> CC_CSS_Shift} selects a command set the controller lacks (CAP.CSS: NVM only)";
        else if (mps > MpsMax)
            problem = $"CC.MPS {mps} is above CAP.MPSMAX {MpsMax}";
        else if ((_cc & CC_AMS_Mask) != 0)
            problem = "CC.AMS selects an arbitration mechanism the controller lacks (round robin only)";
        else if (asqs < 2 || acqs < 2)
            problem = $"AQA gives an admin queue of one entry (ASQS {asqs - 1}, ACQS {acqs - 1}, 0-based; at least 1)";
        else if (!InRam(_asq, asqs * SubmissionQueue.EntrySize) || !InRam(_acq, acqs * CompletionQueue.EntrySize))
            problem = $"the admin queues (ASQ 0x{_asq:X}, ACQ 0x{_acq:X}) are not in RAM";
        if (problem is not null)
        {
            Log.Warn(_logSource, $"{Name}: enable failed: {problem}; CSTS.CFS set");
            _csts |= CSTS_CFS;
            return;
        }
        _cqs[0] = new CompletionQueue(0, _acq, acqs, interruptsEnabled: true, vector: 0);
        _sqs[0] = new SubmissionQueue(0, _asq, asqs, _cqs[0]!);
        _cqs[0]!.SubmissionQueues = 1;
        _clock.ScheduleIn(_readyEvent, ReadyDelayNs);
    }

    private void OnReadyDelayElapsed()
    {
        if ((_cc & CC_EN) != 0 && !Fatal)
        {
            _csts |= CSTS_RDY;
            ScheduleWork();
        }
        else
            _csts &= ~CSTS_RDY;
    }

    /// <summary>
    /// Controller reset (§7.3.2), and the power-on state: I/O queues deleted, the admin queue emptied, features
    /// back to their defaults, CSTS.CFS cleared; CSTS.RDY falls after the ready delay. AQA, ASQ and ACQ keep their
    /// values.
    /// </summary>
    private void ResetController()
    {
        _clock.Cancel(_workEvent);
        _clock.Cancel(_shutdownEvent);
        Array.Clear(_sqs);
        Array.Clear(_cqs);
        _csts &= ~(CSTS_CFS | CSTS_SHST_Mask);
        _intms = 0;
        _busMasterWarned = false;
        ResetFeatures();
        if ((_csts & CSTS_RDY) != 0)
            _clock.ScheduleIn(_readyEvent, ReadyDelayNs);
        else
            _clock.Cancel(_readyEvent);
        UpdateInterrupts();
    }

    /// <summary>Shutdown processing (§7.6.2): the volatile write cache is written out, then SHST says complete.</summary>
    private void OnShutdownComplete()
    {
        _drive.Flush();
        _csts = (_csts & ~CSTS_SHST_Mask) | CSTS_SHST_Complete;
    }

    // ---- doorbells (§3.1.24, §3.1.25, §4.1) ---------------------------------------------------------------------

    private void WriteDoorbell(uint offset, uint value)
    {
        int stride = 4 << DoorbellStride;
        uint index = (offset - Doorbells) / (uint)stride;
        int queue = (int)(index / 2);
        bool isCompletion = (index & 1) != 0;
        if ((offset - Doorbells) % stride != 0 || queue > MaxIoQueues || (isCompletion ? _cqs[queue] is null : _sqs[queue] is null))
        {
            InvalidDoorbell(AsyncEventInvalidDoorbellRegister,
                $"write of 0x{value:X} to BAR0+0x{offset:X}, the doorbell of no existing queue");
            return;
        }
        if (!Ready)
        {
            Log.Warn(_logSource, $"{Name}: doorbell write while the controller is not ready; ignored");
            return;
        }
        if (isCompletion)
        {
            var cq = _cqs[queue]!;
            bool wasFull = cq.IsFull;
            // The new head may move only over entries the controller has posted.
            if (value >= (uint)cq.Size || (value - (uint)cq.Head + (uint)cq.Size) % (uint)cq.Size > (uint)cq.Outstanding)
            {
                InvalidDoorbell(AsyncEventInvalidDoorbellValue,
                    $"CQ {queue} head doorbell 0x{value:X}: not within the {cq.Outstanding} posted entries (head {cq.Head}, tail {cq.Tail}, size {cq.Size})");
                return;
            }
            cq.Head = (int)value;
            UpdateInterrupts();
            if (wasFull)
                ScheduleWork();
        }
        else
        {
            var sq = _sqs[queue]!;
            if (value >= (uint)sq.Size)
            {
                InvalidDoorbell(AsyncEventInvalidDoorbellValue, $"SQ {queue} tail doorbell 0x{value:X} is beyond the queue's {sq.Size} entries");
                return;
            }
            sq.Tail = (int)value;
            ScheduleWork();
        }
    }

    private void ScheduleWork()
    {
        if (!_workEvent.IsScheduled)
            _clock.ScheduleIn(_workEvent, CommandLatencyNs);
    }

    // ---- configuration space --------------------------------------------------------------------------------

    protected override void AfterConfigWrite(int offset, int size)
    {
        if (offset < _msixCapability + 4 && offset + size > _msixCapability + 2)
        {
            Msix.SetFunctionMask((Config16(_msixCapability + 2) & MsixFunctionMask) != 0);
            UpdateInterrupts();
        }
        if (offset < PciConfigRegisters.Command + 2 && offset + size > PciConfigRegisters.Command
            && (Command & PciCommand.BusMaster) != 0 && Ready)
            ScheduleWork();
    }

    private bool InRam(ulong address, long length) =>
        address <= uint.MaxValue && length <= uint.MaxValue && _memory.IsRam((uint)address, (uint)length);
}
