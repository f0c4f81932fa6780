using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>
/// EFI_DISK_IO_PROTOCOL (UEFI 2.10 §13.7) over a Block I/O: reads and writes at byte offsets, whole blocks
/// moved through a buffer and partial ones read, patched and written back. The FAT driver uses the same
/// <see cref="Read"/>/<see cref="Write"/>. IA32 layout: Revision (UINT64) at 0, ReadDisk 8, WriteDisk 12 (16 bytes).
/// </summary>
public sealed class DiskIo : IMedia
{
    public const ulong Revision = 0x0001_0000;
    public const uint ProtocolSize = 16;

    private readonly byte[] _scratch, _transfer;

    public DiskIo(IFirmwareServices services, BlockIo blocks)
    {
        Blocks = blocks;
        _scratch = new byte[blocks.Device.MaxTransferBlocks * blocks.BlockSize];
        _transfer = new byte[_scratch.Length];
        Interface = services.AllocatePool(ProtocolSize);
        Mem.Write(Interface, Revision);
        ProtocolOwners.WriteFunctions(services, Interface + 8, typeof(DiskIo), nameof(ReadDisk), nameof(WriteDisk));
        ProtocolOwners.Add(Interface, this);
    }

    public BlockIo Blocks { get; }
    public uint Interface { get; }

    /// <summary>The media's size in bytes.</summary>
    public ulong Size => Blocks.BlockCount * Blocks.BlockSize;

    public void Read(ulong offset, Span<byte> data) => Move(offset, data, default, write: false);

    public void Write(ulong offset, ReadOnlySpan<byte> data) => Move(offset, default, data, write: true);

    private void Move(ulong offset, Span<byte> into, ReadOnlySpan<byte> from, bool write)
    {
        int length = write ? from.Length : into.Length;
        if (offset > Size || (ulong)length > Size - offset)
            throw new ArgumentOutOfRangeException(nameof(offset), $"{Blocks.Device.Name}: {length} bytes at offset {offset} lie beyond the media");
        uint blockSize = Blocks.BlockSize;
        for (int done = 0; done < length;)
        {
            ulong at = offset + (ulong)done;
            ulong lba = at / blockSize;
            int skip = (int)(at % blockSize);
            int span = Math.Min(length - done, _scratch.Length - skip);
            int bytes = (int)((skip + span + blockSize - 1) / blockSize * blockSize);
            var buffer = _scratch.AsSpan(0, bytes);
            if (!write || skip != 0 || span != bytes)
                Blocks.Read(lba, buffer);
            if (write)
            {
                from.Slice(done, span).CopyTo(buffer[skip..]);
                Blocks.Write(lba, buffer);
            }
            else
            {
                buffer.Slice(skip, span).CopyTo(into[done..]);
            }
            done += span;
        }
    }

    private uint Guest(uint mediaId, ulong offset, uint bufferSize, uint buffer, bool write)
    {
        if (mediaId != Blocks.MediaId)
            return EfiStatus.MediaChanged;
        if (offset > Size || bufferSize > Size - offset || (buffer == 0 && bufferSize != 0))
            return EfiStatus.InvalidParameter;
        return GuestTransfer.Move(this, Blocks.Device, offset, 1, buffer, bufferSize, _transfer, write);
    }

    /// <summary><c>EFI_STATUS ReadDisk(EFI_DISK_IO_PROTOCOL *This, UINT32 MediaId, UINT64 Offset, UINTN BufferSize, VOID *Buffer)</c>.</summary>
    public static uint ReadDisk(uint This, uint MediaId, ulong Offset, uint BufferSize, uint Buffer) =>
        ProtocolOwners.Find<DiskIo>(This) is { } self ? self.Guest(MediaId, Offset, BufferSize, Buffer, write: false) : EfiStatus.InvalidParameter;

    /// <summary><c>EFI_STATUS WriteDisk(EFI_DISK_IO_PROTOCOL *This, UINT32 MediaId, UINT64 Offset, UINTN BufferSize, VOID *Buffer)</c>.</summary>
    public static uint WriteDisk(uint This, uint MediaId, ulong Offset, uint BufferSize, uint Buffer) =>
        ProtocolOwners.Find<DiskIo>(This) is { } self ? self.Guest(MediaId, Offset, BufferSize, Buffer, write: true) : EfiStatus.InvalidParameter;
}
