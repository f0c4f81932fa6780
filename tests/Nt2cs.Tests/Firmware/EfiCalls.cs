using Nt2cs.Runtime;

namespace Nt2cs.Tests.Firmware;

/// <summary>
/// Calls into protocol structures as translated C does: the function pointer read from the structure and
/// resolved through the function table with the call site's shape (the prototypes' as translated C sees them).
/// </summary>
public static unsafe class EfiCalls
{
    private static nint At(uint structure, uint offset, string shape) => Fn.Resolve(new FnPtr(Mem.Read<uint>(structure + offset)), shape);

    // EFI_BLOCK_IO_PROTOCOL: Reset 12, ReadBlocks 16, WriteBlocks 20, FlushBlocks 24.
    public static uint BlockReset(uint bio, byte extended) =>
        ((delegate*<uint, byte, uint>)At(bio, 12, "i:iB"))(bio, extended);
    public static uint ReadBlocks(uint bio, uint mediaId, ulong lba, uint size, uint buffer) =>
        ((delegate*<uint, uint, ulong, uint, uint, uint>)At(bio, 16, "i:iilii"))(bio, mediaId, lba, size, buffer);
    public static uint WriteBlocks(uint bio, uint mediaId, ulong lba, uint size, uint buffer) =>
        ((delegate*<uint, uint, ulong, uint, uint, uint>)At(bio, 20, "i:iilii"))(bio, mediaId, lba, size, buffer);
    public static uint FlushBlocks(uint bio) => ((delegate*<uint, uint>)At(bio, 24, "i:i"))(bio);

    // EFI_DISK_IO_PROTOCOL: ReadDisk 8, WriteDisk 12.
    public static uint ReadDisk(uint dio, uint mediaId, ulong offset, uint size, uint buffer) =>
        ((delegate*<uint, uint, ulong, uint, uint, uint>)At(dio, 8, "i:iilii"))(dio, mediaId, offset, size, buffer);
    public static uint WriteDisk(uint dio, uint mediaId, ulong offset, uint size, uint buffer) =>
        ((delegate*<uint, uint, ulong, uint, uint, uint>)At(dio, 12, "i:iilii"))(dio, mediaId, offset, size, buffer);

    // EFI_SIMPLE_FILE_SYSTEM_PROTOCOL: OpenVolume 8.
    public static uint OpenVolume(uint sfs, uint root) => ((delegate*<uint, uint, uint>)At(sfs, 8, "i:ii"))(sfs, root);

    // EFI_FILE_PROTOCOL: Open 8, Close 12, Delete 16, Read 20, Write 24, GetPosition 28, SetPosition 32, GetInfo 36, SetInfo 40, Flush 44.
    public static uint Open(uint file, uint newHandle, uint name, ulong mode, ulong attributes) =>
        ((delegate*<uint, uint, uint, ulong, ulong, uint>)At(file, 8, "i:iiill"))(file, newHandle, name, mode, attributes);
    public static uint Close(uint file) => ((delegate*<uint, uint>)At(file, 12, "i:i"))(file);
    public static uint Delete(uint file) => ((delegate*<uint, uint>)At(file, 16, "i:i"))(file);
    public static uint Read(uint file, uint size, uint buffer) => ((delegate*<uint, uint, uint, uint>)At(file, 20, "i:iii"))(file, size, buffer);
    public static uint Write(uint file, uint size, uint buffer) => ((delegate*<uint, uint, uint, uint>)At(file, 24, "i:iii"))(file, size, buffer);
    public static uint GetPosition(uint file, uint position) => ((delegate*<uint, uint, uint>)At(file, 28, "i:ii"))(file, position);
    public static uint SetPosition(uint file, ulong position) => ((delegate*<uint, ulong, uint>)At(file, 32, "i:il"))(file, position);
    public static uint GetInfo(uint file, uint type, uint size, uint buffer) =>
        ((delegate*<uint, uint, uint, uint, uint>)At(file, 36, "i:iiii"))(file, type, size, buffer);
    public static uint SetInfo(uint file, uint type, uint size, uint buffer) =>
        ((delegate*<uint, uint, uint, uint, uint>)At(file, 40, "i:iiii"))(file, type, size, buffer);
    public static uint Flush(uint file) => ((delegate*<uint, uint>)At(file, 44, "i:i"))(file);
}
