using Nt2cs.Machine.Paging;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Cpu;

/// <summary>
/// The i686 processor as translated code sees it: the privileged operations of <c>intrin.h</c> (ports, control
/// registers, MSRs, EFLAGS.IF, <c>hlt</c>, descriptor tables), the owner of virtual time at safe points, and
/// interrupt and exception delivery through the IDT into translated C handlers (see <c>VirtualCpu.Delivery.cs</c>).
/// </summary>
/// <remarks>
/// <para><b>Time.</b> Each executed safe point (<see cref="SafePoint"/>: function entries and loop iterations)
/// is <see cref="NanosecondsPerSafePoint"/> of virtual time. The count-down is armed to run out at the next event
/// deadline, so events fire on time without the fast path looking at the clock; port and MMIO accesses,
/// <c>rdtsc</c> and <c>hlt</c> first bring the clock up to date. <c>hlt</c> jumps over idle time to the next event.</para>
/// <para><b>Interrupts</b> are taken at safe points and in <c>hlt</c> while IF = 1: a port or MMIO write that raises a
/// request, <c>sti</c>, or an event makes the next safe point look.</para>
/// <para>Single CPU: only the thread holding it (see <see cref="GuestContexts"/>) calls in.</para>
/// </remarks>
public sealed partial class VirtualCpu : IPrivilegedOperations, ISafePointHandler, IPageFaultHandler, IDeviceAccessObserver
{
    /// <summary>Virtual time one safe point stands for: a loop iteration or a call of a few instructions.</summary>
    public const long NanosecondsPerSafePoint = 10;

    private readonly VirtualClock _clock;
    private readonly IoPortBus _ports;
    private readonly Mmu _mmu;
    private readonly IInterruptController _interrupts;
    private readonly RunControl _run;
    private readonly MachineLog _log;

    private uint _eflags = EFlags.Reserved1;
    private uint _cr2;
    private (uint Base, ushort Limit) _idtr, _gdtr;
    private ulong _sysenterCs, _sysenterEsp, _sysenterEip;
    private long _tscOffset;

    /// <summary>The count-down value the clock was last brought up to date at.</summary>
    private long _countdownAtSync;

    public VirtualCpu(VirtualClock clock, IoPortBus ports, Mmu mmu, IInterruptController interrupts, RunControl run, MachineLog? log = null)
    {
        _clock = clock;
        _ports = ports;
        _mmu = mmu;
        _interrupts = interrupts;
        _run = run;
        _log = log ?? MachineLog.Discard();
        Contexts = new GuestContexts(this);
    }

    public VirtualClock Clock => _clock;
    public Mmu Mmu => _mmu;
    public RunControl Run => _run;
    public GuestContexts Contexts { get; }

    public bool InterruptsEnabled => (_eflags & EFlags.InterruptEnable) != 0;

    public (uint Base, ushort Limit) Idtr => _idtr;

    /// <summary>Why the run ended, for a report on stderr (triple fault, unhandled exception, hang), if the CPU ended it.</summary>
    public string? StopReport { get; private set; }

    /// <summary>Makes this the platform of generated code: privileged operations, safe points and #PF delivery.</summary>
    public void Install()
    {
        Platform.Privileged = this;
        Platform.FsBase = 0;
        _mmu.FaultHandler = this;
        _mmu.Memory.DeviceAccessObserver = this;
        SafePoint.Install(this, 0);
        _countdownAtSync = 0;
        Rearm();
    }

    /// <summary>Hands the platform back to user mode (the hosted default).</summary>
    public static void Uninstall()
    {
        Platform.Privileged = Platform.UserModeOperations;
        Platform.FsBase = 0;
        SafePoint.Install(null);
    }

    // ---- Virtual time and safe points ------------------------------------------------------------------------

    /// <summary>Brings the clock up to date with the safe points executed since the last look, firing due events.</summary>
    private void Synchronize()
    {
        long executed = _countdownAtSync - SafePoint.Countdown;
        _countdownAtSync = SafePoint.Countdown;
        if (executed > 0)
            _clock.Advance(executed * NanosecondsPerSafePoint);
    }

