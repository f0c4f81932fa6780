using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>
/// EFI_BLOCK_IO_PROTOCOL (UEFI 2.10 §13.9), revision 3, on a whole disk or on one partition of it (a logical
/// partition: its blocks are the disk's from <see cref="FirstLba"/>). The structure and its EFI_BLOCK_IO_MEDIA
/// live in boot-services pool memory; the functions are this class's static methods with the prototypes' shapes.
/// </summary>
/// <remarks>
/// IA32 layouts: EFI_BLOCK_IO_PROTOCOL is Revision (UINT64) at 0, Media at 8, Reset 12, ReadBlocks 16,
/// WriteBlocks 20, FlushBlocks 24 (32 bytes); EFI_BLOCK_IO_MEDIA is MediaId 0, RemovableMedia 4, MediaPresent 5,
/// LogicalPartition 6, ReadOnly 7, WriteCaching 8, BlockSize 12, IoAlign 16, LastBlock 24, LowestAlignedLba 32,
/// LogicalBlocksPerPhysicalBlock 40, OptimalTransferLengthGranularity 44 (48 bytes).
/// </remarks>
public sealed class BlockIo : IMedia
{
    public const ulong Revision3 = 0x0002_001F;
    public const uint ProtocolSize = 32, MediaSize = 48;
    private const uint MediaOffset = 8, FunctionsOffset = 12;
    private const uint MediaLogicalPartition = 6, MediaWriteCaching = 8, MediaBlockSize = 12, MediaIoAlign = 16,
        MediaLastBlock = 24, MediaLogicalBlocksPerPhysical = 40, MediaPresent = 5;

    private readonly byte[] _scratch;

    public BlockIo(IFirmwareServices services, BlockDevice device, ulong firstLba, ulong blockCount, bool logicalPartition)
    {
        Device = device;
        FirstLba = firstLba;
        BlockCount = blockCount;
        LogicalPartition = logicalPartition;
        _scratch = new byte[device.MaxTransferBlocks * device.BlockSize];
        MediaAddress = services.AllocatePool(MediaSize);
        Mem.Write(MediaAddress + MediaPresent, (byte)1);
        Mem.Write(MediaAddress + MediaLogicalPartition, (byte)(logicalPartition ? 1 : 0));
        Mem.Write(MediaAddress + MediaWriteCaching, (byte)(device.WriteCaching ? 1 : 0));
        Mem.Write(MediaAddress + MediaBlockSize, device.BlockSize);
        Mem.Write(MediaAddress + MediaIoAlign, 0u);
        Mem.Write(MediaAddress + MediaLastBlock, LastBlock);
        if (!logicalPartition)
            Mem.Write(MediaAddress + MediaLogicalBlocksPerPhysical, 1u);
        Interface = services.AllocatePool(ProtocolSize);
        Mem.Write(Interface, Revision3);
        Mem.Write(Interface + MediaOffset, MediaAddress);
        ProtocolOwners.WriteFunctions(services, Interface + FunctionsOffset, typeof(BlockIo),
            nameof(Reset), nameof(ReadBlocks), nameof(WriteBlocks), nameof(FlushBlocks));
        ProtocolOwners.Add(Interface, this);
    }

    public BlockDevice Device { get; }
    public ulong FirstLba { get; }
    public ulong BlockCount { get; }
    public ulong LastBlock => BlockCount - 1;
    public uint BlockSize => Device.BlockSize;
    public bool LogicalPartition { get; }

    /// <summary>The EFI_BLOCK_IO_PROTOCOL structure's guest address.</summary>
    public uint Interface { get; }
    public uint MediaAddress { get; }

    /// <summary>The media's current MediaId (what the guest sees in the structure).</summary>
    public uint MediaId => Mem.Read<uint>(MediaAddress);

    /// <summary>Reads whole blocks from <paramref name="lba"/> into <paramref name="data"/> (the firmware's own callers).</summary>
    public void Read(ulong lba, Span<byte> data)
    {
        int blocks = Check(lba, data.Length);
        for (int done = 0; done < blocks;)
        {
            int chunk = Math.Min(blocks - done, Device.MaxTransferBlocks);
            Device.Read(FirstLba + lba + (ulong)done, chunk, data.Slice(done * (int)BlockSize, chunk * (int)BlockSize));
            done += chunk;
        }
    }

