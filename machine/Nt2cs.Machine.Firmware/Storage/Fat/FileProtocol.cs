using System.Buffers.Binary;
using System.Text;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware.Storage.Fat;

/// <summary>
/// EFI_FILE_PROTOCOL (UEFI 2.10 §13.5), revision 1, on a FAT volume: one instance per open handle, the structure
/// in boot-services pool memory, the functions this class's static methods with the prototypes' calling shapes.
/// IA32 layout: Revision (UINT64) at 0, then Open, Close, Delete, Read, Write, GetPosition, SetPosition, GetInfo,
/// SetInfo, Flush from 8, four bytes apart; the revision 2 functions' four pointers after them stay null (64 bytes).
/// </summary>
public sealed class FileProtocol
{
    public const ulong Revision = 0x0001_0000;
    public const uint ProtocolSize = 64;

    public const ulong ModeRead = 0x1, ModeWrite = 0x2, ModeCreate = 0x8000_0000_0000_0000;
    public const ulong ValidAttributes = 0x37;
    public const ulong EndOfFile = ulong.MaxValue;

    /// <summary>SIZE_OF_EFI_FILE_INFO (the FileName field's offset) and SIZE_OF_EFI_FILE_SYSTEM_INFO.</summary>
    public const int FileInfoSize = 80, FileSystemInfoSize = 36;
    private const int MaxPath = 4096;

    private readonly IFirmwareServices _services;
    private readonly SimpleFileSystem _fileSystem;
    private ulong _position;

    private FileProtocol(IFirmwareServices services, SimpleFileSystem fileSystem, FatNode node, bool writable)
    {
        _services = services;
        _fileSystem = fileSystem;
        Node = node;
        Writable = writable;
        Interface = services.AllocatePool(ProtocolSize);
        Mem.Write(Interface, Revision);
        ProtocolOwners.WriteFunctions(services, Interface + 8, typeof(FileProtocol), nameof(Open), nameof(Close), nameof(Delete),
            nameof(Read), nameof(Write), nameof(GetPosition), nameof(SetPosition), nameof(GetInfo), nameof(SetInfo), nameof(Flush));
        ProtocolOwners.Add(Interface, this);
        fileSystem.OpenHandles++;
    }

    /// <summary>A new handle on the volume's root directory (OpenVolume).</summary>
    public static FileProtocol OpenRoot(IFirmwareServices services, SimpleFileSystem fileSystem, FatVolume volume) =>
        new(services, fileSystem, FatNode.Root(volume), writable: true);

    public FatNode Node { get; }
    public bool Writable { get; }
    public uint Interface { get; }
    private FatVolume Volume => Node.Volume;

    private void Release()
    {
        ProtocolOwners.Remove(Interface);
        _fileSystem.OpenHandles--;
    }

    /// <summary>Runs a protocol function on <paramref name="This"/>'s handle, turning the volume's and the device's failures into statuses.</summary>
    private static uint Call(uint This, Func<FileProtocol, uint> body)
    {
        if (ProtocolOwners.Find<FileProtocol>(This) is not { } self)
            return EfiStatus.InvalidParameter;
        try
        {
            return body(self);
        }
        catch (FatCorruptException e)
        {
            return self.Fail(EfiStatus.VolumeCorrupted, e.Message);
        }
        catch (FatVolumeFullException e)
        {
            return self.Fail(EfiStatus.VolumeFull, e.Message);
        }
        catch (DeviceFailureException e)
        {
            return self.Fail(EfiStatus.DeviceError, e.Message);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // Sizes and offsets read from a damaged volume that no check above caught.
            return self.Fail(EfiStatus.VolumeCorrupted, e.Message);
        }
    }

    private uint Fail(uint status, string why)
    {
        _fileSystem.Disk.Blocks.Device.Log($"FAT on {_fileSystem.Disk.Blocks.Device.Name}: {why} ({EfiStatus.Name(status)})");
        return status;
    }

    /// <summary>A NUL-terminated CHAR16 string from guest memory; null when it runs past <see cref="MaxPath"/> characters.</summary>
    public static string? ReadString(uint address, int maxChars = MaxPath)
    {
        var name = new StringBuilder();
        for (int i = 0; i < maxChars; i++)
        {
            char c = (char)Mem.Read<ushort>(address + (uint)(2 * i));
            if (c == '\0')
                return name.ToString();
            name.Append(c);
        }
        return null;
    }

