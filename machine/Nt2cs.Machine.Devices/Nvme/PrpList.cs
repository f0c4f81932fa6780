using System.Buffers.Binary;

namespace Nt2cs.Machine.Devices.Nvme;

/// <summary>One stretch of guest RAM a transfer reads or writes.</summary>
public readonly record struct RamSegment(uint Address, int Length);

/// <summary>
/// Turns a command's PRP Entry 1 and 2 into the RAM segments of its data transfer (§4.3, "Physical Region Page
/// Entry and List"), checking what the specification requires of each entry.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>PRP1 may start anywhere in a memory page (CC.MPS) but must be dword aligned: bits 1:0 set are PRP
/// Offset Invalid.</item>
/// <item>If the data ends in PRP1's page, PRP2 is unused; if it ends in the next page, PRP2 is that page
/// (offset 0); otherwise PRP2 points to a PRP list (qword aligned, any offset) whose entries are pages
/// (offset 0). When more entries are needed than fit before the end of the list's memory page, the page's last
/// entry points to the next list (chaining, also qword aligned).</item>
/// <item>A list or a data page outside RAM (a hole or a device's registers) is a Data Transfer Error.</item>
/// </list>
/// Physically consecutive pages are merged, so a transfer to a contiguous buffer is one segment. The segment
/// array is reused, so walking allocates nothing.
/// </remarks>
public sealed class PrpList(PhysicalMemory memory)
{
    private RamSegment[] _segments = new RamSegment[32];

    public int Count { get; private set; }

    public ReadOnlySpan<RamSegment> Segments => _segments.AsSpan(0, Count);

    /// <summary>Why the last <see cref="Build"/> failed, for the machine log.</summary>
    public string Failure { get; private set; } = "";

    /// <summary>Walks the PRPs for <paramref name="length"/> bytes; returns <see cref="NvmeStatus.Success"/> or the error status.</summary>
    public ushort Build(ulong prp1, ulong prp2, long length, int pageSize)
    {
        Count = 0;
        Failure = "";
        if (length <= 0)
            return NvmeStatus.Success;
        ulong offsetMask = (ulong)pageSize - 1;
        if ((prp1 & 3) != 0)
            return Fail(NvmeStatus.PrpOffsetInvalid, $"PRP1 0x{prp1:X} is not dword aligned");
        long first = Math.Min(length, pageSize - (long)(prp1 & offsetMask));
        if (!Add(prp1, first))
            return NvmeStatus.DataTransferError;
        long remaining = length - first;
        if (remaining == 0)
            return NvmeStatus.Success;
        if (remaining <= pageSize)
        {
            if ((prp2 & offsetMask) != 0)
                return Fail(NvmeStatus.PrpOffsetInvalid, $"PRP2 0x{prp2:X} has an offset in its page");
            return Add(prp2, remaining) ? NvmeStatus.Success : NvmeStatus.DataTransferError;
        }

        ulong list = prp2;
        int lists = 0;
        while (remaining > 0)
        {
            if ((list & 7) != 0)
                return Fail(NvmeStatus.PrpOffsetInvalid, $"PRP list pointer 0x{list:X} is not qword aligned");
            if (++lists > 2 + (int)(length / pageSize))
                return Fail(NvmeStatus.DataTransferError, "PRP lists chain in a loop");
            int entries = (int)(((ulong)pageSize - (list & offsetMask)) / 8);
            if (list > uint.MaxValue || !memory.IsRam((uint)list, (uint)entries * 8))
                return Fail(NvmeStatus.DataTransferError, $"PRP list at 0x{list:X} is not in RAM");
            var page = memory.Ram((uint)list, entries * 8);
            for (int i = 0; i < entries && remaining > 0; i++)
            {
                ulong entry = BinaryPrimitives.ReadUInt64LittleEndian(page[(8 * i)..]);
                if (i == entries - 1 && remaining > pageSize)
                {
                    list = entry; // the last entry of a full list page chains to the next list
                    break;
                }
                if ((entry & offsetMask) != 0)
                    return Fail(NvmeStatus.PrpOffsetInvalid, $"PRP list entry {i} (0x{entry:X}) has an offset in its page");
                long chunk = Math.Min(remaining, pageSize);
                if (!Add(entry, chunk))
                    return NvmeStatus.DataTransferError;
                remaining -= chunk;
            }
        }
        return NvmeStatus.Success;
    }

    private bool Add(ulong address, long length)
    {
        if (address > uint.MaxValue || !memory.IsRam((uint)address, (uint)length))
        {
            Fail(0, $"data page 0x{address:X} (+0x{length:X}) is not in RAM");
            return false;
        }
        if (Count > 0 && _segments[Count - 1] is var last && last.Address + (ulong)last.Length == address)
        {
            _segments[Count - 1] = last with { Length = last.Length + (int)length };
            return true;
        }
        if (Count == _segments.Length)
            Array.Resize(ref _segments, Count * 2);
        _segments[Count++] = new RamSegment((uint)address, (int)length);
        return true;
    }

    private ushort Fail(ushort status, string why)
    {
        Failure = why;
        return status;
    }
}
