using Nt2cs.Machine;
using Nt2cs.Machine.Cpu;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// A device reached by MMIO sees the virtual time of the guest's executed safe points, and an event it schedules
/// fires on time while the guest polls memory, as for port I/O: the pattern of a driver that rings a doorbell and
/// polls a completion written by DMA.
/// </summary>
[Collection("GuestMemory")]
public sealed class MmioTimingTests
{
    private const uint DeviceBase = 0xFEB0_0000;
    private const uint CompletionAddress = 0x0070_0000;
    private const long CompletionDelayNs = 1000;

    /// <summary>Offset 0: a write is a doorbell, completed by DMA of its value after 1 us. Offset 4: the time in us.</summary>
    private sealed class DelayedDoorbell(PcMachine machine) : IMmioDevice
    {
        public uint Read(uint offset, int size) => offset == 4 ? (uint)(machine.Clock.Now / 1000) : 0xFFFF_FFFF;

        public void Write(uint offset, int size, uint value)
        {
            if (offset == 0)
                machine.Clock.ScheduleIn(new TimerEvent("doorbell completion",
                    () => machine.Memory.WriteUInt32(CompletionAddress, value)), CompletionDelayNs);
        }
    }

    /// <summary>Runs <paramref name="main"/> on a bare machine with the doorbell device mapped at <see cref="DeviceBase"/>.</summary>
    private static void Run(Func<int> main)
    {
        using var machine = PcMachine.Create(new MachineOptions());
        var cpu = new VirtualCpu(machine.Clock, machine.Ports, machine.Mmu, machine.InterruptController, machine.Run, machine.Log);
        machine.Memory.MapMmio(DeviceBase, 0x1000, new DelayedDoorbell(machine), "doorbell");
        try
        {
            machine.Mmu.Install();
            cpu.Install();
            cpu.Contexts.Run(main, FreestandingRunner.StackTop, FreestandingRunner.StackTop - FreestandingRunner.MinimumStack,
                BareMachine.HostStackBytes);
        }
        finally
        {
            VirtualCpu.Uninstall();
            Mem.Install(UnmappedAddressSpace.Instance);
        }
        Assert.True(cpu.StopReport is null, cpu.StopReport);
    }

    [Fact]
    public void AnMmioReadSeesTheTimeOfTheSafePointsExecutedBeforeIt()
    {
        uint before = 0, after = 0;
        Run(() =>
        {
            before = Mem.Read<uint>(DeviceBase + 4);
            for (int i = 0; i < 10_000; i++)
                SafePoint.Poll();
            after = Mem.Read<uint>(DeviceBase + 4);
            return 0;
        });
        Assert.Equal(10_000 * VirtualCpu.NanosecondsPerSafePoint / 1000, after - before);
    }

    [Fact]
    public void AnEventAnMmioWriteSchedulesFiresWhileTheGuestPollsMemory()
    {
        int polls = -1;
        Run(() =>
        {
            Mem.Write(DeviceBase, 0x5Eu);
            for (int i = 0; i < 1_000_000; i++)
            {
                if (Mem.Read<uint>(CompletionAddress) == 0x5E)
                {
                    polls = i;
                    break;
                }
                SafePoint.Poll();
            }
            return 0;
        });
        // The completion is due 1 us after the doorbell: the guest sees it after that many safe points.
        Assert.Equal(CompletionDelayNs / VirtualCpu.NanosecondsPerSafePoint, polls);
    }
}
