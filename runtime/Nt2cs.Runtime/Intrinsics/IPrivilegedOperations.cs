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
}

/// <summary>The installed privileged operations and the FS segment base (the kernel's processor control region).</summary>
public static class Platform
{
    public static IPrivilegedOperations Privileged { get; set; } = UserMode.Instance;

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
    }
}
