using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// Events, timers and task priority levels (UEFI 2.10 §7.1) on the machine's virtual time. An event is a small
/// pool block of the firmware's (its guest handle). Timers are events of the machine's clock: when one falls due
/// it signals its EFI event. Notification functions are guest code, so they run only where the firmware has the
/// guest's control: at the entry of each boot service, in RestoreTPL, SignalEvent, CheckEvent, WaitForEvent and
/// Stall, each when the TPL is below the event's notification TPL, highest TPL first. (Real firmware also
/// interrupts an application's own loop from its timer interrupt; here an application that waits must wait
/// through a boot service.)
/// </summary>
internal sealed class EventSystem(EfiFirmware firmware)
{
    // EVT_* types.
    public const uint EvtTimer = 0x8000_0000, EvtRuntime = 0x4000_0000, EvtNotifyWait = 0x0000_0100,
        EvtNotifySignal = 0x0000_0200, EvtSignalExitBootServices = 0x0000_0201, EvtSignalVirtualAddressChange = 0x6000_0202;

    // EFI_TPL levels.
    public const uint TplApplication = 4, TplCallback = 8, TplNotify = 16, TplHighLevel = 31;

    // EFI_TIMER_DELAY.
    public const uint TimerCancel = 0, TimerPeriodic = 1, TimerRelative = 2;

    /// <summary>The tick a periodic timer of period 0 and a relative timer of 0 wait for: 10 ms, a PC timer's usual period.</summary>
    public const long TickNanoseconds = 10_000_000;

    private const uint EventSignature = 0x7476_6576;   // "vevt"

    internal sealed class Event(uint address, uint type, uint notifyTpl, uint notifyFunction, uint notifyContext, Guid? group)
    {
        public readonly uint Address = address, Type = type, NotifyTpl = notifyTpl, NotifyFunction = notifyFunction, NotifyContext = notifyContext;
        public readonly Guid? Group = group;
        public bool Signaled;
        public bool NotifyQueued;
        public long QueuedOrder;
        public TimerEvent? Timer;
        public long Period;

        /// <summary>A wait event the firmware checks itself (WaitForKey): true when the event is to be signalled.</summary>
        public Func<bool>? HostCheck;
    }

    private readonly Dictionary<uint, Event> _events = [];
    private long _order;

    public uint Tpl { get; private set; } = TplApplication;

    public Event? Get(uint address) => address != 0 && _events.TryGetValue(address, out var e) ? e : null;

