using System.Buffers.Binary;

namespace Nt2cs.Machine.Devices.Virtio;

/// <summary>
/// One split virtqueue (§2.6) as the device sees it: the registers the driver sets through the common
/// configuration (size, the three ring addresses, MSI-X vector, enable) and the device's position in the rings.
/// </summary>
/// <remarks>
/// <code>
/// Descriptor Table (queue_desc, 16-byte aligned)    struct virtq_desc { le64 addr; le32 len; le16 flags; le16 next; } [size]
/// Available Ring  (queue_driver, 2-byte aligned)    le16 flags; le16 idx; le16 ring[size]; le16 used_event;
/// Used Ring       (queue_device, 4-byte aligned)    le16 flags; le16 idx; struct { le32 id; le32 len; } ring[size]; le16 avail_event;
/// </code>
/// <para>What the driver may get wrong is checked, never trusted: a ring outside RAM, an available index that
/// runs more than a queue's worth ahead, a head or next index beyond the table, a chain longer than the queue
/// (a loop), an indirect table inside an indirect one, a readable descriptor after a writable one, a buffer
/// outside RAM (a hole, a device's registers). Each makes <see cref="TryPop"/> return
/// <see cref="PopResult.Broken"/> with <see cref="Problem"/> said, and the transport sets DEVICE_NEEDS_RESET.</para>
/// </remarks>
public sealed class Virtqueue(PhysicalMemory memory, int index, ushort maxSize)
{
    /// <summary>Descriptor flags (§2.6.5).</summary>
    public const ushort VIRTQ_DESC_F_NEXT = 1, VIRTQ_DESC_F_WRITE = 2, VIRTQ_DESC_F_INDIRECT = 4;
    /// <summary>Available ring flag: the driver does not want used buffer notifications (§2.6.7).</summary>
    public const ushort VIRTQ_AVAIL_F_NO_INTERRUPT = 1;
    /// <summary>Used ring flag: the device does not want available buffer notifications (§2.6.8).</summary>
    public const ushort VIRTQ_USED_F_NO_NOTIFY = 1;
    public const int DescriptorSize = 16;
    public const int UsedElementSize = 8;

    public int Index { get; } = index;

    /// <summary>The largest queue_size the device accepts (what queue_size reads after reset).</summary>
    public ushort MaxSize { get; } = maxSize;

    // ---- registers (§4.1.4.3) ----

    public ushort Size { get; set; }
    public ushort MsixVector { get; set; }
    public bool Enabled { get; private set; }
    public ulong DescriptorTable { get; set; }
    public ulong DriverArea { get; set; }
    public ulong DeviceArea { get; set; }

    // ---- the device's position ----

    /// <summary>The next available ring index the device will take.</summary>
    public ushort LastAvailIdx { get; private set; }

    /// <summary>The used ring's idx as the device last wrote it.</summary>
    public ushort UsedIdx { get; private set; }

    private ushort _usedIdxAtLastCheck;

    /// <summary>Negotiated ring features (VIRTIO_F_INDIRECT_DESC, VIRTIO_F_EVENT_IDX), set when the driver enables the queue.</summary>
    public bool IndirectDescriptors { get; private set; }
    public bool EventIndex { get; private set; }

    /// <summary>Why the last <see cref="Enable"/> or <see cref="TryPop"/> failed, for the machine log.</summary>
    public string Problem { get; private set; } = "";

    /// <summary>Reset (§2.1, 4.1.4.3.2): disabled, queue_size at its maximum, addresses zero, no vector.</summary>
    public void Reset()
    {
        Size = MaxSize;
        MsixVector = VirtioPciRegisters.VIRTIO_MSI_NO_VECTOR;
        Enabled = false;
        DescriptorTable = DriverArea = DeviceArea = 0;
        LastAvailIdx = UsedIdx = _usedIdxAtLastCheck = 0;
        Problem = "";
    }

    /// <summary>queue_enable ← 1: checks the size and the rings' alignment and place (§2.6); false with <see cref="Problem"/> when unusable.</summary>
    public bool Enable(ulong features)
    {
        IndirectDescriptors = (features & VirtioFeatures.VIRTIO_F_INDIRECT_DESC) != 0;
        EventIndex = (features & VirtioFeatures.VIRTIO_F_EVENT_IDX) != 0;
        if (Size == 0 || (Size & (Size - 1)) != 0 || Size > MaxSize)
            return Fail($"queue_size {Size} is not a power of two of at most {MaxSize}");
        if ((DescriptorTable & 15) != 0 || (DriverArea & 1) != 0 || (DeviceArea & 3) != 0)
            return Fail($"ring misaligned (desc 0x{DescriptorTable:X} needs 16, driver 0x{DriverArea:X} 2, device 0x{DeviceArea:X} 4)");
        if (!InRam(DescriptorTable, DescriptorSize * Size) || !InRam(DriverArea, 6 + 2 * Size) || !InRam(DeviceArea, 6 + UsedElementSize * Size))
            return Fail($"a ring is not in RAM (desc 0x{DescriptorTable:X}, driver 0x{DriverArea:X}, device 0x{DeviceArea:X}, size {Size})");
        Enabled = true;
        // The device wants every notification: used.flags 0; with event index, avail_event says "from the start".
        Write16(DeviceArea, 0);
        if (EventIndex)
            Write16(DeviceArea + 4 + (ulong)UsedElementSize * Size, LastAvailIdx);
        return true;
    }

