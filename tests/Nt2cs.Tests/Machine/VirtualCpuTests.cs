using System.Text;
using Nt2cs.Machine.Cpu;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// Interrupt and exception delivery of the virtual CPU against Intel SDM vol. 3A chapter 6: gate types and IF,
/// the frame a handler sees, iretd, error codes and CR2, #DF on a delivery failure, triple faults, IF masking and
/// the nesting limit. Each test runs a small program written in C# against the bare PC, the way translated code
/// calls the CPU (privileged operations, safe points, guest memory), with handlers registered as code addresses.
/// </summary>
[Collection("GuestMemory")]
public sealed unsafe class VirtualCpuTests
{
    private const uint Idt = 0x0050_0000;
    private const ushort IdtLimit = 256 * GateDescriptor.Size - 1;
    private const ushort CodeSelector = 0x08;
    private const byte TimerVector = 0x20;
    private const uint HandlerRaised = 0xE000_0042;

    /// <summary>What the handlers saw, in order: one entry per delivery.</summary>
    private static readonly List<Delivery> s_deliveries = [];

    private static uint s_recordHandler, s_raiseHandler, s_eoiHandler, s_clearIfHandler, s_noFrameHandler, s_nestingHandler, s_mapHandler;
    private static int s_noFrameCalls;

    /// <summary>The page table entry the #PF handler writes, and its value.</summary>
    private static (uint Entry, uint Value) s_pageToMap;

    private readonly record struct Delivery(uint Frame, uint Vector, uint ErrorCode, uint Cs, uint PushedEFlags,
        bool IfInHandler, uint SpInHandler, uint Cr2);

    private static IPrivilegedOperations Cpu => Platform.Privileged;

    // ---- Handlers: void Handler(MACHINE_TRAP_FRAME *Frame) ----------------------------------------------------

    private static void Record(uint frame) => s_deliveries.Add(new Delivery(frame, Mem.Read<uint>(frame),
        Mem.Read<uint>(frame + 4), Mem.Read<uint>(frame + 12), Mem.Read<uint>(frame + 16),
        (Cpu.ReadEFlags() & EFlags.InterruptEnable) != 0, Stack.Sp, Cpu.ReadControlRegister(2)));

    /// <summary>Records, then raises: how a handler of a fault that cannot be resumed leaves (NT's trap handlers).</summary>
    private static void RecordAndRaise(uint frame)
    {
        Record(frame);
        throw new SehException(HandlerRaised);
    }

    /// <summary>Records and acknowledges IRQ 0 at the master PIC.</summary>
    private static void RecordAndEoi(uint frame)
    {
        Record(frame);
        Cpu.OutPort(0x20, 1, 0x20);
    }

    /// <summary>Records, acknowledges, and clears IF in the frame: iretd then loads EFLAGS with IF clear.</summary>
    private static void RecordAndClearIf(uint frame)
    {
        RecordAndEoi(frame);
        Mem.Write(frame + 16, Mem.Read<uint>(frame + 16) & ~EFlags.InterruptEnable);
    }

    /// <summary>Records, then maps the missing page: returning retries the access.</summary>
    private static void RecordAndMap(uint frame)
    {
        Record(frame);
        Mem.Write(s_pageToMap.Entry, s_pageToMap.Value);
        Cpu.InvalidatePage(Cpu.ReadControlRegister(2));
    }

    private static void WithoutFrame()
    {
        s_noFrameCalls++;
        throw new SehException(HandlerRaised);
    }

    /// <summary>A #GP handler that faults again before returning: deliveries nest without end.</summary>
    private static void FaultAgain(uint frame)
    {
        s_deliveries.Add(new Delivery { Frame = frame });
        Cpu.ReadMsr(0xDEAD);
    }

    // ---- The harness --------------------------------------------------------------------------------------------

    private static (int Status, string Stderr) Run(Func<int> main)
    {
        s_deliveries.Clear();
        s_noFrameCalls = 0;
        var image = new ImageDescriptor
        {
            Name = "cpu-test",
            CodeSize = 7 * Fn.Slot,
            DataSize = 0,
            Load = static () => { },
            Place = (code, _) =>
            {
                s_recordHandler = Register(code, 0, &Record, nameof(Record));
                s_raiseHandler = Register(code, 1, &RecordAndRaise, nameof(RecordAndRaise));
                s_eoiHandler = Register(code, 2, &RecordAndEoi, nameof(RecordAndEoi));
                s_clearIfHandler = Register(code, 3, &RecordAndClearIf, nameof(RecordAndClearIf));
                s_nestingHandler = Register(code, 4, &FaultAgain, nameof(FaultAgain));
                s_mapHandler = Register(code, 6, &RecordAndMap, nameof(RecordAndMap));
                s_noFrameHandler = code + 5 * Fn.Slot;
                Fn.Register(s_noFrameHandler, (nint)(delegate*<void>)&WithoutFrame, "v:", nameof(WithoutFrame));
            },
            Main = (_, _) => main(),
        };
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        int status = FreestandingRunner.Run(image, new MachineOptions(), stdout, stderr);
        return (status, Encoding.UTF8.GetString(stderr.ToArray()));
    }

