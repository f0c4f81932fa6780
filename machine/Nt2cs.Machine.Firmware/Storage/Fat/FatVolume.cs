using System.Buffers.Binary;

namespace Nt2cs.Machine.Firmware.Storage.Fat;

public enum FatType
{
    Fat12,
    Fat16,
    Fat32,
}

/// <summary>
/// A mounted FAT12/16/32 volume (Microsoft's FAT specification, fatgen103) on a partition's Disk I/O: the BPB
/// checked, the FAT held in memory and written back to every copy sector by sector as it changes, the FSInfo
/// sector's free count and next-free hint kept right on FAT32, cluster chains walked with their bounds checked.
/// Anything inconsistent is a <see cref="FatCorruptException"/>.
/// </summary>
public sealed partial class FatVolume
{
    private const int BootSignatureOffset = 510;
    private const uint FsInfoLeadSignature = 0x4161_5252, FsInfoStructSignature = 0x6141_7272, FsInfoTrailSignature = 0xAA55_0000;
    private const int FsInfoFreeCount = 488, FsInfoNextFree = 492;

    /// <summary>The FAT is held in memory: 64 MiB covers 16 M clusters (a 512 GiB volume of 32 KiB clusters).</summary>
    private const ulong MaxFatBytes = 64ul << 20;

    private readonly DiskIo _disk;
    private readonly Func<DateTime> _now;
    private readonly byte[] _fat;
    private readonly bool[] _dirtyFatSectors;
    private uint _freeCount, _nextFree;
    private readonly ulong _fatOffset, _rootDirOffset, _dataOffset;
    private readonly uint _fatBytesPerCopy;
    private readonly int _numFats, _rootEntries;
    private readonly uint _fsInfoSector, _backupBootSector;

    public FatVolume(DiskIo disk, Func<DateTime> now)
    {
        _disk = disk;
        _now = now;
        var boot = new byte[512];
        if (disk.Size < 512)
            throw new FatCorruptException("the partition is smaller than a boot sector");
        disk.Read(0, boot);
        var b = boot.AsSpan();
        if (b[0] != 0xEB && b[0] != 0xE9)
            throw new FatCorruptException($"boot sector jump byte {b[0]:X2}h");
        if (BinaryPrimitives.ReadUInt16LittleEndian(b[BootSignatureOffset..]) != 0xAA55)
            throw new FatCorruptException("no 55AAh boot sector signature");
        BytesPerSector = BinaryPrimitives.ReadUInt16LittleEndian(b[11..]);
        int sectorsPerCluster = b[13];
        int reserved = BinaryPrimitives.ReadUInt16LittleEndian(b[14..]);
        _numFats = b[16];
        _rootEntries = BinaryPrimitives.ReadUInt16LittleEndian(b[17..]);
        uint totalSectors = BinaryPrimitives.ReadUInt16LittleEndian(b[19..]);
        if (totalSectors == 0)
            totalSectors = BinaryPrimitives.ReadUInt32LittleEndian(b[32..]);
        uint fatSize = BinaryPrimitives.ReadUInt16LittleEndian(b[22..]);
        if (fatSize == 0)
            fatSize = BinaryPrimitives.ReadUInt32LittleEndian(b[36..]);
        if (BytesPerSector is not (512 or 1024 or 2048 or 4096))
            throw new FatCorruptException($"BPB_BytsPerSec {BytesPerSector}");
        if (sectorsPerCluster == 0 || (sectorsPerCluster & (sectorsPerCluster - 1)) != 0 || sectorsPerCluster * BytesPerSector > 64 * 1024)
            throw new FatCorruptException($"BPB_SecPerClus {sectorsPerCluster}");
        if (reserved == 0 || _numFats == 0 || fatSize == 0 || totalSectors == 0)
            throw new FatCorruptException($"BPB: reserved {reserved}, FATs {_numFats}, FAT size {fatSize}, sectors {totalSectors}");
        if ((ulong)totalSectors * (ulong)BytesPerSector > disk.Size)
            throw new FatCorruptException($"BPB_TotSec {totalSectors} is beyond the partition's end");
        uint rootDirSectors = (uint)((_rootEntries * 32 + BytesPerSector - 1) / BytesPerSector);
        ulong metadata = (ulong)reserved + (ulong)_numFats * fatSize + rootDirSectors;
        if (metadata >= totalSectors)
            throw new FatCorruptException("no data region");
        ClusterCount = (uint)((totalSectors - metadata) / (uint)sectorsPerCluster);
        Type = ClusterCount < 4085 ? FatType.Fat12 : ClusterCount < 65525 ? FatType.Fat16 : FatType.Fat32;
        ClusterBytes = sectorsPerCluster * BytesPerSector;
        if ((ulong)fatSize * (uint)BytesPerSector > MaxFatBytes)
            throw new FatCorruptException($"a FAT of {fatSize} sectors (the firmware holds at most {MaxFatBytes >> 20} MiB of FAT)");
        _fatBytesPerCopy = fatSize * (uint)BytesPerSector;
        ulong neededFatBytes = Type switch
        {
            FatType.Fat12 => ((ulong)ClusterCount + 2) * 3 / 2 + 1,
            FatType.Fat16 => ((ulong)ClusterCount + 2) * 2,
            _ => ((ulong)ClusterCount + 2) * 4,
        };
        if (neededFatBytes > _fatBytesPerCopy)
            throw new FatCorruptException($"the FAT ({_fatBytesPerCopy} bytes) cannot hold {ClusterCount} clusters");
        _fatOffset = (ulong)reserved * (uint)BytesPerSector;
        _rootDirOffset = _fatOffset + (ulong)_numFats * _fatBytesPerCopy;
        _dataOffset = _rootDirOffset + (ulong)rootDirSectors * (uint)BytesPerSector;
        int labelOffset;
        if (Type == FatType.Fat32)
        {
            if (_rootEntries != 0)
                throw new FatCorruptException("FAT32 with BPB_RootEntCnt not 0");
            RootCluster = BinaryPrimitives.ReadUInt32LittleEndian(b[44..]);
            if (!IsDataCluster(RootCluster))
                throw new FatCorruptException($"BPB_RootClus {RootCluster}");
            _fsInfoSector = BinaryPrimitives.ReadUInt16LittleEndian(b[48..]);
            _backupBootSector = BinaryPrimitives.ReadUInt16LittleEndian(b[50..]);
            labelOffset = 71;
        }
        else
        {
            if (_rootEntries == 0)
                throw new FatCorruptException("FAT12/16 with no root directory entries");
            labelOffset = 43;
        }
        BootLabel = System.Text.Encoding.Latin1.GetString(b.Slice(labelOffset, 11)).TrimEnd(' ');
        _labelOffset = labelOffset;

        _fat = new byte[_fatBytesPerCopy];
        disk.Read(_fatOffset, _fat);
        _dirtyFatSectors = new bool[fatSize];
        for (uint cluster = 2; cluster < ClusterCount + 2; cluster++)
            if (Entry(cluster) == 0)
                _freeCount++;
        _nextFree = 2;
    }

