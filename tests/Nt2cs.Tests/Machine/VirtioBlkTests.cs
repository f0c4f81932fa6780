using System.Buffers.Binary;
using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Machine.Devices.Virtio;
using Nt2cs.Machine.Devices.VirtioBlk;
using Xunit;
using B = Nt2cs.Machine.Devices.VirtioBlk.VirtioBlkRegisters;
using C = Nt2cs.Machine.Devices.Virtio.VirtioPciRegisters;
using Q = Nt2cs.Machine.Devices.Virtio.Virtqueue;
using S = Nt2cs.Machine.Devices.Virtio.VirtioDeviceStatus;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// virtio-blk (virtio 1.1 §5.2) on the PCI transport: the configuration, each request type and status, the
/// shapes a driver may give a request (chains, indirect tables), notification suppression, and rings a hostile
/// driver builds.
/// </summary>
public sealed class VirtioBlkTests : IDisposable
{
    private const uint Data = VirtioTestBench.Data;
    private readonly VirtioTestBench _t = new();

    public void Dispose() => _t.Dispose();

    private uint DeviceConfig(uint offset, int size) => (uint)_t.Memory.Read(VirtioTestBench.Bar + C.DeviceCfgOffset + offset, (uint)size);

    private void AssertImageAt(long diskOffset, uint ram, int length, Func<int, byte> expected)
    {
        var read = new byte[length];
        _t.Drive.Read(diskOffset, read);
        for (int i = 0; i < length; i++)
            if (read[i] != expected(i))
                Assert.Fail($"disk byte {diskOffset + i} is 0x{read[i]:X2}, expected 0x{expected(i):X2} (buffer 0x{ram:X})");
    }

    private bool NeedsReset => (_t.Status & S.DEVICE_NEEDS_RESET) != 0;

    [Fact]
    public void ConfigurationGivesCapacitySegMaxAndBlockSize()
    {
        Assert.Equal((uint)VirtioTestBench.Sectors, DeviceConfig(B.capacity, 4));
        Assert.Equal(0u, DeviceConfig(B.capacity + 4, 4));
        Assert.Equal(VirtioBlkDevice.MaxSegments, DeviceConfig(B.seg_max, 4));
        Assert.Equal(512u, DeviceConfig(B.blk_size, 4));
        Assert.Equal(0u, DeviceConfig(B.size_max, 4)); // VIRTIO_BLK_F_SIZE_MAX not offered
        Assert.True(VirtioBlkDevice.MaxSegments + 2 <= VirtioBlkDevice.QueueSize);
    }

    [Fact]
    public void InReadsTheDiskIntoTheBuffer()
    {
        _t.Start();
        var (status, len) = _t.Run(B.VIRTIO_BLK_T_IN, 5, Data, 3 * 512);
        Assert.Equal(B.VIRTIO_BLK_S_OK, status);
        Assert.Equal(3u * 512 + 1, len); // data and status byte written
        var ram = _t.Memory.Ram(Data, 3 * 512);
        for (int i = 0; i < ram.Length; i++)
            Assert.Equal(VirtioTestBench.ImageByte(5 * 512 + i), ram[i]);
    }

    [Fact]
    public void OutWritesTheBufferToTheDisk()
    {
        _t.Start();
        var ram = _t.Memory.Ram(Data + 3, 2 * 512); // an unaligned buffer
        for (int i = 0; i < ram.Length; i++)
            ram[i] = (byte)(i * 13 + 1);
        var (status, len) = _t.Run(B.VIRTIO_BLK_T_OUT, 1000, Data + 3, 2 * 512);
        Assert.Equal(B.VIRTIO_BLK_S_OK, status);
        Assert.Equal(1u, len); // only the status byte was written to the driver
        AssertImageAt(1000 * 512, Data + 3, 2 * 512, i => (byte)(i * 13 + 1));
        AssertImageAt(999 * 512, 0, 512, i => VirtioTestBench.ImageByte(999 * 512 + i)); // its neighbours untouched
        AssertImageAt(1002 * 512, 0, 512, i => VirtioTestBench.ImageByte(1002 * 512 + i));
    }

