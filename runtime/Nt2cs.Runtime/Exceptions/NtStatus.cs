namespace Nt2cs.Runtime;

/// <summary>The NTSTATUS codes the runtime itself raises (values from the Windows SDK's ntstatus.h).</summary>
public static class NtStatus
{
    public const uint AccessViolation = 0xC0000005;
    public const uint IllegalInstruction = 0xC000001D;
    public const uint ArrayBoundsExceeded = 0xC000008C;
    public const uint IntegerDivideByZero = 0xC0000094;
    public const uint IntegerOverflow = 0xC0000095;
    public const uint StackOverflow = 0xC00000FD;
    public const uint Breakpoint = 0x80000003;
    public const uint NoMemory = 0xC0000017;
    public const uint InvalidParameter = 0xC000000D;
    public const uint InsufficientResources = 0xC000009A;
    public const uint NonContinuableException = 0xC0000025;
    public const uint PrivilegedInstruction = 0xC0000096;

    // What loading an image can fail with.
    public const uint ConflictingAddresses = 0xC0000018;
    public const uint BufferTooSmall = 0xC0000023;
    public const uint ProcedureNotFound = 0xC000007A;
    public const uint InvalidImageFormat = 0xC000007B;
    public const uint ImageAlreadyLoaded = 0xC000010E;
    public const uint CannotDelete = 0xC0000121;
    public const uint DllNotFound = 0xC0000135;
    public const uint EntrypointNotFound = 0xC0000139;
    public const uint DllInitFailed = 0xC0000142;

    public static string Describe(uint code) => code switch
    {
        AccessViolation => "access violation",
        IllegalInstruction => "illegal instruction",
        ArrayBoundsExceeded => "array bounds exceeded",
        IntegerDivideByZero => "integer divide by zero",
        IntegerOverflow => "integer overflow",
        StackOverflow => "stack overflow",
        Breakpoint => "breakpoint",
        NoMemory => "no memory",
        InvalidParameter => "invalid parameter",
        InsufficientResources => "insufficient resources",
        NonContinuableException => "noncontinuable exception",
        PrivilegedInstruction => "privileged instruction",
        _ => "exception",
    };
}
