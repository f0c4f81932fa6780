using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Machine.Devices.Virtio;
using Xunit;
using B = Nt2cs.Machine.Devices.VirtioBlk.VirtioBlkRegisters;
using C = Nt2cs.Machine.Devices.Virtio.VirtioPciRegisters;
using S = Nt2cs.Machine.Devices.Virtio.VirtioDeviceStatus;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The virtio 1.1 PCI transport (§4.1) as a driver meets it: identity, the capability list, the common
/// configuration's read/write rules, feature negotiation, the device status, queue set-up, notifications,
/// the ISR and MSI-X, and the configuration access window.
/// </summary>
public sealed class VirtioPciTransportTests : IDisposable
{
    private readonly VirtioTestBench _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public void PciIdentityIsAModernVirtioFunction()
    {
        Assert.Equal(0x1AF4, _t.Fn.VendorId);
        Assert.Equal(0x1042, _t.Fn.DeviceId); // 1040h + device type 2
        Assert.True(_t.Fn.ReadConfig(PciConfigRegisters.RevisionId, 1) >= 1);
        Assert.Equal(0x1AF4u, _t.Fn.ReadConfig(PciConfigRegisters.SubsystemVendorId, 2));
        Assert.True(_t.Fn.ReadConfig(PciConfigRegisters.SubsystemId, 2) >= 0x40);
        Assert.Equal(PciInterruptPin.IntA, _t.Fn.InterruptPin);
        Assert.Equal(PciBarKind.Memory64, _t.Fn.Bars[0]!.Kind);
        Assert.Equal(C.BarSize, _t.Fn.Bars[0]!.Size);
        Assert.NotEqual(0u, _t.Fn.ReadConfig(PciConfigRegisters.Status, 2) & (uint)PciStatus.CapabilitiesList);
    }

    /// <summary>The capability walk a driver does (§4.1.4): each structure once, in BAR0, inside the BAR.</summary>
    [Fact]
    public void CapabilityListNamesEveryStructure()
    {
        var found = new Dictionary<byte, (byte Bar, uint Offset, uint Length, int At)>();
        bool msix = false;
        int steps = 0;
        for (int at = (int)_t.Fn.ReadConfig(PciConfigRegisters.CapabilitiesPointer, 1); at != 0; at = (int)_t.Fn.ReadConfig(at + 1, 1))
        {
            Assert.True(++steps < 48, "the capability list loops");
            Assert.Equal(0, at & 3);
            byte id = (byte)_t.Fn.ReadConfig(at, 1);
            if (id == 0x11)
            {
                msix = true;
                Assert.Equal(1u, _t.Fn.ReadConfig(at + 2, 2) & 0x7FF); // two vectors: the queue and configuration changes
                continue;
            }
            Assert.Equal(C.VendorCapabilityId, id);
            byte type = (byte)_t.Fn.ReadConfig(at + 3, 1);
            byte len = (byte)_t.Fn.ReadConfig(at + 2, 1);
            Assert.Equal(type is C.VIRTIO_PCI_CAP_NOTIFY_CFG or C.VIRTIO_PCI_CAP_PCI_CFG ? 20 : 16, len);
            Assert.False(found.ContainsKey(type), $"cfg_type {type} twice");
            found[type] = ((byte)_t.Fn.ReadConfig(at + 4, 1), _t.Fn.ReadConfig(at + 8, 4), _t.Fn.ReadConfig(at + 12, 4), at);
        }
        Assert.True(msix);
        Assert.Equal([C.VIRTIO_PCI_CAP_COMMON_CFG, C.VIRTIO_PCI_CAP_NOTIFY_CFG, C.VIRTIO_PCI_CAP_ISR_CFG, C.VIRTIO_PCI_CAP_DEVICE_CFG, C.VIRTIO_PCI_CAP_PCI_CFG],
            found.Keys.Order());
        foreach (var type in new[] { C.VIRTIO_PCI_CAP_COMMON_CFG, C.VIRTIO_PCI_CAP_NOTIFY_CFG, C.VIRTIO_PCI_CAP_ISR_CFG, C.VIRTIO_PCI_CAP_DEVICE_CFG })
        {
            var (bar, offset, length, _) = found[type];
            Assert.Equal(0, bar);
            Assert.True(length > 0 && offset + length <= C.BarSize, $"cfg_type {type}: [0x{offset:X}, +0x{length:X})");
        }
        Assert.True(found[C.VIRTIO_PCI_CAP_COMMON_CFG].Length >= 0x38);
        Assert.True(found[C.VIRTIO_PCI_CAP_DEVICE_CFG].Length >= 20); // capacity … blk_size
        Assert.Equal(4u, _t.Fn.ReadConfig(found[C.VIRTIO_PCI_CAP_NOTIFY_CFG].At + 16, 4)); // notify_off_multiplier
    }