    private readonly int _labelOffset;

    public FatType Type { get; }
    public int BytesPerSector { get; }
    public int ClusterBytes { get; }
    public uint ClusterCount { get; }

    /// <summary>FAT32's root directory cluster; 0 on FAT12/16, whose root directory is the fixed region.</summary>
    public uint RootCluster { get; }

    /// <summary>The root directory's reference: its first cluster, or 0 for FAT12/16's fixed region.</summary>
    public uint Root => RootCluster;

    public string BootLabel { get; }
    public uint FreeClusters => _freeCount;
    public ulong VolumeBytes => (ulong)ClusterCount * (uint)ClusterBytes;
    public DateTime Now => _now();

    public bool IsDataCluster(uint cluster) => cluster >= 2 && cluster < ClusterCount + 2;

    private uint EndOfChainMin => Type switch { FatType.Fat12 => 0xFF8, FatType.Fat16 => 0xFFF8, _ => 0x0FFF_FFF8 };
    private uint EndOfChain => Type switch { FatType.Fat12 => 0xFFF, FatType.Fat16 => 0xFFFF, _ => 0x0FFF_FFFF };

    /// <summary>FAT entry <paramref name="cluster"/> (FAT32: the low 28 bits).</summary>
    public uint Entry(uint cluster)
    {
        switch (Type)
        {
            case FatType.Fat12:
                {
                    int at = (int)(cluster + cluster / 2);
                    int pair = _fat[at] | _fat[at + 1] << 8;
                    return (uint)((cluster & 1) != 0 ? pair >> 4 : pair & 0xFFF);
                }
            case FatType.Fat16:
                return BinaryPrimitives.ReadUInt16LittleEndian(_fat.AsSpan((int)cluster * 2));
            default:
                return BinaryPrimitives.ReadUInt32LittleEndian(_fat.AsSpan((int)cluster * 4)) & 0x0FFF_FFFF;
        }
    }

