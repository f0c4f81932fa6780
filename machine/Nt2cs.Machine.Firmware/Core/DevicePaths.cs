using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// Device paths as the core reads them (UEFI 2.10 §10.3): nodes of Type (1 byte), SubType (1), Length (2, the
/// node's whole size, at least 4), ending with the End of Hardware Device Path node (0x7F, 0xFF).
/// </summary>
internal static class DevicePaths
{
    public const byte EndType = 0x7F;
    public const byte EndEntireSubType = 0xFF;
    public const byte EndInstanceSubType = 0x01;

    /// <summary>Nodes one path may have before the core calls it malformed.</summary>
    private const int MaxNodes = 1024;

    /// <summary>The bytes of the path at <paramref name="path"/> up to its end node (exclusive); null when it is malformed.</summary>
    public static uint? LengthWithoutEnd(uint path)
    {
        uint at = path;
        for (int i = 0; i < MaxNodes; i++)
        {
            byte type = Mem.Read<byte>(at);
            byte subType = Mem.Read<byte>(at + 1);
            ushort length = Mem.Read<ushort>(at + 2);
            if (length < 4)
                return null;
            if (type == EndType && subType == EndEntireSubType)
                return at - path;
            at += length;
        }
        return null;
    }

    /// <summary>A copy in pool memory of the whole path (end node included), or 0 when it is malformed.</summary>
    public static uint Copy(EfiFirmware firmware, uint path)
    {
        if (LengthWithoutEnd(path) is not { } length)
            return 0;
        uint copy = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, length + 4);
        Mem.Copy(copy, path, length + 4);
        return copy;
    }

    /// <summary>
    /// LocateDevicePath: the handle carrying <paramref name="protocol"/> whose device path is the longest whole-node
    /// prefix of <paramref name="path"/>, and the rest of <paramref name="path"/> after it; null when none.
    /// </summary>
    public static (uint Handle, uint Remaining)? Locate(EfiFirmware firmware, Guid protocol, uint path)
    {
        if (LengthWithoutEnd(path) is not { } total)
            return null;
        var bytes = new byte[total];
        Mem.CopyOut(path, bytes);
        (uint Handle, uint Length)? best = null;
        foreach (uint handle in firmware.Handles.HandlesWith(protocol))
        {
            if (firmware.Handles.Find(handle, EfiGuids.DevicePath) is not { Address: not 0 } devicePath
                || LengthWithoutEnd(devicePath.Address) is not { } length || length > total)
                continue;
            var candidate = new byte[length];
            Mem.CopyOut(devicePath.Address, candidate);
            if (!bytes.AsSpan(0, (int)length).SequenceEqual(candidate) || !EndsOnNode(bytes, length))
                continue;
            if (best is null || length > best.Value.Length)
                best = (handle, length);
        }
        return best is { } found ? (found.Handle, path + found.Length) : null;
    }

    private static bool EndsOnNode(byte[] path, uint length)
    {
        uint at = 0;
        while (at < length)
            at += BitConverter.ToUInt16(path, (int)at + 2);
        return at == length;
    }
}
