namespace Nt2cs.Runtime;

/// <summary>The kind of a guest memory access, as the MMU and fault records see it.</summary>
/// <remarks>Values match EXCEPTION_RECORD.ExceptionInformation[0] of an access violation.</remarks>
public enum Access : uint
{
    Read = 0,
    Write = 1,
    Execute = 8,
}
