using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// LoadImage, StartImage, Exit and UnloadImage (UEFI 2.10 §7.4) over the machine's image service: an EFI
/// application is an nt2cs image file (signed by this checkout, <see cref="ImageFile"/>) whose entry point is
/// <c>EFI_STATUS efi_main(EFI_HANDLE, EFI_SYSTEM_TABLE *)</c>. LoadImage maps it at pages it allocates
/// (EfiLoaderCode for its code slots, EfiLoaderData for its data) and puts the Loaded Image protocol on a new
/// image handle; StartImage calls the entry through the function table on the current guest stack; Exit unwinds
/// back to it; an application is unloaded when it returns.
/// </summary>
internal sealed class ImageTable(EfiFirmware firmware)
{
    /// <summary>EFI_LOADED_IMAGE_PROTOCOL (IA32) field offsets and size; ImageSize is a naturally aligned UINT64.</summary>
    internal const uint LiRevision = 0, LiParentHandle = 4, LiSystemTable = 8, LiDeviceHandle = 12, LiFilePath = 16,
        LiLoadOptionsSize = 24, LiLoadOptions = 28, LiImageBase = 32, LiImageSize = 40, LiImageCodeType = 48,
        LiImageDataType = 52, LiUnload = 56, LoadedImageSize = 64;

    public const uint LoadedImageRevision = 0x1000;

    /// <summary>EFI_IMAGE_ENTRY_POINT's calling shape: EFI_STATUS (EFI_HANDLE, EFI_SYSTEM_TABLE *).</summary>
    public const string EntryShape = "i:ii";

    private sealed class Image(uint handle, uint loadedImage, uint @base, uint pages, uint entry, uint devicePath)
    {
        public readonly uint Handle = handle, LoadedImage = loadedImage, Base = @base, Pages = pages, Entry = entry, DevicePath = devicePath;
        public bool Started;
    }

    /// <summary>Thrown by Exit, caught by the StartImage that started the image.</summary>
    private sealed class ExitException(uint handle, uint status, uint exitDataSize, uint exitData) : Exception("EFI image exit")
    {
        public readonly uint Handle = handle, Status = status, ExitDataSize = exitDataSize, ExitData = exitData;
    }

    private readonly Dictionary<uint, Image> _images = [];
    private readonly List<Image> _running = [];

    public bool IsImage(uint handle) => _images.ContainsKey(handle);

    /// <summary>The firmware's own image handle (its code region as the image), parent of what it loads.</summary>
    public uint AddFirmwareImage(uint codeBase, uint codeBytes)
    {
        uint loaded = NewLoadedImage(0, 0, 0, codeBase, codeBytes, EfiMemoryType.BootServicesCode, EfiMemoryType.BootServicesData);
        uint handle = 0;
        firmware.Handles.Install(ref handle, EfiGuids.LoadedImage, loaded);
        _images.Add(handle, new Image(handle, loaded, codeBase, 0, 0, 0) { Started = true });
        return handle;
    }