    private void SetEntry(uint cluster, uint value)
    {
        uint old = Entry(cluster);
        if (old == 0 && value != 0)
            _freeCount--;
        else if (old != 0 && value == 0)
            _freeCount++;
        int at, length;
        switch (Type)
        {
            case FatType.Fat12:
                {
                    at = (int)(cluster + cluster / 2);
                    length = 2;
                    int pair = _fat[at] | _fat[at + 1] << 8;
                    pair = (cluster & 1) != 0 ? (pair & 0x000F) | (int)(value << 4) : (pair & 0xF000) | (int)(value & 0xFFF);
                    _fat[at] = (byte)pair;
                    _fat[at + 1] = (byte)(pair >> 8);
                    break;
                }
            case FatType.Fat16:
                at = (int)cluster * 2;
                length = 2;
                BinaryPrimitives.WriteUInt16LittleEndian(_fat.AsSpan(at), (ushort)value);
                break;
            default:
                at = (int)cluster * 4;
                length = 4;
                uint high = BinaryPrimitives.ReadUInt32LittleEndian(_fat.AsSpan(at)) & 0xF000_0000;
                BinaryPrimitives.WriteUInt32LittleEndian(_fat.AsSpan(at), high | (value & 0x0FFF_FFFF));
                break;
        }
        _dirtyFatSectors[at / BytesPerSector] = true;
        _dirtyFatSectors[(at + length - 1) / BytesPerSector] = true;
    }

    /// <summary>The cluster after <paramref name="cluster"/> in its chain, 0 at the end; a free, bad or out-of-range link is corruption.</summary>
    public uint Next(uint cluster)
    {
        uint next = Entry(cluster);
        if (next >= EndOfChainMin)
            return 0;
        if (!IsDataCluster(next))
            throw new FatCorruptException($"cluster {cluster} links to {next:X}h");
        return next;
    }

    /// <summary>The clusters of the chain from <paramref name="first"/> (none for 0); a loop is corruption.</summary>
    public List<uint> Chain(uint first)
    {
        var chain = new List<uint>();
        for (uint cluster = first; cluster != 0; cluster = Next(cluster))
        {
            if (!IsDataCluster(cluster))
                throw new FatCorruptException($"chain reaches cluster {cluster:X}h");
            if (chain.Count >= ClusterCount)
                throw new FatCorruptException($"the chain from cluster {first} loops");
            chain.Add(cluster);
        }
        return chain;
    }

    public ulong ClusterOffset(uint cluster) => _dataOffset + (ulong)(cluster - 2) * (uint)ClusterBytes;

    /// <summary>A free cluster marked end-of-chain and zeroed, linked after <paramref name="previous"/> (0: a new chain).</summary>
    public uint Allocate(uint previous)
    {
        for (uint i = 0; i < ClusterCount; i++)
        {
            uint cluster = 2 + (_nextFree - 2 + i) % ClusterCount;
            if (Entry(cluster) != 0)
                continue;
            SetEntry(cluster, EndOfChain);
            if (previous != 0)
                SetEntry(previous, cluster);
            _nextFree = cluster + 1 < ClusterCount + 2 ? cluster + 1 : 2;
            _disk.Write(ClusterOffset(cluster), new byte[ClusterBytes]);
            return cluster;
        }
        throw new FatVolumeFullException("no free cluster");
    }

    /// <summary>Frees the chain from <paramref name="first"/>.</summary>
    public void Free(uint first)
    {
        foreach (uint cluster in Chain(first))
            SetEntry(cluster, 0);
    }

    /// <summary>Keeps the first <paramref name="keep"/> clusters of the chain (at least one) and frees the rest.</summary>
    public void Truncate(uint first, int keep)
    {
        var chain = Chain(first);
        if (keep >= chain.Count)
            return;
        SetEntry(chain[keep - 1], EndOfChain);
        foreach (uint cluster in chain.Skip(keep))
            SetEntry(cluster, 0);
    }

