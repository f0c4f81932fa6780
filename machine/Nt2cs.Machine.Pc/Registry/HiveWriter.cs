using System.Buffers.Binary;
using System.Text;

namespace Nt2cs.Machine.Pc.Registry;

/// <summary>
/// Writes a key tree as a hive file in the published regf format, the format the kernel's configuration
/// manager (nt-src/private/ntos/cm) loads and Debian's hivex reads: a 4 KiB base block (version 1.5, checksum),
/// then 4 KiB-aligned bins of 8-byte-aligned cells: one security cell (sk) all keys share, key nodes (nk) with
/// their names stored one byte a character when ASCII, values (vk) with data of at most 4 bytes inline, up to
/// 16344 bytes in a cell and beyond that in 16344-byte segments of a big data cell (db), and subkey lists
/// sorted by upcased name as hash leaves (lh, at most 128 entries) under an index root (ri) when longer. A key
/// with a REG_LINK value SymbolicLinkValue is a link key. Time stamps are zero, so the same tree gives the same
/// bytes.
/// </summary>
public static class HiveWriter
{
    private const int BaseBlockSize = 0x1000, BinAlign = 0x1000, BinHeaderSize = 0x20, CellAlign = 8;
    private const int MaximumCellData = 16344, MaximumLeafCount = 128;
    private const ushort KeyHiveEntry = 0x0004, KeyNoDelete = 0x0008, KeySymLink = 0x0010, KeyCompName = 0x0020, ValueCompName = 0x0001;
    private const uint Nil = 0xFFFF_FFFF;