    public enum PopResult
    {
        Empty,
        Chain,
        Broken,
    }

    /// <summary>
    /// Takes the next available chain into <paramref name="chain"/> (§2.6.6 as the device sees it), following
    /// NEXT links and indirect tables. The available index is read once per call.
    /// </summary>
    public PopResult TryPop(DescriptorChain chain)
    {
        ushort availIdx = Read16(DriverArea + 2);
        ushort pending = (ushort)(availIdx - LastAvailIdx);
        if (pending == 0)
            return PopResult.Empty;
        if (pending > Size)
            return Broken($"available idx {availIdx} is {pending} entries past the {LastAvailIdx} taken; the queue has {Size}");
        ushort head = Read16(DriverArea + 4 + 2ul * (ushort)(LastAvailIdx % Size));
        LastAvailIdx++;
        chain.Clear(head);
        if (head >= Size)
            return Broken($"available ring entry names descriptor {head}, beyond the {Size}-entry table");

        ulong table = DescriptorTable;
        int tableSize = Size;
        bool indirect = false;
        int walked = 0;
        int i = head;
        bool writable = false;
        while (true)
        {
            if (++walked > tableSize)
                return Broken($"descriptor chain from {head} is longer than its {tableSize}-entry {(indirect ? "indirect " : "")}table (a loop)");
            var d = memory.Ram((uint)(table + (ulong)(DescriptorSize * i)), DescriptorSize);
            ulong addr = BinaryPrimitives.ReadUInt64LittleEndian(d);
            uint len = BinaryPrimitives.ReadUInt32LittleEndian(d[8..]);
            ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(d[12..]);
            ushort next = BinaryPrimitives.ReadUInt16LittleEndian(d[14..]);
            if ((flags & VIRTQ_DESC_F_INDIRECT) != 0)
            {
                if (!IndirectDescriptors)
                    return Broken($"descriptor {i} is INDIRECT but VIRTIO_F_INDIRECT_DESC was not negotiated");
                if (indirect)
                    return Broken($"descriptor {i} of an indirect table is itself INDIRECT");
                if ((flags & VIRTQ_DESC_F_NEXT) != 0)
                    return Broken($"descriptor {i} has both INDIRECT and NEXT");
                if (len == 0 || len % DescriptorSize != 0 || len / DescriptorSize > 0xFFFF || !InRam(addr, len))
                    return Broken($"indirect table at 0x{addr:X} of {len} bytes is not a whole number of descriptors in RAM");
                table = addr;
                tableSize = (int)(len / DescriptorSize);
                indirect = true;
                walked = 0;
                i = 0;
                continue;
            }
            bool isWrite = (flags & VIRTQ_DESC_F_WRITE) != 0;
            if (writable && !isWrite)
                return Broken($"descriptor {i} is device-readable after a device-writable one");
            writable = isWrite;
            if (len > 0)
            {
                if (!InRam(addr, len))
                    return Broken($"descriptor {i} buffer 0x{addr:X} (+0x{len:X}) is not in RAM");
                chain.Add((uint)addr, (int)len, isWrite);
            }
            if ((flags & VIRTQ_DESC_F_NEXT) == 0)
                return PopResult.Chain;
            if (next >= tableSize)
                return Broken($"descriptor {i} links to {next}, beyond the {tableSize}-entry {(indirect ? "indirect " : "")}table");
            i = next;
        }
    }

    /// <summary>Returns a chain to the driver: a used ring element (id, bytes written), then used.idx (§2.6.8).</summary>
    public void PushUsed(ushort head, uint written)
    {
        var element = memory.Ram((uint)(DeviceArea + 4 + (ulong)UsedElementSize * (ushort)(UsedIdx % Size)), UsedElementSize);
        BinaryPrimitives.WriteUInt32LittleEndian(element, head);
        BinaryPrimitives.WriteUInt32LittleEndian(element[4..], written);
        UsedIdx++;
        Write16(DeviceArea + 2, UsedIdx);
    }

    /// <summary>
    /// After a batch of <see cref="PushUsed"/>: with VIRTIO_F_EVENT_IDX, publishes avail_event (notify me when
    /// you add past what I took) and says whether used idx crossed used_event (§2.6.7.2); without it, whether
    /// the driver left VIRTQ_AVAIL_F_NO_INTERRUPT clear.
    /// </summary>
    public bool ShouldNotifyDriver()
    {
        ushort old = _usedIdxAtLastCheck;
        ushort now = UsedIdx;
        _usedIdxAtLastCheck = now;
        if (EventIndex)
        {
            Write16(DeviceArea + 4 + (ulong)UsedElementSize * Size, LastAvailIdx);
            ushort usedEvent = Read16(DriverArea + 4 + 2ul * Size);
            return (ushort)(now - usedEvent - 1) < (ushort)(now - old);
        }
        return now != old && (Read16(DriverArea) & VIRTQ_AVAIL_F_NO_INTERRUPT) == 0;
    }

    private ushort Read16(ulong address) => BinaryPrimitives.ReadUInt16LittleEndian(memory.Ram((uint)address, 2));

    private void Write16(ulong address, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(memory.Ram((uint)address, 2), value);

    private bool InRam(ulong address, long length) =>
        address <= uint.MaxValue && length <= uint.MaxValue && memory.IsRam((uint)address, (uint)length);

    private bool Fail(string why)
    {
        Problem = why;
        return false;
    }

    private PopResult Broken(string why)
    {
        Problem = why;
        return PopResult.Broken;
    }
}
