namespace Nt2cs.Machine.Paging;

/// <summary>
/// Translation runs: stretches of consecutive linear pages that map, with identical walk results and full rights,
/// onto consecutive RAM frames. They let the flat window of <see cref="Nt2cs.Runtime.Mem"/> cover a whole run
/// instead of one 4 KiB page, so a loop sweeping a buffer leaves the fast path once per run, not once per page.
/// </summary>
/// <remarks>
/// A run is a second TLB, the kind the SDM allows (§4.10.2.3: a processor may cache translations it has not yet
/// used, as for prefetches). It is built after a walk, from the neighbouring entries of the same page table, and
/// it only takes in a page whose PTE already has A and D set and grants the current privilege both reads and
/// writes: caching it sets no flag a later access would have set, so A/D bits stay exactly as the accesses made
/// them. Runs are forgotten together on every invalidation event (invlpg, CR3 load, TLB flush, CR0/CR4 write,
/// privilege change, page fault): invalidating more than asked is always allowed. Like any TLB entry, a run may
/// keep a stale translation of a present page until such an event — the guest must invalidate after changing a
/// present entry (§4.10.4.3) — and it never caches a not-present one, so a 0→1 change needs no invalidation.
/// </remarks>
public sealed unsafe partial class Mmu
{
    /// <summary>Runs kept at once (replaced round-robin).</summary>
    public const int RunSlots = 16;

    private const uint TableSpan = 0x0040_0000; // linear bytes mapped by one page table, or one 4 MiB page

    private struct TranslationRun
    {
        public uint Lo;          // linear base, page aligned
        public uint Length;      // bytes, a multiple of PageSize
        public uint Physical;    // physical base
        public byte Walk;        // the walk result every page of the run shares
        public uint Generation;  // valid while equal to _runGeneration
    }

    private readonly TranslationRun[] _runs = new TranslationRun[RunSlots];
    private uint _runGeneration = 1;
    private int _nextRunSlot;

    /// <summary>Runs built so far (each replaces one walk per page it covers with none).</summary>
    public long RunsBuilt { get; private set; }

    /// <summary>Forgets every run: an invalidation event.</summary>
    private void ForgetRuns()
    {
        if (++_runGeneration == 0) // after 2^32 events: clear the slots so no old generation can match again
        {
            Array.Clear(_runs);
            _runGeneration = 1;
        }
    }

    private bool IsLive(int slot, uint page) =>
        _runs[slot].Generation == _runGeneration && page - _runs[slot].Lo < _runs[slot].Length;

    /// <summary>Fills the TLB entry of <paramref name="page"/> from a live run covering it, without a walk.</summary>
    private bool TryFillFromRun(uint page)
    {
        for (int slot = 0; slot < RunSlots; slot++)
        {
            if (!IsLive(slot, page))
                continue;
            ref var run = ref _runs[slot];
            uint physical = run.Physical + (page - run.Lo);
            ref var e = ref _tlb[(page >> 12) & (TlbEntries - 1)];
            e.Tag = page;
            e.PhysicalPage = physical;
            e.Host = _memory.RamPointer(physical, PageSize);
            e.Walk = run.Walk;
            e.Rights = RightsOf(run.Walk, (_cr0 & (uint)Cr0Flags.WP) != 0);
            e.RunSlot = (byte)(slot + 1);
            return true;
        }
        return false;
    }

    /// <summary>
    /// After a walk filled <paramref name="e"/> for <paramref name="page"/>: extends it over the neighbouring pages
    /// of its page table (or its whole 4 MiB page) that qualify, and records the run if it spans more than one page.
    /// </summary>
    private void TryBuildRun(uint page, uint pde, ref TlbEntry e)
    {
        e.RunSlot = 0;
        byte both = (byte)(_readRight | _writeRight);
        if ((e.Rights & both) != both || e.Host == null)
            return;
        uint tableBase = page & LargePageBaseMask;
        ulong tableEnd = (ulong)tableBase + TableSpan;
        uint lo = page;
        ulong hi = (ulong)page + PageSize;
        if ((e.Walk & WalkLarge) != 0)
        {
            uint physicalBase = e.PhysicalPage - (page - tableBase);
            if (_memory.RamPointer(physicalBase, TableSpan) == null)
                return;
            lo = tableBase;
            hi = tableEnd;
        }
        else
        {
            while (lo > tableBase && Continues(pde, lo - PageSize, page, ref e))
                lo -= PageSize;
            while (hi < tableEnd && Continues(pde, (uint)hi, page, ref e))
                hi += PageSize;
        }
        if (hi - lo == PageSize)
            return;

        int slot = _nextRunSlot;
        _nextRunSlot = (slot + 1) % RunSlots;
        _runs[slot] = new TranslationRun
        {
            Lo = lo,
            Length = (uint)(hi - lo),
            Physical = e.PhysicalPage - (page - lo),
            Walk = e.Walk,
            Generation = _runGeneration,
        };
        e.RunSlot = (byte)(slot + 1);
        RunsBuilt++;
    }

    /// <summary>
    /// Whether <paramref name="linear"/>'s PTE (in the table of <paramref name="pde"/>) continues the run of
    /// <paramref name="page"/>: present with A and D set, the same walk result, the next RAM frame in line.
    /// </summary>
    private bool Continues(uint pde, uint linear, uint page, ref TlbEntry e)
    {
        uint pte = _memory.ReadUInt32((pde & PageBaseMask) | (((linear >> 12) & 0x3FF) << 2));
        const uint needed = (uint)(PageEntry.Present | PageEntry.Accessed | PageEntry.Dirty);
        if ((pte & needed) != needed)
            return false;
        if (WalkOf(pde, pte, large: false) != e.Walk)
            return false;
        uint frame = pte & PageBaseMask;
        return frame == e.PhysicalPage + (linear - page) && _memory.RamPointer(frame, PageSize) != null;
    }
}
