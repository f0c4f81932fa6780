using Nt2cs.Machine;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>Board interrupt wiring: device lines → GSIs (wire-OR) → controller inputs.</summary>
public sealed class InterruptRouterTests
{
    [Fact]
    public void SharedGsiIsAssertedWhileAnyLineIs()
    {
        var router = new InterruptRouter();
        var sink = new Sink();
        router.AddTarget(11, sink, 3);
        var a = new IrqLine("a");
        var b = new IrqLine("b");
        router.ConnectGsi(a, 11);
        router.ConnectGsi(b, 11);

        a.Raise();
        b.Raise();
        a.Lower();
        Assert.Equal([(3, true)], sink.Changes);
        b.Lower();
        Assert.Equal([(3, true), (3, false)], sink.Changes);
    }

    [Fact]
    public void IsaOverrideMovesAnIrqToAnotherGsiAndFansOut()
    {
        var router = new InterruptRouter();
        var pic = new Sink();
        var ioapic = new Sink();
        router.SetIsaOverride(0, 2);
        router.AddTarget(2, pic, 0);
        router.AddTarget(2, ioapic, 2);
        var timer = new IrqLine("timer");
        router.ConnectIsa(timer, 0);
        timer.Pulse();
        Assert.Equal([(0, true), (0, false)], pic.Changes);
        Assert.Equal([(2, true), (2, false)], ioapic.Changes);
    }

    [Fact]
    public void LinesReportOnlyChanges()
    {
        var sink = new Sink();
        var line = new IrqLine("x");
        line.Connect(sink, 5);
        line.Raise();
        line.Raise();
        line.Set(true);
        line.Lower();
        line.Lower();
        Assert.Equal([(5, true), (5, false)], sink.Changes);
        Assert.Throws<InvalidOperationException>(() => line.Connect(sink, 6));
    }

    private sealed class Sink : IInterruptSink
    {
        public List<(int, bool)> Changes { get; } = [];

        public void SetInputLevel(int input, bool level) => Changes.Add((input, level));
    }
}