    [Fact]
    public void CommonConfigurationResetValues()
    {
        ulong features = _t.DeviceFeatures();
        Assert.NotEqual(0ul, features & VirtioFeatures.VIRTIO_F_VERSION_1);
        Assert.NotEqual(0ul, features & B.VIRTIO_BLK_F_FLUSH);
        Assert.NotEqual(0ul, features & B.VIRTIO_BLK_F_SEG_MAX);
        Assert.NotEqual(0ul, features & B.VIRTIO_BLK_F_BLK_SIZE);
        Assert.NotEqual(0ul, features & VirtioFeatures.VIRTIO_F_INDIRECT_DESC);
        Assert.NotEqual(0ul, features & VirtioFeatures.VIRTIO_F_EVENT_IDX);
        Assert.Equal(0ul, features & B.VIRTIO_BLK_F_RO);
        _t.SetCommon(C.device_feature_select, 4, 2);
        Assert.Equal(0u, _t.Common(C.device_feature, 4));
        Assert.Equal(1u, _t.Common(C.num_queues, 2));
        Assert.Equal(0u, _t.Common(C.device_status, 1));
        Assert.Equal(0u, _t.Common(C.config_generation, 1));
        Assert.Equal(C.VIRTIO_MSI_NO_VECTOR, _t.Common(C.msix_config, 2));
        Assert.Equal(0u, _t.Common(C.queue_select, 2));
        Assert.Equal(256u, _t.Common(C.queue_size, 2)); // the maximum after reset
        Assert.Equal(C.VIRTIO_MSI_NO_VECTOR, _t.Common(C.queue_msix_vector, 2));
        Assert.Equal(0u, _t.Common(C.queue_enable, 2));
        Assert.Equal(0u, _t.Common(C.queue_notify_off, 2));
        Assert.Equal(0u, _t.Common(C.queue_desc, 4));
        _t.SetCommon(C.queue_select, 2, 1); // no such queue: queue_size 0 ("unavailable")
        Assert.Equal(0u, _t.Common(C.queue_size, 2));
    }

    [Fact]
    public void CommonConfigurationFieldsAreAccessedAtTheirOwnWidth()
    {
        Assert.Equal(0xFFFF_FFFFu, _t.Common(C.num_queues, 4)); // a dword read of a 16-bit field
        Assert.True(_t.Logged("read at their own width"));
        _t.SetCommon(C.queue_size, 1, 8); // a byte write of a 16-bit field
        Assert.Equal(256u, _t.Common(C.queue_size, 2));
        _t.SetCommon(C.device_feature, 4, 0); // read-only
        Assert.Equal(1u, _t.DeviceFeatures() >> 32 & 1);
        _t.SetCommon(C.num_queues, 2, 5);
        Assert.Equal(1u, _t.Common(C.num_queues, 2));
        _t.SetCommon(C.driver_feature_select, 4, 1);
        _t.SetCommon(C.driver_feature, 4, 1);
        Assert.Equal(1u, _t.Common(C.driver_feature, 4));
        _t.SetCommon(C.driver_feature_select, 4, 0);
        Assert.Equal(0u, _t.Common(C.driver_feature, 4));
    }

    [Fact]
    public void FeaturesOkNeedsVersion1()
    {
        var status = _t.Negotiate(B.VIRTIO_BLK_F_FLUSH); // without VIRTIO_F_VERSION_1
        Assert.Equal(S.ACKNOWLEDGE | S.DRIVER, status);
        Assert.True(_t.Logged("VIRTIO_F_VERSION_1 was not accepted"));
        status = _t.Negotiate(B.VIRTIO_BLK_F_FLUSH | VirtioFeatures.VIRTIO_F_VERSION_1);
        Assert.Equal(S.ACKNOWLEDGE | S.DRIVER | S.FEATURES_OK, status);
        Assert.Equal(B.VIRTIO_BLK_F_FLUSH | VirtioFeatures.VIRTIO_F_VERSION_1, _t.Fn.NegotiatedFeatures);
    }

