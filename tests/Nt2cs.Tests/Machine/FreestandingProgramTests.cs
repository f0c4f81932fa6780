using System.Text;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>Freestanding C on the bare machine: UART, paging, page faults, PIT interrupts, contexts, every way a run ends, hostile programs.</summary>
[Collection("GuestMemory")]
public sealed class FreestandingProgramTests(FreestandingPrograms programs) : IClassFixture<FreestandingPrograms>
{
    public static TheoryData<string> Names => new(FreestandingPrograms.All().Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void RunsAsSpecified(string name) => AssertRunsAsSpecified(programs, name);

    /// <summary>The program's stdout and status are its EXPECTED block's, its stderr its REPORT line's (or empty).</summary>
    internal static void AssertRunsAsSpecified(FreestandingPrograms programs, string name)
    {
        var program = FreestandingPrograms.Find(name);
        var outcome = programs.Run(program);
        Assert.Equal(program.Expected.Stdout, Encoding.Latin1.GetString(outcome.Stdout));
        Assert.True(program.Expected.Status == outcome.Status, $"status {outcome.Status}, expected {program.Expected.Status}; stderr: {outcome.Stderr}");
        if (program.Report is { } report)
            Assert.Contains(report, outcome.Stderr);
        else
            Assert.Equal("", outcome.Stderr);
    }

    /// <summary>The same program, with interrupts, timers and context switches, gives the same bytes every run.</summary>
    [Theory]
    [InlineData("pit_halt")]
    [InlineData("contexts")]
    [InlineData("hostile_interrupt_storm")]
    [InlineData("reset_restart")]
    public void RunsAreByteIdentical(string name)
    {
        var program = FreestandingPrograms.Find(name);
        var first = programs.Run(program);
        var second = programs.Run(program);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.Stderr, second.Stderr);
    }

    [Fact]
    public void CorpusCoversEveryWayARunEnds()
    {
        var statuses = FreestandingPrograms.All().Select(p => p.Expected.Status).ToHashSet();
        Assert.Superset(new HashSet<int> { 0, 3, 42, 124, 133 }, statuses);
    }
}

/// <summary>
/// Programs that page, fault, reach devices and switch contexts, with every function's guest memory access written
/// in place as the translator writes very large functions: the window check must follow the MMU's window as it
/// moves, and the slow path fault as Mem's does.
/// </summary>
[Collection("GuestMemory")]
public sealed class InPlaceFreestandingProgramTests(InPlaceFreestandingPrograms programs) : IClassFixture<InPlaceFreestandingPrograms>
{
    [Theory]
    [InlineData("paging_tlb")]
    [InlineData("pagefault_demand")]
    [InlineData("hostile_page_tables")]
    [InlineData("mmio_volatile")]
    [InlineData("contexts")]
    [InlineData("hostile_null_call")]
    [InlineData("virtio_blk_rw")]
    [InlineData("exit_timeout")]     // only the loop's safe point, written in place, lets virtual time pass
    [InlineData("pit_halt")]
    public void RunsAsSpecified(string name) => FreestandingProgramTests.AssertRunsAsSpecified(programs, name);
}
