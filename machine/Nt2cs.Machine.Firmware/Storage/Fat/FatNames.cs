using System.Text;

namespace Nt2cs.Machine.Firmware.Storage.Fat;

/// <summary>
/// FAT names (Microsoft's FAT specification, fatgen103, "FAT Long Directory Entries"): 8.3 short names as stored
/// (11 bytes, space-padded), the long-name entries that carry up to 13 UCS-2 characters each with the short
/// name's checksum, the short name generated for a long one (basis name and numeric tail), and the characters a
/// name may hold.
/// </summary>
public static class FatNames
{
    public const int CharsPerLongEntry = 13;
    public const int MaxLongName = 255;
    public const byte LastLongEntry = 0x40;

    /// <summary>NTRes bits: the base name / extension was lower case (kept by Windows and mtools for 8.3 names).</summary>
    public const byte LowerCaseBase = 0x08, LowerCaseExtension = 0x10;

    // Offsets of a long entry's three name pieces (LDIR_Name1, LDIR_Name2, LDIR_Name3) and their lengths in chars.
    private static readonly (int Offset, int Chars)[] s_pieces = [(1, 5), (14, 6), (28, 2)];

    /// <summary>The checksum of an 11-byte short name that each of its long entries carries (LDIR_Chksum).</summary>
    public static byte Checksum(ReadOnlySpan<byte> shortName)
    {
        byte sum = 0;
        for (int i = 0; i < 11; i++)
            sum = (byte)(((sum & 1) << 7) + (sum >> 1) + shortName[i]);
        return sum;
    }

    /// <summary>The 13 characters a long entry holds (a 0x0000 ends the name, 0xFFFF pads after it).</summary>
    public static void ReadPiece(ReadOnlySpan<byte> entry, Span<char> chars)
    {
        int k = 0;
        foreach (var (offset, count) in s_pieces)
            for (int i = 0; i < count; i++, k++)
                chars[k] = (char)(entry[offset + 2 * i] | entry[offset + 2 * i + 1] << 8);
    }

    /// <summary>Fills long entry number <paramref name="ordinal"/> (from 1) of <paramref name="name"/>.</summary>
    public static void WriteLongEntry(Span<byte> entry, string name, int ordinal, bool last, byte checksum)
    {
        entry.Clear();
        entry[0] = (byte)(ordinal | (last ? LastLongEntry : 0));
        entry[11] = FatAttributes.LongName;
        entry[13] = checksum;
        int k = (ordinal - 1) * CharsPerLongEntry;
        foreach (var (offset, count) in s_pieces)
            for (int i = 0; i < count; i++, k++)
            {
                char c = k < name.Length ? name[k] : k == name.Length ? '\0' : '\uFFFF';
                entry[offset + 2 * i] = (byte)c;
                entry[offset + 2 * i + 1] = (byte)(c >> 8);
            }
    }

    /// <summary>A short entry's name as a file name ("README.TXT", lower-cased as its NTRes bits say).</summary>
    public static string Display(ReadOnlySpan<byte> entry)
    {
        byte ntRes = entry[12];
        var name = new StringBuilder(12);
        for (int i = 0; i < 8 && entry[i] != ' '; i++)
        {
            char c = (char)(i == 0 && entry[0] == 0x05 ? 0xE5 : entry[i]);
            name.Append((ntRes & LowerCaseBase) != 0 ? char.ToLowerInvariant(c) : c);
        }
        if (entry[8] != ' ')
        {
            name.Append('.');
            for (int i = 8; i < 11 && entry[i] != ' '; i++)
                name.Append((ntRes & LowerCaseExtension) != 0 ? char.ToLowerInvariant((char)entry[i]) : (char)entry[i]);
        }
        return name.ToString();
    }

    /// <summary>Whether <paramref name="name"/> may name a file (not empty, at most 255 chars, none of <c>"*/:&lt;&gt;?\|</c> or controls, not only dots and spaces).</summary>
    public static bool IsValidLongName(string name)
    {
        if (name.Length == 0 || name.Length > MaxLongName || name.Trim('.', ' ').Length == 0)
            return false;
        foreach (char c in name)
            if (c < 0x20 || "\"*/:<>?\\|".Contains(c))
                return false;
        return true;
    }

    private static bool IsShortChar(char c) =>
        c is >= 'A' and <= 'Z' or >= '0' and <= '9' || c > 127 && c < 256 || "$%'-_@~`!(){}^#&".Contains(c);

    /// <summary>
    /// The 11-byte short name for <paramref name="longName"/> (fatgen103 "Basis-name generation" and "numeric-tail
    /// generation"): upper-cased, spaces and leading dots dropped, other characters a short name cannot hold
    /// turned into '_', up to 8 + 3; a "~N" tail when that lost anything or the name did not fit, the first N that
    /// <paramref name="taken"/> does not hold. <paramref name="needsLongName"/>: the short name alone does not give
    /// the long name back.
    /// </summary>
    public static byte[] MakeShortName(string longName, Func<byte[], bool> taken, out bool needsLongName)
    {
        string upper = longName.ToUpperInvariant();
        bool lossy = false;
        var cleaned = new StringBuilder();
        foreach (char c in upper)
        {
            if (c == ' ')
                continue;
            if (c == '.' || IsShortChar(c))
                cleaned.Append(c);
            else
            {
                cleaned.Append('_');
                lossy = true;
            }
        }
        string all = cleaned.ToString().TrimStart('.');
        int dot = all.LastIndexOf('.');
        string basis = (dot < 0 ? all : all[..dot]).Replace(".", "");
        string extension = dot < 0 ? "" : all[(dot + 1)..];
        bool fits = basis.Length <= 8 && extension.Length <= 3 && !lossy && basis.Length > 0
            && upper == (extension.Length > 0 ? basis + "." + extension : basis);
        if (basis.Length == 0)
            basis = "_";
        var name = new byte[11];
        void Fill(string b)
        {
            name.AsSpan().Fill((byte)' ');
            for (int i = 0; i < b.Length && i < 8; i++)
                name[i] = (byte)b[i];
            for (int i = 0; i < extension.Length && i < 3; i++)
                name[8 + i] = (byte)extension[i];
            if (name[0] == 0xE5)
                name[0] = 0x05;
        }
        needsLongName = !fits || longName != upper;
        if (fits)
        {
            Fill(basis);
            if (!taken(name))
                return name;
        }
        for (int n = 1; n < 1_000_000; n++)
        {
            string tail = "~" + n;
            Fill(basis[..Math.Min(basis.Length, 8 - tail.Length)] + tail);
            if (!taken(name))
            {
                needsLongName = true;
                return name;
            }
        }
        throw new FatVolumeFullException("no free short name for " + longName);
    }
}

/// <summary>DIR_Attr bits (fatgen103 "FAT Directory Structure"); the EFI_FILE_INFO Attribute bits are the same values.</summary>
public static class FatAttributes
{
    public const byte ReadOnly = 0x01, Hidden = 0x02, System = 0x04, VolumeId = 0x08, Directory = 0x10, Archive = 0x20;
    public const byte LongName = ReadOnly | Hidden | System | VolumeId;
    public const byte LongNameMask = LongName | Directory | Archive;
}

/// <summary>The volume's structures do not make sense: EFI_VOLUME_CORRUPTED.</summary>
public sealed class FatCorruptException(string message) : Exception(message);

/// <summary>No free cluster or directory slot is left: EFI_VOLUME_FULL.</summary>
public sealed class FatVolumeFullException(string message) : Exception(message);
