using System.Buffers.Binary;
using Nt2cs.Machine;
using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Machine.Devices.Storage;
using Nt2cs.Machine.Devices.Virtio;
using Nt2cs.Machine.Devices.VirtioBlk;
using C = Nt2cs.Machine.Devices.Virtio.VirtioPciRegisters;
using S = Nt2cs.Machine.Devices.Virtio.VirtioDeviceStatus;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// A virtio-blk function on a bus with RAM, as the register-level virtio tests drive it: the BAR placed,
/// helpers for the common configuration, a split queue laid out in RAM, and requests built as a driver builds
/// them (descriptors, available ring, notification), with the used ring read back.
/// </summary>
internal sealed class VirtioTestBench : IDisposable
{
    public const uint Bar = 0xC000_0000;
    public const uint Desc = 0x10000, Avail = 0x11000, Used = 0x12000, Headers = 0x20000, Data = 0x40000, Indirect = 0x30000;
    public const int Sectors = 1024;

    public readonly MachineLog Log = new();
    public readonly PhysicalMemory Memory;
    public readonly VirtualClock Clock = new();
    public readonly PciBus Bus;
    public readonly string Image = Path.Combine(Path.GetTempPath(), $"nt2cs-virtio-{Guid.NewGuid():N}.img");
    public readonly Drive Drive;
    public readonly VirtioBlkDevice Blk;
    public readonly VirtioPciFunction Fn;

    public ushort QueueSize = 16;
    public ushort AvailIdx;
    public ushort UsedSeen;

    public VirtioTestBench()
    {
        var image = new byte[Sectors * 512];
        for (int i = 0; i < image.Length; i++)
            image[i] = (byte)(i / 512 + i % 7);
        File.WriteAllBytes(Image, image);
        Memory = new PhysicalMemory(16u << 20, Log);
        Bus = new PciBus(Memory, new IoPortBus(Log), new InterruptRouter(), Log);
        Drive = Drive.Open(Image, persist: false);
        Blk = new VirtioBlkDevice(Memory, Clock, Drive, "VBLK-SERIAL-0001");
        Fn = new VirtioPciFunction(Memory, Blk);
        Bus.Add(Fn, 6);
        Fn.WriteConfig(PciConfigRegisters.Bar0, 4, Bar);
        Fn.WriteConfig(PciConfigRegisters.Bar0 + 4, 4, 0);
        Fn.WriteConfig(PciConfigRegisters.Command, 2, (uint)(PciCommand.MemorySpace | PciCommand.BusMaster));
    }

    public void Dispose()
    {
        Drive.Dispose();
        Memory.Dispose();
        File.Delete(Image);
    }

    public static byte ImageByte(long offset) => (byte)(offset / 512 + offset % 7);

    public bool Logged(string text) => Log.Recent.Any(l => l.Contains(text, StringComparison.Ordinal));

    // ---- registers ----

    public uint Common(uint field, int size) => (uint)Memory.Read(Bar + C.CommonCfgOffset + field, (uint)size);

    public void SetCommon(uint field, int size, uint value) => Memory.Write(Bar + C.CommonCfgOffset + field, (uint)size, value);

    public S Status => (S)Common(C.device_status, 1);

    public void SetStatus(S status) => SetCommon(C.device_status, 1, (uint)status);

    public ulong DeviceFeatures()
    {
        SetCommon(C.device_feature_select, 4, 0);
        uint low = Common(C.device_feature, 4);
        SetCommon(C.device_feature_select, 4, 1);
        return low | (ulong)Common(C.device_feature, 4) << 32;
    }

    public void WriteDriverFeatures(ulong features)
    {
        SetCommon(C.driver_feature_select, 4, 0);
        SetCommon(C.driver_feature, 4, (uint)features);
        SetCommon(C.driver_feature_select, 4, 1);
        SetCommon(C.driver_feature, 4, (uint)(features >> 32));
    }

    /// <summary>Reset, ACKNOWLEDGE, DRIVER, the features, FEATURES_OK; returns the status read back.</summary>
    public S Negotiate(ulong features)
    {
        SetStatus(S.None);
        SetStatus(S.ACKNOWLEDGE);
        SetStatus(S.ACKNOWLEDGE | S.DRIVER);
        WriteDriverFeatures(features);
        SetStatus(S.ACKNOWLEDGE | S.DRIVER | S.FEATURES_OK);
        return Status;
    }

    public void SetQueueAddresses(ulong desc = Desc, ulong avail = Avail, ulong used = Used)
    {
        SetCommon(C.queue_desc, 4, (uint)desc);
        SetCommon(C.queue_desc + 4, 4, (uint)(desc >> 32));
        SetCommon(C.queue_driver, 4, (uint)avail);
        SetCommon(C.queue_driver + 4, 4, (uint)(avail >> 32));
        SetCommon(C.queue_device, 4, (uint)used);
        SetCommon(C.queue_device + 4, 4, (uint)(used >> 32));
    }

