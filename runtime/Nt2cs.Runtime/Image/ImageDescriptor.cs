namespace Nt2cs.Runtime;

/// <summary>
/// What a translated image tells its loader: how much code address space and data it needs, how to place it at
/// the addresses the loader chose and then load it, what it imports from other images and exports to them, and
/// the function to call once it is bound (a program's <c>main</c>, a DLL's or driver's entry point).
/// </summary>
public sealed class ImageDescriptor
{
    public required string Name { get; init; }

    /// <summary>Bytes of code address space: one <see cref="Fn.Slot"/> per function.</summary>
    public required uint CodeSize { get; init; }

    /// <summary>Bytes of data: globals, statics and string literals.</summary>
    public required uint DataSize { get; init; }

    /// <summary>Tells the image its code and data bases; after this its exports' addresses are known.</summary>
    public required Action<uint, uint> Place { get; init; }

    /// <summary>Registers its functions and lays down its initial data (which may hold imports' addresses: bind them first).</summary>
    public required Action Load { get; init; }

    /// <summary>What the image imports, by image and name; the loader binds each.</summary>
    public IReadOnlyList<ImageImport> Imports { get; init; } = [];

    /// <summary>The address of what the image exports under a name, or null if it exports nothing of that name.</summary>
    public Func<string, uint?> Export { get; init; } = static _ => null;

    /// <summary>The code address of the image's entry point (DLLENTRY, DriverEntry), if it has one.</summary>
    public Func<uint>? Entry { get; init; }

    /// <summary><c>main(argc, argv)</c>, for a program.</summary>
    public Func<int, Ptr<Ptr<sbyte>>, int>? Main { get; init; }
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
        Func<int, Ptr<Ptr<sbyte>>, int>? main = null, IReadOnlyList<ImageImport>? imports = null,
        Func<string, uint?>? export = null, Func<uint>? entry = null)
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
            Imports = imports ?? [],
            Export = export ?? (static _ => null),
            Entry = entry,
            Place = (code, data) =>
            {
                uint dataOffset = 0;
                foreach (var unit in units)
                {
                    dataOffset = Align(dataOffset, unit.DataAlign);
                    unit.Place(code, data + dataOffset);
                    code += unit.CodeSize;
                    dataOffset += unit.DataSize;
                }
            },
            Load = () =>
            {
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
    /// <summary>Copies initial bytes of a global to its address (a page at a time: a mapped image's pages need not be contiguous).</summary>
    public static void Put(uint address, ReadOnlySpan<byte> bytes) => Mem.CopyIn(address, bytes);

    /// <summary>A relocation: the 32-bit address <paramref name="target"/> stored at <paramref name="address"/>.</summary>
    public static void Reloc(uint address, uint target) => Mem.RefW<uint>(address) = target;
}
