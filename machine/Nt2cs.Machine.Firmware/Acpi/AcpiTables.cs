using System.Buffers.Binary;
using System.Text;
using static Nt2cs.Machine.Firmware.Acpi.AcpiLayout;

namespace Nt2cs.Machine.Firmware.Acpi;

/// <summary>The tables as bytes for guest memory: the FACS (ACPI NVS memory) and the rest (ACPI reclaim memory), and where the RSDP is.</summary>
public sealed record AcpiTableImage(uint FacsAddress, byte[] Facs, uint TablesAddress, byte[] Tables, uint RsdpAddress);

/// <summary>
/// The ACPI tables of a machine (ACPI 6.3), describing only what it has: the RSDP (revision 2) pointing at an XSDT
/// and an RSDT, which list the FADT, the MADT and, with ECAM, the MCFG; the FADT points at the FACS and the DSDT.
/// The firmware builds them at power-on in memory it owns and installs the RSDP's address as the ACPI 2.0
/// configuration table.
/// </summary>
/// <remarks>
/// FADT revision 6 (minor 3): the layout of ACPI 6.x, so the 64-bit X_ blocks are there and agree with the 32-bit
/// ones, and an OS of any ACPI 2.0+ vintage reads the fields it knows from their ACPI 2.0 places. No SMI_CMD: the
/// machine is in ACPI mode from power-on (the firmware sets SCI_EN). PM1a event and control blocks and the 32-bit
/// PM timer at PMBASE 0x600; the reset register 0xCF9 with 0x06; a legacy-device PC without an 8042, VGA or MSI,
/// with the CMOS RTC; headless, no power or sleep button, no C2/C3. The DSDT's AML holds only \_S5 (the sleep type
/// PM1a_CNT decodes as soft off). The MADT has no interrupt controller structures (no APIC exists), only
/// PCAT_COMPAT for the 8259 pair, and a local APIC address of 0.
/// </remarks>
public static class AcpiTables
{
    /// <summary>The OEM ID of the RSDP and every table (6 characters).</summary>
    public const string Oem = "NT2CS ";

    /// <summary>The creator ID of every table (4 characters), and the revisions of the OEM's tables and of the creator.</summary>
    public const string Creator = "NT2C";
    public const uint TablesRevision = 1;

    /// <summary>The FACS's bytes (ACPI NVS memory, 64-byte aligned).</summary>
    public const int FacsBytes = FacsLength;

    /// <summary>Alignment of each table in the tables' region.</summary>
    private const int TableAlignment = 16;

    /// <summary>Bytes the tables other than the FACS take (the region must be 16-byte aligned).</summary>
    public static int TablesBytes(AcpiPlatform platform) => Layout(platform).End;

