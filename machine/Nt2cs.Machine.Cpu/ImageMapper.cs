using System.Runtime.Loader;
using System.Text;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Cpu;

/// <summary>
/// The machine's image service (<c>__machine_map_images</c>, <c>__machine_unmap_images</c> in machine.h): maps
/// image files the guest has read into memory, as NT's loader maps drivers. A mapped image is host code, so only
/// a file signed with this checkout's key (<see cref="ImageFile"/>) is mapped; anything else is
/// STATUS_INVALID_IMAGE_FORMAT and a log line naming the file. Each image's assembly loads into a collectible
/// context of its own, so unmapping releases it. Images mapped by the host before the guest ran (the program
/// itself) can be imported from, never unmapped.
/// </summary>
public sealed class ImageMapper(MachineLog log, byte[]? signingKey)
{
    private const string LogSource = "image-loader";

    /// <summary>Images one call may map (images importing from each other come in one call).</summary>
    public const uint MaxImagesPerCall = 64;

    /// <summary>Largest image file the service reads.</summary>
    public const uint MaxFileSize = 256u << 20;

    private const int MaxFileNameLength = 260;

    /// <summary><c>MACHINE_IMAGE</c>'s fields, 4 bytes each.</summary>
    private const uint RequestSize = 24;

    private sealed record Mapped(LoadedImage Loaded, AssemblyLoadContext? Context);

    private sealed record Request(uint At, string FileName, uint File, uint FileSize, uint Base, uint RegionSize);

    private sealed class MapFailure(uint status, string fileName, string message, bool quiet = false) : Exception(message)
    {
        public uint Status { get; } = status;
        public string FileName { get; } = fileName;

        /// <summary>An answer rather than an error (the size asked for with an empty region): not logged.</summary>
        public bool Quiet { get; } = quiet;

        /// <summary>The bytes the image takes, when the region was too small.</summary>
        public uint Size { get; init; }
    }

    private readonly Dictionary<string, Mapped> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An image file opened: its bytes, its assembly's context, its descriptor.</summary>
    private sealed record Sized(byte[] File, AssemblyLoadContext Context, ImageDescriptor Image);

    /// <summary>
    /// Images opened only to answer size queries, kept for the map call that follows with the same files (a loader
    /// asks each image's size, then maps them together); the oldest goes beyond <see cref="MaxSized"/>.
    /// </summary>
    private readonly List<Sized> _sized = [];
    private const int MaxSized = 8;

    /// <summary>Images the host mapped before the guest ran (the program and those it imports from).</summary>
    public void AddBootImages(IEnumerable<LoadedImage> images)
    {
        foreach (var image in images)
            _byName.Add(image.Image.Name, new Mapped(image, null));
    }

    public uint MapImages(uint images, uint count)
    {
        if (count is 0 or > MaxImagesPerCall)
            return Fail(NtStatus.InvalidParameter, "(none)", $"{count} images in one call (1 to {MaxImagesPerCall})");
        return Map(Enumerable.Range(0, (int)count).Select(i => Read(images + (uint)i * RequestSize)).ToList(), out _);
    }

    /// <summary>
    /// Maps the one image file at <paramref name="file"/> (guest memory) at <paramref name="base"/> for a host
    /// caller (the firmware's LoadImage): 0 or the NTSTATUS MapImages would give. <paramref name="mapped"/> is
    /// the bytes it takes (also when the region is too small: STATUS_BUFFER_TOO_SMALL, not logged for an empty
    /// region), its entry point's code address (0 if none) and where its data starts.
    /// </summary>
    public uint MapFile(string fileName, uint file, uint fileSize, uint @base, uint regionSize, out (uint Size, uint Entry, uint Data) mapped)
    {
        uint status = Map([new Request(0, fileName, file, fileSize, @base, regionSize)], out var results);
        mapped = results.Count > 0 ? results[0] : default;
        return status;
    }

    /// <summary>Unmaps the image a host caller mapped at <paramref name="base"/> (<see cref="MapFile"/>): 0 or the NTSTATUS UnmapImages would give.</summary>
    public uint UnmapFile(uint @base) => Unmap([@base]);

