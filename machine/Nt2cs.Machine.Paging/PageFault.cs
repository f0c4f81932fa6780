using Nt2cs.Runtime;

namespace Nt2cs.Machine.Paging;

/// <summary>A page fault as the CPU delivers it: CR2 and the error code pushed for vector 14.</summary>
public readonly record struct PageFault(uint LinearAddress, PageFaultErrorCode ErrorCode)
{
    /// <summary>The value the CPU loads into CR2.</summary>
    public uint Cr2 => LinearAddress;

    public bool IsWrite => (ErrorCode & PageFaultErrorCode.Write) != 0;

    public override string ToString() =>
        $"#PF at 0x{LinearAddress:X8}: {((ErrorCode & PageFaultErrorCode.ProtectionViolation) != 0 ? "protection violation" : "page not present")}, " +
        $"{(IsWrite ? "write" : "read")}, {((ErrorCode & PageFaultErrorCode.User) != 0 ? "user" : "supervisor")} mode (error code 0x{(uint)ErrorCode:X})";
}

/// <summary>
/// Delivers a page fault to the guest synchronously, on the faulting access's own host stack: the CPU layer runs
/// the guest's #PF handler (through the IDT, with CR2 and the error code) and returns.
/// </summary>
public interface IPageFaultHandler
{
    /// <summary>
    /// Returns true when the handler returned to the faulting access (its <c>iretd</c>), so the MMU retries the
    /// translation from the page tables; false when the fault is not handled, so the MMU throws
    /// <see cref="PageFaultException"/>.
    /// </summary>
    bool HandlePageFault(PageFault fault);
}

/// <summary>
/// A page fault nobody handled: the MMU throws this when no <see cref="IPageFaultHandler"/> is installed, when the
/// handler declines, or when the same access keeps faulting after <see cref="Mmu.MaxFaultRetries"/> handled faults.
/// </summary>
/// <remarks>
/// It is not an <see cref="SehException"/> (that type is sealed, and a #PF is a CPU exception with a vector, not
/// an NT status): the CPU layer turns it into #PF delivery. <see cref="ToSehException"/> gives the access
/// violation a hosted-style runner can report instead.
/// </remarks>
public sealed class PageFaultException(PageFault fault, string? detail = null)
    : Exception(detail is null ? fault.ToString() : $"{fault} ({detail})")
{
    public PageFault Fault { get; } = fault;

    /// <summary>CR2: the linear address whose translation failed.</summary>
    public uint LinearAddress => Fault.LinearAddress;

    public PageFaultErrorCode ErrorCode => Fault.ErrorCode;

    public SehException ToSehException() =>
        SehException.AccessViolation(Fault.IsWrite ? Access.Write : Access.Read, Fault.LinearAddress);
}

/// <summary>
/// Translated code reached memory in a way that cannot be honoured with a host pointer: a plain dereference of a
/// memory-mapped device register, or a multi-byte access spanning pages that are not physically contiguous. Such
/// accesses must go through the checked <c>Mem.Read</c>/<c>Mem.Write</c> path. This is a limit of the translation
/// model, not a guest-visible fault.
/// </summary>
public sealed class UnsupportedGuestAccessException(string message) : Exception(message);
