namespace Nt2cs.Machine.Firmware;

/// <summary>
/// The CRC-32 of the table headers and CalculateCrc32 (UEFI 2.10 §4.2, "the 32-bit CRC ... as defined by ISO
/// 3309"): polynomial 0x04C11DB7 processed least significant bit first, initial value and final XOR all ones.
/// </summary>
public static class Crc32
{
    private static readonly uint[] s_table = BuildTable();

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return table;
    }

    public static uint Of(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFF_FFFF;
        foreach (byte b in data)
            crc = s_table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }
}
