namespace Nt2cs.Machine.Firmware.Acpi;

/// <summary>
/// Structure layouts of ACPI 6.3 chapter 5 the tables use: the RSDP (§5.2.5.3), the system description table
/// header (§5.2.6), the Generic Address Structure (§5.2.3.2), the FADT (§5.2.9, Table 5-33), the FACS (§5.2.10),
/// the MADT (§5.2.12) and the MCFG (PCI Firmware Specification 3.2, §4.1.2). Offsets are in bytes.
/// </summary>
public static class AcpiLayout
{
    // RSDP, revision 2: 36 bytes; the first checksum covers the ACPI 1.0 part (20 bytes), the extended one all.
    public const int RsdpLength = 36;
    public const int RsdpV1Length = 20;
    public const byte RsdpRevision = 2;
    public const int RsdpChecksum = 8, RsdpOemId = 9, RsdpRevisionOffset = 15, RsdpRsdtAddress = 16, RsdpLengthOffset = 20,
        RsdpXsdtAddress = 24, RsdpExtendedChecksum = 32;

    // Every description table's header: 36 bytes.
    public const int HeaderLength = 36;
    public const int Signature = 0, Length = 4, Revision = 8, Checksum = 9, OemId = 10, OemTableId = 16, OemRevision = 24,
        CreatorId = 28, CreatorRevision = 32;

    // Generic Address Structure: 12 bytes.
    public const int GasLength = 12;
    public const byte AddressSpaceSystemIo = 1;
    public const byte AccessByte = 1, AccessWord = 2, AccessDword = 3;

    // FADT, revision 6 (ACPI 6.x): 276 bytes; FADT Minor Version 3 for ACPI 6.3.
    public const int FadtLength = 276;
    public const byte FadtRevision = 6, FadtMinorVersion = 3;
    public const int FadtFirmwareCtrl = 36, FadtDsdt = 40, FadtPreferredPmProfile = 45, FadtSciInt = 46, FadtSmiCmd = 48,
        FadtPm1aEvtBlk = 56, FadtPm1aCntBlk = 64, FadtPmTmrBlk = 76, FadtPm1EvtLen = 88, FadtPm1CntLen = 89,
        FadtPmTmrLen = 91, FadtPLvl2Lat = 96, FadtPLvl3Lat = 98, FadtCentury = 108, FadtIapcBootArch = 109, FadtFlags = 112,
        FadtResetReg = 116, FadtResetValue = 128, FadtMinorVersionOffset = 131, FadtXFirmwareCtrl = 132, FadtXDsdt = 140,
        FadtXPm1aEvtBlk = 148, FadtXPm1aCntBlk = 172, FadtXPmTmrBlk = 208;

    // P_LVL2_LAT above 100 and P_LVL3_LAT above 1000 µs: C2 and C3 are not supported.
    public const ushort NoC2Latency = 101, NoC3Latency = 1001;

    // FADT Flags (Table 5-35).
    public const uint FlagWbinvd = 1u << 0, FlagProcC1 = 1u << 2, FlagPwrButton = 1u << 4, FlagSlpButton = 1u << 5,
        FlagFixRtc = 1u << 6, FlagTmrValExt = 1u << 8, FlagResetRegSup = 1u << 10, FlagHeadless = 1u << 12;

    // IA-PC Boot Architecture Flags (Table 5-36).
    public const ushort BootLegacyDevices = 1 << 0, Boot8042 = 1 << 1, BootVgaNotPresent = 1 << 2, BootMsiNotSupported = 1 << 3,
        BootPcieAspmControls = 1 << 4, BootCmosRtcNotPresent = 1 << 5;

    // FACS: 64 bytes, 64-byte aligned, version 2.
    public const int FacsLength = 64, FacsAlignment = 64;
    public const byte FacsVersion = 2;
    public const int FacsLengthOffset = 4, FacsHardwareSignature = 8, FacsVersionOffset = 32;

    // DSDT revision 2: integers are 64 bits.
    public const byte DsdtRevision = 2;

    // MADT, revision 5 (ACPI 6.3): Local Interrupt Controller Address (+36), Flags (+40); PCAT_COMPAT in bit 0.
    public const byte MadtRevision = 5;
    public const int MadtLength = 44, MadtLocalApicAddress = 36, MadtFlags = 40;
    public const uint MadtPcatCompat = 1;

    // MCFG, revision 1: 8 reserved bytes, then 16-byte allocations: base (8), segment (2), start bus, end bus, reserved (4).
    public const byte McfgRevision = 1;
    public const int McfgAllocations = 44, McfgAllocationLength = 16;

    // RSDT and XSDT: revision 1, 4- and 8-byte entries.
    public const byte RsdtRevision = 1, XsdtRevision = 1;
}
