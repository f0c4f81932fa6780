using Nt2cs.Machine;
using Nt2cs.Machine.Devices;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>The two ways a guest ends the run from a port write: debug-exit (0xF4) and ACPI soft-off (0x604).</summary>
public sealed class MachineExitTests
{
    private readonly IoPortBus _ports = new();
    private readonly RunControl _run = new();

    public MachineExitTests()
    {
        new DebugExitPort(_run).AttachTo(_ports);
        new AcpiPmControl(_run).AttachTo(_ports);
    }

    [Theory]
    [InlineData(0x00, 0x01)]
    [InlineData(0x42, 0x85)] // a bugcheck's exit
    [InlineData(0xFF, 0x1FF)]
    public void DebugExitEndsTheRunWithShiftedStatus(byte value, int status)
    {
        var exit = Assert.Throws<MachineExitException>(() => _ports.WriteByte(DebugExitPort.Port, value));
        Assert.Equal(MachineExitReason.DebugExit, exit.Reason);
        Assert.Equal(status, exit.Status);
        Assert.True(_run.ExitRequested);
        Assert.Equal(status, _run.ExitStatus);
    }

    [Fact]
    public void WideDebugExitWriteUsesTheByteAtF4()
    {
        var exit = Assert.Throws<MachineExitException>(() => _ports.WriteDword(DebugExitPort.Port, 0x1234_5603));
        Assert.Equal(7, exit.Status);
    }

    [Fact]
    public void AcpiSoftOffIsAWordWriteOf2000()
    {
        var exit = Assert.Throws<MachineExitException>(() => _ports.WriteWord(AcpiPmControl.Port, 0x2000));
        Assert.Equal(MachineExitReason.PowerOff, exit.Reason);
        Assert.Equal(0, exit.Status);
    }

    [Fact]
    public void AcpiControlBitsWithoutSleepEnableDoNothing()
    {
        _ports.WriteWord(AcpiPmControl.Port, AcpiPmControl.SciEnable | 5 << AcpiPmControl.SleepTypeShift);
        Assert.False(_run.ExitRequested);
        Assert.Equal(AcpiPmControl.SciEnable | 5 << AcpiPmControl.SleepTypeShift, _ports.ReadWord(AcpiPmControl.Port));
        // SLP_EN with a sleep type other than S5: not modelled, so the run goes on.
        _ports.WriteWord(AcpiPmControl.Port, AcpiPmControl.SleepEnable | 1 << AcpiPmControl.SleepTypeShift);
        Assert.False(_run.ExitRequested);
        Assert.Equal(0, _ports.ReadWord(AcpiPmControl.Port) & AcpiPmControl.SleepEnable);
    }

    [Fact]
    public void AcpiSoftOffByByteWrites()
    {
        _ports.WriteByte(AcpiPmControl.Port, 0x01);
        var exit = Assert.Throws<MachineExitException>(() => _ports.WriteByte(AcpiPmControl.Port + 1, 0x20));
        Assert.Equal(MachineExitReason.PowerOff, exit.Reason);
    }

    [Fact]
    public void FirstExitRequestWins()
    {
        Assert.Throws<MachineExitException>(() => _ports.WriteByte(DebugExitPort.Port, 1));
        var second = Assert.Throws<MachineExitException>(() => _ports.WriteWord(AcpiPmControl.Port, 0x2000));
        Assert.Equal(MachineExitReason.DebugExit, second.Reason);
        Assert.Equal(3, second.Status);
    }
}
