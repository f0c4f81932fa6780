using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Paging;

/// <summary>
/// The i386 MMU with 32-bit paging (Intel SDM vol. 3A chapter 4): linear addresses of generated code become
/// physical addresses of <see cref="PhysicalMemory"/>, through the guest's own page tables.
/// </summary>
/// <remarks>
/// <para><b>Modes.</b> CR0.PG = 0: linear is physical. CR0.PG = 1: a two-level walk from CR3 (§4.3), with 4 MiB
/// pages when CR4.PSE = 1 and PDE.PS = 1. PAE, PCIDs, SMEP/SMAP, protection keys and reserved-bit checks are not
/// modelled. Instruction fetches are checked as reads (no NX on i386).</para>
/// <para><b>Access rights</b> (§4.6). A user access (<see cref="CurrentPrivilege"/> = 3) needs U/S = 1 in both
/// levels, and for a write R/W = 1 in both levels. A supervisor access may read anything; it may write a
/// read-only page only while CR0.WP = 0.</para>
/// <para><b>Accessed and dirty flags</b> (§4.8) are written into the guest's tables as hardware does: A in every
/// entry used by a successful translation, D in the page-mapping entry (PTE, or PDE of a 4 MiB page) on a write.
/// A translation that faults writes neither.</para>
/// <para><b>TLB</b> (§4.10). A 256-entry direct-mapped software TLB caches translations with their rights and
/// keeps them — stale or not — until <see cref="InvalidatePage"/> (invlpg), a CR3 load (non-global entries), a
/// change of CR0.PG, CR4.PSE, CR4.PGE or CR4.PAE (all entries), or a page fault on that address (§4.10.4.1). An
/// entry allows writes only once its D flag is known set, so the first write to a clean page re-walks the tables
/// and sets D. Global pages (CR4.PGE with G = 1) survive CR3 loads. A CR0.WP change re-evaluates the cached
/// rights instead of flushing, as the processor checks WP against the cached R/W bits.</para>
/// <para><b>Faults.</b> A fault goes to <see cref="FaultHandler"/> (the CPU layer, which runs the guest's #PF
/// handler and returns to retry the access) or, without one, is thrown as <see cref="PageFaultException"/>. For an
/// access spanning two pages, CR2 is the access's address if the first page faults, else the second page's base.</para>
/// <para><b>Host pointers.</b> <see cref="Translate"/> returns pointers into RAM. A page in a hole of the physical
/// address space translates to a scratch buffer refilled with all-ones for every access, so reads see all-ones
/// and writes vanish, as on the bus. A device register reached through <see cref="Translate"/> throws
/// <see cref="UnsupportedGuestAccessException"/>; <see cref="Read"/>/<see cref="Write"/> reach devices.</para>
/// <para><b>Fast path.</b> When <see cref="Install"/>ed, the MMU points <see cref="Mem"/>'s flat window at the page
/// it translated last — or at the whole translation run that page belongs to (Mmu.Runs.cs: neighbouring pages of
/// the same page table, A and D already set, consecutive RAM frames) — but only for RAM the current privilege may
/// both read and write with D already set (the window does not tell reads from writes); with paging off the
/// window is all of RAM. The window and the runs are dropped on every CR0/CR3/CR4 write, invlpg, TLB flush,
/// privilege change and page fault.</para>
/// <para>Single-threaded: only the thread holding the virtual CPU uses it.</para>
/// </remarks>
public sealed unsafe partial class Mmu : IAddressSpace, IDisposable
{
    public const int TlbEntries = 256;
    public const uint PageSize = 4096;

    /// <summary>Handled faults of one access after which the MMU gives up and throws (a livelocked handler).</summary>
    public const int MaxFaultRetries = 16;

    private const uint PageOffsetMask = PageSize - 1;
    private const uint PageBaseMask = ~PageOffsetMask;
    private const uint LargePageBaseMask = 0xFFC0_0000;
    private const uint InvalidTag = 1; // never equal to a page-aligned linear address
    private const string LogSource = "mmu";

    // Rights cached per TLB entry: which (privilege, kind) pairs it permits.
    private const byte SupervisorRead = 1, UserRead = 2, SupervisorWrite = 4, UserWrite = 8;

