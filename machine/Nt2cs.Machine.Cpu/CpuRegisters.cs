namespace Nt2cs.Machine.Cpu;

/// <summary>EFLAGS bits the model keeps (Intel SDM vol. 1 §3.4.3).</summary>
public static class EFlags
{
    /// <summary>Bit 1 reads as 1.</summary>
    public const uint Reserved1 = 1u << 1;

    /// <summary>IF: maskable interrupts are taken.</summary>
    public const uint InterruptEnable = 1u << 9;

    /// <summary>Flags a kernel can set with popfd; arithmetic flags are kept as written, no instruction reads them.</summary>
    public const uint Writable = 0x003F_7FD5;
}

/// <summary>Exception vectors (SDM vol. 3A §6.3.1).</summary>
public static class Vectors
{
    public const byte DivideError = 0;
    public const byte Breakpoint = 3;
    public const byte InvalidOpcode = 6;
    public const byte DoubleFault = 8;
    public const byte StackFault = 12;
    public const byte GeneralProtection = 13;
    public const byte PageFault = 14;

    /// <summary>Vectors for which the CPU pushes an error code (§6.13).</summary>
    public static bool HasErrorCode(int vector) => vector is 8 or (>= 10 and <= 14) or 17;

    public static string Mnemonic(int vector) => vector switch
    {
        0 => "#DE", 1 => "#DB", 2 => "NMI", 3 => "#BP", 4 => "#OF", 5 => "#BR", 6 => "#UD", 7 => "#NM", 8 => "#DF",
        10 => "#TS", 11 => "#NP", 12 => "#SS", 13 => "#GP", 14 => "#PF", 16 => "#MF", 17 => "#AC", 18 => "#MC",
        19 => "#XM", _ => $"vector {vector}",
    };
}

/// <summary>An IDT gate descriptor (SDM vol. 3A §6.11, figure 6-2): 8 bytes.</summary>
public readonly record struct GateDescriptor(ulong Raw)
{
    public const int Size = 8;

    public const int TaskGate = 0x5, InterruptGate32 = 0xE, TrapGate32 = 0xF;

    public uint Offset => (uint)(Raw & 0xFFFF) | (uint)((Raw >> 32) & 0xFFFF_0000);
    public ushort Selector => (ushort)(Raw >> 16);
    public int Type => (int)(Raw >> 40) & 0xF;
    public bool Present => ((Raw >> 47) & 1) != 0;

    /// <summary>An interrupt gate clears IF on entry; a trap gate leaves it.</summary>
    public bool IsInterruptGate => Type == InterruptGate32;

    public bool IsUsable => Present && Type is InterruptGate32 or TrapGate32;

    /// <summary>Builds a present 32-bit gate (for tests and firmware-like setup).</summary>
    public static GateDescriptor Create(uint offset, ushort selector, int type) =>
        new((offset & 0xFFFF) | (ulong)selector << 16 | (ulong)(0x80 | type) << 40 | (ulong)(offset >> 16) << 48);
}

/// <summary>Model-specific registers the CPU implements; any other number raises #GP(0), as on hardware.</summary>
public static class Msrs
{
    public const uint TimeStampCounter = 0x10;
    public const uint SysenterCs = 0x174;
    public const uint SysenterEsp = 0x175;
    public const uint SysenterEip = 0x176;

    /// <summary>
    /// The FS segment base. IA32_FS_BASE is an x86-64 MSR; the model offers it on i386 because translated code has
    /// no segment loads: a kernel sets its processor control region's address here instead of loading FS.
    /// </summary>
    public const uint FsBase = 0xC000_0100;
}
