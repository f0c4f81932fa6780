namespace Nt2cs.Machine.Paging;

/// <summary>CR0 (Intel SDM vol. 3A §2.5, "Control Registers"). The MMU acts on PG and WP.</summary>
[Flags]
public enum Cr0Flags : uint
{
    /// <summary>Protection Enable.</summary>
    PE = 1u << 0,
    MP = 1u << 1,
    EM = 1u << 2,
    TS = 1u << 3,
    ET = 1u << 4,
    NE = 1u << 5,
    /// <summary>Write Protect: supervisor writes honour read-only pages.</summary>
    WP = 1u << 16,
    AM = 1u << 18,
    NW = 1u << 29,
    CD = 1u << 30,
    /// <summary>Paging.</summary>
    PG = 1u << 31,
}

/// <summary>CR4 (Intel SDM vol. 3A §2.5). The MMU acts on PSE and PGE; PAE paging is not modelled.</summary>
[Flags]
public enum Cr4Flags : uint
{
    VME = 1u << 0,
    PVI = 1u << 1,
    TSD = 1u << 2,
    DE = 1u << 3,
    /// <summary>Page Size Extensions: PDE.PS selects a 4 MiB page.</summary>
    PSE = 1u << 4,
    /// <summary>Physical Address Extension (not modelled: 32-bit paging is used regardless, with a log entry).</summary>
    PAE = 1u << 5,
    MCE = 1u << 6,
    /// <summary>Page Global Enable: translations from entries with G=1 survive a CR3 load.</summary>
    PGE = 1u << 7,
    PCE = 1u << 8,
    OSFXSR = 1u << 9,
    OSXMMEXCPT = 1u << 10,
}

/// <summary>
/// Bits of a 32-bit paging PDE or PTE (Intel SDM vol. 3A §4.3, Tables 4-4 to 4-6). Frame addresses are bits
/// 31:12 (31:22 for a 4 MiB page).
/// </summary>
[Flags]
public enum PageEntry : uint
{
    /// <summary>P: the entry maps something.</summary>
    Present = 1u << 0,
    /// <summary>R/W: writes allowed (subject to CR0.WP for supervisor accesses).</summary>
    Writable = 1u << 1,
    /// <summary>U/S: user-mode (CPL 3) accesses allowed.</summary>
    User = 1u << 2,
    WriteThrough = 1u << 3,
    CacheDisable = 1u << 4,
    /// <summary>A: set by the processor when the entry is used for a translation.</summary>
    Accessed = 1u << 5,
    /// <summary>D: set by the processor on a write through a page-mapping entry (PTE, or PDE with PS).</summary>
    Dirty = 1u << 6,
    /// <summary>PS in a PDE (4 MiB page when CR4.PSE = 1); PAT in a PTE (ignored here).</summary>
    PageSize = 1u << 7,
    /// <summary>G: global translation when CR4.PGE = 1 (page-mapping entries only).</summary>
    Global = 1u << 8,
}

/// <summary>The #PF error code (Intel SDM vol. 3A §4.7, Figure 4-12).</summary>
[Flags]
public enum PageFaultErrorCode : uint
{
    /// <summary>P: 0 = the page was not present; 1 = a protection violation.</summary>
    ProtectionViolation = 1u << 0,
    /// <summary>W/R: the access was a write.</summary>
    Write = 1u << 1,
    /// <summary>U/S: the access was made at CPL 3.</summary>
    User = 1u << 2,
    /// <summary>RSVD: a reserved bit was set (never reported: reserved-bit checking is not modelled).</summary>
    ReservedBit = 1u << 3,
    /// <summary>I/D: instruction fetch (only with NX or SMEP, neither modelled, so never reported).</summary>
    InstructionFetch = 1u << 4,
}
