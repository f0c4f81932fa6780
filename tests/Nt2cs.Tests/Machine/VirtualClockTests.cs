using Nt2cs.Machine;
using Nt2cs.Tests.Support;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>Virtual time and the event queue: deterministic order, exact times, idle skipping.</summary>
public sealed class VirtualClockTests
{
    [Fact]
    public void EventsFireInDeadlineOrderWithEqualTimesInInsertionOrder()
    {
        var clock = new VirtualClock();
        var fired = new List<(string, long)>();
        TimerEvent Make(string name) => new(name, () => fired.Add((name, clock.Now)));
        var (a, b, c, d) = (Make("a"), Make("b"), Make("c"), Make("d"));

        clock.Schedule(c, 300);
        clock.Schedule(a, 100);
        clock.Schedule(d, 300);
        clock.Schedule(b, 100);
        clock.Advance(1000);

        Assert.Equal([("a", 100L), ("b", 100L), ("c", 300L), ("d", 300L)], fired);
        Assert.Equal(1000, clock.Now);
    }

    [Fact]
    public void SameScheduleGivesSameOrderEveryTime()
    {
        static List<int> Run()
        {
            var clock = new VirtualClock();
            var order = new List<int>();
            var events = Enumerable.Range(0, 64).Select(i => new TimerEvent($"e{i}", () => order.Add(i))).ToArray();
            for (int i = 0; i < events.Length; i++)
                clock.Schedule(events[i], (i * 37) % 11 * 1000); // many equal deadlines
            for (int i = 0; i < events.Length; i += 5)
                clock.Schedule(events[i], 5000); // rescheduling takes a new place in line
            clock.Advance(20_000);
            return order;
        }

        var first = Run();
        Assert.Equal(64, first.Count);
        Assert.Equal(first, Run());
        // Deadline 5000 holds the events originally at 5000 first, then the rescheduled ones in rescheduling order.
        var at5000 = first.Where(i => i % 5 == 0 || (i * 37) % 11 == 5).ToList();
        Assert.Equal(Enumerable.Range(0, 64).Where(i => i % 5 != 0 && (i * 37) % 11 == 5)
            .Concat(Enumerable.Range(0, 64).Where(i => i % 5 == 0)), at5000);
    }

    [Fact]
    public void PeriodicEventReschedulingItselfFiresAtExactMultiples()
    {
        var clock = new VirtualClock();
        var times = new List<long>();
        TimerEvent tick = null!;
        tick = new TimerEvent("tick", () =>
        {
            times.Add(clock.Now);
            clock.Schedule(tick, tick.Deadline + 250);
        });
        clock.Schedule(tick, 250);
        clock.Advance(1_000);
        Assert.Equal([250L, 500L, 750L, 1000L], times);
        Assert.Equal(1250, clock.NextEventTime);
    }

    [Fact]
    public void CancelAndRescheduleRemoveTheOldPlace()
    {
        var clock = new VirtualClock();
        int count = 0;
        var e = new TimerEvent("e", () => count++);
        clock.Schedule(e, 100);
        clock.Schedule(e, 200);
        Assert.Equal(1, clock.Events.Count);
        clock.Advance(150);
        Assert.Equal(0, count);
        Assert.True(clock.Cancel(e));
        Assert.False(e.IsScheduled);
        clock.Advance(1000);
        Assert.Equal(0, count);
        Assert.Equal(EventQueue.Never, clock.NextEventTime);
    }

    [Fact]
    public void SkipToNextEventJumpsOverIdleTime()
    {
        var clock = new VirtualClock();
        var e = new TimerEvent("wake", () => { });
        Assert.False(clock.SkipToNextEvent());
        Assert.Equal(0, clock.Now);

        clock.Schedule(e, 10_000_000_000); // 10 virtual seconds
        Assert.True(clock.SkipToNextEvent());
        Assert.Equal(10_000_000_000, clock.Now);
        Assert.False(e.IsScheduled);
    }

    [Fact]
    public void PastDeadlinesFireNowAndCallbacksCannotAdvance()
    {
        var clock = new VirtualClock();
        clock.Advance(500);
        var fired = new List<long>();
        var late = new TimerEvent("late", () => fired.Add(clock.Now));
        clock.Schedule(late, 100);
        Assert.Equal(500, late.Deadline);
        clock.Advance(0);
        Assert.Equal([500L], fired);

        var bad = new TimerEvent("bad", () => clock.Advance(1));
        clock.Schedule(bad, 600);
        Assert.Throws<InvalidOperationException>(() => clock.Advance(200));
    }

    [Fact]
    public void ReschedulingDoesNotAllocate()
    {
        var clock = new VirtualClock();
        var events = Enumerable.Range(0, 32).Select(i => new TimerEvent($"t{i}", () => { })).ToArray();
        foreach (var e in events)
            clock.Schedule(e, 1);
        Allocations.AssertSteadyStateFree(() =>
        {
            for (int round = 0; round < 1000; round++)
                foreach (var e in events)
                    clock.Schedule(e, clock.Now + 1 + (round * 7 + e.Name.Length) % 13);
            clock.Advance(100);
        });
    }

    [Fact]
    public void ClockDomainTicksAreExactAndDoNotDrift()
    {
        var pit = new ClockDomain(1_193_182);
        Assert.Equal(839, pit.TimeOfTick(1));                  // 838.095… ns, rounded up
        Assert.Equal(1_000_000_000, pit.TimeOfTick(1_193_182)); // exactly one second
        Assert.Equal(1_193_182L * 3600, pit.TicksAt(3600L * 1_000_000_000));
        for (long k = 1; k < 5000; k += 7)
        {
            Assert.Equal(k, pit.TicksAt(pit.TimeOfTick(k)));
            Assert.Equal(k - 1, pit.TicksAt(pit.TimeOfTick(k) - 1));
        }
    }
}
