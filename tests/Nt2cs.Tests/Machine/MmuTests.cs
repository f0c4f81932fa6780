using Nt2cs.Machine;
using Nt2cs.Machine.Paging;
using Nt2cs.Runtime;
using Nt2cs.Tests.Support;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The i386 MMU against Intel SDM vol. 3A chapter 4: 32-bit paging walks, access rights (§4.6), accessed and
/// dirty flags (§4.8), page-fault error codes (§4.7) and TLB invalidation (§4.10). These tests call the MMU
/// directly and never install it into <see cref="Mem"/>.
/// </summary>
public sealed unsafe class MmuTests : IDisposable
{
    private const uint PageDirectory = 0x0000_1000;
    private const uint PageTable = 0x0000_2000;
    private const uint P = (uint)PageEntry.Present, RW = (uint)PageEntry.Writable, US = (uint)PageEntry.User;
    private const uint A = (uint)PageEntry.Accessed, D = (uint)PageEntry.Dirty, PS = (uint)PageEntry.PageSize, G = (uint)PageEntry.Global;

    private readonly PhysicalMemory _memory = new(16u << 20);
    private readonly Mmu _mmu;

    public MmuTests()
    {
        _mmu = new Mmu(_memory);
        _mmu.WriteCr3(PageDirectory);
    }

    public void Dispose()
    {
        _mmu.Dispose();
        _memory.Dispose();
    }

    private uint PdeAddress(uint linear) => PageDirectory + (linear >> 22) * 4;
    private uint PteAddress(uint linear) => PageTable + ((linear >> 12) & 0x3FF) * 4;

    /// <summary>Maps the 4 KiB page at <paramref name="linear"/> (in the 4 MiB region the one page table covers).</summary>
    private void Map(uint linear, uint physical, uint pteFlags, uint pdeFlags = P | RW | US)
    {
        _memory.WriteUInt32(PdeAddress(linear), PageTable | pdeFlags);
        _memory.WriteUInt32(PteAddress(linear), physical | pteFlags);
    }

    private void EnablePaging(bool writeProtect = false) =>
        _mmu.WriteCr0((uint)(Cr0Flags.PE | Cr0Flags.PG | (writeProtect ? Cr0Flags.WP : 0)));

    private PageFault FaultOf(Action access) => Assert.Throws<PageFaultException>(access).Fault;

    [Fact]
    public void WithPagingOffLinearAddressesArePhysical()
    {
        _memory.WriteUInt32(0x5000, 0xCAFEBABE);
        Assert.Equal(0xCAFEBABEul, _mmu.Read(0x5000, 4));
        Assert.True(_mmu.Translate(0x5000, 4, Access.Write) == _memory.RamBase + 0x5000);
        Assert.Equal(0x5123u, _mmu.TranslateToPhysical(0x5123, Access.Read));
    }

    [Fact]
    public void TwoLevelWalkTranslatesThroughPdeAndPte()
    {
        Map(0x0040_3000, 0x0009_0000, P | RW);
        EnablePaging();
        _memory.WriteUInt32(0x0009_0123, 0x1234_5678);

        Assert.Equal(0x0009_0123u, _mmu.TranslateToPhysical(0x0040_3123, Access.Read));
        Assert.Equal(0x1234_5678ul, _mmu.Read(0x0040_3123, 4));
        Assert.True(_mmu.Translate(0x0040_3123, 4, Access.Read) == _memory.RamBase + 0x0009_0123);
    }

    [Fact]
    public void NotPresentFaultsReportCr2AndErrorCode()
    {
        EnablePaging();
        // Empty page directory: supervisor read → error code 0 (not present, read, supervisor).
        Assert.Equal(new PageFault(0x0040_0123, 0), FaultOf(() => _mmu.Read(0x0040_0123, 1)));

        // Present PDE, absent PTE, user write → W/R | U/S.
        _memory.WriteUInt32(PdeAddress(0x0040_0000), PageTable | P | RW | US);
        _mmu.CurrentPrivilege = 3;
        var fault = FaultOf(() => _mmu.Write(0x0040_0FF0, 4, 1));
        Assert.Equal(0x0040_0FF0u, fault.Cr2);
        Assert.Equal(PageFaultErrorCode.Write | PageFaultErrorCode.User, fault.ErrorCode);
    }

