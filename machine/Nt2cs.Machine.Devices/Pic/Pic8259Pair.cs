namespace Nt2cs.Machine.Devices;

/// <summary>
/// The PC/AT interrupt controller pair: a master 8259A at ports 0x20/0x21 delivering to the CPU, a slave at
/// 0xA0/0xA1 cascaded into the master's IR2, and the chipset's Edge/Level Control Registers (ELCR, ports
/// 0x4D0/0x4D1 on PIIX and ICH chipsets). Inputs 0–15 are IRQ 0–15; IRQ 2 is the cascade and not an input.
/// </summary>
/// <remarks>
/// <para>The INTA cycle (<see cref="AcknowledgeInterrupt"/>) runs as on the bus: the master commits to its
/// highest request; if that is a cascade input, the slave supplies the vector. A request withdrawn before INTA
/// gives the master's spurious vector (base + 7, no ISR bit). A slave with nothing to deliver at the cascade cycle
/// answers its own base + 7 without setting its ISR bit while the master's ISR bit 2 stays set, so software must
/// EOI the master only. (With the INTA modelled as one atomic step, the slave's request cannot vanish between the
/// master's and the slave's half of the cycle, so that case does not arise from device lines.)</para>
/// </remarks>
public sealed class Pic8259Pair : IInterruptController, IInterruptSink
{
    public const ushort MasterBase = 0x20;
    public const ushort SlaveBase = 0xA0;
    public const ushort ElcrBase = 0x4D0;
    public const int CascadeInput = 2;

    /// <summary>ELCR bits that are reserved (always edge): IRQ 0, 1, 2 on the master; IRQ 8 and 13 on the slave.</summary>
    public const byte ElcrMasterReserved = 0x07, ElcrSlaveReserved = 0x21;

    private readonly MachineLog _log;

    public Pic8259Pair(MachineLog? log = null)
    {
        _log = log ?? MachineLog.Discard();
        Master = new Pic8259("PIC master", _log);
        Slave = new Pic8259("PIC slave", _log);
        Slave.Int.Connect(Master, CascadeInput);
        Elcr = new ElcrRegisters(this);
    }

    public Pic8259 Master { get; }

    public Pic8259 Slave { get; }

    /// <summary>The two ELCR bytes as an 8-bit register file (offset 0 = IRQ 0–7, 1 = IRQ 8–15).</summary>
    public IByteRegisterDevice Elcr { get; }

    /// <summary>Claims 0x20–0x21, 0xA0–0xA1 and 0x4D0–0x4D1.</summary>
    public void AttachTo(IoPortBus ports)
    {
        ports.Register(MasterBase, Master, 2, "PIC master");
        ports.Register(SlaveBase, Slave, 2, "PIC slave");
        ports.Register(ElcrBase, Elcr, 2, "ELCR");
    }

    public void Reset()
    {
        Master.Reset();
        Slave.Reset();
        Master.LevelTriggeredByChipset = 0;
        Slave.LevelTriggeredByChipset = 0;
    }

    /// <summary>IRQ <paramref name="input"/> (0–15) changed level.</summary>
    public void SetInputLevel(int input, bool level)
    {
        if (input is < 0 or > 15 || input == CascadeInput)
        {
            _log.Warn("PIC", $"IRQ {input} is not an input of the PIC pair");
            return;
        }
        if (input < 8)
            Master.SetInputLevel(input, level);
        else
            Slave.SetInputLevel(input - 8, level);
    }

    public bool HasPendingInterrupt => Master.Int.Level;

    /// <summary>The INTA cycle: the vector of the highest-priority request (or a spurious vector).</summary>
    public byte AcknowledgeInterrupt()
    {
        int level = Master.Acknowledge(out bool spurious);
        bool cascaded = !spurious && !Master.IsSingle && (Master.Cascade & (1 << level)) != 0;
        if (!cascaded)
            return (byte)(Master.VectorBase | level);
        if ((Slave.Cascade & 7) != level)
        {
            _log.Warn("PIC", $"cascade cycle for IR{level} but the slave's ID is {Slave.Cascade & 7}: the bus floats");
            return 0xFF;
        }
        int slaveLevel = Slave.Acknowledge(out _);
        return (byte)(Slave.VectorBase | slaveLevel);
    }

    /// <summary>ELCR1/ELCR2: a set bit makes that IRQ level-triggered.</summary>
    private sealed class ElcrRegisters(Pic8259Pair pair) : IByteRegisterDevice
    {
        public byte ReadRegister(int offset) =>
            offset == 0 ? pair.Master.LevelTriggeredByChipset : pair.Slave.LevelTriggeredByChipset;

        public void WriteRegister(int offset, byte value)
        {
            if (offset == 0)
                pair.Master.LevelTriggeredByChipset = (byte)(value & ~ElcrMasterReserved);
            else
                pair.Slave.LevelTriggeredByChipset = (byte)(value & ~ElcrSlaveReserved);
        }
    }
}