    // The root's security descriptor, self-relative: revision 1, SE_SELF_RELATIVE | SE_DACL_PRESENT and no DACL.
    private static readonly byte[] s_descriptor = [1, 0, 0x04, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    public static byte[] Write(RegKey root, string fileName)
    {
        var bins = new Bins();
        uint security = bins.Allocate(0x14 + s_descriptor.Length);
        int keys = 0;
        uint rootCell = WriteKey(bins, root, Nil, security, ref keys);
        var sk = bins.Cell(security);
        "sk"u8.CopyTo(sk);
        Put(sk, 4, security);
        Put(sk, 8, security);
        Put(sk, 12, (uint)keys);
        Put(sk, 16, (uint)s_descriptor.Length);
        s_descriptor.CopyTo(sk[0x14..]);

        var data = bins.Finish();
        var hive = new byte[BaseBlockSize + data.Length];
        var b = hive.AsSpan();
        "regf"u8.CopyTo(b);
        Put(b, 0x04, 1u);
        Put(b, 0x08, 1u);
        Put(b, 0x14, 1u);               // major
        Put(b, 0x18, 5u);               // minor
        Put(b, 0x20, 1u);               // memory image format
        Put(b, 0x24, rootCell);
        Put(b, 0x28, (uint)data.Length);
        Put(b, 0x2C, 1u);
        var name = Encoding.Unicode.GetBytes(fileName.Length > 31 ? fileName[..31] : fileName);
        name.CopyTo(b[0x30..]);
        Put(b, 0x1FC, CheckSum(b));
        data.CopyTo(b[BaseBlockSize..]);
        return hive;
    }

    /// <summary>The base block's checksum: the XOR of its first 127 ULONGs, 0 and 0xFFFFFFFF avoided as NT does.</summary>
    public static uint CheckSum(ReadOnlySpan<byte> baseBlock)
    {
        uint sum = 0;
        for (int i = 0; i < 0x1FC; i += 4)
            sum ^= BinaryPrimitives.ReadUInt32LittleEndian(baseBlock[i..]);
        return sum switch { 0 => 1, 0xFFFF_FFFF => 0xFFFF_FFFE, _ => sum };
    }

    /// <summary>The bytes of a hive image the kernel flushed: its base block and as many bins as it says.</summary>
    public static int ImageLength(ReadOnlySpan<byte> image) =>
        BaseBlockSize + (int)BinaryPrimitives.ReadUInt32LittleEndian(image[0x28..]);

    private static uint WriteKey(Bins bins, RegKey key, uint parent, uint security, ref int keys)
    {
        keys++;
        var (name, compressed) = StoredName(key.Name);
        uint cell = bins.Allocate(0x4C + name.Length);
        var children = key.Subkeys.OrderBy(k => Upcase(k.Name), StringComparer.Ordinal).ToList();
        var childCells = new List<uint>();
        foreach (var child in children)
            childCells.Add(WriteKey(bins, child, cell, security, ref keys));
        uint list = children.Count == 0 ? Nil : WriteIndex(bins, children, childCells);
        uint values = Nil;
        if (key.Values.Count > 0)
        {
            values = bins.Allocate(4 * key.Values.Count);
            for (int i = 0; i < key.Values.Count; i++)
            {
                uint vk = WriteValue(bins, key.Values[i]);
                Put(bins.Cell(values), 4 * i, vk);
            }
        }
        bool link = key.Values.Any(v => v.Type == RegSource.RegLink && string.Equals(v.Name, "SymbolicLinkValue", StringComparison.OrdinalIgnoreCase));
        var nk = bins.Cell(cell);
        "nk"u8.CopyTo(nk);
        Put(nk, 2, (ushort)((parent == Nil ? KeyHiveEntry | KeyNoDelete : 0) | (link ? KeySymLink : 0) | (compressed ? KeyCompName : 0)));
        Put(nk, 0x10, parent);
        Put(nk, 0x14, (uint)children.Count);
        Put(nk, 0x1C, list);
        Put(nk, 0x20, Nil);
        Put(nk, 0x24, (uint)key.Values.Count);
        Put(nk, 0x28, values);
        Put(nk, 0x2C, security);
        Put(nk, 0x30, Nil);
        Put(nk, 0x34, (uint)(children.Count == 0 ? 0 : children.Max(k => k.Name.Length) * 2));
        Put(nk, 0x3C, (uint)(key.Values.Count == 0 ? 0 : key.Values.Max(v => v.Name.Length) * 2));
        Put(nk, 0x40, (uint)(key.Values.Count == 0 ? 0 : key.Values.Max(v => v.Data.Length)));
        Put(nk, 0x48, (ushort)name.Length);
        name.CopyTo(nk[0x4C..]);
        return cell;
    }

    private static uint WriteIndex(Bins bins, List<RegKey> children, List<uint> cells)
    {
        var leaves = new List<uint>();
        for (int start = 0; start < children.Count; start += MaximumLeafCount)
        {
            int count = Math.Min(MaximumLeafCount, children.Count - start);
            uint leaf = bins.Allocate(4 + 8 * count);
            var lh = bins.Cell(leaf);
            "lh"u8.CopyTo(lh);
            Put(lh, 2, (ushort)count);
            for (int i = 0; i < count; i++)
            {
                Put(lh, 4 + 8 * i, cells[start + i]);
                Put(lh, 8 + 8 * i, Hash(children[start + i].Name));
            }
            leaves.Add(leaf);
        }
        if (leaves.Count == 1)
            return leaves[0];
        uint root = bins.Allocate(4 + 4 * leaves.Count);
        var ri = bins.Cell(root);
        "ri"u8.CopyTo(ri);
        Put(ri, 2, (ushort)leaves.Count);
        for (int i = 0; i < leaves.Count; i++)
            Put(ri, 4 + 4 * i, leaves[i]);
        return root;
    }

    private static uint WriteValue(Bins bins, RegValue value)
    {
        var (name, compressed) = StoredName(value.Name);
        uint data;
        uint length = (uint)value.Data.Length;
        if (value.Data.Length <= 4)
        {
            var inline = new byte[4];
            value.Data.CopyTo(inline, 0);
            data = BinaryPrimitives.ReadUInt32LittleEndian(inline);
            length |= 0x8000_0000;
        }
        else if (value.Data.Length <= MaximumCellData)
        {
            data = bins.Allocate(value.Data.Length);
            value.Data.CopyTo(bins.Cell(data));
        }
        else
        {
            int segments = (value.Data.Length + MaximumCellData - 1) / MaximumCellData;
            var cells = new uint[segments];
            for (int i = 0; i < segments; i++)
            {
                var chunk = value.Data.AsSpan(i * MaximumCellData, Math.Min(MaximumCellData, value.Data.Length - i * MaximumCellData));
                cells[i] = bins.Allocate(chunk.Length);
                chunk.CopyTo(bins.Cell(cells[i]));
            }
            uint list = bins.Allocate(4 * segments);
            for (int i = 0; i < segments; i++)
                Put(bins.Cell(list), 4 * i, cells[i]);
            data = bins.Allocate(8);
            var db = bins.Cell(data);
            "db"u8.CopyTo(db);
            Put(db, 2, (ushort)segments);
            Put(db, 4, list);
        }
        uint cell = bins.Allocate(0x14 + name.Length);
        var vk = bins.Cell(cell);
        "vk"u8.CopyTo(vk);
        Put(vk, 2, (ushort)name.Length);
        Put(vk, 4, length);
        Put(vk, 8, data);
        Put(vk, 0x0C, value.Type);
        Put(vk, 0x10, (ushort)(compressed ? ValueCompName : 0));
        name.CopyTo(vk[0x14..]);
        return cell;
    }

    /// <summary>A name as a hive stores it: one byte a character when all are ASCII, else UTF-16.</summary>
    private static (byte[] Bytes, bool Compressed) StoredName(string name) =>
        name.All(c => c < 0x80) ? (Encoding.ASCII.GetBytes(name), true) : (Encoding.Unicode.GetBytes(name), false);

    private static string Upcase(string name) => string.Concat(name.Select(char.ToUpperInvariant));

    /// <summary>An lh entry's hash: for each UTF-16 unit, hash * 37 plus the upcased unit.</summary>
    private static uint Hash(string name)
    {
        uint hash = 0;
        foreach (char c in name)
            hash = hash * 37 + char.ToUpperInvariant(c);
        return hash;
    }

    private static void Put(Span<byte> at, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(at[offset..], value);

    private static void Put(Span<byte> at, int offset, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(at[offset..], value);

    /// <summary>The bins being written: cells allocated one after another, a new bin when one does not fit.</summary>
    private sealed class Bins
    {
        private byte[] _data = new byte[BinAlign];
        private int _binStart = -BinAlign, _binSize = BinAlign, _used = BinAlign;

        public uint Allocate(int dataSize)
        {
            int size = (dataSize + 4 + CellAlign - 1) & ~(CellAlign - 1);
            if (_used + size > _binSize)
            {
                CloseBin();
                _binStart += _binSize;
                _binSize = (size + BinHeaderSize + BinAlign - 1) & ~(BinAlign - 1);
                if (_data.Length < _binStart + _binSize)
                    Array.Resize(ref _data, Math.Max(_data.Length * 2, _binStart + _binSize));
                var bin = _data.AsSpan(_binStart, BinHeaderSize);
                "hbin"u8.CopyTo(bin);
                Put(bin, 4, (uint)_binStart);
                Put(bin, 8, (uint)_binSize);
                _used = BinHeaderSize;
            }
            uint cell = (uint)(_binStart + _used);
            BinaryPrimitives.WriteInt32LittleEndian(_data.AsSpan((int)cell), -size);
            _used += size;
            return cell;
        }

        public Span<byte> Cell(uint cell) => _data.AsSpan((int)cell + 4, -BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan((int)cell)) - 4);

        /// <summary>The rest of the current bin becomes one free cell.</summary>
        private void CloseBin()
        {
            if (_binStart >= 0 && _used < _binSize)
                BinaryPrimitives.WriteInt32LittleEndian(_data.AsSpan(_binStart + _used), _binSize - _used);
        }

        public byte[] Finish()
        {
            CloseBin();
            return _data[..(_binStart + _binSize)];
        }
    }
}