    /// <summary>Writes the changed FAT sectors to every FAT copy and, on FAT32, the FSInfo sector's counts.</summary>
    public void Commit()
    {
        for (int sector = 0; sector < _dirtyFatSectors.Length; sector++)
        {
            if (!_dirtyFatSectors[sector])
                continue;
            _dirtyFatSectors[sector] = false;
            var bytes = _fat.AsSpan(sector * BytesPerSector, BytesPerSector);
            for (int copy = 0; copy < _numFats; copy++)
                _disk.Write(_fatOffset + (ulong)copy * _fatBytesPerCopy + (ulong)sector * (uint)BytesPerSector, bytes);
        }
        if (Type == FatType.Fat32 && _fsInfoSector != 0 && _fsInfoSector != 0xFFFF)
        {
            var info = new byte[512];
            ulong at = (ulong)_fsInfoSector * (uint)BytesPerSector;
            _disk.Read(at, info);
            if (BinaryPrimitives.ReadUInt32LittleEndian(info) == FsInfoLeadSignature
                && BinaryPrimitives.ReadUInt32LittleEndian(info.AsSpan(484)) == FsInfoStructSignature
                && BinaryPrimitives.ReadUInt32LittleEndian(info.AsSpan(508)) == FsInfoTrailSignature
                && (BinaryPrimitives.ReadUInt32LittleEndian(info.AsSpan(FsInfoFreeCount)) != _freeCount
                    || BinaryPrimitives.ReadUInt32LittleEndian(info.AsSpan(FsInfoNextFree)) != _nextFree))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(info.AsSpan(FsInfoFreeCount), _freeCount);
                BinaryPrimitives.WriteUInt32LittleEndian(info.AsSpan(FsInfoNextFree), _nextFree);
                _disk.Write(at, info);
            }
        }
    }

    /// <summary>
    /// Writes the volume label into the boot sector's BS_VolLab, and FAT32's backup boot sector's (the root
    /// directory's label entry is the directory code's).
    /// </summary>
    public void WriteBootLabel(ReadOnlySpan<byte> label11)
    {
        _disk.Write((ulong)_labelOffset, label11);
        if (Type == FatType.Fat32 && _backupBootSector is not (0 or 0xFFFF) && _backupBootSector < _fatOffset / (uint)BytesPerSector)
            _disk.Write((ulong)_backupBootSector * (uint)BytesPerSector + (ulong)_labelOffset, label11);
    }

    /// <summary>Flushes the disk's write cache.</summary>
    public void FlushDevice() => _disk.Blocks.Device.Flush();

    // ---- bytes of a chain (files and directories) ----

    /// <summary>Reads <paramref name="data"/> from byte <paramref name="position"/> of the chain from <paramref name="first"/>.</summary>
    public void ReadChain(uint first, long position, Span<byte> data) => MoveChain(first, position, data, default, write: false);

    public void WriteChain(uint first, long position, ReadOnlySpan<byte> data) => MoveChain(first, position, default, data, write: true);

    private void MoveChain(uint first, long position, Span<byte> into, ReadOnlySpan<byte> from, bool write)
    {
        int length = write ? from.Length : into.Length;
        uint cluster = first;
        for (long skip = position / ClusterBytes; skip > 0 && cluster != 0; skip--)
            cluster = Next(cluster);
        int inCluster = (int)(position % ClusterBytes);
        for (int done = 0; done < length;)
        {
            if (!IsDataCluster(cluster))
                throw new FatCorruptException($"the chain from cluster {first} ends before byte {position + done}");
            // Consecutive clusters move in one request.
            int run = ClusterBytes - inCluster;
            uint last = cluster;
            while (run < length - done)
            {
                uint next = Next(last);
                if (next != last + 1)
                    break;
                last = next;
                run += ClusterBytes;
            }
            int piece = Math.Min(run, length - done);
            ulong at = ClusterOffset(cluster) + (ulong)inCluster;
            if (write)
                _disk.Write(at, from.Slice(done, piece));
            else
                _disk.Read(at, into.Slice(done, piece));
            done += piece;
            inCluster = 0;
            cluster = done < length ? Next(last) : 0;
        }
    }

    // ---- directories: the fixed root region (FAT12/16, reference 0) or a cluster chain ----

    /// <summary>The whole of directory <paramref name="directory"/>, 32 bytes an entry.</summary>
    public byte[] ReadDirectory(uint directory)
    {
        if (directory == 0)
        {
            var root = new byte[_rootEntries * 32];
            _disk.Read(_rootDirOffset, root);
            return root;
        }
        var chain = Chain(directory);
        var bytes = new byte[chain.Count * ClusterBytes];
        ReadChain(directory, 0, bytes);
        return bytes;
    }

    public void WriteDirectory(uint directory, int offset, ReadOnlySpan<byte> entries)
    {
        if (directory == 0)
            _disk.Write(_rootDirOffset + (ulong)offset, entries);
        else
            WriteChain(directory, offset, entries);
    }

    /// <summary>Grows a chained directory by one zeroed cluster (the fixed root cannot grow: volume full).</summary>
    public void GrowDirectory(uint directory)
    {
        if (directory == 0)
            throw new FatVolumeFullException("the root directory is full");
        var chain = Chain(directory);
        Allocate(chain[^1]);
    }
}
