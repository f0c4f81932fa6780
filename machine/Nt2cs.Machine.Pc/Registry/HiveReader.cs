using System.Buffers.Binary;
using System.Text;

namespace Nt2cs.Machine.Pc.Registry;

/// <summary>
/// Reads a hive file in the published regf format into a key tree, as the boot step needs it: a SYSTEM hive
/// read from the boot volume (perhaps written by the kernel's flushes, perhaps edited by hivex) for the services
/// it starts, and to add one (<c>--driver</c>) before <see cref="HiveWriter"/> writes it again. Keys (names
/// stored one byte a character or UTF-16), subkey lists of every form (li, lf, lh, ri), values with data inline,
/// in a cell or in a big data cell (db). Class names, security and time stamps are not kept. Anything outside
/// the image or of the wrong kind is a <see cref="RegFormatException"/>, never an exception of the reader's own.
/// </summary>
public static class HiveReader
{
    private const int BaseBlockSize = 0x1000, MaximumDepth = 512;
    private const ushort KeyCompName = 0x0020, ValueCompName = 0x0001;
    private const uint DataInline = 0x8000_0000, BigDataThreshold = 16344;

    public static RegKey Read(ReadOnlySpan<byte> image)
    {
        if (image.Length < BaseBlockSize + 0x20 || !image[..4].SequenceEqual("regf"u8))
            throw new RegFormatException("not a regf hive (too short, or no regf signature)");
        if (BinaryPrimitives.ReadUInt32LittleEndian(image[0x1FC..]) != HiveWriter.CheckSum(image))
            throw new RegFormatException("the hive's base block checksum is wrong");
        long length = BaseBlockSize + (long)BinaryPrimitives.ReadUInt32LittleEndian(image[0x28..]);
        if (length > image.Length)
            throw new RegFormatException($"the hive says its bins take {length - BaseBlockSize} bytes: the file has {image.Length - BaseBlockSize}");
        var hive = new Hive(image[BaseBlockSize..(int)length].ToArray());
        return hive.Key(BinaryPrimitives.ReadUInt32LittleEndian(image[0x24..]), 0);
    }

    private sealed class Hive(byte[] bins)
    {
        /// <summary>The data of the allocated cell at <paramref name="cell"/> (an offset into the bins).</summary>
        private ReadOnlySpan<byte> Cell(uint cell, string kind)
        {
            if (cell > bins.Length - 4L || cell % 8 != 0)
                throw new RegFormatException($"a {kind} cell at 0x{cell:X} is outside the hive's bins");
            int size = BinaryPrimitives.ReadInt32LittleEndian(bins.AsSpan((int)cell));
            if (size >= 0 || -(long)size < 4 || cell - (long)size > bins.Length)
                throw new RegFormatException($"the {kind} cell at 0x{cell:X} is not an allocated cell within the bins");
            return bins.AsSpan((int)cell + 4, -size - 4);
        }

        private ReadOnlySpan<byte> Signed(uint cell, string kind, ReadOnlySpan<byte> signature, int fixedSize)
        {
            var data = Cell(cell, kind);
            if (data.Length < fixedSize || !data[..2].SequenceEqual(signature))
                throw new RegFormatException($"the cell at 0x{cell:X} is not a {kind}");
            return data;
        }