    [Fact]
    public void FeaturesOkRefusedForFeaturesNotOffered()
    {
        var status = _t.Negotiate(VirtioFeatures.VIRTIO_F_VERSION_1 | B.VIRTIO_BLK_F_RO);
        Assert.Equal(0, (int)(status & S.FEATURES_OK));
        Assert.True(_t.Logged("did not offer"));
    }

    [Fact]
    public void FeaturesOkBeforeDriverIsRefused()
    {
        _t.SetStatus(S.ACKNOWLEDGE);
        _t.WriteDriverFeatures(VirtioFeatures.VIRTIO_F_VERSION_1);
        _t.SetStatus(S.ACKNOWLEDGE | S.FEATURES_OK);
        Assert.Equal(S.ACKNOWLEDGE, _t.Status);
    }

    [Fact]
    public void DriverFeaturesAreFixedOnceFeaturesOkIsSet()
    {
        _t.Negotiate(VirtioFeatures.VIRTIO_F_VERSION_1);
        _t.SetCommon(C.driver_feature_select, 4, 0);
        _t.SetCommon(C.driver_feature, 4, (uint)B.VIRTIO_BLK_F_FLUSH);
        Assert.Equal(VirtioFeatures.VIRTIO_F_VERSION_1, _t.Fn.NegotiatedFeatures);
        Assert.True(_t.Logged("after FEATURES_OK"));
    }

    [Fact]
    public void StatusBitsAreOnlyClearedByAReset()
    {
        _t.Start();
        _t.SetStatus(S.ACKNOWLEDGE); // tries to clear DRIVER, FEATURES_OK, DRIVER_OK
        Assert.Equal(S.ACKNOWLEDGE | S.DRIVER | S.FEATURES_OK | S.DRIVER_OK, _t.Status);
        _t.SetStatus(_t.Status | S.DEVICE_NEEDS_RESET); // the device's bit, not the driver's
        Assert.Equal(0, (int)(_t.Status & S.DEVICE_NEEDS_RESET));
        _t.SetStatus(_t.Status | S.FAILED);
        Assert.False(_t.Fn.IsLive);
    }