    private uint NewLoadedImage(uint parent, uint deviceHandle, uint filePath, uint @base, ulong size, uint codeType, uint dataType)
    {
        uint loaded = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, LoadedImageSize);
        Mem.Write(loaded + LiRevision, LoadedImageRevision);
        Mem.Write(loaded + LiParentHandle, parent);
        Mem.Write(loaded + LiSystemTable, firmware.SystemTable);
        Mem.Write(loaded + LiDeviceHandle, deviceHandle);
        Mem.Write(loaded + LiFilePath, filePath);
        Mem.Write(loaded + LiImageBase, @base);
        Mem.Write(loaded + LiImageSize, size);
        Mem.Write(loaded + LiImageCodeType, codeType);
        Mem.Write(loaded + LiImageDataType, dataType);
        return loaded;
    }

    /// <summary>
    /// Marks the image <paramref name="handle"/> as the boot manager's: its Loaded Image's ParentHandle is NULL
    /// (UEFI 2.10 §9.1: "NULL if the image is loaded directly from the firmware's boot manager").
    /// </summary>
    public void LoadedByBootManager(uint handle) => Mem.Write(_images[handle].LoadedImage + LiParentHandle, 0u);

    public uint Load(uint parent, uint devicePath, uint source, uint sourceSize, out uint handle)
    {
        handle = 0;
        if (!_images.ContainsKey(parent))
            return EfiStatus.InvalidParameter;
        if (source == 0)
            return EfiStatus.NotFound;   // the core loads from memory; reading a file by its device path is the boot manager's
        string name = $"image at 0x{source:X8}";
        var magic = new byte[ImageFile.Magic.Length];
        if (sourceSize < ImageFile.HeaderSize)
            return Refuse(EfiStatus.LoadError, name, $"{sourceSize} bytes: not an nt2cs image file");
        Mem.CopyOut(source, magic);
        if (!magic.AsSpan().SequenceEqual(ImageFile.Magic))
            return Refuse(EfiStatus.LoadError, name, "not an nt2cs image file (no NT2CSIMG magic)");
        var images = firmware.Machine.Images;
        uint status = images.MapFile(name, source, sourceSize, 0, 0, out var sized);
        if (status != NtStatus.BufferTooSmall)
            return MapFailed(status);
        uint pages = (sized.Size + MemoryMap.PageSize - 1) / MemoryMap.PageSize;
        if (firmware.Map.FindFree(pages, Math.Min(firmware.Map.RamPages, 1UL << 20)) is not { } first)
            return EfiStatus.OutOfResources;
        uint @base = (uint)(first << MemoryMap.PageShift);
        firmware.Map.Set(first, pages, EfiMemoryType.LoaderCode, MemoryMap.Owner.Image);
        status = images.MapFile(name, source, sourceSize, @base, pages * MemoryMap.PageSize, out var mapped);
        if (status != 0)
        {
            firmware.Map.Set(first, pages, EfiMemoryType.ConventionalMemory, MemoryMap.Owner.Free);
            return MapFailed(status);
        }
        if (Fn.ShapeOf(mapped.Entry) != EntryShape)
        {
            images.UnmapFile(@base);
            firmware.Map.Set(first, pages, EfiMemoryType.ConventionalMemory, MemoryMap.Owner.Free);
            return Refuse(EfiStatus.LoadError, name, mapped.Entry == 0
                ? "the image has no entry point (DLLENTRY=efi_main)"
                : $"its entry point {Fn.NameOf(mapped.Entry)} is {Fn.ShapeOf(mapped.Entry)}, not EFI_IMAGE_ENTRY_POINT's EFI_STATUS (EFI_HANDLE, EFI_SYSTEM_TABLE *)");
        }
        uint dataPage = mapped.Data >> MemoryMap.PageShift;
        firmware.Map.Set(dataPage, first + pages - dataPage, EfiMemoryType.LoaderData, MemoryMap.Owner.Image);

        uint pathCopy = devicePath == 0 ? 0 : DevicePaths.Copy(firmware, devicePath);
        uint deviceHandle = 0, filePath = 0;
        if (pathCopy != 0)
        {
            if (DevicePaths.Locate(firmware, EfiGuids.DevicePath, pathCopy) is { } device)
                (deviceHandle, filePath) = device;
            else
                filePath = pathCopy;
        }
        uint loaded = NewLoadedImage(parent, deviceHandle, filePath, @base, (ulong)pages * MemoryMap.PageSize,
            EfiMemoryType.LoaderCode, EfiMemoryType.LoaderData);
        firmware.Handles.Install(ref handle, EfiGuids.LoadedImage, loaded);
        firmware.Handles.Install(ref handle, EfiGuids.LoadedImageDevicePath, pathCopy);
        _images.Add(handle, new Image(handle, loaded, @base, pages, mapped.Entry, pathCopy));
        return EfiStatus.Success;
    }

    private uint MapFailed(uint ntStatus) => ntStatus switch
    {
        NtStatus.InvalidImageFormat => EfiStatus.SecurityViolation,
        NtStatus.NoMemory or NtStatus.InsufficientResources => EfiStatus.OutOfResources,
        _ => EfiStatus.LoadError,
    };

    private uint Refuse(uint status, string name, string why)
    {
        firmware.Warn($"LoadImage of the {name}: {why} ({EfiStatus.Name(status)})");
        return status;
    }

    public unsafe uint Start(uint handle, uint exitDataSizeOut, uint exitDataOut)
    {
        if (!_images.TryGetValue(handle, out var image) || image.Started)
            return EfiStatus.InvalidParameter;
        image.Started = true;
        _running.Add(image);
        var stack = Stack.Capture();
        uint status, exitDataSize = 0, exitData = 0;
        try
        {
            if (!Fn.TryResolve(image.Entry, EntryShape, out nint entry))
                throw new InvalidOperationException("an image's entry point left the function table");
            status = ((delegate*<uint, uint, uint>)entry)(handle, firmware.SystemTable);
        }
        catch (ExitException exit) when (exit.Handle == handle)
        {
            Stack.Restore(stack);
            (status, exitDataSize, exitData) = (exit.Status, exit.ExitDataSize, exit.ExitData);
        }
        finally
        {
            _running.Remove(image);
        }
        if (exitDataSizeOut != 0)
            Mem.Write(exitDataSizeOut, exitDataSize);
        if (exitDataOut != 0)
            Mem.Write(exitDataOut, exitData);
        Remove(image);   // an application is unloaded when it returns (§7.4, StartImage)
        return status;
    }

    public uint Exit(uint handle, uint status, uint exitDataSize, uint exitData)
    {
        if (!_images.TryGetValue(handle, out var image))
            return EfiStatus.InvalidParameter;
        if (!image.Started)
        {
            Remove(image);
            return EfiStatus.Success;
        }
        if (_running.Count == 0 || _running[^1] != image)
            return EfiStatus.InvalidParameter;
        throw new ExitException(handle, status, exitDataSize, exitData);
    }

    public unsafe uint Unload(uint handle)
    {
        if (!_images.TryGetValue(handle, out var image) || image.Pages == 0)
            return image is null ? EfiStatus.InvalidParameter : EfiStatus.Unsupported;
        if (image.Started)
        {
            uint unload = Mem.Read<uint>(image.LoadedImage + LiUnload);
            if (unload == 0 || _running.Contains(image))
                return EfiStatus.Unsupported;
            if (!Fn.TryResolve(unload, "i:i", out nint code))
                firmware.Stop($"the Unload function 0x{unload:X8} of image 0x{handle:X8} is not an EFI_IMAGE_UNLOAD (EFI_STATUS (EFI_HANDLE))");
            uint status = ((delegate*<uint, uint>)code)(handle);
            if (status != EfiStatus.Success)
                return status;
        }
        Remove(image);
        return EfiStatus.Success;
    }

    private void Remove(Image image)
    {
        _images.Remove(image.Handle);
        firmware.Handles.Uninstall(image.Handle, EfiGuids.LoadedImageDevicePath, image.DevicePath);
        firmware.Handles.Uninstall(image.Handle, EfiGuids.LoadedImage, image.LoadedImage);
        firmware.Pool.Free(image.LoadedImage);
        if (image.DevicePath != 0)
            firmware.Pool.Free(image.DevicePath);
        if (firmware.Machine.Images.UnmapFile(image.Base) != 0)
            firmware.Warn($"image 0x{image.Handle:X8} could not be unmapped (another image imports from it): its pages stay taken");
        else
            firmware.Map.Set(image.Base >> MemoryMap.PageShift, image.Pages, EfiMemoryType.ConventionalMemory, MemoryMap.Owner.Free);
    }
}
