namespace Nt2cs.Machine.Firmware;

/// <summary>
/// The GUIDs the core installs or looks for (UEFI 2.10: §9.1 Loaded Image, §10.2 Device Path, §12.3/§12.4 Simple
/// Text Input/Output, §8.2 the global variable GUID, §7.1 the event groups). An EFI_GUID's bytes are .NET's
/// <see cref="Guid"/> bytes (a little-endian UINT32, two UINT16, eight bytes).
/// </summary>
public static class EfiGuids
{
    public static readonly Guid LoadedImage = new(0x5B1B31A1, 0x9562, 0x11D2, 0x8E, 0x3F, 0x00, 0xA0, 0xC9, 0x69, 0x72, 0x3B);
    public static readonly Guid LoadedImageDevicePath = new(0xBC62157E, 0x3E33, 0x4FEC, 0x99, 0x20, 0x2D, 0x3B, 0x36, 0xD7, 0x50, 0xDF);
    public static readonly Guid DevicePath = new(0x09576E91, 0x6D3F, 0x11D2, 0x8E, 0x39, 0x00, 0xA0, 0xC9, 0x69, 0x72, 0x3B);
    public static readonly Guid SimpleTextInput = new(0x387477C1, 0x69C7, 0x11D2, 0x8E, 0x39, 0x00, 0xA0, 0xC9, 0x69, 0x72, 0x3B);
    public static readonly Guid SimpleTextOutput = new(0x387477C2, 0x69C7, 0x11D2, 0x8E, 0x39, 0x00, 0xA0, 0xC9, 0x69, 0x72, 0x3B);
    public static readonly Guid GlobalVariable = new(0x8BE4DF61, 0x93CA, 0x11D2, 0xAA, 0x0D, 0x00, 0xE0, 0x98, 0x03, 0x2B, 0x8C);
    public static readonly Guid HardwareErrorVariable = new(0x414E6BDD, 0xE47B, 0x47CC, 0xB2, 0x44, 0xBB, 0x61, 0x02, 0x0C, 0xF5, 0x16);
    public static readonly Guid EventGroupExitBootServices = new(0x27ABF055, 0xB1B8, 0x4C26, 0x80, 0x48, 0x74, 0x8F, 0x37, 0xBA, 0xA2, 0xDF);
    public static readonly Guid EventGroupVirtualAddressChange = new(0x13FA7698, 0xC831, 0x49C7, 0x87, 0xEA, 0x8F, 0x43, 0xFC, 0xC2, 0x51, 0x96);

    /// <summary>The EFI_GUID at guest address <paramref name="address"/>.</summary>
    public static Guid Read(uint address)
    {
        Span<byte> bytes = stackalloc byte[16];
        Nt2cs.Runtime.Mem.CopyOut(address, bytes);
        return new Guid(bytes);
    }

    public static void Write(uint address, Guid guid)
    {
        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes);
        Nt2cs.Runtime.Mem.CopyIn(address, bytes);
    }
}