    /// <summary>Negotiates <paramref name="features"/> (VERSION_1 added), sets queue 0 up with <see cref="QueueSize"/> entries and sets DRIVER_OK.</summary>
    public void Start(ulong features = VirtioBlkRegisters.VIRTIO_BLK_F_FLUSH)
    {
        var status = Negotiate(features | VirtioFeatures.VIRTIO_F_VERSION_1);
        if ((status & S.FEATURES_OK) == 0)
            throw new InvalidOperationException($"FEATURES_OK refused: {string.Join("; ", Log.Recent)}");
        for (uint a = 0; a < 0x3000; a += 4)
            Memory.WriteUInt32(Desc + a, 0);
        SetCommon(C.queue_select, 2, 0);
        SetCommon(C.queue_size, 2, QueueSize);
        SetQueueAddresses();
        SetCommon(C.queue_enable, 2, 1);
        SetStatus(status | S.DRIVER_OK);
        AvailIdx = 0;
        UsedSeen = 0;
    }

    // ---- the rings, as a driver fills them ----

    public void WriteDescriptor(uint table, int index, ulong addr, uint len, ushort flags, ushort next = 0)
    {
        var d = Memory.Ram(table + (uint)index * 16, 16);
        BinaryPrimitives.WriteUInt64LittleEndian(d, addr);
        BinaryPrimitives.WriteUInt32LittleEndian(d[8..], len);
        BinaryPrimitives.WriteUInt16LittleEndian(d[12..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(d[14..], next);
    }

    public void WriteHeader(uint at, uint type, ulong sector)
    {
        var h = Memory.Ram(at, 16);
        BinaryPrimitives.WriteUInt32LittleEndian(h, type);
        BinaryPrimitives.WriteUInt32LittleEndian(h[4..], 0);
        BinaryPrimitives.WriteUInt64LittleEndian(h[8..], sector);
    }

    /// <summary>Puts descriptor <paramref name="head"/> in the available ring and publishes the new idx (no notification).</summary>
    public void MakeAvailable(ushort head)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(Memory.Ram(Avail + 4 + 2u * (uint)(AvailIdx % QueueSize), 2), head);
        AvailIdx++;
        BinaryPrimitives.WriteUInt16LittleEndian(Memory.Ram(Avail + 2, 2), AvailIdx);
    }

    public void Notify(ushort queue = 0) => Memory.Write(Bar + C.NotifyCfgOffset + queue * C.NotifyOffMultiplier, 2, queue);

    public void Settle() => Clock.Advance(1_000_000);

    public ushort UsedIdx => BinaryPrimitives.ReadUInt16LittleEndian(Memory.Ram(Used + 2, 2));

    public (uint Id, uint Len) UsedElement(int i) =>
        (Memory.ReadUInt32(Used + 4 + 8u * (uint)(i % QueueSize)), Memory.ReadUInt32(Used + 8 + 8u * (uint)(i % QueueSize)));

    /// <summary>
    /// A three-part request in descriptors <paramref name="first"/>…: header (readable), <paramref name="dataLength"/>
    /// bytes at <paramref name="data"/> (writable for IN), status byte (writable); made available and notified.
    /// Returns the status byte's address.
    /// </summary>
    public uint Request(uint type, ulong sector, uint data, uint dataLength, int first = 0, bool notify = true)
    {
        uint header = Headers + (uint)first * 32;
        uint status = header + 16;
        WriteHeader(header, type, sector);
        Memory.Ram(status, 1)[0] = 0xFF;
        ushort dataFlags = (ushort)(Virtqueue.VIRTQ_DESC_F_NEXT | (type == VirtioBlkRegisters.VIRTIO_BLK_T_OUT ? 0 : Virtqueue.VIRTQ_DESC_F_WRITE));
        if (dataLength > 0)
        {
            WriteDescriptor(Desc, first, header, 16, Virtqueue.VIRTQ_DESC_F_NEXT, (ushort)(first + 1));
            WriteDescriptor(Desc, first + 1, data, dataLength, dataFlags, (ushort)(first + 2));
            WriteDescriptor(Desc, first + 2, status, 1, Virtqueue.VIRTQ_DESC_F_WRITE);
        }
        else
        {
            WriteDescriptor(Desc, first, header, 16, Virtqueue.VIRTQ_DESC_F_NEXT, (ushort)(first + 1));
            WriteDescriptor(Desc, first + 1, status, 1, Virtqueue.VIRTQ_DESC_F_WRITE);
        }
        MakeAvailable((ushort)first);
        if (notify)
            Notify();
        return status;
    }

    /// <summary>Runs a request to completion; returns its status byte and the used element's length.</summary>
    public (byte Status, uint Len) Run(uint type, ulong sector, uint data, uint dataLength)
    {
        uint status = Request(type, sector, data, dataLength);
        Settle();
        if (UsedIdx == UsedSeen)
            throw new InvalidOperationException($"request not completed: {string.Join("; ", Log.Recent)}");
        var (id, len) = UsedElement(UsedSeen++);
        if (id != 0)
            throw new InvalidOperationException($"used element names descriptor {id}");
        return (Memory.Ram(status, 1)[0], len);
    }
}