    /// <summary>CreateEvent(Ex)'s checks of type and TPL; the event's handle, or 0 with <paramref name="status"/>.</summary>
    public uint Create(uint type, uint notifyTpl, uint notifyFunction, uint notifyContext, Guid? group, out uint status)
    {
        const uint known = EvtTimer | EvtRuntime | EvtNotifyWait | EvtNotifySignal | EvtSignalExitBootServices | EvtSignalVirtualAddressChange;
        bool notifies = (type & (EvtNotifyWait | EvtNotifySignal)) != 0;
        status = EfiStatus.InvalidParameter;
        if ((type & ~known) != 0 || (type & (EvtNotifyWait | EvtNotifySignal)) == (EvtNotifyWait | EvtNotifySignal))
            return 0;
        if (type is EvtSignalExitBootServices or EvtSignalVirtualAddressChange && group is not null)
            return 0;
        if (notifies && (notifyFunction == 0 || notifyTpl <= TplApplication || notifyTpl >= TplHighLevel))
            return 0;
        if (type == EvtSignalExitBootServices)
            group = EfiGuids.EventGroupExitBootServices;
        else if (type == EvtSignalVirtualAddressChange)
            group = EfiGuids.EventGroupVirtualAddressChange;
        uint address = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, 8);
        Mem.Write(address, EventSignature);
        _events.Add(address, new Event(address, type, notifies ? notifyTpl : 0, notifies ? notifyFunction : 0, notifyContext, group));
        status = EfiStatus.Success;
        return address;
    }

    /// <summary>A wait event the firmware itself signals when <paramref name="check"/> says so (the console's WaitForKey).</summary>
    public uint CreateHostWait(Func<bool> check)
    {
        uint address = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, 8);
        Mem.Write(address, EventSignature);
        _events.Add(address, new Event(address, EvtNotifyWait, 0, 0, 0, null) { HostCheck = check });
        return address;
    }

    public void Close(Event e)
    {
        if (e.Timer is { } timer)
            firmware.Cpu.Clock.Cancel(timer);
        _events.Remove(e.Address);
        firmware.Handles.ForgetEvent(e.Address);
        Mem.Write(e.Address, 0u);
        firmware.Pool.Free(e.Address);
    }

    /// <summary>SignalEvent: an event of a group signals the whole group.</summary>
    public void Signal(uint address)
    {
        if (Get(address) is not { } e)
            return;
        if (e.Group is { } group)
            SignalGroup(group);
        else
            Raise(e);
    }

    public void SignalGroup(Guid group)
    {
        foreach (var e in _events.Values.Where(e => e.Group == group).ToList())
            Raise(e);
    }

    private void Raise(Event e)
    {
        if ((e.Type & EvtNotifySignal) != 0)
        {
            if (!e.NotifyQueued)
            {
                e.NotifyQueued = true;
                e.QueuedOrder = _order++;
            }
        }
        else
            e.Signaled = true;
    }

    /// <summary>CheckEvent for a wait event: signalled (and cleared) or not, its notification run first if it is not.</summary>
    public bool Check(Event e)
    {
        if (!e.Signaled && e.HostCheck is { } check && check())
            e.Signaled = true;
        if (!e.Signaled && (e.Type & EvtNotifyWait) != 0 && e.NotifyFunction != 0 && Tpl < e.NotifyTpl)
            RunNotify(e);
        if (!e.Signaled)
            return false;
        e.Signaled = false;
        return true;
    }

    /// <summary>Runs the queued notifications whose TPL is above the current one, highest TPL first, in signal order within a TPL.</summary>
    public void DispatchPending()
    {
        while (true)
        {
            Event? next = null;
            foreach (var e in _events.Values)
                if (e.NotifyQueued && e.NotifyTpl > Tpl && (next is null || e.NotifyTpl > next.NotifyTpl
                        || (e.NotifyTpl == next.NotifyTpl && e.QueuedOrder < next.QueuedOrder)))
                    next = e;
            if (next is null)
                return;
            next.NotifyQueued = false;
            RunNotify(next);
        }
    }

    private unsafe void RunNotify(Event e)
    {
        if (!Fn.TryResolve(e.NotifyFunction, "v:ii", out nint code))
            firmware.Stop($"event 0x{e.Address:X8}'s notification function 0x{e.NotifyFunction:X8} is not an EFI_EVENT_NOTIFY (VOID (EFI_EVENT, VOID *))"
                + (Fn.NameOf(e.NotifyFunction) is { } name ? $": {name} is {Fn.ShapeOf(e.NotifyFunction)}" : ""));
        uint saved = Tpl;
        Tpl = e.NotifyTpl;
        try
        {
            ((delegate*<uint, uint, void>)code)(e.Address, e.NotifyContext);
        }
        finally
        {
            Tpl = saved;
        }
    }

    public uint Raise(uint newTpl)
    {
        if (newTpl < Tpl || newTpl > TplHighLevel)
            firmware.Stop($"RaiseTPL({newTpl}) at TPL {Tpl}: a TPL may only be raised, to at most TPL_HIGH_LEVEL (31)");
        uint old = Tpl;
        Tpl = newTpl;
        return old;
    }

    public void Restore(uint oldTpl)
    {
        if (oldTpl > Tpl)
            firmware.Stop($"RestoreTPL({oldTpl}) at TPL {Tpl}: a TPL may only be restored to a lower one");
        Tpl = oldTpl;
        DispatchPending();
    }

    /// <summary>SetTimer on a timer event: cancel, or arm relative or periodic (TriggerTime in 100 ns units).</summary>
    public uint SetTimer(Event e, uint type, ulong triggerTime)
    {
        if ((e.Type & EvtTimer) == 0 || type > TimerRelative)
            return EfiStatus.InvalidParameter;
        if (e.Timer is { } armed)
            firmware.Cpu.Clock.Cancel(armed);
        if (type == TimerCancel)
            return EfiStatus.Success;
        long delay = triggerTime == 0 ? TickNanoseconds : (long)Math.Min(triggerTime, long.MaxValue / 200) * 100;
        e.Period = type == TimerPeriodic ? delay : 0;
        e.Timer ??= new TimerEvent($"EFI timer 0x{e.Address:X8}", () => Expired(e));
        firmware.Cpu.Clock.ScheduleIn(e.Timer, delay);
        return EfiStatus.Success;
    }

    private void Expired(Event e)
    {
        if (!_events.ContainsKey(e.Address))
            return;
        Raise(e);
        if (e.Period > 0)
            firmware.Cpu.Clock.ScheduleIn(e.Timer!, e.Period);
    }

    /// <summary>ExitBootServices: no timer fires any more.</summary>
    public void StopTimers()
    {
        foreach (var e in _events.Values)
            if (e.Timer is { } timer)
                firmware.Cpu.Clock.Cancel(timer);
    }
}