    private static uint Register(uint code, int slot, delegate*<uint, void> handler, string name)
    {
        uint address = code + (uint)slot * Fn.Slot;
        Fn.Register(address, (nint)handler, "v:i", name);
        return address;
    }

    private static void LoadIdt(ushort limit = IdtLimit)
    {
        Mem.Bytes(Idt, (uint)limit + 1, Access.Write).Clear();
        Cpu.LoadDescriptorTable(DescriptorTable.Idt, Idt, limit);
    }

    private static void SetGate(int vector, uint handler, int type = GateDescriptor.InterruptGate32) =>
        Mem.Write(Idt + (uint)vector * GateDescriptor.Size, GateDescriptor.Create(handler, CodeSelector, type).Raw);

    /// <summary>Raises #GP(0) at the call, as rdmsr of an MSR the model lacks does; true if a handler raised out of it.</summary>
    private static bool GeneralProtectionFault()
    {
        try
        {
            Cpu.ReadMsr(0xDEAD);
            return false;
        }
        catch (SehException e) when (e.Code == HandlerRaised)
        {
            return true;
        }
    }

    /// <summary>Runs a program that loads an empty IDT, lets <paramref name="setGates"/> fill it, and raises #GP(0).</summary>
    private static (int Status, string Stderr, bool Raised) RunGeneralProtection(Action setGates, ushort idtLimit = IdtLimit)
    {
        bool raised = false;
        var (status, stderr) = Run(() =>
        {
            LoadIdt(idtLimit);
            setGates();
            raised = GeneralProtectionFault();
            return 0;
        });
        return (status, stderr, raised);
    }

    /// <summary>Master PIC at vectors 0x20–0x27 with only IRQ 0 unmasked; PIT counter 0 in mode 0 (one shot) with <paramref name="count"/>.</summary>
    private static void ArmTimerInterrupt(ushort count)
    {
        foreach (var (port, value) in new (ushort, byte)[] { (0x20, 0x11), (0x21, TimerVector), (0x21, 0x04), (0x21, 0x01), (0x21, 0xFE) })
            Cpu.OutPort(port, 1, value);
        Cpu.OutPort(0x43, 1, 0x30); // counter 0, lobyte/hibyte, mode 0
        Cpu.OutPort(0x40, 1, (uint)(count & 0xFF));
        Cpu.OutPort(0x40, 1, (uint)(count >> 8));
    }

    private static bool InterruptsEnabled => (Cpu.ReadEFlags() & EFlags.InterruptEnable) != 0;

    /// <summary>What the program saw around a halt that a timer interrupt ended.</summary>
    private readonly record struct HaltResult(int Status, string Stderr, bool IfAfter, uint SpBefore, uint SpAfter);

    /// <summary>Runs a program that gates the timer's vector to <paramref name="handler"/>, arms it, and halts with IF set.</summary>
    private static HaltResult RunTimerInterrupt(uint handler, int gateType = GateDescriptor.InterruptGate32)
    {
        bool ifAfter = false;
        uint spBefore = 0, spAfter = 0;
        var (status, stderr) = Run(() =>
        {
            LoadIdt();
            SetGate(TimerVector, handler, gateType);
            ArmTimerInterrupt(100);
            spBefore = Stack.Sp;
            Cpu.EnableInterrupts();
            Cpu.Halt();
            spAfter = Stack.Sp;
            ifAfter = InterruptsEnabled;
            return 0;
        });
        return new HaltResult(status, stderr, ifAfter, spBefore, spAfter);
    }

    // ---- Gates, IF and iretd (§6.8.1, §6.12.1) -----------------------------------------------------------------

    [Fact]
    public void AnInterruptGateClearsIfForTheHandlerAndIretRestoresIt()
    {
        var run = RunTimerInterrupt(s_eoiHandler);
        Assert.True(run.Status == 0, run.Stderr);
        var delivery = Assert.Single(s_deliveries);
        Assert.Equal(TimerVector, delivery.Vector);
        Assert.False(delivery.IfInHandler);
        Assert.NotEqual(0u, delivery.PushedEFlags & EFlags.InterruptEnable); // EFLAGS as it was before delivery
        Assert.Equal(CodeSelector, delivery.Cs);
        Assert.Equal(0u, delivery.ErrorCode); // an external interrupt pushes none; the frame's slot is 0
        Assert.True(run.IfAfter);
    }