    // Walk results cached per TLB entry.
    private const byte WalkUser = 1, WalkWritable = 2, WalkDirty = 4, WalkGlobal = 8, WalkLarge = 16;

    [StructLayout(LayoutKind.Sequential)]
    private struct TlbEntry
    {
        public uint Tag;            // linear page base, or InvalidTag
        public uint PhysicalPage;   // physical page base
        public byte* Host;          // host address of the physical page if it is RAM, else null
        public byte Rights;         // SupervisorRead | UserRead | SupervisorWrite | UserWrite
        public byte Walk;           // WalkUser | WalkWritable | WalkDirty | WalkGlobal | WalkLarge
        public byte RunSlot;        // 1 + the slot of the translation run the entry came with, or 0
    }

    private readonly PhysicalMemory _memory;
    private readonly MachineLog _log;
    private readonly TlbEntry[] _tlb = new TlbEntry[TlbEntries];
    private byte* _holeScratch;
    private uint _cr0, _cr3, _cr4;
    private bool _paging;
    private int _cpl;
    private byte _readRight = SupervisorRead, _writeRight = SupervisorWrite;
    private bool _manageWindow;

    public Mmu(PhysicalMemory memory, MachineLog? log = null)
    {
        _memory = memory;
        _log = log ?? MachineLog.Discard();
        _holeScratch = (byte*)NativeMemory.Alloc(PageSize + Mem.MaxScalar);
        FlushTlb(includeGlobal: true);
    }

    public PhysicalMemory Memory => _memory;

    /// <summary>The CPU layer's #PF delivery; null makes every fault a <see cref="PageFaultException"/>.</summary>
    public IPageFaultHandler? FaultHandler { get; set; }

    public uint Cr0 => _cr0;
    public uint Cr3 => _cr3;
    public uint Cr4 => _cr4;

    public bool PagingEnabled => _paging;

    /// <summary>Page walks done so far (TLB misses and first writes to clean pages).</summary>
    public long WalkCount { get; private set; }

