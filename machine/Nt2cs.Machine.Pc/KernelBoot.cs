using System.Text;
using Nt2cs.Machine.Cpu;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Pc;

/// <summary>
/// The host-side boot step of <c>nt2cs run</c>, standing in for the OS loader until firmware and a loader exist
/// (docs/BOOT.md is the contract it keeps): places the kernel image and the images it imports from (the HAL),
/// builds the loader parameter block in low memory (the memory map as memory allocation descriptors, the boot
/// options) and calls the kernel's entry point, <c>KiSystemStartup(LoaderBlock)</c>, on the initial kernel stack,
/// paging off, interrupts disabled.
/// </summary>
public static class KernelBoot
{
    public const uint ImageBase = 0x0010_0000;
    public const uint StackTop = 0x0040_0000;
    public const uint StackSize = 64 * 1024;

    /// <summary>The run's status when KiSystemStartup returns, which it must never do.</summary>
    public const int StatusEntryReturned = 1;

    /// <summary>Where the loader block, its memory descriptors and the boot options go.</summary>
    public const uint LoaderBlockAddress = 0x0009_0000;

    /// <summary>RAM the boot needs: the images and the stack below 4 MiB, and room above.</summary>
    public const uint MinimumMemoryMiB = 8;

    private const uint PageSize = 0x1000;
    private const uint LoaderBlockSize = 32;       // sizeof(LOADER_PARAMETER_BLOCK), nt-src/private/ntos/inc/arc.h
    private const uint DescriptorSize = 20;        // sizeof(MEMORY_ALLOCATION_DESCRIPTOR)
    private const uint MaxBootOptions = 1024;

    // TYPE_OF_MEMORY values (arc.h).
    private const uint LoaderFree = 2;
    private const uint LoaderFirmwarePermanent = 6;
    private const uint LoaderSystemCode = 9;
    private const uint LoaderStartupKernelStack = 15;
    private const uint LoaderMemoryData = 20;

    /// <summary>Boots <paramref name="kernel"/>; <paramref name="resolve"/> finds the images it imports from by name.</summary>
    public static int Run(ImageDescriptor kernel, Func<string, ImageDescriptor?> resolve, MachineOptions options, string bootOptions,
        Stream stdout, Stream stderr, TimeSpan? timeout = null)
    {
        if (kernel.Entry is null)
            throw new ArgumentException($"image {kernel.Name} has no entry point");
        if (options.MemoryMiB < MinimumMemoryMiB)
            throw new ArgumentException($"the kernel needs at least {MinimumMemoryMiB} MiB of memory (--mem {options.MemoryMiB})");
        if (Encoding.ASCII.GetByteCount(bootOptions) >= MaxBootOptions || bootOptions.Any(c => c is < ' ' or > '~'))
            throw new ArgumentException($"boot options must be printable ASCII, under {MaxBootOptions} characters");
        return BareMachine.Run(options, stdout, stderr, default, timeout, (machine, cpu) =>
        {
            IReadOnlyList<ImageDescriptor> images;
            try
            {
                images = ImageLoader.Resolve(kernel, resolve);
            }
            catch (ImageLoadException e)
            {
                throw new BareMachine.SetupException(e.Message);
            }
            var placement = ImageLoader.Place(images, ImageBase, PageSize, out uint next);
            if (next > StackTop - StackSize)
                throw new BareMachine.SetupException($"the kernel's images take {next - ImageBase} bytes from 0x{ImageBase:X8}: no room for the kernel stack below 0x{StackTop:X8}");
            try
            {
                ImageLoader.Bind(placement);
            }
            catch (ImageLoadException e)
            {
                throw new BareMachine.SetupException(e.Message);
            }
            cpu.Images = new ImageMapper(machine.Log, options.ImageSigningKey);
            cpu.Images.AddBootImages(placement);
            uint loaderBlock = BuildLoaderBlock(options.MemoryMiB, next, bootOptions);
            uint entry = kernel.Entry();
            if (!Fn.TryResolve(entry, "v:i", out nint code))
                throw new BareMachine.SetupException($"the entry point {Fn.NameOf(entry)} of image {kernel.Name} is not KiSystemStartup's shape (VOID (PLOADER_PARAMETER_BLOCK)): its shape is {Fn.ShapeOf(entry)}");
            return new BootEntry(() =>
            {
                Call(code, loaderBlock);
                cpu.Stop(MachineExitReason.ProgramReturned, StatusEntryReturned, $"the kernel's entry point {Fn.NameOf(entry)} returned");
                return StatusEntryReturned;
            }, StackTop, StackTop - StackSize);
        });
    }

    private static unsafe void Call(nint code, uint loaderBlock) => ((delegate*<uint, void>)code)(loaderBlock);

    /// <summary>
    /// The loader block at <see cref="LoaderBlockAddress"/>: the memory map (below 640 KiB firmware and loader data,
    /// the hole to 1 MiB, the images, the kernel stack, free memory to the end of RAM), then the boot options.
    /// </summary>
    private static uint BuildLoaderBlock(uint memoryMiB, uint imagesEnd, string bootOptions)
    {
        uint pages = memoryMiB << 8;
        uint imagesEndPage = (imagesEnd + PageSize - 1) / PageSize;
        var map = new List<(uint Type, uint BasePage, uint PageCount)>
        {
            (LoaderMemoryData, 0, ImageBase / PageSize),
            (LoaderSystemCode, ImageBase / PageSize, imagesEndPage - ImageBase / PageSize),
            (LoaderFree, imagesEndPage, (StackTop - StackSize) / PageSize - imagesEndPage),
            (LoaderStartupKernelStack, (StackTop - StackSize) / PageSize, StackSize / PageSize),
            (LoaderFree, StackTop / PageSize, pages - StackTop / PageSize),
        };
        map.RemoveAll(d => d.PageCount == 0);
        // LOADER_PARAMETER_BLOCK: Size, LoadOrderListHead (+4), MemoryDescriptorListHead (+12), KernelStack (+20),
        // KernelStackSize (+24), LoadOptions (+28).
        uint head = LoaderBlockAddress + 12;
        uint descriptors = LoaderBlockAddress + LoaderBlockSize;
        uint options = descriptors + (uint)map.Count * DescriptorSize;
        Mem.Write(LoaderBlockAddress, LoaderBlockSize);
        // An empty LoadOrderListHead points at itself.
        Mem.Write(LoaderBlockAddress + 4, LoaderBlockAddress + 4);
        Mem.Write(LoaderBlockAddress + 8, LoaderBlockAddress + 4);
        uint previous = head;
        for (int i = 0; i < map.Count; i++)
        {
            uint descriptor = descriptors + (uint)i * DescriptorSize;
            uint following = i + 1 < map.Count ? descriptor + DescriptorSize : head;
            Mem.Write(descriptor, following);
            Mem.Write(descriptor + 4, previous);
            Mem.Write(descriptor + 8, map[i].Type);
            Mem.Write(descriptor + 12, map[i].BasePage);
            Mem.Write(descriptor + 16, map[i].PageCount);
            previous = descriptor;
        }
        Mem.Write(head, map.Count > 0 ? descriptors : head);
        Mem.Write(head + 4, previous);
        Mem.Write(LoaderBlockAddress + 20, StackTop);
        Mem.Write(LoaderBlockAddress + 24, StackSize);
        Mem.Write(LoaderBlockAddress + 28, options);
        var text = Encoding.ASCII.GetBytes(bootOptions + "\0");
        Mem.CopyIn(options, text);
        return LoaderBlockAddress;
    }
}