    [Fact]
    public void UserAccessNeedsUserBitAtBothLevels()
    {
        Map(0x0040_0000, 0x0009_0000, P | RW | US, pdeFlags: P | RW);
        EnablePaging();
        _mmu.CurrentPrivilege = 3;
        Assert.Equal(PageFaultErrorCode.ProtectionViolation | PageFaultErrorCode.User, FaultOf(() => _mmu.Read(0x0040_0000, 4)).ErrorCode);

        Map(0x0040_0000, 0x0009_0000, P | RW, pdeFlags: P | RW | US);
        _mmu.FlushTlb();
        Assert.Equal(PageFaultErrorCode.ProtectionViolation | PageFaultErrorCode.User, FaultOf(() => _mmu.Read(0x0040_0000, 4)).ErrorCode);

        Map(0x0040_0000, 0x0009_0000, P | RW | US, pdeFlags: P | RW | US);
        _mmu.FlushTlb();
        Assert.Equal(0ul, _mmu.Read(0x0040_0000, 4));
    }

    [Fact]
    public void UserWriteNeedsWritableBitAtBothLevels()
    {
        Map(0x0040_0000, 0x0009_0000, P | RW | US, pdeFlags: P | US);
        EnablePaging();
        _mmu.CurrentPrivilege = 3;
        _mmu.Read(0x0040_0000, 4); // reading a read-only user page is fine
        Assert.Equal(PageFaultErrorCode.ProtectionViolation | PageFaultErrorCode.Write | PageFaultErrorCode.User,
            FaultOf(() => _mmu.Write(0x0040_0000, 4, 7)).ErrorCode);
        Assert.Equal(0u, _memory.ReadUInt32(0x0009_0000));
    }

    [Fact]
    public void SupervisorWritesToReadOnlyPagesDependOnCr0Wp()
    {
        Map(0x0040_0000, 0x0009_0000, P);
        EnablePaging(writeProtect: false);
        _mmu.Write(0x0040_0010, 4, 0xAABBCCDD);
        Assert.Equal(0xAABBCCDDu, _memory.ReadUInt32(0x0009_0010));

        _mmu.WriteCr0(_mmu.Cr0 | (uint)Cr0Flags.WP);
        var fault = FaultOf(() => _mmu.Write(0x0040_0010, 4, 0x11111111));
        Assert.Equal(PageFaultErrorCode.ProtectionViolation | PageFaultErrorCode.Write, fault.ErrorCode);
        Assert.Equal(0xAABBCCDDu, _memory.ReadUInt32(0x0009_0010));
        // Reads stay allowed.
        Assert.Equal(0xAABBCCDDul, _mmu.Read(0x0040_0010, 4));
    }

    [Fact]
    public void WpChangeAppliesToCachedTranslationsWithoutAFlush()
    {
        Map(0x0040_0000, 0x0009_0000, P | D);
        EnablePaging(writeProtect: true);
        _mmu.Read(0x0040_0000, 4); // cached: read-only, dirty
        _mmu.WriteCr0(_mmu.Cr0 & ~(uint)Cr0Flags.WP);
        long walks = _mmu.WalkCount;
        _mmu.Write(0x0040_0000, 4, 5); // allowed now, from the TLB entry
        Assert.Equal(walks, _mmu.WalkCount);
        Assert.Equal(5u, _memory.ReadUInt32(0x0009_0000));
    }

    [Fact]
    public void CachedSupervisorTranslationStillChecksUserAccess()
    {
        Map(0x0040_0000, 0x0009_0000, P | RW);
        EnablePaging();
        _mmu.Read(0x0040_0000, 4);
        _mmu.CurrentPrivilege = 3;
        Assert.Equal(PageFaultErrorCode.ProtectionViolation | PageFaultErrorCode.User, FaultOf(() => _mmu.Read(0x0040_0000, 4)).ErrorCode);
    }

    [Fact]
    public void ReadSetsAccessedInBothEntriesAndWriteSetsDirtyOnlyInThePte()
    {
        Map(0x0040_0000, 0x0009_0000, P | RW);
        EnablePaging();

        _mmu.Read(0x0040_0000, 4);
        Assert.Equal(A, _memory.ReadUInt32(PdeAddress(0x0040_0000)) & (A | D));
        Assert.Equal(A, _memory.ReadUInt32(PteAddress(0x0040_0000)) & (A | D));

        _mmu.Write(0x0040_0004, 4, 1);
        Assert.Equal(A | D, _memory.ReadUInt32(PteAddress(0x0040_0000)) & (A | D));
        Assert.Equal(A, _memory.ReadUInt32(PdeAddress(0x0040_0000)) & (A | D)); // D belongs to the page-mapping entry only
    }

