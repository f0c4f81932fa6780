namespace Nt2cs.Machine.Pc;

/// <summary>The chipset a machine presents (<c>--machine</c>).</summary>
public enum MachineKind
{
    /// <summary>Intel Q35 (MCH + ICH9): the default.</summary>
    Q35,

    /// <summary>Intel 440FX + PIIX3.</summary>
    Pc,
}

/// <summary>A file in RAM at power-on, as a boot loader leaves the files it read (the image service maps images from memory).</summary>
public sealed record BootModule(uint Address, byte[] Bytes);

/// <summary>A boot-start driver the loader hands the kernel: its service name and its image file's bytes (<see cref="Nt2cs.Runtime.ImageFile"/>).</summary>
public sealed record BootDriver(string Name, byte[] File);

/// <summary>
/// The boot volume's image the loader hands the kernel for its RAM disk (a whole number of 512-byte sectors);
/// <paramref name="WriteBack"/>, when given, receives the RAM disk's content at power-off.
/// </summary>
public sealed record BootVolume(byte[] Image, Action<ReadOnlySpan<byte>>? WriteBack = null);

/// <summary>How to build a <see cref="PcMachine"/>: the command line's <c>--machine</c> and <c>--mem</c>, and the host connections.</summary>
public sealed record MachineOptions
{
    public const uint DefaultMemoryMiB = 128;

    public MachineKind Kind { get; init; } = MachineKind.Q35;

    /// <summary>RAM in MiB (1 up to 2816, below the PCI hole; a freestanding run needs 4).</summary>
    public uint MemoryMiB { get; init; } = DefaultMemoryMiB;

    /// <summary>The RTC's time at the first power-on (deterministic; default 2000-01-01 00:00:00); a restart keeps it running.</summary>
    public DateTime RtcStart { get; init; } = new(2000, 1, 1);

    /// <summary>
    /// Receives every byte COM1 transmits (the console); null drops them. A <see cref="BareMachine"/> run writes the
    /// console to its output stream and also hands each byte to this one as it is sent (to time a boot's lines).
    /// </summary>
    public Action<byte>? SerialOutput { get; init; }

    /// <summary>Base of the ECAM window (256 MiB); null leaves ECAM out (real 440FX chipsets have none).</summary>
    public uint? EcamBase { get; init; } = 0xB000_0000;

    /// <summary>Receives guest-misuse warnings; null keeps them only in <see cref="MachineLog.Recent"/>.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>The key an image file must be signed with for the image service to map it (the checkout's); null maps none.</summary>
    public byte[]? ImageSigningKey { get; init; }

    /// <summary>Files a boot loader left in RAM before the program starts, each at its physical address.</summary>
    public IReadOnlyList<BootModule> Modules { get; init; } = [];

    /// <summary>Disks (<c>--drive</c>), each behind its own controller, in order.</summary>
    public IReadOnlyList<DriveOptions> Drives { get; init; } = [];

    /// <summary><c>--persist</c>: writes reach the image files (otherwise a copy-on-write overlay keeps them in memory).</summary>
    public bool Persist { get; init; }

    /// <summary>
    /// <c>--no-reboot</c>: a system reset (0xCF9) ends the run with status 0 and "reset" on stderr instead of
    /// restarting the machine.
    /// </summary>
    public bool NoReboot { get; init; }

    /// <summary><c>--power-cut-at NS</c>: the run ends at this virtual time (since the first power-on, across restarts) as a power cut would (unflushed writes lost).</summary>
    public long? PowerCutAt { get; init; }

    /// <summary>Parses <c>--machine</c>: <c>q35</c> or <c>pc</c>.</summary>
    public static MachineKind ParseKind(string value) => value.ToLowerInvariant() switch
    {
        "q35" => MachineKind.Q35,
        "pc" => MachineKind.Pc,
        _ => throw new ArgumentException($"unknown machine '{value}' (expected q35 or pc)", nameof(value)),
    };

    /// <summary>Parses <c>--mem</c> (MiB), at least <paramref name="minimumMiB"/> (what the run needs).</summary>
    public static uint ParseMemoryMiB(string value, uint minimumMiB = 1)
    {
        uint maximum = (uint)(PhysicalMemory.MaxRamSize >> 20);
        if (!uint.TryParse(value, out uint mib) || mib < minimumMiB || mib > maximum)
            throw new ArgumentException($"--mem {value}: expected MiB between {minimumMiB} and {maximum}", nameof(value));
        return mib;
    }
}
