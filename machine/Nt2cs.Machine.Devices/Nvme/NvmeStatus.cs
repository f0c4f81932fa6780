namespace Nt2cs.Machine.Devices.Nvme;

/// <summary>
/// The Status Field of a completion queue entry (§4.6.1, Figure 126): Status Code bits 7:0, Status Code Type
/// bits 10:8, More bit 13, Do Not Retry bit 14. Errors here carry DNR, since retrying a malformed request
/// cannot succeed.
/// </summary>
public static class NvmeStatus
{
    public const ushort DoNotRetry = 1 << 14;

    private const ushort Generic = 0 << 8;
    private const ushort CommandSpecific = 1 << 8;

    public const ushort Success = 0;

    // Generic Command Status (SCT 0, §4.6.1.2.1, Figure 128).
    public const ushort InvalidCommandOpcode = Generic | 0x01 | DoNotRetry;
    public const ushort InvalidFieldInCommand = Generic | 0x02 | DoNotRetry;
    public const ushort DataTransferError = Generic | 0x04 | DoNotRetry;
    public const ushort InternalError = Generic | 0x06 | DoNotRetry;
    public const ushort CommandAbortRequested = Generic | 0x07;
    public const ushort InvalidNamespaceOrFormat = Generic | 0x0B | DoNotRetry;
    public const ushort CommandSequenceError = Generic | 0x0C | DoNotRetry;
    public const ushort PrpOffsetInvalid = Generic | 0x13 | DoNotRetry;
    // NVM command set (SCT 0, Figure 129).
    public const ushort LbaOutOfRange = Generic | 0x80 | DoNotRetry;

    // Command Specific Status (SCT 1, §4.6.1.2.2, Figure 130).
    public const ushort CompletionQueueInvalid = CommandSpecific | 0x00 | DoNotRetry;
    public const ushort InvalidQueueIdentifier = CommandSpecific | 0x01 | DoNotRetry;
    public const ushort InvalidQueueSize = CommandSpecific | 0x02 | DoNotRetry;
    public const ushort AsynchronousEventRequestLimitExceeded = CommandSpecific | 0x05 | DoNotRetry;
    public const ushort InvalidInterruptVector = CommandSpecific | 0x08 | DoNotRetry;
    public const ushort InvalidLogPage = CommandSpecific | 0x09 | DoNotRetry;
    public const ushort InvalidQueueDeletion = CommandSpecific | 0x0C | DoNotRetry;
    public const ushort FeatureIdentifierNotSaveable = CommandSpecific | 0x0D | DoNotRetry;

    /// <summary>Status Code Type and Status Code without the retry bits, for display and tests.</summary>
    public static int Code(ushort status) => status & 0x7FF;

    public static string Describe(ushort status) => Code(status) switch
    {
        0 => "Success",
        0x001 => "Invalid Command Opcode",
        0x002 => "Invalid Field in Command",
        0x004 => "Data Transfer Error",
        0x006 => "Internal Error",
        0x007 => "Command Abort Requested",
        0x00B => "Invalid Namespace or Format",
        0x00C => "Command Sequence Error",
        0x013 => "PRP Offset Invalid",
        0x080 => "LBA Out of Range",
        0x100 => "Completion Queue Invalid",
        0x101 => "Invalid Queue Identifier",
        0x102 => "Invalid Queue Size",
        0x105 => "Asynchronous Event Request Limit Exceeded",
        0x108 => "Invalid Interrupt Vector",
        0x109 => "Invalid Log Page",
        0x10C => "Invalid Queue Deletion",
        0x10D => "Feature Identifier Not Saveable",
        _ => $"status 0x{Code(status):X3}",
    };
}

/// <summary>Admin command opcodes (§5, Figure 139).</summary>
public static class NvmeAdminOpcode
{
    public const byte DeleteIoSubmissionQueue = 0x00;
    public const byte CreateIoSubmissionQueue = 0x01;
    public const byte GetLogPage = 0x02;
    public const byte DeleteIoCompletionQueue = 0x04;
    public const byte CreateIoCompletionQueue = 0x05;
    public const byte Identify = 0x06;
    public const byte Abort = 0x08;
    public const byte SetFeatures = 0x09;
    public const byte GetFeatures = 0x0A;
    public const byte AsynchronousEventRequest = 0x0C;
}

/// <summary>NVM command set opcodes (§6, Figure 346).</summary>
public static class NvmeIoOpcode
{
    public const byte Flush = 0x00;
    public const byte Write = 0x01;
    public const byte Read = 0x02;
    public const byte WriteZeroes = 0x08;
    public const byte DatasetManagement = 0x09;
}

/// <summary>Feature identifiers (§5.21.1, Figure 271) the controller knows.</summary>
public static class NvmeFeature
{
    public const byte Arbitration = 0x01;
    public const byte PowerManagement = 0x02;
    public const byte TemperatureThreshold = 0x04;
    public const byte ErrorRecovery = 0x05;
    public const byte VolatileWriteCache = 0x06;
    public const byte NumberOfQueues = 0x07;
    public const byte InterruptCoalescing = 0x08;
    public const byte InterruptVectorConfiguration = 0x09;
    public const byte WriteAtomicityNormal = 0x0A;
    public const byte AsynchronousEventConfiguration = 0x0B;
}

/// <summary>Log page identifiers (§5.14.1, Figure 191) the controller has.</summary>
public static class NvmeLogPage
{
    public const byte ErrorInformation = 0x01;
    public const byte SmartHealthInformation = 0x02;
    public const byte FirmwareSlotInformation = 0x03;
}
