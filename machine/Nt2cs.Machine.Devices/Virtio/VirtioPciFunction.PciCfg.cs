using static Nt2cs.Machine.Devices.Virtio.VirtioPciRegisters;

namespace Nt2cs.Machine.Devices.Virtio;

/// <summary>
/// The PCI configuration access capability (§4.1.4.8): a window through configuration space onto the BAR. The
/// driver sets cap.bar, cap.offset and cap.length (1, 2 or 4, offset aligned to it); a write of pci_cfg_data
/// writes that many bytes at that offset of the BAR, a read of it reads them into pci_cfg_data first.
/// </summary>
public sealed partial class VirtioPciFunction
{
    private bool PciCfgTarget(out uint offset, out int length)
    {
        int cap = PciCfgCapability;
        byte bar = ConfigSpace[cap + CapBar];
        offset = Config32(cap + CapOffset);
        length = (int)Config32(cap + CapLength);
        if (bar != Bar)
        {
            Warn($"PCI configuration access to BAR{bar}, which has no virtio structures; ignored");
            return false;
        }
        if (length is not (1 or 2 or 4) || offset % (uint)length != 0 || offset + (uint)length > BarSize)
        {
            Warn($"PCI configuration access of {length} bytes at BAR0+0x{offset:X}: length must be 1, 2 or 4 and the offset aligned to it; ignored");
            return false;
        }
        return true;
    }

    private void PciCfgWrite()
    {
        if (PciCfgTarget(out uint offset, out int length))
        {
            uint data = Config32(PciCfgCapability + PciCfgDataField);
            Write(offset, length, length == 4 ? data : data & ((1u << (8 * length)) - 1));
        }
    }

    private void PciCfgRead()
    {
        if (PciCfgTarget(out uint offset, out int length))
            SetConfig32(PciCfgCapability + PciCfgDataField, Read(offset, length));
    }
}
