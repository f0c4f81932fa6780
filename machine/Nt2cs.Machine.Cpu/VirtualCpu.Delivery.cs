using System.Diagnostics;
using Nt2cs.Machine.Paging;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Cpu;

internal enum DeliveryKind
{
    /// <summary>An external interrupt taken at a safe point: the handler's return resumes the interrupted code.</summary>
    External,

    /// <summary>A page fault: the handler's return retries the faulting access.</summary>
    Resumable,

    /// <summary>A fault translated code cannot re-execute (#DE, #UD, #GP, #DF): the handler must not return.</summary>
    NonResumable,
}

/// <summary>
/// Interrupt and exception delivery (SDM vol. 3A §6.12), into translated C handlers.
/// </summary>
/// <remarks>
/// <para><b>The ABI.</b> IDT entry <c>v</c> (IDTR base + 8·v) must be a present 32-bit interrupt or trap gate whose
/// offset is the code address of a translated function <c>void Handler(MACHINE_TRAP_FRAME *Frame)</c> (or
/// <c>void Handler(void)</c>). The CPU pushes the frame (vector, error code, EIP, CS, EFLAGS: 20 bytes) on the
/// current guest stack, clears IF for an interrupt gate, and calls the handler on the interrupted host stack. When
/// the handler returns (its <c>iretd</c>) EFLAGS is reloaded from <c>Frame-&gt;EFlags</c> and the stack pointer
/// restored. A handler may also never return (it switches contexts) or raise an exception (NT's trap handlers
/// dispatch SEH this way): it then propagates from the interrupted point.</para>
/// <para><b>Where each vector comes from.</b> External interrupts at safe points and <c>hlt</c>. #PF (14) at the
/// faulting access, with CR2 set; the handler's return retries the access. #GP(0) from rdmsr/wrmsr of an
/// unimplemented MSR, #UD from a move to an unimplemented control register, at the instruction. Faults that
/// translated code raises as NT exceptions — integer divide (#DE, 0), <c>__debugbreak</c> (#BP, 3), a call
/// through a pointer that is no function (#UD, 6), guest stack overflow (#DF, 8) — first reach the program's own
/// <c>__try/__except</c> filters (the kernel's exception dispatch, done by the runtime); only when none handles
/// them does the CPU deliver the vector, still on the faulting stack (before any <c>__finally</c> runs). A handler
/// of a fault that cannot be resumed must not return: if it does, the run ends with a report.</para>
/// <para><b>Delivery failures.</b> A vector outside the IDT limit, a gate that is not present or not a 32-bit
/// interrupt/trap gate, a gate offset that is no translated function, or a fault while building the frame: the CPU
/// delivers #DF (8) instead; if #DF cannot be delivered either, it is a triple fault: the run ends with status 3
/// and a report on stderr. (Hardware distinguishes benign and contributory exceptions first, §6.15 table 6-5; the
/// model goes straight to #DF.)</para>
/// </remarks>
public sealed partial class VirtualCpu
{
    /// <summary>Frame size: vector, error code, EIP, CS, EFLAGS.</summary>
    public const uint TrapFrameSize = 20;

    /// <summary>Deliveries in progress beyond which the CPU stops the run (a handler that keeps faulting).</summary>
    public const int MaxNesting = 256;

    /// <summary>Status of a run ended by an access translated code cannot make (a limit of the model, not a guest fault).</summary>
    public const int StatusUnsupportedAccess = 70;

    private bool _buildingFrame;

    /// <summary>Deliveries in progress in the running context (each context keeps its own across switches).</summary>
    internal int DeliveryNesting { get; set; }

    /// <summary>Why a delivery could not be made.</summary>
    private sealed class DeliveryFailedException(string reason) : Exception(reason);

    bool IPageFaultHandler.HandlePageFault(PageFault fault)
    {
        if (_buildingFrame)
            throw new DeliveryFailedException($"{fault} while building an interrupt frame");
        _cr2 = fault.LinearAddress;
        Deliver(Vectors.PageFault, (uint)fault.ErrorCode, DeliveryKind.Resumable, fault.ToString());
        return true;
    }