    [Fact]
    public void FirstWriteAfterAReadRewalksToSetDirty()
    {
        Map(0x0040_0000, 0x0009_0000, P | RW);
        EnablePaging();
        _mmu.Read(0x0040_0000, 4);
        Assert.Equal(0u, _memory.ReadUInt32(PteAddress(0x0040_0000)) & D);

        byte* host = _mmu.Translate(0x0040_0008, 4, Access.Write);
        Assert.True(host == _memory.RamBase + 0x0009_0008);
        Assert.Equal(D, _memory.ReadUInt32(PteAddress(0x0040_0000)) & D);

        // Once the TLB knows the page is dirty, clearing D in memory is not noticed (SDM §4.8).
        _memory.WriteUInt32(PteAddress(0x0040_0000), _memory.ReadUInt32(PteAddress(0x0040_0000)) & ~D);
        _mmu.Write(0x0040_0000, 4, 9);
        Assert.Equal(0u, _memory.ReadUInt32(PteAddress(0x0040_0000)) & D);
    }

    [Fact]
    public void FaultingAccessSetsNoFlags()
    {
        Map(0x0040_0000, 0x0009_0000, P | US);
        EnablePaging();
        _mmu.CurrentPrivilege = 3;
        FaultOf(() => _mmu.Write(0x0040_0000, 4, 1));
        Assert.Equal(0u, _memory.ReadUInt32(PdeAddress(0x0040_0000)) & (A | D));
        Assert.Equal(0u, _memory.ReadUInt32(PteAddress(0x0040_0000)) & (A | D));
    }

    [Fact]
    public void FourMiBPagesWithPse()
    {
        _memory.WriteUInt32(PdeAddress(0x0080_0000), 0x00C0_0000 | PS | P | RW);
        _mmu.WriteCr4((uint)Cr4Flags.PSE);
        EnablePaging();
        _memory.WriteUInt32(0x00C1_2344, 0x600D_F00D);

        Assert.Equal(0x00C1_2345u, _mmu.TranslateToPhysical(0x0081_2345, Access.Read));
        Assert.Equal(0x600D_F00Dul, _mmu.Read(0x0081_2344, 4));
        Assert.Equal(A, _memory.ReadUInt32(PdeAddress(0x0080_0000)) & (A | D));
        _mmu.Write(0x00BF_FFFC, 4, 3); // the last dword of the 4 MiB page
        Assert.Equal(3u, _memory.ReadUInt32(0x00FF_FFFC));
        Assert.Equal(A | D, _memory.ReadUInt32(PdeAddress(0x0080_0000)) & (A | D));
    }

    [Fact]
    public void WithoutPsePdePageSizeBitIsIgnored()
    {
        // The same PDE now points at a "page table" at 0x00C00000, which is all zeros: not present.
        _memory.WriteUInt32(PdeAddress(0x0080_0000), 0x00C0_0000 | PS | P | RW);
        EnablePaging();
        Assert.Equal(new PageFault(0x0081_2345, 0), FaultOf(() => _mmu.Read(0x0081_2345, 1)));
    }

    [Fact]
    public void TlbKeepsStaleTranslationUntilInvlpg()
    {
        Map(0x0040_0000, 0x0009_0000, P | RW);
        EnablePaging();
        _memory.WriteUInt32(0x0009_0000, 111);
        _memory.WriteUInt32(0x000A_0000, 222);
        Assert.Equal(111ul, _mmu.Read(0x0040_0000, 4));

        _memory.WriteUInt32(PteAddress(0x0040_0000), 0x000A_0000 | P | RW);
        Assert.Equal(111ul, _mmu.Read(0x0040_0000, 4)); // stale, as on hardware

        _mmu.InvalidatePage(0x0040_0FFF);
        Assert.Equal(222ul, _mmu.Read(0x0040_0000, 4));
    }

    [Fact]
    public void TlbKeepsRemovedMappingUntilCr3Load()
    {
        Map(0x0040_0000, 0x0009_0000, P | RW);
        EnablePaging();
        _mmu.Read(0x0040_0000, 4);
        _memory.WriteUInt32(PteAddress(0x0040_0000), 0);
        Assert.Equal(0ul, _mmu.Read(0x0040_0000, 4)); // still translated

        _mmu.WriteCr3(_mmu.Cr3);
        Assert.Equal(new PageFault(0x0040_0000, 0), FaultOf(() => _mmu.Read(0x0040_0000, 4)));
    }

