namespace Nt2cs.Machine.Devices.Pci;

/// <summary>
/// Identity-only functions of the chipsets the machine presents: the host bridge at 00:00.0 and the PCI-to-ISA
/// (LPC) bridge, with the vendor/device IDs and class codes of the real parts so guests enumerate what they
/// expect. None of their chipset registers (PAM, SMRAM, PIRQ routing, PCIEXBAR …) is modelled.
/// </summary>
public sealed class PciChipsetFunction : PciFunction
{
    public const ushort IntelVendorId = 0x8086;

    /// <summary>Base class 06h (bridge), sub-class 00h (host bridge).</summary>
    public const uint HostBridgeClass = 0x06_00_00;

    /// <summary>Base class 06h (bridge), sub-class 01h (ISA bridge).</summary>
    public const uint IsaBridgeClass = 0x06_01_00;

    private PciChipsetFunction(string name, ushort deviceId, uint classCode, byte revision)
        : base(name, IntelVendorId, deviceId, classCode, revision)
    {
        // Always decoding, as host and ISA bridges are: memory and bus master enable read as set.
        SetConfig16(PciConfigRegisters.Command, (ushort)(PciCommand.MemorySpace | PciCommand.BusMaster));
        SetWritableMask(PciConfigRegisters.Command, 2, 0);
    }

    /// <summary>Intel 82441FX PMC (440FX host bridge), device 1237h — the <c>pc</c> machine's 00:00.0.</summary>
    public static PciChipsetFunction I440FxHostBridge() => new("440FX host bridge", 0x1237, HostBridgeClass, 0x02);

    /// <summary>Intel 82371SB PIIX3 PCI-to-ISA bridge, device 7000h — the <c>pc</c> machine's 00:01.0.</summary>
    public static PciChipsetFunction Piix3IsaBridge() => new("PIIX3 ISA bridge", 0x7000, IsaBridgeClass, 0x00);

    /// <summary>Intel 82G33/Q35 DRAM controller (MCH), device 29C0h — the <c>q35</c> machine's 00:00.0.</summary>
    public static PciChipsetFunction Q35HostBridge() => new("Q35 MCH host bridge", 0x29C0, HostBridgeClass, 0x02);

    /// <summary>Intel ICH9 LPC interface bridge, device 2918h — the <c>q35</c> machine's 00:1F.0.</summary>
    public static PciChipsetFunction Ich9LpcBridge() => new("ICH9 LPC bridge", 0x2918, IsaBridgeClass, 0x02);
}