    [Fact]
    public void FlushEmptiesTheVolatileWriteCache()
    {
        _t.Start();
        Assert.Equal(B.VIRTIO_BLK_S_OK, _t.Run(B.VIRTIO_BLK_T_OUT, 8, Data, 4096).Status);
        Assert.True(_t.Drive.Cache.DirtyChunks > 0);
        Assert.Equal(1u, DeviceConfig(B.writeback, 1));
        Assert.Equal((B.VIRTIO_BLK_S_OK, 1u), _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0));
        Assert.Equal(0, _t.Drive.Cache.DirtyChunks);
        Assert.True(_t.Drive.Overlay!.ChangedChunks > 0);
    }

    [Fact]
    public void WithoutTheFlushFeatureWritesGoThrough()
    {
        _t.Start(features: 0);
        Assert.Equal(B.VIRTIO_BLK_S_OK, _t.Run(B.VIRTIO_BLK_T_OUT, 8, Data, 4096).Status);
        Assert.Equal(0, _t.Drive.Cache.DirtyChunks);
        Assert.True(_t.Drive.Overlay!.ChangedChunks > 0);
    }

    [Fact]
    public void GetIdReturnsTheSerial()
    {
        _t.Start();
        _t.Memory.Ram(Data, 32).Fill(0xAA);
        var (status, len) = _t.Run(B.VIRTIO_BLK_T_GET_ID, 0, Data, 20);
        Assert.Equal(B.VIRTIO_BLK_S_OK, status);
        Assert.Equal(21u, len);
        var id = _t.Memory.Ram(Data, 20).ToArray();
        Assert.Equal("VBLK-SERIAL-0001"u8.ToArray(), id[..16]);
        Assert.Equal(new byte[4], id[16..]); // NUL-padded to 20 bytes
        Assert.Equal(0xAA, _t.Memory.Ram(Data + 20, 1)[0]);
    }

    [Fact]
    public void AnUnknownTypeIsUnsupported()
    {
        _t.Start();
        // The bench makes the 16 data bytes writable for any type but OUT: len reaches the status byte after them.
        Assert.Equal((B.VIRTIO_BLK_S_UNSUPP, 17u), _t.Run(B.VIRTIO_BLK_T_DISCARD, 0, Data, 16));
        Assert.Equal((B.VIRTIO_BLK_S_UNSUPP, 1u), _t.Run(0x7777, 0, 0, 0));
        Assert.True(_t.Logged("VIRTIO_BLK_S_UNSUPP"));
        Assert.False(NeedsReset);
    }

    [Theory]
    [InlineData(B.VIRTIO_BLK_T_IN, VirtioTestBench.Sectors - 1, 1024u)]
    [InlineData(B.VIRTIO_BLK_T_OUT, VirtioTestBench.Sectors, 512u)]
    [InlineData(B.VIRTIO_BLK_T_IN, ulong.MaxValue, 512u)]
    [InlineData(B.VIRTIO_BLK_T_IN, 0, 100u)]
    [InlineData(B.VIRTIO_BLK_T_OUT, 0, 513u)]
    public void OutOfRangeOrPartialSectorsAreIoErrors(uint type, ulong sector, uint bytes)
    {
        _t.Start();
        var before = _t.Memory.Ram(Data, (int)bytes).ToArray();
        var (status, len) = _t.Run(type, sector, Data, bytes);
        Assert.Equal(B.VIRTIO_BLK_S_IOERR, status);
        // len reaches the status byte, the last writable one, whether or not data was written (§2.6.8): a read's
        // buffers come before it, a write has only the status byte writable.
        Assert.Equal(type == B.VIRTIO_BLK_T_IN ? bytes + 1 : 1u, len);
        Assert.Equal(before, _t.Memory.Ram(Data, (int)bytes).ToArray());
        Assert.Equal(0, _t.Drive.Cache.DirtyChunks);
        Assert.True(_t.Logged("VIRTIO_BLK_S_IOERR"));
        Assert.False(NeedsReset);
    }

    /// <summary>The header split over two descriptors, the data over three, the status byte sharing the last IN buffer (§2.6.4).</summary>
    [Fact]
    public void ARequestFramedAnyWayIsReadAsAStream()
    {
        _t.Start();
        const uint header = VirtioTestBench.Headers;
        _t.WriteHeader(header, B.VIRTIO_BLK_T_IN, 2);
        _t.WriteDescriptor(VirtioTestBench.Desc, 0, header, 5, Q.VIRTQ_DESC_F_NEXT, 3);
        _t.WriteDescriptor(VirtioTestBench.Desc, 3, header + 5, 11, Q.VIRTQ_DESC_F_NEXT, 7);
        _t.WriteDescriptor(VirtioTestBench.Desc, 7, Data + 0x1000, 100, Q.VIRTQ_DESC_F_NEXT | Q.VIRTQ_DESC_F_WRITE, 1);
        _t.WriteDescriptor(VirtioTestBench.Desc, 1, Data + 0x3001, 412, Q.VIRTQ_DESC_F_NEXT | Q.VIRTQ_DESC_F_WRITE, 2);
        _t.WriteDescriptor(VirtioTestBench.Desc, 2, Data + 0x5000, 513, Q.VIRTQ_DESC_F_WRITE); // 512 data + status
        _t.MakeAvailable(0);
        _t.Notify();
        _t.Settle();
        Assert.Equal(1, _t.UsedIdx);
        Assert.Equal((0u, 1025u), _t.UsedElement(0));
        Assert.Equal(B.VIRTIO_BLK_S_OK, _t.Memory.Ram(Data + 0x5000 + 512, 1)[0]);
        int o = 2 * 512;
        foreach (var (at, n) in new[] { (Data + 0x1000, 100), (Data + 0x3001, 412), (Data + 0x5000, 512) })
        {
            var ram = _t.Memory.Ram(at, n);
            for (int i = 0; i < n; i++, o++)
                Assert.Equal(VirtioTestBench.ImageByte(o), ram[i]);
        }
    }

    [Fact]
    public void AnIndirectTableCarriesARequest()
    {
        _t.Start(B.VIRTIO_BLK_F_FLUSH | VirtioFeatures.VIRTIO_F_INDIRECT_DESC);
        const uint table = VirtioTestBench.Indirect, header = VirtioTestBench.Headers, status = header + 16;
        _t.WriteHeader(header, B.VIRTIO_BLK_T_OUT, 40);
        var ram = _t.Memory.Ram(Data, 3 * 4096);
        for (int i = 0; i < ram.Length; i++)
            ram[i] = (byte)(i ^ 0x5A);
        _t.WriteDescriptor(table, 0, header, 16, Q.VIRTQ_DESC_F_NEXT, 1);
        _t.WriteDescriptor(table, 1, Data, 4096, Q.VIRTQ_DESC_F_NEXT, 2);
        _t.WriteDescriptor(table, 2, Data + 4096, 8192, Q.VIRTQ_DESC_F_NEXT, 3);
        _t.WriteDescriptor(table, 3, status, 1, Q.VIRTQ_DESC_F_WRITE);
        _t.WriteDescriptor(VirtioTestBench.Desc, 5, table, 4 * 16, Q.VIRTQ_DESC_F_INDIRECT);
        _t.MakeAvailable(5);
        _t.Notify();
        _t.Settle();
        Assert.Equal((5u, 1u), _t.UsedElement(0));
        Assert.Equal(B.VIRTIO_BLK_S_OK, _t.Memory.Ram(status, 1)[0]);
        AssertImageAt(40 * 512, Data, 3 * 4096, i => (byte)(i ^ 0x5A));
    }

    [Fact]
    public void IndirectWithoutTheFeatureNeedsAReset()
    {
        _t.Start();
        _t.WriteDescriptor(VirtioTestBench.Desc, 0, VirtioTestBench.Indirect, 32, Q.VIRTQ_DESC_F_INDIRECT);
        _t.MakeAvailable(0);
        _t.Notify();
        _t.Settle();
        Assert.True(NeedsReset);
        Assert.True(_t.Logged("VIRTIO_F_INDIRECT_DESC was not negotiated"));
    }

    [Fact]
    public void NoInterruptFlagSuppressesTheNotification()
    {
        _t.Start();
        BinaryPrimitives.WriteUInt16LittleEndian(_t.Memory.Ram(VirtioTestBench.Avail, 2), Q.VIRTQ_AVAIL_F_NO_INTERRUPT);
        _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0);
        Assert.Equal(0, _t.Fn.IsrStatus);
        BinaryPrimitives.WriteUInt16LittleEndian(_t.Memory.Ram(VirtioTestBench.Avail, 2), 0);
        _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0);
        Assert.Equal(C.IsrQueue, _t.Fn.IsrStatus);
    }

    /// <summary>
    /// VIRTIO_F_EVENT_IDX (§2.6.7.2, §2.6.8.2): the device interrupts only when used idx passes used_event, and
    /// publishes avail_event; the NO_INTERRUPT flag no longer counts.
    /// </summary>
    [Fact]
    public void EventIndexSuppressesUntilUsedEventIsPassed()
    {
        _t.Start(B.VIRTIO_BLK_F_FLUSH | VirtioFeatures.VIRTIO_F_EVENT_IDX);
        uint usedEvent = VirtioTestBench.Avail + 4 + 2u * _t.QueueSize;
        uint availEvent = VirtioTestBench.Used + 4 + 8u * _t.QueueSize;
        BinaryPrimitives.WriteUInt16LittleEndian(_t.Memory.Ram(usedEvent, 2), 2); // interrupt when entry 2 is used
        BinaryPrimitives.WriteUInt16LittleEndian(_t.Memory.Ram(VirtioTestBench.Avail, 2), Q.VIRTQ_AVAIL_F_NO_INTERRUPT); // ignored
        _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0); // used idx 0 → 1
        Assert.Equal(0, _t.Fn.IsrStatus);
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(_t.Memory.Ram(availEvent, 2)));
        _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0); // 1 → 2: still not past used_event 2
        Assert.Equal(0, _t.Fn.IsrStatus);
        _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0); // 2 → 3: entry 2 used
        Assert.Equal(C.IsrQueue, _t.Fn.IsrStatus);
        Assert.Equal(3, BinaryPrimitives.ReadUInt16LittleEndian(_t.Memory.Ram(availEvent, 2)));
        _t.Memory.Read(VirtioTestBench.Bar + C.IsrCfgOffset, 1);
        _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0); // 3 → 4, used_event still 2: no interrupt
        Assert.Equal(0, _t.Fn.IsrStatus);
    }

    [Fact]
    public void SeveralRequestsCompleteInOneBatchWithOneNotification()
    {
        _t.Start();
        _t.Request(B.VIRTIO_BLK_T_IN, 0, Data, 512, first: 0, notify: false);
        _t.Request(B.VIRTIO_BLK_T_IN, 1, Data + 512, 512, first: 3, notify: false);
        _t.Request(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0, first: 6);
        _t.Settle();
        Assert.Equal(3, _t.UsedIdx);
        Assert.Equal([0u, 3u, 6u], new[] { _t.UsedElement(0).Id, _t.UsedElement(1).Id, _t.UsedElement(2).Id });
        Assert.Equal(3, _t.Blk.RequestsCompleted);
        Assert.Equal(C.IsrQueue, _t.Fn.IsrStatus);
    }

    [Fact]
    public void RequestsWaitWhileBusMasteringIsOff()
    {
        _t.Start();
        _t.Fn.WriteConfig(PciConfigRegisters.Command, 2, (uint)PciCommand.MemorySpace);
        _t.Request(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0);
        _t.Settle();
        Assert.Equal(0, _t.UsedIdx);
        Assert.True(_t.Logged("bus mastering is off"));
        _t.Fn.WriteConfig(PciConfigRegisters.Command, 2, (uint)(PciCommand.MemorySpace | PciCommand.BusMaster));
        _t.Settle();
        Assert.Equal(1, _t.UsedIdx);
    }

    // ---- hostile rings ----

    private void AssertBrokenThenRecovers(string why)
    {
        Assert.True(NeedsReset, $"DEVICE_NEEDS_RESET not set; log: {string.Join("; ", _t.Log.Recent)}");
        Assert.True(_t.Logged(why), $"no log line with '{why}'; log: {string.Join("; ", _t.Log.Recent)}");
        Assert.Equal(C.IsrConfigChange, (byte)(_t.Fn.IsrStatus & C.IsrConfigChange));
        // Further notifications do nothing until a reset; after one, the device works again.
        _t.Notify();
        _t.Settle();
        _t.Start(B.VIRTIO_BLK_F_FLUSH | VirtioFeatures.VIRTIO_F_INDIRECT_DESC);
        Assert.False(NeedsReset);
        Assert.Equal(B.VIRTIO_BLK_S_OK, _t.Run(B.VIRTIO_BLK_T_IN, 0, Data, 512).Status);
    }

    private void Submit(ushort head)
    {
        _t.MakeAvailable(head);
        _t.Notify();
        _t.Settle();
    }

    [Fact]
    public void ABufferOutsideRamNeedsAReset()
    {
        _t.Start();
        _t.Request(B.VIRTIO_BLK_T_IN, 0, 0x0100_0000 - 256, 512, notify: false); // runs past the end of the 16 MiB
        _t.Notify();
        _t.Settle();
        Assert.Equal(0, _t.UsedIdx);
        AssertBrokenThenRecovers("is not in RAM");
    }

    [Fact]
    public void ABufferInDeviceRegistersNeedsAReset()
    {
        _t.Start();
        _t.Request(B.VIRTIO_BLK_T_IN, 0, VirtioTestBench.Bar + C.CommonCfgOffset, 512); // DMA at the device's own BAR
        _t.Settle();
        Assert.Equal(0, _t.UsedIdx);
        Assert.Equal(0u, _t.Common(C.device_feature_select, 4) & 0xFFFF_FFFE);
        AssertBrokenThenRecovers("is not in RAM");
    }

    [Fact]
    public void ADescriptorLoopNeedsAReset()
    {
        _t.Start();
        _t.WriteHeader(VirtioTestBench.Headers, B.VIRTIO_BLK_T_IN, 0);
        _t.WriteDescriptor(VirtioTestBench.Desc, 0, VirtioTestBench.Headers, 16, Q.VIRTQ_DESC_F_NEXT, 1);
        _t.WriteDescriptor(VirtioTestBench.Desc, 1, Data, 512, Q.VIRTQ_DESC_F_NEXT | Q.VIRTQ_DESC_F_WRITE, 2);
        _t.WriteDescriptor(VirtioTestBench.Desc, 2, Data + 512, 512, Q.VIRTQ_DESC_F_NEXT | Q.VIRTQ_DESC_F_WRITE, 1);
        Submit(0);
        AssertBrokenThenRecovers("a loop");
    }

    [Fact]
    public void ALoopInsideAnIndirectTableNeedsAReset()
    {
        _t.Start(B.VIRTIO_BLK_F_FLUSH | VirtioFeatures.VIRTIO_F_INDIRECT_DESC);
        _t.WriteDescriptor(VirtioTestBench.Indirect, 0, VirtioTestBench.Headers, 16, Q.VIRTQ_DESC_F_NEXT, 1);
        _t.WriteDescriptor(VirtioTestBench.Indirect, 1, Data, 1, Q.VIRTQ_DESC_F_NEXT | Q.VIRTQ_DESC_F_WRITE, 1);
        _t.WriteDescriptor(VirtioTestBench.Desc, 0, VirtioTestBench.Indirect, 32, Q.VIRTQ_DESC_F_INDIRECT);
        Submit(0);
        AssertBrokenThenRecovers("a loop");
    }

    [Fact]
    public void AnIndirectTableInsideAnIndirectTableNeedsAReset()
    {
        _t.Start(B.VIRTIO_BLK_F_FLUSH | VirtioFeatures.VIRTIO_F_INDIRECT_DESC);
        _t.WriteDescriptor(VirtioTestBench.Indirect, 0, VirtioTestBench.Indirect + 0x100, 32, Q.VIRTQ_DESC_F_INDIRECT);
        _t.WriteDescriptor(VirtioTestBench.Desc, 0, VirtioTestBench.Indirect, 16, Q.VIRTQ_DESC_F_INDIRECT);
        Submit(0);
        AssertBrokenThenRecovers("itself INDIRECT");
    }

    [Fact]
    public void AnAvailableIndexTooFarAheadNeedsAReset()
    {
        _t.Start();
        BinaryPrimitives.WriteUInt16LittleEndian(_t.Memory.Ram(VirtioTestBench.Avail + 2, 2), (ushort)(_t.QueueSize + 1));
        _t.Notify();
        _t.Settle();
        AssertBrokenThenRecovers("entries past");
    }

    [Fact]
    public void AHeadBeyondTheTableNeedsAReset()
    {
        _t.Start();
        Submit(_t.QueueSize);
        AssertBrokenThenRecovers("beyond the");
    }

    [Fact]
    public void ANextIndexBeyondTheTableNeedsAReset()
    {
        _t.Start();
        _t.WriteDescriptor(VirtioTestBench.Desc, 0, VirtioTestBench.Headers, 16, Q.VIRTQ_DESC_F_NEXT, 0xFFFF);
        Submit(0);
        AssertBrokenThenRecovers("links to 65535");
    }

    [Fact]
    public void AReadableDescriptorAfterAWritableOneNeedsAReset()
    {
        _t.Start();
        _t.WriteDescriptor(VirtioTestBench.Desc, 0, VirtioTestBench.Headers, 16, Q.VIRTQ_DESC_F_NEXT | Q.VIRTQ_DESC_F_WRITE, 1);
        _t.WriteDescriptor(VirtioTestBench.Desc, 1, Data, 16, 0);
        Submit(0);
        AssertBrokenThenRecovers("device-readable after a device-writable");
    }

    [Fact]
    public void ARequestWithoutRoomForItsStatusNeedsAReset()
    {
        _t.Start();
        _t.WriteHeader(VirtioTestBench.Headers, B.VIRTIO_BLK_T_FLUSH, 0);
        _t.WriteDescriptor(VirtioTestBench.Desc, 0, VirtioTestBench.Headers, 16, 0);
        Submit(0);
        AssertBrokenThenRecovers("a status byte needs 1");
    }

    [Fact]
    public void GarbageRingsNeverThrowOrHang()
    {
        var random = new Random(1234);
        for (int round = 0; round < 200; round++)
        {
            _t.Start(B.VIRTIO_BLK_F_FLUSH | VirtioFeatures.VIRTIO_F_INDIRECT_DESC | VirtioFeatures.VIRTIO_F_EVENT_IDX);
            random.NextBytes(_t.Memory.Ram(VirtioTestBench.Desc, 16 * _t.QueueSize));
            random.NextBytes(_t.Memory.Ram(VirtioTestBench.Indirect, 4096));
            // Point some descriptors at plausible places so chains get somewhere.
            for (int i = 0; i < _t.QueueSize; i += 2)
                BinaryPrimitives.WriteUInt64LittleEndian(_t.Memory.Ram(VirtioTestBench.Desc + 16u * (uint)i, 8),
                    (ulong)(random.Next(2) == 0 ? VirtioTestBench.Indirect : Data + (uint)random.Next(0x10000)));
            random.NextBytes(_t.Memory.Ram(VirtioTestBench.Avail + 4, 2 * _t.QueueSize));
            BinaryPrimitives.WriteUInt16LittleEndian(_t.Memory.Ram(VirtioTestBench.Avail + 2, 2), (ushort)random.Next(0, 40));
            _t.Notify();
            _t.Settle();
            Assert.True(_t.UsedIdx <= 40);
        }
    }
}
