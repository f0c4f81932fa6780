namespace Nt2cs.Machine.Firmware;

/// <summary>EFI_MEMORY_TYPE values and the memory attributes (UEFI 2.10 §7.2, AllocatePages and GetMemoryMap).</summary>
public static class EfiMemoryType
{
    public const uint ReservedMemory = 0;
    public const uint LoaderCode = 1;
    public const uint LoaderData = 2;
    public const uint BootServicesCode = 3;
    public const uint BootServicesData = 4;
    public const uint RuntimeServicesCode = 5;
    public const uint RuntimeServicesData = 6;
    public const uint ConventionalMemory = 7;
    public const uint UnusableMemory = 8;
    public const uint AcpiReclaimMemory = 9;
    public const uint AcpiMemoryNvs = 10;
    public const uint MemoryMappedIo = 11;
    public const uint MemoryMappedIoPortSpace = 12;
    public const uint PalCode = 13;
    public const uint PersistentMemory = 14;
    public const uint UnacceptedMemory = 15;
    public const uint MaxMemoryType = 16;

    /// <summary>0x70000000–0x7FFFFFFF are the OEM's, 0x80000000–0xFFFFFFFF the OS loader's: valid to allocate.</summary>
    public const uint FirstOemType = 0x7000_0000;

    // EFI_MEMORY_* attributes.
    public const ulong Uc = 0x1, Wc = 0x2, Wt = 0x4, Wb = 0x8;
    public const ulong Runtime = 0x8000_0000_0000_0000;

    /// <summary>What RAM can be: every cacheability the machine's RAM allows.</summary>
    public const ulong RamAttributes = Uc | Wc | Wt | Wb;

    /// <summary>
    /// A type AllocatePages and AllocatePool accept: the specification's types other than free memory
    /// (conventional, persistent, unaccepted), or an OEM or OS type; EfiMaxMemoryType..0x6FFFFFFF is invalid.
    /// </summary>
    public static bool IsAllocatable(uint type) => type >= FirstOemType
        || (type < MaxMemoryType && type is not (ConventionalMemory or PersistentMemory or UnacceptedMemory));

    public static bool IsRuntime(uint type) => type is RuntimeServicesCode or RuntimeServicesData;
}

/// <summary>
/// The firmware's memory map (UEFI 2.10 §7.2): RAM as page ranges, each of a memory type and owned by whoever
/// took it (free, the firmware, AllocatePages, the pool, an image). Adjacent ranges of one type and owner are one
/// range. Every change takes a new map key, so a caller of ExitBootServices holding an old map is told so.
/// <see cref="AllocateAnyPages"/> takes the highest free pages that fit, as real firmware does, so low memory
/// stays free for an OS loader that wants fixed addresses.
/// </summary>
internal sealed class MemoryMap
{
    public const uint PageSize = 0x1000;
    public const int PageShift = 12;

    /// <summary>Who holds a range: FreePages may free only what AllocatePages gave.</summary>
    public enum Owner { Free, Firmware, Pages, Pool, Image }

    public sealed record Range(ulong First, ulong Pages, uint Type, Owner Owner)
    {
        public ulong End => First + Pages;
    }

    private readonly List<Range> _ranges = [];
    private readonly ulong _ramPages;

    public MemoryMap(ulong ramBytes)
    {
        _ramPages = ramBytes >> PageShift;
        _ranges.Add(new Range(0, _ramPages, EfiMemoryType.ConventionalMemory, Owner.Free));
    }

    /// <summary>Changes with every change of the map (GetMemoryMap's MapKey).</summary>
    public uint MapKey { get; private set; } = 1;

    public IReadOnlyList<Range> Ranges => _ranges;

    /// <summary>The highest free run of <paramref name="pages"/> pages ending at or below <paramref name="limit"/> (exclusive page number): its first page, or null.</summary>
    public ulong? FindFree(ulong pages, ulong limit)
    {
        for (int i = _ranges.Count - 1; i >= 0; i--)
        {
            var range = _ranges[i];
            if (range.Owner != Owner.Free)
                continue;
            ulong end = Math.Min(range.End, limit);
            if (end >= range.First + pages && end > range.First)
                return end - pages;
        }
        return null;
    }

    /// <summary>True when every page of [first, first + pages) is RAM held by <paramref name="owner"/>.</summary>
    public bool IsHeldBy(ulong first, ulong pages, Owner owner)
    {
        if (pages == 0 || first + pages > _ramPages)
            return false;
        ulong page = first;
        foreach (var range in _ranges)
        {
            if (range.End <= page)
                continue;
            if (range.First > page || range.Owner != owner)
                return false;
            page = range.End;
            if (page >= first + pages)
                return true;
        }
        return false;
    }

    /// <summary>Gives [first, first + pages) to <paramref name="owner"/> as <paramref name="type"/> (the caller checked it is free, or frees it).</summary>
    public void Set(ulong first, ulong pages, uint type, Owner owner)
    {
        var updated = new List<Range>(_ranges.Count + 2);
        ulong end = first + pages;
        foreach (var range in _ranges)
        {
            if (range.End <= first || range.First >= end)
            {
                updated.Add(range);
                continue;
            }
            if (range.First < first)
                updated.Add(range with { Pages = first - range.First });
            if (range.End > end)
                updated.Add(range with { First = end, Pages = range.End - end });
        }
        int at = updated.FindIndex(r => r.First > first);
        updated.Insert(at < 0 ? updated.Count : at, new Range(first, pages, type, owner));
        _ranges.Clear();
        foreach (var range in updated)
        {
            if (_ranges.Count > 0 && _ranges[^1] is var last && last.End == range.First && last.Type == range.Type && last.Owner == range.Owner)
                _ranges[^1] = last with { Pages = last.Pages + range.Pages };
            else
                _ranges.Add(range);
        }
        MapKey++;
    }

    public ulong RamPages => _ramPages;

    /// <summary>The map as GetMemoryMap describes it: adjacent ranges of one type merged whoever holds them.</summary>
    public List<(ulong First, ulong Pages, uint Type)> Descriptors()
    {
        var list = new List<(ulong First, ulong Pages, uint Type)>(_ranges.Count);
        foreach (var range in _ranges)
        {
            if (list.Count > 0 && list[^1] is var last && last.Type == range.Type && last.First + last.Pages == range.First)
                list[^1] = (last.First, last.Pages + range.Pages, last.Type);
            else
                list.Add((range.First, range.Pages, range.Type));
        }
        return list;
    }
}
