using System.Buffers.Binary;

namespace Nt2cs.Machine.Devices.Nvme;

/// <summary>A 64-byte submission queue entry (§4.2, Figure 105; Command Dword 0 in Figure 104).</summary>
public readonly struct NvmeCommand
{
    public NvmeCommand(ReadOnlySpan<byte> entry)
    {
        uint cdw0 = BinaryPrimitives.ReadUInt32LittleEndian(entry);
        Opcode = (byte)cdw0;
        Fuse = (int)(cdw0 >> 8) & 3;
        Psdt = (int)(cdw0 >> 14) & 3;
        Cid = (ushort)(cdw0 >> 16);
        Nsid = BinaryPrimitives.ReadUInt32LittleEndian(entry[4..]);
        Prp1 = BinaryPrimitives.ReadUInt64LittleEndian(entry[24..]);
        Prp2 = BinaryPrimitives.ReadUInt64LittleEndian(entry[32..]);
        Cdw10 = BinaryPrimitives.ReadUInt32LittleEndian(entry[40..]);
        Cdw11 = BinaryPrimitives.ReadUInt32LittleEndian(entry[44..]);
        Cdw12 = BinaryPrimitives.ReadUInt32LittleEndian(entry[48..]);
        Cdw13 = BinaryPrimitives.ReadUInt32LittleEndian(entry[52..]);
        Cdw14 = BinaryPrimitives.ReadUInt32LittleEndian(entry[56..]);
        Cdw15 = BinaryPrimitives.ReadUInt32LittleEndian(entry[60..]);
    }

    public byte Opcode { get; }
    /// <summary>Fused Operation, CDW0 bits 9:8 (0: normal).</summary>
    public int Fuse { get; }
    /// <summary>PRP or SGL for Data Transfer, CDW0 bits 15:14 (0: PRPs).</summary>
    public int Psdt { get; }
    public ushort Cid { get; }
    public uint Nsid { get; }
    public ulong Prp1 { get; }
    public ulong Prp2 { get; }
    public uint Cdw10 { get; }
    public uint Cdw11 { get; }
    public uint Cdw12 { get; }
    public uint Cdw13 { get; }
    public uint Cdw14 { get; }
    public uint Cdw15 { get; }

    /// <summary>Starting LBA of the NVM commands (CDW10, CDW11).</summary>
    public ulong Slba => Cdw10 | (ulong)Cdw11 << 32;

    /// <summary>Number of Logical Blocks, CDW12 bits 15:0, 0-based: the count.</summary>
    public int BlockCount => (int)(Cdw12 & 0xFFFF) + 1;
}
