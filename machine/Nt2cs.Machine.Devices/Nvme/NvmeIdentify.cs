using System.Buffers.Binary;
using System.Text;

namespace Nt2cs.Machine.Devices.Nvme;

/// <summary>
/// The data structures the admin commands return: Identify Controller (§5.15.2.2, Figure 247), Identify
/// Namespace (§5.15.2.1, Figure 245) and the SMART / Health Information log (§5.14.1.2, Figure 196).
/// </summary>
public static class NvmeIdentify
{
    public const string ModelNumber = "nt2cs NVMe controller";
    public const string FirmwareRevision = "1.0";

    // Identify Controller offsets.
    public const int VID = 0, SSVID = 2, SN = 4, MN = 24, FR = 64, RAB = 72, CMIC = 76, MDTS = 77, CNTLID = 78, VER = 80,
        OAES = 92, CNTRLTYPE = 111, OACS = 256, ACL = 258, AERL = 259, FRMW = 260, LPA = 261, ELPE = 262, NPSS = 263,
        WCTEMP = 266, CCTEMP = 268, SQES = 512, CQES = 513, MAXCMD = 514, NN = 516, ONCS = 520, FUSES = 522, FNA = 524,
        VWC = 525, AWUN = 526, AWUPF = 528, SGLS = 536, SUBNQN = 768, PSD0 = 2048;

    /// <summary>ONCS bits: Dataset Management (2) and Write Zeroes (3).</summary>
    public const ushort OncsDatasetManagement = 1 << 2, OncsWriteZeroes = 1 << 3;

    /// <summary>VWC: a volatile write cache is present (bit 0); Flush with NSID FFFFFFFFh is supported (bits 2:1 = 11b).</summary>
    public const byte VwcPresent = 0x07;

    // Identify Namespace offsets.
    public const int NSZE = 0, NCAP = 8, NUSE = 16, NSFEAT = 24, NLBAF = 25, FLBAS = 26, DLFEAT = 33, LBAF0 = 128;

    public static void Controller(Span<byte> data, string serial, ushort vendorId, int maxQueueEntries, uint namespaces)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(data[VID..], vendorId);
        BinaryPrimitives.WriteUInt16LittleEndian(data[SSVID..], vendorId);
        WriteAscii(data.Slice(SN, 20), serial);
        WriteAscii(data.Slice(MN, 40), ModelNumber);
        WriteAscii(data.Slice(FR, 8), FirmwareRevision);
        data[RAB] = 6;
        data[MDTS] = NvmeController.Mdts;
        BinaryPrimitives.WriteUInt16LittleEndian(data[CNTLID..], 0);
        WriteUInt32(data, VER, NvmeController.Version);
        data[CNTRLTYPE] = 1; // I/O controller
        data[ACL] = 3;
        data[AERL] = NvmeController.AsyncEventRequestLimit - 1;
        data[FRMW] = 0x03; // slot 1 read-only, one slot
        data[LPA] = 0;
        data[ELPE] = NvmeController.ErrorLogEntries - 1;
        data[NPSS] = 0;
        BinaryPrimitives.WriteUInt16LittleEndian(data[WCTEMP..], 0x0157);
        BinaryPrimitives.WriteUInt16LittleEndian(data[CCTEMP..], 0x0175);
        data[SQES] = 0x66; // 64-byte entries, required and maximum
        data[CQES] = 0x44; // 16-byte entries
        BinaryPrimitives.WriteUInt16LittleEndian(data[MAXCMD..], (ushort)maxQueueEntries);
        WriteUInt32(data, NN, namespaces);
        BinaryPrimitives.WriteUInt16LittleEndian(data[ONCS..], OncsDatasetManagement | OncsWriteZeroes);
        data[VWC] = VwcPresent;
        WriteAscii(data.Slice(SUBNQN, 256), "nqn.2019-08.org.qemu:" + serial, pad: 0);
        // Power state 0: 25 W, operational, no entry/exit latency given.
        BinaryPrimitives.WriteUInt16LittleEndian(data[PSD0..], 2500);
    }

    /// <summary>Namespace 1: <paramref name="sectors"/> blocks of 512 bytes (LBA format 0, LBADS 9); 0 gives the common capabilities.</summary>
    public static void Namespace(Span<byte> data, long sectors)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(data[NSZE..], (ulong)sectors);
        BinaryPrimitives.WriteUInt64LittleEndian(data[NCAP..], (ulong)sectors);
        BinaryPrimitives.WriteUInt64LittleEndian(data[NUSE..], (ulong)sectors);
        data[NLBAF] = 0;
        data[FLBAS] = 0;
        data[LBAF0 + 2] = 9; // LBADS: 2^9 = 512-byte blocks, no metadata
    }

    public static void SmartLog(Span<byte> log, long sectorsRead, long sectorsWritten, long readCommands, long writeCommands)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(log[1..], 0x0141); // composite temperature 321 K
        log[3] = 100; // available spare
        log[4] = 10;  // available spare threshold
        WriteUInt128(log[32..], (ulong)((sectorsRead + 999) / 1000)); // data units: thousands of 512-byte units
        WriteUInt128(log[48..], (ulong)((sectorsWritten + 999) / 1000));
        WriteUInt128(log[64..], (ulong)readCommands);
        WriteUInt128(log[80..], (ulong)writeCommands);
        WriteUInt128(log[112..], 1); // power cycles
    }

    public static void WriteUInt32(Span<byte> data, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(data[offset..], value);

    private static void WriteUInt128(Span<byte> data, ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(data, value);
        BinaryPrimitives.WriteUInt64LittleEndian(data[8..], 0);
    }

    /// <summary>An ASCII field, left-justified and padded with spaces (or <paramref name="pad"/>).</summary>
    public static void WriteAscii(Span<byte> field, string text, byte pad = (byte)' ')
    {
        field.Fill(pad);
        Encoding.ASCII.GetBytes(text.AsSpan(0, Math.Min(text.Length, field.Length)), field);
    }
}