    // ---- Open ----

    /// <summary><c>EFI_STATUS Open(EFI_FILE_PROTOCOL *This, EFI_FILE_PROTOCOL **NewHandle, CHAR16 *FileName, UINT64 OpenMode, UINT64 Attributes)</c>.</summary>
    public static uint Open(uint This, uint NewHandle, uint FileName, ulong OpenMode, ulong Attributes) =>
        Call(This, self => self.DoOpen(NewHandle, FileName, OpenMode, Attributes));

    private uint DoOpen(uint newHandle, uint fileName, ulong mode, ulong attributes)
    {
        if (newHandle == 0 || fileName == 0)
            return EfiStatus.InvalidParameter;
        if (mode != ModeRead && mode != (ModeRead | ModeWrite) && mode != (ModeRead | ModeWrite | ModeCreate))
            return EfiStatus.InvalidParameter;
        bool create = (mode & ModeCreate) != 0;
        if (create && (attributes & ~ValidAttributes) != 0)
            return EfiStatus.InvalidParameter;
        if (ReadString(fileName) is not { } path)
            return EfiStatus.InvalidParameter;

        FatNode node = path.StartsWith('\\') ? FatNode.Root(Volume) : Node.IsDirectory ? Node : Node.Parent!;
        var parts = path.Split('\\', StringSplitOptions.RemoveEmptyEntries);
        bool created = false;
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            if (part == ".")
                continue;
            if (part == "..")
            {
                if (node.Parent is null)
                    return EfiStatus.NotFound;
                node = node.Parent;
                continue;
            }
            if (!node.IsDirectory)
                return EfiStatus.NotFound;
            var entry = Volume.Find(node.Directory, part);
            if (entry is null)
            {
                if (!create || i != parts.Length - 1)
                    return EfiStatus.NotFound;
                if (!FatNames.IsValidLongName(part))
                    return EfiStatus.InvalidParameter;
                entry = CreateEntry(node, part, (byte)attributes);
                created = true;
            }
            node = FatNode.Child(node, entry);
        }
        // A read-only file opens for writing only as it is created (so its creator can fill it).
        bool writable = (mode & ModeWrite) != 0;
        if (writable && !created && (node.Attributes & FatAttributes.ReadOnly) != 0)
            return EfiStatus.AccessDenied;
        // The chain must hold the file (a loop or an early end is found here, not halfway through a read).
        long clusters = Volume.Chain(node.Directory).Count;
        if (!node.IsDirectory && clusters * Volume.ClusterBytes < node.Size)
            throw new FatCorruptException($"{path}: {node.Size} bytes in a chain of {clusters} clusters");
        var handle = new FileProtocol(_services, _fileSystem, node, writable);
        Mem.Write(newHandle, handle.Interface);
        return EfiStatus.Success;
    }

    /// <summary>A new empty file, or a directory with its "." and ".." entries (fatgen103 "FAT Directory Structure").</summary>
    private FatEntry CreateEntry(FatNode parent, string name, byte attributes)
    {
        uint cluster = 0;
        if ((attributes & FatAttributes.Directory) != 0)
        {
            cluster = Volume.Allocate(0);
            var dots = new byte[2 * FatVolume.EntrySize];
            for (int i = 0; i < 2; i++)
            {
                var raw = dots.AsSpan(i * FatVolume.EntrySize, FatVolume.EntrySize);
                raw[..11].Fill((byte)' ');
                raw[0] = (byte)'.';
                if (i == 1)
                    raw[1] = (byte)'.';
                raw[11] = FatAttributes.Directory;
                FatVolume.Stamp(raw, Volume.Now, creation: true);
                // ".." of a directory in the root names cluster 0 (fatgen103), even on FAT32.
                FatVolume.SetFirstCluster(raw, i == 0 ? cluster : parent.IsRoot ? 0 : parent.FirstCluster);
            }
            Volume.WriteChain(cluster, 0, dots);
        }
        else
        {
            attributes |= FatAttributes.Archive;
        }
        var entry = Volume.Add(parent.Directory, name, attributes, cluster, 0);
        Volume.Commit();
        return entry;
    }

    // ---- Close, Delete, Flush ----

    /// <summary><c>EFI_STATUS Close(EFI_FILE_PROTOCOL *This)</c>.</summary>
    public static uint Close(uint This) => Call(This, self =>
    {
        self.Release();
        return EfiStatus.Success;
    });

    /// <summary><c>EFI_STATUS Delete(EFI_FILE_PROTOCOL *This)</c>: closes the handle; EFI_WARN_DELETE_FAILURE when the file stays.</summary>
    public static uint Delete(uint This) => Call(This, self =>
    {
        self.Release();
        var node = self.Node;
        if (node.IsRoot || !self.Writable || node.Entry is null)
            return EfiStatus.WarnDeleteFailure;
        if (node.IsDirectory && self.Volume.List(node.Directory).Any(e => !e.IsDot))
            return EfiStatus.WarnDeleteFailure;
        self.Volume.Remove(node.Parent!.Directory, node.Entry);
        if (node.FirstCluster != 0)
            self.Volume.Free(node.FirstCluster);
        self.Volume.Commit();
        return EfiStatus.Success;
    });

    /// <summary><c>EFI_STATUS Flush(EFI_FILE_PROTOCOL *This)</c>.</summary>
    public static uint Flush(uint This) => Call(This, self =>
    {
        if (!self.Writable)
            return EfiStatus.AccessDenied;
        self.Volume.Commit();
        self.Volume.FlushDevice();
        return EfiStatus.Success;
    });

    // ---- Read, Write, positions ----

    /// <summary><c>EFI_STATUS Read(EFI_FILE_PROTOCOL *This, UINTN *BufferSize, VOID *Buffer)</c>: file bytes, or a directory's next EFI_FILE_INFO.</summary>
    public static uint Read(uint This, uint BufferSize, uint Buffer) => Call(This, self =>
    {
        if (BufferSize == 0)
            return EfiStatus.InvalidParameter;
        uint size = Mem.Read<uint>(BufferSize);
        if (size != 0 && Buffer == 0)
            return EfiStatus.InvalidParameter;
        var node = self.Node;
        if (node.IsDirectory)
        {
            var entries = self.Volume.List(node.Directory);
            if (self._position >= (ulong)entries.Count)
            {
                Mem.Write(BufferSize, 0u);
                return EfiStatus.Success;
            }
            var info = self.FileInfo(FatNode.Child(node, entries[(int)self._position]));
            Mem.Write(BufferSize, (uint)info.Length);
            if (size < info.Length)
                return EfiStatus.BufferTooSmall;
            Mem.CopyIn(Buffer, info);
            self._position++;
            return EfiStatus.Success;
        }
        if (self._position > node.Size)
            return EfiStatus.DeviceError;
        uint count = (uint)Math.Min(size, node.Size - self._position);
        var data = new byte[count];
        if (count > 0)
            self.Volume.ReadChain(node.FirstCluster, (long)self._position, data);
        Mem.CopyIn(Buffer, data);
        Mem.Write(BufferSize, count);
        self._position += count;
        return EfiStatus.Success;
    });

    /// <summary><c>EFI_STATUS Write(EFI_FILE_PROTOCOL *This, UINTN *BufferSize, VOID *Buffer)</c>.</summary>
    public static uint Write(uint This, uint BufferSize, uint Buffer) => Call(This, self =>
    {
        if (BufferSize == 0)
            return EfiStatus.InvalidParameter;
        uint size = Mem.Read<uint>(BufferSize);
        if (size != 0 && Buffer == 0)
            return EfiStatus.InvalidParameter;
        if (self.Node.IsDirectory)
            return EfiStatus.Unsupported;
        if (!self.Writable)
            return EfiStatus.AccessDenied;
        var data = new byte[size];
        Mem.CopyOut(Buffer, data);
        if (self._position + size > uint.MaxValue)
        {
            Mem.Write(BufferSize, 0u);
            return EfiStatus.VolumeFull;
        }
        self.WriteAt(self._position, data);
        self._position += size;
        return EfiStatus.Success;
    });

    /// <summary>Writes <paramref name="data"/> at <paramref name="position"/>, growing the chain and zero-filling any gap past the end.</summary>
    private void WriteAt(ulong position, ReadOnlySpan<byte> data)
    {
        var node = Node;
        uint oldSize = node.Size;
        ulong end = position + (ulong)data.Length;
        Reserve(end);
        if (position > oldSize)
            Volume.WriteChain(node.FirstCluster, oldSize, new byte[position - oldSize]);
        if (data.Length > 0)
            Volume.WriteChain(node.FirstCluster, (long)position, data);
        node.Size = (uint)Math.Max(end, oldSize);
        node.Raw[11] |= FatAttributes.Archive;
        FatVolume.Stamp(node.Raw, Volume.Now, creation: false);
        node.Save();
        Volume.Commit();
    }

    /// <summary>Makes the chain long enough for <paramref name="bytes"/>; on a full volume gives back what it took.</summary>
    private void Reserve(ulong bytes)
    {
        var node = Node;
        int needed = (int)((bytes + (ulong)Volume.ClusterBytes - 1) / (ulong)Volume.ClusterBytes);
        var chain = Volume.Chain(node.FirstCluster);
        int had = chain.Count;
        uint last = had > 0 ? chain[^1] : 0;
        try
        {
            for (int i = had; i < needed; i++)
            {
                last = Volume.Allocate(last);
                if (node.FirstCluster == 0)
                    node.FirstCluster = last;
            }
        }
        catch (FatVolumeFullException)
        {
            if (had == 0 && node.FirstCluster != 0)
            {
                Volume.Free(node.FirstCluster);
                node.FirstCluster = 0;
            }
            else if (had > 0)
            {
                Volume.Truncate(node.FirstCluster, had);
            }
            Volume.Commit();
            throw;
        }
    }

    /// <summary>Sets the size: truncation frees clusters, growth zero-fills.</summary>
    private void Resize(uint size)
    {
        var node = Node;
        if (size > node.Size)
        {
            WriteAt(size, ReadOnlySpan<byte>.Empty);
            return;
        }
        int keep = (int)((size + (ulong)Volume.ClusterBytes - 1) / (ulong)Volume.ClusterBytes);
        if (keep == 0 && node.FirstCluster != 0)
        {
            Volume.Free(node.FirstCluster);
            node.FirstCluster = 0;
        }
        else if (node.FirstCluster != 0)
        {
            Volume.Truncate(node.FirstCluster, keep);
        }
        node.Size = size;
    }

    /// <summary><c>EFI_STATUS GetPosition(EFI_FILE_PROTOCOL *This, UINT64 *Position)</c>.</summary>
    public static uint GetPosition(uint This, uint Position) => Call(This, self =>
    {
        if (Position == 0)
            return EfiStatus.InvalidParameter;
        if (self.Node.IsDirectory)
            return EfiStatus.Unsupported;
        Mem.Write(Position, self._position);
        return EfiStatus.Success;
    });

    /// <summary><c>EFI_STATUS SetPosition(EFI_FILE_PROTOCOL *This, UINT64 Position)</c>: 0xFFFFFFFFFFFFFFFF is the end of the file; a directory only rewinds.</summary>
    public static uint SetPosition(uint This, ulong Position) => Call(This, self =>
    {
        if (self.Node.IsDirectory)
        {
            if (Position != 0)
                return EfiStatus.Unsupported;
            self._position = 0;
            return EfiStatus.Success;
        }
        self._position = Position == EndOfFile ? self.Node.Size : Position;
        return EfiStatus.Success;
    });

    // ---- GetInfo, SetInfo ----

    /// <summary><c>EFI_STATUS GetInfo(EFI_FILE_PROTOCOL *This, EFI_GUID *InformationType, UINTN *BufferSize, VOID *Buffer)</c>.</summary>
    public static uint GetInfo(uint This, uint InformationType, uint BufferSize, uint Buffer) => Call(This, self =>
    {
        if (InformationType == 0 || BufferSize == 0)
            return EfiStatus.InvalidParameter;
        var type = ReadGuid(InformationType);
        byte[] info;
        if (type == StorageGuids.FileInfo)
            info = self.FileInfo(self.Node);
        else if (type == StorageGuids.FileSystemInfo)
            info = self.FileSystemInfo();
        else if (type == StorageGuids.FileSystemVolumeLabel)
            info = Utf16(self.Volume.Label);
        else
            return EfiStatus.Unsupported;
        uint size = Mem.Read<uint>(BufferSize);
        Mem.Write(BufferSize, (uint)info.Length);
        if (size < info.Length)
            return EfiStatus.BufferTooSmall;
        if (Buffer == 0)
            return EfiStatus.InvalidParameter;
        Mem.CopyIn(Buffer, info);
        return EfiStatus.Success;
    });

    /// <summary><c>EFI_STATUS SetInfo(EFI_FILE_PROTOCOL *This, EFI_GUID *InformationType, UINTN BufferSize, VOID *Buffer)</c>.</summary>
    public static uint SetInfo(uint This, uint InformationType, uint BufferSize, uint Buffer) => Call(This, self =>
    {
        if (InformationType == 0 || Buffer == 0)
            return EfiStatus.InvalidParameter;
        var type = ReadGuid(InformationType);
        if (type == StorageGuids.FileInfo)
            return self.SetFileInfo(BufferSize, Buffer);
        string? label;
        if (type == StorageGuids.FileSystemInfo)
        {
            if (BufferSize < FileSystemInfoSize + 2 || Mem.Read<ulong>(Buffer) > BufferSize)
                return EfiStatus.BadBufferSize;
            label = ReadString(Buffer + FileSystemInfoSize, (int)(BufferSize - FileSystemInfoSize) / 2);
        }
        else if (type == StorageGuids.FileSystemVolumeLabel)
        {
            label = ReadString(Buffer, (int)BufferSize / 2);
        }
        else
        {
            return EfiStatus.Unsupported;
        }
        if (label is null)
            return EfiStatus.BadBufferSize;
        if (!self.Writable)
            return EfiStatus.AccessDenied;
        if (label.Length > 11 || label.Any(c => c > 0x7E || c < 0x20 || "\"*+,./:;<=>?[\\]|".Contains(c)))
            return EfiStatus.InvalidParameter;
        self.Volume.SetLabel(label);
        return EfiStatus.Success;
    });

    private uint SetFileInfo(uint bufferSize, uint buffer)
    {
        if (bufferSize < FileInfoSize + 2)
            return EfiStatus.BadBufferSize;
        ulong size = Mem.Read<ulong>(buffer);
        if (size < FileInfoSize + 2 || size > bufferSize)
            return EfiStatus.BadBufferSize;
        if (ReadString(buffer + FileInfoSize, (int)(size - FileInfoSize) / 2) is not { } name)
            return EfiStatus.BadBufferSize;
        ulong fileSize = Mem.Read<ulong>(buffer + 8);
        ulong attributes = Mem.Read<ulong>(buffer + 72);
        if ((attributes & ~ValidAttributes) != 0)
            return EfiStatus.InvalidParameter;
        var node = Node;
        if (!Writable)
            return EfiStatus.AccessDenied;
        if (node.IsRoot)
            return name.Length == 0 || name == "\\" ? EfiStatus.Success : EfiStatus.AccessDenied;
        if (((byte)attributes & FatAttributes.Directory) != (node.Attributes & FatAttributes.Directory))
            return EfiStatus.AccessDenied;
        if (!node.IsDirectory && fileSize > uint.MaxValue)
            return EfiStatus.VolumeFull;

        if (name != node.Name)
        {
            if (name.Contains('\\') || !FatNames.IsValidLongName(name))
                return name.Contains('\\') ? EfiStatus.AccessDenied : EfiStatus.InvalidParameter;
            var clash = Volume.Find(node.Parent!.Directory, name);
            if (clash is not null && clash.Offset != node.Entry!.Offset)
                return EfiStatus.AccessDenied;
            var old = node.Entry!;
            var moved = Volume.Add(node.Parent.Directory, name, node.Raw[11], node.FirstCluster, node.Size);
            // The new entry keeps the file's times (not the old short name's case bits); the old one goes.
            node.Raw.AsSpan(13, 7).CopyTo(moved.Raw.AsSpan(13));
            node.Raw.AsSpan(22, 4).CopyTo(moved.Raw.AsSpan(22));
            Volume.Remove(node.Parent.Directory, old);
            node.MovedTo(moved);
        }
        if (!node.IsDirectory && fileSize != node.Size)
            Resize((uint)fileSize);
        node.Raw[11] = (byte)((node.Raw[11] & ~ValidAttributes) | (attributes & ValidAttributes));
        SetTime(buffer + 24, node.Raw, 14, 16, creation: true);
        SetTime(buffer + 40, node.Raw, -1, 18, creation: false);
        SetTime(buffer + 56, node.Raw, 22, 24, creation: false);
        node.Save();
        Volume.Commit();
        return EfiStatus.Success;
    }

    // ---- the information structures ----

    private static Guid ReadGuid(uint address)
    {
        Span<byte> bytes = stackalloc byte[16];
        Mem.CopyOut(address, bytes);
        return new Guid(bytes);
    }

    private static byte[] Utf16(string text) => Encoding.Unicode.GetBytes(text + "\0");

    /// <summary>EFI_FILE_INFO: Size 0, FileSize 8, PhysicalSize 16, CreateTime 24, LastAccessTime 40, ModificationTime 56, Attribute 72, FileName 80.</summary>
    private byte[] FileInfo(FatNode node)
    {
        var name = Utf16(node.Name);
        var info = new byte[FileInfoSize + name.Length];
        var s = info.AsSpan();
        BinaryPrimitives.WriteUInt64LittleEndian(s, (ulong)info.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(s[8..], node.Size);
        ulong clusters = node.FirstCluster == 0 && !node.IsRoot ? 0 : (ulong)Volume.Chain(node.Directory).Count;
        BinaryPrimitives.WriteUInt64LittleEndian(s[16..], clusters * (ulong)Volume.ClusterBytes);
        if (!node.IsRoot)
        {
            var raw = node.Raw;
            WriteTime(s[24..], FatVolume.Time(Le16(raw, 16), Le16(raw, 14), raw[13]));
            WriteTime(s[40..], FatVolume.Time(Le16(raw, 18), 0));
            WriteTime(s[56..], FatVolume.Time(Le16(raw, 24), Le16(raw, 22)));
        }
        BinaryPrimitives.WriteUInt64LittleEndian(s[72..], node.Attributes & ValidAttributes);
        name.CopyTo(s[FileInfoSize..]);
        return info;
    }

    /// <summary>EFI_FILE_SYSTEM_INFO: Size 0, ReadOnly 8, VolumeSize 16, FreeSpace 24, BlockSize 32, VolumeLabel 36.</summary>
    private byte[] FileSystemInfo()
    {
        var label = Utf16(Volume.Label);
        var info = new byte[FileSystemInfoSize + label.Length];
        var s = info.AsSpan();
        BinaryPrimitives.WriteUInt64LittleEndian(s, (ulong)info.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(s[16..], Volume.VolumeBytes);
        BinaryPrimitives.WriteUInt64LittleEndian(s[24..], (ulong)Volume.FreeClusters * (ulong)Volume.ClusterBytes);
        BinaryPrimitives.WriteUInt32LittleEndian(s[32..], (uint)Volume.ClusterBytes);
        label.CopyTo(s[FileSystemInfoSize..]);
        return info;
    }

    private static ushort Le16(byte[] raw, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(raw.AsSpan(offset));

    /// <summary>EFI_TIME (§8.3): Year 0, Month 2, Day 3, Hour 4, Minute 5, Second 6, Nanosecond 8, TimeZone 12 (unspecified), Daylight 14.</summary>
    private static void WriteTime(Span<byte> time, DateTime? value)
    {
        if (value is not { } t)
            return;
        BinaryPrimitives.WriteUInt16LittleEndian(time, (ushort)t.Year);
        time[2] = (byte)t.Month;
        time[3] = (byte)t.Day;
        time[4] = (byte)t.Hour;
        time[5] = (byte)t.Minute;
        time[6] = (byte)t.Second;
        BinaryPrimitives.WriteUInt32LittleEndian(time[8..], (uint)(t.Millisecond * 1_000_000));
        BinaryPrimitives.WriteInt16LittleEndian(time[12..], 0x07FF);
    }

    /// <summary>Takes an EFI_TIME from SetInfo into a directory entry's time (at <paramref name="timeOffset"/>, none if negative) and date; an all-zero time leaves them.</summary>
    private static void SetTime(uint address, byte[] raw, int timeOffset, int dateOffset, bool creation)
    {
        ushort year = Mem.Read<ushort>(address);
        if (year == 0)
            return;
        byte month = Mem.Read<byte>(address + 2), day = Mem.Read<byte>(address + 3);
        byte hour = Mem.Read<byte>(address + 4), minute = Mem.Read<byte>(address + 5), second = Mem.Read<byte>(address + 6);
        if (year < 1980 || year > 2107 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return;
        BinaryPrimitives.WriteUInt16LittleEndian(raw.AsSpan(dateOffset), (ushort)((year - 1980) << 9 | month << 5 | day));
        if (timeOffset >= 0)
            BinaryPrimitives.WriteUInt16LittleEndian(raw.AsSpan(timeOffset), (ushort)(hour << 11 | minute << 5 | second / 2));
        if (creation)
            raw[13] = (byte)(second % 2 * 100);
    }
}