    /// <summary>CPL: 3 makes accesses user-mode, 0–2 supervisor-mode.</summary>
    public int CurrentPrivilege
    {
        get => _cpl;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 3);
            if (value == _cpl)
                return;
            _cpl = value;
            bool user = value == 3;
            _readRight = user ? UserRead : SupervisorRead;
            _writeRight = user ? UserWrite : SupervisorWrite;
            ForgetFastPaths();
        }
    }

    /// <summary>Makes this MMU the guest address space of generated code and lets it manage the flat window.</summary>
    public void Install()
    {
        Mem.Install(this);
        _manageWindow = true;
    }

    /// <summary><c>mov cr0, value</c>.</summary>
    public void WriteCr0(uint value)
    {
        uint changed = _cr0 ^ value;
        _cr0 = value;
        _paging = (value & (uint)Cr0Flags.PG) != 0;
        if (_paging && (value & (uint)Cr0Flags.PE) == 0)
            _log.Warn(LogSource, "CR0.PG set without CR0.PE (the CPU raises #GP for this); paging anyway");
        if ((changed & (uint)Cr0Flags.PG) != 0)
            FlushTlb(includeGlobal: true);
        else if ((changed & (uint)Cr0Flags.WP) != 0)
            RecomputeRights();
        ForgetFastPaths();
    }

    /// <summary><c>mov cr3, value</c>: a new page directory; flushes every non-global translation.</summary>
    public void WriteCr3(uint value)
    {
        _cr3 = value;
        FlushTlb(includeGlobal: false);
    }

    /// <summary><c>mov cr4, value</c>.</summary>
    public void WriteCr4(uint value)
    {
        uint changed = _cr4 ^ value;
        _cr4 = value;
        if ((value & (uint)Cr4Flags.PAE) != 0 && (changed & (uint)Cr4Flags.PAE) != 0)
            _log.Warn(LogSource, "CR4.PAE set: PAE paging is not modelled; 32-bit paging continues");
        if ((changed & (uint)(Cr4Flags.PSE | Cr4Flags.PGE | Cr4Flags.PAE)) != 0)
            FlushTlb(includeGlobal: true);
        ForgetFastPaths();
    }

    /// <summary><c>invlpg</c>: drops the translation of the page containing <paramref name="linear"/> (global or not).</summary>
    public void InvalidatePage(uint linear)
    {
        uint page = linear & PageBaseMask;
        ref var e = ref _tlb[(page >> 12) & (TlbEntries - 1)];
        if (e.Tag == page)
            e.Tag = InvalidTag;
        // A 4 MiB page is cached as 4 KiB pieces: invlpg anywhere in it drops all of them.
        uint large = linear & LargePageBaseMask;
        for (int i = 0; i < _tlb.Length; i++)
            if ((_tlb[i].Walk & WalkLarge) != 0 && (_tlb[i].Tag & LargePageBaseMask) == large)
                _tlb[i].Tag = InvalidTag;
        ForgetFastPaths();
    }

    /// <summary>Drops cached translations: all of them, or all but the global ones (a CR3 load).</summary>
    public void FlushTlb(bool includeGlobal = true)
    {
        for (int i = 0; i < _tlb.Length; i++)
            if (includeGlobal || (_tlb[i].Walk & WalkGlobal) == 0)
                _tlb[i].Tag = InvalidTag;
        ForgetFastPaths();
    }

    // ---- IAddressSpace ------------------------------------------------------------------------------------

    /// <summary>Host pointer to <paramref name="size"/> bytes at linear <paramref name="address"/> for an access of <paramref name="kind"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte* Translate(uint address, uint size, Access kind)
    {
        if (_paging)
        {
            if ((address & PageOffsetMask) + size <= PageSize)
            {
                ref var e = ref _tlb[(address >> 12) & (TlbEntries - 1)];
                byte need = kind == Access.Write ? _writeRight : _readRight;
                if (e.Tag == (address & PageBaseMask) && (e.Rights & need) != 0 && e.Host != null)
                {
                    if (_manageWindow)
                        OpenPageWindow(ref e);
                    return e.Host + (address & PageOffsetMask);
                }
            }
        }
        else if ((ulong)address + size <= _memory.RamSize)
        {
            if (_manageWindow)
                OpenRamWindow();
            return _memory.RamBase + address;
        }
        return TranslateSlow(address, size, kind);
    }

    /// <summary>A checked read of 1, 2, 4 or 8 bytes: reaches RAM, device registers and holes.</summary>
    public ulong Read(uint address, uint size)
    {
        if ((address & PageOffsetMask) + size <= PageSize)
            return ReadPhysical(ResolvePhysical(address, Access.Read), size);
        // Straddles a page boundary: both translations first (a fault leaves nothing half-done), then byte by byte.
        uint second = (address & PageBaseMask) + PageSize;
        uint first = ResolvePhysical(address, Access.Read);
        uint next = ResolvePhysical(second, Access.Read);
        uint inFirst = second - address;
        ulong value = 0;
        for (uint i = 0; i < size; i++)
            value |= ReadPhysical(i < inFirst ? first + i : next + (i - inFirst), 1) << (int)(8 * i);
        return value;
    }

    /// <summary>A checked write of 1, 2, 4 or 8 bytes: reaches RAM, device registers and holes.</summary>
    public void Write(uint address, uint size, ulong value)
    {
        if ((address & PageOffsetMask) + size <= PageSize)
        {
            WritePhysical(ResolvePhysical(address, Access.Write), size, value);
            return;
        }
        uint second = (address & PageBaseMask) + PageSize;
        uint first = ResolvePhysical(address, Access.Write);
        uint next = ResolvePhysical(second, Access.Write);
        uint inFirst = second - address;
        for (uint i = 0; i < size; i++)
            WritePhysical(i < inFirst ? first + i : next + (i - inFirst), 1, (value >> (int)(8 * i)) & 0xFF);
    }

    // ---- translation ----------------------------------------------------------------------------------------

    /// <summary>
    /// The physical address of <paramref name="linear"/> for an access of <paramref name="kind"/> at the current
    /// privilege, as the CPU would use it (TLB, walk, A/D updates, faults).
    /// </summary>
    public uint TranslateToPhysical(uint linear, Access kind) => ResolvePhysical(linear, kind);

    /// <summary>
    /// A debugger's look at the page tables: the physical address <paramref name="linear"/> maps to now, ignoring
    /// the TLB and access rights, setting no flags and raising no fault.
    /// </summary>
    public bool Probe(uint linear, out uint physical)
    {
        physical = linear;
        if (!_paging)
            return true;
        uint pde = _memory.ReadUInt32((_cr3 & PageBaseMask) | ((linear >> 22) << 2));
        if ((pde & (uint)PageEntry.Present) == 0)
            return false;
        if ((pde & (uint)PageEntry.PageSize) != 0 && (_cr4 & (uint)Cr4Flags.PSE) != 0)
        {
            physical = (pde & LargePageBaseMask) | (linear & ~LargePageBaseMask);
            return true;
        }
        uint pte = _memory.ReadUInt32((pde & PageBaseMask) | (((linear >> 12) & 0x3FF) << 2));
        if ((pte & (uint)PageEntry.Present) == 0)
            return false;
        physical = (pte & PageBaseMask) | (linear & PageOffsetMask);
        return true;
    }

    private byte* TranslateSlow(uint address, uint size, Access kind)
    {
        if (size == 0)
            size = 1;
        ulong end = (ulong)address + size;
        if (end > 1ul << 32)
            throw new UnsupportedGuestAccessException(
                $"a {size}-byte access at linear 0x{address:X8} wraps around the 4 GiB address space");

        uint physical = ResolvePhysical(address, kind);
        byte* host = HostPointer(address, physical, size, kind);

        // Every further page of the range must be mapped (in order, so CR2 names the first one that faults) and
        // physically contiguous, or no single host pointer can cover it.
        for (ulong page = (address & PageBaseMask) + (ulong)PageSize; page < end; page += PageSize)
        {
            uint next = ResolvePhysical((uint)page, kind);
            if (next != physical + (uint)(page - address) || !_memory.IsRam(next, 1))
                throw new UnsupportedGuestAccessException(
                    $"a {size}-byte access at linear 0x{address:X8} crosses into page 0x{page:X8}, which is not " +
                    $"physically contiguous RAM (0x{physical:X8} continues at 0x{next:X8}); such accesses must use the " +
                    "checked Mem.Read/Mem.Write path");
        }
        return host;
    }

    /// <summary>The host address for an access of <paramref name="size"/> bytes at <paramref name="physical"/>.</summary>
    private byte* HostPointer(uint linear, uint physical, uint size, Access kind)
    {
        if (_memory.RamPointer(physical, 1) is var ram && ram != null)
        {
            if (_manageWindow)
            {
                if (!_paging)
                    OpenRamWindow();
                else
                {
                    ref var e = ref _tlb[(linear >> 12) & (TlbEntries - 1)];
                    if (e.Tag == (linear & PageBaseMask))
                        OpenPageWindow(ref e);
                }
            }
            return ram;
        }
        if (_memory.FindMmio(physical) is { } region)
            throw new UnsupportedGuestAccessException(
                $"{region.Name} register at physical 0x{physical:X8} (linear 0x{linear:X8}) was reached through a " +
                "plain pointer; device registers must be accessed as volatile (Mem.Read/Mem.Write)");
        // A hole: reads see all-ones and writes vanish, one access at a time.
        _log.Warn(LogSource, $"{(kind == Access.Write ? "write to" : "read of")} linear 0x{linear:X8} reaches physical " +
            $"0x{physical:X8}, which is neither RAM nor a device: all-ones, writes ignored");
        uint offset = physical & PageOffsetMask;
        uint length = Math.Min(size, PageSize + Mem.MaxScalar - offset);
        new Span<byte>(_holeScratch + offset, (int)length).Fill(0xFF);
        return _holeScratch + offset;
    }

    /// <summary>Linear to physical with the TLB, walking and delivering faults as needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint ResolvePhysical(uint linear, Access kind)
    {
        if (!_paging)
            return linear;
        ref var e = ref _tlb[(linear >> 12) & (TlbEntries - 1)];
        byte need = kind == Access.Write ? _writeRight : _readRight;
        if (e.Tag == (linear & PageBaseMask) && (e.Rights & need) != 0)
            return e.PhysicalPage | (linear & PageOffsetMask);
        return ResolveByWalk(linear, kind);
    }

    private uint ResolveByWalk(uint linear, Access kind)
    {
        // A page of a live run has every right at this privilege: no walk, no fault.
        if (TryFillFromRun(linear & PageBaseMask))
            return _tlb[(linear >> 12) & (TlbEntries - 1)].PhysicalPage | (linear & PageOffsetMask);
        for (int handled = 0; ; handled++)
        {
            if (Walk(linear, kind, out uint physical, out var fault))
                return physical;
            // §4.10.4.1: a page fault invalidates the faulting address's translations.
            InvalidateEntry(linear);
            ForgetFastPaths();
            if (FaultHandler is null)
                throw new PageFaultException(fault);
            if (handled == MaxFaultRetries)
                throw new PageFaultException(fault, $"still faulting after {MaxFaultRetries} handled page faults");
            if (!FaultHandler.HandlePageFault(fault))
                throw new PageFaultException(fault);
        }
    }

    /// <summary>
    /// The 32-bit paging walk (§4.3): checks rights (§4.6), sets A/D (§4.8), fills the TLB. Returns false with
    /// the fault to deliver.
    /// </summary>
    private bool Walk(uint linear, Access kind, out uint physical, out PageFault fault)
    {
        WalkCount++;
        bool write = kind == Access.Write;
        bool user = _cpl == 3;
        var code = (write ? PageFaultErrorCode.Write : 0) | (user ? PageFaultErrorCode.User : 0);
        physical = 0;

        uint pdeAddress = (_cr3 & PageBaseMask) | ((linear >> 22) << 2);
        uint pde = _memory.ReadUInt32(pdeAddress);
        if ((pde & (uint)PageEntry.Present) == 0)
        {
            fault = new PageFault(linear, code);
            return false;
        }

        bool large = (pde & (uint)PageEntry.PageSize) != 0 && (_cr4 & (uint)Cr4Flags.PSE) != 0;
        uint pteAddress = 0, pte = 0, frame;
        bool userOk, writable;
        if (large)
        {
            userOk = (pde & (uint)PageEntry.User) != 0;
            writable = (pde & (uint)PageEntry.Writable) != 0;
            frame = (pde & LargePageBaseMask) | (linear & ~LargePageBaseMask & PageBaseMask);
        }
        else
        {
            pteAddress = (pde & PageBaseMask) | (((linear >> 12) & 0x3FF) << 2);
            pte = _memory.ReadUInt32(pteAddress);
            if ((pte & (uint)PageEntry.Present) == 0)
            {
                fault = new PageFault(linear, code);
                return false;
            }
            userOk = (pde & pte & (uint)PageEntry.User) != 0;
            writable = (pde & pte & (uint)PageEntry.Writable) != 0;
            frame = pte & PageBaseMask;
        }

        bool wp = (_cr0 & (uint)Cr0Flags.WP) != 0;
        if ((user && !userOk) || (write && !writable && (user || wp)))
        {
            fault = new PageFault(linear, code | PageFaultErrorCode.ProtectionViolation);
            return false;
        }

        // Accessed in every entry used; dirty in the page-mapping entry on a write.
        if ((pde & (uint)PageEntry.Accessed) == 0 || (large && write && (pde & (uint)PageEntry.Dirty) == 0))
        {
            pde |= (uint)PageEntry.Accessed | (large && write ? (uint)PageEntry.Dirty : 0);
            _memory.WriteUInt32(pdeAddress, pde);
        }
        if (!large && ((pte & (uint)PageEntry.Accessed) == 0 || (write && (pte & (uint)PageEntry.Dirty) == 0)))
        {
            pte |= (uint)PageEntry.Accessed | (write ? (uint)PageEntry.Dirty : 0);
            _memory.WriteUInt32(pteAddress, pte);
        }
        ref var e = ref _tlb[(linear >> 12) & (TlbEntries - 1)];
        e.Tag = linear & PageBaseMask;
        e.PhysicalPage = frame;
        e.Host = _memory.RamPointer(frame, PageSize);
        e.Walk = WalkOf(pde, pte, large);
        e.Rights = RightsOf(e.Walk, wp);
        TryBuildRun(e.Tag, pde, ref e);

        physical = frame | (linear & PageOffsetMask);
        fault = default;
        return true;
    }

    /// <summary>What a walk through <paramref name="pde"/> (and <paramref name="pte"/> unless a 4 MiB page) caches.</summary>
    private byte WalkOf(uint pde, uint pte, bool large)
    {
        uint leaf = large ? pde : pte, both = large ? pde : pde & pte;
        return (byte)(((both & (uint)PageEntry.User) != 0 ? WalkUser : 0)
            | ((both & (uint)PageEntry.Writable) != 0 ? WalkWritable : 0)
            | ((leaf & (uint)PageEntry.Dirty) != 0 ? WalkDirty : 0)
            | ((leaf & (uint)PageEntry.Global) != 0 && (_cr4 & (uint)Cr4Flags.PGE) != 0 ? WalkGlobal : 0)
            | (large ? WalkLarge : 0));
    }

    /// <summary>The (privilege, kind) pairs a cached walk permits; writes only once D is known set.</summary>
    private static byte RightsOf(byte walk, bool wp)
    {
        bool user = (walk & WalkUser) != 0, writable = (walk & WalkWritable) != 0, dirty = (walk & WalkDirty) != 0;
        byte rights = SupervisorRead;
        if (user)
            rights |= UserRead;
        if (dirty && (writable || !wp))
            rights |= SupervisorWrite;
        if (dirty && writable && user)
            rights |= UserWrite;
        return rights;
    }

    private void RecomputeRights()
    {
        bool wp = (_cr0 & (uint)Cr0Flags.WP) != 0;
        for (int i = 0; i < _tlb.Length; i++)
            _tlb[i].Rights = RightsOf(_tlb[i].Walk, wp);
    }

    private void InvalidateEntry(uint linear)
    {
        ref var e = ref _tlb[(linear >> 12) & (TlbEntries - 1)];
        if (e.Tag == (linear & PageBaseMask))
            e.Tag = InvalidTag;
    }

    // ---- physical access for the checked path ------------------------------------------------------------------

    private ulong ReadPhysical(uint physical, uint size)
    {
        byte* ram = _memory.RamPointer(physical, size);
        if (ram == null)
            return _memory.Read(physical, size);
        return size switch
        {
            1 => Volatile.Read(ref *ram),
            2 => Volatile.Read(ref Unsafe.AsRef<ushort>(ram)),
            4 => Volatile.Read(ref Unsafe.AsRef<uint>(ram)),
            _ => Volatile.Read(ref Unsafe.AsRef<ulong>(ram)),
        };
    }

    private void WritePhysical(uint physical, uint size, ulong value)
    {
        byte* ram = _memory.RamPointer(physical, size);
        if (ram == null)
        {
            _memory.Write(physical, size, value);
            return;
        }
        switch (size)
        {
            case 1: Volatile.Write(ref *ram, (byte)value); break;
            case 2: Volatile.Write(ref Unsafe.AsRef<ushort>(ram), (ushort)value); break;
            case 4: Volatile.Write(ref Unsafe.AsRef<uint>(ram), (uint)value); break;
            default: Volatile.Write(ref Unsafe.AsRef<ulong>(ram), value); break;
        }
    }

    // ---- the flat window ---------------------------------------------------------------------------------------

    /// <summary>Opens the window over the entry's page, or over the whole translation run it came with.</summary>
    private void OpenPageWindow(ref TlbEntry e)
    {
        byte both = (byte)(_readRight | _writeRight);
        if ((e.Rights & both) != both || e.Host == null || !ReferenceEquals(Mem.Space, this))
            return;
        if (e.RunSlot != 0 && IsLive(e.RunSlot - 1, e.Tag))
        {
            ref var run = ref _runs[e.RunSlot - 1];
            Mem.OpenWindow(run.Lo, run.Length, e.Host - (e.Tag - run.Lo));
        }
        else
            Mem.OpenWindow(e.Tag, PageSize, e.Host);
    }

    private void OpenRamWindow()
    {
        if (ReferenceEquals(Mem.Space, this))
            Mem.OpenWindow(0, _memory.RamSize, _memory.RamBase);
    }

    /// <summary>An invalidation event: forgets the translation runs and closes the window.</summary>
    private void ForgetFastPaths()
    {
        ForgetRuns();
        CloseWindow();
    }

    private void CloseWindow()
    {
        if (_manageWindow && ReferenceEquals(Mem.Space, this))
            Mem.CloseWindow();
    }

    public void Dispose()
    {
        CloseWindow();
        if (_holeScratch != null)
        {
            NativeMemory.Free(_holeScratch);
            _holeScratch = null;
        }
    }
}