    /// <summary>
    /// Builds the tables of <paramref name="platform"/> for the FACS at <paramref name="facsAddress"/> (64-byte
    /// aligned) and the rest from <paramref name="tablesAddress"/> (16-byte aligned, <see cref="TablesBytes"/> long).
    /// </summary>
    public static AcpiTableImage Build(AcpiPlatform platform, uint facsAddress, uint tablesAddress)
    {
        if (facsAddress % FacsAlignment != 0 || tablesAddress % TableAlignment != 0)
            throw new ArgumentException($"ACPI tables: the FACS at 0x{facsAddress:X8} must be {FacsAlignment}-byte aligned and the tables at 0x{tablesAddress:X8} {TableAlignment}-byte aligned");
        var layout = Layout(platform);
        var tables = new byte[layout.End];
        var facs = Facs(platform);
        uint At(int offset) => tablesAddress + (uint)offset;

        var listed = new List<int> { layout.Fadt, layout.Madt };
        if (layout.Mcfg is int mcfg)
            listed.Add(mcfg);

        var xsdt = tables.AsSpan(layout.Xsdt, HeaderLength + 8 * listed.Count);
        for (int i = 0; i < listed.Count; i++)
            BinaryPrimitives.WriteUInt64LittleEndian(xsdt[(HeaderLength + 8 * i)..], At(listed[i]));
        Header(xsdt, "XSDT", XsdtRevision, platform);

        var rsdt = tables.AsSpan(layout.Rsdt, HeaderLength + 4 * listed.Count);
        for (int i = 0; i < listed.Count; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(rsdt[(HeaderLength + 4 * i)..], At(listed[i]));
        Header(rsdt, "RSDT", RsdtRevision, platform);

        Fadt(tables.AsSpan(layout.Fadt, FadtLength), platform, facsAddress, At(layout.Dsdt));
        var dsdt = tables.AsSpan(layout.Dsdt, HeaderLength + s_dsdtAml.Length);
        SoftOffAml(platform).CopyTo(dsdt[HeaderLength..]);
        Header(dsdt, "DSDT", DsdtRevision, platform);
        Madt(tables.AsSpan(layout.Madt, MadtLength), platform);
        if (layout.Mcfg is int at)
            Mcfg(tables.AsSpan(at, McfgAllocations + McfgAllocationLength), platform, platform.EcamBase!.Value);

        Rsdp(tables.AsSpan(layout.Rsdp, RsdpLength), At(layout.Rsdt), At(layout.Xsdt));
        return new AcpiTableImage(facsAddress, facs, tablesAddress, tables, At(layout.Rsdp));
    }

    /// <summary>Builds the tables (<see cref="Build"/>) into <paramref name="memory"/>'s RAM; returns the RSDP's address.</summary>
    public static uint Install(PhysicalMemory memory, AcpiPlatform platform, uint facsAddress, uint tablesAddress)
    {
        var image = Build(platform, facsAddress, tablesAddress);
        if (!memory.IsRam(facsAddress, (uint)image.Facs.Length) || !memory.IsRam(tablesAddress, (uint)image.Tables.Length))
            throw new ArgumentException($"ACPI tables: 0x{facsAddress:X8} or 0x{tablesAddress:X8} ({image.Tables.Length} bytes) is not in RAM");
        image.Facs.CopyTo(memory.Ram(facsAddress, image.Facs.Length));
        image.Tables.CopyTo(memory.Ram(tablesAddress, image.Tables.Length));
        return image.RsdpAddress;
    }

    /// <summary>
    /// Puts the machine in ACPI mode as firmware without SMM does (the FADT has no SMI_CMD, so the OS expects it):
    /// SCI_EN set in PM1a_CNT through the port bus.
    /// </summary>
    public static void EnableAcpiMode(IoPortBus ports, AcpiPlatform platform) =>
        ports.WriteWord(platform.Pm1aControlBlock, (ushort)(ports.ReadWord(platform.Pm1aControlBlock) | Devices.AcpiPmControl.SciEnable));

    private readonly record struct TableOffsets(int Rsdp, int Xsdt, int Rsdt, int Fadt, int Dsdt, int Madt, int? Mcfg, int End);

    private static TableOffsets Layout(AcpiPlatform platform)
    {
        int listed = platform.EcamBase is null ? 2 : 3;
        int at = 0;
        int Next(int length)
        {
            int start = at;
            at = (at + length + TableAlignment - 1) & ~(TableAlignment - 1);
            return start;
        }
        int rsdp = Next(RsdpLength), xsdt = Next(HeaderLength + 8 * listed), rsdt = Next(HeaderLength + 4 * listed);
        int fadt = Next(FadtLength), dsdt = Next(HeaderLength + s_dsdtAml.Length), madt = Next(MadtLength);
        int? mcfg = platform.EcamBase is null ? null : Next(McfgAllocations + McfgAllocationLength);
        return new TableOffsets(rsdp, xsdt, rsdt, fadt, dsdt, madt, mcfg, at);
    }

    /// <summary>
    /// The DSDT's AML (ACPI 6.3 §20): <c>Name (\_S5, Package (4) { SLP_TYPa, SLP_TYPb, 0, 0 })</c>, the sleep type
    /// values as ByteConst (0x0A) so every value has the same length: NameOp 08, the NameString "\_S5_", PackageOp 12,
    /// PkgLength (one byte: the package's length counting itself), NumElements 4, the elements.
    /// </summary>
    private static readonly byte[] s_dsdtAml = [0x08, (byte)'\\', (byte)'_', (byte)'S', (byte)'5', (byte)'_', 0x12, 0x08, 0x04, 0x0A, 0, 0x0A, 0, 0x00, 0x00];

    private static byte[] SoftOffAml(AcpiPlatform platform)
    {
        var aml = (byte[])s_dsdtAml.Clone();
        aml[10] = platform.SoftOffSleepType;   // SLP_TYPa
        aml[12] = platform.SoftOffSleepType;   // SLP_TYPb
        return aml;
    }

    private static void Rsdp(Span<byte> rsdp, uint rsdtAddress, uint xsdtAddress)
    {
        Encoding.ASCII.GetBytes("RSD PTR ").CopyTo(rsdp);
        Encoding.ASCII.GetBytes(Oem).CopyTo(rsdp[RsdpOemId..]);
        rsdp[RsdpRevisionOffset] = RsdpRevision;
        BinaryPrimitives.WriteUInt32LittleEndian(rsdp[RsdpRsdtAddress..], rsdtAddress);
        BinaryPrimitives.WriteUInt32LittleEndian(rsdp[RsdpLengthOffset..], RsdpLength);
        BinaryPrimitives.WriteUInt64LittleEndian(rsdp[RsdpXsdtAddress..], xsdtAddress);
        rsdp[RsdpChecksum] = ChecksumOf(rsdp[..RsdpV1Length]);
        rsdp[RsdpExtendedChecksum] = ChecksumOf(rsdp);
    }

    /// <summary>Fills the header of <paramref name="table"/> (whose length is its span's) and, last, its checksum.</summary>
    private static void Header(Span<byte> table, string signature, byte revision, AcpiPlatform platform)
    {
        Encoding.ASCII.GetBytes(signature).CopyTo(table);
        BinaryPrimitives.WriteUInt32LittleEndian(table[Length..], (uint)table.Length);
        table[Revision] = revision;
        Encoding.ASCII.GetBytes(Oem).CopyTo(table[OemId..]);
        var tableId = table.Slice(OemTableId, 8);
        tableId.Fill((byte)' ');
        Encoding.ASCII.GetBytes(("NT2C" + platform.Chipset)[..Math.Min(8, 4 + platform.Chipset.Length)]).CopyTo(tableId);
        BinaryPrimitives.WriteUInt32LittleEndian(table[OemRevision..], TablesRevision);
        Encoding.ASCII.GetBytes(Creator).CopyTo(table[CreatorId..]);
        BinaryPrimitives.WriteUInt32LittleEndian(table[CreatorRevision..], TablesRevision);
        table[Checksum] = 0;
        table[Checksum] = ChecksumOf(table);
    }

    /// <summary>The byte that makes <paramref name="bytes"/> sum to 0 modulo 256 (with its own place holding 0).</summary>
    private static byte ChecksumOf(ReadOnlySpan<byte> bytes)
    {
        byte sum = 0;
        foreach (byte b in bytes)
            sum += b;
        return (byte)-sum;
    }

    private static void Gas(Span<byte> gas, byte bitWidth, byte accessSize, ulong address)
    {
        gas[0] = AddressSpaceSystemIo;
        gas[1] = bitWidth;
        gas[2] = 0;
        gas[3] = accessSize;
        BinaryPrimitives.WriteUInt64LittleEndian(gas[4..], address);
    }

    private static void Fadt(Span<byte> fadt, AcpiPlatform platform, uint facsAddress, uint dsdtAddress)
    {
        // FIRMWARE_CTRL holds the FACS (below 4 GiB), so X_FIRMWARE_CTRL stays 0 as ACPI 6.x requires; DSDT and
        // X_DSDT both name the DSDT.
        BinaryPrimitives.WriteUInt32LittleEndian(fadt[FadtFirmwareCtrl..], facsAddress);
        BinaryPrimitives.WriteUInt32LittleEndian(fadt[FadtDsdt..], dsdtAddress);
        fadt[FadtPreferredPmProfile] = 0;   // unspecified
        BinaryPrimitives.WriteUInt16LittleEndian(fadt[FadtSciInt..], platform.SciInterrupt);
        BinaryPrimitives.WriteUInt32LittleEndian(fadt[FadtSmiCmd..], 0);   // no SMM: ACPI mode from power-on
        BinaryPrimitives.WriteUInt32LittleEndian(fadt[FadtPm1aEvtBlk..], platform.Pm1aEventBlock);
        BinaryPrimitives.WriteUInt32LittleEndian(fadt[FadtPm1aCntBlk..], platform.Pm1aControlBlock);
        BinaryPrimitives.WriteUInt32LittleEndian(fadt[FadtPmTmrBlk..], platform.PmTimerBlock);
        fadt[FadtPm1EvtLen] = Devices.AcpiPmRegisters.Pm1EventLength;
        fadt[FadtPm1CntLen] = Devices.AcpiPmRegisters.Pm1ControlLength;
        fadt[FadtPmTmrLen] = Devices.AcpiPmRegisters.PmTimerLength;
        BinaryPrimitives.WriteUInt16LittleEndian(fadt[FadtPLvl2Lat..], NoC2Latency);
        BinaryPrimitives.WriteUInt16LittleEndian(fadt[FadtPLvl3Lat..], NoC3Latency);
        fadt[FadtCentury] = platform.RtcCenturyIndex;
        BinaryPrimitives.WriteUInt16LittleEndian(fadt[FadtIapcBootArch..], BootLegacyDevices | BootVgaNotPresent | BootMsiNotSupported);
        BinaryPrimitives.WriteUInt32LittleEndian(fadt[FadtFlags..], FlagWbinvd | FlagProcC1 | FlagPwrButton | FlagSlpButton | FlagFixRtc
            | FlagResetRegSup | FlagHeadless | (platform.PmTimerExtended ? FlagTmrValExt : 0));
        Gas(fadt.Slice(FadtResetReg, GasLength), 8, AccessByte, platform.ResetPort);
        fadt[FadtResetValue] = platform.ResetValue;
        fadt[FadtMinorVersionOffset] = FadtMinorVersion;
        BinaryPrimitives.WriteUInt64LittleEndian(fadt[FadtXDsdt..], dsdtAddress);
        Gas(fadt.Slice(FadtXPm1aEvtBlk, GasLength), 8 * Devices.AcpiPmRegisters.Pm1EventLength, AccessWord, platform.Pm1aEventBlock);
        Gas(fadt.Slice(FadtXPm1aCntBlk, GasLength), 8 * Devices.AcpiPmRegisters.Pm1ControlLength, AccessWord, platform.Pm1aControlBlock);
        Gas(fadt.Slice(FadtXPmTmrBlk, GasLength), 8 * Devices.AcpiPmRegisters.PmTimerLength, AccessDword, platform.PmTimerBlock);
        Header(fadt, "FACP", FadtRevision, platform);
    }

    private static byte[] Facs(AcpiPlatform platform)
    {
        var facs = new byte[FacsLength];
        Encoding.ASCII.GetBytes("FACS").CopyTo(facs, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(facs.AsSpan(FacsLengthOffset), FacsLength);
        BinaryPrimitives.WriteUInt32LittleEndian(facs.AsSpan(FacsHardwareSignature), platform.HardwareSignature);
        facs[FacsVersionOffset] = FacsVersion;
        return facs;
    }

    private static void Madt(Span<byte> madt, AcpiPlatform platform)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(madt[MadtLocalApicAddress..], 0);   // no local APIC
        BinaryPrimitives.WriteUInt32LittleEndian(madt[MadtFlags..], MadtPcatCompat);
        Header(madt, "APIC", MadtRevision, platform);
    }

    private static void Mcfg(Span<byte> mcfg, AcpiPlatform platform, uint ecamBase)
    {
        var allocation = mcfg[McfgAllocations..];
        BinaryPrimitives.WriteUInt64LittleEndian(allocation, ecamBase);
        BinaryPrimitives.WriteUInt16LittleEndian(allocation[8..], 0);   // PCI segment group 0
        allocation[10] = 0;                                              // start bus
        allocation[11] = 255;                                            // end bus: 256 MiB of ECAM
        Header(mcfg, "MCFG", McfgRevision, platform);
    }
}