    /// <summary>Raises fault <paramref name="vector"/> at the current instruction; returns the exception to throw if its handler returns.</summary>
    private Exception Fault(byte vector, uint errorCode, string what)
    {
        Deliver(vector, errorCode, DeliveryKind.NonResumable, what);
        return new InvalidOperationException("unreachable: a non-resumable fault's handler returned");
    }

    /// <summary>
    /// Called from the filter at the top of each guest context: an exception nothing in C handled. Delivers the
    /// CPU exception it stands for, or records why the run ends. Always false: the run is over either way.
    /// </summary>
    internal bool DeliverUnhandled(Exception e)
    {
        if (e is MachineExitException || _run.ExitRequested)
            return false;
        try
        {
            if (e is StackExhaustedException)
                Stop(MachineExitReason.Reset, 3, $"triple fault: the guest stack overflowed again while its overflow was being handled{Where(e)}");
            if (e is PageFaultException pageFault)
                Stop(MachineExitReason.Reset, 3, $"triple fault: {pageFault.Message}: the #PF handler returned {Mmu.MaxFaultRetries} times without making the access valid{Where(e)}");
            if (e is UnsupportedGuestAccessException unsupported)
                Stop(MachineExitReason.Reset, StatusUnsupportedAccess, $"unsupported guest access: {unsupported.Message}{Where(e)}");
            if (Seh.FatalReason(e) is { } fatal)
                Stop(MachineExitReason.Reset, 3, $"{fatal}{Where(e)}");
            if (e is LongJmpException jump)
                Deliver(Vectors.GeneralProtection, 0, DeliveryKind.NonResumable, jump.Message); // a wild jump
            if (Seh.AsGuestException(e) is not { } seh)
                return false;
            string what = $"{seh.Message}{Detail(seh)}";
            if (VectorOf(seh.Code) is { } vector)
                Deliver(vector, 0, DeliveryKind.NonResumable, what);
            else
                Stop(MachineExitReason.Reset, 3, $"unhandled exception 0x{seh.Code:X8} ({NtStatus.Describe(seh.Code)}){Detail(seh)}{Where(e)}: nothing handles it, so the machine resets");
        }
        catch (MachineExitException)
        {
            // Recorded in RunControl; the exception in flight ends the context.
        }
        return false;
    }

    /// <summary>The vector of an NT status the runtime raises for what is a CPU exception on i386.</summary>
    private static byte? VectorOf(uint status) => status switch
    {
        NtStatus.IntegerDivideByZero or NtStatus.IntegerOverflow => Vectors.DivideError,
        NtStatus.Breakpoint => Vectors.Breakpoint,
        NtStatus.IllegalInstruction or NtStatus.AccessViolation => Vectors.InvalidOpcode,
        NtStatus.PrivilegedInstruction => Vectors.GeneralProtection,
        NtStatus.StackOverflow => Vectors.DoubleFault,
        _ => null,
    };

    /// <summary>Delivers <paramref name="vector"/>; returns when its handler returned (and the delivery allows that).</summary>
    private void Deliver(int vector, uint? errorCode, DeliveryKind kind, string what)
    {
        if (DeliveryNesting >= MaxNesting)
            Stop(MachineExitReason.Reset, 3, $"triple fault: {MaxNesting} interrupts and exceptions nested without returning, the last {Vectors.Mnemonic(vector)} ({what}){Where()}");
        string? failure = TryDeliver(vector, errorCode ?? 0, kind);
        if (failure is null)
        {
            if (kind == DeliveryKind.NonResumable && vector != Vectors.DoubleFault)
                Stop(MachineExitReason.Reset, 3, $"the {Vectors.Mnemonic(vector)} handler returned from {what}, but translated code cannot re-execute a faulting instruction{Where()}");
            if (vector == Vectors.DoubleFault)
                Stop(MachineExitReason.Reset, 3, $"triple fault: the #DF handler returned (after {what}){Where()}");
            return;
        }
        if (vector == Vectors.DoubleFault)
            Stop(MachineExitReason.Reset, 3, $"triple fault: {what}, and the double fault could not be delivered: {failure}{Where()}");
        string cause = $"{Vectors.Mnemonic(vector)} ({what}) could not be delivered: {failure}";
        failure = TryDeliver(Vectors.DoubleFault, 0, DeliveryKind.NonResumable);
        Stop(MachineExitReason.Reset, 3, failure is null
            ? $"triple fault: the #DF handler returned (after {cause}){Where()}"
            : $"triple fault: {cause}; nor could the double fault: {failure}{Where()}");
    }

