using System.Buffers.Binary;
using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Machine.Devices.Virtio;
using static Nt2cs.Machine.Devices.Virtio.VirtioPciRegisters;
using static Nt2cs.Machine.Devices.VirtioBlk.VirtioBlkRegisters;
using C = Nt2cs.Machine.Devices.Pci.PciConfigRegisters;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>
/// The firmware's virtio-blk driver on the modern PCI transport (virtio 1.1 §4.1, §5.2): the structures found
/// through the vendor capabilities, the initialisation of §3.1.1 (VERSION_1, and FLUSH when offered), one split
/// virtqueue of <see cref="QueueEntries"/> entries in a page of its own, a request as header, data and status
/// descriptors, used-ring polled (VIRTQ_AVAIL_F_NO_INTERRUPT set).
/// </summary>
public sealed class VirtioBlkDisk : BlockDevice
{
    private const int QueueEntries = 16;
    private const int BufferPages = 16;
    private const uint PageSize = 4096;
    private const long RequestTimeoutUs = 2_000_000;
    // Places in the queue's page: descriptor table, available ring, used ring, request header, status byte.
    private const uint DescOffset = 0, AvailOffset = 256, UsedOffset = 512, HeaderOffset = 1024, StatusOffset = 1040;

    private readonly uint _common, _device, _notify, _multiplier, _queue, _buffer;
    private readonly bool _flush;
    private int _queueSize;
    private uint _notifyAddress;
    private ushort _availIndex;

    private VirtioBlkDisk(StorageHardware hardware, PciAddress pci, IFirmwareServices services, uint common, uint device, uint notify, uint multiplier)
        : base(hardware, pci)
    {
        _common = common;
        _device = device;
        _notify = notify;
        _multiplier = multiplier;
        _queue = services.AllocatePages(1);
        _buffer = services.AllocatePages(BufferPages);
        _flush = Start();
    }

    /// <summary>The driver for the virtio-blk function at <paramref name="pci"/>, its structures located by its capabilities.</summary>
    public static VirtioBlkDisk Create(StorageHardware hardware, PciAddress pci, IFirmwareServices services)
    {
        hardware.EnableCommand(pci, PciCommand.MemorySpace | PciCommand.BusMaster | PciCommand.InterruptDisable);
        uint common = 0, device = 0, notify = 0, multiplier = 0;
        int cap = (int)hardware.ReadConfig(pci, C.CapabilitiesPointer, 1) & 0xFC;
        for (int guard = 0; cap != 0 && guard < 48; guard++)
        {
            if (hardware.ReadConfig(pci, cap, 1) == VendorCapabilityId)
            {
                uint bar = hardware.MemoryBar(pci, (int)hardware.ReadConfig(pci, cap + CapBar, 1));
                uint at = bar == 0 ? 0 : bar + hardware.ReadConfig(pci, cap + CapOffset, 4);
                switch ((byte)hardware.ReadConfig(pci, cap + CapCfgType, 1))
                {
                    case VIRTIO_PCI_CAP_COMMON_CFG when common == 0: common = at; break;
                    case VIRTIO_PCI_CAP_DEVICE_CFG when device == 0: device = at; break;
                    case VIRTIO_PCI_CAP_NOTIFY_CFG when notify == 0:
                        notify = at;
                        multiplier = hardware.ReadConfig(pci, cap + NotifyOffMultiplierField, 4);
                        break;
                }
            }
            cap = (int)hardware.ReadConfig(pci, cap + 1, 1) & 0xFC;
        }
        if (common == 0 || device == 0 || notify == 0)
            throw new DeviceFailureException($"virtio-blk {pci}: configuration structures not found (BAR unassigned?)");
        return new VirtioBlkDisk(hardware, pci, services, common, device, notify, multiplier);
    }

    public override int MaxTransferBlocks => (int)(BufferPages * PageSize / SectorSize);
    public override byte[] MessagingNode => [];
    public override string Name => $"virtio-blk {Pci}";

    private uint Common(uint field, int size) => (uint)Hardware.Memory.Read(_common + field, (uint)size);
    private void Common(uint field, int size, uint value) => Hardware.Memory.Write(_common + field, (uint)size, value);

    public override void Reset() => Start();