    [Fact]
    public void ATrapGateLeavesIfSetForTheHandler()
    {
        var run = RunTimerInterrupt(s_eoiHandler, GateDescriptor.TrapGate32);
        Assert.True(run.Status == 0, run.Stderr);
        Assert.True(Assert.Single(s_deliveries).IfInHandler);
    }

    [Fact]
    public void IretLoadsEflagsFromTheFrameTheHandlerChanged()
    {
        var run = RunTimerInterrupt(s_clearIfHandler);
        Assert.True(run.Status == 0, run.Stderr);
        Assert.Single(s_deliveries);
        Assert.False(run.IfAfter);
    }

    [Fact]
    public void AMaskableInterruptWaitsWhileIfIsClearAndIsTakenAtTheSafePointAfterSti()
    {
        int beforeSti = -1, afterSti = -1;
        var (status, stderr) = Run(() =>
        {
            LoadIdt();
            SetGate(TimerVector, s_eoiHandler);
            ArmTimerInterrupt(100); // about 84 us
            for (int i = 0; i < 1_000_000; i++) // 10 ms of virtual time in safe points
                SafePoint.Poll();
            beforeSti = s_deliveries.Count;
            Cpu.EnableInterrupts();
            SafePoint.Poll();
            afterSti = s_deliveries.Count;
            return 0;
        });
        Assert.True(status == 0, stderr);
        Assert.Equal(0, beforeSti);
        Assert.Equal(1, afterSti);
    }

    // ---- The frame (§6.12.1, §6.13) ----------------------------------------------------------------------------

    [Fact]
    public void TheFrameIsPushedBelowTheInterruptedStackAndTheStackIsRestoredAfterwards()
    {
        var run = RunTimerInterrupt(s_eoiHandler);
        Assert.True(run.Status == 0, run.Stderr);
        var delivery = Assert.Single(s_deliveries);
        Assert.Equal(run.SpBefore - VirtualCpu.TrapFrameSize, delivery.Frame);
        Assert.True(delivery.SpInHandler <= delivery.Frame, "the handler's frame lies below the trap frame");
        Assert.Equal(run.SpBefore, run.SpAfter);
    }

    [Fact]
    public void GeneralProtectionPushesErrorCodeZeroAndItsVector()
    {
        var (status, stderr, raised) = RunGeneralProtection(() => SetGate(Vectors.GeneralProtection, s_raiseHandler));
        Assert.True(status == 0, stderr);
        Assert.True(raised);
        var delivery = Assert.Single(s_deliveries);
        Assert.Equal(Vectors.GeneralProtection, delivery.Vector);
        Assert.Equal(0u, delivery.ErrorCode);
    }

    [Fact]
    public void AMoveToAControlRegisterTheModelLacksIsInvalidOpcode()
    {
        var (status, stderr) = Run(() =>
        {
            LoadIdt();
            SetGate(Vectors.InvalidOpcode, s_raiseHandler);
            try
            {
                Cpu.WriteControlRegister(5, 0);
            }
            catch (SehException e) when (e.Code == HandlerRaised)
            {
            }
            return 0;
        });
        Assert.True(status == 0, stderr);
        Assert.Equal(Vectors.InvalidOpcode, Assert.Single(s_deliveries).Vector);
    }

    [Fact]
    public void APageFaultPushesItsErrorCodeSetsCr2AndRetriesTheAccessAfterTheHandler()
    {
        const uint PageDirectory = 0x0060_0000, PageTable = 0x0060_1000, Missing = 0x0090_3000;
        uint value = 0;
        var (status, stderr) = Run(() =>
        {
            LoadIdt();
            SetGate(Vectors.PageFault, s_mapHandler);
            // 0-8 MiB: two 4 MiB pages; 8-12 MiB: a page table with every page present but one.
            Mem.Bytes(PageDirectory, 0x2000, Access.Write).Clear();
            Mem.Write(PageDirectory + 0, 0x0000_0083u);
            Mem.Write(PageDirectory + 4, 0x0040_0083u);
            Mem.Write(PageDirectory + 8, PageTable | 0x3);
            for (uint page = 0; page < 1024; page++)
                if (0x0080_0000 + page * 0x1000 != Missing)
                    Mem.Write(PageTable + page * 4, (0x0080_0000 + page * 0x1000) | 0x3);
            Cpu.WriteControlRegister(4, Cpu.ReadControlRegister(4) | 0x10); // PSE
            Cpu.WriteControlRegister(3, PageDirectory);
            Cpu.WriteControlRegister(0, Cpu.ReadControlRegister(0) | 0x8000_0000);
            s_pageToMap = (PageTable + ((Missing - 0x0080_0000) >> 12) * 4, Missing | 0x3);
            Mem.Write(Missing + 0x10, 0x1234_5678u);
            value = Mem.Read<uint>(Missing + 0x10);
            return 0;
        });
        Assert.True(status == 0, stderr);
        var delivery = Assert.Single(s_deliveries);
        Assert.Equal(Vectors.PageFault, delivery.Vector);
        Assert.Equal(0x2u, delivery.ErrorCode); // not present (P = 0), a write (W/R = 1), supervisor (U/S = 0)
        Assert.Equal(Missing + 0x10, delivery.Cr2);
        Assert.Equal(0x1234_5678u, value);
    }

