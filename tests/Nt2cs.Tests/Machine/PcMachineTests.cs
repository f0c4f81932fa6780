using System.Text;
using Nt2cs.Machine;
using Nt2cs.Machine.Devices;
using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Tests.Support;
using Nt2cs.Machine.Pc;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>The assembled PC: devices at their standard ports, IRQs routed to the PIC pair, chipset identity per machine kind.</summary>
public sealed class PcMachineTests
{
    private static uint ConfigRead(PcMachine m, int device, int offset)
    {
        m.Ports.WriteDword(PciConfigMechanism1.AddressPort, PciConfigMechanism1.AddressOf(0, device, 0, offset));
        return m.Ports.ReadDword(PciConfigMechanism1.DataPort);
    }

    private static void InitializePic(PcMachine m)
    {
        byte[] master = [0x11, 0x20, 0x04, 0x01], slave = [0x11, 0x28, 0x02, 0x01];
        m.Ports.WriteByte(0x20, master[0]);
        foreach (byte b in master[1..]) m.Ports.WriteByte(0x21, b);
        m.Ports.WriteByte(0xA0, slave[0]);
        foreach (byte b in slave[1..]) m.Ports.WriteByte(0xA1, b);
    }

    [Theory]
    [InlineData(MachineKind.Q35, 0x29C0_8086u, 0x1F, 0x2918_8086u)]
    [InlineData(MachineKind.Pc, 0x1237_8086u, 0x01, 0x7000_8086u)]
    public void ChipsetIdentityFollowsTheMachineKind(MachineKind kind, uint hostIds, int isaDevice, uint isaIds)
    {
        using var m = PcMachine.Create(new MachineOptions { Kind = kind });
        Assert.Equal(hostIds, ConfigRead(m, 0, PciConfigRegisters.VendorId));
        Assert.Equal(isaIds, ConfigRead(m, isaDevice, PciConfigRegisters.VendorId));
        Assert.Equal(0xFFFF_FFFFu, ConfigRead(m, 2, PciConfigRegisters.VendorId));
        Assert.Equal(hostIds, (uint)m.Memory.Read(PciEcam.DefaultBase, 4));
    }

    private static uint ConfigRead(PcMachine m, int device, int function, int offset)
    {
        m.Ports.WriteDword(PciConfigMechanism1.AddressPort, PciConfigMechanism1.AddressOf(0, device, function, offset));
        return m.Ports.ReadDword(PciConfigMechanism1.DataPort);
    }

    [Fact]
    public void PcHasThePiix3IdeFunctionAsFunction1OfThePiix3()
    {
        using var m = PcMachine.Create(new MachineOptions { Kind = MachineKind.Pc });
        Assert.Equal(0x7010_8086u, ConfigRead(m, 1, 1, PciConfigRegisters.VendorId));
        Assert.Equal(0x01_01_80u, ConfigRead(m, 1, 1, 0x08) >> 8);
        Assert.Equal(PciConfigRegisters.HeaderTypeMultiFunction, (byte)(ConfigRead(m, 1, 0, 0x0C) >> 16) & PciConfigRegisters.HeaderTypeMultiFunction);
        Assert.Null(m.Ide!.Primary); // no drive: an empty channel
    }

    [Fact]
    public void Q35HasAnIdeFunctionOnlyForADriveOfTypeIde()
    {
        using (var bare = PcMachine.Create(new MachineOptions { Kind = MachineKind.Q35 }))
            Assert.Null(bare.Ide);
        string disk = FreestandingPrograms.CreateDisk(64);
        try
        {
            using var m = PcMachine.Create(new MachineOptions { Kind = MachineKind.Q35, Drives = [new DriveOptions(disk, Nt2cs.Machine.Pc.DriveType.Ide)] });
            Assert.Equal(0x7010_8086u, ConfigRead(m, PcMachine.FirstNvmeDevice, PciConfigRegisters.VendorId));
            Assert.NotNull(m.Ide!.Primary);
        }
        finally
        {
            File.Delete(disk);
        }
    }

    /// <summary>IDENTIFY DEVICE on the pc's IDE disk: INTRQ reaches the CPU as IRQ 14 (slave PIC input 6, vector 0x2E).</summary>
    [Fact]
    public void IdeInterruptsReachTheCpuAsIrq14()
    {
        string disk = FreestandingPrograms.CreateDisk(64);
        try
        {
            using var m = PcMachine.Create(new MachineOptions { Kind = MachineKind.Pc, Drives = [new DriveOptions(disk, Nt2cs.Machine.Pc.DriveType.Ide)] });
            InitializePic(m);
            m.Ports.WriteByte(0x21, 0xFB); // master: only the cascade
            m.Ports.WriteByte(0xA1, 0xBF); // slave: only IRQ 14
            m.Pci.WriteConfig(0, 1, 1, Nt2cs.Machine.Devices.Ide.Piix3IdeFunction.PrimaryIdeTiming, 2, Nt2cs.Machine.Devices.Ide.Piix3IdeFunction.IdeDecodeEnable);
            m.Pci.WriteConfig(0, 1, 1, PciConfigRegisters.Command, 2, (uint)PciCommand.IoSpace);
            m.Ports.WriteByte(0x1F6, 0xA0);
            m.Ports.WriteByte(0x1F7, 0xEC);
            Assert.False(m.InterruptController.HasPendingInterrupt);
            m.Clock.Advance(1_000_000);
            Assert.True(m.InterruptController.HasPendingInterrupt);
            Assert.Equal(0x2E, m.InterruptController.AcknowledgeInterrupt());
        }
        finally
        {
            File.Delete(disk);
        }
    }