        private static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]);
        private static ushort U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(data[offset..]);

        private static string Name(ReadOnlySpan<byte> data, int offset, int length, bool compressed, uint cell)
        {
            if (offset + length > data.Length)
                throw new RegFormatException($"the name of the cell at 0x{cell:X} runs past it");
            var bytes = data.Slice(offset, length);
            return compressed ? Encoding.Latin1.GetString(bytes) : Encoding.Unicode.GetString(bytes);
        }

        public RegKey Key(uint cell, int depth)
        {
            if (depth > MaximumDepth)
                throw new RegFormatException("the hive's keys nest deeper than any hive's (a loop?)");
            var nk = Signed(cell, "key node (nk)", "nk"u8, 0x4C);
            var key = new RegKey(Name(nk, 0x4C, U16(nk, 0x48), (U16(nk, 2) & KeyCompName) != 0, cell));
            uint subkeys = U32(nk, 0x14), valueCount = U32(nk, 0x24);
            if (subkeys > 0)
                foreach (uint child in SubkeyCells(U32(nk, 0x1C), depth))
                    key.Subkeys.Add(Key(child, depth + 1));
            if (valueCount > 0)
            {
                var list = Cell(U32(nk, 0x28), "value list");
                if ((long)valueCount * 4 > list.Length)
                    throw new RegFormatException($"the value list of the key at 0x{cell:X} holds fewer than its {valueCount} values");
                for (int i = 0; i < valueCount; i++)
                    key.Values.Add(Value(U32(list, i * 4)));
            }
            return key;
        }

        private List<uint> SubkeyCells(uint list, int depth)
        {
            var data = Cell(list, "subkey list");
            if (data.Length < 4)
                throw new RegFormatException($"the subkey list at 0x{list:X} is too short");
            int count = U16(data, 2);
            var signature = Encoding.ASCII.GetString(data[..2]);
            int stride = signature is "lf" or "lh" ? 8 : signature is "li" or "ri" ? 4 : throw new RegFormatException($"the cell at 0x{list:X} is not a subkey list ({signature})");
            if (4 + (long)count * stride > data.Length)
                throw new RegFormatException($"the subkey list at 0x{list:X} holds fewer than its {count} entries");
            var cells = new List<uint>();
            for (int i = 0; i < count; i++)
            {
                uint entry = U32(data, 4 + i * stride);
                if (signature == "ri")
                {
                    if (depth > MaximumDepth)
                        throw new RegFormatException("subkey index roots nest too deep");
                    cells.AddRange(SubkeyCells(entry, depth + 1));
                }
                else
                    cells.Add(entry);
            }
            return cells;
        }

        private RegValue Value(uint cell)
        {
            var vk = Signed(cell, "value (vk)", "vk"u8, 0x14);
            string name = Name(vk, 0x14, U16(vk, 2), (U16(vk, 0x10) & ValueCompName) != 0, cell);
            uint size = U32(vk, 4), offset = U32(vk, 8), type = U32(vk, 0xC);
            byte[] data;
            if ((size & DataInline) != 0)
            {
                size &= ~DataInline;
                if (size > 4)
                    throw new RegFormatException($"the value at 0x{cell:X} claims {size} bytes held inline");
                data = BitConverter.GetBytes(offset)[..(int)size];
            }
            else if (size == 0)
                data = [];
            else
            {
                var first = Cell(offset, "value data");
                if (size > BigDataThreshold && first.Length >= 8 && first[..2].SequenceEqual("db"u8))
                    data = BigData(first, size, offset);
                else if (size <= first.Length)
                    data = first[..(int)size].ToArray();
                else
                    throw new RegFormatException($"the data of the value at 0x{cell:X} ({size} bytes) runs past its cell");
            }
            return new RegValue(name, type, data);
        }

        private byte[] BigData(ReadOnlySpan<byte> db, uint size, uint cell)
        {
            int segments = U16(db, 2);
            if ((long)segments * BigDataThreshold < size)
                throw new RegFormatException($"the big data cell at 0x{cell:X} has {segments} segments: too few for its {size} bytes");
            var list = Cell(U32(db, 4), "big data segment list");
            if ((long)segments * 4 > list.Length)
                throw new RegFormatException($"the big data cell at 0x{cell:X} lists fewer than its {segments} segments");
            var data = new byte[size];
            int done = 0;
            for (int i = 0; i < segments && done < size; i++)
            {
                var segment = Cell(U32(list, i * 4), "big data segment");
                int take = (int)Math.Min(Math.Min(segment.Length, BigDataThreshold), size - done);
                segment[..take].CopyTo(data.AsSpan(done));
                done += take;
            }
            if (done != size)
                throw new RegFormatException($"the big data cell at 0x{cell:X} holds {done} of its {size} bytes");
            return data;
        }
    }
}