    private uint Map(List<Request> requests, out List<(uint Size, uint Entry, uint Data)> results)
    {
        results = [];
        var contexts = new List<AssemblyLoadContext>();
        Sized? single = null;
        try
        {
            var opened = requests.Select(request => Open(request, contexts)).ToList();
            single = opened.Count == 1 ? opened[0] : null;
            CheckPlacement(requests, opened.Select(o => o.Image).ToList());
            var placed = requests.Select((request, i) => ImageLoader.PlaceAt(opened[i].Image, request.Base)).ToList();
            try
            {
                ImageLoader.Bind(placed, name => _byName.GetValueOrDefault(name)?.Loaded.Image);
            }
            catch (ImageLoadException e)
            {
                throw new MapFailure(e.Status, requests[0].FileName, e.Message);
            }
            for (int i = 0; i < requests.Count; i++)
            {
                var result = (ImageLoader.SizeOf(opened[i].Image), opened[i].Image.Entry?.Invoke() ?? 0, placed[i].Data);
                if (requests[i].At != 0)
                {
                    Mem.RefW<uint>(requests[i].At + 16) = result.Item1;
                    Mem.RefW<uint>(requests[i].At + 20) = result.Item2;
                }
                results.Add(result);
                _byName.Add(opened[i].Image.Name, new Mapped(placed[i], contexts[i]));
            }
            return 0;
        }
        catch (MapFailure failure)
        {
            if (failure.Quiet && failure.Size != 0 && single is not null && contexts.Remove(single.Context))
            {
                _sized.Add(single);
                if (_sized.Count > MaxSized)
                {
                    _sized[0].Context.Unload();
                    _sized.RemoveAt(0);
                }
            }
            foreach (var context in contexts)
                context.Unload();
            if (failure.Size != 0)
                results.Add((failure.Size, 0, 0));
            return failure.Quiet ? failure.Status : Fail(failure.Status, failure.FileName, failure.Message);
        }
        catch
        {
            // A guest fault reading a file or a name: nothing is mapped, and the fault is the guest's.
            foreach (var context in contexts)
                context.Unload();
            throw;
        }
    }

    public uint UnmapImages(uint bases, uint count)
    {
        if (count is 0 or > MaxImagesPerCall)
            return Fail(NtStatus.InvalidParameter, "(none)", $"{count} images in one call (1 to {MaxImagesPerCall})");
        return Unmap(Enumerable.Range(0, (int)count).Select(i => Mem.Read<uint>(bases + 4 * (uint)i)).ToList());
    }

    private uint Unmap(List<uint> bases)
    {
        var unmapping = new List<Mapped>();
        foreach (uint @base in bases)
        {
            var mapped = _byName.Values.FirstOrDefault(m => m.Loaded.Code == @base);
            if (mapped is null || unmapping.Contains(mapped))
                return Fail(NtStatus.InvalidParameter, $"0x{@base:X8}", mapped is null ? "no image is mapped there" : "named twice in one call");
            if (mapped.Context is null)
                return Fail(NtStatus.CannotDelete, mapped.Loaded.Image.Name, "mapped before the guest ran: it cannot be unmapped");
            unmapping.Add(mapped);
        }
        foreach (var mapped in unmapping)
        {
            var name = mapped.Loaded.Image.Name;
            var importer = _byName.Values.Except(unmapping)
                .FirstOrDefault(m => m.Loaded.Image.Imports.Any(i => i.Image.Equals(name, StringComparison.OrdinalIgnoreCase)));
            if (importer is not null)
                return Fail(NtStatus.CannotDelete, name, $"image {importer.Loaded.Image.Name} imports from it and stays mapped");
        }
        foreach (var mapped in unmapping)
        {
            Fn.Unregister(mapped.Loaded.Code, mapped.Loaded.Image.CodeSize);
            _byName.Remove(mapped.Loaded.Image.Name);
            mapped.Context!.Unload();
        }
        return 0;
    }

    /// <summary>A request, its out fields written once here (EntryPoint cleared), so a request the guest cannot write faults before anything is mapped.</summary>
    private static Request Read(uint at)
    {
        var request = new Request(at, CString(Mem.Read<uint>(at)), Mem.Read<uint>(at + 4), Mem.Read<uint>(at + 8),
            Mem.Read<uint>(at + 12), Mem.Read<uint>(at + 16));
        Mem.RefW<uint>(at + 16) = request.RegionSize;
        Mem.RefW<uint>(at + 20) = 0;
        return request;
    }