    [Fact]
    public void ASecondIdeDriveIsASetupError()
    {
        string disk = FreestandingPrograms.CreateDisk(64), other = FreestandingPrograms.CreateDisk(64);
        try
        {
            var e = Assert.Throws<Nt2cs.Machine.Devices.Storage.DiskSetupException>(() => PcMachine.Create(new MachineOptions
            {
                Kind = MachineKind.Pc,
                Drives = [new DriveOptions(disk, Nt2cs.Machine.Pc.DriveType.Ide), new DriveOptions(other, Nt2cs.Machine.Pc.DriveType.Ide)],
            }));
            Assert.Contains("one IDE drive is modelled", e.Message);
        }
        finally
        {
            File.Delete(disk);
            File.Delete(other);
        }
    }

    [Fact]
    public void MemorySizeReachesRamAndCmos()
    {
        using var m = PcMachine.Create(new MachineOptions { MemoryMiB = 64 });
        Assert.Equal(64u << 20, m.Memory.RamSize);
        m.Ports.WriteByte(0x70, Mc146818Registers.MemoryAbove16MiBLow);
        int low = m.Ports.ReadByte(0x71);
        m.Ports.WriteByte(0x70, Mc146818Registers.MemoryAbove16MiBHigh);
        Assert.Equal(48 * 16, low | m.Ports.ReadByte(0x71) << 8);
    }

    [Fact]
    public void PitInterruptsReachTheCpuThroughThePic()
    {
        using var m = PcMachine.Create();
        InitializePic(m);
        m.Ports.WriteByte(0x43, 0x34); // counter 0, lobyte/hibyte, mode 2
        m.Ports.WriteByte(0x40, 0x9C);
        m.Ports.WriteByte(0x40, 0x2E); // 11932: 100 Hz
        var vectors = new List<(long, byte)>();
        while (m.Clock.Now < 50_000_000 && m.Clock.SkipToNextEvent())
        {
            if (!m.InterruptController.HasPendingInterrupt)
                continue;
            vectors.Add((m.Clock.Now, m.InterruptController.AcknowledgeInterrupt()));
            m.Ports.WriteByte(0x20, 0x20); // EOI
        }
        Assert.Equal(4, vectors.Count); // 10, 20, 30, 40 ms
        Assert.All(vectors, v => Assert.Equal(0x20, v.Item2));
        Assert.Equal(Pit8254.Clock.TimeOfTick(1 + 11932), vectors[0].Item1);
    }

    [Fact]
    public void TimerInterruptLoopDoesNotAllocate()
    {
        using var m = PcMachine.Create();
        InitializePic(m);
        m.Ports.WriteByte(0x43, 0x34);
        m.Ports.WriteByte(0x40, 0xA9);
        m.Ports.WriteByte(0x40, 0x04); // 1193: about 1 kHz

        int taken = 0;
        void RunFor(long ns)
        {
            long end = m.Clock.Now + ns;
            while (m.Clock.NextEventTime <= end && m.Clock.SkipToNextEvent())
            {
                if (!m.InterruptController.HasPendingInterrupt)
                    continue;
                m.InterruptController.AcknowledgeInterrupt();
                m.Ports.WriteByte(0x20, 0x20);
                taken++;
            }
        }

        Allocations.AssertSteadyStateFree(() => RunFor(100_000_000));
        taken = 0;
        RunFor(1_000_000_000);
        Assert.InRange(taken, 1000, 1020);
    }

    [Fact]
    public void SerialOutputAndInterruptOnIrq4()
    {
        var output = new List<byte>();
        using var m = PcMachine.Create(new MachineOptions { SerialOutput = output.Add });
        InitializePic(m);
        foreach (byte b in "ok"u8)
            m.Ports.WriteByte(0x3F8, b);
        Assert.Equal("ok", Encoding.ASCII.GetString(output.ToArray()));

        m.Ports.WriteByte(0x3FC, Uart16550Registers.McrOut2);
        m.Ports.WriteByte(0x3F9, Uart16550Registers.IerTransmitterEmpty);
        Assert.True(m.InterruptController.HasPendingInterrupt);
        Assert.Equal(0x24, m.InterruptController.AcknowledgeInterrupt());
    }

    [Fact]
    public void PciInterruptLinesAreLevelTriggered()
    {
        using var m = PcMachine.Create();
        Assert.Equal(0x0C, m.Ports.ReadByte(Pic8259Pair.ElcrBase + 1)); // IRQ 10 and 11
    }

    [Fact]
    public void DebugExitEndsTheRun()
    {
        using var m = PcMachine.Create();
        var exit = Assert.Throws<MachineExitException>(() => m.Ports.WriteByte(0xF4, 0x42));
        Assert.Equal(0x85, exit.Status);
        Assert.Equal(0x85, m.Run.ExitStatus);
    }

    [Theory]
    [InlineData("q35", MachineKind.Q35)]
    [InlineData("PC", MachineKind.Pc)]
    public void MachineKindParses(string text, MachineKind kind) => Assert.Equal(kind, MachineOptions.ParseKind(text));

    [Fact]
    public void BadOptionsAreRejectedWithAMessage()
    {
        Assert.Contains("q35 or pc", Assert.Throws<ArgumentException>(() => MachineOptions.ParseKind("isa")).Message);
        Assert.Throws<ArgumentException>(() => MachineOptions.ParseMemoryMiB("0"));
        Assert.Throws<ArgumentException>(() => MachineOptions.ParseMemoryMiB("4096"));
        Assert.Equal(256u, MachineOptions.ParseMemoryMiB("256"));
    }
}
