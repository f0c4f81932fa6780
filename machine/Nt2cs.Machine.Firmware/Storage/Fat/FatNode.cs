using System.Buffers.Binary;

namespace Nt2cs.Machine.Firmware.Storage.Fat;

/// <summary>
/// An open file or directory: the volume's root, or an entry of its parent directory (where its short entry and
/// long-name entries are, its first cluster, size and attributes as last written).
/// </summary>
public sealed class FatNode
{
    private FatNode(FatVolume volume, FatNode? parent, FatEntry? entry)
    {
        Volume = volume;
        Parent = parent;
        Entry = entry;
        if (entry is not null)
        {
            Raw = entry.Raw;
            FirstCluster = volume.FirstCluster(entry.Raw);
        }
    }

    public static FatNode Root(FatVolume volume) => new(volume, null, null);

    public static FatNode Child(FatNode parent, FatEntry entry) => new(parent.Volume, parent, entry);

    public FatVolume Volume { get; }
    public FatNode? Parent { get; }
    public FatEntry? Entry { get; private set; }
    public bool IsRoot => Parent is null;

    /// <summary>The short entry's bytes (an empty entry for the root, which has none).</summary>
    public byte[] Raw { get; private set; } = new byte[FatVolume.EntrySize];

    public uint FirstCluster { get; set; }
    public string Name => Entry?.Name ?? "";
    public bool IsDirectory => IsRoot || (Raw[11] & FatAttributes.Directory) != 0;
    public byte Attributes => IsRoot ? FatAttributes.Directory : Raw[11];

    public uint Size
    {
        get => IsDirectory ? 0 : BinaryPrimitives.ReadUInt32LittleEndian(Raw.AsSpan(28));
        set => BinaryPrimitives.WriteUInt32LittleEndian(Raw.AsSpan(28), value);
    }

    /// <summary>The reference the volume's directory functions take: the first cluster, or the root's.</summary>
    public uint Directory => IsRoot ? Volume.Root : FirstCluster;

    /// <summary>Writes the short entry back into the parent directory (after a size, cluster, attribute or time change).</summary>
    public void Save()
    {
        if (Parent is null || Entry is null)
            return;
        FatVolume.SetFirstCluster(Raw, FirstCluster);
        Volume.Update(Parent.Directory, Entry.Offset, Raw);
    }

    /// <summary>After a rename: the node now lives at <paramref name="entry"/>.</summary>
    public void MovedTo(FatEntry entry)
    {
        Entry = entry;
        Raw = entry.Raw;
    }
}
