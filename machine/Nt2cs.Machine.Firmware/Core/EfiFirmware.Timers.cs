namespace Nt2cs.Machine.Firmware;

/// <summary>The watchdog timer and the monotonic counter (UEFI 2.10 §7.5).</summary>
public sealed partial class EfiFirmware
{
    /// <summary>The watchdog the boot manager arms before starting a boot option: 5 minutes (§3.1.2).</summary>
    public const uint BootWatchdogSeconds = 5 * 60;

    /// <summary>The run's status when the watchdog expires: the platform would reset; the run ends with a report instead.</summary>
    public const int StatusWatchdog = 1;

    private TimerEvent? _watchdog;
    /// <summary>The monotonic count: the high 32 bits start at 1, this boot's (they are not kept from boot to boot).</summary>
    private ulong _monotonic = 1UL << 32;

    /// <summary>
    /// Stall: <paramref name="nanoseconds"/> of virtual time pass, from one clock event to the next, the
    /// notifications of each timer that falls due running at its time (as its interrupt would run them).
    /// </summary>
    internal void Busy(long nanoseconds)
    {
        Cpu.Wait(0);
        long deadline = Cpu.Clock.Now + nanoseconds;
        while (Cpu.Clock.Now < deadline)
        {
            Cpu.Wait(Math.Min(deadline, Cpu.Clock.NextEventTime) - Cpu.Clock.Now);
            Events.DispatchPending();
        }
    }

    internal void SetWatchdog(uint seconds, ulong code, uint dataSize, uint data)
    {
        if (_watchdog is { } armed)
            Cpu.Clock.Cancel(armed);
        if (seconds == 0)
            return;
        string text = data != 0 && dataSize >= 2 ? ReadString16(data, (int)Math.Min(dataSize / 2, 256)) : "";
        _watchdog = new TimerEvent("EFI watchdog", () => Cpu.Stop(MachineExitReason.Reset, StatusWatchdog,
            $"firmware: the watchdog timer expired after {seconds} s (code 0x{code:X}{(text.Length > 0 ? $", \"{text}\"" : "")}): the platform resets"));
        Cpu.Clock.ScheduleIn(_watchdog, seconds * VirtualClock.NanosecondsPerSecond);
    }

    /// <summary>GetNextMonotonicCount: the low 32 bits count up; the high 32 bits are the runtime service's.</summary>
    internal ulong NextMonotonicCount()
    {
        ulong value = _monotonic;
        _monotonic = (_monotonic & 0xFFFF_FFFF) == 0xFFFF_FFFF ? ((_monotonic >> 32) + 1) << 32 : _monotonic + 1;
        return value;
    }

    /// <summary>GetNextHighMonotonicCount: the high 32 bits, incremented.</summary>
    internal uint NextHighMonotonicCount()
    {
        _monotonic = ((_monotonic >> 32) + 1) << 32;
        return (uint)(_monotonic >> 32);
    }

    /// <summary>ExitBootServices disarms the watchdog (§7.5, SetWatchdogTimer).</summary>
    private void StopWatchdog()
    {
        if (_watchdog is { } armed)
            Cpu.Clock.Cancel(armed);
    }
}