    /// <summary>Device initialisation (§3.1.1) and queue 0's setup (§4.1.5.1.3); returns whether FLUSH was negotiated.</summary>
    private bool Start()
    {
        Common(device_status, 1, 0);
        long deadline = Hardware.Deadline(RequestTimeoutUs);
        while (Common(device_status, 1) != 0)
            if (!Hardware.WaitStep(deadline))
                throw new DeviceFailureException($"{Name}: the reset did not complete");
        var status = VirtioDeviceStatus.ACKNOWLEDGE | VirtioDeviceStatus.DRIVER;
        Common(device_status, 1, (uint)status);
        Common(device_feature_select, 4, 0);
        ulong offered = Common(device_feature, 4);
        Common(device_feature_select, 4, 1);
        offered |= (ulong)Common(device_feature, 4) << 32;
        ulong wanted = VirtioFeatures.VIRTIO_F_VERSION_1 | (offered & VIRTIO_BLK_F_FLUSH);
        if ((offered & VirtioFeatures.VIRTIO_F_VERSION_1) == 0)
            Fail(status, "does not offer VIRTIO_F_VERSION_1");
        Common(driver_feature_select, 4, 0);
        Common(driver_feature, 4, (uint)wanted);
        Common(driver_feature_select, 4, 1);
        Common(driver_feature, 4, (uint)(wanted >> 32));
        status |= VirtioDeviceStatus.FEATURES_OK;
        Common(device_status, 1, (uint)status);
        if ((Common(device_status, 1) & (uint)VirtioDeviceStatus.FEATURES_OK) == 0)
            Fail(status, "did not accept the features");

        Common(queue_select, 2, 0);
        uint size = Common(queue_size, 2);
        if (size < 3)
            Fail(status, $"queue 0 has {size} entries");
        size = Math.Min(size, QueueEntries);
        var page = Hardware.Ram(_queue, (int)PageSize);
        page.Clear();
        BinaryPrimitives.WriteUInt16LittleEndian(page[(int)AvailOffset..], Virtqueue.VIRTQ_AVAIL_F_NO_INTERRUPT);
        _availIndex = 0;
        Common(queue_size, 2, size);
        Common(queue_msix_vector, 2, VIRTIO_MSI_NO_VECTOR);
        Common(queue_desc, 4, _queue + DescOffset);
        Common(queue_desc + 4, 4, 0);
        Common(queue_driver, 4, _queue + AvailOffset);
        Common(queue_driver + 4, 4, 0);
        Common(queue_device, 4, _queue + UsedOffset);
        Common(queue_device + 4, 4, 0);
        _queueSize = (int)size;
        _notifyAddress = _notify + Common(queue_notify_off, 2) * _multiplier;
        Common(queue_enable, 2, 1);
        Common(device_status, 1, (uint)(status | VirtioDeviceStatus.DRIVER_OK));
        BlockCount = Hardware.Read32(_device + capacity) | (ulong)Hardware.Read32(_device + capacity + 4) << 32;
        BlockSize = SectorSize;
        WriteCaching = (wanted & VIRTIO_BLK_F_FLUSH) != 0;
        if (BlockCount == 0)
            Fail(status, "has no capacity");
        return (wanted & VIRTIO_BLK_F_FLUSH) != 0;
    }

    private void Fail(VirtioDeviceStatus status, string why)
    {
        Common(device_status, 1, (uint)(status | VirtioDeviceStatus.FAILED));
        throw new DeviceFailureException($"{Name}: {why}");
    }

    private void Descriptor(int index, uint address, uint length, ushort flags, int next)
    {
        var d = Hardware.Ram(_queue + DescOffset + (uint)index * Virtqueue.DescriptorSize, Virtqueue.DescriptorSize);
        BinaryPrimitives.WriteUInt64LittleEndian(d, address);
        BinaryPrimitives.WriteUInt32LittleEndian(d[8..], length);
        BinaryPrimitives.WriteUInt16LittleEndian(d[12..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(d[14..], (ushort)next);
    }

    /// <summary>One request (§5.2.6): header, the data (if any), the status byte; waits for the used ring to take it.</summary>
    private void Request(uint type, ulong sector, int bytes)
    {
        var header = Hardware.Ram(_queue + HeaderOffset, RequestHeaderSize);
        BinaryPrimitives.WriteUInt32LittleEndian(header, type);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], 0);
        BinaryPrimitives.WriteUInt64LittleEndian(header[8..], sector);
        Hardware.Ram(_queue + StatusOffset, 1)[0] = 0xFF;
        Descriptor(0, _queue + HeaderOffset, RequestHeaderSize, Virtqueue.VIRTQ_DESC_F_NEXT, bytes > 0 ? 1 : 2);
        if (bytes > 0)
        {
            ushort dataFlags = (ushort)(Virtqueue.VIRTQ_DESC_F_NEXT | (type == VIRTIO_BLK_T_IN ? Virtqueue.VIRTQ_DESC_F_WRITE : 0));
            Descriptor(1, _buffer, (uint)bytes, dataFlags, 2);
        }
        Descriptor(2, _queue + StatusOffset, 1, Virtqueue.VIRTQ_DESC_F_WRITE, 0);
        var avail = Hardware.Ram(_queue + AvailOffset, 4 + 2 * _queueSize);
        BinaryPrimitives.WriteUInt16LittleEndian(avail[(4 + 2 * (_availIndex % _queueSize))..], 0);
        _availIndex++;
        BinaryPrimitives.WriteUInt16LittleEndian(avail[2..], _availIndex);
        Hardware.Memory.Write(_notifyAddress, 2, 0);

        long deadline = Hardware.Deadline(RequestTimeoutUs);
        while (BinaryPrimitives.ReadUInt16LittleEndian(Hardware.Ram(_queue + UsedOffset + 2, 2)) != _availIndex)
            if (!Hardware.WaitStep(deadline))
                throw new DeviceFailureException($"{Name}: request type {type} at sector {sector} was not completed");
        byte result = Hardware.Ram(_queue + StatusOffset, 1)[0];
        if (result != VIRTIO_BLK_S_OK)
            throw new DeviceFailureException($"{Name}: request type {type} at sector {sector} failed (status {result})");
    }

    public override void Read(ulong lba, int blocks, Span<byte> data)
    {
        Request(VIRTIO_BLK_T_IN, lba, blocks * SectorSize);
        Hardware.Ram(_buffer, blocks * SectorSize).CopyTo(data);
    }

    public override void Write(ulong lba, int blocks, ReadOnlySpan<byte> data)
    {
        data[..(blocks * SectorSize)].CopyTo(Hardware.Ram(_buffer, blocks * SectorSize));
        Request(VIRTIO_BLK_T_OUT, lba, blocks * SectorSize);
    }

    public override void Flush()
    {
        if (_flush)
            Request(VIRTIO_BLK_T_FLUSH, 0, 0);
    }
}
