using System.Buffers.Binary;

namespace Nt2cs.Machine.Devices.Pci;

/// <summary>
/// The MSI-X table and pending bit array of a function (PCI Local Bus Specification 3.0, §6.8.2): per vector a
/// Message Address (low, high), Message Data and Vector Control (bit 0: Mask), read and written as dwords.
/// </summary>
/// <remarks>
/// The machine has no local APIC yet, so a message is not delivered anywhere: <see cref="Signal"/> counts it per
/// vector (<see cref="MessagesSent"/>) with its address and data, or, while the vector or the whole function is
/// masked, sets its pending bit, which is sent when the mask is lifted.
/// </remarks>
public sealed class MsixTable(int vectors)
{
    public const int EntrySize = 16;
    public const uint VectorControlMask = 1;

    private readonly byte[] _table = InitialTable(vectors);
    private readonly ulong[] _pending = new ulong[(vectors + 63) / 64];

    public int Vectors { get; } = vectors;

    /// <summary>Messages sent per vector (what a local APIC would have received).</summary>
    public long[] MessagesSent { get; } = new long[vectors];

    /// <summary>The last message of each vector: (address, data).</summary>
    public (ulong Address, uint Data)[] LastMessage { get; } = new (ulong, uint)[vectors];

    public bool FunctionMasked { get; private set; }

    public ulong MessageAddress(int vector) => BinaryPrimitives.ReadUInt64LittleEndian(_table.AsSpan(vector * EntrySize));

    public uint MessageData(int vector) => BinaryPrimitives.ReadUInt32LittleEndian(_table.AsSpan(vector * EntrySize + 8));

    public bool IsMasked(int vector) => FunctionMasked || (VectorControl(vector) & VectorControlMask) != 0;

    public bool IsPending(int vector) => (_pending[vector / 64] & (1ul << (vector % 64))) != 0;

    private uint VectorControl(int vector) => BinaryPrimitives.ReadUInt32LittleEndian(_table.AsSpan(vector * EntrySize + 12));

    /// <summary>The device's interrupt condition for <paramref name="vector"/> occurred.</summary>
    public void Signal(int vector)
    {
        if (IsMasked(vector))
            _pending[vector / 64] |= 1ul << (vector % 64);
        else
            Send(vector);
    }

    private void Send(int vector)
    {
        _pending[vector / 64] &= ~(1ul << (vector % 64));
        MessagesSent[vector]++;
        LastMessage[vector] = (MessageAddress(vector), MessageData(vector));
    }

    /// <summary>Function Mask in Message Control changed; unmasking sends what is pending.</summary>
    public void SetFunctionMask(bool masked)
    {
        FunctionMasked = masked;
        SendUnmaskedPending();
    }

    public uint ReadTable(uint offset) =>
        offset + 4 <= _table.Length ? BinaryPrimitives.ReadUInt32LittleEndian(_table.AsSpan((int)offset & ~3)) : 0;

    public void WriteTable(uint offset, uint value)
    {
        if (offset + 4 > _table.Length)
            return;
        int at = (int)offset & ~3;
        if (at % EntrySize == 12)
            value &= VectorControlMask; // Vector Control: only the mask bit is defined
        BinaryPrimitives.WriteUInt32LittleEndian(_table.AsSpan(at), value);
        if (at % EntrySize == 12)
            SendUnmaskedPending();
    }

    /// <summary>The pending bit array is read-only to software.</summary>
    public uint ReadPba(uint offset)
    {
        int index = (int)(offset / 8);
        if (index >= _pending.Length)
            return 0;
        return (offset & 4) == 0 ? (uint)_pending[index] : (uint)(_pending[index] >> 32);
    }

    /// <summary>Reset: every vector masked, nothing pending, the function unmasked.</summary>
    public void Reset()
    {
        InitialTable(Vectors).CopyTo(_table, 0);
        Array.Clear(_pending);
        FunctionMasked = false;
    }

    private void SendUnmaskedPending()
    {
        for (int v = 0; v < Vectors; v++)
            if (IsPending(v) && !IsMasked(v))
                Send(v);
    }

    private static byte[] InitialTable(int vectors)
    {
        var table = new byte[vectors * EntrySize];
        for (int v = 0; v < vectors; v++)
            table[v * EntrySize + 12] = (byte)VectorControlMask; // §6.8.2.9: masked after reset
        return table;
    }
}
