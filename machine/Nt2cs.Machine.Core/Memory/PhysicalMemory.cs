using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Nt2cs.Machine;

/// <summary>
/// The 32-bit physical address space: RAM from address 0 up to <see cref="RamSize"/>, device windows
/// (<see cref="IMmioDevice"/>) registered above it, and holes everywhere else.
/// </summary>
/// <remarks>
/// <para>RAM is one native allocation, zeroed lazily by the operating system, so a 128 MiB machine costs only the
/// pages the guest touches. Device models reach it for DMA through <see cref="Ram"/>; the MMU hands out pointers
/// into it through <see cref="RamPointer"/>.</para>
/// <para>As a PC chipset decodes, RAM takes precedence: a device window may not overlap RAM (below the top of RAM
/// everything is DRAM). A hole reads all-ones and ignores writes (a master abort on the bus); each such access is
/// logged, never fatal. Legacy holes below 1 MiB (VGA, option ROMs, BIOS) are not modelled: that range is RAM.</para>
/// <para>Single-threaded, like the rest of the machine: only the thread holding the virtual CPU touches it.</para>
/// </remarks>
public sealed unsafe class PhysicalMemory : IDisposable
{
    public const uint DefaultRamSize = 128u << 20;

    /// <summary>RAM ends below the 32-bit PCI hole; the default ECAM window starts here.</summary>
    public const uint MaxRamSize = 0xB000_0000;

    private const string LogSource = "physical memory";

    private readonly MachineLog _log;
    private MmioRegion[] _regions = [];
    private byte* _ram;

    public PhysicalMemory(uint ramSize = DefaultRamSize, MachineLog? log = null)
    {
        if (ramSize == 0 || ramSize % 4096 != 0 || ramSize > MaxRamSize)
            throw new ArgumentOutOfRangeException(nameof(ramSize), ramSize,
                $"RAM size must be a non-zero multiple of 4 KiB up to 0x{MaxRamSize:X8} bytes");
        _log = log ?? MachineLog.Discard();
        RamSize = ramSize;
        // Slack past the end so an 8-byte host load at the last valid byte offset never leaves the allocation.
        _ram = (byte*)NativeMemory.AllocZeroed(ramSize + 8u);
    }

    public uint RamSize { get; }

    /// <summary>Told before and after each device access (the CPU, once installed); null: nothing is told.</summary>
    public IDeviceAccessObserver? DeviceAccessObserver { get; set; }

    /// <summary>Host address of physical address 0.</summary>
    public byte* RamBase => _ram;

    /// <summary>Device windows, sorted by base address.</summary>
    public IReadOnlyList<MmioRegion> Regions => _regions;

    /// <summary>True when [<paramref name="physical"/>, +<paramref name="size"/>) is entirely RAM.</summary>
    public bool IsRam(uint physical, uint size) => (ulong)physical + size <= RamSize;

    /// <summary>Host pointer to <paramref name="size"/> bytes of RAM at <paramref name="physical"/>, or null if any of them is not RAM.</summary>
    public byte* RamPointer(uint physical, uint size) => (ulong)physical + size <= RamSize ? _ram + physical : null;

    /// <summary>A host view of RAM for device DMA; the range must be entirely RAM.</summary>
    public Span<byte> Ram(uint physical, int length)
    {
        if (length < 0 || (ulong)physical + (ulong)length > RamSize)
            throw new ArgumentOutOfRangeException(nameof(physical),
                $"[0x{physical:X8}, +0x{length:X}) is not entirely RAM (RAM ends at 0x{RamSize:X8})");
        return new Span<byte>(_ram + physical, length);
    }

