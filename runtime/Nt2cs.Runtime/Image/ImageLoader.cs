namespace Nt2cs.Runtime;

/// <summary>An image where the loader put it: its code slots from <see cref="Code"/>, its data from <see cref="Data"/>.</summary>
public sealed record LoadedImage(ImageDescriptor Image, uint Code, uint Data);

/// <summary>A load failed: an image that cannot be found, or an import its exporter lacks or exports as something else.</summary>
public sealed class ImageLoadException(string message) : Exception(message);

/// <summary>
/// Loads translated images the way NT's loader does: an image and every image it imports from (found by name),
/// each placed at its own addresses, then bound: every import gets the address its exporter's export table gives
/// for its name, every imported function also the entry point behind that address, checked against the calling
/// shape the importer declares. Images may import from each other in a cycle: all are placed before any is bound,
/// and all are loaded before any entry point is resolved. A failure names both images and the import.
/// </summary>
public static class ImageLoader
{
    /// <summary>
    /// <paramref name="root"/> and the images it imports from, transitively, each once: the root first, then each
    /// image in the order import tables first name it. <paramref name="resolve"/> finds an image by name (names are
    /// case-insensitive, as NT's are), returning null when there is none.
    /// </summary>
    public static IReadOnlyList<ImageDescriptor> Resolve(ImageDescriptor root, Func<string, ImageDescriptor?>? resolve)
    {
        var images = new List<ImageDescriptor> { root };
        var byName = new Dictionary<string, ImageDescriptor>(StringComparer.OrdinalIgnoreCase) { [root.Name] = root };
        for (int i = 0; i < images.Count; i++)
        {
            foreach (var import in images[i].Imports)
            {
                if (byName.ContainsKey(import.Image))
                    continue;
                var found = resolve?.Invoke(import.Image)
                    ?? throw new ImageLoadException($"image {images[i].Name} imports from {import.Image}, which could not be found");
                if (!found.Name.Equals(import.Image, StringComparison.OrdinalIgnoreCase))
                    throw new ImageLoadException($"image {images[i].Name} imports from {import.Image}, but the image found by that name is {found.Name}");
                byName.Add(import.Image, found);
                images.Add(found);
            }
        }
        return images;
    }

    /// <summary>
    /// Places <paramref name="images"/> one after another from <paramref name="base"/>: each its code slots, then its
    /// data from the next page, the next image at <paramref name="alignment"/>; <paramref name="end"/> is the first
    /// free address. After this every export's address is known.
    /// </summary>
    public static IReadOnlyList<LoadedImage> Place(IReadOnlyList<ImageDescriptor> images, uint @base, uint alignment, out uint end)
    {
        var placed = new List<LoadedImage>();
        uint next = @base;
        foreach (var image in images)
        {
            uint data = next + Align(Math.Max(image.CodeSize, Fn.Slot), 0x1000);
            image.Place(next, data);
            placed.Add(new LoadedImage(image, next, data));
            next = Align(data + image.DataSize, alignment);
        }
        end = next;
        return placed;
    }

    /// <summary>
    /// Binds and loads placed images: every import's address from its exporter, then every image's functions and
    /// initial data (which may hold imported addresses), then every imported function's entry point.
    /// </summary>
    public static void Bind(IReadOnlyList<LoadedImage> placed)
    {
        var byName = placed.ToDictionary(p => p.Image.Name, p => p.Image, StringComparer.OrdinalIgnoreCase);
        foreach (var importer in placed.Select(p => p.Image))
        {
            foreach (var import in importer.Imports)
            {
                var exporter = byName.GetValueOrDefault(import.Image)
                    ?? throw new ImageLoadException($"image {importer.Name} imports from {import.Image}, which is not loaded");
                import.Address = exporter.Export(import.Name)
                    ?? throw new ImageLoadException($"image {importer.Name} imports '{import.Name}' from {exporter.Name}, which does not export it");
            }
        }
        foreach (var image in placed)
            image.Image.Load();
        foreach (var importer in placed.Select(p => p.Image))
        {
            foreach (var import in importer.Imports)
            {
                var exported = Fn.NameOf(import.Address) is not null;
                switch (import)
                {
                    case ImportedFunction function when Fn.TryResolve(function.Address, function.Shape, out var entry):
                        function.Entry = entry;
                        break;
                    case ImportedFunction function when exported:
                        throw new ImageLoadException($"image {importer.Name} imports '{import.Name}' from {import.Image} as a function of calling shape {function.Shape}, but {import.Image}'s has shape {Fn.ShapeOf(import.Address)}");
                    case ImportedFunction:
                        throw new ImageLoadException($"image {importer.Name} imports '{import.Name}' from {import.Image} as a function, but {import.Image} exports it as data");
                    case ImportedObject when exported:
                        throw new ImageLoadException($"image {importer.Name} imports '{import.Name}' from {import.Image} as data, but {import.Image} exports it as a function");
                }
            }
        }
    }

    private static uint Align(uint value, uint alignment) => (value + alignment - 1) & ~(alignment - 1);
}
