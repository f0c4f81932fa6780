namespace Nt2cs.Machine.Firmware;

/// <summary>
/// The CRC-32 of the table headers, CalculateCrc32 (UEFI 2.10 §4.2, "the 32-bit CRC ... as defined by ISO 3309")
/// and GPT's headers and entries (§5.3.2): the reflected polynomial EDB88320h, initial value and final XOR all
/// ones, which is System.IO.Hashing's CRC-32.
/// </summary>
public static class Crc32
{
    public static uint Of(ReadOnlySpan<byte> data) => System.IO.Hashing.Crc32.HashToUInt32(data);
}
