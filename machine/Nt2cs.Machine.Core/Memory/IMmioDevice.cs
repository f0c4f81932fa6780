namespace Nt2cs.Machine;

/// <summary>
/// A device's memory-mapped register window, as the physical address space reaches it.
/// </summary>
/// <remarks>
/// <paramref name="offset"/> is relative to the start of the region the device was mapped with; sizes are 1, 2 or
/// 4 bytes (an 8-byte access arrives as two 4-byte accesses, low half first, as on a 32-bit bus). Values are
/// little-endian; a read returns the value zero-extended. A device never throws for guest misuse: it logs and reads
/// all-ones or ignores the write.
/// </remarks>
public interface IMmioDevice
{
    uint Read(uint offset, int size);

    void Write(uint offset, int size, uint value);
}

/// <summary>One device window in the physical address space: [<see cref="Base"/>, <see cref="Base"/> + <see cref="Length"/>).</summary>
public sealed class MmioRegion
{
    internal MmioRegion(uint @base, uint length, IMmioDevice device, string name)
    {
        Base = @base;
        Length = length;
        Device = device;
        Name = name;
    }

    public uint Base { get; }

    public uint Length { get; }

    public IMmioDevice Device { get; }

    public string Name { get; }

    /// <summary>One past the last byte, as a 64-bit value so a region ending at 4 GiB is representable.</summary>
    public ulong End => (ulong)Base + Length;

    public bool Contains(uint physical) => physical - Base < Length;

    public override string ToString() => $"{Name} [0x{Base:X8}, 0x{End:X8})";
}

/// <summary>
/// Brackets every device register access through the physical address space. The CPU implements it: before the
/// access it brings virtual time up to date (a device reads the current time and schedules events from it), after
/// it re-arms its safe-point count-down (an event or interrupt the access raised is looked at in time) — what it
/// does around port I/O.
/// </summary>
public interface IDeviceAccessObserver
{
    void BeforeDeviceAccess();

    void AfterDeviceAccess();
}