    /// <summary>
    /// Brings the clock up to date, then arms the count-down: at once if an interrupt can be taken, else at the next
    /// event's deadline. (Arming without synchronising first would drop the safe points executed since.)
    /// </summary>
    private void Rearm()
    {
        Synchronize();
        long countdown;
        if (InterruptsEnabled && _interrupts.HasPendingInterrupt)
            countdown = 0;
        else if (_clock.NextEventTime == EventQueue.Never)
            countdown = SafePoint.Far;
        else
        {
            long until = _clock.NextEventTime - _clock.Now;
            countdown = Math.Max(0, (until + NanosecondsPerSafePoint - 1) / NanosecondsPerSafePoint - 1);
        }
        SafePoint.Countdown = countdown;
        _countdownAtSync = countdown;
    }

    void ISafePointHandler.Reached()
    {
        if (_run.ExitRequested)
            throw new MachineExitException(_run.ExitReason, _run.ExitStatus);
        Rearm();
        TakePendingInterrupts();
    }

    /// <summary>Delivers external interrupts while IF = 1 and the controller requests one (each return re-arms).</summary>
    private void TakePendingInterrupts()
    {
        while (InterruptsEnabled && _interrupts.HasPendingInterrupt)
        {
            byte vector = _interrupts.AcknowledgeInterrupt();
            Deliver(vector, errorCode: null, DeliveryKind.External, $"external interrupt, vector {vector}");
        }
    }

    /// <summary>Brings time up to date before a device sees the guest (port I/O and MMIO); <see cref="Rearm"/> looks again afterwards.</summary>
    private void BeforeDeviceAccess()
    {
        if (_run.ExitRequested)
            throw new MachineExitException(_run.ExitReason, _run.ExitStatus);
        Synchronize();
    }

    void IDeviceAccessObserver.BeforeDeviceAccess() => BeforeDeviceAccess();

    void IDeviceAccessObserver.AfterDeviceAccess() => Rearm();

    // ---- IPrivilegedOperations -------------------------------------------------------------------------------

    public uint InPort(ushort port, int size)
    {
        BeforeDeviceAccess();
        uint value = _ports.Read(port, size);
        Rearm();
        return value;
    }

    public void OutPort(ushort port, int size, uint value)
    {
        BeforeDeviceAccess();
        _ports.Write(port, size, value);
        Rearm();
    }

    public uint ReadControlRegister(int index) => index switch
    {
        0 => _mmu.Cr0,
        2 => _cr2,
        3 => _mmu.Cr3,
        4 => _mmu.Cr4,
        _ => throw Fault(Vectors.InvalidOpcode, 0, $"mov from CR{index}"),
    };

    public void WriteControlRegister(int index, uint value)
    {
        switch (index)
        {
            case 0: _mmu.WriteCr0(value); break;
            case 2: _cr2 = value; break;
            case 3: _mmu.WriteCr3(value); break;
            case 4: _mmu.WriteCr4(value); break;
            default: throw Fault(Vectors.InvalidOpcode, 0, $"mov to CR{index}");
        }
    }

    public ulong ReadMsr(uint msr) => msr switch
    {
        Msrs.TimeStampCounter => ReadTimeStampCounter(),
        Msrs.SysenterCs => _sysenterCs,
        Msrs.SysenterEsp => _sysenterEsp,
        Msrs.SysenterEip => _sysenterEip,
        Msrs.FsBase => Platform.FsBase,
        _ => throw Fault(Vectors.GeneralProtection, 0, $"rdmsr of MSR 0x{msr:X}, which the model does not implement"),
    };

    public void WriteMsr(uint msr, ulong value)
    {
        switch (msr)
        {
            case Msrs.TimeStampCounter: _tscOffset = (long)value - (long)ReadTimeStampCounter() + _tscOffset; break;
            case Msrs.SysenterCs: _sysenterCs = value & 0xFFFF; break;
            case Msrs.SysenterEsp: _sysenterEsp = value & 0xFFFF_FFFF; break;
            case Msrs.SysenterEip: _sysenterEip = value & 0xFFFF_FFFF; break;
            case Msrs.FsBase: Platform.FsBase = (uint)value; break;
            default: throw Fault(Vectors.GeneralProtection, 0, $"wrmsr of MSR 0x{msr:X}, which the model does not implement");
        }
    }