    /// <summary>
    /// The image a request's file holds, its assembly loaded into a context of its own (added to
    /// <paramref name="contexts"/>), or the one a size query for the same file opened.
    /// </summary>
    private Sized Open(Request request, List<AssemblyLoadContext> contexts)
    {
        if (request.FileSize > MaxFileSize)
            throw new MapFailure(NtStatus.InvalidParameter, request.FileName, $"a file of {request.FileSize} bytes (at most {MaxFileSize})");
        var file = new byte[request.FileSize];
        Mem.CopyOut(request.File, file);
        if (signingKey is null)
            throw new MapFailure(NtStatus.InvalidImageFormat, request.FileName, "no image signing key: this machine maps no images");
        int known = _sized.FindIndex(sized => sized.File.AsSpan().SequenceEqual(file));
        if (known >= 0)
        {
            var sized = _sized[known];
            _sized.RemoveAt(known);
            contexts.Add(sized.Context);
            return sized;
        }
        var assembly = ImageFile.Open(file, signingKey, out var problem)
            ?? throw new MapFailure(NtStatus.InvalidImageFormat, request.FileName, problem!);
        var context = new AssemblyLoadContext($"image {request.FileName}", isCollectible: true);
        contexts.Add(context);
        try
        {
            return new Sized(file, context, ImageFiles.Of(context.LoadFromStream(new MemoryStream(assembly)))
                ?? throw new MapFailure(NtStatus.InvalidImageFormat, request.FileName, "holds no translated image"));
        }
        catch (BadImageFormatException e)
        {
            throw new MapFailure(NtStatus.InvalidImageFormat, request.FileName, e.Message);
        }
    }

    /// <summary>Each image at a page-aligned base, in the region given, clear of every other image, under a name not taken.</summary>
    private void CheckPlacement(IReadOnlyList<Request> requests, IReadOnlyList<ImageDescriptor> images)
    {
        var taken = _byName.Values.Select(m => (m.Loaded.Image.Name, Start: m.Loaded.Code, End: m.Loaded.Code + ImageLoader.SizeOf(m.Loaded.Image))).ToList();
        for (int i = 0; i < requests.Count; i++)
        {
            var (request, image) = (requests[i], images[i]);
            uint size = ImageLoader.SizeOf(image);
            if (request.Base % 0x1000 != 0 || (ulong)request.Base + size > uint.MaxValue)
                throw new MapFailure(NtStatus.InvalidParameter, request.FileName, $"base 0x{request.Base:X8} is not a page-aligned place for {size} bytes");
            if (taken.FirstOrDefault(t => t.Name.Equals(image.Name, StringComparison.OrdinalIgnoreCase)) is { Name: not null } same)
                throw new MapFailure(NtStatus.ImageAlreadyLoaded, request.FileName, $"an image named {same.Name} is mapped already");
            if (size > request.RegionSize)
            {
                if (request.At != 0)
                    Mem.RefW<uint>(request.At + 16) = size;
                throw new MapFailure(NtStatus.BufferTooSmall, request.FileName, $"image {image.Name} takes {size} bytes, the region has {request.RegionSize}",
                    quiet: request.RegionSize == 0) { Size = size };
            }
            if (taken.FirstOrDefault(t => request.Base < t.End && t.Start < request.Base + size) is { Name: not null } overlap)
                throw new MapFailure(NtStatus.ConflictingAddresses, request.FileName, $"0x{request.Base:X8}-0x{request.Base + size:X8} overlaps image {overlap.Name}");
            taken.Add((image.Name, request.Base, request.Base + size));
        }
    }

    private uint Fail(uint status, string fileName, string message)
    {
        log.Warn(LogSource, $"{fileName}: {message} (status 0x{status:X8})");
        return status;
    }

    private static string CString(uint address)
    {
        if (address == 0)
            return "(unnamed)";
        var text = new StringBuilder();
        for (uint i = 0; i < MaxFileNameLength; i++)
        {
            byte b = Mem.Read<byte>(address + i);
            if (b == 0)
                return text.ToString();
            text.Append(b is >= 0x20 and < 0x7F ? (char)b : '?');
        }
        return text.Append('…').ToString();
    }
}