    [Fact]
    public void WritingZeroResetsTheDevice()
    {
        _t.Start();
        _t.SetCommon(C.msix_config, 2, 0);
        _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0);
        Assert.NotEqual(0, _t.Fn.IsrStatus);
        _t.SetStatus(S.None);
        Assert.Equal(S.None, _t.Status);
        Assert.Equal(0ul, _t.Fn.NegotiatedFeatures);
        Assert.Equal(0u, _t.Common(C.queue_enable, 2));
        Assert.Equal(256u, _t.Common(C.queue_size, 2));
        Assert.Equal(0u, _t.Common(C.queue_desc, 4));
        Assert.Equal(C.VIRTIO_MSI_NO_VECTOR, _t.Common(C.msix_config, 2));
        Assert.Equal(0, _t.Fn.IsrStatus);
        Assert.False(_t.Fn.IntxLine.Level);
        // And it comes up again from scratch.
        _t.Start();
        Assert.Equal((B.VIRTIO_BLK_S_OK, 1u), _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0));
    }

    [Fact]
    public void QueueEnableBeforeFeaturesOkIsIgnored()
    {
        _t.SetStatus(S.ACKNOWLEDGE | S.DRIVER);
        _t.SetCommon(C.queue_size, 2, 16);
        _t.SetQueueAddresses();
        _t.SetCommon(C.queue_enable, 2, 1);
        Assert.Equal(0u, _t.Common(C.queue_enable, 2));
        Assert.True(_t.Logged("before FEATURES_OK"));
    }

    [Theory]
    [InlineData(12, VirtioTestBench.Desc, VirtioTestBench.Avail, VirtioTestBench.Used, "power of two")]
    [InlineData(512, VirtioTestBench.Desc, VirtioTestBench.Avail, VirtioTestBench.Used, "power of two")]
    [InlineData(16, VirtioTestBench.Desc + 8, VirtioTestBench.Avail, VirtioTestBench.Used, "misaligned")]
    [InlineData(16, VirtioTestBench.Desc, VirtioTestBench.Avail + 1, VirtioTestBench.Used, "misaligned")]
    [InlineData(16, VirtioTestBench.Desc, VirtioTestBench.Avail, VirtioTestBench.Used + 2, "misaligned")]
    [InlineData(16, 0xFFFF_F000u, VirtioTestBench.Avail, VirtioTestBench.Used, "not in RAM")]
    [InlineData(16, VirtioTestBench.Desc, VirtioTestBench.Avail, VirtioTestBench.Bar, "not in RAM")]
    public void AQueueTheDeviceCannotUseNeedsAReset(int size, uint desc, uint avail, uint used, string why)
    {
        _t.Negotiate(VirtioFeatures.VIRTIO_F_VERSION_1);
        _t.SetCommon(C.queue_size, 2, (uint)size);
        _t.SetQueueAddresses(desc, avail, used);
        _t.SetCommon(C.queue_enable, 2, 1);
        Assert.Equal(0u, _t.Common(C.queue_enable, 2));
        Assert.NotEqual(0, (int)(_t.Status & S.DEVICE_NEEDS_RESET));
        Assert.True(_t.Logged(why));
        Assert.Equal(0, _t.Fn.IsrStatus); // DRIVER_OK not yet set: no configuration change notification
    }

    [Fact]
    public void AnEnabledQueuesRegistersAreFixed()
    {
        _t.Start();
        _t.SetCommon(C.queue_size, 2, 8);
        _t.SetCommon(C.queue_desc, 4, 0x50000);
        _t.SetCommon(C.queue_enable, 2, 0); // the driver may not disable a queue
        Assert.Equal(16u, _t.Common(C.queue_size, 2));
        Assert.Equal(VirtioTestBench.Desc, _t.Common(C.queue_desc, 4));
        Assert.Equal(1u, _t.Common(C.queue_enable, 2));
    }

    [Fact]
    public void NotificationsGoToTheQueuesNotifyAddress()
    {
        _t.Start();
        _t.Request(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0, notify: false);
        _t.Memory.Write(VirtioTestBench.Bar + C.NotifyCfgOffset + 2, 2, 0); // between two queues' addresses
        _t.Settle();
        Assert.Equal(0, _t.UsedIdx);
        Assert.True(_t.Logged("between two queues"));
        uint notifyOff = _t.Common(C.queue_notify_off, 2);
        _t.Memory.Write(VirtioTestBench.Bar + C.NotifyCfgOffset + notifyOff * C.NotifyOffMultiplier, 2, 0);
        _t.Clock.Advance(Nt2cs.Machine.Devices.VirtioBlk.VirtioBlkDevice.RequestLatencyNs - 1);
        Assert.Equal(0, _t.UsedIdx); // the modelled latency has not passed
        _t.Clock.Advance(1);
        Assert.Equal(1, _t.UsedIdx);
    }

    [Fact]
    public void NotificationsBeforeDriverOkAreIgnored()
    {
        _t.Negotiate(VirtioFeatures.VIRTIO_F_VERSION_1);
        _t.SetCommon(C.queue_size, 2, 16);
        _t.SetQueueAddresses();
        _t.SetCommon(C.queue_enable, 2, 1);
        _t.Request(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0);
        _t.Settle();
        Assert.Equal(0, _t.UsedIdx);
        Assert.True(_t.Logged("not live"));
    }

    [Fact]
    public void IsrIsReadToClearAndDrivesIntx()
    {
        _t.Start();
        Assert.False(_t.Fn.IntxLine.Level);
        _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0);
        Assert.True(_t.Fn.IntxLine.Level);
        Assert.NotEqual(0u, _t.Fn.ReadConfig(PciConfigRegisters.Status, 2) & (uint)PciStatus.InterruptStatus);
        Assert.Equal((uint)C.IsrQueue, (uint)_t.Memory.Read(VirtioTestBench.Bar + C.IsrCfgOffset, 1));
        Assert.False(_t.Fn.IntxLine.Level);
        Assert.Equal(0u, (uint)_t.Memory.Read(VirtioTestBench.Bar + C.IsrCfgOffset, 1));
        // Interrupt Disable in the Command register masks INTx, not the ISR.
        _t.Fn.WriteConfig(PciConfigRegisters.Command, 2, (uint)(PciCommand.MemorySpace | PciCommand.BusMaster | PciCommand.InterruptDisable));
        _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0);
        Assert.False(_t.Fn.IntxLine.Level);
        Assert.Equal((uint)C.IsrQueue, (uint)_t.Memory.Read(VirtioTestBench.Bar + C.IsrCfgOffset, 1));
    }

    [Fact]
    public void MsixVectorsReplaceTheIsrAndIntx()
    {
        int cap = _t.Fn.MsixCapabilityOffset;
        Assert.Equal(C.MsixTableOffset, _t.Fn.ReadConfig(cap + 4, 4)); // BIR 0
        Assert.Equal(C.MsixPbaOffset, _t.Fn.ReadConfig(cap + 8, 4));
        _t.Fn.WriteConfig(cap + 2, 2, VirtioPciFunction.MsixEnable);
        _t.Memory.Write(VirtioTestBench.Bar + C.MsixTableOffset + 16, 4, 0xFEE0_0000);
        _t.Memory.Write(VirtioTestBench.Bar + C.MsixTableOffset + 16 + 8, 4, 0x51);
        _t.Memory.Write(VirtioTestBench.Bar + C.MsixTableOffset + 16 + 12, 4, 0); // unmask vector 1
        _t.Start();
        _t.SetCommon(C.queue_msix_vector, 2, 7); // beyond the table: NO_VECTOR
        Assert.Equal(C.VIRTIO_MSI_NO_VECTOR, _t.Common(C.queue_msix_vector, 2));
        _t.SetCommon(C.queue_msix_vector, 2, 1);
        Assert.Equal(1u, _t.Common(C.queue_msix_vector, 2));
        _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0);
        Assert.Equal(1, _t.Fn.Msix.MessagesSent[1]);
        Assert.Equal((0xFEE0_0000ul, 0x51u), _t.Fn.Msix.LastMessage[1]);
        Assert.Equal(0, _t.Fn.IsrStatus);
        Assert.False(_t.Fn.IntxLine.Level);
        _t.SetCommon(C.queue_msix_vector, 2, C.VIRTIO_MSI_NO_VECTOR); // no vector: no message at all
        _t.Run(B.VIRTIO_BLK_T_FLUSH, 0, 0, 0);
        Assert.Equal(1, _t.Fn.Msix.MessagesSent[1]);
        Assert.Equal(0, _t.Fn.IsrStatus);
    }

    [Fact]
    public void NeedsResetSendsAConfigurationChangeNotificationAfterDriverOk()
    {
        _t.Start();
        _t.WriteDescriptor(VirtioTestBench.Desc, 0, 0x7FF0_0000, 16, 0); // a buffer beyond RAM
        _t.MakeAvailable(0);
        _t.Notify();
        _t.Settle();
        Assert.NotEqual(0, (int)(_t.Status & S.DEVICE_NEEDS_RESET));
        Assert.Equal(C.IsrConfigChange, _t.Fn.IsrStatus);
        Assert.True(_t.Fn.IntxLine.Level);
        Assert.Equal(0, _t.UsedIdx);
    }

    [Fact]
    public void PciConfigurationAccessReachesTheBar()
    {
        int cap = _t.Fn.PciCfgCapability;
        // Read num_queues (2 bytes at common + 0x12) through the window, with BAR decoding off.
        _t.Fn.WriteConfig(PciConfigRegisters.Command, 2, 0);
        _t.Fn.WriteConfig(cap + C.CapBar, 1, 0);
        _t.Fn.WriteConfig(cap + C.CapOffset, 4, C.CommonCfgOffset + C.num_queues);
        _t.Fn.WriteConfig(cap + C.CapLength, 4, 2);
        Assert.Equal(1u, _t.Fn.ReadConfig(cap + C.PciCfgDataField, 4) & 0xFFFF);
        // Write device_status (1 byte) through it.
        _t.Fn.WriteConfig(cap + C.CapOffset, 4, C.CommonCfgOffset + C.device_status);
        _t.Fn.WriteConfig(cap + C.CapLength, 4, 1);
        _t.Fn.WriteConfig(cap + C.PciCfgDataField, 4, (uint)S.ACKNOWLEDGE);
        Assert.Equal(S.ACKNOWLEDGE, _t.Fn.DeviceStatus);
        // A misaligned access is refused.
        _t.Fn.WriteConfig(cap + C.CapOffset, 4, C.CommonCfgOffset + 1);
        _t.Fn.WriteConfig(cap + C.CapLength, 4, 4);
        _t.Fn.WriteConfig(cap + C.PciCfgDataField, 4, 0);
        Assert.True(_t.Logged("aligned"));
        Assert.Equal(S.ACKNOWLEDGE, _t.Fn.DeviceStatus);
    }
}
