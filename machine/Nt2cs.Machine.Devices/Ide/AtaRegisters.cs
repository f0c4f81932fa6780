namespace Nt2cs.Machine.Devices.Ide;

/// <summary>
/// The ATA task file as the host sees it (ATA/ATAPI-7 volume 1 §6: command block and control block registers),
/// offsets from the command block base (0x1F0 on the primary channel).
/// </summary>
public static class AtaRegisters
{
    /// <summary>Data (R/W, 16 bits; the PIIX3 also takes 32-bit accesses as two words).</summary>
    public const int Data = 0;
    /// <summary>Error (R) / Features (W).</summary>
    public const int Error = 1;
    public const int Features = 1;
    public const int SectorCount = 2;
    /// <summary>LBA Low (sector number), LBA Mid (cylinder low), LBA High (cylinder high).</summary>
    public const int LbaLow = 3;
    public const int LbaMid = 4;
    public const int LbaHigh = 5;
    /// <summary>Device (device/head): bit 6 LBA, bit 4 DEV, bits 3:0 LBA 27:24.</summary>
    public const int Device = 6;
    /// <summary>Status (R) / Command (W).</summary>
    public const int Status = 7;
    public const int Command = 7;

    public const int CommandBlockSize = 8;

    /// <summary>Legacy primary channel: command block, control block (Alternate Status R / Device Control W), IRQ.</summary>
    public const ushort PrimaryCommandBlock = 0x1F0;
    public const ushort PrimaryControlBlock = 0x3F6;
    public const int PrimaryIrq = 14;

    public const byte DeviceLba = 0x40;
    public const byte DeviceDev = 0x10;
}

/// <summary>Status register bits (ATA/ATAPI-7 volume 1 §6.64).</summary>
[Flags]
public enum AtaStatus : byte
{
    /// <summary>ERR: an error occurred; the Error register says which.</summary>
    Err = 0x01,
    /// <summary>DSC (ATA-3 Device Seek Complete, command-dependent since): set as drives set it when ready.</summary>
    Dsc = 0x10,
    /// <summary>DRQ: the device is ready to transfer a word of data.</summary>
    Drq = 0x08,
    /// <summary>DF: device fault.</summary>
    Df = 0x20,
    /// <summary>DRDY: the device accepts commands.</summary>
    Drdy = 0x40,
    /// <summary>BSY: the device owns the task file.</summary>
    Bsy = 0x80,
}

/// <summary>Error register bits (§6.21).</summary>
[Flags]
public enum AtaError : byte
{
    /// <summary>ABRT: command aborted (not supported, or a parameter is invalid).</summary>
    Abrt = 0x04,
    /// <summary>IDNF: the address is outside the user-addressable sectors.</summary>
    Idnf = 0x10,
    /// <summary>UNC: uncorrectable data (not produced by this model).</summary>
    Unc = 0x40,
}

/// <summary>Device Control register bits (§6.20).</summary>
[Flags]
public enum AtaDeviceControl : byte
{
    /// <summary>nIEN: the device does not assert INTRQ.</summary>
    NIen = 0x02,
    /// <summary>SRST: software reset of both devices on the channel while set.</summary>
    Srst = 0x04,
    /// <summary>HOB: reads return the previous (high-order) bytes of the 48-bit registers.</summary>
    Hob = 0x80,
}

/// <summary>Command codes (ATA/ATAPI-7 volume 1 §6, table of commands).</summary>
public static class AtaCommand
{
    public const byte ReadSectors = 0x20;
    public const byte ReadSectorsExt = 0x24;
    public const byte ReadDmaExt = 0x25;
    public const byte WriteSectors = 0x30;
    public const byte WriteSectorsExt = 0x34;
    public const byte WriteDmaExt = 0x35;
    public const byte ExecuteDeviceDiagnostic = 0x90;
    public const byte ReadDma = 0xC8;
    public const byte WriteDma = 0xCA;
    public const byte FlushCache = 0xE7;
    public const byte IdentifyDevice = 0xEC;
    public const byte FlushCacheExt = 0xEA;
    public const byte SetFeatures = 0xEF;
}

/// <summary>SET FEATURES subcommands (Features register values, §6.49).</summary>
public static class AtaSetFeatures
{
    public const byte EnableWriteCache = 0x02;
    public const byte SetTransferMode = 0x03;
    public const byte DisableReadLookAhead = 0x55;
    public const byte DisableWriteCache = 0x82;
    public const byte EnableReadLookAhead = 0xAA;
}

/// <summary>
/// Bus master IDE registers (Intel 82371SB PIIX3 datasheet §2.7: BMICx, BMISx, BMIDTPx), offsets from BAR4
/// (BMIBA); the secondary channel's are at +8.
/// </summary>
public static class BusMasterRegisters
{
    /// <summary>BMICx: bus master IDE command.</summary>
    public const int Command = 0;
    /// <summary>BMISx: bus master IDE status.</summary>
    public const int Status = 2;
    /// <summary>BMIDTPx: descriptor table pointer (bits 31:2).</summary>
    public const int DescriptorTablePointer = 4;
    public const int SecondaryChannel = 8;
    public const int Size = 16;

    /// <summary>BMICx bit 0: start/stop bus master.</summary>
    public const byte CommandStart = 0x01;
    /// <summary>BMICx bit 3: read/write control; 1 = the bus master writes memory (an ATA read).</summary>
    public const byte CommandWriteToMemory = 0x08;

    /// <summary>BMISx bit 0 (RO): bus master IDE active.</summary>
    public const byte StatusActive = 0x01;
    /// <summary>BMISx bit 1 (R/WC): IDE DMA error.</summary>
    public const byte StatusError = 0x02;
    /// <summary>BMISx bit 2 (R/WC): IDE interrupt status.</summary>
    public const byte StatusInterrupt = 0x04;
    /// <summary>BMISx bits 5, 6 (R/W): drive 0, drive 1 DMA capable (for software; no effect on hardware).</summary>
    public const byte StatusDrive0DmaCapable = 0x20;
    public const byte StatusDrive1DmaCapable = 0x40;

    /// <summary>A physical region descriptor: dword 0 base (bit 0 zero), dword 1 byte count bits 15:1 (0 = 64 KiB), bit 31 EOT.</summary>
    public const int PrdSize = 8;
    public const uint PrdEndOfTable = 0x8000_0000;
    /// <summary>Neither a region nor the descriptor table may cross a 64 KiB boundary.</summary>
    public const uint Boundary = 0x1_0000;
}
