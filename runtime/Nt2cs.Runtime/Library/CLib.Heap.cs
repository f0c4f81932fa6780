namespace Nt2cs.Runtime;

/// <summary>
/// malloc, calloc, realloc, free over the guest heap. Blocks are 8-byte aligned like MSVC's on x86, with an
/// 8-byte header (payload size, state tag) just below the payload, so freeing a pointer that is not a live block
/// is caught instead of corrupting the heap. A freed block of up to <see cref="SmallLimit"/> bytes goes on the
/// list of its exact size (a bitmap says which lists have blocks), a larger one into its power-of-two bin; malloc
/// reuses the most recently freed block of its size, else the smallest larger small block, else the first fit of
/// the bins, else takes new memory. Every step is constant time for small blocks: an interpreter that frees a
/// hundred thousand objects and allocates again (Lua's collector) no longer scans them on each malloc. Allocation
/// is deterministic, so addresses repeat run after run.
/// </summary>
public static unsafe partial class CLib
{
    private const uint HeaderSize = 8;
    private const uint TagInUse = 0xA110C8ED;
    private const uint TagFree = 0xF4EEB10C;
    private const uint StatusHeapCorruption = 0xC0000374;

    /// <summary>The largest payload kept on an exact-size list; larger blocks go to the bins.</summary>
    private const uint SmallLimit = 4096;

    private const int SmallClasses = (int)(SmallLimit / 8) + 1;

    private static uint s_heapBase;
    private static uint s_heapNext;
    private static uint s_heapEnd;
    private static readonly UIntList[] s_smallFree = NewLists(SmallClasses);
    private static readonly ulong[] s_smallNonEmpty = new ulong[(SmallClasses + 63) / 64];
    private static readonly UIntList[] s_freeBins = NewLists(33);

    private static UIntList[] NewLists(int count)
    {
        var lists = new UIntList[count];
        for (int i = 0; i < count; i++)
            lists[i] = new UIntList();
        return lists;
    }

    private static void StartHeap(uint heapBase, uint heapEnd)
    {
        s_heapBase = heapBase;
        s_heapNext = heapBase;
        s_heapEnd = heapEnd;
        foreach (var list in s_smallFree)
            list.Clear();
        Array.Clear(s_smallNonEmpty);
        foreach (var bin in s_freeBins)
            bin.Clear();
    }

    private static int BinOf(uint size) => 32 - System.Numerics.BitOperations.LeadingZeroCount(size);

    [CFunction]
    public static Ptr<CVoid> malloc(uint size)
    {
        if (size > 0x7FFF_0000)
            return default;
        uint payload = Math.Max(8, (size + 7) & ~7u);
        uint block = payload <= SmallLimit ? TakeSmall((int)(payload / 8)) : 0;
        if (block == 0)
            block = TakeFromBins(payload);
        if (block != 0)
        {
            Mem.RefW<uint>(block - 4) = TagInUse;
            return new Ptr<CVoid>(block);
        }
        if ((ulong)s_heapNext + HeaderSize + payload > s_heapEnd)
            return default;
        uint at = s_heapNext + HeaderSize;
        s_heapNext = at + payload;
        Mem.RefW<uint>(at - HeaderSize) = payload;
        Mem.RefW<uint>(at - 4) = TagInUse;
        return new Ptr<CVoid>(at);
    }

    /// <summary>A free small block of class <paramref name="sizeClass"/> or the next non-empty larger one; 0 if none.</summary>
    private static uint TakeSmall(int sizeClass)
    {
        for (int word = sizeClass / 64; word < s_smallNonEmpty.Length; word++)
        {
            ulong bits = s_smallNonEmpty[word];
            if (word == sizeClass / 64)
                bits &= ~0UL << (sizeClass % 64);
            if (bits == 0)
                continue;
            int found = word * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
            var list = s_smallFree[found];
            uint block = list.Pop();
            if (list.Count == 0)
                s_smallNonEmpty[found / 64] &= ~(1UL << (found % 64));
            return block;
        }
        return 0;
    }

    /// <summary>The first free large block of at least <paramref name="payload"/> bytes, from its bin up; 0 if none.</summary>
    private static uint TakeFromBins(uint payload)
    {
        for (int bin = BinOf(payload); bin < s_freeBins.Length; bin++)
        {
            var list = s_freeBins[bin];
            for (int i = 0; i < list.Count; i++)
            {
                uint block = list[i];
                if (Mem.Ref<uint>(block - HeaderSize) >= payload)
                {
                    list.RemoveAt(i);
                    return block;
                }
            }
        }
        return 0;
    }

    [CFunction]
    public static Ptr<CVoid> calloc(uint count, uint size)
    {
        ulong total = (ulong)count * size;
        if (total > uint.MaxValue)
            return default;
        var block = malloc((uint)total);
        if (!block.IsNull)
            Mem.Fill(block.Address, 0, (uint)total);
        return block;
    }

    [CFunction]
    public static void free(Ptr<CVoid> block)
    {
        if (block.IsNull)
            return;
        uint payload = CheckLive(block.Address, "free");
        Mem.RefW<uint>(block.Address - 4) = TagFree;
        if (payload <= SmallLimit)
        {
            int sizeClass = (int)(payload / 8);
            s_smallFree[sizeClass].Add(block.Address);
            s_smallNonEmpty[sizeClass / 64] |= 1UL << (sizeClass % 64);
        }
        else
        {
            s_freeBins[BinOf(payload)].Add(block.Address);
        }
    }

    [CFunction]
    public static Ptr<CVoid> realloc(Ptr<CVoid> block, uint size)
    {
        if (block.IsNull)
            return malloc(size);
        uint payload = CheckLive(block.Address, "realloc");
        if (size == 0)
        {
            free(block);
            return default;
        }
        if (size <= payload)
            return block;
        var moved = malloc(size);
        if (moved.IsNull)
            return default;
        Mem.Copy(moved.Address, block.Address, payload);
        free(block);
        return moved;
    }

    /// <summary>The payload size of the live block at <paramref name="address"/>, or a heap-corruption exception.</summary>
    private static uint CheckLive(uint address, string function)
    {
        if (address % 8 != 0 || address < s_heapBase || address >= s_heapNext
            || Mem.Ref<uint>(address - 4) != TagInUse)
        {
            throw new SehException(StatusHeapCorruption, 1, address)
            {
                Data = { ["detail"] = $"{function} of 0x{address:X8}, which is not a live heap block" },
            };
        }
        return Mem.Ref<uint>(address - HeaderSize);
    }
}
