namespace Nt2cs.Machine.Firmware;

/// <summary>
/// AllocatePool and FreePool (UEFI 2.10 §7.2): blocks 8-byte aligned, carved first fit from arenas of pages of the
/// pool's memory type (a block larger than an arena takes pages of its own). An arena whose blocks are all free
/// goes back to the memory map. Only addresses the pool handed out and has not taken back can be freed.
/// </summary>
internal sealed class Pool(MemoryMap map)
{
    private const uint ArenaPages = 16;
    private const uint Alignment = 8;

    private sealed class Arena(uint start, uint bytes, uint type)
    {
        public readonly uint Start = start;
        public readonly uint Bytes = bytes;
        public readonly uint Type = type;

        /// <summary>Free runs (address, length), in address order.</summary>
        public readonly List<(uint At, uint Length)> Free = [(start, bytes)];
    }

    private sealed record Block(uint Size, Arena? Arena, uint Pages);

    private readonly List<Arena> _arenas = [];
    private readonly Dictionary<uint, Block> _live = [];

    /// <summary>A block of <paramref name="bytes"/> of <paramref name="type"/>: its address, or 0 when memory is out.</summary>
    public uint Allocate(uint type, uint bytes)
    {
        uint size = (uint)Math.Max(Alignment, ((ulong)bytes + Alignment - 1) & ~(ulong)(Alignment - 1));
        if (bytes > uint.MaxValue - MemoryMap.PageSize)
            return 0;
        if (size > ArenaPages * MemoryMap.PageSize / 2)
        {
            uint pages = (size + MemoryMap.PageSize - 1) / MemoryMap.PageSize;
            if (map.FindFree(pages, Math.Min(map.RamPages, 1UL << 20)) is not { } first)
                return 0;
            map.Set(first, pages, type, MemoryMap.Owner.Pool);
            uint address = (uint)(first << MemoryMap.PageShift);
            _live.Add(address, new Block(size, null, pages));
            return address;
        }
        foreach (var arena in _arenas)
            if (arena.Type == type && Carve(arena, size) is { } carved)
                return carved;
        if (map.FindFree(ArenaPages, Math.Min(map.RamPages, 1UL << 20)) is not { } arenaFirst)
            return 0;
        map.Set(arenaFirst, ArenaPages, type, MemoryMap.Owner.Pool);
        var fresh = new Arena((uint)(arenaFirst << MemoryMap.PageShift), ArenaPages * MemoryMap.PageSize, type);
        _arenas.Add(fresh);
        return Carve(fresh, size)!.Value;
    }

    private uint? Carve(Arena arena, uint size)
    {
        for (int i = 0; i < arena.Free.Count; i++)
        {
            var (at, length) = arena.Free[i];
            if (length < size)
                continue;
            if (length == size)
                arena.Free.RemoveAt(i);
            else
                arena.Free[i] = (at + size, length - size);
            _live.Add(at, new Block(size, arena, 0));
            return at;
        }
        return null;
    }

    /// <summary>Frees a live block; false when <paramref name="address"/> is none (never allocated, or freed already).</summary>
    public bool Free(uint address)
    {
        if (!_live.Remove(address, out var block))
            return false;
        if (block.Arena is not { } arena)
        {
            map.Set(address >> MemoryMap.PageShift, block.Pages, EfiMemoryType.ConventionalMemory, MemoryMap.Owner.Free);
            return true;
        }
        int index = arena.Free.FindIndex(f => f.At > address);
        if (index < 0)
            index = arena.Free.Count;
        arena.Free.Insert(index, (address, block.Size));
        if (index + 1 < arena.Free.Count && arena.Free[index].At + arena.Free[index].Length == arena.Free[index + 1].At)
        {
            arena.Free[index] = (arena.Free[index].At, arena.Free[index].Length + arena.Free[index + 1].Length);
            arena.Free.RemoveAt(index + 1);
        }
        if (index > 0 && arena.Free[index - 1].At + arena.Free[index - 1].Length == arena.Free[index].At)
        {
            arena.Free[index - 1] = (arena.Free[index - 1].At, arena.Free[index - 1].Length + arena.Free[index].Length);
            arena.Free.RemoveAt(index);
        }
        if (arena.Free is [var whole] && whole.Length == arena.Bytes)
        {
            _arenas.Remove(arena);
            map.Set(arena.Start >> MemoryMap.PageShift, ArenaPages, EfiMemoryType.ConventionalMemory, MemoryMap.Owner.Free);
        }
        return true;
    }
}