    /// <summary>The device window containing <paramref name="physical"/>, if any.</summary>
    public MmioRegion? FindMmio(uint physical)
    {
        var regions = _regions;
        int lo = 0, hi = regions.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var r = regions[mid];
            if (physical < r.Base)
                hi = mid - 1;
            else if (physical - r.Base >= r.Length)
                lo = mid + 1;
            else
                return r;
        }
        return null;
    }

    /// <summary>Maps a device window the machine owner placed; a conflict is a configuration error and throws.</summary>
    public MmioRegion MapMmio(uint @base, uint length, IMmioDevice device, string name)
    {
        if (!TryMapMmio(@base, length, device, name, out var region, out string? conflict))
            throw new InvalidOperationException($"cannot map {name} at 0x{@base:X8}: {conflict}");
        return region;
    }

    /// <summary>
    /// Maps a device window the guest placed (a PCI BAR): on a conflict nothing is mapped and
    /// <paramref name="conflict"/> says why.
    /// </summary>
    public bool TryMapMmio(uint @base, uint length, IMmioDevice device, string name,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MmioRegion? region, out string? conflict)
    {
        region = null;
        ulong end = (ulong)@base + length;
        if (length == 0)
            conflict = "empty window";
        else if (end > 1ul << 32)
            conflict = "window extends past 4 GiB";
        else if (@base < RamSize)
            conflict = $"window overlaps RAM (RAM ends at 0x{RamSize:X8})";
        else if (_regions.FirstOrDefault(r => @base < r.End && r.Base < end) is { } other)
            conflict = $"window overlaps {other}";
        else
            conflict = null;
        if (conflict is not null)
            return false;

        region = new MmioRegion(@base, length, device, name);
        var regions = new MmioRegion[_regions.Length + 1];
        _regions.CopyTo(regions, 0);
        regions[^1] = region;
        Array.Sort(regions, (a, b) => a.Base.CompareTo(b.Base));
        _regions = regions;
        return true;
    }

    public void UnmapMmio(MmioRegion region) => _regions = _regions.Where(r => r != region).ToArray();

    /// <summary>A read of 1, 2, 4 or 8 bytes (little-endian) from RAM, a device window or a hole.</summary>
    public ulong Read(uint physical, uint size)
    {
        if ((ulong)physical + size <= RamSize)
            return Load(_ram + physical, size);
        var region = FindMmio(physical);
        if (region is not null && (ulong)physical + size <= region.End)
        {
            uint offset = physical - region.Base;
            DeviceAccessObserver?.BeforeDeviceAccess();
            ulong value = size == 8
                ? region.Device.Read(offset, 4) | (ulong)region.Device.Read(offset + 4, 4) << 32
                : region.Device.Read(offset, (int)size) & Mask(size);
            DeviceAccessObserver?.AfterDeviceAccess();
            return value;
        }
        if (region is null && IsHole(physical, size))
        {
            _log.Warn(LogSource, $"read of {size} bytes at 0x{physical:X8} hits no RAM and no device: all-ones");
            return Mask(size);
        }
        // Straddles RAM, a device window or a hole: one byte at a time, as the bus would split it.
        ulong bytes = 0;
        for (uint i = 0; i < size; i++)
            bytes |= Read(physical + i, 1) << (int)(8 * i);
        return bytes;
    }

    /// <summary>A write of 1, 2, 4 or 8 bytes (little-endian) to RAM, a device window or a hole.</summary>
    public void Write(uint physical, uint size, ulong value)
    {
        if ((ulong)physical + size <= RamSize)
        {
            Store(_ram + physical, size, value);
            return;
        }
        var region = FindMmio(physical);
        if (region is not null && (ulong)physical + size <= region.End)
        {
            uint offset = physical - region.Base;
            DeviceAccessObserver?.BeforeDeviceAccess();
            if (size == 8)
            {
                region.Device.Write(offset, 4, (uint)value);
                region.Device.Write(offset + 4, 4, (uint)(value >> 32));
            }
            else
                region.Device.Write(offset, (int)size, (uint)(value & Mask(size)));
            DeviceAccessObserver?.AfterDeviceAccess();
            return;
        }
        if (region is null && IsHole(physical, size))
        {
            _log.Warn(LogSource, $"write of {size} bytes (0x{value:X}) at 0x{physical:X8} hits no RAM and no device: ignored");
            return;
        }
        for (uint i = 0; i < size; i++)
            Write(physical + i, 1, (value >> (int)(8 * i)) & 0xFF);
    }

    public uint ReadUInt32(uint physical) => (uint)Read(physical, 4);

    public void WriteUInt32(uint physical, uint value) => Write(physical, 4, value);

    /// <summary>True when no byte of the range is RAM or inside a device window.</summary>
    private bool IsHole(uint physical, uint size)
    {
        ulong end = (ulong)physical + size;
        if (physical < RamSize)
            return false;
        foreach (var r in _regions)
            if (r.Base < end && physical < r.End)
                return false;
        return true;
    }

    private static ulong Mask(uint size) => size >= 8 ? ulong.MaxValue : (1ul << (int)(8 * size)) - 1;

    private static ulong Load(byte* at, uint size) => size switch
    {
        1 => *at,
        2 => BinaryPrimitives.ReadUInt16LittleEndian(new ReadOnlySpan<byte>(at, 2)),
        4 => BinaryPrimitives.ReadUInt32LittleEndian(new ReadOnlySpan<byte>(at, 4)),
        8 => BinaryPrimitives.ReadUInt64LittleEndian(new ReadOnlySpan<byte>(at, 8)),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "access size must be 1, 2, 4 or 8"),
    };

    private static void Store(byte* at, uint size, ulong value)
    {
        switch (size)
        {
            case 1: *at = (byte)value; break;
            case 2: BinaryPrimitives.WriteUInt16LittleEndian(new Span<byte>(at, 2), (ushort)value); break;
            case 4: BinaryPrimitives.WriteUInt32LittleEndian(new Span<byte>(at, 4), (uint)value); break;
            case 8: BinaryPrimitives.WriteUInt64LittleEndian(new Span<byte>(at, 8), value); break;
            default: throw new ArgumentOutOfRangeException(nameof(size), size, "access size must be 1, 2, 4 or 8");
        }
    }

    public void Dispose()
    {
        if (_ram is not null)
        {
            NativeMemory.Free(_ram);
            _ram = null;
        }
    }
}
