using System.Buffers.Binary;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>One partition found on a disk: its place, its Hard Drive device path fields, and whether it is an EFI system partition.</summary>
public sealed record Partition(uint Number, ulong FirstLba, ulong BlockCount, byte[] Signature, byte Format, byte SignatureType, bool IsEfiSystemPartition)
{
    public byte[] HardDriveNode() => DevicePath.HardDrive(Number, FirstLba, BlockCount, Signature, Format, SignatureType);
}

/// <summary>
/// The partition tables firmware reads (UEFI 2.10 §5): a GPT (protective MBR, primary header and entry array
/// checked by their CRC32s and places, the backup at the disk's end when the primary is bad) or a legacy MBR's four
/// primary entries. A table that fails its checks gives no partitions (and a log line), never an exception.
/// </summary>
public static class Partitions
{
    private const ulong GptSignature = 0x5452_4150_2049_4645; // "EFI PART"
    private const int MbrEntries = 446, MbrEntrySize = 16, MbrSignatureOffset = 510, MbrDiskSignature = 440;
    private const int GptHeaderMinSize = 92;

    public static List<Partition> Read(BlockIo disk)
    {
        var partitions = new List<Partition>();
        var sector = new byte[disk.BlockSize];
        disk.Read(0, sector);
        if (BinaryPrimitives.ReadUInt16LittleEndian(sector.AsSpan(MbrSignatureOffset)) != 0xAA55)
            return partitions;
        bool protective = false;
        for (int i = 0; i < 4; i++)
            protective |= sector[MbrEntries + i * MbrEntrySize + 4] == StorageGuids.MbrProtective;
        if (protective)
        {
            ReadGpt(disk, partitions);
            return partitions;
        }
        uint diskSignature = BinaryPrimitives.ReadUInt32LittleEndian(sector.AsSpan(MbrDiskSignature));
        for (int i = 0; i < 4; i++)
        {
            var entry = sector.AsSpan(MbrEntries + i * MbrEntrySize, MbrEntrySize);
            byte type = entry[4];
            uint start = BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]);
            uint count = BinaryPrimitives.ReadUInt32LittleEndian(entry[12..]);
            if (type == 0 || count == 0 || (entry[0] & 0x7F) != 0)
                continue;
            if (start == 0 || start + (ulong)count > disk.BlockCount)
            {
                disk.Device.Log($"{disk.Device.Name}: MBR entry {i + 1} (blocks {start}+{count}) lies outside the disk; ignored");
                continue;
            }
            var signature = new byte[16];
            BinaryPrimitives.WriteUInt32LittleEndian(signature, diskSignature);
            partitions.Add(new Partition((uint)i + 1, start, count, signature, DevicePath.PartitionFormatMbr, DevicePath.SignatureMbr,
                type == StorageGuids.MbrEfiSystemPartition));
        }
        return partitions;
    }

    private static void ReadGpt(BlockIo disk, List<Partition> partitions)
    {
        var primary = new byte[disk.BlockSize];
        disk.Read(1, primary);
        byte[]? entries = CheckHeader(disk, primary, 1, out string? why);
        byte[] header = primary;
        if (entries is null)
        {
            disk.Device.Log($"{disk.Device.Name}: primary GPT header is not valid ({why}); trying the backup");
            var backup = new byte[disk.BlockSize];
            disk.Read(disk.LastBlock, backup);
            entries = CheckHeader(disk, backup, disk.LastBlock, out why);
            header = backup;
            if (entries is null)
            {
                disk.Device.Log($"{disk.Device.Name}: backup GPT header is not valid either ({why}); no partitions");
                return;
            }
        }
        ulong firstUsable = BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(40));
        ulong lastUsable = BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(48));
        int count = (int)BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(80));
        int size = (int)BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(84));
        for (int i = 0; i < count; i++)
        {
            var entry = entries.AsSpan(i * size, size);
            var type = new Guid(entry[..16]);
            if (type == Guid.Empty)
                continue;
            ulong start = BinaryPrimitives.ReadUInt64LittleEndian(entry[32..]);
            ulong end = BinaryPrimitives.ReadUInt64LittleEndian(entry[40..]);
            if (start < firstUsable || end > lastUsable || end < start)
            {
                disk.Device.Log($"{disk.Device.Name}: GPT entry {i + 1} (blocks {start}–{end}) lies outside the usable blocks; ignored");
                continue;
            }
            partitions.Add(new Partition((uint)i + 1, start, end - start + 1, entry[16..32].ToArray(), DevicePath.PartitionFormatGpt,
                DevicePath.SignatureGuid, type == StorageGuids.EfiSystemPartition));
        }
    }

    /// <summary>Checks a GPT header read from <paramref name="myLba"/> (§5.3.2) and reads its entry array; null and why when it is not valid.</summary>
    private static byte[]? CheckHeader(BlockIo disk, byte[] header, ulong myLba, out string? why)
    {
        why = null;
        var h = header.AsSpan();
        uint headerSize = BinaryPrimitives.ReadUInt32LittleEndian(h[12..]);
        if (BinaryPrimitives.ReadUInt64LittleEndian(h) != GptSignature)
            return Invalid(out why, "no EFI PART signature");
        if (headerSize < GptHeaderMinSize || headerSize > header.Length)
            return Invalid(out why, $"header size {headerSize}");
        uint crc = BinaryPrimitives.ReadUInt32LittleEndian(h[16..]);
        var copy = h[..(int)headerSize].ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(16), 0);
        if (Crc32.Of(copy) != crc)
            return Invalid(out why, "header CRC32 mismatch");
        if (BinaryPrimitives.ReadUInt64LittleEndian(h[24..]) != myLba)
            return Invalid(out why, "MyLBA is not where the header is");
        ulong firstUsable = BinaryPrimitives.ReadUInt64LittleEndian(h[40..]);
        ulong lastUsable = BinaryPrimitives.ReadUInt64LittleEndian(h[48..]);
        ulong entryLba = BinaryPrimitives.ReadUInt64LittleEndian(h[72..]);
        uint count = BinaryPrimitives.ReadUInt32LittleEndian(h[80..]);
        uint size = BinaryPrimitives.ReadUInt32LittleEndian(h[84..]);
        if (firstUsable > lastUsable || lastUsable > disk.LastBlock)
            return Invalid(out why, "usable blocks outside the disk");
        if (size < 128 || (size & (size - 1)) != 0 || count == 0 || (ulong)count * size > 1 << 20)
            return Invalid(out why, $"entry array of {count} × {size} bytes");
        ulong arrayBlocks = ((ulong)count * size + disk.BlockSize - 1) / disk.BlockSize;
        if (entryLba < 2 || entryLba > disk.LastBlock || arrayBlocks > disk.BlockCount - entryLba)
            return Invalid(out why, "entry array outside the disk");
        var entries = new byte[arrayBlocks * disk.BlockSize];
        disk.Read(entryLba, entries);
        if (Crc32.Of(entries.AsSpan(0, (int)(count * size))) != BinaryPrimitives.ReadUInt32LittleEndian(h[88..]))
            return Invalid(out why, "entry array CRC32 mismatch");
        return entries;
    }

    private static byte[]? Invalid(out string? why, string reason)
    {
        why = reason;
        return null;
    }
}
