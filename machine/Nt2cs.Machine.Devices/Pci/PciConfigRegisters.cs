namespace Nt2cs.Machine.Devices.Pci;

/// <summary>
/// The type 0 configuration space header (PCI Local Bus Specification 3.0, §6.1 Figure 6-1, and §6.2 for each
/// register), at offsets within a function's configuration space.
/// </summary>
public static class PciConfigRegisters
{
    public const int VendorId = 0x00;
    public const int DeviceId = 0x02;
    public const int Command = 0x04;
    public const int Status = 0x06;
    public const int RevisionId = 0x08;
    /// <summary>Class code: programming interface (0x09), sub-class (0x0A), base class (0x0B).</summary>
    public const int ClassCode = 0x09;
    public const int CacheLineSize = 0x0C;
    public const int LatencyTimer = 0x0D;
    public const int HeaderType = 0x0E;
    public const int Bist = 0x0F;
    public const int Bar0 = 0x10;
    public const int BarCount = 6;
    public const int CardbusCisPointer = 0x28;
    public const int SubsystemVendorId = 0x2C;
    public const int SubsystemId = 0x2E;
    public const int ExpansionRomBase = 0x30;
    public const int CapabilitiesPointer = 0x34;
    public const int InterruptLine = 0x3C;
    public const int InterruptPin = 0x3D;
    public const int MinGrant = 0x3E;
    public const int MaxLatency = 0x3F;

    /// <summary>First byte after the predefined header: capabilities and device-specific registers.</summary>
    public const int DeviceSpecific = 0x40;

    /// <summary>Conventional configuration space (reached by mechanism #1).</summary>
    public const int ConventionalSize = 256;

    /// <summary>PCI Express configuration space (reached through ECAM).</summary>
    public const int ExtendedSize = 4096;

    /// <summary>Header type bit 7: the device has more than one function.</summary>
    public const byte HeaderTypeMultiFunction = 0x80;

    // Base address registers (§6.2.5.1).
    /// <summary>Bit 0: 1 = I/O space BAR.</summary>
    public const uint BarIoSpace = 0x1;
    /// <summary>Bits 2–1 of a memory BAR: 00 = 32-bit, 10 = 64-bit.</summary>
    public const uint BarMemoryTypeMask = 0x6;
    public const uint BarMemory64 = 0x4;
    /// <summary>Bit 3 of a memory BAR: prefetchable.</summary>
    public const uint BarPrefetchable = 0x8;
    public const uint BarMemoryAddressMask = 0xFFFF_FFF0;
    public const uint BarIoAddressMask = 0xFFFF_FFFC;

    /// <summary>What an absent function (a master abort) reads.</summary>
    public const uint AbsentValue = 0xFFFF_FFFF;

    public static int BarOffset(int index) => Bar0 + 4 * index;
}

/// <summary>The Command register (§6.2.2, Figure 6-2).</summary>
[Flags]
public enum PciCommand : ushort
{
    IoSpace = 1 << 0,
    MemorySpace = 1 << 1,
    BusMaster = 1 << 2,
    SpecialCycles = 1 << 3,
    MemoryWriteAndInvalidate = 1 << 4,
    VgaPaletteSnoop = 1 << 5,
    ParityErrorResponse = 1 << 6,
    SerrEnable = 1 << 8,
    FastBackToBackEnable = 1 << 9,
    InterruptDisable = 1 << 10,
}

/// <summary>The Status register (§6.2.3, Figure 6-3). Bits 15–11 and 8 are write-one-to-clear.</summary>
[Flags]
public enum PciStatus : ushort
{
    InterruptStatus = 1 << 3,
    CapabilitiesList = 1 << 4,
    Capable66MHz = 1 << 5,
    FastBackToBackCapable = 1 << 7,
    MasterDataParityError = 1 << 8,
    DevselTimingMask = 3 << 9,
    SignaledTargetAbort = 1 << 11,
    ReceivedTargetAbort = 1 << 12,
    ReceivedMasterAbort = 1 << 13,
    SignaledSystemError = 1 << 14,
    DetectedParityError = 1 << 15,

    WriteOneToClear = MasterDataParityError | SignaledTargetAbort | ReceivedTargetAbort | ReceivedMasterAbort
        | SignaledSystemError | DetectedParityError,
}

/// <summary>The Interrupt Pin register (§6.2.4): which INTx# the function uses.</summary>
public enum PciInterruptPin : byte
{
    None = 0,
    IntA = 1,
    IntB = 2,
    IntC = 3,
    IntD = 4,
}

/// <summary>A function's place in the hierarchy: bus, device (0–31), function (0–7).</summary>
public readonly record struct PciAddress(int Bus, int Device, int Function)
{
    public override string ToString() => $"{Bus:X2}:{Device:X2}.{Function}";
}
