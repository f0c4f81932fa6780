namespace Nt2cs.Machine;

/// <summary>
/// What the virtual CPU asks at its safe points (loop back-edges, calls, <c>hlt</c>) when EFLAGS.IF is set: is an
/// external interrupt being requested, and if so, run the interrupt-acknowledge cycle to learn its vector.
/// </summary>
/// <remarks>
/// Today the 8259A pair implements this (its INT output and INTA cycles). With a local APIC the APIC becomes the
/// CPU's controller and reaches the PIC pair through LINT0 in ExtINT mode, so the CPU side does not change.
/// </remarks>
public interface IInterruptController
{
    /// <summary>The controller's interrupt request output to the CPU (INTR) is asserted.</summary>
    bool HasPendingInterrupt { get; }

    /// <summary>
    /// The INTA cycle: the controller commits to its highest-priority request and returns its vector (0–255).
    /// Called only when the CPU takes the interrupt; if the request vanished meanwhile the controller returns its
    /// spurious vector, as hardware does.
    /// </summary>
    byte AcknowledgeInterrupt();
}
