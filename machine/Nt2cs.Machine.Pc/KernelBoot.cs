using System.Text;
using Nt2cs.Machine.Cpu;
using Nt2cs.Machine.Paging;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Pc;

/// <summary>
/// The host-side boot step of <c>nt2cs run</c>, standing in for the OS loader until firmware and a loader exist
/// (docs/BOOT.md is the contract it keeps): places the kernel image and the images it imports from (the HAL),
/// builds the loader parameter block in low memory (the memory map as memory allocation descriptors, the boot
/// options, the loaded-module list, the boot-start drivers' image files as read from the boot volume, the boot
/// volume's image for the RAM disk), turns on paging with the kernel's initial mapping (the first 4 MiB of RAM at
/// <see cref="SystemBase"/>, the page directory mapping itself at 0xC0300000), assigns the PCI devices' BARs as
/// firmware would (<see cref="PciResourceAssigner"/>) and calls the kernel's entry point,
/// <c>KiSystemStartup(LoaderBlock)</c>, on the initial kernel stack, interrupts disabled. The SYSTEM hive (a regf
/// image, <see cref="Registry.HiveWriter"/>) goes after the images in a LoaderRegistryData range with room for it
/// to grow, where the kernel's ZwFlushKey writes it back; <see cref="SystemHive.AtEnd"/> receives what is there
/// when the run ends.
/// </summary>
public static class KernelBoot
{
    /// <summary>Where the loader's mapping of physical memory starts in system space (KSEG0).</summary>
    public const uint SystemBase = 0x8000_0000;

    /// <summary>Physical address of the first image; it runs at <see cref="SystemBase"/> + this.</summary>
    public const uint ImageBase = 0x0010_0000;
    public const uint StackTop = 0x0040_0000;
    public const uint StackSize = 64 * 1024;

    /// <summary>The page directory (physical), below the loader block.</summary>
    public const uint PageDirectoryAddress = 0x0008_F000;

    /// <summary>The page directory's entry that maps the page directory itself: page tables appear at 0xC0000000.</summary>
    public const uint SelfMapIndex = 0xC000_0000 >> 22;

    /// <summary>The bytes the loader maps (one 4 MiB page): low memory, the images, the kernel stack.</summary>
    public const uint LoaderMappedBytes = 4 << 20;

    /// <summary>The run's status when KiSystemStartup returns, which it must never do.</summary>
    public const int StatusEntryReturned = 1;

    /// <summary>Where the loader block, its memory descriptors and the boot options go.</summary>
    public const uint LoaderBlockAddress = 0x0009_0000;

    /// <summary>RAM the boot needs: the images and the stack below 4 MiB, and room above.</summary>
    public const uint MinimumMemoryMiB = 8;

    private const uint PageSize = 0x1000;
    private const uint LoaderBlockSize = 56;       // sizeof(LOADER_PARAMETER_BLOCK), nt-src/private/ntos/inc/arc.h
    private const uint DescriptorSize = 20;        // sizeof(MEMORY_ALLOCATION_DESCRIPTOR)
    private const uint ModuleEntrySize = 40;       // sizeof(KLDR_DATA_TABLE_ENTRY)
    private const uint BootDriverEntrySize = 32;   // sizeof(BOOT_DRIVER_LIST_ENTRY)
    private const uint LowMemoryEnd = ImageBase;   // the loader block and everything it points to in low memory end here
    private const uint MaxBootOptions = 1024;

    // TYPE_OF_MEMORY values (arc.h).
    private const uint LoaderFree = 2;
    private const uint LoaderFirmwarePermanent = 6;
    private const uint LoaderSystemCode = 9;
    private const uint LoaderBootDriver = 11;
    private const uint LoaderStartupKernelStack = 15;
    private const uint LoaderRegistryData = 19;
    private const uint LoaderMemoryData = 20;
    private const uint LoaderSpecialMemory = 22;

    /// <summary>The least memory the kernel keeps free above the kernel stack when a boot volume takes the top of RAM.</summary>
    private const uint MinimumFreeAboveStack = 4 << 20;

    /// <summary>The sector size a boot volume's image is a whole number of.</summary>
    public const int VolumeSectorSize = 512;

