using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>Media the firmware's own code reads and writes: Block I/O (the position in blocks) and Disk I/O (in bytes).</summary>
public interface IMedia
{
    void Read(ulong at, Span<byte> data);
    void Write(ulong at, ReadOnlySpan<byte> data);
}

/// <summary>
/// Moves a guest buffer to or from media a host buffer's worth at a time (the guest buffer reached page by page,
/// so it need not be physically contiguous), a device failure becoming EFI_DEVICE_ERROR and a log line.
/// </summary>
public static class GuestTransfer
{
    /// <param name="at">Where on the media the transfer starts, in <paramref name="unit"/>s.</param>
    public static uint Move(IMedia media, BlockDevice device, ulong at, uint unit, uint guest, uint size, byte[] buffer, bool write)
    {
        try
        {
            for (uint done = 0; done < size;)
            {
                var piece = buffer.AsSpan(0, (int)Math.Min(size - done, (uint)buffer.Length));
                if (write)
                {
                    Mem.CopyOut(guest + done, piece);
                    media.Write(at + done / unit, piece);
                }
                else
                {
                    media.Read(at + done / unit, piece);
                    Mem.CopyIn(guest + done, piece);
                }
                done += (uint)piece.Length;
            }
            return EfiStatus.Success;
        }
        catch (DeviceFailureException e)
        {
            device.Log(e.Message);
            return EfiStatus.DeviceError;
        }
    }

    /// <summary>Resets or flushes a device for its protocol function: EFI_DEVICE_ERROR and a log line when it fails.</summary>
    public static uint Control(BlockDevice device, bool flush)
    {
        try
        {
            if (flush)
                device.Flush();
            else
                device.Reset();
            return EfiStatus.Success;
        }
        catch (DeviceFailureException e)
        {
            device.Log(e.Message);
            return EfiStatus.DeviceError;
        }
    }
}
