namespace Nt2cs.Machine.Devices.Nvme;

/// <summary>
/// The NVM command set (§6) on namespace 1: Read, Write, Flush, Write Zeroes, Dataset Management. Data moves
/// straight between the drive and the guest RAM segments the PRPs name.
/// </summary>
public sealed partial class NvmeController
{
    private static readonly byte[] s_zeroes = new byte[64 * 1024];

    private ushort ExecuteNvm(in NvmeCommand c, ref uint result)
    {
        if (c.Fuse != 0 || c.Psdt != 0)
            return Reject(NvmeStatus.InvalidFieldInCommand, c.Fuse != 0 ? "fused operations are not supported" : "SGLs are not supported (SGLS = 0)");
        switch (c.Opcode)
        {
            case NvmeIoOpcode.Flush:
                if (c.Nsid != 1 && c.Nsid != 0xFFFF_FFFF)
                    return Reject(NvmeStatus.InvalidNamespaceOrFormat, $"NSID {c.Nsid}");
                _drive.Flush();
                return NvmeStatus.Success;
            case NvmeIoOpcode.Read:
            case NvmeIoOpcode.Write:
                return ReadWrite(c, c.Opcode == NvmeIoOpcode.Write);
            case NvmeIoOpcode.WriteZeroes:
                return WriteZeroes(c);
            case NvmeIoOpcode.DatasetManagement:
                return DatasetManagement(c);
            default:
                return Reject(NvmeStatus.InvalidCommandOpcode, "not an NVM command this controller has");
        }
    }

    private ushort CheckRange(in NvmeCommand c, ulong slba, long blocks)
    {
        if (c.Nsid != 1)
            return Reject(NvmeStatus.InvalidNamespaceOrFormat, $"NSID {c.Nsid}");
        ulong capacity = (ulong)_drive.SectorCount;
        if (slba >= capacity || (ulong)blocks > capacity - slba)
            return Reject(NvmeStatus.LbaOutOfRange, $"LBA {slba} + {blocks} blocks, the namespace has {capacity}");
        return NvmeStatus.Success;
    }

    /// <summary>Read (§6.9) and Write (§6.15): CDW10/11 SLBA, CDW12 NLB 15:0 (0-based), FUA bit 30.</summary>
    private ushort ReadWrite(in NvmeCommand c, bool write)
    {
        int blocks = c.BlockCount;
        ushort status = CheckRange(c, c.Slba, blocks);
        if (status != NvmeStatus.Success)
            return status;
        long bytes = (long)blocks * LbaSize;
        if (bytes > MaxTransferBytes)
            return Reject(NvmeStatus.InvalidFieldInCommand, $"{bytes} bytes is more than MDTS allows ({MaxTransferBytes})");
        status = _prps.Build(c.Prp1, c.Prp2, bytes, PageSize);
        if (status != NvmeStatus.Success)
            return Reject(status, _prps.Failure);
        long offset = (long)c.Slba * LbaSize;
        foreach (var segment in _prps.Segments)
        {
            var ram = _memory.Ram(segment.Address, segment.Length);
            if (write)
                _drive.Write(offset, ram);
            else
                _drive.Read(offset, ram);
            offset += segment.Length;
        }
        if (write)
        {
            _sectorsWritten += blocks;
            _writeCommands++;
            if ((c.Cdw12 & (1u << 30)) != 0)
                _drive.Flush(); // Force Unit Access: stable before completion
        }
        else
        {
            _sectorsRead += blocks;
            _readCommands++;
        }
        return NvmeStatus.Success;
    }

    /// <summary>Write Zeroes (§6.16): SLBA, NLB; no data transfer, so no MDTS limit.</summary>
    private ushort WriteZeroes(in NvmeCommand c)
    {
        int blocks = c.BlockCount;
        ushort status = CheckRange(c, c.Slba, blocks);
        if (status != NvmeStatus.Success)
            return status;
        long offset = (long)c.Slba * LbaSize;
        long remaining = (long)blocks * LbaSize;
        while (remaining > 0)
        {
            int n = (int)Math.Min(remaining, s_zeroes.Length);
            _drive.Write(offset, s_zeroes.AsSpan(0, n));
            offset += n;
            remaining -= n;
        }
        _sectorsWritten += blocks;
        _writeCommands++;
        return NvmeStatus.Success;
    }

    /// <summary>
    /// Dataset Management (§6.7): CDW10 NR 7:0 (ranges, 0-based), CDW11 AD bit 2; the ranges (16 bytes each:
    /// context attributes, length in blocks, starting LBA) are read from the PRPs and checked. Deallocation is
    /// accepted and changes nothing (DLFEAT = 0: deallocated blocks read as they were).
    /// </summary>
    private ushort DatasetManagement(in NvmeCommand c)
    {
        if (c.Nsid != 1)
            return Reject(NvmeStatus.InvalidNamespaceOrFormat, $"NSID {c.Nsid}");
        int ranges = (int)(c.Cdw10 & 0xFF) + 1;
        var data = _scratch.AsSpan(0, ranges * 16);
        ushort status = _prps.Build(c.Prp1, c.Prp2, data.Length, PageSize);
        if (status != NvmeStatus.Success)
            return Reject(status, _prps.Failure);
        int at = 0;
        foreach (var segment in _prps.Segments)
        {
            _memory.Ram(segment.Address, segment.Length).CopyTo(data[at..]);
            at += segment.Length;
        }
        for (int i = 0; i < ranges; i++)
        {
            uint length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(data[(16 * i + 4)..]);
            ulong slba = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(data[(16 * i + 8)..]);
            status = CheckRange(c, slba, length);
            if (status != NvmeStatus.Success)
                return status;
        }
        return NvmeStatus.Success;
    }
}
