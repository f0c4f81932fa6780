namespace Nt2cs.Runtime;

/// <summary>An image where the loader put it: its code slots from <see cref="Code"/>, its data from <see cref="Data"/>.</summary>
public sealed record LoadedImage(ImageDescriptor Image, uint Code, uint Data);

/// <summary>
/// A load failed: an image that cannot be found (STATUS_DLL_NOT_FOUND), an import its exporter lacks
/// (STATUS_PROCEDURE_NOT_FOUND) or exports as something else (STATUS_ENTRYPOINT_NOT_FOUND).
/// </summary>
public sealed class ImageLoadException(uint status, string message) : Exception(message)
{
    public uint Status { get; } = status;
}

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
                    ?? throw new ImageLoadException(NtStatus.DllNotFound, $"image {images[i].Name} imports from {import.Image}, which could not be found");
                if (!found.Name.Equals(import.Image, StringComparison.OrdinalIgnoreCase))
                    throw new ImageLoadException(NtStatus.DllNotFound, $"image {images[i].Name} imports from {import.Image}, but the image found by that name is {found.Name}");
                byName.Add(import.Image, found);
                images.Add(found);
            }
        }
        return images;
    }

    /// <summary>
    /// Places <paramref name="images"/> one after another from <paramref name="base"/>, the next image at
    /// <paramref name="alignment"/>; <paramref name="end"/> is the first free address. After this every export's
    /// address is known.
    /// </summary>
    public static IReadOnlyList<LoadedImage> Place(IReadOnlyList<ImageDescriptor> images, uint @base, uint alignment, out uint end)
    {
        var placed = new List<LoadedImage>();
        uint next = @base;
        foreach (var image in images)
        {
            placed.Add(PlaceAt(image, next));
            next = Align(next + SizeOf(image), alignment);
        }
        end = next;
        return placed;
    }

    /// <summary>Places one image at <paramref name="base"/>: its code slots there, its data from the next page after them.</summary>
    public static LoadedImage PlaceAt(ImageDescriptor image, uint @base)
    {
        uint data = @base + CodeSpan(image);
        image.Place(@base, data);
        return new LoadedImage(image, @base, data);
    }

    /// <summary>The address space an image takes from its base: its code slots, page-aligned, then its data.</summary>
    public static uint SizeOf(ImageDescriptor image) => CodeSpan(image) + image.DataSize;

    private static uint CodeSpan(ImageDescriptor image) => Align(Math.Max(image.CodeSize, Fn.Slot), 0x1000);

    /// <summary>
    /// Binds and loads placed images: every import's address from its exporter (one of <paramref name="placed"/>, or
    /// one <paramref name="mapped"/> already, found by name), then every image's functions and data (zeroed, then its initial values, which
    /// may hold imported addresses), then every imported function's entry point. On failure nothing of
    /// <paramref name="placed"/> stays registered.
    /// </summary>
    public static void Bind(IReadOnlyList<LoadedImage> placed, Func<string, ImageDescriptor?>? mapped = null)
    {
        var byName = placed.ToDictionary(p => p.Image.Name, p => p.Image, StringComparer.OrdinalIgnoreCase);
        foreach (var importer in placed.Select(p => p.Image))
        {
            foreach (var import in importer.Imports)
            {
                var exporter = byName.GetValueOrDefault(import.Image) ?? mapped?.Invoke(import.Image)
                    ?? throw new ImageLoadException(NtStatus.DllNotFound, $"image {importer.Name} imports from {import.Image}, which is not loaded");
                import.Address = exporter.Export(import.Name)
                    ?? throw new ImageLoadException(NtStatus.ProcedureNotFound, $"image {importer.Name} imports '{import.Name}' from {exporter.Name}, which does not export it");
            }
        }
        try
        {
            foreach (var image in placed)
            {
                // Zero-initialised objects get no initial data: the memory an image lands in may have been
                // another's (a driver unloaded and loaded again), so its data starts as zeros, as a loader's does.
                Mem.Fill(image.Data, 0, image.Image.DataSize);
                image.Image.Load();
            }
            foreach (var importer in placed.Select(p => p.Image))
                foreach (var import in importer.Imports)
                    ResolveEntry(importer, import);
        }
        catch
        {
            foreach (var image in placed)
                Fn.Unregister(image.Code, image.Image.CodeSize);
            throw;
        }
    }

    /// <summary>An imported function's entry point, through the function table, of the shape the importer declared; an imported object must not be a function.</summary>
    private static void ResolveEntry(ImageDescriptor importer, ImageImport import)
    {
        var exported = Fn.NameOf(import.Address) is not null;
        switch (import)
        {
            case ImportedFunction function when Fn.TryResolve(function.Address, function.Shape, out var entry):
                function.Entry = entry;
                break;
            case ImportedFunction function when exported:
                throw new ImageLoadException(NtStatus.EntrypointNotFound, $"image {importer.Name} imports '{import.Name}' from {import.Image} as a function of calling shape {function.Shape}, but {import.Image}'s has shape {Fn.ShapeOf(import.Address)}");
            case ImportedFunction:
                throw new ImageLoadException(NtStatus.EntrypointNotFound, $"image {importer.Name} imports '{import.Name}' from {import.Image} as a function, but {import.Image} exports it as data");
            case ImportedObject when exported:
                throw new ImageLoadException(NtStatus.EntrypointNotFound, $"image {importer.Name} imports '{import.Name}' from {import.Image} as data, but {import.Image} exports it as a function");
        }
    }

    private static uint Align(uint value, uint alignment) => (value + alignment - 1) & ~(alignment - 1);
}