    public void DisableInterrupts() => _eflags &= ~EFlags.InterruptEnable;

    public void EnableInterrupts()
    {
        _eflags |= EFlags.InterruptEnable;
        Rearm();
    }

    public uint ReadEFlags() => _eflags;

    public void WriteEFlags(uint value)
    {
        _eflags = (value & EFlags.Writable) | EFlags.Reserved1;
        Rearm();
    }

    /// <summary>
    /// <c>hlt</c>: idles until an interrupt is taken, jumping over idle time (bounded by the run's timeout, which
    /// is an event too). With IF = 0 (there is no NMI source), or with no event left at all, the CPU would sleep
    /// forever: the run ends (status 124) with a report.
    /// </summary>
    public void Halt()
    {
        BeforeDeviceAccess();
        if (!InterruptsEnabled)
            Stop(MachineExitReason.Timeout, 124, "the CPU halted with interrupts disabled (cli; hlt): nothing can wake it");
        while (!_interrupts.HasPendingInterrupt)
        {
            if (!_clock.SkipToNextEvent())
                Stop(MachineExitReason.Timeout, 124, "the CPU halted with nothing scheduled that could wake it");
        }
        Rearm();
        TakePendingInterrupts();
    }

    public void InvalidatePage(uint address) => _mmu.InvalidatePage(address);

    /// <summary>
    /// A busy wait of host code on the guest's behalf (the firmware's Stall): <paramref name="nanoseconds"/> of
    /// virtual time pass, firing the events due on the way; no interrupt is taken (firmware runs with IF = 0).
    /// </summary>
    public void Wait(long nanoseconds)
    {
        BeforeDeviceAccess();
        _clock.Advance(Math.Max(0, nanoseconds));
        Rearm();
    }

    /// <summary>Idles to the next scheduled event and fires it (the firmware's WaitForEvent); false, with time left alone, when nothing is scheduled.</summary>
    public bool IdleToNextEvent()
    {
        BeforeDeviceAccess();
        bool fired = _clock.SkipToNextEvent();
        Rearm();
        return fired;
    }

    /// <summary>A 1 GHz time-stamp counter: one tick per virtual nanosecond.</summary>
    public ulong ReadTimeStampCounter()
    {
        Synchronize();
        return (ulong)(_clock.Now + _tscOffset);
    }

    public void LoadDescriptorTable(DescriptorTable table, uint @base, ushort limit)
    {
        if (table == DescriptorTable.Idt)
            _idtr = (@base, limit);
        else
            _gdtr = (@base, limit);
    }

    public (uint Base, ushort Limit) StoreDescriptorTable(DescriptorTable table) => table == DescriptorTable.Idt ? _idtr : _gdtr;

    public uint CreateContext(FnPtr entry, uint argument, uint stackBase, uint stackSize) =>
        Contexts.Create(entry.Address, argument, stackBase, stackSize);

    public void SwitchContext(uint context) => Contexts.SwitchTo(context);

    public uint CurrentContext() => Contexts.Current;

    public void DeleteContext(uint context) => Contexts.Delete(context);

    /// <summary>The image service; null until the machine sets it up (then every call is STATUS_INVALID_IMAGE_FORMAT).</summary>
    public ImageMapper? Images { get; set; }

    public uint MapImages(uint images, uint count) => (Images ??= new ImageMapper(_log, null)).MapImages(images, count);

    public uint UnmapImages(uint bases, uint count) => (Images ??= new ImageMapper(_log, null)).UnmapImages(bases, count);

    /// <summary>Ends the run with <paramref name="report"/> for stderr.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Stop(MachineExitReason reason, int status, string? report)
    {
        if (!_run.ExitRequested)
            StopReport = report;
        _run.RequestExit(reason, status);
    }
}
