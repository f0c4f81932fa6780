using System.Buffers.Binary;
using System.Text;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>
/// Device path nodes (UEFI 2.10 §10.3): a 4-byte header (type, sub-type, length) and the node's fields, packed.
/// A disk's path is PciRoot(0)/Pci(device, function)/its messaging node; a partition's adds a Hard Drive node.
/// </summary>
public static class DevicePath
{
    public const byte HardwareType = 0x01, AcpiType = 0x02, MessagingType = 0x03, MediaType = 0x04, EndType = 0x7F;
    public const byte PciSubType = 0x01, AcpiSubType = 0x01, AtapiSubType = 0x01, NvmeNamespaceSubType = 0x17;
    public const byte HardDriveSubType = 0x01, FilePathSubType = 0x04, EndEntireSubType = 0xFF;

    public const int AcpiLength = 12, PciLength = 6, AtapiLength = 8, NvmeNamespaceLength = 16, HardDriveLength = 42, EndLength = 4;

    /// <summary>_HID of a PCI root bridge: EISA ID PNP0A03 (§10.3.3).</summary>
    public const uint PciRootHid = 0x0A03_41D0;

    /// <summary>Hard Drive node's MBRType (1 MBR, 2 GPT) and SignatureType (1 MBR signature, 2 GUID).</summary>
    public const byte PartitionFormatMbr = 1, PartitionFormatGpt = 2, SignatureMbr = 1, SignatureGuid = 2;

    private static void Header(Span<byte> node, byte type, byte subType)
    {
        node[0] = type;
        node[1] = subType;
        BinaryPrimitives.WriteUInt16LittleEndian(node[2..], (ushort)node.Length);
    }

    public static byte[] PciRoot()
    {
        var node = new byte[AcpiLength];
        Header(node, AcpiType, AcpiSubType);
        BinaryPrimitives.WriteUInt32LittleEndian(node.AsSpan(4), PciRootHid);
        return node;
    }

    public static byte[] Pci(int device, int function)
    {
        var node = new byte[PciLength];
        Header(node, HardwareType, PciSubType);
        node[4] = (byte)function;
        node[5] = (byte)device;
        return node;
    }

    /// <summary>ATAPI node (§10.3.4.1), which names an IDE channel's device: PrimarySecondary, SlaveMaster, Lun.</summary>
    public static void Atapi(Span<byte> node, byte primarySecondary, byte slaveMaster)
    {
        Header(node, MessagingType, AtapiSubType);
        node[4] = primarySecondary;
        node[5] = slaveMaster;
        BinaryPrimitives.WriteUInt16LittleEndian(node[6..], 0);
    }

    /// <summary>NVM Express Namespace node (§10.3.4.22): namespace identifier and IEEE EUI-64.</summary>
    public static void NvmeNamespace(Span<byte> node, uint namespaceId, ulong eui64)
    {
        Header(node, MessagingType, NvmeNamespaceSubType);
        BinaryPrimitives.WriteUInt32LittleEndian(node[4..], namespaceId);
        BinaryPrimitives.WriteUInt64LittleEndian(node[8..], eui64);
    }

    /// <summary>Hard Drive media node (§10.3.5.1): partition number (from 1), start and size in blocks, signature.</summary>
    public static byte[] HardDrive(uint number, ulong start, ulong size, ReadOnlySpan<byte> signature, byte format, byte signatureType)
    {
        var node = new byte[HardDriveLength];
        Header(node, MediaType, HardDriveSubType);
        BinaryPrimitives.WriteUInt32LittleEndian(node.AsSpan(4), number);
        BinaryPrimitives.WriteUInt64LittleEndian(node.AsSpan(8), start);
        BinaryPrimitives.WriteUInt64LittleEndian(node.AsSpan(16), size);
        signature.CopyTo(node.AsSpan(24, 16));
        node[40] = format;
        node[41] = signatureType;
        return node;
    }

    /// <summary>File Path media node (§10.3.5.4): the path, NUL-terminated UCS-2.</summary>
    public static byte[] FilePath(string path)
    {
        var node = new byte[4 + 2 * (path.Length + 1)];
        Header(node, MediaType, FilePathSubType);
        Encoding.Unicode.GetBytes(path).CopyTo(node, 4);
        return node;
    }

    public static byte[] End()
    {
        var node = new byte[EndLength];
        Header(node, EndType, EndEntireSubType);
        return node;
    }

    /// <summary>The nodes one after the other, then the end node.</summary>
    public static byte[] Build(params byte[][] nodes) => [.. nodes.SelectMany(n => n), .. End()];

    /// <summary><paramref name="path"/> without its end node, then <paramref name="nodes"/> and an end node.</summary>
    public static byte[] Append(byte[] path, params byte[][] nodes) => Build([path[..^EndLength], .. nodes]);
}