    /// <summary>Room the SYSTEM hive's range keeps beyond the hive, for the kernel's flushes of a grown hive.</summary>
    public const uint HiveGrowthBytes = 256 * 1024;

    /// <summary>
    /// Boots <paramref name="kernel"/>; <paramref name="resolve"/> finds the images it imports from by name;
    /// <paramref name="hive"/> is the SYSTEM hive; <paramref name="bootDrivers"/> are the boot-start drivers' image
    /// files, in load order, which the kernel maps itself (they must be signed with
    /// <see cref="MachineOptions.ImageSigningKey"/>'s key to map); <paramref name="input"/> arrives on COM1 from
    /// power-on at its baud rate; <paramref name="volume"/> is the boot volume's image for the RAM disk, placed at the
    /// top of RAM.
    /// </summary>
    public static int Run(ImageDescriptor kernel, Func<string, ImageDescriptor?> resolve, MachineOptions options, string bootOptions,
        SystemHive hive, Stream stdout, Stream stderr, TimeSpan? timeout = null, IReadOnlyList<BootDriver>? bootDrivers = null,
        ReadOnlyMemory<byte> input = default, BootVolume? volume = null)
    {
        bootDrivers ??= [];
        if (kernel.Entry is null)
            throw new ArgumentException($"image {kernel.Name} has no entry point");
        if (options.MemoryMiB < MinimumMemoryMiB)
            throw new ArgumentException($"the kernel needs at least {MinimumMemoryMiB} MiB of memory (--mem {options.MemoryMiB})");
        if (Encoding.ASCII.GetByteCount(bootOptions) >= MaxBootOptions || bootOptions.Any(c => c is < ' ' or > '~'))
            throw new ArgumentException($"boot options must be printable ASCII, under {MaxBootOptions} characters");
        uint volumePages = volume is null ? 0 : (uint)((volume.Image.LongLength + PageSize - 1) / PageSize);
        if (volume is not null && (volume.Image.Length == 0 || volume.Image.Length % VolumeSectorSize != 0))
            throw new ArgumentException($"the boot volume's image is {volume.Image.Length} bytes: not a whole number of {VolumeSectorSize}-byte sectors");
        if ((ulong)volumePages * PageSize + StackTop + MinimumFreeAboveStack > (ulong)options.MemoryMiB << 20)
            throw new ArgumentException($"the boot volume's image ({volume!.Image.Length} bytes) does not fit in {options.MemoryMiB} MiB of memory with the kernel (--mem)");
        uint volumeBase = ((uint)options.MemoryMiB << 20) - volumePages * PageSize;
        return BareMachine.Run(options, stdout, stderr, input, timeout, (machine, cpu) =>
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
            try
            {
                PciResourceAssigner.AssignAll(machine.Pci);
            }
            catch (InvalidOperationException e)
            {
                throw new BareMachine.SetupException(e.Message);
            }
            EnablePaging(cpu);
            var placement = ImageLoader.Place(images, SystemBase + ImageBase, PageSize, out uint next);
            next -= SystemBase;
            uint hiveStart = (next + PageSize - 1) & ~(PageSize - 1);
            uint hiveRange = ((uint)hive.Image.Length + PageSize - 1 & ~(PageSize - 1)) + HiveGrowthBytes;
            uint imagesEnd = next;
            next = hiveStart + hiveRange;
            var driverFiles = new List<uint>();
            foreach (var driver in bootDrivers)
            {
                next = (next + PageSize - 1) & ~(PageSize - 1);
                driverFiles.Add(next);
                next += (uint)driver.File.Length;
            }
            if ((ulong)next > StackTop - StackSize)
                throw new BareMachine.SetupException($"the kernel's images take {imagesEnd - ImageBase} bytes from 0x{ImageBase:X8}, the SYSTEM hive {hiveRange} and the boot drivers {next - hiveStart - hiveRange}: no room for the kernel stack below 0x{StackTop:X8}");
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
            Mem.CopyIn(SystemBase + hiveStart, hive.Image);
            for (int i = 0; i < bootDrivers.Count; i++)
                Mem.CopyIn(SystemBase + driverFiles[i], bootDrivers[i].File);   // paging is on: through KSEG0
            if (volume is not null)
                volume.Image.CopyTo(machine.Memory.Ram(volumeBase, volume.Image.Length));
            uint loaderBlock = BuildLoaderBlock(options.MemoryMiB, imagesEnd, (hiveStart, (uint)hive.Image.Length, hiveRange), next, bootOptions, placement,
                bootDrivers.Select((driver, i) => (driver.Name, SystemBase + driverFiles[i], (uint)driver.File.Length)).ToList(),
                (volumeBase, (uint)(volume?.Image.Length ?? 0)));
            uint entry = kernel.Entry();
            if (!Fn.TryResolve(entry, "v:i", out nint code))
                throw new BareMachine.SetupException($"the entry point {Fn.NameOf(entry)} of image {kernel.Name} is not KiSystemStartup's shape (VOID (PLOADER_PARAMETER_BLOCK)): its shape is {Fn.ShapeOf(entry)}");
            return new BootEntry(() =>
            {
                Call(code, loaderBlock);
                cpu.Stop(MachineExitReason.ProgramReturned, StatusEntryReturned, $"the kernel's entry point {Fn.NameOf(entry)} returned");
                return StatusEntryReturned;
            }, SystemBase + StackTop, SystemBase + StackTop - StackSize,
                hive.AtEnd is { } atEnd ? () => atEnd(ReadHive(machine, hiveStart, hiveRange)) : null,
                volume?.WriteBack is { } writeBack ? () => writeBack(machine.Memory.Ram(volumeBase, volume.Image.Length)) : null);
        });
    }

    /// <summary>The hive image in the SYSTEM hive's range as the kernel left it (its base block's length, within the range).</summary>
    private static byte[] ReadHive(PcMachine machine, uint start, uint range)
    {
        var image = machine.Memory.Ram(start, (int)range);
        int length = Registry.HiveWriter.ImageLength(image);
        return image[..(length >= 0x1000 && length <= range ? length : (int)range)].ToArray();
    }

    /// <summary>
    /// The kernel's initial mapping: physical [0, 4 MiB) at <see cref="SystemBase"/> as one 4 MiB page (CR4.PSE),
    /// and the page directory as its own page table at 0xC0000000 (so its entries are at 0xC0300000). Nothing below
    /// 0x80000000 is mapped: a NULL pointer faults.
    /// </summary>
    private static void EnablePaging(VirtualCpu cpu)
    {
        for (uint i = 0; i < PageSize; i += 4)
            Mem.Write(PageDirectoryAddress + i, 0u);
        const uint pde = (uint)(PageEntry.Present | PageEntry.Writable);
        Mem.Write(PageDirectoryAddress + (SystemBase >> 22) * 4, 0u | pde | (uint)PageEntry.PageSize);
        Mem.Write(PageDirectoryAddress + SelfMapIndex * 4, PageDirectoryAddress | pde);
        cpu.WriteControlRegister(4, cpu.ReadControlRegister(4) | (uint)Cr4Flags.PSE);
        cpu.WriteControlRegister(3, PageDirectoryAddress);
        cpu.WriteControlRegister(0, cpu.ReadControlRegister(0) | (uint)(Cr0Flags.PE | Cr0Flags.WP | Cr0Flags.PG));
    }

    private static unsafe void Call(nint code, uint loaderBlock) => ((delegate*<uint, void>)code)(loaderBlock);

    /// <summary>
    /// The loaded-module list at <paramref name="head"/> (the block's LoadOrderListHead), in load order, its
    /// entries and their names from <paramref name="at"/>: KLDR_DATA_TABLE_ENTRY (arc.h) with InLoadOrderLinks (+0),
    /// DllBase (+8, the image's data), EntryPoint (+12, a code address or 0), SizeOfImage (+16, its data's size),
    /// FullDllName (+20) and BaseDllName (+28) as UNICODE_STRINGs (the image's name and name.exe or name.dll),
    /// Flags (+36, 0).
    /// </summary>
    private static uint BuildModuleList(uint head, uint at, IReadOnlyList<LoadedImage> images)
    {
        var entries = new List<uint>();
        for (int i = 0; i < images.Count; i++)
        {
            var image = images[i].Image;
            uint entry = at;
            string baseName = image.Name + (image.Entry is not null && i == 0 ? ".exe" : ".dll");
            string fullName = @"\SystemRoot\system32\" + baseName;
            uint names = entry + ModuleEntrySize;
            uint full = names, @base = names + (uint)(fullName.Length + 1) * 2;
            at = (@base + (uint)(baseName.Length + 1) * 2 + 3) & ~3u;
            entries.Add(entry);
            Mem.Write(entry + 8, images[i].Data);
            Mem.Write(entry + 12, i == 0 && image.Entry is { } start ? start() : 0u);
            Mem.Write(entry + 16, image.DataSize);
            WriteUnicodeString(entry + 20, full, fullName);
            WriteUnicodeString(entry + 28, @base, baseName);
            Mem.Write(entry + 36, 0u);
        }
        LinkList(head, entries);
        return at;
    }

    /// <summary>
    /// The boot driver list at <paramref name="head"/> (the block's BootDriverListHead), in load order, its entries
    /// and their names from <paramref name="at"/>: BOOT_DRIVER_LIST_ENTRY (arc.h) with Link (+0), FilePath (+8,
    /// <c>\SystemRoot\system32\drivers\NAME.sys</c>), RegistryPath (+16, the driver's key under
    /// <c>CurrentControlSet\Services</c>), FileBuffer (+24) and FileSize (+28); returns where the names end.
    /// </summary>
    private static uint BuildBootDriverList(uint head, uint at, IReadOnlyList<(string Name, uint File, uint Size)> drivers)
    {
        var entries = new List<uint>();
        foreach (var (name, file, size) in drivers)
        {
            uint entry = at;
            string filePath = $@"\SystemRoot\system32\drivers\{name}.sys";
            string registryPath = $@"\Registry\Machine\System\CurrentControlSet\Services\{name}";
            uint path = entry + BootDriverEntrySize, key = path + (uint)(filePath.Length + 1) * 2;
            at = (key + (uint)(registryPath.Length + 1) * 2 + 3) & ~3u;
            entries.Add(entry);
            WriteUnicodeString(entry + 8, path, filePath);
            WriteUnicodeString(entry + 16, key, registryPath);
            Mem.Write(entry + 24, file);
            Mem.Write(entry + 28, size);
        }
        LinkList(head, entries);
        return at;
    }

    /// <summary>A doubly linked LIST_ENTRY list at <paramref name="head"/> through the entries, each with its links at +0.</summary>
    private static void LinkList(uint head, IReadOnlyList<uint> entries)
    {
        uint previous = head;
        foreach (uint entry in entries)
        {
            Mem.Write(previous, entry);
            Mem.Write(entry + 4, previous);
            previous = entry;
        }
        Mem.Write(previous, head);
        Mem.Write(head + 4, previous);
    }

    /// <summary>A UNICODE_STRING at <paramref name="at"/> for <paramref name="text"/>, its buffer (NUL-terminated) at <paramref name="buffer"/>.</summary>
    private static void WriteUnicodeString(uint at, uint buffer, string text)
    {
        Mem.Write(at, (ushort)(text.Length * 2));
        Mem.Write(at + 2, (ushort)((text.Length + 1) * 2));
        Mem.Write(at + 4, buffer);
        Mem.CopyIn(buffer, Encoding.Unicode.GetBytes(text + "\0"));
    }

    /// <summary>
    /// The loader block at <see cref="LoaderBlockAddress"/> (its pointers are system-space addresses): the memory map (below 640 KiB firmware and loader data,
    /// the hole to 1 MiB, the images, the SYSTEM hive's range, the boot drivers' files, the kernel stack, free memory,
    /// the boot volume's image at the end of RAM), then the boot options, the loaded-module list and the boot driver list.
    /// </summary>
    private static uint BuildLoaderBlock(uint memoryMiB, uint imagesEnd, (uint Start, uint Length, uint Range) hive, uint driversEnd,
        string bootOptions, IReadOnlyList<LoadedImage> images, IReadOnlyList<(string Name, uint File, uint Size)> bootDrivers,
        (uint Base, uint Length) volume)
    {
        uint pages = memoryMiB << 8;
        uint volumePage = volume.Length == 0 ? pages : volume.Base / PageSize;
        uint imagesEndPage = (imagesEnd + PageSize - 1) / PageSize;
        uint hiveEndPage = (hive.Start + hive.Range) / PageSize;
        uint driversEndPage = (driversEnd + PageSize - 1) / PageSize;
        var map = new List<(uint Type, uint BasePage, uint PageCount)>
        {
            (LoaderMemoryData, 0, ImageBase / PageSize),
            (LoaderSystemCode, ImageBase / PageSize, imagesEndPage - ImageBase / PageSize),
            (LoaderRegistryData, hive.Start / PageSize, hive.Range / PageSize),
            (LoaderBootDriver, hiveEndPage, driversEndPage - hiveEndPage),
            (LoaderFree, driversEndPage, (StackTop - StackSize) / PageSize - driversEndPage),
            (LoaderStartupKernelStack, (StackTop - StackSize) / PageSize, StackSize / PageSize),
            (LoaderFree, StackTop / PageSize, volumePage - StackTop / PageSize),
            (LoaderSpecialMemory, volumePage, pages - volumePage),
        };
        map.RemoveAll(d => d.PageCount == 0);
        // LOADER_PARAMETER_BLOCK: Size, LoadOrderListHead (+4), MemoryDescriptorListHead (+12), KernelStack (+20),
        // KernelStackSize (+24), LoadOptions (+28), RegistryLength (+32), RegistryBase (+36), BootDriverListHead (+40),
        // RamDiskBase (+48, physical), RamDiskLength (+52).
        uint block = SystemBase + LoaderBlockAddress;   // paging is on: the kernel's view of it
        uint head = block + 12;
        uint descriptors = block + LoaderBlockSize;
        uint options = descriptors + (uint)map.Count * DescriptorSize;
        Mem.Write(block, LoaderBlockSize);
        for (int i = 0; i < map.Count; i++)
        {
            uint descriptor = descriptors + (uint)i * DescriptorSize;
            Mem.Write(descriptor + 8, map[i].Type);
            Mem.Write(descriptor + 12, map[i].BasePage);
            Mem.Write(descriptor + 16, map[i].PageCount);
        }
        LinkList(head, Enumerable.Range(0, map.Count).Select(i => descriptors + (uint)i * DescriptorSize).ToList());
        Mem.Write(block + 20, SystemBase + StackTop);
        Mem.Write(block + 24, StackSize);
        Mem.Write(block + 28, options);
        Mem.Write(block + 32, hive.Length);
        Mem.Write(block + 36, SystemBase + hive.Start);
        Mem.Write(block + 48, volume.Length == 0 ? 0u : volume.Base);
        Mem.Write(block + 52, volume.Length);
        var text = Encoding.ASCII.GetBytes(bootOptions + "\0");
        Mem.CopyIn(options, text);
        uint end = BuildModuleList(block + 4, (options + (uint)text.Length + 3) & ~3u, images);
        end = BuildBootDriverList(block + 40, end, bootDrivers);
        if (end - SystemBase > LowMemoryEnd)
            throw new BareMachine.SetupException($"the loader block's lists need {end - SystemBase - LoaderBlockAddress} bytes: more than low memory holds");
        return block;
    }
}

/// <summary>
/// The SYSTEM hive a boot hands the kernel: its regf image (<see cref="Registry.HiveWriter"/>), and, when given,
/// what receives the image as the kernel left it in memory when the run ends (its flushes land there).
/// </summary>
public sealed record SystemHive(byte[] Image, Action<byte[]>? AtEnd = null)
{
    /// <summary>The hive composed from a <c>.reg</c> source (<see cref="Registry.RegSource"/>) for HKEY_LOCAL_MACHINE\SYSTEM.</summary>
    public static SystemHive FromSource(string regFile, Action<byte[]>? atEnd = null) => FromTree(Parse(regFile), atEnd);

    /// <summary>The hive of a parsed SYSTEM source (edited, perhaps: a driver tried with <c>--driver</c> added).</summary>
    public static SystemHive FromTree(Registry.RegKey system, Action<byte[]>? atEnd = null) => new(Registry.HiveWriter.Write(system, "SYSTEM"), atEnd);

    /// <summary>A SYSTEM hive's <c>.reg</c> source, parsed.</summary>
    public static Registry.RegKey Parse(string regFile) =>
        Registry.RegSource.Parse(File.ReadAllText(regFile), @"HKEY_LOCAL_MACHINE\SYSTEM", regFile);
}
