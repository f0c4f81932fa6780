using Nt2cs.Machine;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>The physical address space: RAM, device windows and holes, as a PC chipset decodes them.</summary>
public sealed class PhysicalMemoryTests : IDisposable
{
    private readonly MachineLog _log = new();
    private readonly PhysicalMemory _memory;

    public PhysicalMemoryTests() => _memory = new PhysicalMemory(1u << 20, _log);

    public void Dispose() => _memory.Dispose();

    [Fact]
    public void RamStartsZeroedAndIsLittleEndian()
    {
        Assert.Equal(0ul, _memory.Read(0x8_0000, 8));
        _memory.Write(0x100, 4, 0x4433_2211);
        Assert.Equal(0x11, _memory.Ram(0x100, 4)[0]);
        Assert.Equal(0x2211ul, _memory.Read(0x100, 2));
        Assert.Equal(0x0000_0000_4433_2211ul, _memory.Read(0x100, 8));
    }

    [Fact]
    public void HolesReadAllOnesIgnoreWritesAndAreLogged()
    {
        Assert.Equal(0xFFul, _memory.Read(0x20_0000, 1));
        Assert.Equal(0xFFFF_FFFFul, _memory.Read(0x20_0000, 4));
        _memory.Write(0x20_0000, 4, 0);
        Assert.Equal(0xFFFF_FFFFul, _memory.Read(0x20_0000, 4));
        Assert.Equal(4, _log.Count); // every hole access is reported
    }

    [Fact]
    public void DeviceWindowsGetOffsetsAndEightByteAccessesSplit()
    {
        var device = new Recorder();
        var region = _memory.MapMmio(0xFEE0_0000, 0x1000, device, "dev");
        Assert.Same(region, _memory.FindMmio(0xFEE0_0FFF));
        Assert.Null(_memory.FindMmio(0xFEE0_1000));

        _memory.Write(0xFEE0_0010, 8, 0x1111_2222_3333_4444);
        Assert.Equal([(0x10u, 4, 0x3333_4444u), (0x14u, 4, 0x1111_2222u)], device.Writes);
        Assert.Equal(0x0000_0014_0000_0010ul, _memory.Read(0xFEE0_0010, 8));
    }

    [Fact]
    public void AccessStraddlingRamEndAndHoleGoesByteByByte()
    {
        _memory.Write(0xF_FFFE, 2, 0xBBAA);
        Assert.Equal(0xFFFF_BBAAul, _memory.Read(0xF_FFFE, 4));
    }

    [Fact]
    public void WindowsMayNotOverlapRamOrEachOther()
    {
        var device = new Recorder();
        Assert.False(_memory.TryMapMmio(0x8_0000, 0x1000, device, "low", out _, out string? why));
        Assert.Contains("RAM", why);
        _memory.MapMmio(0xE000_0000, 0x2000, device, "a");
        Assert.False(_memory.TryMapMmio(0xE000_1000, 0x1000, device, "b", out _, out why));
        Assert.Contains("overlaps a", why);
        Assert.False(_memory.TryMapMmio(0xFFFF_F000, 0x2000, device, "c", out _, out why));
        Assert.Throws<InvalidOperationException>(() => _memory.MapMmio(0xE000_0000, 0x10, device, "d"));
    }

    [Fact]
    public void UnmappedWindowBecomesAHoleAgain()
    {
        var region = _memory.MapMmio(0xE000_0000, 0x1000, new Recorder(), "a");
        Assert.Equal(0x0ul, _memory.Read(0xE000_0000, 4) >> 32);
        _memory.UnmapMmio(region);
        Assert.Equal(0xFFFF_FFFFul, _memory.Read(0xE000_0000, 4));
    }

    private sealed class Recorder : IMmioDevice
    {
        public List<(uint, int, uint)> Writes { get; } = [];

        public uint Read(uint offset, int size) => offset;

        public void Write(uint offset, int size, uint value) => Writes.Add((offset, size, value));
    }
}