    [Fact]
    public void GlobalPagesSurviveCr3LoadButNotInvlpg()
    {
        Map(0x0040_0000, 0x0009_0000, P | RW | G);
        _mmu.WriteCr4((uint)Cr4Flags.PGE);
        EnablePaging();
        _memory.WriteUInt32(0x0009_0000, 1);
        _memory.WriteUInt32(0x000A_0000, 2);
        _mmu.Read(0x0040_0000, 4);

        _memory.WriteUInt32(PteAddress(0x0040_0000), 0x000A_0000 | P | RW | G);
        _mmu.WriteCr3(_mmu.Cr3);
        Assert.Equal(1ul, _mmu.Read(0x0040_0000, 4));
        _mmu.InvalidatePage(0x0040_0000);
        Assert.Equal(2ul, _mmu.Read(0x0040_0000, 4));
    }

    [Fact]
    public void InvlpgAnywhereInALargePageDropsAllOfIt()
    {
        _memory.WriteUInt32(PdeAddress(0x0080_0000), 0x00C0_0000 | PS | P | RW);
        _mmu.WriteCr4((uint)Cr4Flags.PSE);
        EnablePaging();
        _mmu.Read(0x0080_0000, 4);
        _mmu.Read(0x0090_0000, 4);
        _memory.WriteUInt32(PdeAddress(0x0080_0000), 0x0040_0000 | PS | P | RW);
        _mmu.InvalidatePage(0x0080_0000);
        Assert.Equal(0x0050_0000u, _mmu.TranslateToPhysical(0x0090_0000, Access.Read));
    }

    [Fact]
    public void StraddlingReadAndWriteGoByteByByteAcrossNonContiguousPages()
    {
        Map(0x0040_0000, 0x0001_0000, P | RW);
        Map(0x0040_1000, 0x0003_0000, P | RW);
        EnablePaging();

        _mmu.Write(0x0040_0FFE, 4, 0x4433_2211);
        Assert.Equal(0x11, _memory.Ram(0x0001_0FFE, 1)[0]);
        Assert.Equal(0x22, _memory.Ram(0x0001_0FFF, 1)[0]);
        Assert.Equal(0x33, _memory.Ram(0x0003_0000, 1)[0]);
        Assert.Equal(0x44, _memory.Ram(0x0003_0001, 1)[0]);
        Assert.Equal(0x4433_2211ul, _mmu.Read(0x0040_0FFE, 4));

        var error = Assert.Throws<UnsupportedGuestAccessException>(() => _mmu.Translate(0x0040_0FFE, 4, Access.Read));
        Assert.Contains("not physically contiguous", error.Message);
    }

    [Fact]
    public void StraddlingTranslateOfContiguousPagesReturnsOnePointer()
    {
        Map(0x0040_0000, 0x0001_0000, P | RW);
        Map(0x0040_1000, 0x0001_1000, P | RW);
        EnablePaging();
        Assert.True(_mmu.Translate(0x0040_0FFC, 8, Access.Write) == _memory.RamBase + 0x0001_0FFC);
    }

    [Fact]
    public void StraddlingWriteIntoAMissingPageFaultsBeforeWritingAnything()
    {
        Map(0x0040_0000, 0x0001_0000, P | RW);
        EnablePaging();
        var fault = FaultOf(() => _mmu.Write(0x0040_0FFE, 4, 0xFFFF_FFFF));
        Assert.Equal(new PageFault(0x0040_1000, PageFaultErrorCode.Write), fault);
        Assert.Equal(0u, _memory.ReadUInt32(0x0001_0FFC));
    }

    [Fact]
    public void FaultHandlerCanMapThePageAndTheAccessResumes()
    {
        EnablePaging();
        var handler = new MappingHandler(this);
        _mmu.FaultHandler = handler;
        _memory.WriteUInt32(0x0009_0040, 77);

        Assert.Equal(77ul, _mmu.Read(0x0040_0040, 4));
        Assert.Equal([new PageFault(0x0040_0040, 0)], handler.Faults);
    }

    [Fact]
    public void FaultHandlerThatNeverFixesTheFaultIsCutOff()
    {
        EnablePaging();
        var handler = new UselessHandler();
        _mmu.FaultHandler = handler;
        Assert.Throws<PageFaultException>(() => _mmu.Read(0x0040_0000, 4));
        Assert.Equal(Mmu.MaxFaultRetries, handler.Calls);
    }

