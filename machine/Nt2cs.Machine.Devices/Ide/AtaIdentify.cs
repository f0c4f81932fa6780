using System.Buffers.Binary;

namespace Nt2cs.Machine.Devices.Ide;

/// <summary>
/// IDENTIFY DEVICE data (ATA/ATAPI-7 volume 1 §6.17.7, table 16): 256 words, the ones a driver reads filled in,
/// the rest zero.
/// </summary>
public static class AtaIdentify
{
    public const int Words = 256;

    // Word indexes used by tests and drivers.
    public const int GeneralConfiguration = 0;
    public const int SerialNumber = 10;
    public const int FirmwareRevision = 23;
    public const int ModelNumber = 27;
    public const int Capabilities = 49;
    public const int UserSectors28 = 60;
    public const int MultiwordDma = 63;
    public const int UltraDma = 88;
    public const int MajorVersion = 80;
    public const int CommandSetsSupported = 82;
    public const int CommandSetsSupported2 = 83;
    public const int CommandSetsEnabled = 85;
    public const int CommandSetsEnabled2 = 86;
    public const int UserSectors48 = 100;
    public const int Integrity = 255;

    public const ushort CapabilityLba = 1 << 9;
    public const ushort CapabilityDma = 1 << 8;
    /// <summary>Word 82/85 bit 5: write cache; bit 6: look-ahead.</summary>
    public const ushort WriteCache = 1 << 5;
    public const ushort LookAhead = 1 << 6;
    /// <summary>Word 83/86 bit 10: 48-bit Address feature set; bit 12 FLUSH CACHE; bit 13 FLUSH CACHE EXT.</summary>
    public const ushort Address48 = 1 << 10;
    public const ushort FlushCache = 1 << 12;
    public const ushort FlushCacheExt = 1 << 13;

    /// <summary>Largest LBA28 capacity (words 60–61 hold min(sectors, 0FFFFFFFh)).</summary>
    public const long MaxLba28Sectors = 0x0FFF_FFFF;

    /// <summary>Fills <paramref name="data"/> (512 bytes) for a disk of <paramref name="sectors"/> sectors.</summary>
    public static void Build(Span<byte> data, long sectors, string serial, string model, string firmware,
        bool writeCacheEnabled, bool lookAheadEnabled, byte transferMode)
    {
        data[..512].Clear();

        // Word 0: bit 15 zero (ATA device), bit 6 (obsolete "fixed") as drives report.
        Set(data, GeneralConfiguration, 0x0040);
        // Words 1, 3, 6 and 54–58: the (obsolete) CHS translation, 16 heads and 63 sectors per track.
        ushort cylinders = (ushort)Math.Min(16383, sectors / (16 * 63));
        Set(data, 1, cylinders);
        Set(data, 3, 16);
        Set(data, 6, 63);
        Set(data, 54, cylinders);
        Set(data, 55, 16);
        Set(data, 56, 63);
        uint chsSectors = (uint)(cylinders * 16 * 63);
        Set(data, 57, (ushort)chsSectors);
        Set(data, 58, (ushort)(chsSectors >> 16));
        PutString(data, SerialNumber, 20, serial);
        PutString(data, FirmwareRevision, 8, firmware);
        PutString(data, ModelNumber, 40, model);
        // Word 47: READ/WRITE MULTIPLE not supported (bits 7:0 zero).
        Set(data, 47, 0x8000);
        Set(data, Capabilities, CapabilityLba | CapabilityDma);
        Set(data, 50, 0x4000);
        // Word 53: words 64–70 and word 88 are valid.
        Set(data, 53, 0x0006);
        uint sectors28 = (uint)Math.Min(sectors, MaxLba28Sectors);
        Set(data, UserSectors28, (ushort)sectors28);
        Set(data, UserSectors28 + 1, (ushort)(sectors28 >> 16));
        // Words 63 and 88: multiword DMA 0–2 and Ultra DMA 0–5 supported; the mode selected in the high byte.
        Set(data, MultiwordDma, (ushort)(0x0007 | (transferMode is >= 0x20 and <= 0x22 ? 0x100 << (transferMode - 0x20) : 0)));
        Set(data, UltraDma, (ushort)(0x003F | (transferMode is >= 0x40 and <= 0x45 ? 0x100 << (transferMode - 0x40) : 0)));
        // Word 64: PIO modes 3 and 4; words 65–68: cycle times (ns).
        Set(data, 64, 0x0003);
        Set(data, 65, 120);
        Set(data, 66, 120);
        Set(data, 67, 120);
        Set(data, 68, 120);
        // Word 80: ATA/ATAPI-4 to -7.
        Set(data, MajorVersion, 0x00F0);
        Set(data, CommandSetsSupported, WriteCache | LookAhead);
        Set(data, CommandSetsSupported2, 0x4000 | FlushCacheExt | FlushCache | Address48);
        Set(data, 84, 0x4000);
        Set(data, CommandSetsEnabled, (ushort)((writeCacheEnabled ? WriteCache : 0) | (lookAheadEnabled ? LookAhead : 0)));
        Set(data, CommandSetsEnabled2, FlushCacheExt | FlushCache | Address48);
        Set(data, 87, 0x4000);
        for (int i = 0; i < 4; i++)
            Set(data, UserSectors48 + i, (ushort)((ulong)sectors >> (16 * i)));
        // Word 106: bit 14 set, one 512-byte logical sector per physical sector.
        Set(data, 106, 0x4000);
        // Word 255: signature A5h and a checksum making the 512 bytes sum to zero.
        data[510] = 0xA5;
        byte sum = 0;
        for (int i = 0; i < 511; i++)
            sum += data[i];
        data[511] = (byte)-sum;
    }

    private static void Set(Span<byte> data, int word, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(data[(word * 2)..], value);

    /// <summary>ATA strings: ASCII padded with spaces, the first character of each pair in the word's high byte.</summary>
    private static void PutString(Span<byte> data, int word, int length, string text)
    {
        for (int i = 0; i < length; i++)
        {
            char c = i < text.Length && text[i] is >= ' ' and <= '~' ? text[i] : ' ';
            data[word * 2 + (i ^ 1)] = (byte)c;
        }
    }
}
