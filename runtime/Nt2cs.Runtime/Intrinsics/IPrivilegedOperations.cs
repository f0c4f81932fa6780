namespace Nt2cs.Runtime;

/// <summary>
/// What only a kernel may do: ports, control registers, MSRs, the interrupt flag, halting. The machine model
/// installs its CPU here; a hosted program has no privilege, so every operation raises
/// STATUS_PRIVILEGED_INSTRUCTION as user mode on Windows does.
/// </summary>
public interface IPrivilegedOperations
{
    uint InPort(ushort port, int size);
    void OutPort(ushort port, int size, uint value);
    uint ReadControlRegister(int index);
    void WriteControlRegister(int index, uint value);
    ulong ReadMsr(uint msr);
    void WriteMsr(uint msr, ulong value);
    void DisableInterrupts();
    void EnableInterrupts();
    void Halt();
    void InvalidatePage(uint address);
    ulong ReadTimeStampCounter();

    /// <summary>lidt / lgdt: the table's linear base and limit.</summary>
    void LoadDescriptorTable(DescriptorTable table, uint @base, ushort limit);

    /// <summary>sidt / sgdt.</summary>
    (uint Base, ushort Limit) StoreDescriptorTable(DescriptorTable table);

    uint ReadEFlags();
    void WriteEFlags(uint value);

    /// <summary>
    /// A new guest context (a kernel thread's processor state): it starts, when first switched to, by calling
    /// <paramref name="entry"/> (<c>void entry(void *)</c>) with <paramref name="argument"/> on its own guest stack
    /// [<paramref name="stackBase"/>, <paramref name="stackBase"/> + <paramref name="stackSize"/>). Returns its handle.
    /// </summary>
    uint CreateContext(FnPtr entry, uint argument, uint stackBase, uint stackSize);

    /// <summary>Parks the running context and runs <paramref name="context"/>; returns when switched back to.</summary>
    void SwitchContext(uint context);

    uint CurrentContext();

    /// <summary>Ends a parked context (its stack is the caller's to free).</summary>
    void DeleteContext(uint context);

    /// <summary>Maps the images a guest array of <c>MACHINE_IMAGE</c> describes (machine.h); returns an NTSTATUS.</summary>
    uint MapImages(uint images, uint count);

    /// <summary>Unmaps the images mapped at the <paramref name="count"/> bases of a guest array; returns an NTSTATUS.</summary>
    uint UnmapImages(uint bases, uint count);
}

/// <summary>The descriptor-table registers.</summary>
public enum DescriptorTable
{
    Gdt,
    Idt,
}

/// <summary>The installed privileged operations and the FS segment base (the kernel's processor control region).</summary>
public static class Platform
{
    public static IPrivilegedOperations Privileged { get; set; } = UserMode.Instance;

    /// <summary>What a hosted program gets: every privileged operation raises STATUS_PRIVILEGED_INSTRUCTION.</summary>
    public static IPrivilegedOperations UserModeOperations => UserMode.Instance;

    /// <summary>Linear address the FS segment starts at: <c>__readfsdword(n)</c> reads FS base + n.</summary>
    public static uint FsBase { get; set; }

    private sealed class UserMode : IPrivilegedOperations
    {
        public static readonly UserMode Instance = new();
        private ulong _tsc;

        private static Exception Privileged() => new SehException(NtStatus.PrivilegedInstruction);

        public uint InPort(ushort port, int size) => throw Privileged();
        public void OutPort(ushort port, int size, uint value) => throw Privileged();
        public uint ReadControlRegister(int index) => throw Privileged();
        public void WriteControlRegister(int index, uint value) => throw Privileged();
        public ulong ReadMsr(uint msr) => throw Privileged();
        public void WriteMsr(uint msr, ulong value) => throw Privileged();
        public void DisableInterrupts() => throw Privileged();
        public void EnableInterrupts() => throw Privileged();
        public void Halt() => throw Privileged();
        public void InvalidatePage(uint address) => throw Privileged();

        /// <summary>rdtsc is allowed in user mode; a deterministic count keeps runs repeatable.</summary>
        public ulong ReadTimeStampCounter() => _tsc += 1000;

        public void LoadDescriptorTable(DescriptorTable table, uint @base, ushort limit) => throw Privileged();

        /// <summary>sidt/sgdt are not privileged on i386; a hosted program has no tables to see.</summary>
        public (uint Base, ushort Limit) StoreDescriptorTable(DescriptorTable table) => (0, 0);

        /// <summary>User mode runs with IF set; popfd silently keeps IF (IOPL 0).</summary>
        public uint ReadEFlags() => 0x202;

        public void WriteEFlags(uint value)
        {
        }

        public uint CreateContext(FnPtr entry, uint argument, uint stackBase, uint stackSize) => throw Privileged();
        public void SwitchContext(uint context) => throw Privileged();
        public uint CurrentContext() => throw Privileged();
        public void DeleteContext(uint context) => throw Privileged();
        public uint MapImages(uint images, uint count) => throw Privileged();
        public uint UnmapImages(uint bases, uint count) => throw Privileged();
    }
}