    [Fact]
    public void DeviceRegistersAreReachedByCheckedAccessOnly()
    {
        var device = new RecordingMmio();
        _memory.MapMmio(0xFEC0_0000, 0x1000, device, "test device");
        _memory.WriteUInt32(PdeAddress(0xFEC0_0000), PageTable | P | RW);
        _memory.WriteUInt32(PageTable + ((0xFEC0_0000 >> 12) & 0x3FF) * 4, 0xFEC0_0000 | P | RW);
        EnablePaging();

        _mmu.Write(0xFEC0_0010, 4, 0x1234);
        Assert.Equal((0x10u, 4, 0x1234u), device.Writes.Single());
        Assert.Equal(0xD0000010ul, _mmu.Read(0xFEC0_0010, 4));

        var error = Assert.Throws<UnsupportedGuestAccessException>(() => _mmu.Translate(0xFEC0_0010, 4, Access.Read));
        Assert.Contains("test device", error.Message);
    }

    [Fact]
    public void HolesReadAllOnesAndSwallowWrites()
    {
        Assert.Equal(0xFFFF_FFFFul, _mmu.Read(0x4000_0000, 4));
        _mmu.Write(0x4000_0000, 4, 0);
        byte* p = _mmu.Translate(0x4000_0000, 4, Access.Write);
        *(uint*)p = 0;
        p = _mmu.Translate(0x4000_0000, 4, Access.Read);
        Assert.Equal(0xFFFF_FFFFu, *(uint*)p);
    }

    [Fact]
    public void ProbeLooksWithoutTouchingFlagsOrTlb()
    {
        Map(0x0040_0000, 0x0009_0000, P);
        EnablePaging();
        Assert.True(_mmu.Probe(0x0040_0123, out uint physical));
        Assert.Equal(0x0009_0123u, physical);
        Assert.Equal(0u, _memory.ReadUInt32(PteAddress(0x0040_0000)) & A);
        Assert.False(_mmu.Probe(0x0080_0000, out _));
    }

    [Fact]
    public void TranslationWalksAndTlbHitsDoNotAllocate()
    {
        for (uint page = 0; page <= 64; page++) // one more for the straddling read
            Map(0x0040_0000 + page * 4096, 0x0010_0000 + page * 4096, P | RW);
        EnablePaging();

        void Exercise()
        {
            for (uint page = 0; page < 64; page++)
            {
                uint linear = 0x0040_0000 + page * 4096;
                _mmu.InvalidatePage(linear);
                _mmu.Write(linear + 8, 4, page);                  // walk
                _ = _mmu.Translate(linear + 16, 8, Access.Read);  // TLB hit
                _ = _mmu.Read(linear + 8, 4);
                _ = _mmu.Read(linear + 4094, 4);                  // straddles into the next page
            }
        }

        Allocations.AssertSteadyStateFree(() =>
        {
            for (int i = 0; i < 100; i++)
                Exercise();
        });
    }

    // ---- translation runs (a second TLB over neighbouring pages; Mmu.Runs.cs) ----------------------------------

    private const uint RunBase = 0x0040_0000, RunFrames = 0x0010_0000;

    /// <summary>Maps <paramref name="count"/> consecutive pages at <see cref="RunBase"/> onto consecutive frames.</summary>
    private void MapRun(int count, uint pteFlags)
    {
        for (uint page = 0; page < count; page++)
            Map(RunBase + page * 4096, RunFrames + page * 4096, pteFlags);
    }

    [Fact]
    public void NeighboursWithTheirFlagsSetAreTranslatedWithoutAWalk()
    {
        MapRun(32, P | RW | A | D);
        EnablePaging();

        Assert.Equal(RunFrames + 5 * 4096 + 4, _mmu.TranslateToPhysical(RunBase + 5 * 4096 + 4, Access.Read));
        Assert.Equal(1, _mmu.WalkCount);
        Assert.Equal(1, _mmu.RunsBuilt);
        for (uint page = 0; page < 32; page++)
            Assert.Equal(RunFrames + page * 4096 + 8, _mmu.TranslateToPhysical(RunBase + page * 4096 + 8, Access.Write));
        Assert.Equal(1, _mmu.WalkCount);
        Assert.True(_mmu.Translate(RunBase + 31 * 4096, 4, Access.Write) == _memory.RamBase + RunFrames + 31 * 4096);
    }

