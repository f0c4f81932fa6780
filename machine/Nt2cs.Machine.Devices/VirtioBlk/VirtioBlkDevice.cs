using System.Buffers.Binary;
using System.Text;
using Nt2cs.Machine.Devices.Storage;
using Nt2cs.Machine.Devices.Virtio;
using static Nt2cs.Machine.Devices.VirtioBlk.VirtioBlkRegisters;

namespace Nt2cs.Machine.Devices.VirtioBlk;

/// <summary>
/// A virtio block device (§5.2) on a <see cref="Drive"/>: one request queue, capacity, seg_max and blk_size in
/// its configuration, VIRTIO_BLK_F_FLUSH offered over the drive's volatile write cache, and the requests IN,
/// OUT, FLUSH and GET_ID; any other type answers VIRTIO_BLK_S_UNSUPP.
/// </summary>
/// <remarks>
/// <para>A notification schedules the queue's work <see cref="RequestLatencyNs"/> of virtual time later; then
/// every available request is executed in ring order, its data moved straight between the drive and the guest
/// RAM its descriptors name, its status byte written last, and it is returned in the used ring; one used
/// buffer notification follows the batch (as event index or NO_INTERRUPT allow).</para>
/// <para>A request is read as a stream (§2.6.4): the first 16 device-readable bytes are the header, the rest of
/// the readable bytes are OUT data, the writable bytes but the last are IN or GET_ID data, the last writable byte
/// is the status. A chain with no room for a header or a status byte cannot be answered, so it sets
/// DEVICE_NEEDS_RESET; a request beyond the capacity or with data that is not whole sectors is VIRTIO_BLK_S_IOERR.
/// With VIRTIO_BLK_F_FLUSH not negotiated the drive's cache is write-through (§5.2.5).</para>
/// </remarks>
public sealed class VirtioBlkDevice : VirtioDevice
{
    public const ushort QueueSize = 256;
    /// <summary>seg_max: data buffers per request (a chain also holds the header and the status).</summary>
    public const uint MaxSegments = QueueSize - 2;
    public const long RequestLatencyNs = 2_000;

    private readonly PhysicalMemory _memory;
    private readonly VirtualClock _clock;
    private readonly Drive _drive;
    private readonly TimerEvent _workEvent;
    private readonly DescriptorChain _chain = new();
    private readonly byte[] _serial = new byte[VIRTIO_BLK_ID_BYTES];
    private bool _busMasterWarned;

    public VirtioBlkDevice(PhysicalMemory memory, VirtualClock clock, Drive drive, string serial = "NT2CS-VBLK")
    {
        _memory = memory;
        _clock = clock;
        _drive = drive;
        Serial = serial;
        Encoding.ASCII.GetBytes(serial.AsSpan(0, Math.Min(serial.Length, VIRTIO_BLK_ID_BYTES)), _serial);
        _workEvent = new TimerEvent("virtio-blk requests", ProcessRequests);
    }

    public override ushort DeviceType => VirtioBlkRegisters.DeviceType;

    /// <summary>Mass storage controller, SCSI sub-class (01h/00h/00h), as virtio block functions commonly report.</summary>
    public override uint PciClassCode => 0x01_00_00;

    public override string Name => "blk";

    public override ulong Features => VIRTIO_BLK_F_SEG_MAX | VIRTIO_BLK_F_BLK_SIZE | VIRTIO_BLK_F_FLUSH;

    public override int QueueCount => 1;

    public override ushort MaxQueueSize => QueueSize;

    public override uint ConfigSize => VirtioBlkRegisters.ConfigSize;

    public string Serial { get; }

    public Drive Drive => _drive;

    /// <summary>Requests returned in the used ring since power-on, whatever their status.</summary>
    public long RequestsCompleted { get; private set; }

    public override uint ReadConfig(uint offset, int size)
    {
        Span<byte> config = stackalloc byte[(int)VirtioBlkRegisters.ConfigSize];
        config.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(config[(int)capacity..], (ulong)_drive.SectorCount);
        BinaryPrimitives.WriteUInt32LittleEndian(config[(int)seg_max..], MaxSegments);
        BinaryPrimitives.WriteUInt32LittleEndian(config[(int)blk_size..], SectorSize);
        config[(int)writeback] = _drive.Cache.Enabled ? (byte)1 : (byte)0;
        uint value = 0;
        for (int i = 0; i < size; i++)
            value |= (uint)config[(int)offset + i] << (8 * i);
        return value;
    }

    public override void QueueNotified(Virtqueue queue)
    {
        if (!_workEvent.IsScheduled)
            _clock.ScheduleIn(_workEvent, RequestLatencyNs);
    }

    public override void Reset()
    {
        _clock.Cancel(_workEvent);
        _busMasterWarned = false;
    }

    // ---- request processing (§5.2.6) -----------------------------------------------------------------------

