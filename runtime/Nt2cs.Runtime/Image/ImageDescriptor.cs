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

/// <summary>Helpers generated loaders call to lay down initial data.</summary>
public static class ImageData
{
    /// <summary>Copies initial bytes of a global to its address.</summary>
    public static void Put(uint address, ReadOnlySpan<byte> bytes) =>
        bytes.CopyTo(Mem.Bytes(address, (uint)bytes.Length, Access.Write));

    /// <summary>A relocation: the 32-bit address <paramref name="target"/> stored at <paramref name="address"/>.</summary>
    public static void Reloc(uint address, uint target) => Mem.RefW<uint>(address) = target;
}