    /// <summary>Reads the gate, builds the frame, calls the handler; null when the handler returned, else why delivery failed.</summary>
    private unsafe string? TryDeliver(int vector, uint errorCode, DeliveryKind kind)
    {
        uint entry = (uint)vector * GateDescriptor.Size;
        if (_idtr.Limit == 0 && _idtr.Base == 0)
            return "no IDT is loaded";
        if (entry + GateDescriptor.Size - 1 > _idtr.Limit)
            return $"vector {vector} is beyond the IDT limit 0x{_idtr.Limit:X}";
        GateDescriptor gate;
        uint frame;
        _buildingFrame = true;
        try
        {
            gate = new GateDescriptor(Mem.Read<ulong>(_idtr.Base + entry));
            if (!gate.Present)
                return $"IDT gate {vector} is not present";
            if (!gate.IsUsable)
                return $"IDT gate {vector} has type 0x{gate.Type:X} (only 32-bit interrupt and trap gates are modelled)";
            frame = Stack.Sp - TrapFrameSize;
            if (frame < Stack.Limit || frame > Stack.Sp)
                return $"no guest stack left for the frame (ESP 0x{Stack.Sp:X8})";
            Mem.Write(frame, (uint)vector);
            Mem.Write(frame + 4, Vectors.HasErrorCode(vector) ? errorCode : 0u);
            Mem.Write(frame + 8, kind == DeliveryKind.External ? 0u : InterruptedFunction());
            Mem.Write(frame + 12, (uint)gate.Selector);
            Mem.Write(frame + 16, _eflags);
        }
        catch (DeliveryFailedException failed)
        {
            return failed.Message;
        }
        catch (PageFaultException pageFault)
        {
            return $"{pageFault.Message} while building the frame";
        }
        finally
        {
            _buildingFrame = false;
        }

        bool withFrame = Fn.TryResolve(gate.Offset, "v:i", out nint handler);
        if (!withFrame && !Fn.TryResolve(gate.Offset, "v:", out handler))
            return $"IDT gate {vector} points at 0x{gate.Offset:X8}, which is not a handler function (void Handler(MACHINE_TRAP_FRAME *) or void Handler(void))";

        uint savedSp = Stack.Sp;
        Stack.Sp = frame;
        if (gate.IsInterruptGate)
            _eflags &= ~EFlags.InterruptEnable;
        DeliveryNesting++;
        try
        {
            if (withFrame)
                ((delegate*<uint, void>)handler)(frame);
            else
                ((delegate*<void>)handler)();
        }
        finally
        {
            DeliveryNesting--;
        }
        // iretd: EFLAGS from the frame (the handler may have changed it), the stack as it was.
        _eflags = (Mem.Read<uint>(frame + 16) & EFlags.Writable) | EFlags.Reserved1;
        Stack.Sp = savedSp;
        Rearm();
        return null;
    }

    /// <summary>The code address of the innermost translated function on this thread, for a fault frame's EIP.</summary>
    private static uint InterruptedFunction()
    {
        foreach (var frame in new StackTrace(2, false).GetFrames())
            if (frame.GetMethod() is { } method && Fn.AddressOf(method) is { } address)
                return address;
        return 0;
    }

    private static string Detail(SehException e) => e.Data["detail"] is string detail ? $": {detail}" : "";

    private static string Where(Exception? e = null)
    {
        string? location = e is null ? HostedRuntime.CLocation(new StackTrace(1, true)) : HostedRuntime.CLocation(e);
        return location is null ? "" : $" (at {location})";
    }
}