    public void Write(ulong lba, ReadOnlySpan<byte> data)
    {
        int blocks = Check(lba, data.Length);
        for (int done = 0; done < blocks;)
        {
            int chunk = Math.Min(blocks - done, Device.MaxTransferBlocks);
            Device.Write(FirstLba + lba + (ulong)done, chunk, data.Slice(done * (int)BlockSize, chunk * (int)BlockSize));
            done += chunk;
        }
    }

    private int Check(ulong lba, int bytes)
    {
        if (bytes % BlockSize != 0 || lba > LastBlock || (ulong)(bytes / BlockSize) > BlockCount - lba)
            throw new ArgumentOutOfRangeException(nameof(lba), $"{Device.Name}: {bytes} bytes at block {lba} are not whole blocks of the media");
        return bytes / (int)BlockSize;
    }

    /// <summary>The checks every ReadBlocks/WriteBlocks makes (§13.9): EFI_SUCCESS when the transfer may go ahead.</summary>
    private uint Validate(uint mediaId, ulong lba, uint bufferSize, uint buffer)
    {
        if (mediaId != MediaId)
            return EfiStatus.MediaChanged;
        if (bufferSize % BlockSize != 0)
            return EfiStatus.BadBufferSize;
        if (buffer == 0 || lba > LastBlock || bufferSize / BlockSize > BlockCount - lba)
            return EfiStatus.InvalidParameter;
        uint ioAlign = Mem.Read<uint>(MediaAddress + MediaIoAlign);
        if (ioAlign > 1 && buffer % ioAlign != 0)
            return EfiStatus.InvalidParameter;
        return EfiStatus.Success;
    }

    private uint Transfer(uint mediaId, ulong lba, uint bufferSize, uint buffer, bool write)
    {
        uint status = Validate(mediaId, lba, bufferSize, buffer);
        return status != EfiStatus.Success ? status : GuestTransfer.Move(this, Device, lba, BlockSize, buffer, bufferSize, _scratch, write);
    }

    // ---- EFI_BLOCK_IO_PROTOCOL functions ----

    /// <summary><c>EFI_STATUS Reset(EFI_BLOCK_IO_PROTOCOL *This, BOOLEAN ExtendedVerification)</c>.</summary>
    public static uint Reset(uint This, byte ExtendedVerification) =>
        ProtocolOwners.Find<BlockIo>(This) is { } self ? GuestTransfer.Control(self.Device, flush: false) : EfiStatus.InvalidParameter;

    /// <summary><c>EFI_STATUS ReadBlocks(EFI_BLOCK_IO_PROTOCOL *This, UINT32 MediaId, EFI_LBA Lba, UINTN BufferSize, VOID *Buffer)</c>.</summary>
    public static uint ReadBlocks(uint This, uint MediaId, ulong Lba, uint BufferSize, uint Buffer) =>
        ProtocolOwners.Find<BlockIo>(This) is { } self ? self.Transfer(MediaId, Lba, BufferSize, Buffer, write: false) : EfiStatus.InvalidParameter;

    /// <summary><c>EFI_STATUS WriteBlocks(EFI_BLOCK_IO_PROTOCOL *This, UINT32 MediaId, EFI_LBA Lba, UINTN BufferSize, VOID *Buffer)</c>.</summary>
    public static uint WriteBlocks(uint This, uint MediaId, ulong Lba, uint BufferSize, uint Buffer) =>
        ProtocolOwners.Find<BlockIo>(This) is { } self ? self.Transfer(MediaId, Lba, BufferSize, Buffer, write: true) : EfiStatus.InvalidParameter;

    /// <summary><c>EFI_STATUS FlushBlocks(EFI_BLOCK_IO_PROTOCOL *This)</c>.</summary>
    public static uint FlushBlocks(uint This) =>
        ProtocolOwners.Find<BlockIo>(This) is { } self ? GuestTransfer.Control(self.Device, flush: true) : EfiStatus.InvalidParameter;
}
