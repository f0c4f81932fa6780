using System.Buffers.Binary;
using System.Text;

namespace Nt2cs.Machine.Firmware.Storage.Fat;

/// <summary>
/// A directory entry as found: where its short entry is (<see cref="Offset"/>) and where its long-name entries
/// begin (<see cref="LongStart"/>, the same when it has none), its name (the long one when its long entries are
/// whole and carry the short name's checksum, else the short one), and the short entry's 32 bytes.
/// </summary>
public sealed record FatEntry(int Offset, int LongStart, string Name, byte[] Raw)
{
    public byte Attributes => Raw[11];
    public bool IsDirectory => (Raw[11] & FatAttributes.Directory) != 0;
    public uint Size => BinaryPrimitives.ReadUInt32LittleEndian(Raw.AsSpan(28));
    public bool IsDot => Raw[0] == '.';
}

public sealed partial class FatVolume
{
    public const int EntrySize = 32;
    private const byte Deleted = 0xE5;

    public uint FirstCluster(ReadOnlySpan<byte> raw) =>
        (Type == FatType.Fat32 ? (uint)BinaryPrimitives.ReadUInt16LittleEndian(raw[20..]) << 16 : 0) | BinaryPrimitives.ReadUInt16LittleEndian(raw[26..]);

    public static void SetFirstCluster(Span<byte> raw, uint cluster)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(raw[20..], (ushort)(cluster >> 16));
        BinaryPrimitives.WriteUInt16LittleEndian(raw[26..], (ushort)cluster);
    }

    /// <summary>The files and subdirectories of <paramref name="directory"/> in on-disk order (volume labels and deleted entries left out).</summary>
    public List<FatEntry> List(uint directory) => List(ReadDirectory(directory));

    private static List<FatEntry> List(byte[] bytes)
    {
        var entries = new List<FatEntry>();
        Span<char> piece = stackalloc char[FatNames.CharsPerLongEntry];
        var longName = new char[FatNames.CharsPerLongEntry * 20];
        int expected = 0, longStart = -1;
        byte checksum = 0;
        for (int offset = 0; offset + EntrySize <= bytes.Length; offset += EntrySize)
        {
            var raw = bytes.AsSpan(offset, EntrySize);
            if (raw[0] == 0)
                break;
            if (raw[0] == Deleted)
            {
                expected = 0;
                continue;
            }
            if ((raw[11] & FatAttributes.LongNameMask) == FatAttributes.LongName)
            {
                int ordinal = raw[0] & 0x3F;
                if ((raw[0] & FatNames.LastLongEntry) != 0 && ordinal is >= 1 and <= 20)
                {
                    expected = ordinal;
                    longStart = offset;
                    checksum = raw[13];
                    Array.Fill(longName, '\uFFFF');
                }
                else if (expected == 0 || ordinal != expected - 1 || raw[13] != checksum)
                {
                    expected = 0;
                    continue;
                }
                else
                {
                    expected = ordinal;
                }
                FatNames.ReadPiece(raw, piece);
                piece.CopyTo(longName.AsSpan((ordinal - 1) * FatNames.CharsPerLongEntry));
                continue;
            }
            string? name = null;
            if (expected == 1 && FatNames.Checksum(raw) == checksum)
            {
                int end = Array.IndexOf(longName, '\0');
                if (end < 0)
                    end = Array.IndexOf(longName, '\uFFFF');
                name = new string(longName, 0, end < 0 ? longName.Length : end);
            }
            int start = name is null ? offset : longStart;
            expected = 0;
            if ((raw[11] & FatAttributes.VolumeId) != 0)
                continue;
            entries.Add(new FatEntry(offset, start, name ?? FatNames.Display(raw), raw.ToArray()));
        }
        return entries;
    }

    /// <summary>The entry of <paramref name="directory"/> named <paramref name="name"/> (long or short name, case-insensitive).</summary>
    public FatEntry? Find(uint directory, string name)
    {
        foreach (var entry in List(directory))
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(FatNames.Display(entry.Raw), name, StringComparison.OrdinalIgnoreCase))
                return entry;
        return null;
    }

    /// <summary>
    /// Adds an entry named <paramref name="name"/> to <paramref name="directory"/>: a generated short name, the
    /// long-name entries before it when needed, the directory grown when it has no run of free slots.
    /// </summary>
    public FatEntry Add(uint directory, string name, byte attributes, uint firstCluster, uint size)
    {
        var bytes = ReadDirectory(directory);
        var shortNames = new HashSet<string>();
        for (int offset = 0; offset + EntrySize <= bytes.Length && bytes[offset] != 0; offset += EntrySize)
            if (bytes[offset] != Deleted && (bytes[offset + 11] & FatAttributes.LongNameMask) != FatAttributes.LongName)
                shortNames.Add(Encoding.Latin1.GetString(bytes, offset, 11));
        var shortName = FatNames.MakeShortName(name, n => shortNames.Contains(Encoding.Latin1.GetString(n)), out bool needsLong);
        int longEntries = needsLong ? (name.Length + FatNames.CharsPerLongEntry - 1) / FatNames.CharsPerLongEntry : 0;
        int slots = longEntries + 1;

        var run = new byte[slots * EntrySize];
        byte checksum = FatNames.Checksum(shortName);
        for (int i = 0; i < longEntries; i++)
        {
            int ordinal = longEntries - i;
            FatNames.WriteLongEntry(run.AsSpan(i * EntrySize, EntrySize), name, ordinal, last: i == 0, checksum);
        }
        var raw = run.AsSpan(longEntries * EntrySize, EntrySize);
        shortName.CopyTo(raw);
        raw[11] = attributes;
        Stamp(raw, Now, creation: true);
        SetFirstCluster(raw, firstCluster);
        BinaryPrimitives.WriteUInt32LittleEndian(raw[28..], size);

        while (true)
        {
            int at = FreeRun(bytes, slots);
            if (at >= 0)
            {
                WriteDirectory(directory, at, run);
                return new FatEntry(at + longEntries * EntrySize, at, name, raw.ToArray());
            }
            GrowDirectory(directory);
            bytes = ReadDirectory(directory);
        }
    }

    /// <summary>The offset of the first run of <paramref name="slots"/> free entries (deleted, or from the end marker on), or -1.</summary>
    private static int FreeRun(byte[] bytes, int slots)
    {
        int runStart = -1, runLength = 0;
        for (int offset = 0; offset + EntrySize <= bytes.Length; offset += EntrySize)
        {
            if (bytes[offset] == 0)
            {
                // Everything from the end marker on is free.
                int start = runLength > 0 ? runStart : offset;
                return bytes.Length - start >= slots * EntrySize ? start : -1;
            }
            if (bytes[offset] == Deleted)
            {
                if (runLength++ == 0)
                    runStart = offset;
                if (runLength == slots)
                    return runStart;
            }
            else
            {
                runLength = 0;
            }
        }
        return -1;
    }

    /// <summary>Marks an entry and its long-name entries deleted.</summary>
    public void Remove(uint directory, FatEntry entry)
    {
        for (int offset = entry.LongStart; offset <= entry.Offset; offset += EntrySize)
            WriteDirectory(directory, offset, [Deleted]);
    }

    /// <summary>Rewrites an entry's short entry (size, first cluster, attributes, times).</summary>
    public void Update(uint directory, int offset, ReadOnlySpan<byte> raw) => WriteDirectory(directory, offset, raw[..EntrySize]);

    // ---- time stamps (fatgen103 "Date and Time Formats") ----

    public static void Stamp(Span<byte> raw, DateTime when, bool creation)
    {
        if (when.Year < 1980)
            when = new DateTime(1980, 1, 1);
        ushort date = (ushort)((when.Year - 1980) << 9 | when.Month << 5 | when.Day);
        ushort time = (ushort)(when.Hour << 11 | when.Minute << 5 | when.Second / 2);
        if (creation)
        {
            raw[13] = (byte)(when.Second % 2 * 100 + when.Millisecond / 10);
            BinaryPrimitives.WriteUInt16LittleEndian(raw[14..], time);
            BinaryPrimitives.WriteUInt16LittleEndian(raw[16..], date);
        }
        BinaryPrimitives.WriteUInt16LittleEndian(raw[18..], date);
        BinaryPrimitives.WriteUInt16LittleEndian(raw[22..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(raw[24..], date);
    }

    /// <summary>A stored date and time (time 0 for a date-only field); null when the date is not a real one.</summary>
    public static DateTime? Time(ushort date, ushort time, int tenths = 0)
    {
        int year = 1980 + (date >> 9), month = date >> 5 & 0xF, day = date & 0x1F;
        int hour = time >> 11, minute = time >> 5 & 0x3F, second = (time & 0x1F) * 2;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return null;
        return new DateTime(year, month, day, hour, minute, second).AddMilliseconds(Math.Min(tenths, 199) * 10);
    }

    // ---- the volume label: the root directory's VOLUME_ID entry (else the boot sector's) ----

    public string Label
    {
        get
        {
            var bytes = ReadDirectory(Root);
            for (int offset = 0; offset + EntrySize <= bytes.Length && bytes[offset] != 0; offset += EntrySize)
                if (bytes[offset] != Deleted && (bytes[offset + 11] & FatAttributes.LongNameMask) == FatAttributes.VolumeId)
                    return Encoding.Latin1.GetString(bytes, offset, 11).TrimEnd(' ');
            return BootLabel == "NO NAME" ? "" : BootLabel;
        }
    }

    /// <summary>Sets the label (at most 11 characters a short name may hold, upper-cased) in the root directory and the boot sector.</summary>
    public void SetLabel(string label)
    {
        var name = new byte[11];
        name.AsSpan().Fill((byte)' ');
        Encoding.Latin1.GetBytes(label.ToUpperInvariant()).AsSpan(0, Math.Min(label.Length, 11)).CopyTo(name);
        var bytes = ReadDirectory(Root);
        int existing = -1;
        for (int offset = 0; offset + EntrySize <= bytes.Length && bytes[offset] != 0; offset += EntrySize)
            if (bytes[offset] != Deleted && (bytes[offset + 11] & FatAttributes.LongNameMask) == FatAttributes.VolumeId)
                existing = offset;
        var raw = new byte[EntrySize];
        name.CopyTo(raw, 0);
        raw[11] = FatAttributes.VolumeId;
        Stamp(raw, Now, creation: false);
        if (existing >= 0)
            WriteDirectory(Root, existing, raw);
        else
        {
            int at;
            while ((at = FreeRun(bytes, 1)) < 0)
            {
                GrowDirectory(Root);
                bytes = ReadDirectory(Root);
            }
            WriteDirectory(Root, at, raw);
        }
        WriteBootLabel(label.Length == 0 ? "NO NAME    "u8 : name);
    }
}
