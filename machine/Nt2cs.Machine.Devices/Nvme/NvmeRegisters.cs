namespace Nt2cs.Machine.Devices.Nvme;

/// <summary>
/// The controller registers in BAR0 (NVM Express base specification 1.4, §3.1, Figure 78), at offsets from the
/// BAR's base, with their fields; the doorbells follow at 0x1000 (§3.1.24, 3.1.25), and this model puts the
/// MSI-X table and pending bit array at <see cref="MsixTableOffset"/> and <see cref="MsixPbaOffset"/>.
/// </summary>
public static class NvmeRegisters
{
    /// <summary>Controller Capabilities (64-bit, §3.1.1).</summary>
    public const uint CAP = 0x00;
    /// <summary>Version (§3.1.2).</summary>
    public const uint VS = 0x08;
    /// <summary>Interrupt Mask Set (§3.1.3): write 1 masks a vector; reads the mask.</summary>
    public const uint INTMS = 0x0C;
    /// <summary>Interrupt Mask Clear (§3.1.4): write 1 unmasks a vector; reads the mask.</summary>
    public const uint INTMC = 0x10;
    /// <summary>Controller Configuration (§3.1.5).</summary>
    public const uint CC = 0x14;
    /// <summary>Controller Status (§3.1.6).</summary>
    public const uint CSTS = 0x1C;
    /// <summary>NVM Subsystem Reset (§3.1.7): not supported (CAP.NSSRS = 0), reads 0.</summary>
    public const uint NSSR = 0x20;
    /// <summary>Admin Queue Attributes (§3.1.8).</summary>
    public const uint AQA = 0x24;
    /// <summary>Admin Submission Queue Base Address (64-bit, §3.1.9).</summary>
    public const uint ASQ = 0x28;
    /// <summary>Admin Completion Queue Base Address (64-bit, §3.1.10).</summary>
    public const uint ACQ = 0x30;

    /// <summary>Submission Queue 0 Tail Doorbell; queue y's are at 0x1000 + (2y)(4 &lt;&lt; DSTRD), its completion queue's head 4 &lt;&lt; DSTRD later.</summary>
    public const uint Doorbells = 0x1000;

    /// <summary>MSI-X table (16 bytes per vector: address low, high, data, vector control), BIR 0.</summary>
    public const uint MsixTableOffset = 0x2000;
    /// <summary>MSI-X pending bit array, BIR 0.</summary>
    public const uint MsixPbaOffset = 0x3000;

    /// <summary>BAR0's size: registers, doorbells, MSI-X table and PBA.</summary>
    public const uint Bar0Size = 0x4000;

    public static uint SubmissionTailDoorbell(int queue, int dstrd) => Doorbells + (uint)(2 * queue * (4 << dstrd));

    public static uint CompletionHeadDoorbell(int queue, int dstrd) => Doorbells + (uint)((2 * queue + 1) * (4 << dstrd));

    // ---- CAP (§3.1.1, Figure 79) ----
    /// <summary>Maximum Queue Entries Supported, bits 15:0, 0-based.</summary>
    public const ulong CAP_MQES_Mask = 0xFFFF;
    /// <summary>Contiguous Queues Required, bit 16.</summary>
    public const ulong CAP_CQR = 1ul << 16;
    /// <summary>Timeout, bits 31:24, in 500 ms units: the longest CSTS.RDY takes to follow CC.EN.</summary>
    public const int CAP_TO_Shift = 24;
    /// <summary>Doorbell Stride, bits 35:32: doorbells are 4 &lt;&lt; DSTRD bytes apart.</summary>
    public const int CAP_DSTRD_Shift = 32;
    /// <summary>NVM Subsystem Reset Supported, bit 36.</summary>
    public const ulong CAP_NSSRS = 1ul << 36;
    /// <summary>Command Sets Supported, bits 44:37; bit 37 is the NVM command set.</summary>
    public const ulong CAP_CSS_NVM = 1ul << 37;
    /// <summary>Memory Page Size Minimum, bits 51:48 (2^(12 + MPSMIN)).</summary>
    public const int CAP_MPSMIN_Shift = 48;
    /// <summary>Memory Page Size Maximum, bits 55:52.</summary>
    public const int CAP_MPSMAX_Shift = 52;

    // ---- CC (§3.1.5, Figure 82) ----
    public const uint CC_EN = 1u << 0;
    public const int CC_CSS_Shift = 4;
    public const uint CC_CSS_Mask = 7u << CC_CSS_Shift;
    public const int CC_MPS_Shift = 7;
    public const uint CC_MPS_Mask = 0xFu << CC_MPS_Shift;
    public const int CC_AMS_Shift = 11;
    public const uint CC_AMS_Mask = 7u << CC_AMS_Shift;
    public const int CC_SHN_Shift = 14;
    public const uint CC_SHN_Mask = 3u << CC_SHN_Shift;
    public const int CC_IOSQES_Shift = 16;
    public const uint CC_IOSQES_Mask = 0xFu << CC_IOSQES_Shift;
    public const int CC_IOCQES_Shift = 20;
    public const uint CC_IOCQES_Mask = 0xFu << CC_IOCQES_Shift;
    /// <summary>Bits of CC software may write (the rest is reserved).</summary>
    public const uint CC_Writable = CC_EN | CC_CSS_Mask | CC_MPS_Mask | CC_AMS_Mask | CC_SHN_Mask | CC_IOSQES_Mask | CC_IOCQES_Mask;

    // ---- CSTS (§3.1.6, Figure 83) ----
    public const uint CSTS_RDY = 1u << 0;
    /// <summary>Controller Fatal Status: set when the controller cannot go on (cleared by a reset, CC.EN 1 → 0).</summary>
    public const uint CSTS_CFS = 1u << 1;
    public const int CSTS_SHST_Shift = 2;
    public const uint CSTS_SHST_Mask = 3u << CSTS_SHST_Shift;
    public const uint CSTS_SHST_Occurring = 1u << CSTS_SHST_Shift;
    public const uint CSTS_SHST_Complete = 2u << CSTS_SHST_Shift;

    // ---- AQA (§3.1.8, Figure 85) ----
    /// <summary>Admin Submission Queue Size, bits 11:0, 0-based.</summary>
    public const uint AQA_ASQS_Mask = 0xFFF;
    /// <summary>Admin Completion Queue Size, bits 27:16, 0-based.</summary>
    public const int AQA_ACQS_Shift = 16;
    public const uint AQA_Writable = 0x0FFF_0FFF;

    /// <summary>ASQ/ACQ bits 11:0 are reserved (the queues are 4 KiB aligned).</summary>
    public const ulong QueueBaseMask = ~0xFFFul;
}
