namespace Nt2cs.Runtime;

/// <summary>
/// An exception raised in guest code: a hardware fault the runtime detected, or a status raised by C code.
/// Carries what an NT <c>EXCEPTION_RECORD</c> carries.
/// </summary>
public sealed class SehException : Exception
{
    public SehException(uint code, uint flags = 0, params uint[] information)
        : base(Format(code, information))
    {
        Code = code;
        Flags = flags;
        Information = information;
    }

    /// <summary>The NTSTATUS (<c>ExceptionCode</c>).</summary>
    public uint Code { get; }

    /// <summary><c>ExceptionFlags</c> (EXCEPTION_NONCONTINUABLE = 1).</summary>
    public uint Flags { get; }

    /// <summary><c>ExceptionInformation</c>; for an access violation: the access kind, then the address.</summary>
    public uint[] Information { get; }

    /// <summary><c>ExceptionAddress</c>: the code address where it happened, when known.</summary>
    public uint Address { get; init; }

    /// <summary>The exception this one was raised about (<c>ExceptionRecord</c>), as for STATUS_NONCONTINUABLE_EXCEPTION.</summary>
    public SehException? Chained { get; init; }

    public static SehException AccessViolation(Access kind, uint address) =>
        new(NtStatus.AccessViolation, 0, (uint)kind, address);

    /// <summary>The guest status for a .NET arithmetic exception thrown by translated code.</summary>
    public static SehException? FromHost(Exception e) => e switch
    {
        SehException seh => seh,
        DivideByZeroException => new SehException(NtStatus.IntegerDivideByZero),
        OverflowException => new SehException(NtStatus.IntegerOverflow),
        ArithmeticException => new SehException(NtStatus.IntegerOverflow),
        _ => null,
    };

    private static string Format(uint code, uint[] information)
    {
        if (code == NtStatus.AccessViolation && information.Length >= 2)
        {
            string verb = information[0] switch { 1 => "writing", 8 => "executing", _ => "reading" };
            return $"exception 0x{code:X8} (access violation {verb} address 0x{information[1]:X8})";
        }
        return $"exception 0x{code:X8} ({NtStatus.Describe(code)})";
    }
}

/// <summary>C <c>exit(status)</c> unwinding to the program's entry.</summary>
public sealed class ExitException(int status) : Exception($"exit({status})")
{
    public int Status { get; } = status;
}

/// <summary>
/// The host stream behind stdout failed (a closed pipe, a full disk, a capture limit): the program ends, as a
/// native one dies of SIGPIPE, rather than computing on with its output lost.
/// </summary>
public sealed class OutputFailedException(string message) : Exception(message);

/// <summary>The stack overflowed again with its guard already consumed: no handler can run, the program ends.</summary>
public sealed class StackExhaustedException()
    : Exception("stack overflow with the guard region already used by an earlier overflow (call _resetstkoflw after handling one)");
