namespace Nt2cs.Runtime;

/// <summary>
/// What a translated image tells its loader: how much code address space and data it needs, how to bind it to
/// the addresses the loader chose, and (for a program) its <c>main</c>.
/// </summary>
public sealed class ImageDescriptor
{
    public required string Name { get; init; }

    /// <summary>Bytes of code address space: one <see cref="Fn.Slot"/> per function.</summary>
    public required uint CodeSize { get; init; }

    /// <summary>Bytes of data: globals, statics and string literals.</summary>
    public required uint DataSize { get; init; }

    /// <summary>Binds the image to its code and data bases: registers functions, writes initial data.</summary>
    public required Action<uint, uint> Load { get; init; }

    /// <summary><c>main(argc, argv)</c>, for a program.</summary>
    public Func<int, Ptr<Ptr<sbyte>>, int>? Main { get; init; }

    /// <summary>The images this one links against; they are loaded before it.</summary>
    public IReadOnlyList<ImageDescriptor> Dependencies { get; init; } = [];

    /// <summary>
    /// Where a loader puts this image and its libraries from <paramref name="base"/>: one after the other,
    /// dependencies first, each its code slots then its data; <paramref name="end"/> is the first free address.
    /// </summary>
    public List<(ImageDescriptor Image, uint Code, uint Data)> Place(uint @base, uint imageAlignment, out uint end)
    {
        var placement = new List<(ImageDescriptor Image, uint Code, uint Data)>();
        uint next = @base;
        foreach (var loaded in LoadOrder())
        {
            uint data = next + Align(Math.Max(loaded.CodeSize, Fn.Slot), 0x1000);
            placement.Add((loaded, next, data));
            next = Align(data + loaded.DataSize, imageAlignment);
        }
        end = next;
        return placement;
    }

    private static uint Align(uint value, uint alignment) => (value + alignment - 1) & ~(alignment - 1);

    /// <summary>This image and everything it links against, each once, dependencies first.</summary>
    public IEnumerable<ImageDescriptor> LoadOrder()
    {
        var seen = new HashSet<ImageDescriptor>(ReferenceEqualityComparer.Instance);
        var order = new List<ImageDescriptor>();
        void Visit(ImageDescriptor image)
        {
            if (!seen.Add(image))
                return;
            foreach (var dependency in image.Dependencies)
                Visit(dependency);
            order.Add(image);
        }
        Visit(this);
        return order;
    }
}

/// <summary>
/// One translation unit of an image: its own block of code slots and of data (with the alignment its objects need),
/// how to tell it where the loader put them, and how to load it (register its functions, lay down its data).
/// </summary>
public sealed record ImageUnit(uint CodeSize, uint DataSize, uint DataAlign, Action<uint, uint> Place, Action Load);

/// <summary>Builds descriptors of images made of units.</summary>
public static class Images
{
    /// <summary>
    /// An image whose units the loader places one after another (code slots, then data blocks each at its
    /// alignment from a page-aligned start) and then loads, after every unit knows where it is, since one unit's
    /// initial data may hold another's addresses.
    /// </summary>
    public static ImageDescriptor Of(string name, IReadOnlyList<ImageUnit> units,
        Func<int, Ptr<Ptr<sbyte>>, int>? main = null, IReadOnlyList<ImageDescriptor>? dependencies = null)
    {
        uint codeSize = 0, dataSize = 0;
        foreach (var unit in units)
        {
            codeSize += unit.CodeSize;
            dataSize = Align(dataSize, unit.DataAlign) + unit.DataSize;
        }
        return new ImageDescriptor
        {
            Name = name,
            CodeSize = codeSize,
            DataSize = Align(dataSize, 16),
            Main = main,
            Dependencies = dependencies ?? [],
            Load = (code, data) =>
            {
                uint dataOffset = 0;
                foreach (var unit in units)
                {
                    dataOffset = Align(dataOffset, unit.DataAlign);
                    unit.Place(code, data + dataOffset);
                    code += unit.CodeSize;
                    dataOffset += unit.DataSize;
                }
                foreach (var unit in units)
                    unit.Load();
            },
        };
    }

    private static uint Align(uint value, uint alignment) => (value + alignment - 1) / alignment * alignment;
}

/// <summary>Helpers generated loaders call to lay down initial data.</summary>
public static class ImageData
{
    /// <summary>Copies initial bytes of a global to its address.</summary>
    public static void Put(uint address, ReadOnlySpan<byte> bytes) =>
        bytes.CopyTo(Mem.Bytes(address, (uint)bytes.Length, Access.Write));

    /// <summary>A relocation: the 32-bit address <paramref name="target"/> stored at <paramref name="address"/>.</summary>
    public static void Reloc(uint address, uint target) => Mem.RefW<uint>(address) = target;
}