    // ---- Delivery failures: #DF and the triple fault (§6.15 interrupt 8) ----------------------------------------

    [Theory]
    [InlineData("not present")]
    [InlineData("task gate")]
    [InlineData("beyond the limit")]
    public void AGateThatCannotBeUsedDeliversADoubleFaultWithErrorCodeZero(string problem)
    {
        var (status, stderr, raised) = RunGeneralProtection(() =>
        {
            SetGate(Vectors.DoubleFault, s_raiseHandler);
            if (problem == "task gate")
                SetGate(Vectors.GeneralProtection, s_recordHandler, GateDescriptor.TaskGate);
            if (problem == "beyond the limit") // a usable gate in memory, but past the IDT's limit
                SetGate(Vectors.GeneralProtection, s_recordHandler);
        }, problem == "beyond the limit" ? (ushort)(Vectors.GeneralProtection * GateDescriptor.Size - 1) : IdtLimit);
        Assert.True(status == 0, stderr);
        Assert.True(raised);
        var delivery = Assert.Single(s_deliveries);
        Assert.Equal(Vectors.DoubleFault, delivery.Vector);
        Assert.Equal(0u, delivery.ErrorCode);
    }

    [Fact]
    public void ADoubleFaultThatCannotBeDeliveredIsATripleFault()
    {
        var (status, stderr, _) = RunGeneralProtection(() => { });
        Assert.Equal(FreestandingRunner.StatusTripleFault, status);
        Assert.Contains("triple fault", stderr);
        Assert.Contains("#GP", stderr);
        Assert.Contains("IDT gate 13 is not present", stderr);
        Assert.Empty(s_deliveries);
    }

    [Fact]
    public void AFaultHandlerThatReturnsEndsTheRun()
    {
        var (status, stderr, _) = RunGeneralProtection(() => SetGate(Vectors.GeneralProtection, s_recordHandler));
        Assert.Equal(FreestandingRunner.StatusTripleFault, status);
        Assert.Contains("the #GP handler returned", stderr);
        Assert.Single(s_deliveries);
    }

    [Fact]
    public void AHandlerWithoutAFrameParameterIsEnteredToo()
    {
        var (status, stderr, raised) = RunGeneralProtection(() => SetGate(Vectors.GeneralProtection, s_noFrameHandler));
        Assert.True(status == 0, stderr);
        Assert.True(raised);
        Assert.Equal(1, s_noFrameCalls);
    }

    [Fact]
    public void AGateOffsetThatIsNoHandlerDeliversADoubleFault()
    {
        var (status, stderr, raised) = RunGeneralProtection(() =>
        {
            SetGate(Vectors.GeneralProtection, 0x0012_3450);
            SetGate(Vectors.DoubleFault, s_raiseHandler);
        });
        Assert.True(status == 0, stderr);
        Assert.True(raised);
        Assert.Equal(Vectors.DoubleFault, Assert.Single(s_deliveries).Vector);
    }

    [Fact]
    public void DeliveriesNestedWithoutEndStopAtTheLimitWithATripleFault()
    {
        var (status, stderr, _) = RunGeneralProtection(() => SetGate(Vectors.GeneralProtection, s_nestingHandler));
        Assert.Equal(FreestandingRunner.StatusTripleFault, status);
        Assert.Contains($"{VirtualCpu.MaxNesting} interrupts and exceptions nested", stderr);
        Assert.Equal(VirtualCpu.MaxNesting, s_deliveries.Count);
        // Each nested frame lies below the one before it, on the same guest stack.
        Assert.All(s_deliveries.Zip(s_deliveries.Skip(1)), pair => Assert.True(pair.Second.Frame < pair.First.Frame));
    }
}