    private void ProcessRequests()
    {
        var transport = Transport;
        if (!transport.IsLive)
            return;
        if (!transport.BusMasterEnabled)
        {
            if (!_busMasterWarned)
                transport.Warn("requests made available while bus mastering is off (PCI Command bit 2): they wait until it is on");
            _busMasterWarned = true;
            return;
        }
        // Without VIRTIO_BLK_F_FLUSH the driver cannot flush, so the device writes through (§5.2.5).
        bool writeBack = (transport.NegotiatedFeatures & VIRTIO_BLK_F_FLUSH) != 0;
        if (_drive.Cache.Enabled != writeBack)
            _drive.Cache.Enabled = writeBack;

        var queue = transport.Queue(0);
        bool completed = false;
        while (true)
        {
            var popped = queue.TryPop(_chain);
            if (popped == Virtqueue.PopResult.Empty)
                break;
            if (popped == Virtqueue.PopResult.Broken)
            {
                transport.SetNeedsReset($"queue 0: {queue.Problem}");
                break;
            }
            if (_chain.ReadableLength < RequestHeaderSize || _chain.WritableLength < 1)
            {
                transport.SetNeedsReset($"queue 0: request at descriptor {_chain.Head} has {_chain.ReadableLength} readable bytes "
                    + $"(a header needs {RequestHeaderSize}) and {_chain.WritableLength} writable (a status byte needs 1)");
                break;
            }
            Execute(_chain, out byte status);
            WriteStatus(_chain, status);
            // len counts the writable bytes from the start through the last one written (§2.6.8): the status byte
            // is the chain's last writable byte, so every writable byte is within it, even when no data was.
            queue.PushUsed(_chain.Head, (uint)_chain.WritableLength);
            RequestsCompleted++;
            completed = true;
        }
        if (completed && queue.ShouldNotifyDriver())
            transport.NotifyUsedBuffers(queue);
    }

    /// <summary>Executes one request; returns the data bytes written to the driver (the status byte not counted).</summary>
    private uint Execute(DescriptorChain chain, out byte status)
    {
        Span<byte> header = stackalloc byte[RequestHeaderSize];
        CopyReadable(chain, header);
        uint type = BinaryPrimitives.ReadUInt32LittleEndian(header);
        ulong sector = BinaryPrimitives.ReadUInt64LittleEndian(header[8..]);
        long dataOut = chain.ReadableLength - RequestHeaderSize;
        long dataIn = chain.WritableLength - 1;
        status = VIRTIO_BLK_S_OK;
        switch (type)
        {
            case VIRTIO_BLK_T_IN:
            case VIRTIO_BLK_T_OUT:
            {
                bool write = type == VIRTIO_BLK_T_OUT;
                long length = write ? dataOut : dataIn;
                if (CheckTransfer(chain, type, sector, length) is { } problem)
                {
                    Transport.Warn($"request {chain.Head} ({(write ? "OUT" : "IN")} sector {sector}, {length} bytes): {problem}; VIRTIO_BLK_S_IOERR");
                    status = VIRTIO_BLK_S_IOERR;
                    return 0;
                }
                var transfer = new Transfer(_memory, _drive, (long)sector * SectorSize);
                if (write)
                    chain.ForEachSpan(writable: false, RequestHeaderSize, length, ref transfer, static (ref Transfer t, uint address, int n) =>
                    {
                        t.Drive.Write(t.Offset, t.Memory.Ram(address, n));
                        t.Offset += n;
                    });
                else
                    chain.ForEachSpan(writable: true, 0, length, ref transfer, static (ref Transfer t, uint address, int n) =>
                    {
                        t.Drive.Read(t.Offset, t.Memory.Ram(address, n));
                        t.Offset += n;
                    });
                return write ? 0 : (uint)length;
            }
            case VIRTIO_BLK_T_FLUSH:
                _drive.Flush();
                return 0;
            case VIRTIO_BLK_T_GET_ID:
            {
                int n = (int)Math.Min(dataIn, VIRTIO_BLK_ID_BYTES);
                var serial = new Transfer(_memory, _drive, 0) { Serial = _serial };
                chain.ForEachSpan(writable: true, 0, n, ref serial, static (ref Transfer t, uint address, int count) =>
                {
                    t.Serial.AsSpan((int)t.Offset, count).CopyTo(t.Memory.Ram(address, count));
                    t.Offset += count;
                });
                return (uint)n;
            }
            default:
                Transport.Warn($"request {chain.Head}: type {type} is not one this device has; VIRTIO_BLK_S_UNSUPP");
                status = VIRTIO_BLK_S_UNSUPP;
                return 0;
        }
    }

    private string? CheckTransfer(DescriptorChain chain, uint type, ulong sector, long length)
    {
        if (length % SectorSize != 0)
            return $"{length} data bytes are not whole {SectorSize}-byte sectors";
        ulong sectors = (ulong)length / SectorSize;
        ulong capacitySectors = (ulong)_drive.SectorCount;
        if (sector > capacitySectors || sectors > capacitySectors - sector)
            return $"beyond the capacity of {capacitySectors} sectors";
        if (chain.Count > MaxSegments + 2)
            return $"{chain.Count - 2} data segments, more than seg_max {MaxSegments}";
        return null;
    }

    private struct Transfer(PhysicalMemory memory, Drive drive, long offset)
    {
        public readonly PhysicalMemory Memory = memory;
        public readonly Drive Drive = drive;
        public long Offset = offset;
        public byte[] Serial = [];
    }

    private void CopyReadable(DescriptorChain chain, Span<byte> destination)
    {
        int at = 0;
        foreach (var buffer in chain.Buffers)
        {
            if (buffer.DeviceWritable || at == destination.Length)
                break;
            int n = Math.Min(buffer.Length, destination.Length - at);
            _memory.Ram(buffer.Address, n).CopyTo(destination[at..]);
            at += n;
        }
    }

    /// <summary>The status byte is the last writable byte of the chain, written after the data (§5.2.6).</summary>
    private void WriteStatus(DescriptorChain chain, byte status)
    {
        var buffers = chain.Buffers;
        for (int i = buffers.Length - 1; i >= 0; i--)
            if (buffers[i].DeviceWritable)
            {
                _memory.Ram(buffers[i].Address + (uint)buffers[i].Length - 1, 1)[0] = status;
                return;
            }
    }
}
