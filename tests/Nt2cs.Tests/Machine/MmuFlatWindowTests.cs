using Nt2cs.Machine;
using Nt2cs.Machine.Paging;
using Nt2cs.Runtime;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The MMU installed as generated code's address space: <see cref="Mem"/>'s flat window must never let an access
/// skip a check the page tables demand (dirty bits, read-only pages, user/supervisor, invalidation).
/// </summary>
[Collection("GuestMemory")]
public sealed class MmuFlatWindowTests : IDisposable
{
    private const uint PageDirectory = 0x0000_1000;
    private const uint PageTable = 0x0000_2000;
    private const uint P = (uint)PageEntry.Present, RW = (uint)PageEntry.Writable, US = (uint)PageEntry.User;
    private const uint D = (uint)PageEntry.Dirty;

    private readonly IAddressSpace _previous = Mem.Space;
    private readonly PhysicalMemory _memory = new(8u << 20);
    private readonly Mmu _mmu;

    public MmuFlatWindowTests()
    {
        _mmu = new Mmu(_memory);
        _mmu.Install();
    }

    public void Dispose()
    {
        Mem.Install(_previous);
        _mmu.Dispose();
        _memory.Dispose();
    }

    private void Map(uint linear, uint physical, uint flags)
    {
        _memory.WriteUInt32(PageDirectory + (linear >> 22) * 4, PageTable | P | RW | US);
        _memory.WriteUInt32(PageTable + ((linear >> 12) & 0x3FF) * 4, physical | flags);
    }

    private void EnablePaging(bool writeProtect = true)
    {
        _mmu.WriteCr3(PageDirectory);
        _mmu.WriteCr0((uint)(Cr0Flags.PE | Cr0Flags.PG | (writeProtect ? Cr0Flags.WP : 0)));
    }

    [Fact]
    public void WithPagingOffAllOfRamIsReachedAndDevicesStayChecked()
    {
        var device = new ConstantMmio(0x5A5A_5A5A);
        _memory.MapMmio(0xFED0_0000, 0x1000, device, "device");
        Mem.Ref<uint>(0x0010_0000) = 42;
        Assert.Equal(42u, _memory.ReadUInt32(0x0010_0000));
        Mem.RefW<uint>(0x0070_0000) = 43;
        Assert.Equal(43u, _memory.ReadUInt32(0x0070_0000));
        Assert.Equal(0x5A5A_5A5Au, Mem.Read<uint>(0xFED0_0000));
    }

    [Fact]
    public void FirstWriteThroughMemSetsDirtyEvenAfterReadsOfThePage()
    {
        Map(0x0040_0000, 0x0009_0000, P | RW);
        EnablePaging();
        Assert.Equal(0u, Mem.Ref<uint>(0x0040_0010));
        Assert.Equal(0u, Mem.Ref<uint>(0x0040_0020));
        Assert.Equal(0u, _memory.ReadUInt32(PageTable) & D);

        Mem.RefW<uint>(0x0040_0030) = 5;
        Assert.Equal(D, _memory.ReadUInt32(PageTable) & D);
        Assert.Equal(5u, _memory.ReadUInt32(0x0009_0030));
    }

    [Fact]
    public void ReadOnlyPageStaysReadOnlyAfterReads()
    {
        Map(0x0040_0000, 0x0009_0000, P | D);
        EnablePaging(writeProtect: true);
        Assert.Equal(0u, Mem.Ref<uint>(0x0040_0010));
        Assert.Equal(0u, Mem.Ref<uint>(0x0040_0014));
        Assert.Throws<PageFaultException>(() => Mem.RefW<uint>(0x0040_0010) = 1);
        Assert.Equal(0u, _memory.ReadUInt32(0x0009_0010));
    }

    [Fact]
    public void PrivilegeChangeClosesTheWindow()
    {
        Map(0x0040_0000, 0x0009_0000, P | RW | D);
        EnablePaging();
        Mem.RefW<uint>(0x0040_0010) = 1;
        Assert.Equal(1u, Mem.Ref<uint>(0x0040_0010));
        _mmu.CurrentPrivilege = 3;
        var fault = Assert.Throws<PageFaultException>(() => Mem.Ref<uint>(0x0040_0010));
        Assert.Equal(PageFaultErrorCode.ProtectionViolation | PageFaultErrorCode.User, fault.ErrorCode);
    }

    [Fact]
    public void InvlpgAndCr3LoadCloseTheWindow()
    {
        Map(0x0040_0000, 0x0009_0000, P | RW | D);
        EnablePaging();
        _memory.WriteUInt32(0x000A_0000, 2);
        _memory.WriteUInt32(0x000B_0000, 3);
        Mem.RefW<uint>(0x0040_0000) = 1;
        Assert.Equal(1u, Mem.Ref<uint>(0x0040_0000));

        Map(0x0040_0000, 0x000A_0000, P | RW | D);
        _mmu.InvalidatePage(0x0040_0000);
        Assert.Equal(2u, Mem.Ref<uint>(0x0040_0000));

        Map(0x0040_0000, 0x000B_0000, P | RW | D);
        _mmu.WriteCr3(PageDirectory);
        Assert.Equal(3u, Mem.Ref<uint>(0x0040_0000));
    }

    [Fact]
    public void TurningPagingOnClosesTheWholeRamWindow()
    {
        Mem.RefW<uint>(0x0040_0000) = 9; // paging off: window over all of RAM
        EnablePaging();
        Assert.Throws<PageFaultException>(() => Mem.Ref<uint>(0x0040_0000));
    }

    private sealed class ConstantMmio(uint value) : IMmioDevice
    {
        public uint Read(uint offset, int size) => value;

        public void Write(uint offset, int size, uint v)
        {
        }
    }
}