    [Fact]
    public void ARunStopsWhereAnAccessMustStillSetAFlag()
    {
        MapRun(8, P | RW | A | D);
        Map(RunBase + 3 * 4096, RunFrames + 3 * 4096, P | RW | A);   // clean: the first write must set D
        Map(RunBase + 5 * 4096, RunFrames + 5 * 4096, P | RW);       // never accessed: the first access must set A
        EnablePaging();

        _ = _mmu.Read(RunBase + 1 * 4096, 4);                        // run: pages 0–2
        _mmu.Write(RunBase + 3 * 4096, 4, 1);                         // a walk, which sets D
        Assert.Equal(2, _mmu.WalkCount);
        Assert.Equal(P | RW | A | D, _memory.ReadUInt32(PteAddress(RunBase + 3 * 4096)) & 0xFFF);

        _ = _mmu.Read(RunBase + 5 * 4096, 4);                        // a walk, which sets A and not D
        Assert.Equal(P | RW | A, _memory.ReadUInt32(PteAddress(RunBase + 5 * 4096)) & 0xFFF);
        _mmu.Write(RunBase + 5 * 4096, 4, 1);                         // not dirty yet: walks again and sets D
        Assert.Equal(P | RW | A | D, _memory.ReadUInt32(PteAddress(RunBase + 5 * 4096)) & 0xFFF);
        Assert.Equal(4, _mmu.WalkCount);
    }

    [Fact]
    public void ARunEndsWhereTheFramesStopBeingConsecutive()
    {
        MapRun(8, P | RW | A | D);
        Map(RunBase + 4 * 4096, 0x0020_0000, P | RW | A | D);
        EnablePaging();

        _ = _mmu.Read(RunBase, 4);                                    // run: pages 0–3
        Assert.Equal(0x0020_0010u, _mmu.TranslateToPhysical(RunBase + 4 * 4096 + 0x10, Access.Read));
        Assert.Equal(2, _mmu.WalkCount);
    }

    [Fact]
    public void InvlpgForgetsRunsWhichLikeTheTlbMayHoldAStaleTranslationUntilThen()
    {
        MapRun(8, P | RW | A | D);
        EnablePaging();
        _ = _mmu.Read(RunBase, 4);

        Map(RunBase + 6 * 4096, 0x0020_0000, P | RW | A | D);        // remapped without invalidation (§4.10.4.3)
        Assert.Equal(RunFrames + 6 * 4096, _mmu.TranslateToPhysical(RunBase + 6 * 4096, Access.Read));
        _mmu.InvalidatePage(RunBase + 6 * 4096);
        Assert.Equal(0x0020_0000u, _mmu.TranslateToPhysical(RunBase + 6 * 4096, Access.Read));
    }

    [Fact]
    public void RunsAreForgottenWhenThePrivilegeChanges()
    {
        MapRun(8, P | RW | A | D);                                    // supervisor pages
        EnablePaging();
        _ = _mmu.Read(RunBase, 4);

        _mmu.CurrentPrivilege = 3;
        Assert.Equal(PageFaultErrorCode.ProtectionViolation | PageFaultErrorCode.User,
            FaultOf(() => _mmu.Read(RunBase + 4 * 4096, 4)).ErrorCode);
    }

    [Fact]
    public void AFourMiBPageIsOneRun()
    {
        _memory.WriteUInt32(PdeAddress(0x0080_0000), 0x00C0_0000 | PS | P | RW | A | D);
        _mmu.WriteCr4((uint)Cr4Flags.PSE);
        EnablePaging();

        _ = _mmu.Read(0x0080_0000, 4);
        for (uint offset = 0; offset < 0x40_0000; offset += 0x1_0000)
            Assert.Equal(0x00C0_0000 + offset, _mmu.TranslateToPhysical(0x0080_0000 + offset, Access.Write));
        Assert.Equal(1, _mmu.WalkCount);
    }

    private sealed class MappingHandler(MmuTests test) : IPageFaultHandler
    {
        public List<PageFault> Faults { get; } = [];

        public bool HandlePageFault(PageFault fault)
        {
            Faults.Add(fault);
            test.Map(fault.LinearAddress & ~0xFFFu, 0x0009_0000, P | RW);
            return true;
        }
    }

    private sealed class UselessHandler : IPageFaultHandler
    {
        public int Calls { get; private set; }

        public bool HandlePageFault(PageFault fault)
        {
            Calls++;
            return true;
        }
    }

    private sealed class RecordingMmio : IMmioDevice
    {
        public List<(uint Offset, int Size, uint Value)> Writes { get; } = [];

        public uint Read(uint offset, int size) => 0xD000_0000 | offset;

        public void Write(uint offset, int size, uint value) => Writes.Add((offset, size, value));
    }
}
