namespace Nt2cs.Machine.Firmware;

/// <summary>
/// EFI_STATUS values for IA32 (UEFI 2.10, Appendix D): UINTN, 32 bits here; errors have the high bit set, warnings
/// do not and are non-zero.
/// </summary>
public static class EfiStatus
{
    private const uint ErrorBit = 0x8000_0000;

    public const uint Success = 0;

    public const uint LoadError = ErrorBit | 1;
    public const uint InvalidParameter = ErrorBit | 2;
    public const uint Unsupported = ErrorBit | 3;
    public const uint BadBufferSize = ErrorBit | 4;
    public const uint BufferTooSmall = ErrorBit | 5;
    public const uint NotReady = ErrorBit | 6;
    public const uint DeviceError = ErrorBit | 7;
    public const uint WriteProtected = ErrorBit | 8;
    public const uint OutOfResources = ErrorBit | 9;
    public const uint VolumeCorrupted = ErrorBit | 10;
    public const uint VolumeFull = ErrorBit | 11;
    public const uint NoMedia = ErrorBit | 12;
    public const uint MediaChanged = ErrorBit | 13;
    public const uint NotFound = ErrorBit | 14;
    public const uint AccessDenied = ErrorBit | 15;
    public const uint NoResponse = ErrorBit | 16;
    public const uint NoMapping = ErrorBit | 17;
    public const uint Timeout = ErrorBit | 18;
    public const uint NotStarted = ErrorBit | 19;
    public const uint AlreadyStarted = ErrorBit | 20;
    public const uint Aborted = ErrorBit | 21;
    public const uint IcmpError = ErrorBit | 22;
    public const uint TftpError = ErrorBit | 23;
    public const uint ProtocolError = ErrorBit | 24;
    public const uint IncompatibleVersion = ErrorBit | 25;
    public const uint SecurityViolation = ErrorBit | 26;
    public const uint CrcError = ErrorBit | 27;
    public const uint EndOfMedia = ErrorBit | 28;
    public const uint EndOfFile = ErrorBit | 31;
    public const uint InvalidLanguage = ErrorBit | 32;
    public const uint CompromisedData = ErrorBit | 33;
    public const uint IpAddressConflict = ErrorBit | 34;
    public const uint HttpError = ErrorBit | 35;

    public const uint WarnUnknownGlyph = 1;
    public const uint WarnDeleteFailure = 2;
    public const uint WarnWriteFailure = 3;
    public const uint WarnBufferTooSmall = 4;
    public const uint WarnStaleData = 5;
    public const uint WarnFileSystem = 6;
    public const uint WarnResetRequired = 7;

    public static bool IsError(uint status) => (status & ErrorBit) != 0;

    public static bool IsWarning(uint status) => status != Success && !IsError(status);

    /// <summary>The specification's name of <paramref name="status"/> (EFI_NOT_FOUND…), for reports; the number when it has none.</summary>
    public static string Name(uint status) => status switch
    {
        Success => "EFI_SUCCESS",
        LoadError => "EFI_LOAD_ERROR",
        InvalidParameter => "EFI_INVALID_PARAMETER",
        Unsupported => "EFI_UNSUPPORTED",
        BadBufferSize => "EFI_BAD_BUFFER_SIZE",
        BufferTooSmall => "EFI_BUFFER_TOO_SMALL",
        NotReady => "EFI_NOT_READY",
        DeviceError => "EFI_DEVICE_ERROR",
        WriteProtected => "EFI_WRITE_PROTECTED",
        OutOfResources => "EFI_OUT_OF_RESOURCES",
        VolumeCorrupted => "EFI_VOLUME_CORRUPTED",
        VolumeFull => "EFI_VOLUME_FULL",
        NoMedia => "EFI_NO_MEDIA",
        MediaChanged => "EFI_MEDIA_CHANGED",
        NotFound => "EFI_NOT_FOUND",
        AccessDenied => "EFI_ACCESS_DENIED",
        NoResponse => "EFI_NO_RESPONSE",
        NoMapping => "EFI_NO_MAPPING",
        Timeout => "EFI_TIMEOUT",
        NotStarted => "EFI_NOT_STARTED",
        AlreadyStarted => "EFI_ALREADY_STARTED",
        Aborted => "EFI_ABORTED",
        IcmpError => "EFI_ICMP_ERROR",
        TftpError => "EFI_TFTP_ERROR",
        ProtocolError => "EFI_PROTOCOL_ERROR",
        IncompatibleVersion => "EFI_INCOMPATIBLE_VERSION",
        SecurityViolation => "EFI_SECURITY_VIOLATION",
        CrcError => "EFI_CRC_ERROR",
        EndOfMedia => "EFI_END_OF_MEDIA",
        EndOfFile => "EFI_END_OF_FILE",
        InvalidLanguage => "EFI_INVALID_LANGUAGE",
        CompromisedData => "EFI_COMPROMISED_DATA",
        IpAddressConflict => "EFI_IP_ADDRESS_CONFLICT",
        HttpError => "EFI_HTTP_ERROR",
        WarnUnknownGlyph => "EFI_WARN_UNKNOWN_GLYPH",
        WarnDeleteFailure => "EFI_WARN_DELETE_FAILURE",
        WarnWriteFailure => "EFI_WARN_WRITE_FAILURE",
        WarnBufferTooSmall => "EFI_WARN_BUFFER_TOO_SMALL",
        WarnStaleData => "EFI_WARN_STALE_DATA",
        WarnFileSystem => "EFI_WARN_FILE_SYSTEM",
        WarnResetRequired => "EFI_WARN_RESET_REQUIRED",
        _ => $"EFI_STATUS 0x{status:X8}",
    };
}
