using System.Buffers.Binary;
using System.Text;
using Nt2cs.Machine.Firmware;
using Nt2cs.Machine.Firmware.Storage;
using Nt2cs.Runtime;
using Xunit;

namespace Nt2cs.Tests.Firmware;

/// <summary>A test's side of the File protocol: guest strings and buffers, and the common call sequences (open, read all, write all, info).</summary>
public sealed class FileCalls(StorageBench bench)
{
    public const ulong Read = 1, ReadWrite = 3, Create = 0x8000_0000_0000_0003;

    private readonly uint _scratch = bench.Buffer(1 << 20);
    private readonly uint _cell = bench.Buffer(64);
    private readonly uint _guids = bench.Buffer(64);

    public uint OpenVolume(StoragePartition partition)
    {
        Assert.NotNull(partition.FileSystem);
        Assert.Equal(EfiStatus.Success, EfiCalls.OpenVolume(partition.FileSystem!.Interface, _cell));
        return Mem.Read<uint>(_cell);
    }

    /// <summary>Open's status, and the new handle when it succeeded.</summary>
    public (uint Status, uint Handle) Open(uint from, string name, ulong mode, ulong attributes = 0)
    {
        var text = Encoding.Unicode.GetBytes(name + "\0");
        Mem.CopyIn(_scratch, text);
        Mem.Write(_cell, 0u);
        uint status = EfiCalls.Open(from, _cell, _scratch, mode, attributes);
        return (status, Mem.Read<uint>(_cell));
    }

    public uint OpenOk(uint from, string name, ulong mode, ulong attributes = 0)
    {
        var (status, handle) = Open(from, name, mode, attributes);
        Assert.True(status == EfiStatus.Success, $"Open {name}: {EfiStatus.Name(status)}");
        return handle;
    }

    /// <summary>Reads to the end in pieces of <paramref name="piece"/> bytes.</summary>
    public byte[] ReadAll(uint file, int piece = 65536)
    {
        var all = new List<byte>();
        var bytes = new byte[piece];
        while (true)
        {
            Mem.Write(_cell, (uint)piece);
            Assert.Equal(EfiStatus.Success, EfiCalls.Read(file, _cell, _scratch));
            uint got = Mem.Read<uint>(_cell);
            if (got == 0)
                return [.. all];
            Mem.CopyOut(_scratch, bytes.AsSpan(0, (int)got));
            all.AddRange(bytes.AsSpan(0, (int)got));
        }
    }

    public void WriteAll(uint file, byte[] data, int piece = 3000)
    {
        for (int done = 0; done < data.Length; done += piece)
        {
            int n = Math.Min(piece, data.Length - done);
            Mem.CopyIn(_scratch, data.AsSpan(done, n));
            Mem.Write(_cell, (uint)n);
            uint status = EfiCalls.Write(file, _cell, _scratch);
            Assert.True(status == EfiStatus.Success, $"Write: {EfiStatus.Name(status)}");
            Assert.Equal((uint)n, Mem.Read<uint>(_cell));
        }
    }

    /// <summary>The names a directory handle's Read returns, from its start, in order.</summary>
    public List<(string Name, ulong Size, ulong Attribute)> List(uint directory)
    {
        Assert.Equal(EfiStatus.Success, EfiCalls.SetPosition(directory, 0));
        var names = new List<(string, ulong, ulong)>();
        while (true)
        {
            Mem.Write(_cell, 10u);
            uint status = EfiCalls.Read(directory, _cell, _scratch);
            uint needed = Mem.Read<uint>(_cell);
            if (status == EfiStatus.Success && needed == 0)
                return names;
            Assert.Equal(EfiStatus.BufferTooSmall, status);
            Mem.Write(_cell, needed);
            Assert.Equal(EfiStatus.Success, EfiCalls.Read(directory, _cell, _scratch));
            var info = Info(needed);
            names.Add((Name(info, 80), BinaryPrimitives.ReadUInt64LittleEndian(info.AsSpan(8)), BinaryPrimitives.ReadUInt64LittleEndian(info.AsSpan(72))));
        }
    }

    private byte[] Info(uint size)
    {
        var info = new byte[size];
        Mem.CopyOut(_scratch, info);
        return info;
    }

    public static string Name(byte[] info, int offset)
    {
        var text = Encoding.Unicode.GetString(info, offset, info.Length - offset);
        return text[..text.IndexOf('\0')];
    }

    /// <summary>GetInfo of <paramref name="type"/>: asks with size 0 first (EFI_BUFFER_TOO_SMALL and the size), then with that.</summary>
    public byte[] GetInfo(uint file, Guid type)
    {
        Mem.CopyIn(_guids, type.ToByteArray());
        Mem.Write(_cell, 0u);
        Assert.Equal(EfiStatus.BufferTooSmall, EfiCalls.GetInfo(file, _guids, _cell, _scratch));
        uint size = Mem.Read<uint>(_cell);
        Assert.Equal(EfiStatus.Success, EfiCalls.GetInfo(file, _guids, _cell, _scratch));
        var info = Info(size);
        if (type != StorageGuids.FileSystemVolumeLabel)
            Assert.Equal(size, BinaryPrimitives.ReadUInt64LittleEndian(info));   // the Size field
        return info;
    }

    public uint SetInfo(uint file, Guid type, byte[] info)
    {
        Mem.CopyIn(_guids, type.ToByteArray());
        Mem.CopyIn(_scratch, info);
        return EfiCalls.SetInfo(file, _guids, (uint)info.Length, _scratch);
    }

    /// <summary>An EFI_FILE_INFO with <paramref name="info"/>'s fields but another name and size.</summary>
    public static byte[] WithNameAndSize(byte[] info, string name, ulong size)
    {
        var text = Encoding.Unicode.GetBytes(name + "\0");
        var copy = new byte[80 + text.Length];
        info.AsSpan(0, 80).CopyTo(copy);
        text.CopyTo(copy, 80);
        BinaryPrimitives.WriteUInt64LittleEndian(copy, (ulong)copy.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(copy.AsSpan(8), size);
        return copy;
    }
}
